"""A spider for pages of any site, given by URL (a list, of any scheme: a saved page may have only
its file:// URL), read by the generic layout: what `crawler.extract` reads a saved page of a site
the registry does not know with."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable

import scrapy

from crawler.items import Rejection, reject
from crawler.sites import production_url
from crawler.sites.site import Site
from crawler.spiders.base import ArticleSpider

ANY_SITE = Site(domain="", spider="page", production_base="", hosts=frozenset(), mirror_setting="", layouts=(),
                article_path=re.compile(""), listing_path=re.compile(r"(?!)"))


class PageSpider(ArticleSpider):
    name = "page"
    site = ANY_SITE

    def __init__(self, urls: Iterable[str] = (), **arguments: str) -> None:
        super().__init__(**arguments)
        self.page_urls = list(urls)
        self.allowed_domains = None  # any host

    async def start(self) -> AsyncIterator[scrapy.Request | Rejection]:
        for url in self.page_urls:
            request: scrapy.Request | Rejection
            try:
                request = self.article_request(production_url(url))
            except ValueError as error:  # a URL without scheme: that page's rejection, not the batch's end
                request = reject(url, "bad URL", str(error))
            yield request
