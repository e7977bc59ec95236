"""What the crawler knows of a site, in one object: its hosts and production URLs, the shapes of
its URLs, its feeds, what it calls its own outlets, and its page layouts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from crawler.extraction import Layout

# A URL path's section, by default its first segment (/zj/content/... is in zj).
FIRST_SEGMENT = re.compile(r"^/(?P<section>[^/]+)/")


@dataclass(frozen=True, eq=False)  # one object per site: compared (and hashed) as itself
class Site:
    domain: str  # the host without www./m., as items name the site
    spider: str  # the name of its spider: `scrapy crawl <spider>`
    production_base: str  # scheme and host of the canonical article URLs
    hosts: frozenset[str]
    mirror_setting: str  # the setting that sends this site's requests to a mirror
    # Its page templates, newest first: the first whose hooks a page has reads it (else the generic one).
    layouts: tuple[type[Layout], ...]
    article_path: re.Pattern  # the path of an article URL
    # The path of a listing page: group "listing" names the listing, "page" its page number (>1).
    listing_path: re.Pattern
    date_in_path: re.Pattern | None = None  # groups year, month, day where the CMS puts the date in the path
    section_path: re.Pattern = FIRST_SEGMENT  # group "section"
    feeds: tuple[str, ...] = ()  # paths of its RSS feeds
    # What "本报" (our paper), "本网" (this site) and the like mean in its datelines.
    own_outlets: Mapping[str, str] = field(default_factory=dict)
    # The sections its URLs are known to show (public material, the saved pages): a crawl asked for
    # another one still tries it, but says so at its start, in its summary and in its alert (a typo).
    known_sections: frozenset[str] = frozenset()

    def section_of(self, path: str) -> str:
        """The section a URL path of this site belongs to ("" when it shows none)."""
        match = self.section_path.search(path)
        return match.group("section") if match else ""
