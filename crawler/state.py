"""Crawl state that lasts between runs, and the bookkeeping that makes a killed run lose nothing.

The state (an SQLite file, `CRAWL_STATE`) holds, per article URL, the content hash and revision
last written, with the date the article shows and the validators (ETag, Last-Modified) its server
sent. An article counts as captured only once its line is in an output file on disk: the state
reads the lines back from the file, and a ledger counts the lines of each output file that the
state knows of. A run killed at any moment leaves a `.part` file and a ledger row; the next run
first reconciles them (the lines the state missed are captured, a torn last line is cut
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
from twisted.internet import task

from crawler.output import PART_SUFFIX, article_outputs, cut_torn_tail, finalise, is_snapshot

logger = logging.getLogger(__name__)
# Seconds between two read-backs of the articles written (each costs an fsync of the output).
CAPTURE_INTERVAL = 1.0

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
CREATE TABLE IF NOT EXISTS dead_links (url TEXT PRIMARY KEY, checked_at TEXT NOT NULL);
"""


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Captured:
    url: str  # the article's URL (the one asked about, or the one it redirects to)
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
            "SELECT url, content_hash, revision, date_published FROM articles WHERE url = ?"
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

    def dead_checked(self, url: str) -> str | None:
        """When `url` last answered 404 or 410 (ISO 8601, UTC), if it did."""
        row = self.db.execute("SELECT checked_at FROM dead_links WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def remember_dead(self, url: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO dead_links VALUES (?, ?)", (url, utc_now()))

    def forget_dead(self, url: str) -> None:
        self.db.execute("DELETE FROM dead_links WHERE url = ?", (url,))

    def start_output(self, path: str, lines: int = 0) -> None:
        """An output file this run writes, holding `lines` lines before it (-o appends)."""
        self.db.execute("INSERT OR REPLACE INTO outputs VALUES (?, ?)", (path, lines))

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
                 article.get("datePublished"), utc_now()),
            )
            for path in output_paths:
                self.db.execute("UPDATE outputs SET lines = lines + 1 WHERE path = ?", (path,))
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")


def read_whole_lines(path: Path, offset: int) -> tuple[list[bytes], int]:
    """The whole lines of a file from byte `offset` on, once they are on disk (fsync), and the
    offset after them; a line still being written is left for the next read."""
    with path.open("rb") as file:
        os.fsync(file.fileno())
        file.seek(offset)
        data = file.read()
    whole = data[: data.rfind(b"\n") + 1]
    return whole.splitlines(), offset + len(whole)


def written_file(path: str) -> Path | None:
    """The file an output's lines are in: `NAME.part` while it is written, NAME once complete;
    None when there is none, or it is no regular file (a device reads back nothing written)."""
    for candidate in (Path(path + PART_SUFFIX), Path(path)):
        if candidate.is_file():
            return candidate
    return None


@dataclass
class ReadBack:
    """How far the crawl state has read an output file of this run."""

    lines: int = 0
    offset: int = 0


class CrawlStateExtension:
    """Scrapy extension owning the crawl state. At the start it reconciles what runs that did not
    finish left behind; during the crawl (every CAPTURE_INTERVAL seconds) and at its end it reads
    back the article lines its outputs hold on disk and records them as captured. An article is
    captured because its line is in a file, never because a feed was asked to write it."""

    def __init__(self, crawler, state: CrawlState, output_dir: Path):
        self.crawler = crawler
        self.state = state
        self.outputs: dict[str, ReadBack] = {}
        self.capturing = task.LoopingCall(self.capture_written)
        self.recover(output_dir)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.get("CRAWL_STATE"):  # no state: every run crawls everything
            raise NotConfigured
        if is_snapshot(settings):
            logger.info("-O: this run writes every article it finds, and neither reads nor records the crawl state")
            raise NotConfigured
        from crawler.distributed import redis_state  # here: crawler.distributed imports this module

        state = redis_state(settings) or CrawlState(settings["CRAWL_STATE"])
        extension = cls(crawler, state, Path(settings["OUTPUT_DIR"]).resolve())
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.feed_exporter_closed, signal=signals.feed_exporter_closed)
        return extension

    def recover(self, output_dir: Path) -> None:
        """Reconcile the outputs of runs that did not finish with the state."""
        for path, lines_known in self.state.pending_outputs():
            current = written_file(path)
            if current is not None:
                cut_torn_tail(current)
                lines, _ = read_whole_lines(current, 0)
                for line in lines[lines_known:]:
                    self.state.capture(json.loads(line), [path])
                if current.name.endswith(PART_SUFFIX):
                    finalise(current)
                logger.info("Recovered %s: %d articles, %d of them not yet in the crawl state",
                            path, len(lines), max(0, len(lines) - lines_known))
            self.state.finish_output(path)
        for part in output_dir.glob(f"*.jsonl{PART_SUFFIX}"):  # rejects files of killed runs
            cut_torn_tail(part)
            logger.info("Recovered %s", finalise(part))

    def spider_opened(self, spider):
        for path in article_outputs(self.crawler.settings):
            existing = written_file(path)
            if existing is not None and existing == Path(path):  # -o: this run appends to it
                size = cut_torn_tail(existing)
                lines, _ = read_whole_lines(existing, 0)
                self.outputs[path] = ReadBack(len(lines), size)
            else:
                self.outputs[path] = ReadBack()
            self.state.start_output(path, self.outputs[path].lines)
        self.capturing.start(CAPTURE_INTERVAL, now=False)

    def capture_written(self) -> None:
        """Record as captured the articles whose lines reached an output since the last look."""
        for path, read in self.outputs.items():
            current = written_file(path)
            if current is None:
                continue
            lines, read.offset = read_whole_lines(current, read.offset)
            read.lines += len(lines)
            for line in lines:
                self.state.capture(json.loads(line), [path])

    def feed_exporter_closed(self):
        if self.capturing.running:
            self.capturing.stop()
        self.capture_written()
        for path in self.outputs:
            if not Path(path + PART_SUFFIX).exists():  # complete (a .part left is the next run's to recover)
                self.state.finish_output(path)
        self.state.close()
