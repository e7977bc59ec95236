"""What every article pipeline shares: rejections pass through untouched."""

from crawler.items import Article


class ArticlePipeline:
    """A pipeline step that works on articles; any other item (a rejection) passes as it is."""

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls()
        pipeline.crawler = crawler
        return pipeline

    def process_item(self, item):
        if isinstance(item, Article):
            return self.process_article(item)
        return item

    def process_article(self, article: Article):
        raise NotImplementedError
