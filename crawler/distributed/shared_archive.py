"""Re-extraction from web archives spread over processes: `python -m crawler.extract --archive DIR
-s REDIS_URL=...` run by several processes (on one machine or several, each with the archives)
shares the archive's records through Redis, and each record is re-extracted by one of them.

Every process reads the archives' index as alone (the latest response per article URL: cheap
next to the extraction), then claims each record in Redis (SADD to one set per re-extraction)
when it is ready for it: a process holds at most `CLAIMED_AHEAD` records claimed and not yet
replayed (Scrapy would otherwise take every start request at once, the replay answering at once),
so that a process that extracts faster claims more. The set is named
after the index itself (its URLs and record times), so processes given the same archives share
one re-extraction without being told. Each process writes its own outputs; their union holds
each article once, the items a single process would have written.

The processes of one re-extraction start together. When the last one ends, the claims stay
`CLAIMS_LINGER_SECONDS` more (a process started that late finds the work done), then go: the same
archives re-extracted again later are re-extracted in full. A process that dies leaves what it
had claimed undone in that run.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Sized
from typing import Any

import redis
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task

from crawler.distributed.connection import redis_client

logger = logging.getLogger(__name__)
CLAIMS_LINGER_SECONDS = 10
CLAIMED_AHEAD = 32
PACE_SECONDS = 0.005  # how soon a process with CLAIMED_AHEAD records in hand looks again
CLAIMS_LIFETIME = 3600  # a re-extraction whose processes all died: its claims go after this many seconds


def share_through_redis(settings: Settings) -> None:
    """The settings of a replay of web archives, with REDIS_URL: its records shared with the other
    processes of the re-extraction."""
    if settings.get("REDIS_URL"):
        middlewares = settings.getdict("SPIDER_MIDDLEWARES")
        middlewares[f"{__name__}.ClaimArchivedRecords"] = 0
        settings.set("SPIDER_MIDDLEWARES", middlewares, priority="cmdline")


def reextraction_key(pages: dict) -> str:
    """The Redis key of the re-extraction of these archived pages ({URL: archived response})."""
    index = "\n".join(sorted(f"{url} {getattr(source, 'date', '')}" for url, source in pages.items()))
    return f"reextract:{hashlib.sha1(index.encode()).hexdigest()}"


class ClaimArchivedRecords:
    """Spider middleware: a record is replayed here only if this process claims it first (its start
    request, or a request a replayed page gives)."""

    def __init__(self, crawler: Crawler, server: redis.Redis, key: str):
        self.crawler, self.server, self.key = crawler, server, key
        self.claimed = self.left = self.asked = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClaimArchivedRecords:
        middleware = cls(crawler, redis_client(crawler.settings), reextraction_key(crawler.settings.getdict("REPLAY_PAGES")))
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider: Spider | None) -> None:
        # The claims' lifetime renewed too: a process that joins as the others have just ended (the
        # claims lingering) finds the work done, and the claims stay while it looks.
        with self.server.pipeline(transaction=True) as transaction:
            transaction.incr(f"{self.key}:processes")
            transaction.expire(f"{self.key}:processes", CLAIMS_LIFETIME)
            transaction.expire(f"{self.key}:claimed", CLAIMS_LIFETIME)
            transaction.execute()

    def claim(self, url: str) -> bool:
        """Whether this process is the first to claim the record of `url`. (One round trip; the
        claims' lifetime is renewed every hundred.)"""
        added = self.server.sadd(f"{self.key}:claimed", url)
        self.asked += 1
        if self.asked % 100 == 1:
            self.server.expire(f"{self.key}:claimed", CLAIMS_LIFETIME)
        return bool(added)

    def in_hand(self) -> int:
        """Requests of this process not yet through its spider: scheduled, downloading, being scraped."""
        engine = self.crawler.engine
        assert engine is not None and engine.scraper.slot is not None  # the crawl has started: it asks for its start
        scheduled = len(engine.scheduler) if isinstance(engine.scheduler, Sized) else 0
        return scheduled + len(engine.downloader.active) + len(engine.scraper.slot.active)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        from twisted.internet import reactor  # installed by Scrapy by now, not at import time

        async for request_or_item in start:
            while self.in_hand() >= CLAIMED_AHEAD:
                await maybe_deferred_to_future(task.deferLater(reactor, PACE_SECONDS, lambda: None))
            if self.mine(request_or_item):
                yield request_or_item

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """A request a replayed page gives (a redirect followed) is claimed too: its record may be
        another process's, which a single process's duplicate filter would have dropped."""
        async for request_or_item in result:
            if self.mine(request_or_item):
                yield request_or_item

    def mine(self, request_or_item: Any) -> bool:
        """Whether this process goes on with it: an item, or a request it claims first."""
        if not isinstance(request_or_item, Request):
            return True
        if self.claim(request_or_item.url):
            self.claimed += 1
            return True
        self.left += 1
        return False

    def spider_closed(self, spider: Spider | None) -> None:
        if self.server.decr(f"{self.key}:processes") <= 0:  # the last process of the re-extraction
            for name in ("claimed", "processes"):
                self.server.expire(f"{self.key}:{name}", CLAIMS_LINGER_SECONDS)
        logger.info("Re-extraction shared through Redis: %d records re-extracted here, %d by other processes",
                    self.claimed, self.left)
        self.crawler.stats.set_value("reextract/claimed", self.claimed)
        self.crawler.stats.set_value("reextract/left_to_others", self.left)
