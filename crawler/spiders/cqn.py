"""`scrapy crawl cqn`: 中国质量新闻网, www.cqn.com.cn (and m.cqn.com.cn, mapped to www)."""

import re

from crawler.sites import SITE_BY_DOMAIN
from crawler.spiders.base import ArticleSpider


class CqnSpider(ArticleSpider):
    name = "cqn"
    site = SITE_BY_DOMAIN["cqn.com.cn"]
    feeds = ("/rss/food.xml",)
    # current CMS: /{section}/content/{YYYY-MM}/{DD}/content_{id}.htm; legacy: /news/{channel}/{column}/{id}.html
    article_path = re.compile(r"^/[\w-]+/content/\d{4}-\d{2}/\d{2}/content_\d+\.html?$|^/news/\w+/\w+/\d+\.html$")
    # current CMS: /{section}/node_{id}.htm, then node_{id}_2.htm ...; legacy: /news/{channel}/{column}/Index.html
    listing_path = re.compile(r"^/(?P<listing>(?:[\w-]+/)?node_\d+|news/\w+/\w+/Index)(?:_(?P<page>\d+))?\.html?$")
    date_in_path = re.compile(r"/content/(?P<year>\d{4})-(?P<month>\d{2})/(?P<day>\d{2})/")
