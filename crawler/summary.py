"""Scrapy extension: what a crawl writes, counted in its stats, said as it goes and at its end.

Every article is counted by the layout that read it, every rejection by its reason (and logged
with its URL). Every `PROGRESS_INTERVAL` seconds one progress line says how far the crawl is.
At the end, the health stats (per-field coverage, generic share, rejected share, fetch error
rate: what the monitors of `crawler.monitors` judge) and one summary line a person can read.
"""

from __future__ import annotations

import logging

from scrapy import signals
from twisted.internet import task

from crawler.health import Health
from crawler.items import Article, Rejection, rejection_reason

logger = logging.getLogger(__name__)
# Articles a crawl found: written, or (an incremental run) already captured and not changed.
FOUND_STATS = ("articles/written", "state/skipped", "state/unchanged", "state/not_modified")


class CrawlSummary:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.stats = crawler.stats
        self.interval = interval
        self.progress = None
        self.health = Health()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler, crawler.settings.getfloat("PROGRESS_INTERVAL"))
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def item_scraped(self, item):
        if isinstance(item, Article):
            self.health.add_article(item)
            self.stats.inc_value("articles/written")
            self.stats.inc_value(f"articles/layout/{item['metadata']['layout']}")
        elif isinstance(item, Rejection):
            self.health.add_rejection()
            self.stats.inc_value("rejects/written")
            self.stats.inc_value(f"rejects/reason/{rejection_reason(item)}")
            logger.warning("Rejected %s: %s", item["url"], item["rejected"])

    def spider_opened(self, spider):
        if self.interval > 0:
            self.progress = task.LoopingCall(self.log_progress)
            self.progress.start(self.interval, now=False)

    def log_progress(self):
        stats = self.stats.get_stats()
        logger.info("Progress: %d pages fetched, %d articles, %d rejected, %d fetch errors.",
                    stats.get("response_received_count", 0), stats.get("articles/written", 0),
                    stats.get("rejects/written", 0), stats.get("fetch_error/count", 0))

    def spider_closed(self, spider, reason):
        if self.progress is not None and self.progress.running:
            self.progress.stop()
        self.record_health()
        stats = self.stats.get_stats()

        def breakdown(prefix):
            parts = [f"{key[len(prefix):]} {value}" for key, value in sorted(stats.items()) if key.startswith(prefix)]
            return f" ({', '.join(parts)})" if parts else ""

        logger.info(
            "Crawl %s (%s): %d articles%s, %d rejected%s, %d fetch errors, %d duplicates dropped.",
            spider.name, reason,
            stats.get("articles/written", 0), breakdown("articles/layout/"),
            stats.get("rejects/written", 0), breakdown("rejects/reason/"),
            stats.get("fetch_error/count", 0), stats.get("dedup/url", 0) + stats.get("dedup/content", 0),
        )
        for line in self.health.lines():
            logger.info("Health: %s", line)

    def record_health(self):
        found = sum(self.stats.get_value(name, 0) for name in FOUND_STATS)
        self.stats.set_value("health/articles_found", found)
        for field, share in self.health.coverage().items():
            self.stats.set_value(f"coverage/{field}", round(share, 4))
        self.stats.set_value("health/generic_share", round(self.health.generic_share(), 4))
        rejected = self.health.rejected  # among the pages that resolved: articles found, or rejected
        self.stats.set_value("health/rejected_share", round(rejected / (found + rejected), 4) if rejected else 0.0)
        requests = self.stats.get_value("downloader/request_count", 0)
        errors = self.stats.get_value("fetch_error/count", 0)
        self.stats.set_value("health/fetch_error_rate", round(errors / requests, 4) if requests else 0.0)
