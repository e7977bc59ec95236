"""Scrapy's spider loader for this project: one spider per site of the registry (`crawler.sites`),
named after it (`scrapy crawl cqn`), made from its `Site`: a new site needs no spider module."""

from __future__ import annotations

import builtins
from functools import cache

import scrapy
from scrapy.settings import BaseSettings

from crawler.sites import SITES, site_for_spider, site_of
from crawler.spiders.base import ArticleSpider


@cache
def spider_for(spider: str) -> type[ArticleSpider]:
    """The spider class of the site whose spider is named `spider`."""
    site = site_for_spider(spider)
    if site is None:
        raise KeyError(f"Spider not found: {spider}")
    return type(f"{site.domain}-spider", (ArticleSpider,), {"name": site.spider, "site": site,
                                                           "__doc__": f"Crawls {site.domain}."})


class SiteSpiderLoader:
    """SPIDER_LOADER_CLASS: the spiders of the registered sites."""

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> SiteSpiderLoader:
        return cls()

    def load(self, spider_name: str) -> type[ArticleSpider]:
        return spider_for(spider_name)

    def list(self) -> list[str]:
        return sorted(site.spider for site in SITES)

    def find_by_request(self, request: scrapy.Request) -> builtins.list[str]:  # `list` here is the method above
        site = site_of(request.url)
        return [site.spider] if site is not None else []
