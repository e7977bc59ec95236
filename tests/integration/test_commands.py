"""Arguments checked up front: a bad spider argument is one line and exit status 2, before any
request; the command-line tools say a missing or malformed input in one line and go on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from devtools.labelled import FIXTURES
from helpers import PROJECT, closed_port, crawl_command

USAGE_ERROR = 2


@pytest.mark.parametrize("argument, said", [
    ("max_articles=abc", "-a max_articles=abc: give a whole number of at least 1"),
    ("max_articles=0", "-a max_articles=0: give a whole number of at least 1"),
    ("max_articles=-1", "-a max_articles=-1: give a whole number of at least 1"),
    ("since=2026-13-45", "-a since=2026-13-45: give a date as YYYY-MM-DD"),
    ("until=yesterday", "-a until=yesterday: give a date as YYYY-MM-DD"),
    ("recheck_days=abc", "-a recheck_days=abc: give a whole number of at least 0"),
    ("url_file=/no/such/file", "-a url_file=/no/such/file: cannot read it (No such file or directory)"),
    ("urls=www.cqn.com.cn/zj", "-a urls: 'www.cqn.com.cn/zj' is not an http(s) URL"),
    ("refresh=maybe", "-a refresh=maybe: give 1 or 0"),
    ("max_article=100", "-a max_article: unknown argument; the arguments are max_articles, recheck_days, refresh,"),
])
def test_a_bad_spider_argument_is_one_line_and_exit_status_2(argument, said, tmp_path):
    # A mirror nobody listens on: had the crawl started, its requests would fail, not reach the internet.
    command = crawl_command("cqn", tmp_path, "-a", argument, "-s", f"CQN_BASE_URL=http://127.0.0.1:{closed_port()}")
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == USAGE_ERROR
    assert done.stdout == "" and len(done.stderr.splitlines()) == 1, done.stderr  # nothing before it, no banner
    assert done.stderr.startswith(f"scrapy crawl: error: {said}"), done.stderr


@pytest.mark.parametrize("arguments, said", [
    (["-a", "sinse=2026-01-01"], "-a sinse: unknown argument; the arguments are max_articles,"),
    (["-a", "since"], "Invalid -a value, use -a NAME=VALUE"),
    (["-s", "DOWNLOAD_DELAY=abc"], "-s DOWNLOAD_DELAY=abc: give a number"),
    (["-s", "CONCURRENT_REQUESTS=many"], "-s CONCURRENT_REQUESTS=many: give a whole number"),
    (["-s", "ROBOTSTXT_OBEY=maybe"], "-s ROBOTSTXT_OBEY=maybe: give 1 or 0"),
    (["-s", "MONITOR_MIN_COVERAGE=headline"], "-s MONITOR_MIN_COVERAGE=headline: give a JSON object"),
    (["-s", "LOG_LEVEL=LOUD"], "-s LOG_LEVEL=LOUD: give DEBUG, INFO, WARNING or ERROR"),
    (["-s", "DOWNLOAD_DELAY"], "Invalid -s value, use -s NAME=VALUE"),
])
def test_a_bad_argument_or_setting_is_one_line_with_nothing_before_it(arguments, said, tmp_path):
    """As a user types it (no LOG_LEVEL): nothing before the line, nothing written."""
    command = [sys.executable, "-m", "scrapy", "crawl", "cqn", *arguments, "-s", f"OUTPUT_DIR={tmp_path / 'output'}",
               "-s", f"CQN_BASE_URL=http://127.0.0.1:{closed_port()}"]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr.splitlines()[1:]) == (USAGE_ERROR, "", []), done.stderr
    assert done.stderr.startswith(f"scrapy crawl: error: {said}")
    assert not (tmp_path / "output").exists()


def test_an_unknown_spider_is_one_line_and_exit_status_2(tmp_path):
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "cqnn"], cwd=PROJECT, capture_output=True,
                          text=True, timeout=120)
    assert (done.returncode, done.stderr) == (USAGE_ERROR, "scrapy crawl: error: unknown spider 'cqnn'; "
                                                           "the spiders are 315online, cqn\n")


def test_since_after_until_is_a_usage_error(tmp_path):
    command = crawl_command("cqn", tmp_path, "-a", "since=2026-02-01", "-a", "until=2026-01-01")
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == USAGE_ERROR and "since must not be after until" in done.stderr


def test_report_says_a_missing_file_and_a_bad_line_in_one_line_each_and_reports_the_rest(tmp_path):
    good = tmp_path / "articles.jsonl"
    good.write_text(json.dumps({"url": "https://www.cqn.com.cn/zj/content/2021-09/08/content_1.htm",
                                "headline": "标题", "articleBody": "正文", "datePublished": "2021-09-08",
                                "metadata": {"layout": "cqn-2012", "revision": 1}}, ensure_ascii=False)
                    + "\nnot json\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "crawler.report", str(tmp_path / "missing.jsonl"), str(good)],
                          cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"{tmp_path / 'missing.jsonl'}: cannot read it (No such file or directory)",
                                        f"{good}:2: not an item of this crawler"]
    assert "articles 1," in done.stdout


def test_report_counts_an_article_once_across_runs(tmp_path):
    url = "https://www.cqn.com.cn/zj/content/2021-09/08/content_1.htm"
    for run, revision in (("1", 1), ("2", 2)):
        (tmp_path / f"articles-{run}.jsonl").write_text(json.dumps(
            {"url": url, "headline": "标题", "datePublished": "2021-09-08",
             "metadata": {"layout": "cqn-2012", "revision": revision}}) + "\n", encoding="utf-8")
    (tmp_path / "rejects-1.jsonl").write_text(json.dumps({"url": url, "rejected": "fetch failed: HTTP 500"}) + "\n")
    files = sorted(str(path) for path in tmp_path.glob("*.jsonl"))
    done = subprocess.run([sys.executable, "-m", "crawler.report", *files], cwd=PROJECT, capture_output=True,
                          text=True, timeout=120, check=True)
    assert "articles 1, rejected 0" in done.stdout


def test_extract_says_an_unreadable_page_and_a_bad_manifest_line_and_extracts_the_rest(tmp_path):
    page = FIXTURES / "pages" / "cqn-2021-09-08-content_8731350.html"
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("\n".join([json.dumps({"file": str(page), "url": "https://www.cqn.com.cn/zj/content/2021-09/08/content_8731350.htm"}),
                                   "{not json",
                                   json.dumps({"file": "missing.html", "url": "https://www.cqn.com.cn/a"})]) + "\n")
    done = subprocess.run([sys.executable, "-m", "crawler.extract", "--manifest", str(manifest)], cwd=PROJECT,
                          capture_output=True, text=True, timeout=120)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(lines) == 3 and lines[0]["headline"]
    assert lines[1]["rejected"].startswith("bad manifest line: line 2")
    assert lines[2] == {"url": "https://www.cqn.com.cn/a", "rejected": "unreadable file: No such file or directory"}
    assert len(done.stderr.splitlines()) == 2
