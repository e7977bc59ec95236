"""De-duplication within a crawl: one item per URL, and one per text.

A second item for a URL already written is dropped (the URL has its item). A different URL whose
headline and body hash like an article already written is rejected, naming the first URL.
"""

from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler.items import Article, Rejection, reject
from pipelines.base import ArticlePipeline


class DedupPipeline(ArticlePipeline):
    def open_spider(self) -> None:
        self.urls: set[str] = set()
        self.first_url_of_hash: dict[str, str] = {}

    def process_article(self, article: Article) -> Article | Rejection:
        url, digest = article["url"], article["metadata"]["contentHash"]
        if url in self.urls:
            self.crawler.stats.inc_value("dedup/url")
            raise DropItem(f"duplicate url {url}")
        first_url = self.first_url_of_hash.setdefault(digest, url)
        if first_url != url:
            self.crawler.stats.inc_value("dedup/content")
            return reject(url, "duplicate content", f"same text as {first_url}")
        self.urls.add(url)
        return article
