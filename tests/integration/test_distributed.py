"""Several crawler processes over one Redis: one crawl, every article once, nothing lost."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from crawler.distributed.heartbeats import STALE_SECONDS
from crawler.mirror import MirrorServer, demo_sites
from helpers import PROJECT, REDIS_SERVER, collect, start_workers

SLOW = 0.3  # seconds per response: slow enough that every worker is up before the work runs out


def written(tmp_path) -> Counter:
    """The articles of every worker's outputs, with those a killed worker left in its .part file."""
    urls = Counter(item["url"] for output in sorted(tmp_path.glob("w*")) if output.is_dir()
                   for item in collect(output, 0, "").articles)
    for part in tmp_path.glob("w*/articles-*.jsonl.part"):
        urls.update(json.loads(line)["url"] for line in part.read_text(encoding="utf-8").splitlines() if line.endswith("}"))
    return urls


def lines_written(output) -> int:
    return sum(path.read_bytes().count(b"\n") for path in output.glob("articles-*"))


def busy_worker(workers: dict) -> Path:
    """The output of a worker in the middle of its work (it has written some articles): the queue is
    shared unevenly, and a worker writes its first articles together (the template)."""
    deadline = time.monotonic() + 120
    while not (busy := [output for output in workers if lines_written(output) >= 5]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert busy, "no worker wrote 5 articles"
    return busy[0]


def test_three_workers_write_every_article_exactly_once(tmp_path, redis_url):
    site = demo_sites(240)["cqn.com.cn"]  # enough work that a worker starting last still gets its share
    with MirrorServer(site.routes, delay=SLOW) as mirror:
        workers = start_workers(3, tmp_path, redis_url, mirror.base_url)
        codes = [worker.wait(timeout=300) for worker in workers.values()]
    logs = [(tmp_path / f"run1-w{n}.log").read_text() for n in (1, 2, 3)]
    assert codes == [0, 0, 0], [log[-2000:] for log in logs]
    assert written(tmp_path) == Counter(article.url for article in site.articles)
    assert all(lines_written(output) > 0 for output in workers), "a worker wrote nothing"
    assert not any("Warning" in log for log in logs), "a library's warning in the operator's log"


@pytest.mark.parametrize(("stop", "disk_fault"), [(signal.SIGTERM, ""), (signal.SIGKILL, "slow:0.2")],
                         ids=["SIGTERM", "SIGKILL"])
def test_a_worker_stopped_halfway_loses_nothing(stop, disk_fault, tmp_path, redis_url):
    """SIGTERM: the worker finishes what it took and leaves the rest to the others. SIGKILL: once its
    heartbeat is stale, the others put back what it had taken and finish it, in the same run. Every
    article is in that run's outputs (the killed worker's file as it left it: the whole lines of
    its .part), none twice. Every worker writes slowly (0.2 s a line): the one killed is killed with
    articles on their way to its file, whose requests must still be its to finish."""
    site = demo_sites(90)["cqn.com.cn"]
    with MirrorServer(site.routes, delay=SLOW) as mirror:
        workers = start_workers(3, tmp_path, redis_url, mirror.base_url, disk_fault=disk_fault)
        stopped = busy_worker(workers)
        workers[stopped].send_signal(stop)
        codes = {output: worker.wait(timeout=300) for output, worker in workers.items()}
    logs = {output: (tmp_path / f"run1-w{number}.log").read_text() for number, output in enumerate(workers, start=1)}
    others = [output for output in workers if output != stopped]
    assert [codes[output] for output in others] == [0, 0], [logs[output][-2000:] for output in others]
    if stop == signal.SIGTERM:
        assert "Crawl cqn (shutdown)" in logs[stopped]
    else:
        assert any("is gone (no heartbeat" in logs[output] for output in others)
    counts = written(tmp_path)
    assert set(counts) == {article.url for article in site.articles}
    assert max(counts.values()) == 1, [url for url, count in counts.items() if count > 1]


def test_a_worker_paused_past_its_heartbeat_is_not_taken_for_gone(tmp_path, redis_url):
    """A worker whose heartbeat is stale but whose process still runs on this machine (paused, or
    stalled on a slow disk) keeps what it took: the others put none of it back, and when it goes
    on it finishes it. Every article is written once, by someone."""
    site = demo_sites(90)["cqn.com.cn"]
    with MirrorServer(site.routes, delay=SLOW) as mirror:
        workers = start_workers(3, tmp_path, redis_url, mirror.base_url)
        paused = busy_worker(workers)
        workers[paused].send_signal(signal.SIGSTOP)
        time.sleep(STALE_SECONDS + 3)
        workers[paused].send_signal(signal.SIGCONT)
        codes = [worker.wait(timeout=300) for worker in workers.values()]
    logs = [(tmp_path / f"run1-w{number}.log").read_text() for number in (1, 2, 3)]
    assert codes == [0, 0, 0], [log[-2000:] for log in logs]
    assert not any("is gone" in log for log in logs)
    assert written(tmp_path) == Counter(article.url for article in site.articles)


def test_distributed_benchmark_runs_on_a_tiny_site():
    """`python -m devtools.bench --distributed` is not run by CI; this keeps it from rotting."""
    assert REDIS_SERVER, "redis-server is not installed: .ci/run installs Debian's redis-server"
    done = subprocess.run([sys.executable, "-m", "devtools.bench", "--distributed", "--articles", "2"], cwd=PROJECT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    figures = dict(figure.split("=") for figure in done.stdout.splitlines()[-1].split())
    assert figures["written_once"] == "True" and int(figures["workers_3_requests"]) > 0, done.stdout
