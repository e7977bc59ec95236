"""Whole-site crawls of the demo mirror: every article exactly once, and only what was asked for."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from urllib.parse import urlsplit

import pytest

from crawler.mirror import MIRROR_SETTING, SPIDER, MirrorServer, demo_sites
from helpers import PROJECT, assert_valid_article, read_jsonl, run_crawl

SITES = demo_sites(90)


def crawl_site(domain: str, output, *args: str):
    site = SITES[domain]
    with MirrorServer(site.routes) as mirror:
        result = run_crawl(SPIDER[domain], output, "-s", f"{MIRROR_SETTING[domain]}={mirror.base_url}", *args)
    return result, mirror.requested


def test_list_articles_prints_every_article_of_both_sites():
    done = subprocess.run([sys.executable, "-m", "crawler.mirror", "--list-articles"], cwd=PROJECT,
                          capture_output=True, text=True, check=True)
    listed = done.stdout.split()
    assert listed == [article.url for site in SITES.values() for article in site.articles]
    assert len(set(listed)) == len(listed) >= 60
    assert any("/news/" in url for url in listed) and any("/content/" in url for url in listed)


@pytest.mark.parametrize("domain", ["cqn.com.cn", "315online.com"])
def test_full_crawl_writes_every_article_exactly_once(domain, tmp_path):
    out = tmp_path / "articles.jsonl"
    result, requested = crawl_site(domain, tmp_path, "-O", str(out))

    assert result.returncode == 0, result.log
    items = read_jsonl(out)
    for item in items:
        assert_valid_article(item)
    urls = [item["url"] for item in items]
    assert len(urls) == len(set(urls)), "an article was written twice"
    assert sorted(urls) == sorted(article.url for article in SITES[domain].articles)
    # every request went to the mirror, none to the real site; robots.txt was obeyed
    assert result.stats["downloader/request_count"] == len(requested)
    assert not any(path.startswith("/search/") for path in requested)
    if domain == "cqn.com.cn":
        layouts = {item["url"]: item["metadata"]["layout"] for item in items}
        assert {layouts[url] for url in layouts if "/content/content_9" in url or "content_9000" in url} == {"cqn-2012"}
        assert {layouts[url] for url in layouts if "/news/" in url} == {"cqn-legacy"}
        dead = "https://www.cqn.com.cn/zj/content/2001-01/01/content_2.htm"
        assert result.rejects == [{"url": dead, "rejected": "fetch failed: HTTP 404"}]
        assert [line for line in result.log.splitlines() if dead in line] == [  # an expected dead link: one line
            line for line in result.log.splitlines() if line.endswith(f"WARNING: Rejected {dead}: fetch failed: HTTP 404")]
        assert " ERROR: " not in result.log
    else:
        assert result.rejects == []


def test_since_until_window_and_pagination_stop(tmp_path):
    since, until = date(2026, 9, 1), date(2026, 10, 15)
    result, requested = crawl_site("cqn.com.cn", tmp_path, "-a", f"since={since}", "-a", f"until={until}")

    assert result.returncode == 0, result.log
    expected = {article.url for article in SITES["cqn.com.cn"].articles if since <= article.published <= until}
    assert {item["url"] for item in result.articles} == expected
    for item in result.articles:
        assert since.isoformat() <= item["datePublished"][:10] <= until.isoformat()
    # articles the listings date outside the window are never fetched; the few the home page links
    # without a date are fetched, and rejected for their date
    fetched = {path for path in requested if "/content/" in path or re.search(r"/news/.+/\d+\.html$", path)}
    undated = fetched - {urlsplit(url).path for url in expected}
    assert len(undated) <= 2
    assert {urlsplit(item["url"]).path for item in result.rejects} == undated
    assert all(item["rejected"].startswith("outside date window: 2026-") for item in result.rejects)
    # a listing page entirely older than `since` ends its section's pagination
    last_pages = {path for path in SITES["cqn.com.cn"].routes if re.search(r"node_\d+_3\.htm$", path)}
    assert last_pages and not last_pages & set(requested)


def test_sections_and_max_articles(tmp_path):
    result, _ = crawl_site("cqn.com.cn", tmp_path / "zj", "-a", "sections=zj")
    assert result.returncode == 0, result.log
    assert result.articles and all(urlsplit(item["url"]).path.startswith("/zj/") for item in result.articles)
    assert {item["url"] for item in result.articles} == {
        article.url for article in SITES["cqn.com.cn"].articles if urlsplit(article.url).path.startswith("/zj/")}

    result, _ = crawl_site("cqn.com.cn", tmp_path / "five", "-a", "max_articles=5")
    assert result.returncode == 0, result.log
    assert len(result.articles) == 5
    assert "(max_articles)" in result.log


def test_max_articles_cancels_the_requests_in_flight_and_counts_none_of_them(tmp_path):
    """With the politeness delay, the downloader holds a queue of requests when the last article
    needed comes: they are cancelled, not fetched (how soon the crawl then ends: devtools.bench --stop)."""
    site = SITES["cqn.com.cn"]
    result, requested = crawl_site("cqn.com.cn", tmp_path, "-a", "max_articles=3", "-s", "DOWNLOAD_DELAY=0.2",
                                   "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    assert result.returncode == 0 and "(max_articles)" in result.log, result.log
    assert len(result.articles) == 3 and result.stats["articles/downloaded"] == 3
    assert result.stats["stop/cancelled"] + result.stats.get("stop/cut", 0) >= 1
    assert all(item["rejected"] != "fetch failed: IgnoreRequest" for item in result.rejects)
    failed = [item for item in result.rejects if item["rejected"].startswith("fetch failed")]
    assert result.stats.get("fetch_error/count", 0) == len(failed)
    # no article page was fetched beyond those written (and the dead link and the redirect met on the way)
    fetched_articles = {path for path in requested if site.routes.get(path) is not None and path in {
        urlsplit(article.url).path for article in site.articles}}
    assert fetched_articles == {urlsplit(item["url"]).path for item in result.articles}


def test_a_section_the_site_is_not_known_to_have_is_said_at_start_in_the_summary_and_in_the_alert(tmp_path):
    result, _ = crawl_site("cqn.com.cn", tmp_path, "-a", "sections=zz")
    assert result.returncode == 3 and result.articles == []
    lines = result.log.splitlines()
    warned = next(number for number, line in enumerate(lines) if "-a sections: zz not among the sections" in line)
    assert not any("Fetch" in line or "Progress" in line for line in lines[:warned])
    assert re.search(r"SUMMARY: Crawl cqn .*sections not known to the site: zz", result.log)
    assert re.search(r"ALERT: .*Articles found.*asked for sections the site is not known to have: zz", result.log)


def test_bad_spider_argument_is_a_clear_error(tmp_path):
    result, _ = crawl_site("cqn.com.cn", tmp_path, "-a", "since=yesterday")
    assert result.returncode != 0
    assert "give a date as YYYY-MM-DD" in result.log
