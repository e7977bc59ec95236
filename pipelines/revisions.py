"""Revisions across runs: an article whose text is as the crawl state has it is not written again;
one whose text changed is written with the next revision number."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler.items import Article
from pipelines.base import ArticlePipeline


class RevisionPipeline(ArticlePipeline):
    def process_article(self, article: Article) -> Article:
        state = getattr(self.crawler.spider, "crawl_state", None)  # a spider of ours has one, None when off
        known = state.captured(article["url"]) if state is not None else None
        if known is None:
            return article
        if known.content_hash == article["metadata"]["contentHash"]:
            self.crawler.stats.inc_value("state/unchanged")
            raise DropItem(f"unchanged since revision {known.revision}: {article['url']}", log_level="DEBUG")
        article["metadata"]["revision"] = known.revision + 1
        self.crawler.stats.inc_value("state/revised")
        return article
