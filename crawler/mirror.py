"""`python -m crawler.mirror`: an offline copy of both sites on loopback, to crawl without internet.

It serves the labelled article pages of `fixtures/` at their production paths, with home and
section listing pages that link to them and a robots.txt, in the shapes the real sites use:
cqn.com.cn at the server's root, 315online.com under `/315online.com/`. Crawl it with

    scrapy crawl cqn -s CQN_BASE_URL=http://127.0.0.1:8000
    scrapy crawl 315online -s ONLINE315_BASE_URL=http://127.0.0.1:8000/315online.com

`--list-articles` prints the production URLs of the articles it serves, one a line.
"""

from __future__ import annotations

import argparse
import json
import threading
from collections import defaultdict
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from crawler.sites import SITE_BY_DOMAIN

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ONLINE315_PREFIX = "/315online.com"
ROBOTS_TXT = b"User-agent: *\nDisallow: /search/\n"


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
class Article:
    url: str  # production URL
    page: bytes
    headline: str


def labelled_articles() -> list[Article]:
    """The fixture pages that are articles, with their production URLs."""
    articles = []
    for expected_path in sorted((FIXTURES / "expected").glob("*.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        if "headline" in expected:
            page = (FIXTURES / "pages" / f"{expected_path.stem}.html").read_bytes()
            articles.append(Article(expected["url"], page, expected["headline"]))
    return articles


def listing_page(title: str, links: list[tuple[str, str]]) -> bytes:
    items = "\n".join(f'<li><a href="{escape(href)}">{escape(text)}</a></li>' for href, text in links)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{escape(title)}</title></head>\n'
            f'<body><div class="list_box"><h2>{escape(title)}</h2>\n<ul>\n{items}\n</ul></div></body></html>\n').encode("utf-8")


def build_routes(articles: list[Article]) -> dict[str, Route]:
    """Mirror path -> route, for both sites' articles, home pages, listings and robots.txt."""
    routes: dict[str, Route] = {}
    sections: dict[tuple[str, str], list[Article]] = defaultdict(list)
    for article in articles:
        parts = urlsplit(article.url)
        site = "315online.com" if parts.hostname.endswith("315online.com") else "cqn.com.cn"
        prefix = ONLINE315_PREFIX if site == "315online.com" else ""
        routes[prefix + parts.path] = Route(article.page)
        sections[(site, parts.path.split("/")[1])].append(article)

    homes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for number, ((site, section), members) in enumerate(sorted(sections.items()), start=1):
        base = SITE_BY_DOMAIN[site].production_base
        path = f"/{section}/node_{20000 + number}.htm" if site == "cqn.com.cn" else f"/{section}/"
        links = [(article.url, article.headline) for article in members]
        prefix = ONLINE315_PREFIX if site == "315online.com" else ""
        routes[prefix + path] = Route(listing_page(section, links))
        homes[site].append((base + path, section))
    for site, links in homes.items():
        prefix = ONLINE315_PREFIX if site == "315online.com" else ""
        routes[prefix + "/"] = Route(listing_page(site, links))
        routes[prefix + "/robots.txt"] = Route(ROBOTS_TXT, content_type="text/plain")
    return routes


class MirrorServer:
    """A real HTTP server on 127.0.0.1 that answers fixed routes and records every path asked for."""

    def __init__(self, routes: dict[str, Route], port: int = 0):
        self.routes = routes
        self.requested: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requested.append(self.path)
                route = server.routes.get(urlsplit(self.path).path, NOT_FOUND)
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                if route.location:
                    self.send_header("Location", route.location)
                self.send_header("Content-Length", str(route.declared_length or len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> MirrorServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def crawl_settings(self) -> list[str]:
        """The `-s` options that send both spiders to this mirror."""
        return ["-s", f"CQN_BASE_URL={self.base_url}", "-s", f"ONLINE315_BASE_URL={self.base_url}{ONLINE315_PREFIX}"]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.mirror", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--list-articles", action="store_true", help="print the production URLs of the articles")
    args = parser.parse_args(argv)
    articles = labelled_articles()
    if args.list_articles:
        print("\n".join(article.url for article in articles))
        return
    with MirrorServer(build_routes(articles), args.port) as server:
        print(f"Serving {len(articles)} articles of both sites at {server.base_url} (Ctrl-C stops). Crawl with:")
        print(f"  scrapy crawl cqn {' '.join(server.crawl_settings()[:2])}")
        print(f"  scrapy crawl 315online {' '.join(server.crawl_settings()[2:])}")
        try:
            server.thread.join()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
