"""`scrapy crawl`, with its spider, arguments, settings and outputs checked before anything else is
said or done, and an exit status that says how it went:

  0    the crawl finished (or reached max_articles) and its health checks passed
  1    an output could not be written (checked up front, and on every write: OUTPUT_DIR, an
       export, the crawl state, ARCHIVE_DIR, JOBDIR), or Scrapy could not start the crawl
  2    a usage error: an unknown spider, a bad or unknown spider argument, a bad setting value, an
       export that cannot be written as asked (one line says which)
  3    the crawl ran, and its health monitors raised an alert (crawler.monitoring.monitors)
  130  stopped by SIGINT (Ctrl-C), 143 stopped by SIGTERM: what was written is kept and captured
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler, CrawlerProcessBase
from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings

from crawler.monitoring.console import quiet_the_banner, quiet_the_framework
from crawler.monitoring.monitors import ALERT_STAT
from crawler.output import ExportRefused, OutputUnwritable, check_exports, check_writable, output_failed
from crawler.sites import SITES, site_for_spider
from crawler.spiders.arguments import ArgumentError, CrawlScope

CRAWL_FAILED, USAGE_ERROR, MONITORS_FAILED = 1, 2, 3
SIGNALLED = 128  # + the signal's number: the shells' status of a process a signal stopped


def record_stop_signals(process: CrawlerProcessBase) -> list[int]:
    """The signals (SIGINT, SIGTERM) that will stop `process` (a CrawlerProcess), as they come: a
    crawl a signal stopped must not exit 0, which cron and systemd read as success."""
    received: list[int] = []

    # Scrapy's signal handlers: (the signal's number, the frame, which they do not read).
    def recording(handler: Callable[[int, Any], None]) -> Callable[[int, Any], None]:
        def handle(signum: int, frame: Any) -> None:
            received.append(signum)
            handler(signum, frame)
        return handle

    # Scrapy (2.19, pinned) says which signal stopped it only to these handlers of its own, which it
    # installs when the reactor starts: they are wrapped before `start()`. Private names: a Scrapy
    # upgrade that renames them fails test_incremental's SIGINT and SIGTERM tests, not silently.
    for name in ("_signal_shutdown", "_signal_kill", "_signal_shutdown_reactorless", "_signal_kill_reactorless"):
        if hasattr(process, name):
            setattr(process, name, recording(getattr(process, name)))
    return received


def exit_status(process: CrawlerProcessBase, crawlers: Sequence[Crawler], signals_received: list[int]) -> int:
    """The exit status of a process's crawls (see the module's docstring)."""
    if signals_received:
        return SIGNALLED + signals_received[0]
    if process.bootstrap_failed or any(output_failed(crawler.stats.get_stats()) for crawler in crawlers):
        return CRAWL_FAILED
    if any(crawler.stats.get_value(ALERT_STAT) for crawler in crawlers):
        return MONITORS_FAILED
    return 0


def check_spider(args: list[str]) -> None:
    names = ", ".join(site.spider for site in SITES)
    if len(args) != 1:
        raise UsageError(f"name one spider: {names}")
    if site_for_spider(args[0]) is None:
        raise UsageError(f"unknown spider {args[0]!r}; the spiders are {names}")


def check_setting(settings: BaseSettings, name: str, default: object) -> None:
    """A `-s NAME=VALUE` read as its default's type (a number, a flag, a dict), as the crawl will read it."""
    if name == "LOG_LEVEL":
        if str(settings[name]).upper() not in logging.getLevelNamesMapping():
            raise UsageError(f"-s LOG_LEVEL={settings[name]}: give DEBUG, INFO, WARNING or ERROR")
        return
    read, wanted = next(((read, wanted) for kind, read, wanted in (
        (bool, settings.getbool, "1 or 0"), (int, settings.getint, "a whole number"),
        (float, settings.getfloat, "a number"), (dict, settings.getdict, "a JSON object"))
        if isinstance(default, kind)), (None, None))
    try:
        if read is not None:
            read(name)
    except (ValueError, TypeError):
        raise UsageError(f"-s {name}={settings[name]}: give {wanted}") from None


class Command(ScrapyCrawl):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Everything a user gave, checked before Scrapy starts (and logs anything): a usage error is
        one line on stderr and exit status 2; an output that cannot be written, one line and status 1."""
        assert self.settings is not None  # set by scrapy.cmdline before the options are processed
        given = [entry.split("=", 1)[0] for entry in opts.set]
        defaults = {name: self.settings.get(name) for name in given}
        try:
            super().process_options(args, opts)
            check_spider(args)
            for name in given:
                check_setting(self.settings, name, defaults[name])
            CrawlScope.from_arguments(opts.spargs)
            check_exports(self.settings)
            check_writable(self.settings)
        except (UsageError, ArgumentError, ExportRefused, OutputUnwritable) as error:
            print(f"scrapy crawl: error: {error}", file=sys.stderr)
            sys.exit(CRAWL_FAILED if isinstance(error, OutputUnwritable) else USAGE_ERROR)
        quiet_the_banner(self.settings)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None and self.crawler_process is not None  # set by scrapy.cmdline, as Scrapy's run asserts
        quiet_the_framework(self.settings)
        crawler = self.crawler_process.create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        received = record_stop_signals(self.crawler_process)
        self.crawler_process.start()
        self.exitcode = exit_status(self.crawler_process, [crawler], received)


