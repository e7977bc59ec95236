"""Scheduled re-runs: only what is new is fetched, changed articles come back as new revisions, and
a run killed at any moment loses nothing and writes nothing twice."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from crawler.mirror import MirrorServer, demo_sites, revised
from helpers import PROJECT, collect, crawl_command, run_crawl

BEIJING = timezone(timedelta(hours=8))


def new_site():
    return demo_sites(90)["cqn.com.cn"]


def every_line_whole(output_dir) -> None:
    assert not list(output_dir.glob("*.part")), "a file in progress was left behind"
    for path in output_dir.glob("*.jsonl"):
        data = path.read_bytes()
        assert not data or data.endswith(b"\n"), f"{path.name} ends in a torn line"
        for line in data.splitlines():
            json.loads(line)


def test_reruns_fetch_only_what_is_new_and_write_changed_articles_as_revisions(tmp_path):
    site = new_site()
    state = f"CRAWL_STATE={tmp_path / 'state.sqlite3'}"
    with MirrorServer(site.routes) as mirror:
        mirrored = ("-s", f"CQN_BASE_URL={mirror.base_url}", "-s", state)
        first = run_crawl("cqn", tmp_path / "run1", *mirrored)
        second = run_crawl("cqn", tmp_path / "run2", *mirrored)

        changed = sorted((article for article in site.articles if "/content/content_" not in article.url
                          and "content_9000" in article.url), key=lambda article: article.published)[-3:]
        for article in changed:
            site.routes[urlsplit(article.url).path].body = revised(article.page)
        days = (datetime.now(BEIJING).date() - min(article.published for article in changed)).days + 1
        third = run_crawl("cqn", tmp_path / "run3", *mirrored, "-a", f"recheck_days={days}")

    assert first.returncode == second.returncode == third.returncode == 0
    assert sorted(item["url"] for item in first.articles) == sorted(article.url for article in site.articles)
    assert {item["metadata"]["revision"] for item in first.articles} == {1}

    assert second.articles == []
    assert second.stats.get("articles/downloaded", 0) == 0
    assert second.stats.get("state/skipped", 0) == len(site.articles)  # each once, however many pages link to it

    assert sorted(item["url"] for item in third.articles) == sorted(article.url for article in changed)
    assert {item["metadata"]["revision"] for item in third.articles} == {2}
    assert all("更正" in item["articleBody"] for item in third.articles)
    # the articles rechecked and unchanged answered 304 to a conditional request
    assert third.stats.get("state/not_modified", 0) >= 1


def test_refresh_fetches_everything_again_and_writes_nothing_unchanged(tmp_path):
    site = new_site()
    with MirrorServer(site.routes) as mirror:
        mirrored = ("-s", f"CQN_BASE_URL={mirror.base_url}", "-s", f"CRAWL_STATE={tmp_path / 'state.sqlite3'}")
        run_crawl("cqn", tmp_path / "run1", *mirrored)
        again = run_crawl("cqn", tmp_path / "run2", *mirrored, "-a", "refresh=1")
    assert again.returncode == 0 and again.articles == []
    assert again.stats.get("state/skipped", 0) == 0


def lines_in(path_glob) -> int:
    return sum(path.read_bytes().count(b"\n") for path in path_glob)


def test_a_run_killed_halfway_loses_nothing_and_writes_nothing_twice(tmp_path):
    site = new_site()
    output = tmp_path / "out"
    state = f"CRAWL_STATE={tmp_path / 'state.sqlite3'}"
    with MirrorServer(site.routes, delay=0.05) as slow:
        command = crawl_command("cqn", output, "-s", f"CQN_BASE_URL={slow.base_url}", "-s", state)
        crawl = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while lines_in(output.glob("articles-*.part")) < len(site.articles) // 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        crawl.send_signal(signal.SIGKILL)
        crawl.wait()
    assert list(output.glob("articles-*.jsonl.part")), "the run was not killed while writing"

    with MirrorServer(site.routes) as mirror:
        rerun = run_crawl("cqn", output, "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", state)

    assert rerun.returncode == 0, rerun.log
    every_line_whole(output)
    written = Counter((item["url"], item["metadata"]["revision"]) for item in collect(output, 0, "").articles)
    assert {url for url, _ in written} == {article.url for article in site.articles}
    assert max(written.values()) == 1, [key for key, count in written.items() if count > 1]


def test_pause_and_resume_with_jobdir(tmp_path):
    site = new_site()
    output, jobdir = tmp_path / "out", tmp_path / "job"
    state = f"CRAWL_STATE={tmp_path / 'state.sqlite3'}"
    with MirrorServer(site.routes, delay=0.05) as slow:
        command = crawl_command("cqn", output, "-s", f"CQN_BASE_URL={slow.base_url}", "-s", state, "-s", f"JOBDIR={jobdir}")
        crawl = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while lines_in(output.glob("articles-*.part")) < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        crawl.send_signal(signal.SIGINT)  # Ctrl-C: Scrapy stops cleanly and keeps its queue in JOBDIR
        assert crawl.wait(timeout=120) == 130  # stopped, not done: cron and systemd must not read success
        port = slow.httpd.server_address[1]

    with MirrorServer(site.routes, port) as mirror:  # the queue holds requests for the mirror's address
        resumed = run_crawl("cqn", output, "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", state, "-s", f"JOBDIR={jobdir}")

    assert resumed.returncode == 0, resumed.log
    every_line_whole(output)
    assert len(list(output.glob("articles-*.jsonl"))) == 2
    urls = Counter(item["url"] for item in collect(output, 0, "").articles)
    assert set(urls) == {article.url for article in site.articles} and max(urls.values()) == 1


def test_a_crawl_stopped_by_sigterm_exits_143_and_keeps_what_it_wrote(tmp_path):
    site = new_site()
    output = tmp_path / "out"
    state = tmp_path / "state.sqlite3"
    with MirrorServer(site.routes, delay=0.05) as slow:
        command = crawl_command("cqn", output, "-s", f"CQN_BASE_URL={slow.base_url}", "-s", f"CRAWL_STATE={state}")
        crawl = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while lines_in(output.glob("articles-*.part")) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        crawl.send_signal(signal.SIGTERM)  # systemctl stop, docker stop
        assert crawl.wait(timeout=120) == 143

    every_line_whole(output)
    (run,) = [json.loads(line) for line in (output / "runs.jsonl").read_text().splitlines()]
    written = collect(output, 0, "").articles
    assert run["status"] == "stopped" and run["articlesWritten"] == len(written) > 0
