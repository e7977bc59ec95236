"""Arguments checked up front: a bad spider argument is one line and exit status 2, before any
request; the command-line tools say a missing or malformed input in one line and go on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from crawler.mirror import MirrorServer, demo_sites
from devtools.labelled import FIXTURES
from helpers import PROJECT, WITHOUT_MONITORS, closed_port, comparable, crawl_command, run_crawl

USAGE_ERROR = 2


@pytest.mark.parametrize("argument, said", [
    ("max_articles=abc", "-a max_articles=abc: give a whole number of at least 1"),
    ("max_articles=0", "-a max_articles=0: give a whole number of at least 1"),
    ("max_articles=-1", "-a max_articles=-1: give a whole number of at least 1"),
    ("since=2026-13-45", "-a since=2026-13-45: give a date as YYYY-MM-DD"),
    ("until=yesterday", "-a until=yesterday: give a date as YYYY-MM-DD"),
    ("recheck_days=abc", "-a recheck_days=abc: give a whole number of at least 0"),
    ("url_file=/no/such/file", "-a url_file=/no/such/file: cannot read it (No such file or directory)"),
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


# -- setup errors: every path a run is given fails in one line, before any request ---------------------

@pytest.mark.parametrize("setting, said", [
    ("CRAWL_STATE={blocked}/state.sqlite3", "cannot open the crawl state: {blocked}: File exists"),
    ("JOBDIR={blocked}/job", "cannot write the crawl's output: {blocked}/job: Not a directory"),
    ("ARCHIVE_DIR={blocked}/archive", "cannot write the crawl's output: {blocked}/archive: Not a directory"),
    ("OUTPUT_DIR={blocked}/out", "cannot write the crawl's output: {blocked}/out: Not a directory"),
])
def test_a_path_setting_that_cannot_be_used_is_one_line_and_exit_status_1_before_any_request(tmp_path, setting, said):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    command = crawl_command("cqn", tmp_path / "out", "-s", setting.format(blocked=blocked),
                            "-s", f"CQN_BASE_URL=http://127.0.0.1:{closed_port()}")
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if "error" in line.lower()]
    assert len(errors) == 1 and errors[0].startswith(f"scrapy crawl: error: {said.format(blocked=blocked)}"), done.stderr
    assert "Traceback" not in done.stderr and "Spider opened" not in done.stderr


@pytest.mark.parametrize("arguments, status, said", [
    (["--archive", "{tmp}/no-such-dir"], 1, "--archive {tmp}/no-such-dir: no such file or directory"),
    (["--archive", "{tmp}"], 1, "--archive {tmp}: no WARC file (*.warc.gz) there"),
    (["--manifest", "{tmp}/no-such.jsonl"], 1, "--manifest {tmp}/no-such.jsonl: cannot read it (No such file or directory)"),
    (["--archive", "{tmp}", "-o", "{tmp}/all.json"], 2, "-o {tmp}/all.json: a json file appended to is no longer valid"),
    (["--archive", "{tmp}", "-O", "{tmp}/a-file/all.json"], 1, "cannot write the crawl's output: {tmp}/a-file: "),
])
def test_extract_says_an_input_or_output_it_cannot_use_in_one_line(tmp_path, arguments, status, said):
    (tmp_path / "a-file").write_text("not a directory")
    done = subprocess.run([sys.executable, "-m", "crawler.extract", *(arg.format(tmp=tmp_path) for arg in arguments),
                           "-s", f"OUTPUT_DIR={tmp_path / 'out'}"],
                          cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == status
    assert done.stderr.splitlines()[0].startswith(f"python -m crawler.extract: error: {said.format(tmp=tmp_path)}"), done.stderr
    assert len(done.stderr.splitlines()) == 1 and done.stdout == ""


def test_bench_on_a_directory_without_pages_is_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "devtools.bench", "--pages", str(tmp_path)], cwd=PROJECT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == f"python -m devtools.bench: error: --pages {tmp_path}: no saved pages (*.htm, *.html) there\n"


# -- batches: a bad line is that line's rejection, the other lines give what they give alone ------------

def test_a_bad_line_of_urls_or_url_file_is_its_rejection_and_the_others_are_crawled(tmp_path):
    site = demo_sites(5)["cqn.com.cn"]
    good = [article.url for article in site.articles[:2]]
    url_file = tmp_path / "urls.txt"
    url_file.write_text(f"{good[1]}\n//www.cqn.com.cn/zj/content/2021-09/08/content_1.htm\n")
    with MirrorServer(site.routes) as mirror:
        done = run_crawl("cqn", tmp_path / "out", "-s", "CRAWL_STATE=", "-s", f"CQN_BASE_URL={mirror.base_url}",
                         *WITHOUT_MONITORS, "-a", f"urls=not a url,{good[0]}", "-a", f"url_file={url_file}")
    assert done.returncode == 0, done.log[-3000:]
    assert sorted(item["url"] for item in done.articles) == sorted(good)
    assert {item["url"]: item["rejected"] for item in done.rejects} == {
        "not a url": "bad URL: 'not a url' is not an absolute http(s) URL",
        "//www.cqn.com.cn/zj/content/2021-09/08/content_1.htm":
            "bad URL: '//www.cqn.com.cn/zj/content/2021-09/08/content_1.htm' is not an absolute http(s) URL (it has no scheme)"}


def test_a_manifest_line_without_a_scheme_is_its_rejection_and_the_other_pages_give_their_items(tmp_path):
    pages = sorted((FIXTURES / "pages").glob("*.html"))[:3]
    lines = [{"file": str(page), "url": f"https://www.example.org/{page.name}"} for page in pages]
    alone = tmp_path / "alone.jsonl"
    alone.write_text("".join(json.dumps(line) + "\n" for line in lines))
    with_bad = tmp_path / "with-bad.jsonl"
    with_bad.write_text(json.dumps({"file": str(pages[0]), "url": "//www.example.org/a.html"}) + "\n" + alone.read_text())

    def extract(manifest):
        done = subprocess.run([sys.executable, "-m", "crawler.extract", "--manifest", str(manifest)], cwd=PROJECT,
                              capture_output=True, text=True, timeout=120)
        assert "Traceback" not in done.stderr
        return [comparable(json.loads(line)) for line in done.stdout.splitlines()]

    expected, got = extract(alone), extract(with_bad)
    assert all("headline" in item for item in expected)
    assert got[0] == {"url": "//www.example.org/a.html",
                      "rejected": "bad manifest line: line 1: '//www.example.org/a.html' is not an absolute http(s) URL "
                                  "(it has no scheme)"}
    assert got[1:] == expected
