"""Nothing lost: OUTPUT_DIR's articles files are the one record of what was captured, whatever -o/-O
say; -o/-O are exports (copies) in any of Scrapy's feed formats, valid after every run, never read
back; an output that cannot be written stops the crawl, and the counts say what is on disk."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
import time
from xml.etree import ElementTree

import pytest

from crawler.mirror import MirrorServer, demo_sites
from helpers import PROJECT, closed_port, collect, crawl_command, read_jsonl, run_crawl

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


def test_an_export_that_cannot_be_written_fails_the_run_and_loses_no_article(tmp_path):
    routes, articles = demo_articles()
    state = tmp_path / "state.sqlite3"
    with MirrorServer(routes) as mirror:
        # /dev/full takes the file open and refuses every write: No space left on device.
        full = run_crawl("cqn", tmp_path / "out", "-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}",
                         "-o", "/dev/full:jsonl")

    assert full.returncode == CRAWL_FAILED
    assert f"Cannot write the export /dev/full: No space left on device. The articles are in {tmp_path / 'out'}" in full.log
    assert "Traceback" not in full.log
    assert {item["url"] for item in full.articles} == articles == captured_urls(state)
    assert read_jsonl(tmp_path / "out" / "runs.jsonl")[0]["status"] == "failed"


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


# -- one source of truth: OUTPUT_DIR's articles files; -o/-O are exports, never read back ----------


def output_dir_urls(output_dir) -> list[str]:
    return [item["url"] for path in sorted(output_dir.glob("articles-*.jsonl")) for item in read_jsonl(path)]


def test_an_export_overwritten_with_fewer_articles_loses_none_of_them(tmp_path):
    # The case: -o all.jsonl (every article), -O all.jsonl -a max_articles=3, -o all.jsonl.
    routes, articles = demo_articles()
    state, export, output = tmp_path / "state.sqlite3", tmp_path / "all.jsonl", tmp_path / "out"
    with MirrorServer(routes) as mirror:
        mirrored = ("-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}")
        runs = [run_crawl("cqn", output, *mirrored, "-o", str(export)),
                run_crawl("cqn", output, *mirrored, "-O", str(export), "-a", "max_articles=3"),
                run_crawl("cqn", output, *mirrored, "-o", str(export))]
        export.write_text("edited by hand\n")  # an export is the user's: the state never reads it
        last = run_crawl("cqn", output, *mirrored, "-a", "refresh=1")

    assert [run.returncode for run in runs + [last]] == [0, 0, 0, 0], [run.log[-2000:] for run in runs]
    assert sorted(output_dir_urls(output)) == sorted(articles)  # each once, in OUTPUT_DIR
    assert captured_urls(state) == articles


@pytest.mark.parametrize("fmt", ["jsonl", "jsonlines", "csv"])
def test_dash_o_appends_a_valid_file_in_the_formats_that_allow_it(tmp_path, fmt):
    routes, articles = demo_articles()
    export = tmp_path / f"out.{fmt}"
    with MirrorServer(routes) as mirror:
        runs = [run_crawl("cqn", tmp_path / f"run{number}", "-s", "CRAWL_STATE=", "-s", f"CQN_BASE_URL={mirror.base_url}",
                          "-o", f"{export}:{fmt}") for number in range(3)]
    assert [run.returncode for run in runs] == [0, 0, 0]
    assert not any("Traceback" in run.log for run in runs)
    urls = exported_urls(export, fmt)
    assert len(urls) == 3 * len(articles) and set(urls) == articles
    if fmt == "csv":
        assert export.read_text(encoding="utf-8").count("url,canonicalUrl,site,headline") == 1


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_dash_o_in_a_format_that_cannot_be_appended_to_is_refused_before_the_crawl(tmp_path, fmt):
    export = tmp_path / f"out.{fmt}"
    done = subprocess.run(crawl_command("cqn", tmp_path, "-o", str(export), "-s", f"CQN_BASE_URL=http://127.0.0.1:{closed_port()}"),
                          cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if "error" in line.lower()]
    assert errors == [f"scrapy crawl: error: -o {export}: a {fmt} file appended to is no longer valid {fmt}: give -O {export} "
                      "(replaced by each run's articles), or -o with a .jsonl or .csv file"]
    assert not export.exists() and "Spider opened" not in done.stderr


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "jsonl"])
def test_dash_capital_o_writes_a_valid_file_of_each_run_s_articles(tmp_path, fmt):
    routes, articles = demo_articles()
    export, state, output = tmp_path / f"out.{fmt}", tmp_path / "state.sqlite3", tmp_path / "out"
    with MirrorServer(routes) as mirror:
        mirrored = ("-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}")
        first = run_crawl("cqn", output, *mirrored, "-O", str(export))
        assert first.returncode == 0 and "Traceback" not in first.log, first.log[-3000:]
        assert sorted(exported_urls(export, fmt)) == sorted(articles)
        second = run_crawl("cqn", output, *mirrored, "-O", str(export))  # nothing new: an export of no article
    assert second.returncode == 0 and "Traceback" not in second.log
    assert exported_urls(export, fmt) == []
    assert sorted(output_dir_urls(output)) == sorted(articles) and captured_urls(state) == articles


def test_the_summary_and_runs_jsonl_count_the_articles_on_disk_when_a_write_fails(tmp_path):
    routes, _ = demo_articles()
    output, state = tmp_path / "out", tmp_path / "state.sqlite3"
    with MirrorServer(routes) as mirror:
        command = [sys.executable, str(PROJECT / "tests" / "faulty_writer.py"), "full:40000",
                   *crawl_command("cqn", output, "-s", f"CRAWL_STATE={state}", "-s", f"CQN_BASE_URL={mirror.base_url}",
                                  "-O", str(tmp_path / "export.csv"))[2:]]
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
    on_disk = output_dir_urls(output)
    assert done.returncode == CRAWL_FAILED, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert 0 < len(on_disk) < 30
    assert f"SUMMARY: Crawl cqn (output failed): {len(on_disk)} articles written" in done.stderr
    (record,) = read_jsonl(output / "runs.jsonl")
    assert record["articlesWritten"] == len(on_disk) and record["status"] == "failed"
    assert captured_urls(state) == set(on_disk)
    assert sorted(exported_urls(tmp_path / "export.csv", "csv")) == sorted(on_disk)  # a copy of what is on disk


def exported_urls(path, fmt: str) -> list[str]:
    """The URLs of an export, read as its format (which fails if the file is no valid one)."""
    if fmt == "json":
        return [item["url"] for item in json.loads(path.read_text(encoding="utf-8"))]
    if fmt == "xml":
        return [item.findtext("url") for item in ElementTree.parse(path).getroot().findall("item")]
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as file:
            return [row["url"] for row in csv.DictReader(file)]
    return [item["url"] for item in read_jsonl(path)]
