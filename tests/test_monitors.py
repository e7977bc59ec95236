"""Crawl health: a redesigned site still yields its articles, and the monitors say so loudly."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import PROJECT, run_crawl

from crawler.mirror import MirrorServer, Route, demo_sites

MONITORS_FAILED = 3


def test_redesigned_site_is_still_crawled_and_raises_the_alert(tmp_path):
    site = demo_sites(90, redesign=True)["cqn.com.cn"]
    with MirrorServer(site.routes) as mirror:
        result = run_crawl("cqn", tmp_path, "-s", f"CQN_BASE_URL={mirror.base_url}")

    assert sorted(item["url"] for item in result.articles) == sorted(article.url for article in site.articles)
    layouts = [item["metadata"]["layout"] for item in result.articles]
    assert layouts.count("generic") >= 0.9 * len(layouts)  # (a few saved pages spell their hooks otherwise)
    assert result.returncode == MONITORS_FAILED
    alerts = [line for line in result.log.splitlines() if "ALERT:" in line]
    assert len(alerts) == 1 and "Generic extractor share" in alerts[0]


def test_a_crawl_that_writes_nothing_raises_the_alert(tmp_path):
    with MirrorServer({"/": Route(b"<html><body><p>\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\xad</p></body></html>")}) as mirror:
        result = run_crawl("cqn", tmp_path, "-s", f"CQN_BASE_URL={mirror.base_url}")
    assert result.articles == [] and result.returncode == MONITORS_FAILED
    assert "ALERT: crawl cqn failed" in result.log and "Articles found" in result.log


def test_report_prints_coverage_and_counts_per_day_and_section(tmp_path):
    site = demo_sites(90)["cqn.com.cn"]
    with MirrorServer(site.routes) as mirror:
        result = run_crawl("cqn", tmp_path, "-s", f"CQN_BASE_URL={mirror.base_url}")
    assert result.returncode == 0, result.log
    files = sorted(str(path) for path in tmp_path.glob("articles-*.jsonl"))
    done = subprocess.run([sys.executable, "-m", "crawler.report", *files], cwd=PROJECT, capture_output=True,
                          text=True, check=True)
    assert f"articles {len(site.articles)}" in done.stdout
    assert "coverage: headline 1.000" in done.stdout
    per_section = json.loads(done.stdout.split("per section: ", 1)[1].splitlines()[0])
    assert sum(per_section.values()) == len(site.articles) and per_section["zj"] > 0
    assert "per day:" in done.stdout
