"""Crawl state that lasts between runs, and the bookkeeping that makes a killed run lose nothing.

The state (an SQLite file, `CRAWL_STATE`) holds, per article URL, the content hash and revision
last written, with the date the article shows and the validators (ETag, Last-Modified) its server
sent. An article counts as captured only once its line is in an output file: the state is
updated after the feed has written the line, and a ledger counts the lines of each output file
that the state knows of. A run killed at any moment leaves a `.part` file and a ledger row; the
next run first reconciles them (the lines the state missed are captured, a torn last line is cut
off, the file gets its final name), so that every article is in the outputs at least once and no
(url, revision) twice.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FileFeedStorage

from crawler.items import Article

logger = logging.getLogger(__name__)
PART_SUFFIX = ".part"

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    revision INTEGER NOT NULL,
    date_published TEXT,
    captured_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
CREATE TABLE IF NOT EXISTS aliases (url TEXT PRIMARY KEY, article_url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS outputs (path TEXT PRIMARY KEY, lines INTEGER NOT NULL);
"""


@dataclass
class Captured:
    content_hash: str
    revision: int
    date_published: str | None


class CrawlState:
    """The SQLite crawl state: captured articles, validators, and the ledger of output files."""

    def __init__(self, path: str | Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def captured(self, url: str) -> Captured | None:
        """What was captured of the article at `url` (or at the URL it redirects to)."""
        row = self.db.execute(
            "SELECT content_hash, revision, date_published FROM articles WHERE url = ?"
            " OR url = (SELECT article_url FROM aliases WHERE url = ?)", (url, url)).fetchone()
        return Captured(*row) if row else None

    def remember_alias(self, url: str, article_url: str) -> None:
        """`url` redirects to the article at `article_url`: capturing one captures both."""
        self.db.execute("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (url, article_url))

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT etag, last_modified FROM validators WHERE url = ?", (url,)).fetchone()
        return row or (None, None)

    def remember_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO validators VALUES (?, ?, ?)", (url, etag, last_modified))

    def start_output(self, path: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO outputs VALUES (?, 0)", (path,))

    def finish_output(self, path: str) -> None:
        self.db.execute("DELETE FROM outputs WHERE path = ?", (path,))

    def pending_outputs(self) -> list[tuple[str, int]]:
        return self.db.execute("SELECT path, lines FROM outputs").fetchall()

    def capture(self, article: dict, output_paths: list[str]) -> None:
        """Record an article whose line the outputs now hold, in one transaction with the ledger."""
        self.db.execute("BEGIN")
        try:
            self.db.execute(
                "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?)",
                (article["url"], article["metadata"]["contentHash"], article["metadata"]["revision"],
                 article.get("datePublished"), datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            for path in output_paths:
                self.db.execute("UPDATE outputs SET lines = lines + 1 WHERE path = ?", (path,))
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")


def complete_lines(path: Path) -> list[bytes]:
    """The whole lines of a file; a torn last line (a write cut by a kill) is cut off the file."""
    data = path.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        with path.open("r+b") as file:
            file.truncate(len(whole))
        logger.warning("Cut a torn last line off %s", path)
    return whole.splitlines()


def finalise(part: Path) -> Path:
    """Give a finished `.part` file its final name."""
    final = part.with_name(part.name[: -len(PART_SUFFIX)])
    os.replace(part, final)
    return final


class PartFileFeedStorage(FileFeedStorage):
    """Feed storage that writes `NAME.part`, line by line straight to the OS, and renames it to
    NAME when the feed is complete: a file named `*.jsonl` is always whole."""

    def open(self, spider):
        part = Path(self.path + PART_SUFFIX)
        part.parent.mkdir(parents=True, exist_ok=True)
        return part.open(self.write_mode, buffering=0)

    def store(self, file):
        file.close()
        finalise(Path(self.path + PART_SUFFIX))


class CrawlStateExtension:
    """Scrapy extension owning the crawl state: reconciles what a killed run left, at start;
    records each article written, after the feed wrote it."""

    def __init__(self, crawler, state: CrawlState, output_dir: Path):
        self.crawler = crawler
        self.state = state
        self.article_outputs = [uri for uri, options in crawler.settings.getdict("FEEDS").items()
                                if Article in options.get("item_classes", ())]
        self.recover(output_dir)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.get("CRAWL_STATE"):  # no state: every run crawls everything
            raise NotConfigured
        from crawler.distributed import redis_state  # here: crawler.distributed imports this module

        state = redis_state(settings) or CrawlState(settings["CRAWL_STATE"])
        extension = cls(crawler, state, Path(settings["OUTPUT_DIR"]).resolve())
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def recover(self, output_dir: Path) -> None:
        """Reconcile the outputs of runs that did not finish with the state."""
        for path, lines_known in self.state.pending_outputs():
            final, part = Path(path), Path(path + PART_SUFFIX)
            current = part if part.exists() else final
            if current.exists():
                lines = complete_lines(current)
                for line in lines[lines_known:]:
                    self.state.capture(json.loads(line), [path])
                if current is part:
                    finalise(part)
                logger.info("Recovered %s: %d articles, %d of them not yet in the crawl state",
                            final, len(lines), max(0, len(lines) - lines_known))
            self.state.finish_output(path)
        for part in output_dir.glob(f"*.jsonl{PART_SUFFIX}"):  # rejects files of killed runs
            complete_lines(part)
            logger.info("Recovered %s", finalise(part))

    def spider_opened(self, spider):
        for path in self.article_outputs:
            self.state.start_output(path)

    def item_scraped(self, item):
        if isinstance(item, Article):
            self.state.capture(item, self.article_outputs)

    def spider_closed(self, spider):
        for path in self.article_outputs:
            if Path(path).exists():  # the feed was stored under its final name
                self.state.finish_output(path)
        self.state.close()
