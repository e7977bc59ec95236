"""`scrapy crawl`, with its spider, arguments, settings and outputs checked before anything else is
said or done, and an exit status that says how it went:

  0  the crawl finished and its health checks passed
  1  the crawl could not write its output (checked up front, and on every write), or Scrapy failed
  2  a usage error: an unknown spider, a bad or unknown spider argument, a bad setting value (one line says which)
  3  the crawl ran, and its health monitors raised an alert (crawler.monitoring.monitors)
"""

from __future__ import annotations

import logging
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from crawler.monitoring.console import quiet_the_banner, quiet_the_framework
from crawler.monitoring.monitors import ALERT_STAT
from crawler.output import OUTPUT_FAILED, OutputUnwritable, check_writable
from crawler.sites import SITES, site_for_spider
from crawler.spiders.arguments import ArgumentError, CrawlScope

CRAWL_FAILED, USAGE_ERROR, MONITORS_FAILED = 1, 2, 3


def check_spider(args: list[str]) -> None:
    names = ", ".join(site.spider for site in SITES)
    if len(args) != 1:
        raise UsageError(f"name one spider: {names}")
    if site_for_spider(args[0]) is None:
        raise UsageError(f"unknown spider {args[0]!r}; the spiders are {names}")


def check_setting(settings, name: str, default) -> None:
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
    def process_options(self, args, opts):
        """Everything a user gave, checked before Scrapy starts (and logs anything): a usage error is
        one line on stderr and exit status 2; an output that cannot be written, one line and status 1."""
        given = [entry.split("=", 1)[0] for entry in opts.set]
        defaults = {name: self.settings.get(name) for name in given}
        try:
            super().process_options(args, opts)
            check_spider(args)
            for name in given:
                check_setting(self.settings, name, defaults[name])
            CrawlScope.from_arguments(opts.spargs)
            check_writable(self.settings)
        except (UsageError, ArgumentError, OutputUnwritable) as error:
            print(f"scrapy crawl: error: {error}", file=sys.stderr)
            sys.exit(CRAWL_FAILED if isinstance(error, OutputUnwritable) else USAGE_ERROR)
        quiet_the_banner(self.settings)

    def run(self, args, opts):
        quiet_the_framework(self.settings)
        crawler = self.crawler_process.create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed or crawler.stats.get_value("finish_reason") == OUTPUT_FAILED:
            self.exitcode = CRAWL_FAILED
        elif crawler.stats.get_value(ALERT_STAT):
            self.exitcode = MONITORS_FAILED
