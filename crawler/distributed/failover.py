"""Failover within a run: what a worker has taken from the shared queue is known to Redis until
it is done, so that when the worker dies (SIGKILL, a lost machine) the others put it back.

- `FailoverScheduler` (scrapy-redis's scheduler) takes a request from the shared queue and records
  it as taken by this worker (`<spider>:taken:<worker>`, a hash) in one Lua script: no moment
  exists where a request is in neither place.
- `ReleaseTakenRequests` (a spider middleware, outermost) forgets a taken request once everything
  its response gave has been handled: each item written (or dropped), each request queued. It hands
  them on itself, one after the other, since Scrapy's scraper would take them all from the callback
  before handling any (its queue of CONCURRENT_ITEMS): released at that point, a request whose
  article was still on its way to the file was lost with a worker killed then.
- `recover_lost_work` (called by the distributed-crawl extension every heartbeat) moves the taken
  requests of workers whose heartbeat is stale back into the shared queue. One live worker gets
  each dead worker's hash (an atomic RENAME), so none is put back twice.

A request put back whose article was already written is fetched again and skipped (the crawl state
knows it): a few requests again, never an article twice. A request whose download failed stays
recorded until its worker ends (an errback's output passes no spider middleware): if that worker
dies, it is tried once more.
"""

from __future__ import annotations

import hashlib
import logging
import warnings
from collections.abc import AsyncIterator, Callable
from typing import Any

import redis
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.http import Response
from scrapy.utils.request import request_from_dict
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from crawler.distributed import heartbeats
from crawler.distributed.worker import worker_id

logger = logging.getLogger(__name__)
# scrapy-redis 0.9.1 passes `spider=` to the stats collector, which Scrapy 2.19 deprecates: a warning
# in every worker's log that says nothing to whoever runs the crawl.
warnings.filterwarnings("ignore", message="Passing a 'spider' argument to StatsCollector", category=ScrapyDeprecationWarning,
                        module="scrapy_redis")
TAKEN_ID = "taken_id"  # request.meta: the id of a request in its worker's taken hash
# request.meta: its output is not all given yet (the spider holds its article back a while, and
# releases the request itself once the article has gone on)
OUTPUT_HELD = "output_held"
RECOVERED_BY = "|"  # <spider>:taken:<live worker>|<dead worker>: a dead worker's hash being put back

# KEYS: the shared queue (scrapy-redis's PriorityQueue: a sorted set), this worker's taken hash.
# Returns the encoded request, or nothing; the request's id in the hash is the SHA-1 of its bytes.
TAKE = """
local found = redis.call('ZRANGE', KEYS[1], 0, 0)
if #found == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], redis.sha1hex(found[1]), found[1])
return found[1]
"""


def taken_key(spider: str, worker: str) -> str:
    return f"{spider}:taken:{worker}"


class FailoverScheduler(Scheduler):
    """scrapy-redis's scheduler; what it hands the engine is recorded as this worker's until done."""

    def open(self, spider: Spider) -> None:
        super().open(spider)
        if not isinstance(self.queue, PriorityQueue):
            raise ValueError(f"{type(self).__name__} takes requests from scrapy-redis's PriorityQueue only")
        self.take = self.server.register_script(TAKE)
        self.taken = taken_key(spider.name, worker_id())

    def next_request(self) -> Request | None:
        encoded = self.take(keys=[self.queue.key, self.taken])
        if encoded is None:
            return None
        request = request_from_dict(self.queue.serializer.loads(encoded), spider=self.spider)
        request.meta[TAKEN_ID] = hashlib.sha1(encoded).hexdigest()
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def release(self, request: Request) -> None:
        """The request is done: it is no longer this worker's to finish."""
        if TAKEN_ID in request.meta:
            self.server.hdel(self.taken, request.meta[TAKEN_ID])

    def close(self, reason: str) -> None:
        super().close(reason)
        self.server.delete(self.taken)  # an orderly end: what is left was dropped or failed, and is done


class ReleaseTakenRequests:
    """Spider middleware: the output of a taken request's response is handled here, each item through
    the pipelines to its file and each request into the shared queue, before the next is taken from
    the callback; the request is released after the last (unless its article is held back)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReleaseTakenRequests:
        return cls(crawler)

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        engine = self.crawler.engine
        scheduler = engine.scheduler if engine else None
        request = response.request
        if not isinstance(scheduler, FailoverScheduler) or request is None or TAKEN_ID not in request.meta:
            async for output in result:
                yield output
            return
        assert engine is not None  # it has a scheduler
        try:
            async for output in result:
                if isinstance(output, Request):
                    engine.crawl(output)
                elif output is not None:
                    await engine.scraper.start_itemproc_async(output, response=response)
        finally:
            if not request.meta.get(OUTPUT_HELD):
                scheduler.release(request)


def recover_lost_work(server: redis.Redis, scheduler: FailoverScheduler, spider: str, me: str,
                      reconcile: Callable[[], None]) -> int:
    """Put back into the shared queue what gone workers of `spider` had taken; how many requests.
    `reconcile()` is called first, once, when there is any: it brings what they wrote into the crawl
    state, so that a request put back whose article they had written is skipped."""
    live = heartbeats.live_workers(server)
    recovered, reconciled = 0, False
    for key in server.scan_iter(match=taken_key(spider, "*")):
        key = key.decode()
        owner = key.split(":taken:", 1)[1].split(RECOVERED_BY, 1)[0]
        if owner == me or not heartbeats.is_gone(owner, live):
            continue
        if not reconciled:
            reconcile()
            reconciled = True
        claimed = f"{taken_key(spider, me)}{RECOVERED_BY}{owner}"
        try:
            server.rename(key, claimed)  # atomic: of the live workers, one gets it
        except redis.ResponseError:  # no such key: another live worker got it first
            continue
        requests = server.hvals(claimed)
        for encoded in requests:
            scheduler.queue.push(request_from_dict(scheduler.queue.serializer.loads(encoded), spider=scheduler.spider))
        server.delete(claimed)
        recovered += len(requests)
        logger.warning("Worker %s is gone (no heartbeat for %g s): the %d requests it had taken are back in the queue",
                       owner, heartbeats.STALE_SECONDS, len(requests))
    return recovered
