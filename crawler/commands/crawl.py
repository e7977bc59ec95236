"""`scrapy crawl`, with arguments and outputs checked before the crawl, and an exit status that
says how it went:

  0  the crawl finished and its health checks passed
  1  the crawl could not write its output (checked up front, and on every write), or Scrapy failed
  2  a usage error: a bad or unknown spider argument (one line says which)
  3  the crawl ran, and its health monitors raised an alert (crawler.monitoring.monitors)
"""

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from crawler.monitoring.monitors import ALERT_STAT
from crawler.output import OUTPUT_FAILED, OutputUnwritable, check_writable
from crawler.spiders.arguments import ArgumentError, CrawlScope

CRAWL_FAILED, USAGE_ERROR, MONITORS_FAILED = 1, 2, 3


class Command(ScrapyCrawl):
    def run(self, args, opts):
        if len(args) != 1:
            super().run(args, opts)  # Scrapy says what is wrong with the spider name
            return
        try:
            CrawlScope.from_arguments(opts.spargs)
            check_writable(self.settings)
        except (ArgumentError, OutputUnwritable) as error:
            print(f"scrapy crawl: error: {error}", file=sys.stderr)
            self.exitcode = USAGE_ERROR if isinstance(error, ArgumentError) else CRAWL_FAILED
            return
        crawler = self.crawler_process.create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed or crawler.stats.get_value("finish_reason") == OUTPUT_FAILED:
            self.exitcode = CRAWL_FAILED
        elif crawler.stats.get_value(ALERT_STAT):
            self.exitcode = MONITORS_FAILED
