"""Real `scrapy crawl` runs against loopback servers: the labelled pages, and pages that go wrong."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from crawler.mirror import MirrorServer, Route, demo_sites
from crawler.sites import SITES, site_of
from devtools.labelled import fixture_pages
from helpers import WITHOUT_MONITORS, assert_valid_article, closed_port, comparable, run_crawl

CASES = fixture_pages()
# Crawls fetch mobile links at their www URL: mobile pages come only through crawler.extract.
CRAWLED_CASES = [case for case in CASES if case.fetched_url == case.url and case.is_article]


@pytest.mark.parametrize("site", SITES, ids=[site.spider for site in SITES])
def test_crawl_of_labelled_pages_writes_their_expected_items(site, loopback_site, tmp_path):
    cases = [case for case in CRAWLED_CASES if site_of(case.url) is site]
    mirror = loopback_site({urlsplit(case.url).path: Route(case.path.read_bytes()) for case in cases})
    url_file = tmp_path / "urls.txt"
    url_file.write_text("".join(case.url + "\n" for case in cases))

    result = run_crawl(site.spider, tmp_path / "out", "-a", f"url_file={url_file}",
                       "-s", f"{site.mirror_setting}={mirror.base_url}", *WITHOUT_MONITORS)

    assert result.returncode == 0, result.log
    assert result.rejects == []
    by_url = {item["url"]: item for item in result.articles}
    assert len(by_url) == len(result.articles) == len(cases)
    for case in cases:
        assert_valid_article(by_url[case.url])
        assert comparable(by_url[case.url]) == case.expected, case.name


def test_bad_pages_end_as_rejections_or_logged_fetch_errors(loopback_site, tmp_path):
    page = next(case for case in CASES if case.name.startswith("cqn-2021")).path.read_bytes()
    other_page = next(case for case in CASES if case.name.startswith("lab-cqn-zj-dianti")).path.read_bytes()
    third_page = next(case for case in CASES if case.name.startswith("lab-cqn-ms-ertong")).path.read_bytes()
    base = "/zj/content/2021-09/08/content_"
    routes = {
        base + "1.htm": Route(page),  # the one good page
        base + "2.htm": Route(b""),  # empty 200
        base + "3.htm": Route(third_page.replace(b"</body>", b"").replace(b"</html>", b"")),  # no end tags, whole
        base + "4.htm": Route(page, declared_length=len(page) + 500),  # transfer cut short
        base + "5.htm": Route(other_page.decode("utf-8").encode("gb18030"), content_type="text/html; charset=utf-8"),
        base + "6.htm": Route("<html><head><title>地方动态</title></head><body><ul><li><a href='/a'>标题一</a></li>"
                              "<li><a href='/b'>标题二</a></li></ul></body></html>".encode()),  # a listing
        base + "7.htm": Route(b"<html><body><div><p>" + "没有标题的一段正文，足够长。".encode() * 8
                              + b"</p></div></body></html>"),  # an article without a title: headed by its first words
        base + "9.htm": Route(b"server error", status=500, content_type="text/plain"),
    }  # content_8.htm is not served: 404
    site = loopback_site(routes)
    urls = [f"https://www.cqn.com.cn{base}{n}.htm" for n in range(1, 10)]
    refused = "http://315online.com/zhijian/local/1.html"

    result = run_crawl("cqn", tmp_path / "cqn", "-a", "urls=" + ",".join(urls), "-s", f"CQN_BASE_URL={site.base_url}",
                       *WITHOUT_MONITORS)
    refused_result = run_crawl("315online", tmp_path / "315", "-a", f"urls={refused}",
                               "-s", f"ONLINE315_BASE_URL=http://127.0.0.1:{closed_port()}", *WITHOUT_MONITORS)

    for crawl in (result, refused_result):
        assert crawl.returncode == 0, crawl.log
        assert "(finished)" in crawl.log
    outcome = {item["url"]: item["rejected"] for item in result.rejects + refused_result.rejects}
    written = {item["url"] for item in result.articles}
    # the good page, the one without end tags, the page in GB18030 that says UTF-8, the one without a title
    assert written == {urls[0], urls[2], urls[4], urls[6]}
    untitled = next(item for item in result.articles if item["url"] == urls[6])
    assert untitled["headline"] == "没有标题的一段正文，足够长。"
    assert untitled["metadata"]["headlineSource"] == "body's first words"
    assert outcome == {
        urls[1]: "not an article: empty page",
        urls[3]: "truncated page: the server sent less than the Content-Length it announced",
        urls[5]: "not an article: no article body",
        urls[7]: "fetch failed: HTTP 404",
        urls[8]: "fetch failed: HTTP 500",
        refused: outcome[refused],
    }
    assert outcome[refused].startswith("fetch failed") and "refused" in outcome[refused].lower()
    log = result.log + refused_result.log
    for url, reason in outcome.items():
        assert f"Rejected {url}: {reason}" in log
        assert sum(url in line for line in log.splitlines()) == 1, url  # one failure, one line


def test_default_output_files_and_dash_capital_o(loopback_site, tmp_path):
    case = next(case for case in CASES if case.name.startswith("cqn-2021"))
    path = urlsplit(case.url).path
    site = loopback_site({path: Route(case.path.read_bytes())})
    urls = "urls=" + ",".join([case.url, "https://www.cqn.com.cn/zj/content/2021-09/09/content_404.htm"])

    plain = run_crawl("cqn", tmp_path / "plain", "-a", urls, "-s", f"CQN_BASE_URL={site.base_url}", *WITHOUT_MONITORS)
    [articles_file] = (tmp_path / "plain").glob("articles-*.jsonl")
    [rejects_file] = (tmp_path / "plain").glob("rejects-*.jsonl")
    text = articles_file.read_text(encoding="utf-8")
    assert "\\u" not in text and case.expected["headline"] in text
    assert [item["url"] for item in plain.articles] == [case.url]
    assert [item["rejected"] for item in plain.rejects] == ["fetch failed: HTTP 404"]
    assert plain.stats["rejects/reason/fetch failed"] == 1

    single = tmp_path / "single.jsonl"
    dash_o = run_crawl("cqn", tmp_path / "dash-o", "-a", urls, "-s", f"CQN_BASE_URL={site.base_url}", "-O", str(single),
                       *WITHOUT_MONITORS)
    assert dash_o.returncode == 0, dash_o.log
    assert [json.loads(line)["url"] for line in single.read_text(encoding="utf-8").splitlines()] == [case.url]
    assert [item["url"] for item in dash_o.articles] == [case.url]  # OUTPUT_DIR's file is written all the same
    assert [item["rejected"] for item in dash_o.rejects] == ["fetch failed: HTTP 404"]


def test_a_crawl_writes_the_real_articles_and_not_the_pages_that_only_look_like_them(tmp_path):
    """A copy of the demo site where article URLs also serve a soft 404, an empty article template
    and a listing, and one article is served without its end tags."""
    site = demo_sites(30)["cqn.com.cn"]
    served_as_articles = {
        "/zj/content/2026-10/30/content_9900001.htm": "non-cqn-soft404-zj",
        "/zgzlb/content/2026-10/30/content_9900002.htm": "non-cqn-empty-article-zgzlb",
        "/ms/content/2026-10/30/content_9900003.htm": "non-cqn-listing-ms-node",
    }
    pages = {case.name: case for case in CASES}
    links = "".join(f'<a href="{path}">{name}</a>' for path, name in served_as_articles.items())
    site.routes["/"].body = site.routes["/"].body.replace(b"</body>", links.encode() + b"</body>")
    for path, name in served_as_articles.items():
        site.routes[path] = Route(pages[name].path.read_bytes())
    without_end_tags = next(article for article in site.articles if "/content/" in article.url)
    route = site.routes[urlsplit(without_end_tags.url).path]
    route.body = route.body.replace(b"</body>", b"").replace(b"</html>", b"")

    with MirrorServer(site.routes) as mirror:
        result = run_crawl("cqn", tmp_path, "-s", f"CQN_BASE_URL={mirror.base_url}", *WITHOUT_MONITORS)

    assert result.returncode == 0, result.log
    assert sorted(item["url"] for item in result.articles) == sorted(article.url for article in site.articles)
    rejected = {item["url"]: item["rejected"] for item in result.rejects}
    for path, name in served_as_articles.items():
        assert rejected[f"https://www.cqn.com.cn{path}"] == pages[name].expected["rejected"]


def test_a_listing_that_is_no_text_page_is_a_rejection(loopback_site, tmp_path):
    site = loopback_site({"/": Route(b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png")})
    result = run_crawl("cqn", tmp_path / "cqn", "-s", f"CQN_BASE_URL={site.base_url}", *WITHOUT_MONITORS)
    outcome = {item["url"]: item["rejected"] for item in result.rejects}
    assert outcome["https://www.cqn.com.cn/"] == "not a listing: not a text page (image/png)"
    assert "Traceback" not in result.log and "Spider error" not in result.log
