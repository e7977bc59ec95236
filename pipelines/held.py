"""Articles a spider holds back reach the pipelines however the crawl ends.

The first articles of a site and layout wait until its template is learnt
(crawler/extraction/template.py); the spider sends them on once it is, when the crawl is idle, or
when it stops itself (max_articles). A crawl stopped from outside (a signal, an error, a monitor)
closes without the idle signal, and Scrapy sends no signal before it closes the item pipelines,
which it closes all at once, before the feeds. So this pipeline's closing sends what still waits
through the others (none of which keeps anything open to close) while the feeds are still open.
"""

from __future__ import annotations

from scrapy.crawler import Crawler


class HeldArticlesPipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HeldArticlesPipeline:
        return cls(crawler)

    async def close_spider(self) -> None:
        release = getattr(self.crawler.spider, "release_at_close", None)  # a spider of ours holds articles back
        if release is not None:
            await release()
