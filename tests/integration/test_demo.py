"""`python -m crawler.demo`, as a new user runs it, and its output as consumers read it."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import duckdb
import pytest

from helpers import PROJECT, STRICT_FORMATS, closed_port, crawl_command, read_jsonl

DATE_COLUMNS = ("datePublished", "dateDownloaded")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    output_dir = tmp_path_factory.mktemp("demo")
    done = subprocess.run([sys.executable, "-m", "crawler.demo", "--output-dir", str(output_dir)], cwd=PROJECT,
                          capture_output=True, text=True, timeout=600)
    return done, output_dir


def test_every_date_of_the_demo_is_strict_rfc3339_or_null(demo):
    _, output_dir = demo
    articles = [item for path in output_dir.glob("articles-*.jsonl") for item in read_jsonl(path)]
    assert len(articles) > 100
    for item in articles:
        for moment in (item["datePublished"], item["metadata"]["dateDownloaded"]):
            assert moment is None or STRICT_FORMATS.conforms(moment, "date-time"), (item["url"], moment)
            assert moment is None or datetime.fromisoformat(moment).second is not None
        assert (item["datePublished"] is None) == (item["datePublishedPrecision"] is None)
    assert {item["datePublishedPrecision"] for item in articles} >= {"day", "minute", "second"}


def test_duckdb_reads_every_date_as_a_timestamp_with_time_zone(demo):
    """A consumer's first look at the output: DuckDB's read_json_auto, with no schema given."""
    _, output_dir = demo
    relation = duckdb.sql(f"SELECT datePublished, metadata.dateDownloaded AS dateDownloaded "
                          f"FROM read_json_auto('{output_dir}/articles-*.jsonl')")
    assert dict(zip(relation.columns, map(str, relation.types), strict=True)) == \
        dict.fromkeys(DATE_COLUMNS, "TIMESTAMP WITH TIME ZONE")
    assert duckdb.sql("SELECT count(datePublished) FROM relation").fetchall()[0][0] > 100


def test_the_demo_says_what_matters_in_at_most_40_lines(demo):
    done, output_dir = demo
    assert done.returncode == 0, done.stdout + done.stderr
    lines = (done.stdout + done.stderr).splitlines()
    assert len(lines) <= 40, "\n".join(lines)
    for chatter in ("Scrapy 2", "Versions", "Overridden settings", "Enabled ", "Dumping Scrapy stats", "Spider opened"):
        assert not any(chatter in line for line in lines), chatter
    for spider in ("cqn", "315online"):
        assert sum(f"INFO: Crawl {spider}: " in line for line in lines) == 1  # the start line
        assert sum(f"SUMMARY: Crawl {spider} (finished)" in line for line in lines) == 1
    # the deliberate dead link: one line, a warning, no error
    assert [line.split("] ", 1)[1] for line in lines if "content_2.htm" in line] == [
        "WARNING: Rejected https://www.cqn.com.cn/zj/content/2001-01/01/content_2.htm: fetch failed: HTTP 404"]
    runs = read_jsonl(output_dir / "runs.jsonl")
    assert all(run["stats"]["downloader/request_count"] > 0 and "start_time" in run["stats"] for run in runs)


def test_debug_shows_what_scrapy_says(tmp_path):
    command = crawl_command("cqn", tmp_path, "-s", "LOG_LEVEL=DEBUG", "-s", f"CQN_BASE_URL=http://127.0.0.1:{closed_port()}",
                            "-a", "max_articles=1")
    log = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120).stderr
    for said in ("Scrapy 2", "Versions", "Overridden settings", "Enabled item pipelines", "Dumping Scrapy stats"):
        assert said in log
