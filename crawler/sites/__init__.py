"""The sites the crawler knows: one module of this package each, holding its `SITE` (a
`crawler.sites.site.Site`). Spiders, the extraction tool, the demo mirror and the tests find a
site here by URL or by spider name; a new site is a new module, found without being listed."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from crawler.sites.site import FIRST_SEGMENT, Site


def _discover() -> tuple[Site, ...]:
    modules = (importlib.import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__))
    return tuple(sorted((module.SITE for module in modules if hasattr(module, "SITE")), key=lambda site: site.spider))


SITES: tuple[Site, ...] = _discover()


def site_for_spider(spider: str) -> Site | None:
    return next((site for site in SITES if site.spider == spider), None)


@lru_cache(maxsize=4096)  # asked for every link of every page
def site_of(url: str) -> Site | None:
    host = (urlsplit(url).hostname or "").lower()
    return next((site for site in SITES if host in site.hosts), None)


@lru_cache(maxsize=4096)
def site_name(url: str) -> str | None:
    """The `site` of an item: a known site's domain, else the host without www./m., else None."""
    site = site_of(url)
    if site is not None:
        return site.domain
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.").removeprefix("m.") or None


@lru_cache(maxsize=4096)
def production_url(url: str) -> str:
    """The canonical production form of a URL of a known site: its scheme and host, no fragment.

    `http://www.cqn.com.cn/x` and `https://m.cqn.com.cn/x` are both `https://www.cqn.com.cn/x`,
    so that one article is one item whichever host or scheme linked it.
    """
    site = site_of(url)
    parts = urlsplit(url)
    if site is None:
        return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
    base = urlsplit(site.production_base)
    return urlunsplit((base.scheme, base.netloc, parts.path or "/", parts.query, ""))


def section_of(url: str) -> str:
    """The section of a URL: as its site says, else the first segment of its path."""
    path = urlsplit(url).path
    site = site_of(url)
    if site is not None:
        return site.section_of(path)
    match = FIRST_SEGMENT.search(path)
    return match.group("section") if match else ""
