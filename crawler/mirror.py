"""`python -m crawler.mirror`: an offline demo copy of both sites on loopback, to crawl without internet.

cqn.com.cn is served on `--port` (default 8000) and 315online.com on the port after it, in the
shapes the real sites use: a home page, section listings with pagination (dated entries), an RSS
feed, articles of the current CMS (`content_{id}.htm`) and the legacy one (`news/.../{id}.html`,
GBK), links through the mobile host, a dead link, a redirect and a robots.txt. The articles are
the labelled pages of `fixtures/` and variants generated from their text. Crawl it with

    scrapy crawl cqn -s CQN_BASE_URL=http://127.0.0.1:8000
    scrapy crawl 315online -s ONLINE315_BASE_URL=http://127.0.0.1:8001

`--list-articles` prints the production URLs of the articles it serves, one a line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from crawler.sites import SITES

# The project's fixtures, wherever the command runs from (CRAWLER_FIXTURES names another copy): the
# demo copy serves their labelled articles.
FIXTURES = Path(os.environ.get("CRAWLER_FIXTURES") or Path(__file__).resolve().parent.parent / "fixtures")
SITE_OF_DOMAIN = {site.domain: site for site in SITES}

CQN = SITE_OF_DOMAIN["cqn.com.cn"].production_base
ONLINE315 = SITE_OF_DOMAIN["315online.com"].production_base
ROBOTS_TXT = b"User-agent: *\nDisallow: /search/\n"
LISTING_PAGE_SIZE = 8
NEWEST = date(2026, 11, 1)  # the generated articles are dated back from here, one every few days
# (section path, listing node id, section name) of the current CMS; the legacy CMS column.
CQN_SECTIONS = (("zj", 20183, "地方动态"), ("ms", 20334, "民生"), ("zgzlb", 20211, "中国质量报"))
CQN_LEGACY_COLUMN = ("news/zjpd/dfdt", "质检频道 地方动态")
ONLINE315_COLUMNS = (("zhijian", "local", "质检 地方"), ("news", "guonei", "新闻 国内"), ("tousu", "qiche", "投诉 汽车"))
REPORTERS = ("张明", "李华", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "孙丽")
EDITORS = ("加贺", "何雨", "吴佳", "李智")


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html"
    location: str | None = None  # for a redirect
    declared_length: int | None = None  # a Content-Length other than the body's: a transfer cut short


NOT_FOUND = Route(b"not found", 404, "text/plain")


@dataclass
class DemoArticle:
    url: str  # production URL
    headline: str
    published: date
    page: bytes


# -- text of the generated articles -----------------------------------------------------------

def labelled_articles(directory: Path = FIXTURES) -> list[tuple[dict, bytes]]:
    """(expected item, page bytes) of every labelled article page of the fixtures (but the mobile
    ones: a crawl fetches mobile links at their www URL)."""
    articles = []
    for expected_path in sorted((directory / "expected").glob("*.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        if "rejected" not in expected and expected["metadata"]["layout"] != "cqn-mobile":
            articles.append((expected, (directory / "pages" / f"{expected_path.stem}.html").read_bytes()))
    return articles


class TextSource:
    """Headlines and paragraphs for generated articles, drawn from the labelled pages' text."""

    def __init__(self, labelled: list[tuple[dict, bytes]], seed: int = 2012):
        self.random = random.Random(seed)
        self.headlines = [expected["headline"] for expected, _ in labelled]
        self.paragraphs = [paragraph for expected, _ in labelled for paragraph in expected["articleBody"].split("\n")[1:]
                           if len(paragraph) > 40]

    def article(self, number: int) -> tuple[str, list[str]]:
        headline = f"{self.random.choice(self.headlines)}（{number}）"
        return headline, self.random.sample(self.paragraphs, k=min(len(self.paragraphs), self.random.randint(3, 5)))


# -- page templates ---------------------------------------------------------------------------

def _paragraphs(paragraphs: list[str], indent: str = "") -> str:
    return "\n".join(f"<p>{indent}{escape(text)}</p>" for text in paragraphs)


def cqn_2012_page(headline: str, published: date, paragraphs: list[str], section: tuple, number: int) -> bytes:
    path, node, name = section
    reporter, editor = REPORTERS[number % len(REPORTERS)], EDITORS[number % len(EDITORS)]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{escape(headline)}_中国质量新闻网</title>
<script src="/js/stat.js"></script></head>
<body><div class="top"><a href="/"><img src="/images/logo.png" alt="中国质量新闻网"></a></div>
<div class="box">您当前位置: <a href="{CQN}/">新闻中心</a>&gt;&gt;<a href="/{path}/node_{node}.htm">{name}</a>&gt;&gt;</div>
<div class="main_left">
<div class="Detail_Title"><h1>{escape(headline)}</h1></div>
<div class="publish"><span>{published:%Y-%m-%d} {9 + number % 9:02d}:{number % 60:02d}:00</span> <span>中国质量新闻网</span></div>
<div class="detail_text"><div class="TRS_Editor">
<p>中国质量新闻网讯(记者{reporter}){escape(paragraphs[0])}</p>
{_paragraphs(paragraphs[1:])}
</div></div>
<div class="editor">(责任编辑:{editor})</div>
<div class="pl"><h3>最新评论</h3></div>
<div class="sm"><h4>声明:</h4><p>本网注明“来源:中国质量新闻网”的所有作品,版权均属于中国质量新闻网,未经本网授权不得转载。</p></div>
</div>
<div class="right"><h3>最新新闻</h3><ul><li><a href="/{path}/node_{node}.htm">{name}</a></li></ul></div>
</body></html>
""".encode()


def cqn_legacy_page(headline: str, published: date, paragraphs: list[str], number: int) -> bytes:
    reporter, editor = REPORTERS[number % len(REPORTERS)], EDITORS[number % len(EDITORS)]
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{escape(headline)}--中国质量新闻网</title></head>
<body><table width="960" align="center"><tr><td>
<div class="position">您当前位置：<a href="{CQN}/">首页</a> &gt;&gt; <a href="Index.html">地方动态</a></div>
<div class="Index_ShowDetail_Title"><h1>{escape(headline)}</h1></div>
<div class="Index_ShowDetail_Time">{published:%Y-%m-%d} 10:{number % 60:02d}:00&nbsp;&nbsp;来源：中国质量报</div>
<div class="Index_ShowDetail_Content">
<p>&nbsp;&nbsp;&nbsp;&nbsp;本报讯(记者 {reporter}){escape(paragraphs[0])}</p>
{_paragraphs(paragraphs[1:], "&nbsp;&nbsp;&nbsp;&nbsp;")}
<p>(责任编辑:{editor})</p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</td></tr></table>
<div class="foot">Copyright &copy; 中国质量新闻网 版权所有</div></body></html>
""".encode("gbk", errors="xmlcharrefreplace")  # characters GBK lacks as entities


def online315_page(headline: str, published: date, paragraphs: list[str], number: int) -> bytes:
    reporter = REPORTERS[number % len(REPORTERS)]
    body = "<br><br>\n".join(f"&nbsp;&nbsp;&nbsp; {escape(text)}" for text in paragraphs)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{escape(headline)}-中国质量万里行</title></head>
<body><table width="950" align="center"><tr><td class="logo"><img src="/images/logo.gif"></td></tr></table>
<table width="950" align="center"><tr><td width="680" valign="top">
<table width="100%"><tr><td class="wz_bt" align="center"><b>{escape(headline)}</b></td></tr>
<tr><td class="wz_xx" align="center">时间:{published:%Y-%m-%d} 09:{number % 60:02d}&nbsp;&nbsp;来源:中国质量新闻网</td></tr>
<tr><td class="wz_nr">&nbsp;&nbsp;&nbsp; 中国质量新闻网消息 {body}(通讯员 {reporter})</td></tr></table>
<table class="ad"><tr><td>赞助商链接</td></tr></table>
<form><table><tr><td>用户名: <input name="u"> 密码: <input name="p" type="password"></td></tr></table></form>
</td><td width="270" valign="top"><div class="ph">推荐排行<ol><li><a href="/zhijian/local/">质检动态</a></li>
<li><a href="/news/guonei/">国内新闻</a></li></ol></div></td></tr></table>
<div class="foot"><a href="/">中国质量万里行</a> | 联系我们<br>Copyright &copy; 2002 - 2014</div></body></html>
""".encode("gbk", errors="xmlcharrefreplace")  # characters GBK lacks as entities


def listing_page(title: str, entries: Sequence[tuple[str, str, date | str]], pages: list[tuple[str, str]],
                 charset: str = "utf-8") -> bytes:
    """A section listing: dated links to articles, and the links to the listing's pages."""
    rows = "\n".join(f'<li><a href="{escape(href)}" target="_blank">{escape(text)}</a><span class="date">{day}</span></li>'
                     for href, text, day in entries)
    pager = " ".join(f'<a href="{escape(href)}">{escape(text)}</a>' for href, text in pages)
    return (f'<html><head><meta charset="{charset}"><title>{escape(title)}</title></head><body>\n'
            f'<div class="list"><h2>{escape(title)}</h2><ul>\n{rows}\n</ul></div>\n'
            f'<div class="page">{pager}</div></body></html>\n').encode(charset, errors="xmlcharrefreplace")


# -- the two sites ----------------------------------------------------------------------------

@dataclass
class DemoSite:
    routes: dict[str, Route]
    articles: list[DemoArticle]


def paginate(entries: list[DemoArticle], first_path: str,
             page_path: Callable[[int], str]) -> list[tuple[str, list[DemoArticle], list[tuple[str, str]]]]:
    """(path, entries, pager links) of each page of a listing, newest entries first; `page_path(n)`:
    the path of its page n, from 2 on."""
    chunks = [entries[start:start + LISTING_PAGE_SIZE] for start in range(0, len(entries), LISTING_PAGE_SIZE)] or [[]]
    paths = [first_path] + [page_path(number) for number in range(2, len(chunks) + 1)]
    pager = [(path.rsplit("/", 1)[-1] or "./", str(number)) for number, path in enumerate(paths, start=1)]
    return [(path, chunk, pager) for path, chunk in zip(paths, chunks, strict=True)]


def add_listing(site: DemoSite, title: str, articles: list[DemoArticle], first_path: str, page_path: Callable[[int], str],
                charset: str = "utf-8") -> None:
    articles = sorted(articles, key=lambda article: article.published, reverse=True)
    for path, chunk, pager in paginate(articles, first_path, page_path):
        entries = [(urlsplit(article.url).path, article.headline, article.published) for article in chunk]
        site.routes[path] = Route(listing_page(title, entries, pager, charset))


def labelled_of_site(labelled: list[tuple[dict, bytes]], base: str) -> list[DemoArticle]:
    """The labelled pages of the site at `base`, as demo articles (undated ones as the newest)."""
    return [DemoArticle(expected["url"], expected["headline"],
                        date.fromisoformat(expected["datePublished"][:10]) if expected["datePublished"] else NEWEST, page)
            for expected, page in labelled if expected["url"].startswith(base)]


def cqn_site(generated: int, text: TextSource, labelled: list[tuple[dict, bytes]]) -> DemoSite:
    site = DemoSite({"/robots.txt": Route(ROBOTS_TXT, content_type="text/plain")}, [])
    by_section: dict[str, list[DemoArticle]] = {}
    for article in labelled_of_site(labelled, CQN):
        by_section.setdefault(urlsplit(article.url).path.split("/")[1], []).append(article)
    legacy_count = generated // 5
    for number in range(1, generated + 1):
        headline, paragraphs = text.article(number)
        published = NEWEST - timedelta(days=3 * number)
        if number <= legacy_count:
            url = f"{CQN}/{CQN_LEGACY_COLUMN[0]}/{200000 + number}.html"
            article = DemoArticle(url, headline, published, cqn_legacy_page(headline, published, paragraphs, number))
            by_section.setdefault("news", []).append(article)
        else:
            known_section = CQN_SECTIONS[number % len(CQN_SECTIONS)]
            url = f"{CQN}/{known_section[0]}/content/{published:%Y-%m}/{published:%d}/content_{9000000 + number}.htm"
            article = DemoArticle(url, headline, published,
                                  cqn_2012_page(headline, published, paragraphs, known_section, number))
            by_section.setdefault(known_section[0], []).append(article)
    for articles in by_section.values():
        for article in articles:
            site.routes[urlsplit(article.url).path] = Route(article.page)
            site.articles.append(article)

    listings = []
    for number, (section, articles) in enumerate(sorted(by_section.items())):
        if section == "news":
            column = CQN_LEGACY_COLUMN[0]
            first = f"/{column}/Index.html"
            add_listing(site, CQN_LEGACY_COLUMN[1], articles, first, f"/{column}/Index_{{}}.html".format)
        else:
            node = next((known for path, known, _ in CQN_SECTIONS if path == section), 21000 + number)
            first = f"/{section}/node_{node}.htm"
            add_listing(site, section, articles, first, f"/{section}/node_{node}_{{}}.htm".format)
        listings.append((CQN + first, section))

    newest = sorted(site.articles, key=lambda article: article.published, reverse=True)
    mobile = newest[0].url.replace("https://www.", "https://m.")
    moved_to = next(article for article in newest if "/zj/content/" in article.url)
    moved = "/zj/content/2000-01/01/content_1.htm"  # an old address of that article, now a redirect
    site.routes[moved] = Route(status=301, location=moved_to.url, content_type="text/plain")
    dead = f"{CQN}/zj/content/2001-01/01/content_2.htm"  # linked, never served: 404
    home_links = [(url, name) for url, name in listings] + [
        (mobile, newest[0].headline), (CQN + moved, moved_to.headline), (dead, "已删除的稿件"),
        (f"{CQN}/search/servlet/SearchServlet.do?q=质量", "搜索"), (f"{CQN}/rss/food.xml", "RSS"),
    ]
    site.routes["/"] = Route(listing_page("中国质量新闻网", [(url, name, "") for url, name in home_links], []))
    site.routes["/rss/food.xml"] = Route(rss_feed(newest[:10]), content_type="application/rss+xml")
    return site


def rss_feed(articles: list[DemoArticle]) -> bytes:
    items = "\n".join(f"<item><title>{escape(article.headline)}</title><link>{escape(article.url)}</link>"
                      f"<pubDate>{article.published:%a, %d %b %Y} 08:00:00 +0800</pubDate></item>" for article in articles)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>中国质量新闻网</title>\n'
            f'{items}\n</channel></rss>\n').encode()


def online315_site(generated: int, text: TextSource, labelled: list[tuple[dict, bytes]]) -> DemoSite:
    site = DemoSite({"/robots.txt": Route(ROBOTS_TXT, content_type="text/plain")}, [])
    by_column: dict[str, list[DemoArticle]] = {}
    for article in labelled_of_site(labelled, ONLINE315):
        by_column.setdefault("/".join(urlsplit(article.url).path.split("/")[1:3]), []).append(article)
    for number in range(1, generated + 1):
        headline, paragraphs = text.article(10000 + number)
        published = NEWEST - timedelta(days=5 * number)
        channel, column, _ = ONLINE315_COLUMNS[number % len(ONLINE315_COLUMNS)]
        url = f"{ONLINE315}/{channel}/{column}/{400000 + number}.html"
        by_column.setdefault(f"{channel}/{column}", []).append(
            DemoArticle(url, headline, published, online315_page(headline, published, paragraphs, number)))
    home_links = []
    for column, articles in sorted(by_column.items()):
        for article in articles:
            site.routes[urlsplit(article.url).path] = Route(article.page)
            site.articles.append(article)
        add_listing(site, column, articles, f"/{column}/", f"/{column}/index_{{}}.html".format, "gbk")
        home_links.append((f"{ONLINE315}/{column}/", column, ""))
    site.routes["/"] = Route(listing_page("中国质量万里行", home_links, [], "gbk"))
    return site


def demo_sites(articles: int = 90, redesign: bool = False) -> dict[str, DemoSite]:
    """Both demo sites with about `articles` generated articles besides the labelled ones; with
    `redesign`, cqn.com.cn's pages have a template none of the site layouts knows."""
    labelled = labelled_articles()
    text = TextSource(labelled)
    sites = {"cqn.com.cn": cqn_site(articles * 3 // 4, text, labelled),
             "315online.com": online315_site(articles - articles * 3 // 4, text, labelled)}
    if redesign:
        for route in sites["cqn.com.cn"].routes.values():
            route.body = redesigned(route.body)
    return sites


# -- serving ----------------------------------------------------------------------------------

# A redesign renames every hook the site layouts know (and the body container of the generated pages).
REDESIGN = {b'class="Detail_Title"': b'class="art-head"', b'class="publish"': b'class="art-meta"',
            b'class="box"': b'class="crumb"', b'class="TRS_Editor"': b'class="art-body"',
            b'class="Index_ShowDetail_Title"': b'class="nt-title"', b'class="Index_ShowDetail_Time"': b'class="nt-info"',
            b'class="Index_ShowDetail_Content"': b'class="nt-body"'}


def redesigned(page: bytes) -> bytes:
    """A page of the site after a redesign: the same content under class names no layout knows."""
    for old, new in REDESIGN.items():
        page = page.replace(old, new)
    return page


def revised(page: bytes) -> bytes:
    """A generated cqn-2012 article page with a correction added to its body: a changed text."""
    marker = b'<div class="TRS_Editor">'
    assert marker in page, "only generated cqn-2012 pages can be revised"
    return page.replace(marker, marker + "<p>更正：本文发布后，有关部门对文中数据作了更新。</p>".encode(), 1)


class QuietServer(ThreadingHTTPServer):
    """A client that hangs up (a killed crawl) is no error of the server's."""

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], client_address: tuple[str, int]) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class MirrorServer:
    """A real HTTP server on 127.0.0.1 that answers fixed routes and records every path asked for.

    Pages carry an ETag and answer a matching If-None-Match with 304, as a real server may; with
    `delay`, every answer waits that many seconds (a slow server). `routes` may change while it runs.
    """

    def __init__(self, routes: dict[str, Route], port: int = 0, delay: float = 0.0) -> None:
        self.routes = routes
        self.requested: list[str] = []
        self.arrivals: list[tuple[float, str]] = []  # (time.monotonic(), path) of every request, as it arrives
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.requested.append(self.path)
                server.arrivals.append((time.monotonic(), self.path))
                if delay:
                    time.sleep(delay)
                route = server.routes.get(urlsplit(self.path).path, NOT_FOUND)
                etag = f'"{hashlib.sha1(route.body).hexdigest()[:16]}"' if route.status == 200 else None
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                if etag:
                    self.send_header("ETag", etag)
                if route.location:
                    self.send_header("Location", route.location)
                self.send_header("Content-Length", str(route.declared_length or len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
                if route.declared_length:
                    self.close_connection = True

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = QuietServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> MirrorServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"


MIRROR_SETTING = {site.domain: site.mirror_setting for site in SITES}
SPIDER = {site.domain: site.spider for site in SITES}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.mirror", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000, help="cqn.com.cn's port; 315online.com's is the next")
    parser.add_argument("--articles", type=int, default=90, help="how many articles to generate besides the labelled ones")
    parser.add_argument("--redesign", action="store_true", help="serve cqn.com.cn in a template no layout knows")
    parser.add_argument("--list-articles", action="store_true", help="print the production URLs of the articles")
    args = parser.parse_args(argv)
    sites = demo_sites(args.articles, args.redesign)
    if args.list_articles:
        print("\n".join(article.url for site in sites.values() for article in site.articles))
        return
    servers = [MirrorServer(site.routes, args.port + offset) for offset, site in enumerate(sites.values())]
    for server in servers:
        server.__enter__()
    print(f"Serving {sum(len(site.articles) for site in sites.values())} articles (Ctrl-C stops). Crawl with:")
    for domain, server in zip(sites, servers, strict=True):
        print(f"  scrapy crawl {SPIDER[domain]} -s {MIRROR_SETTING[domain]}={server.base_url}")
    try:
        servers[0].thread.join()
    except KeyboardInterrupt:
        for server in servers:
            server.__exit__()


if __name__ == "__main__":
    main()
