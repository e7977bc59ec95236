"""Nothing lost: an output that cannot be written stops the crawl and captures nothing; -o appends;
-O writes a complete snapshot; whatever the runs, every article the state calls captured is in a file."""

from __future__ import annotations

import sqlite3
import subprocess
import time

from crawler.mirror import MirrorServer, demo_sites
from helpers import PROJECT, collect, crawl_command, read_jsonl, run_crawl

CRAWL_FAILED = 1


def captured_urls(state_file) -> set[str]:
    with sqlite3.connect(state_file) as db:
        return {url for (url,) in db.execute("SELECT url FROM articles")}


def urls_in_files(*paths) -> list[str]:
    return [item["url"] for path in paths for item in read_jsonl(path) if "rejected" not in item]


def demo_articles() -> tuple[dict, set[str]]:
    site = demo_sites(30)["cqn.com.cn"]
    return site.routes, {article.url for article in site.articles}


def test_an_output_directory_that_cannot_be_made_fails_before_any_request(tmp_path):
    routes, articles = demo_articles()
    (tmp_path / "a-file").write_text("not a directory")
    state = tmp_path / "state.sqlite3"
    with MirrorServer(routes) as mirror:
        failed = run_crawl("cqn", tmp_path / "a-file" / "out", "-s", f"CRAWL_STATE={state}",
                           "-s", f"CQN_BASE_URL={mirror.base_url}")
        assert mirror.requested == []
        good = run_crawl("cqn", tmp_path / "out", "-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}")

    assert failed.returncode == CRAWL_FAILED
    error_lines = [line for line in failed.log.splitlines() if "error" in line.lower()]
    assert error_lines == [f"scrapy crawl: error: cannot write the crawl's output: {tmp_path / 'a-file' / 'out'}: "
                           "Not a directory"]
    assert "Traceback" not in failed.log
    assert good.returncode == 0, good.log
    assert {item["url"] for item in good.articles} == articles


def test_a_write_that_fails_mid_crawl_stops_it_and_captures_nothing_unwritten(tmp_path):
    routes, articles = demo_articles()
    state = tmp_path / "state.sqlite3"
    with MirrorServer(routes) as mirror:
        # /dev/full takes the file open and refuses every write: No space left on device.
        full = run_crawl("cqn", tmp_path / "out1", "-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}",
                         "-o", "/dev/full:jsonl")
        assert captured_urls(state) == set()
        again = run_crawl("cqn", tmp_path / "out2", "-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}")

    assert full.returncode == CRAWL_FAILED
    assert "Cannot write /dev/full: No space left on device. The crawl stops (output failed)" in full.log
    assert "(output failed)" in full.log and "Traceback" not in full.log
    assert again.returncode == 0, again.log
    assert {item["url"] for item in again.articles} == articles == captured_urls(state)


def test_dash_o_appends_as_in_scrapy(tmp_path):
    routes, articles = demo_articles()
    appended = tmp_path / "app.jsonl"
    with MirrorServer(routes) as mirror:
        for run in ("run1", "run2"):
            result = run_crawl("cqn", tmp_path / run, "-s", "CRAWL_STATE=", "-s", f"CQN_BASE_URL={mirror.base_url}",
                               "-o", str(appended))
            assert result.returncode == 0, result.log
    urls = urls_in_files(appended)
    assert len(urls) == 2 * len(articles) and set(urls) == articles


def test_dash_capital_o_writes_every_article_each_run_and_leaves_the_state_alone(tmp_path):
    routes, articles = demo_articles()
    snapshot, state = tmp_path / "snapshot.jsonl", tmp_path / "state.sqlite3"
    with MirrorServer(routes) as mirror:
        mirrored = ("-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}")
        first = run_crawl("cqn", tmp_path / "run1", *mirrored)
        for run in ("run2", "run3"):
            result = run_crawl("cqn", tmp_path / run, *mirrored, "-O", str(snapshot))
            assert result.returncode == 0, result.log
            assert sorted(urls_in_files(snapshot)) == sorted(articles)

    assert {item["url"] for item in first.articles} == articles == captured_urls(state)


def test_whatever_the_runs_every_captured_article_is_in_an_output_file(tmp_path):
    routes, _ = demo_articles()
    state, appended, snapshot = tmp_path / "state.sqlite3", tmp_path / "app.jsonl", tmp_path / "snapshot.jsonl"
    with MirrorServer(routes) as mirror:
        mirrored = ("-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}")
        run_crawl("cqn", tmp_path / "out", *mirrored, "-a", "max_articles=5", "-o", str(appended))
        run_crawl("cqn", tmp_path / "out", *mirrored, "-O", str(snapshot))
        run_crawl("cqn", tmp_path / "out", *mirrored, "-a", "max_articles=7")
        run_crawl("cqn", tmp_path / "out", *mirrored, "-O", str(snapshot), "-a", "max_articles=1")
        run_crawl("cqn", tmp_path / "out", *mirrored)

    written = set(urls_in_files(appended, *(tmp_path / "out").glob("articles-*.jsonl")))
    assert captured_urls(state) <= written
    assert len(captured_urls(state)) > 12


def test_a_run_that_writes_nothing_leaves_no_articles_file(tmp_path):
    routes, _ = demo_articles()
    state = tmp_path / "state.sqlite3"
    with MirrorServer(routes) as mirror:
        for _ in range(2):
            run_crawl("cqn", tmp_path / "out", "-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}")
    assert len(list((tmp_path / "out").glob("articles-*.jsonl"))) == 1


def test_two_spiders_started_together_into_one_directory_keep_all_their_articles(tmp_path):
    sites = demo_sites(30)
    output = tmp_path / "out"
    with MirrorServer(sites["cqn.com.cn"].routes) as cqn, MirrorServer(sites["315online.com"].routes) as online315:
        crawls = [subprocess.Popen(crawl_command(spider, output, "-s", "CRAWL_STATE=", "-s", f"{setting}={mirror.base_url}"),
                                   cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                  for spider, setting, mirror in (("cqn", "CQN_BASE_URL", cqn), ("315online", "ONLINE315_BASE_URL", online315))]
        assert [crawl.wait(timeout=300) for crawl in crawls] == [0, 0]

    written = collect(output, 0, "").articles
    assert sorted(item["url"] for item in written) == sorted(article.url for site in sites.values()
                                                             for article in site.articles)


def test_a_run_started_beside_another_with_the_same_state_leaves_the_other_s_files_alone(tmp_path):
    # Two cron lines, one per spider, over one crawl state and one output directory: the second run
    # starts while the first is writing, and must take none of the first's files for a killed run's.
    sites = demo_sites(30)
    output, state = tmp_path / "out", tmp_path / "state.sqlite3"
    with MirrorServer(sites["cqn.com.cn"].routes, delay=0.5) as cqn, MirrorServer(sites["315online.com"].routes) as online315:
        command = crawl_command("cqn", output, "-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={cqn.base_url}")
        first = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while not list(output.glob("articles-cqn-*.jsonl.part")) and time.monotonic() < deadline:
            time.sleep(0.1)
        second = run_crawl("315online", output, "-s", f"CRAWL_STATE={state}", "-s", f"ONLINE315_BASE_URL={online315.base_url}")
        assert first.wait(timeout=300) == 0

    assert second.returncode == 0, second.log
    assert "Recovered" not in second.log
    written = [item["url"] for item in collect(output, 0, "").articles]
    every_article = {article.url for site in sites.values() for article in site.articles}
    assert sorted(written) == sorted(every_article)
    assert not list(output.glob("*.part"))
    assert captured_urls(state) == every_article
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT * FROM outputs").fetchall() == []
