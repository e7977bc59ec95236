"""Shared test helpers: the labelled fixtures, loopback HTTP servers, and a real `scrapy crawl`."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = PROJECT / "fixtures"
SCHEMA = json.loads((PROJECT / "crawler" / "article.schema.json").read_text(encoding="utf-8"))


@dataclass
class Case:
    """A labelled page: its saved bytes and the item (or rejection) it must become."""

    name: str
    page: Path
    expected: dict

    @property
    def url(self) -> str:
        return self.expected["url"]


def labelled_cases() -> list[Case]:
    return [
        Case(path.stem, FIXTURES / "pages" / f"{path.stem}.html", json.loads(path.read_text(encoding="utf-8")))
        for path in sorted((FIXTURES / "expected").glob("*.json"))
    ]


def comparable(item: dict) -> dict:
    """The item without what differs between runs (the download time)."""
    item = json.loads(json.dumps(item))
    item.get("metadata", {}).pop("dateDownloaded", None)
    return item


def assert_valid_article(item: dict) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in Draft202012Validator(SCHEMA).iter_errors(item)]
    assert not errors, errors


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html"
    declared_length: int | None = None  # a Content-Length that differs from the body's: a cut transfer


class LoopbackSite:
    """A real HTTP server on 127.0.0.1 that serves fixed routes by path and records every request."""

    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.requested: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.requested.append(self.path)
                route = site.routes.get(urlsplit(self.path).path, Route(b"not found", 404, "text/plain"))
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(route.declared_length or len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def loopback_site():
    """`loopback_site(routes)` starts a server; all are stopped when the test ends."""
    sites = []

    def start(routes: dict[str, Route]) -> LoopbackSite:
        sites.append(LoopbackSite(routes))
        return sites[-1]

    yield start
    for site in sites:
        site.close()


def closed_port() -> int:
    """A loopback port nobody listens on (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class CrawlResult:
    returncode: int
    log: str
    articles: list[dict]
    rejects: list[dict]


def run_crawl(spider: str, output_dir: Path, *args: str) -> CrawlResult:
    """`scrapy crawl SPIDER` in a subprocess, exactly as a user runs it, fast settings for loopback."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"OUTPUT_DIR={output_dir}",
               "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1", *args]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
    articles = [item for path in sorted(output_dir.glob("articles-*.jsonl")) for item in read_jsonl(path)]
    rejects = [item for path in sorted(output_dir.glob("rejects-*.jsonl")) for item in read_jsonl(path)]
    return CrawlResult(done.returncode, done.stderr, articles, rejects)
