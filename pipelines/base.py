"""What every article pipeline shares: rejections pass through untouched."""

from __future__ import annotations

from scrapy.crawler import Crawler

from crawler.items import Article, Rejection


class ArticlePipeline:
    """A pipeline step that works on articles; any other item (a rejection) passes as it is."""

    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticlePipeline:
        pipeline = cls()
        pipeline.crawler = crawler
        return pipeline

    def process_item(self, item: Article | Rejection) -> Article | Rejection:
        if isinstance(item, Article):
            return self.process_article(item)
        return item

    def process_article(self, article: Article) -> Article | Rejection:
        raise NotImplementedError
