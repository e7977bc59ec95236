"""Distributed crawling: any number of `scrapy crawl` processes share one crawl through Redis.

One switch, `-s REDIS_URL=redis://host:6379/0`, and every worker (on any machine) puts its
requests in one shared queue with one duplicate filter (scrapy-redis), and keeps the crawl state
(captured articles, hashes, revisions, output ledger) in Redis too (`crawler.state.redis_store`). Without it nothing here is
loaded and Redis is not needed.

The life of a distributed run, per spider:
- the first worker to start claims the seeding (`<spider>:seeded`) and seeds the home page and
  feeds; the others find their work in the shared queue;
- every worker beats a heartbeat (`crawler.distributed.heartbeats`) saying whether it has work in hand; an
  idle worker takes the next request of the shared queue as soon as one is there, stays while
  another live worker of its spider is busy (it may still add some), and closes when neither is
  true;
- the worker that finds the run complete ends it: it clears the duplicate filter and the seeding
  claim, so that the next scheduled run starts afresh (and skips what the state has captured);
- a worker stopped with SIGTERM (Scrapy's graceful shutdown) finishes the few requests it has
  taken from the queue and leaves the rest there for the others; one killed with SIGKILL leaves
  those it had taken recorded in Redis: once its heartbeat is stale, a live worker puts them back
  in the queue and the run finishes them (`crawler.distributed.failover`).
"""

from __future__ import annotations

import logging
from pathlib import Path

import redis
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from crawler.distributed import heartbeats
from crawler.distributed.connection import guarded, redis_client
from crawler.distributed.failover import FailoverScheduler, recover_lost_work
from crawler.distributed.worker import worker_id
from crawler.state.capture import CrawlStateExtension

logger = logging.getLogger(__name__)
DUPEFILTER_KEY = "%(spider)s:dupefilter"  # scrapy-redis's SCHEDULER_DUPEFILTER_KEY, set here to clear it at the end


class RedisAddon:
    """Scrapy add-on: with REDIS_URL set, the scheduler and duplicate filter are scrapy-redis's,
    shared by every worker of the crawl, and the distributed-crawl extension is on."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("REDIS_URL"):
            return
        settings.set("SCHEDULER", "crawler.distributed.failover.FailoverScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("SCHEDULER_DUPEFILTER_KEY", DUPEFILTER_KEY, priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")  # a closing worker keeps the shared queue
        # scrapy-redis's scheduler builds its own client: it too ends the process when Redis stops answering.
        settings.set("REDIS_PARAMS", guarded(settings), priority=max(settings.getpriority("REDIS_PARAMS") or 0,
                                                                      SETTINGS_PRIORITIES["addon"]))
        # One worker may find no work in a small crawl: the count of articles is the crawl's, not a worker's.
        settings.set("MONITOR_MIN_ARTICLES", 0, priority=max(settings.getpriority("MONITOR_MIN_ARTICLES") or 0,
                                                             SETTINGS_PRIORITIES["project"]))
        spider_middlewares = settings.getdict("SPIDER_MIDDLEWARES")
        spider_middlewares["crawler.distributed.failover.ReleaseTakenRequests"] = 10  # outermost: sees the output handled
        settings.set("SPIDER_MIDDLEWARES", spider_middlewares, priority=max(settings.getpriority("SPIDER_MIDDLEWARES") or 0,
                                                                            SETTINGS_PRIORITIES["addon"]))
        extensions = settings.getdict("EXTENSIONS")
        extensions["crawler.distributed.crawl.DistributedCrawl"] = 450
        settings.set("EXTENSIONS", extensions, priority=max(settings.getpriority("EXTENSIONS") or 0,
                                                            SETTINGS_PRIORITIES["addon"]))


class DistributedCrawl:
    """Scrapy extension: seeding once, heartbeats, taking work from the shared queue, staying alive
    while the crawl has work, and ending the run."""

    def __init__(self, crawler: Crawler, server: redis.Redis) -> None:
        self.crawler = crawler
        self.server = server
        self.me = worker_id()
        self.heartbeat = task.LoopingCall(self.beat)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedCrawl:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        extension = cls(crawler, redis_client(crawler.settings))
        for handler, signal in ((extension.spider_opened, signals.spider_opened),
                                (extension.spider_idle, signals.spider_idle),
                                (extension.spider_closed, signals.spider_closed)):
            crawler.signals.connect(handler, signal=signal)
        return extension

    @property
    def spider(self) -> str:
        assert self.crawler.spider is not None  # made before the crawl whose signals and heartbeats ask this
        return self.crawler.spider.name

    @property
    def scheduler(self) -> FailoverScheduler:
        """The engine's scheduler, which shares the queue through Redis."""
        scheduler = self.crawler.engine.scheduler
        assert isinstance(scheduler, FailoverScheduler), "with REDIS_URL, RedisAddon sets the SCHEDULER"
        return scheduler

    def claim_seeding(self) -> bool:
        """True for the one worker of a run that seeds it."""
        return bool(self.server.set(f"{self.spider}:seeded", self.me, nx=True))

    def spider_opened(self, spider: Spider) -> None:
        self.heartbeat.start(heartbeats.HEARTBEAT_SECONDS)

    def beat(self) -> None:
        self.recover_lost_work()
        engine = self.crawler.engine
        idle = engine.spider_is_idle()  # with scrapy-redis: nothing in hand, and the shared queue empty
        heartbeats.beat(self.server, self.me, self.spider, busy=not idle)
        scraper = engine.scraper.slot
        assert scraper is not None  # open since the spider opened, before the first heartbeat
        # A worker with nothing in hand looks again now, not at its engine's next 5-second tick.
        if not engine.downloader.active and scraper.is_idle() and self.queued():
            self.take_work()
        elif idle and not self.others_busy():
            deferred_from_coro(engine.close_spider_async(reason="finished"))

    def take_work(self) -> None:
        """Hand the engine the next request of the shared queue (others have queued work): it
        queues it again (already seen: it must pass the duplicate filter) and looks at its queue at
        once, taking as many as it may."""
        scheduler = self.scheduler
        request = scheduler.next_request()
        if request is not None:
            scheduler.release(request)  # back in the shared queue: anyone's to take
            self.crawler.engine.crawl(request.replace(dont_filter=True))

    def recover_lost_work(self) -> None:
        recover_lost_work(self.server, self.scheduler, self.spider, self.me, self.reconcile_outputs)

    def reconcile_outputs(self) -> None:
        """The outputs of the gone workers of this machine into the crawl state, their files completed
        (crawler.state.capture): an article they wrote is not written again when its request is put
        back. (A gone worker of another machine: its machine's next run does it; see docs/distributed.md.)"""
        state = self.crawler.get_extension(CrawlStateExtension)
        if state is not None:
            state.recover(Path(self.crawler.settings["OUTPUT_DIR"]).resolve())

    def others_busy(self) -> bool:
        return any(worker != self.me and heartbeat["spider"] == self.spider and heartbeat["busy"]
                   for worker, heartbeat in heartbeats.live_workers(self.server).items())

    def queued(self) -> int:
        return len(self.scheduler)  # scrapy-redis: the shared queue's length

    def spider_idle(self, spider: Spider) -> None:
        self.recover_lost_work()
        if self.queued() or self.others_busy():
            raise DontCloseSpider

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.heartbeat.running:
            self.heartbeat.stop()
        heartbeats.leave(self.server, self.me)
        if reason == "finished" and not self.queued() and not self.others_busy():
            self.server.delete(DUPEFILTER_KEY % {"spider": spider.name}, f"{spider.name}:seeded")
            logger.info("The distributed run of %s is complete: the next run starts afresh", spider.name)
