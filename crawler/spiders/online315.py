"""`scrapy crawl 315online`: 中国质量万里行, 315online.com."""

import re

from crawler.sites import SITE_BY_DOMAIN
from crawler.spiders.base import ArticleSpider


class Online315Spider(ArticleSpider):
    name = "315online"
    site = SITE_BY_DOMAIN["315online.com"]
    # articles: /{channel}/{column}/{id}.html; listings: /{channel}/{column}/ and its index_2.html ...
    article_path = re.compile(r"^/\w+/\w+/\d+\.html$")
    listing_path = re.compile(r"^/(?P<listing>\w+/(?:\w+/)?)(?:index(?:_(?P<page>\d+))?\.html)?$")
