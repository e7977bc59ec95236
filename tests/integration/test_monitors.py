"""Crawl health: a redesigned site still yields its articles, and the monitors say so loudly."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from crawler.mirror import MirrorServer, Route, demo_sites
from helpers import PROJECT, closed_port, crawl_command, run_crawl

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
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"== cqn.com.cn: articles {len(site.articles)},")
    assert "  headline              1.000" in lines
    sections = lines[lines.index("  section       articles") + 1:]
    sections = {line.split()[0]: int(line.split()[1]) for line in sections[:sections.index("")]}
    assert sum(sections.values()) == len(site.articles) and sections["zj"] > 0
    assert any(line.startswith("  published   articles") for line in lines)


def demo_site():
    return demo_sites(90)["cqn.com.cn"]


def test_a_max_articles_crawl_raises_no_alarm(tmp_path):
    with MirrorServer(demo_site().routes) as mirror:
        result = run_crawl("cqn", tmp_path, "-s", f"CQN_BASE_URL={mirror.base_url}", "-a", "max_articles=2")
    assert result.returncode == 0, result.log
    assert len(result.articles) == 2 and "ALERT" not in result.log


def test_a_date_window_crawl_raises_no_alarm_and_counts_no_filtered_page_as_rejected(tmp_path):
    site = demo_site()
    days = sorted(article.published for article in site.articles)
    since, until = days[len(days) // 3], days[2 * len(days) // 3]
    with MirrorServer(site.routes) as mirror:
        result = run_crawl("cqn", tmp_path, "-s", f"CQN_BASE_URL={mirror.base_url}",
                           "-a", f"since={since}", "-a", f"until={until}")
    assert result.returncode == 0, result.log
    assert result.articles and "ALERT" not in result.log
    assert all(since.isoformat() <= item["datePublished"][:10] <= until.isoformat() for item in result.articles
               if item["datePublished"])
    assert result.stats["health/rejected_share"] <= 0.01


def test_an_unchanged_incremental_run_with_a_dead_link_raises_no_alarm_and_skips_the_dead_link(tmp_path):
    site = demo_site()
    state = f"CRAWL_STATE={tmp_path / 'state.sqlite3'}"
    dead = "/zj/content/2001-01/01/content_2.htm"
    with MirrorServer(site.routes) as mirror:
        first = run_crawl("cqn", tmp_path / "run1", "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", state)
        mirror.requested.clear()
        second = run_crawl("cqn", tmp_path / "run2", "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", state)
        assert dead not in mirror.requested

    assert first.returncode == 0, first.log
    assert second.returncode == 0, second.log
    assert second.articles == [] and second.rejects == []
    summary = next(line for line in second.log.splitlines() if "SUMMARY: Crawl cqn (finished)" in line)
    assert f"{len(site.articles)} already captured" in summary and "1 known dead links not fetched again" in summary


def test_the_summary_shows_at_log_level_warning_and_each_run_is_recorded(tmp_path):
    with MirrorServer(demo_site().routes) as mirror:
        result = run_crawl("cqn", tmp_path, "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", "LOG_LEVEL=WARNING")
    assert "SUMMARY: Crawl cqn (finished):" in result.log and "INFO" not in result.log
    [run] = [json.loads(line) for line in (tmp_path / "runs.jsonl").read_text().splitlines()]
    assert run["status"] == "ok" and run["articlesWritten"] == len(result.articles)


def test_a_dead_server_raises_the_alert(tmp_path):
    result = run_crawl("cqn", tmp_path, "-s", f"CQN_BASE_URL=http://127.0.0.1:{closed_port()}")
    assert result.returncode == MONITORS_FAILED
    assert "ALERT: crawl cqn failed" in result.log and "Articles found" in result.log
    [run] = [json.loads(line) for line in (tmp_path / "runs.jsonl").read_text().splitlines()]
    assert run["status"] == "alert" and run["alerts"]


def test_the_real_site_with_the_placeholder_contact_gives_a_warning(tmp_path):
    # No mirror: the crawl is for the real site, but a proxy nobody listens on keeps it on this machine.
    proxy = f"http://127.0.0.1:{closed_port()}"
    environment = {**os.environ, "http_proxy": proxy, "https_proxy": proxy}
    done = subprocess.run(crawl_command("cqn", tmp_path, "-a", "urls=https://www.cqn.com.cn/zj/content/2021-09/08/content_1.htm"),
                          cwd=PROJECT, capture_output=True, text=True, timeout=120, env=environment)
    assert "CRAWLER_CONTACT is 'mailto:crawler-operator@example.org', which reaches no one" in done.stderr
    with MirrorServer(demo_site().routes) as mirror:
        mirrored = run_crawl("cqn", tmp_path / "mirrored", "-s", f"CQN_BASE_URL={mirror.base_url}", "-a", "max_articles=1")
    assert "CRAWLER_CONTACT" not in mirrored.log
