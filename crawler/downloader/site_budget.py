"""One politeness budget per site, however many processes crawl it.

A download handler (`PoliteDownloadHandler`, in place of Scrapy's HTTP one) waits, asynchronously,
for the site's budget before every request it sends, right before the request leaves: after
Scrapy's own download slot (its local delay and concurrency), so that nothing queued after the
grant can make two requests start closer than the budget allows.

- One process (no `REDIS_URL`): Scrapy's download slot keeps `DOWNLOAD_DELAY`, AutoThrottle and
  `CONCURRENT_REQUESTS_PER_DOMAIN` as always; the budget adds the `Crawl-delay` of the site's
  robots.txt, if it has one, as the least gap between two request starts.
- A distributed crawl (`REDIS_URL`): the budget is in Redis, shared by every worker. A request
  starts when the last start to its site, by any worker, is at least the site's gap ago, and
  fewer than `CONCURRENT_REQUESTS_PER_DOMAIN` requests to the site are in flight, cluster-wide. The
  gap is the largest of `DOWNLOAD_DELAY`, the robots.txt `Crawl-delay`, and (with AutoThrottle on)
  a delay AutoThrottle's rule computes from the latencies every worker measures: the workers slow
  down together when the site does. The check and the grant are one Lua script (atomic in Redis);
  the clock is Redis's, so the machines' clocks need not agree. An in-flight request holds a lease
  that expires after `DOWNLOAD_TIMEOUT`, so a killed worker's requests do not hold the site's
  concurrency for ever.

docs/distributed.md says why a Lua script and not a rate-limit library.
"""

from __future__ import annotations

import itertools
import logging
import time
from weakref import WeakKeyDictionary

from protego import Protego
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object
from twisted.internet import task

from crawler.distributed.connection import redis_client
from crawler.distributed.worker import worker_id

logger = logging.getLogger(__name__)

KEY_PREFIX = "politeness"  # politeness:<host> (a hash) and politeness:<host>:leases (a sorted set)
KEYS_LIFETIME = 86400  # seconds a site's budget is kept in Redis after its last request
FULL_RETRY_SECONDS = 0.05  # how soon a worker looks again when the site's concurrency is all taken
# Added to every gap: a request reaches the site a few milliseconds after it starts, a few more or
# less each time; the site, which sees the arrivals, sees no gap shorter than the budget's.
GAP_MARGIN = 0.02
# Lease numbers of this process, whichever budget gives them (crawler.extract runs a spider per site
# in one process, each with its budget): a lease id (worker, number) is never given twice.
LEASE_NUMBERS = itertools.count()

# KEYS: the site's hash, its leases. ARGV: least gap (DOWNLOAD_DELAY), concurrency, lease id, lease
# lifetime, keys' lifetime, 1 if robots.txt is obeyed (until a worker has read the site's, one
# request at a time: the first, its robots.txt, tells the Crawl-delay the others must keep), GAP_MARGIN.
# Returns "0" when the request may start now (its start and lease recorded), "full" when the site's
# concurrency is all taken, else the seconds to wait (a string: Redis cuts a Lua number to an integer).
GRANT = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local site = redis.call('HMGET', KEYS[1], 'last_start', 'crawl_delay', 'throttle', 'robots_read')
local gap = math.max(tonumber(ARGV[1]), tonumber(site[2] or 0), tonumber(site[3] or 0))
if gap > 0 then gap = gap + tonumber(ARGV[7]) end
local wait = tonumber(site[1] or 0) + gap - now
if wait > 0 then return tostring(wait) end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local concurrency = tonumber(ARGV[2])
if ARGV[6] == '1' and not site[4] then concurrency = 1 end
if redis.call('ZCARD', KEYS[2]) >= concurrency then return 'full' end
redis.call('HSET', KEYS[1], 'last_start', tostring(now))
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('EXPIRE', KEYS[2], ARGV[5])
return '0'
"""

# AutoThrottle's rule (scrapy.extensions.throttle), on the delay the workers share. KEYS: the
# site's hash. ARGV: latency, target concurrency, start, least and greatest delay, 1 if the
# response was a 200 (another status never lowers the delay: error pages are quick).
OBSERVE = """
local old = tonumber(redis.call('HGET', KEYS[1], 'throttle') or ARGV[3])
local target = tonumber(ARGV[1]) / tonumber(ARGV[2])
local new = math.min(math.max(tonumber(ARGV[4]), math.max(target, (old + target) / 2)), tonumber(ARGV[5]))
if ARGV[6] == '1' or new > old then redis.call('HSET', KEYS[1], 'throttle', tostring(new)) end
return tostring(new)
"""


def crawl_delay(robots_txt: bytes, user_agent: str) -> float:
    """The Crawl-delay a robots.txt asks of this user agent, 0 if none."""
    return float(Protego.parse(robots_txt.decode("utf-8", "replace")).crawl_delay(user_agent) or 0)


class LocalBudget:
    """One process: the robots.txt Crawl-delay between two request starts to a site."""

    def __init__(self) -> None:
        self.crawl_delays: dict[str, float] = {}
        self.last_starts: dict[str, float] = {}

    def ask(self, host: str) -> tuple[float | None, str | None]:
        """(None, its lease): the request may start now, recorded as started; else (seconds to wait, None)."""
        gap = self.crawl_delays.get(host, 0.0)
        wait = self.last_starts.get(host, float("-inf")) + (gap + GAP_MARGIN if gap else 0.0) - time.monotonic()
        if wait > 0:
            return wait, None
        self.last_starts[host] = time.monotonic()
        return None, None

    def done(self, host: str, lease: str | None) -> None:
        pass

    def learn_crawl_delay(self, host: str, delay: float) -> None:
        self.crawl_delays[host] = delay

    def observe(self, host: str, latency: float, ok: bool) -> None:
        pass  # AutoThrottle does it, in Scrapy's download slot


class RedisBudget:
    """The cluster's budget per site, in Redis (see the module's docstring)."""

    def __init__(self, settings: BaseSettings):
        self.server = redis_client(settings)
        self.grant, self.observe_script = self.server.register_script(GRANT), self.server.register_script(OBSERVE)
        self.least_gap = settings.getfloat("DOWNLOAD_DELAY")
        self.concurrency = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        self.lease_seconds = settings.getfloat("DOWNLOAD_TIMEOUT") + 10
        self.obeys_robots = settings.getbool("ROBOTSTXT_OBEY")
        self.throttle = settings.getbool("AUTOTHROTTLE_ENABLED")
        self.throttle_args = (settings.getfloat("AUTOTHROTTLE_TARGET_CONCURRENCY"),
                              settings.getfloat("AUTOTHROTTLE_START_DELAY"), self.least_gap,
                              settings.getfloat("AUTOTHROTTLE_MAX_DELAY"))

    @staticmethod
    def keys(host: str) -> list[str]:
        return [f"{KEY_PREFIX}:{host}", f"{KEY_PREFIX}:{host}:leases"]

    def ask(self, host: str) -> tuple[float | None, str | None]:
        lease = f"{worker_id()}:{next(LEASE_NUMBERS)}"
        answer = self.grant(keys=self.keys(host), args=[self.least_gap, self.concurrency, lease, self.lease_seconds,
                                                        KEYS_LIFETIME, int(self.obeys_robots), GAP_MARGIN]).decode()
        if answer == "0":
            return None, lease
        return (FULL_RETRY_SECONDS if answer == "full" else float(answer)), None

    def done(self, host: str, lease: str | None) -> None:
        if lease is not None:
            self.server.zrem(self.keys(host)[1], lease)

    def learn_crawl_delay(self, host: str, delay: float) -> None:
        self.server.hset(self.keys(host)[0], mapping={"crawl_delay": delay, "robots_read": 1})

    def observe(self, host: str, latency: float, ok: bool) -> None:
        if self.throttle:
            self.observe_script(keys=self.keys(host)[:1], args=[latency, *self.throttle_args, int(ok)])


# A crawler's budget, shared by its handlers (http, https).
BUDGETS: WeakKeyDictionary[Crawler, LocalBudget | RedisBudget] = WeakKeyDictionary()


def budget_of(crawler: Crawler) -> LocalBudget | RedisBudget:
    if crawler not in BUDGETS:
        BUDGETS[crawler] = RedisBudget(crawler.settings) if crawler.settings.get("REDIS_URL") else LocalBudget()
    return BUDGETS[crawler]


class PoliteDownloadHandler:
    """Scrapy download handler (http, https): Scrapy's own (DOWNLOAD_HANDLERS_BASE), each request
    sent only when its site's budget allows it."""

    lazy = False

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.inner = build_from_crawler(load_object(crawler.settings.getdict("DOWNLOAD_HANDLERS_BASE")["https"]), crawler)
        self.budget = budget_of(crawler)
        self.user_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PoliteDownloadHandler:
        return cls(crawler)

    async def download_request(self, request: Request) -> Response:
        host = urlparse_cached(request).netloc
        lease = await self.wait_for_turn(host)
        started, response = time.monotonic(), None
        try:
            response = await self.inner.download_request(request)
        finally:
            if urlparse_cached(request).path == "/robots.txt":  # learnt before the lease goes: see GRANT
                self.learn_crawl_delay(host, response)
            self.budget.done(host, lease)
        self.budget.observe(host, request.meta.get("download_latency", time.monotonic() - started),
                            ok=response.status == 200)
        return response

    def learn_crawl_delay(self, host: str, robots_txt: Response | None) -> None:
        """The site's Crawl-delay, from its robots.txt response (none, or not a 200: no delay)."""
        delay = crawl_delay(robots_txt.body, self.user_agent) if robots_txt is not None and robots_txt.status == 200 else 0.0
        if delay:
            logger.info("%s asks for a Crawl-delay of %g s: no two requests to it start closer", host, delay)
        self.budget.learn_crawl_delay(host, delay)

    async def wait_for_turn(self, host: str) -> str | None:
        """Wait (without holding the reactor) until the site's budget lets a request start; its lease."""
        from twisted.internet import reactor  # installed by Scrapy by now, not at import time

        while True:
            wait, lease = self.budget.ask(host)
            if wait is None:
                return lease
            await maybe_deferred_to_future(task.deferLater(reactor, wait, lambda: None))

    async def close(self) -> None:
        await self.inner.close()
