"""What the spiders of both sites share: where requests start, and what becomes of a page.

Every URL a spider is given or finds ends as an article item, a rejection with its reason, or
a logged fetch error (which is also written as a rejection), never as nothing.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor

from crawler.items import reject
from crawler.layouts import extract_article
from crawler.sites import Site, production_url, site_of

logger = logging.getLogger(__name__)


def split_urls(urls: str | None, url_file: str | None) -> list[str]:
    """The URLs of `-a urls=A,B` and of `-a url_file=FILE` (one a line, # comments)."""
    found = [url.strip() for url in (urls or "").split(",") if url.strip()]
    if url_file:
        for line in Path(url_file).read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                found.append(line)
    return found


class ArticleSpider(scrapy.Spider):
    """Crawls one site: from its home page (or exactly the URLs given) to its article pages."""

    site: Site
    article_path: re.Pattern  # what the path of an article URL looks like on this site
    listing_path: re.Pattern  # what the path of a listing page looks like

    def __init__(self, *args, urls: str | None = None, url_file: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_domains = [self.site.domain]
        self.given_urls = split_urls(urls, url_file)
        self.link_extractor = LinkExtractor(allow_domains=[self.site.domain], unique=True)

    async def start(self):
        if not self.given_urls:
            yield scrapy.Request(self.site.production_base + "/", callback=self.parse_listing,
                                 errback=self.fetch_failed)
        for url in self.given_urls:
            if site_of(url) is not self.site:
                yield reject(url, "not this site", f"the {self.name} spider crawls {self.site.domain}")
                continue
            yield scrapy.Request(production_url(url), callback=self.parse_article, errback=self.fetch_failed)

    def parse_listing(self, response):
        """A home or listing page: follow its article links and its further listings."""
        for link in self.link_extractor.extract_links(response):
            url = production_url(link.url)
            path = urlsplit(url).path
            if self.article_path.search(path):
                yield response.follow(url, callback=self.parse_article, errback=self.fetch_failed)
            elif self.listing_path.search(path):
                yield response.follow(url, callback=self.parse_listing, errback=self.fetch_failed)

    def parse_article(self, response):
        """An article page -> its raw item, for the pipelines to finish (or a rejection)."""
        url = production_url(response.url)
        try:
            yield extract_article(url, response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        except Exception as error:  # a page that breaks extraction must not break the crawl
            logger.exception("Extraction failed on %s", url)
            yield reject(url, "extraction failed", repr(error))

    def fetch_failed(self, failure):
        request = failure.request
        url = request.meta.get("production_url", request.url)
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else failure.getErrorMessage() or repr(failure.value)
        logger.error("Fetch failed: %s (%s)", url, reason)
        self.crawler.stats.inc_value("fetch_error/count")
        yield reject(url, "fetch failed", reason)
