"""Re-extraction spread over processes (crawler/distributed/shared_archive.py): two
`crawler.extract --archive` processes on one real Redis re-extract each record once, and their
outputs together are a single process's."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.settings import Settings
from scrapy.statscollectors import DummyStatsCollector

from crawler.distributed.connection import redis_client
from crawler.distributed.shared_archive import CLAIMS_LINGER_SECONDS, ClaimArchivedRecords, reextraction_key
from crawler.mirror import MirrorServer, demo_sites
from helpers import PROJECT, collect, comparable, run_crawl


def reextraction(archive, output, *args: str) -> list[str]:
    return [sys.executable, "-m", "crawler.extract", "--archive", str(archive), "-s", f"OUTPUT_DIR={output}",
            "-s", "CRAWL_STATE=", *args]


def by_url(items: list[dict]) -> list[dict]:
    return sorted(map(comparable, items), key=lambda item: item["url"])


def test_processes_sharing_an_archive_reextract_each_record_once(tmp_path, redis_url):
    archive = tmp_path / "archive"
    with MirrorServer(demo_sites(120)["cqn.com.cn"].routes) as mirror:
        crawled = run_crawl("cqn", tmp_path / "crawl", "-s", f"CQN_BASE_URL={mirror.base_url}",
                            "-s", f"ARCHIVE_DIR={archive}", "-s", "ARCHIVE_MAX_FILE_SIZE=100000")
    assert crawled.returncode == 0, crawled.log[-3000:]
    assert len(list(archive.iterdir())) > 1  # several files: the records of one file go to both processes

    alone = subprocess.run(reextraction(archive, tmp_path / "alone"), cwd=PROJECT, capture_output=True, text=True,
                           timeout=300)
    assert alone.returncode == 0, alone.stderr[-3000:]
    single = collect(tmp_path / "alone", 0, alone.stderr)

    shared = [subprocess.Popen(reextraction(archive, tmp_path / f"shared{number}", "-s", f"REDIS_URL={redis_url}",
                                            "-s", "LOG_LEVEL=INFO"),
                               cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
               for number in (1, 2)]
    logs = [process.communicate(timeout=300)[1] for process in shared]
    assert [process.returncode for process in shared] == [0, 0], [log[-3000:] for log in logs]
    parts = [collect(tmp_path / f"shared{number}", 0, log) for number, log in zip((1, 2), logs, strict=True)]

    together, alone_items = by_url([item for part in parts for item in part.articles]), by_url(single.articles)
    differing = [(mine["url"], sorted(key for key in mine if mine[key] != theirs.get(key)))
                 for mine, theirs in zip(together, alone_items, strict=False) if mine != theirs]
    assert together == alone_items, differing[:3]  # each once, and as one process reads it
    assert sorted(str(reject) for part in parts for reject in part.rejects) == sorted(map(str, single.rejects))
    assert all("Re-extraction shared through Redis" in log for log in logs)

    # The claims went with the re-extraction: the same archives again are re-extracted in full.
    time.sleep(CLAIMS_LINGER_SECONDS + 1)
    again = subprocess.run(reextraction(archive, tmp_path / "again", "-s", f"REDIS_URL={redis_url}"), cwd=PROJECT,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert by_url(collect(tmp_path / "again", 0, again.stderr).articles) == by_url(single.articles)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(urls=st.lists(st.sampled_from([f"https://www.cqn.com.cn/zj/content/{n}.htm" for n in range(30)]), max_size=40),
       processes=st.integers(min_value=1, max_value=4), data=st.data())
def test_claims_in_any_interleaving_give_each_record_to_one_process(redis_url, urls, processes, data):
    """Whatever order the processes ask in (each asking for every record, as each replay does),
    each record goes to exactly one of them."""
    server = redis_client({"REDIS_URL": redis_url})
    server.flushdb()
    claimers = [ClaimArchivedRecords(None, server, "reextract:test") for _ in range(processes)]
    asks = [(claimer, url) for claimer in claimers for url in urls]
    order = data.draw(st.permutations(range(len(asks))))
    got: dict[int, set[str]] = {index: set() for index in range(processes)}
    for position in order:
        claimer, url = asks[position]
        if claimer.claim(url):
            got[claimers.index(claimer)].add(url)
    assert set().union(*got.values()) == set(urls)
    assert sum(map(len, got.values())) == len(set(urls))  # none twice


def test_the_reextraction_is_named_after_the_archive_index():
    @dataclass
    class Archived:
        date: str

    pages = {"https://a/1": Archived("2026-01-01"), "https://a/2": Archived("2026-01-02")}
    assert reextraction_key(pages) == reextraction_key(dict(reversed(pages.items())))
    assert reextraction_key(pages) != reextraction_key({**pages, "https://a/2": Archived("2026-02-02")})


def test_a_process_joining_as_the_others_end_finds_the_work_done(redis_url):
    """The claims of a finished re-extraction linger a few seconds; a process that opens then keeps
    them alive while it looks, and re-extracts nothing (none twice)."""
    server = redis_client({"REDIS_URL": redis_url})
    urls = [f"https://www.cqn.com.cn/zj/content/{n}.htm" for n in range(5)]
    crawler = SimpleNamespace(stats=DummyStatsCollector(SimpleNamespace(settings=Settings())))
    first, late = (ClaimArchivedRecords(crawler, server, "reextract:late") for _ in range(2))
    first.spider_opened(None)
    assert all(first.claim(url) for url in urls)
    first.spider_closed(None)
    assert 0 < server.ttl("reextract:late:claimed") <= CLAIMS_LINGER_SECONDS
    late.spider_opened(None)
    assert server.ttl("reextract:late:claimed") > CLAIMS_LINGER_SECONDS
    assert not any(late.claim(url) for url in urls)
