"""`scrapy crawl`, with arguments and outputs checked before the crawl, and an exit status that
says how it went:

  0    the crawl finished (or reached max_articles) and its health checks passed
  1    an output could not be written (checked up front, and on every write: OUTPUT_DIR, an
       export, the crawl state, ARCHIVE_DIR, JOBDIR), or Scrapy could not start the crawl
  2    a usage error: a bad or unknown spider argument, an export that cannot be written as asked
  3    the crawl ran, and its health monitors raised an alert (crawler.monitoring.monitors)
  130  stopped by SIGINT (Ctrl-C), 143 stopped by SIGTERM: what was written is kept and captured
"""

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from crawler.monitoring.monitors import ALERT_STAT
from crawler.output import ExportRefused, OutputUnwritable, check_exports, check_writable, output_failed
from crawler.spiders.arguments import ArgumentError, CrawlScope

CRAWL_FAILED, USAGE_ERROR, MONITORS_FAILED = 1, 2, 3
SIGNALLED = 128  # + the signal's number: the shells' status of a process a signal stopped


def record_stop_signals(process) -> list[int]:
    """The signals (SIGINT, SIGTERM) that will stop `process` (a CrawlerProcess), as they come: a
    crawl a signal stopped must not exit 0, which cron and systemd read as success."""
    received: list[int] = []

    def recording(handler):
        def handle(signum, frame):
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


def exit_status(process, crawlers, signals_received: list[int]) -> int:
    """The exit status of a process's crawls (see the module's docstring)."""
    if signals_received:
        return SIGNALLED + signals_received[0]
    if process.bootstrap_failed or any(output_failed(crawler.stats.get_stats()) for crawler in crawlers):
        return CRAWL_FAILED
    if any(crawler.stats.get_value(ALERT_STAT) for crawler in crawlers):
        return MONITORS_FAILED
    return 0


class Command(ScrapyCrawl):
    def run(self, args, opts):
        if len(args) != 1:
            super().run(args, opts)  # Scrapy says what is wrong with the spider name
            return
        try:
            CrawlScope.from_arguments(opts.spargs)
            check_exports(self.settings)
            check_writable(self.settings)
        except (ArgumentError, ExportRefused, OutputUnwritable) as error:
            print(f"scrapy crawl: error: {error}", file=sys.stderr)
            self.exitcode = CRAWL_FAILED if isinstance(error, OutputUnwritable) else USAGE_ERROR
            return
        crawler = self.crawler_process.create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        received = record_stop_signals(self.crawler_process)
        self.crawler_process.start()
        self.exitcode = exit_status(self.crawler_process, [crawler], received)


