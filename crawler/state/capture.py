"""Scrapy extension: what makes an article captured, and a killed run lose nothing.

An article counts as captured only once its line is in an output file on disk: the extension
reads the lines back from the files and records them in the crawl state, whose ledger counts the
lines of each output file it knows of. A run killed at any moment leaves a `.part` file and a
ledger row; the next run first reconciles them (the lines the state missed are captured, a torn
last line is cut off, the file gets its final name), so that every article is in the outputs at
least once and no (url, revision) twice.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.archive.writer import WebArchive
from crawler.output import PART_SUFFIX, article_outputs, cut_torn_tail, finalise, is_being_written, is_snapshot
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

    def __init__(self, crawler, state: CrawlStore, output_dir: Path):
        self.crawler = crawler
        self.state = state
        self.outputs: dict[str, ReadBack] = {}
        self.capturing = task.LoopingCall(self.capture_written)
        self.recover(output_dir)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if is_snapshot(settings):
            logger.info("-O: this run writes every article it finds, and neither reads nor records the crawl state")
            raise NotConfigured
        state = open_store(settings)
        if state is None:  # no state: every run crawls everything
            raise NotConfigured
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
            if not is_being_written(part):  # not those of a run still going
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
        """Record as captured the articles whose lines reached an output since the last look (and,
        with the web archive on, whose pages' records reached it: it is synced first)."""
        archive = self.crawler.get_downloader_middleware(WebArchive)
        if archive is not None:
            archive.sync()
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
