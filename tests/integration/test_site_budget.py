"""One politeness budget per site for a whole cluster (crawler/downloader/site_budget.py): what the
site sees, measured at a real loopback server, of real crawls by 1 and 3 workers on a real Redis."""

from __future__ import annotations

import time
from collections import Counter

from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from scrapy.settings import Settings

from crawler.distributed.connection import redis_client
from crawler.downloader.site_budget import GAP_MARGIN, RedisBudget
from crawler.mirror import ROBOTS_TXT, MirrorServer, Route, demo_sites
from devtools.timeline import busiest_window, least_gap
from helpers import collect, run_crawl, start_workers

# The server's clock reads a request's arrival, a little after the crawler let it start: two
# arrivals may come closer than their starts did, by a few milliseconds (which the budget's
# GAP_MARGIN covers), more on a machine busy with other work.
ARRIVAL_JITTER = 0.05


def written(tmp_path) -> Counter:
    return Counter(item["url"] for output in sorted(tmp_path.glob("w*")) if output.is_dir()
                   for item in collect(output, 0, "").articles)


def run_workers(count: int, tmp_path, redis_url: str, mirror, *args: str) -> list[float]:
    """A distributed crawl by `count` workers; the times its requests reached the site."""
    mirror.arrivals.clear()
    workers = start_workers(count, tmp_path, redis_url, mirror.base_url, *args)
    codes = [worker.wait(timeout=300) for worker in workers.values()]
    assert codes == [0] * count, [(tmp_path / f"run1-w{n}.log").read_text()[-2000:] for n in range(1, count + 1)]
    return [arrived for arrived, _ in mirror.arrivals]


def with_crawl_delay(site, seconds: int) -> dict:
    routes = dict(site.routes)
    routes["/robots.txt"] = Route(ROBOTS_TXT + f"Crawl-delay: {seconds}\n".encode(), content_type="text/plain")
    return routes


def test_robots_crawl_delay_is_kept_by_one_worker_without_redis(tmp_path):
    site = demo_sites(0)["cqn.com.cn"]
    urls = ",".join(article.url for article in site.articles[:4])
    with MirrorServer(with_crawl_delay(site, 2)) as mirror:
        result = run_crawl("cqn", tmp_path, "-s", f"CQN_BASE_URL={mirror.base_url}", "-a", f"urls={urls}",
                           "-s", "SPIDERMON_ENABLED=False")
    assert result.returncode == 0, result.log[-3000:]
    assert len(result.articles) == 4
    starts = [arrived for arrived, _ in mirror.arrivals]
    assert len(starts) == 5 and least_gap(starts) >= 2 - ARRIVAL_JITTER, starts


def test_robots_crawl_delay_is_kept_by_three_workers_together(tmp_path, redis_url):
    site = demo_sites(0)["cqn.com.cn"]
    chosen = site.articles[:6]
    with MirrorServer(with_crawl_delay(site, 2)) as mirror:
        starts = run_workers(3, tmp_path, redis_url, mirror, "-a", f"urls={','.join(a.url for a in chosen)}")
    assert written(tmp_path) == Counter(article.url for article in chosen)
    assert least_gap(starts) >= 2 - ARRIVAL_JITTER, sorted(starts)


def test_three_workers_put_no_more_load_on_a_site_than_one(tmp_path, redis_url):
    """The busiest 10 s of 3 workers hold at most 1.25 times the requests of 1 worker's, with the
    same settings; every article is written once; no two requests start closer than DOWNLOAD_DELAY."""
    site = demo_sites(40)["cqn.com.cn"]
    delay = ("-s", "DOWNLOAD_DELAY=0.3")
    busiest = {}
    with MirrorServer(site.routes, delay=0.1) as mirror:
        for count in (1, 3):
            redis_client({"REDIS_URL": redis_url}).flushdb()
            run = tmp_path / f"workers{count}"
            run.mkdir()
            starts = run_workers(count, run, redis_url, mirror, *delay)
            assert written(run) == Counter(article.url for article in site.articles)
            assert least_gap(starts) >= 0.3 - ARRIVAL_JITTER
            assert max(starts) - min(starts) > 10, "too small a site to measure a 10 s window"
            busiest[count] = busiest_window(starts)
    assert busiest[3] <= 1.25 * busiest[1], busiest


def test_autothrottle_latency_is_shared_by_the_workers(redis_url):
    """A slow answer measured by one worker lengthens the gap every worker keeps (AutoThrottle's rule)."""
    settings = Settings({"REDIS_URL": redis_url, "DOWNLOAD_DELAY": 0.1, "AUTOTHROTTLE_ENABLED": True,
                         "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0, "AUTOTHROTTLE_START_DELAY": 0.1,
                         "AUTOTHROTTLE_MAX_DELAY": 10.0, "CONCURRENT_REQUESTS_PER_DOMAIN": 4, "DOWNLOAD_TIMEOUT": 30})
    one, other = RedisBudget(settings), RedisBudget(settings)
    assert other.ask("site")[0] is None
    one.observe("site", latency=4.0, ok=True)  # the site slows down: AutoThrottle's delay goes to 4 s
    wait, lease = other.ask("site")
    assert lease is None and 3.5 < wait <= 4.0 + GAP_MARGIN
    one.observe("site", latency=0.01, ok=False)  # an error page is quick: it never speeds the crawl up
    assert 3.5 < other.ask("site")[0] <= 4.0 + GAP_MARGIN


@hypothesis_settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(gap=st.sampled_from([0.0, 0.01, 0.03]), concurrency=st.integers(min_value=1, max_value=3),
       workers=st.integers(min_value=1, max_value=3), obeys_robots=st.booleans(),
       steps=st.lists(st.tuples(st.integers(min_value=0, max_value=2), st.sampled_from(["ask", "done", "robots"])),
                      min_size=1, max_size=30))
def test_grants_keep_the_gap_and_the_concurrency_in_any_order(redis_url, gap, concurrency, workers, obeys_robots, steps):
    """Workers asking, finishing and reading robots.txt in any order: two granted starts are never
    closer than the gap (by Redis's clock), and no more requests are in flight than the concurrency
    (one until robots.txt is read, when it is obeyed)."""
    server = redis_client({"REDIS_URL": redis_url})
    server.flushdb()
    settings = Settings({"REDIS_URL": redis_url, "DOWNLOAD_DELAY": gap, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
                         "DOWNLOAD_TIMEOUT": 30, "ROBOTSTXT_OBEY": obeys_robots, "AUTOTHROTTLE_ENABLED": False})
    budgets = [RedisBudget(settings) for _ in range(workers)]
    in_flight, starts, robots_read = [], [], False
    for who, step in steps:
        budget = budgets[who % workers]
        if step == "done" and in_flight:
            owner, lease = in_flight.pop(0)
            owner.done("site", lease)
        elif step == "robots":
            budget.learn_crawl_delay("site", 0.0)
            robots_read = True
        else:
            wait, lease = budget.ask("site")
            if wait is not None:
                time.sleep(min(wait, 0.05))
                continue
            starts.append(float(server.hget("politeness:site", "last_start")))
            in_flight.append((budget, lease))
            assert len(in_flight) <= (concurrency if robots_read or not obeys_robots else 1)
    least = least_gap(starts)
    assert least is None or least >= (gap + GAP_MARGIN if gap else 0.0) - 1e-6
