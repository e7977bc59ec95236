"""Shared test helpers: the labelled fixtures, loopback HTTP servers, and a real `scrapy crawl`."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from crawler.mirror import MirrorServer, Route  # noqa: F401  (Route: for the tests' routes)

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

    @property
    def fetched_url(self) -> str:
        """Where the page was served: a mobile page at the mobile host, the rest at their URL."""
        if self.expected.get("metadata", {}).get("layout") == "cqn-mobile":
            return self.url.replace("://www.", "://m.", 1)
        return self.url


def labelled_cases() -> list[Case]:
    return [
        Case(path.stem, FIXTURES / "pages" / f"{path.stem}.html", json.loads(path.read_text(encoding="utf-8")))
        for path in sorted((FIXTURES / "expected").glob("*.json"))
    ]


def copy_project(destination: Path) -> None:
    """A copy of the project's committed and staged files (a fresh checkout, without its .venv)."""
    files = subprocess.run(["git", "ls-files"], cwd=PROJECT, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        (destination / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT / name, destination / name)


def comparable(item: dict) -> dict:
    """The item without what differs between runs (the download time)."""
    item = json.loads(json.dumps(item))
    item.get("metadata", {}).pop("dateDownloaded", None)
    return item


def assert_valid_article(item: dict) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in Draft7Validator(SCHEMA).iter_errors(item)]
    assert not errors, errors


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def loopback_site():
    """`loopback_site(routes)` starts a mirror server on 127.0.0.1; all stop when the test ends."""
    with ExitStack() as servers:
        yield lambda routes: servers.enter_context(MirrorServer(routes))


def closed_port() -> int:
    """A loopback port nobody listens on (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# For crawls of a handful of odd pages, where the health monitors would rightly alert.
WITHOUT_MONITORS = ("-s", "SPIDERMON_ENABLED=False")


@dataclass
class CrawlResult:
    returncode: int
    log: str
    articles: list[dict]
    rejects: list[dict]


def crawl_command(spider: str, output_dir: Path, *args: str) -> list[str]:
    """`scrapy crawl SPIDER` as a user runs it, with fast settings for loopback, its outputs and
    (unless given) its crawl state in `output_dir`."""
    state = [] if any(arg.startswith("CRAWL_STATE=") for arg in args) else ["-s", f"CRAWL_STATE={output_dir / 'state.sqlite3'}"]
    return [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"OUTPUT_DIR={output_dir}", *state,
               "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
               "-s", "RETRY_BACKOFF_BASE=0.1", *args]


def collect(output_dir: Path, returncode: int, log: str) -> CrawlResult:
    """What a crawl wrote in `output_dir`, every article checked against the contract."""
    articles = [item for path in sorted(output_dir.glob("articles-*.jsonl")) for item in read_jsonl(path)]
    rejects = [item for path in sorted(output_dir.glob("rejects-*.jsonl")) for item in read_jsonl(path)]
    for item in articles:
        assert_valid_article(item)
    return CrawlResult(returncode, log, articles, rejects)


def run_crawl(spider: str, output_dir: Path, *args: str) -> CrawlResult:
    done = subprocess.run(crawl_command(spider, output_dir, *args), cwd=PROJECT, capture_output=True, text=True,
                          timeout=300)
    return collect(output_dir, done.returncode, done.stderr)
