"""`python -m crawler.demo`, as a new user runs it, and its output as consumers read it."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import duckdb
import pytest

from helpers import PROJECT, STRICT_FORMATS, read_jsonl

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
