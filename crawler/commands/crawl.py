"""`scrapy crawl`, with an exit status that says when the crawl's health monitors failed.

Scrapy's own command exits 0 whatever the monitors found; a scheduler (cron, systemd, scrapyd's
caller) needs the status to notice a redesigned site or an outage.
"""

from scrapy.commands.crawl import Command as ScrapyCrawl

from crawler.monitors import ALERT_STAT

MONITORS_FAILED = 3


class Command(ScrapyCrawl):
    def _create_crawler(self, spider_name):
        self.crawler = super()._create_crawler(spider_name)
        return self.crawler

    def run(self, args, opts):
        super().run(args, opts)
        if not self.exitcode and self.crawler.stats.get_value(ALERT_STAT):
            self.exitcode = MONITORS_FAILED
