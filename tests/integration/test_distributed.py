"""Several crawler processes over one Redis: one crawl, every article once, nothing lost."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from crawler.mirror import MirrorServer, demo_sites
from helpers import PROJECT, REDIS_SERVER, collect, start_workers

SLOW = 0.3  # seconds per response: slow enough that every worker is up before the work runs out


def written(tmp_path) -> Counter:
    return Counter(item["url"] for output in sorted(tmp_path.glob("w*")) if output.is_dir()
                   for item in collect(output, 0, "").articles)


def lines_written(output) -> int:
    return sum(path.read_bytes().count(b"\n") for path in output.glob("articles-*"))


def test_three_workers_write_every_article_exactly_once(tmp_path, redis_url):
    site = demo_sites(240)["cqn.com.cn"]  # enough work that a worker starting last still gets its share
    with MirrorServer(site.routes, delay=SLOW) as mirror:
        workers = start_workers(3, tmp_path, redis_url, mirror.base_url)
        codes = [worker.wait(timeout=300) for worker in workers.values()]
    assert codes == [0, 0, 0], [(tmp_path / f"run1-w{n}.log").read_text()[-2000:] for n in (1, 2, 3)]
    assert written(tmp_path) == Counter(article.url for article in site.articles)
    assert all(lines_written(output) > 0 for output in workers), "a worker wrote nothing"


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_worker_stopped_halfway_loses_nothing(stop, tmp_path, redis_url):
    site = demo_sites(90)["cqn.com.cn"]
    with MirrorServer(site.routes, delay=SLOW) as mirror:
        workers = start_workers(3, tmp_path, redis_url, mirror.base_url)
        first = next(iter(workers))
        deadline = time.monotonic() + 120
        while lines_written(first) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers[first].send_signal(stop)
        for worker in workers.values():
            worker.wait(timeout=300)
        if stop == signal.SIGTERM:  # it finished what it had taken and left the rest to the others
            assert "Crawl cqn (shutdown)" in (tmp_path / "run1-w1.log").read_text()
            assert written(tmp_path) == Counter(article.url for article in site.articles)
        # the next scheduled run, on the stopped worker's slot, picks up whatever this run lost
        rerun = start_workers(1, tmp_path, redis_url, mirror.base_url, run="run2")
        assert list(rerun.values())[0].wait(timeout=300) == 0

    counts = written(tmp_path)
    assert set(counts) == {article.url for article in site.articles}
    assert max(counts.values()) == 1, [url for url, count in counts.items() if count > 1]


def test_distributed_benchmark_runs_on_a_tiny_site():
    """`python -m devtools.bench --distributed` is not run by CI; this keeps it from rotting."""
    assert REDIS_SERVER, "redis-server is not installed: .ci/run installs Debian's redis-server"
    done = subprocess.run([sys.executable, "-m", "devtools.bench", "--distributed", "--articles", "12"], cwd=PROJECT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("workers_1_s=")
