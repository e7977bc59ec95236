"""Distributed crawling: any number of `scrapy crawl` processes share one crawl through Redis.

One switch, `-s REDIS_URL=redis://host:6379/0`, and every worker (on any machine) puts its
requests in one shared queue with one duplicate filter (scrapy-redis), and keeps the crawl state
(captured articles, hashes, revisions, output ledger) in Redis too. Without it nothing here is
loaded and Redis is not needed.

The life of a distributed run, per spider:
- the first worker to start claims the seeding (`<spider>:seeded`) and seeds the home page and
  feeds; the others find their work in the shared queue;
- every worker beats a heartbeat (`<spider>:workers`) saying whether it has work in hand; an idle
  worker stays while the queue holds requests or another live worker is busy (it may still add
  some), and closes when neither is true;
- the worker that finds the run complete ends it: it clears the duplicate filter and the seeding
  claim, so that the next scheduled run starts afresh (and skips what the state has captured);
- a worker stopped with SIGTERM (Scrapy's graceful shutdown) finishes the few requests it has
  taken from the queue and leaves the rest there for the others; one killed with SIGKILL loses
  those it had taken for this run only: its heartbeat goes stale, the others finish, and the next
  run picks them up (the crawl state knows they were never captured).
"""

from __future__ import annotations

import json
import logging
import socket
import time
from dataclasses import dataclass

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import SETTINGS_PRIORITIES
from twisted.internet import task

from crawler.sites import worker_id
from crawler.state import Captured, utc_now

logger = logging.getLogger(__name__)
HEARTBEAT_SECONDS = 1.0
# A worker whose heartbeat is older than this is gone (killed, or its machine is).
STALE_SECONDS = 6.0


class RedisAddon:
    """Scrapy add-on: with REDIS_URL set, the scheduler and duplicate filter are scrapy-redis's,
    shared by every worker of the crawl, and the distributed-crawl extension is on."""

    def update_settings(self, settings):
        if not settings.get("REDIS_URL"):
            return
        settings.set("SCHEDULER", "scrapy_redis.scheduler.Scheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")  # a closing worker keeps the shared queue
        # One worker may find no work in a small crawl: the count of articles is the crawl's, not a worker's.
        settings.set("MONITOR_MIN_ARTICLES", 0, priority=max(settings.getpriority("MONITOR_MIN_ARTICLES") or 0,
                                                             SETTINGS_PRIORITIES["project"]))
        extensions = settings.getdict("EXTENSIONS")
        extensions["crawler.distributed.DistributedCrawl"] = 450
        settings.set("EXTENSIONS", extensions, priority=max(settings.getpriority("EXTENSIONS") or 0,
                                                            SETTINGS_PRIORITIES["addon"]))


@dataclass
class RedisCrawlState:
    """The crawl state of `crawler.state.CrawlState`, kept in Redis for all the workers."""

    server: redis.Redis
    prefix: str

    def key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def close(self) -> None:
        self.server.close()

    def captured(self, url: str) -> Captured | None:
        found = self.server.hget(self.key("articles"), url)
        if found is None:
            target = self.server.hget(self.key("aliases"), url)
            found = self.server.hget(self.key("articles"), target) if target else None
            url = target.decode() if target else url
        return Captured(url=url, **json.loads(found)) if found else None

    def validators(self, url: str) -> tuple[str | None, str | None]:
        found = self.server.hget(self.key("validators"), url)
        return tuple(json.loads(found)) if found else (None, None)

    def remember_validators(self, url, etag, last_modified) -> None:
        self.server.hset(self.key("validators"), url, json.dumps([etag, last_modified]))

    def remember_alias(self, url: str, article_url: str) -> None:
        self.server.hset(self.key("aliases"), url, article_url)

    def dead_checked(self, url: str) -> str | None:
        found = self.server.hget(self.key("dead-links"), url)
        return found.decode() if found else None

    def remember_dead(self, url: str) -> None:
        self.server.hset(self.key("dead-links"), url, utc_now())

    def forget_dead(self, url: str) -> None:
        self.server.hdel(self.key("dead-links"), url)

    def start_output(self, path: str, lines: int = 0) -> None:
        self.server.hset(self.key("outputs"), path, lines)
        self.server.hset(self.key("output-owners"), path, worker_id())

    def finish_output(self, path: str) -> None:
        self.server.hdel(self.key("outputs"), path)
        self.server.hdel(self.key("output-owners"), path)

    def pending_outputs(self) -> list[tuple[str, int]]:
        """The outputs that gone workers of this machine left (a live worker's output is its own,
        another machine's are that machine's to recover)."""
        owners = {path.decode(): owner.decode() for path, owner in self.server.hgetall(self.key("output-owners")).items()}
        beats = {worker.decode(): float(beat) for worker, beat in self.server.hgetall(self.key("heartbeats")).items()}
        pending = []
        for path, lines in self.server.hgetall(self.key("outputs")).items():
            owner = owners.get(path.decode(), "")
            alive = time.time() - beats.get(owner, 0.0) < STALE_SECONDS
            if owner.rsplit("-", 1)[0] == socket.gethostname() and not alive:
                pending.append((path.decode(), int(lines)))
        return pending

    def beat(self) -> None:
        self.server.hset(self.key("heartbeats"), worker_id(), time.time())

    def capture(self, article: dict, output_paths: list[str]) -> None:
        """Record an article whose line the outputs now hold, in one transaction with the ledger."""
        captured = {"content_hash": article["metadata"]["contentHash"], "revision": article["metadata"]["revision"],
                    "date_published": article.get("datePublished")}
        with self.server.pipeline(transaction=True) as transaction:
            transaction.hset(self.key("articles"), article["url"], json.dumps(captured))
            for path in output_paths:
                transaction.hincrby(self.key("outputs"), path, 1)
            transaction.execute()


class DistributedCrawl:
    """Scrapy extension: seeding once, heartbeats, staying alive while the crawl has work, and
    ending the run."""

    def __init__(self, crawler, server: redis.Redis):
        self.crawler = crawler
        self.server = server
        self.me = worker_id()
        self.heartbeat = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        extension = cls(crawler, redis.Redis.from_url(crawler.settings["REDIS_URL"]))
        for handler, signal in ((extension.spider_opened, signals.spider_opened),
                                (extension.spider_idle, signals.spider_idle),
                                (extension.spider_closed, signals.spider_closed)):
            crawler.signals.connect(handler, signal=signal)
        return extension

    def key(self, name: str) -> str:
        return f"{self.crawler.spider.name}:{name}"

    def claim_seeding(self) -> bool:
        """True for the one worker of a run that seeds it."""
        return bool(self.server.set(self.key("seeded"), self.me, nx=True))

    def spider_opened(self, spider):
        self.heartbeat = task.LoopingCall(self.beat)
        self.heartbeat.start(HEARTBEAT_SECONDS)

    def beat(self):
        self.server.hset(self.key("workers"), self.me, json.dumps({"time": time.time(), "busy": not self.crawler.engine.spider_is_idle()}))
        # Other workers may have queued work, or finished theirs, since this one last looked: have
        # its engine look again now (for requests, or whether it may close), not at its next
        # 5-second heartbeat. Scrapy has no public call for this.
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()
        state = getattr(self.crawler.spider, "crawl_state", None)
        if state is not None and hasattr(state, "beat"):
            state.beat()

    def others_busy(self) -> bool:
        now = time.time()
        for worker, beat in self.server.hgetall(self.key("workers")).items():
            beat = json.loads(beat)
            if worker.decode() != self.me and now - beat["time"] < STALE_SECONDS and beat["busy"]:
                return True
        return False

    def queued(self) -> int:
        return len(self.crawler.engine.scheduler)  # scrapy-redis: the shared queue's length

    def spider_idle(self, spider):
        if self.queued() or self.others_busy():
            raise DontCloseSpider

    def spider_closed(self, spider, reason):
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        self.server.hdel(self.key("workers"), self.me)
        if reason == "finished" and not self.queued() and not self.others_busy():
            self.crawler.engine.scheduler.df.clear()
            self.server.delete(self.key("seeded"))
            logger.info("The distributed run of %s is complete: the next run starts afresh", spider.name)


def redis_state(settings) -> RedisCrawlState | None:
    """The Redis crawl state when the crawl is distributed, else None."""
    if not settings.get("REDIS_URL"):
        return None
    return RedisCrawlState(redis.Redis.from_url(settings["REDIS_URL"]), settings.get("REDIS_STATE_PREFIX", "crawl-state"))

