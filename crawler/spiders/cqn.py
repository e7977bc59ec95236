"""`scrapy crawl cqn`: 中国质量新闻网, www.cqn.com.cn."""

import re

from crawler.sites import SITE_BY_DOMAIN
from crawler.spiders.base import ArticleSpider


class CqnSpider(ArticleSpider):
    name = "cqn"
    site = SITE_BY_DOMAIN["cqn.com.cn"]
    # current CMS: /{section}/content/{YYYY-MM}/{DD}/content_{id}.htm; legacy: /news/{channel}/{column}/{id}.html
    article_path = re.compile(r"^/[\w-]+/content/\d{4}-\d{2}/\d{2}/content_\d+\.html?$|^/news/\w+/\w+/\d+\.html$")
    listing_path = re.compile(r"^/(?:[\w-]+/)?node_\d+(?:_\d+)?\.htm$|^/news/\w+/\w+/Index\.html$")
