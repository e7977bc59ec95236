"""One Redis connection factory (crawler.distributed.connection), and what a crawl does when its
Redis stops answering: one line, exit status 1, no hang."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time

from crawler.distributed.connection import GuardedRedis, redis_client
from crawler.mirror import MirrorServer, demo_sites
from crawler.state import RedisStore
from helpers import PROJECT, crawl_command, start_redis

FAST_TIMEOUT = '{"socket_timeout": 1, "socket_connect_timeout": 1, "retry_on_timeout": true}'


def test_clients_are_built_in_one_place_from_scrapy_redis_settings(redis_url):
    client = redis_client({"REDIS_URL": redis_url, "REDIS_PARAMS": {"socket_timeout": 3}})
    assert isinstance(client, GuardedRedis) and client.ping()
    assert client.connection_pool.connection_kwargs["socket_timeout"] == 3
    defaults = redis_client({"REDIS_URL": redis_url}).connection_pool.connection_kwargs
    assert defaults["socket_timeout"] and defaults["socket_connect_timeout"]  # never an unbounded wait
    store = RedisStore.from_settings({"REDIS_URL": redis_url, "REDIS_STATE_PREFIX": "x"})
    assert isinstance(store.server, GuardedRedis)
    builders = re.compile(r"\bRedis\(|\.from_url\(|StrictRedis|get_redis")
    found = [str(path.relative_to(PROJECT)) for folder in ("crawler", "pipelines", "devtools")
             for path in (PROJECT / folder).rglob("*.py")
             if builders.search(path.read_text(encoding="utf-8")) and path.name != "connection.py"]
    assert found == []


def test_a_crawl_whose_redis_stops_answering_fails_in_one_line(tmp_path):
    server, url = start_redis(tmp_path)
    site = demo_sites(400)["cqn.com.cn"]
    try:
        with MirrorServer(site.routes, delay=0.3) as mirror:
            command = crawl_command("cqn", tmp_path / "out", "-s", f"REDIS_URL={url}", "-s", "CRAWL_STATE=redis",
                                    "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", f"REDIS_PARAMS={FAST_TIMEOUT}")
            log = tmp_path / "crawl.log"
            crawl = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=log.open("w"))
            deadline = time.monotonic() + 120
            while len(mirror.requested) < 10 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert crawl.poll() is None, log.read_text()[-3000:]
            os.kill(server.pid, signal.SIGSTOP)  # Redis stalls: it holds its connections and answers nothing
            try:
                status = crawl.wait(timeout=60)  # not a hang: the socket timeout, redis-py's retries, then the end
            finally:
                crawl.kill()
    finally:
        os.kill(server.pid, signal.SIGCONT)
        server.terminate()
        server.wait(timeout=20)
    text = log.read_text()
    assert status == 1
    lines = [line for line in text.splitlines() if "Redis at" in line]
    assert len(lines) == 1 and "does not answer" in lines[0], text[-3000:]
    assert text.rstrip().splitlines()[-1] == lines[0]  # the last word, no traceback after it
    assert "Traceback" not in text
