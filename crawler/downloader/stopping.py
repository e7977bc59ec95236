"""Stopping a crawl promptly once it has what it was asked for (`max_articles`).

Scrapy closes a spider only when every request it has handed to the downloader is done, and the
downloader's queues can hold a dozen requests, each waiting its politeness delay: the crawl would
go on fetching pages it no longer needs for many seconds. `PromptStop.stop()` drops the requests
still queued in the downloader (they fail with `IgnoreRequest`) and cuts those being transferred
at their next headers or bytes (`StopDownload`); the spider counts none of them (`is_cancelled`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, StopDownload
from twisted.python.failure import Failure

STOPPING = "the crawl has what it was asked for"


class PromptStop:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stopping = False
        crawler.signals.connect(self.cut_transfer, signal=signals.headers_received)
        crawler.signals.connect(self.cut_transfer, signal=signals.bytes_received)

    def stop(self) -> None:
        """Cancel every request in flight: queued in the downloader, or being transferred."""
        self.stopping = True
        self.crawler.stats.set_value("stop/time", datetime.now(UTC))  # the crawl's finish_time follows it closely
        for slot in self.crawler.engine.downloader.slots.values():
            while slot.queue:
                request, waiting = slot.queue.popleft()
                self.crawler.stats.inc_value("stop/cancelled")
                waiting.errback(Failure(IgnoreRequest(STOPPING)))

    def cut_transfer(self, **kwargs: object) -> None:
        if self.stopping:
            self.crawler.stats.inc_value("stop/cut")
            raise StopDownload(fail=True)

    def is_cancelled(self, failure: Failure) -> bool:
        """Whether a request failed because the crawl stopped (not a fetch error of the site's)."""
        return self.stopping and failure.check(IgnoreRequest, StopDownload) is not None
