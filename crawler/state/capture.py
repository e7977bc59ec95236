"""Scrapy extension: what makes an article captured, the counts of what is on disk, and the exports.

An article counts as captured only once its line is on disk in the run's own articles file in
OUTPUT_DIR (`crawler.output.articles_file`): the extension reads the lines back from that file
(never from an export, whatever its format) and records them in the crawl state, whose ledger
counts the lines of each articles file it knows of. The same read-back counts the articles
written (`articles/written`, new and changed, by layout): the summary and runs.jsonl say what is
on disk, not what was sent to a writer. When the file is closed, the exports (-o/-O) are written
from it. A run killed at any moment leaves a `.part` file and a ledger row; the next run first
reconciles them (the lines the state missed are captured, a torn last line is cut off, the file
gets its final name), so that every article is in OUTPUT_DIR at least once and no (url, revision)
twice. docs/design-output.md says why.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.archive.writer import WebArchive
from crawler.items import Article
from crawler.output import (
    PART_SUFFIX,
    RUN_FILE,
    articles_file,
    cut_torn_tail,
    finalise,
    is_being_written,
    write_exports,
)
from crawler.state import CrawlStore, open_store

logger = logging.getLogger(__name__)
# Seconds between two read-backs of the articles written (each costs an fsync of the output).
CAPTURE_INTERVAL = 1.0


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


class CrawlStateExtension:
    """Scrapy extension owning the crawl state (None when CRAWL_STATE is empty) and the read-back
    of the run's articles file. At the start it reconciles what runs that did not finish left
    behind; during the crawl (every CAPTURE_INTERVAL seconds) and at its end it reads back the
    article lines on disk, counts them and records them as captured. An article is captured
    because its line is in the file, never because a feed was asked to write it."""

    def __init__(self, crawler: Crawler, state: CrawlStore | None, output_dir: Path) -> None:
        self.crawler = crawler
        self.state = state
        self.path = str(articles_file(crawler))
        self.offset = 0  # of the bytes read back
        self.capturing = task.LoopingCall(self.capture_written)
        if state is not None:
            self.recover(output_dir)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlStateExtension:
        settings = crawler.settings
        if not any(options.get(RUN_FILE) and Article in options.get("item_classes", ())
                   for options in settings.getdict("FEEDS").values()):
            raise NotConfigured  # no articles file (crawler.extract printing saved pages)
        extension = cls(crawler, open_store(settings), Path(settings["OUTPUT_DIR"]).resolve())
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.feed_exporter_closed, signal=signals.feed_exporter_closed)
        return extension

    def recover(self, output_dir: Path) -> None:
        """Reconcile the articles files of runs that did not finish with the state (none without one)."""
        state = self.state
        if state is None:
            return
        for path, lines_known in state.pending_outputs():
            current = written_file(path)
            if current is not None:
                cut_torn_tail(current)
                lines, _ = read_whole_lines(current, 0)
                for line in lines[lines_known:]:
                    state.capture(json.loads(line), [path])
                if current.name.endswith(PART_SUFFIX):
                    finalise(current)
                logger.info("Recovered %s: %d articles, %d of them not yet in the crawl state",
                            path, len(lines), max(0, len(lines) - lines_known))
            state.finish_output(path)
        for part in output_dir.glob(f"*.jsonl{PART_SUFFIX}"):  # rejects files of killed runs
            if not is_being_written(part):  # not those of a run still going
                cut_torn_tail(part)
                logger.info("Recovered %s", finalise(part))

    def spider_opened(self, spider: Spider) -> None:
        if self.state is not None:
            self.state.start_output(self.path, 0)
        self.capturing.start(CAPTURE_INTERVAL, now=False)

    def capture_written(self) -> None:
        """Count, and record as captured, the articles whose lines reached the articles file since
        the last look (and, with the web archive on, whose pages' records reached it: it is synced
        first)."""
        archive = self.crawler.get_downloader_middleware(WebArchive)
        if archive is not None and self.state is not None:
            archive.sync()
        current = written_file(self.path)
        if current is None:
            return
        lines, self.offset = read_whole_lines(current, self.offset)
        stats = self.crawler.stats
        for line in lines:
            article = json.loads(line)
            if self.state is not None:
                self.state.capture(article, [self.path])
            stats.inc_value("articles/written")
            stats.inc_value("articles/new" if article["metadata"]["revision"] == 1 else "articles/changed")
            stats.inc_value(f"articles/layout/{article['metadata']['layout']}")

    def feed_exporter_closed(self) -> None:
        if self.capturing.running:
            self.capturing.stop()
        self.capture_written()
        complete = not Path(self.path + PART_SUFFIX).exists()  # a .part left is the next run's to recover
        if self.state is not None:
            if complete:
                self.state.finish_output(self.path)
            self.state.close()
        if complete and not write_exports(self.crawler.settings, [self.path]):
            self.crawler.stats.set_value("output/failed", "export")
