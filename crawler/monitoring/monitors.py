"""Monitors (spidermon) that run when a crawl closes: they catch a site redesign or an outage.

A crawl that finds no article (none written, none already captured), reads too many pages with
the generic extractor (a template changed), rejects too many, fails too many fetches, or whose
items lack a field too often fails its monitors: one alert line is logged, and `scrapy crawl`
exits with status 3 (`crawler/commands/crawl.py`). The thresholds are settings (MONITOR_*).

A share says something only over enough pages: each is judged when its sample holds at least
MONITOR_MIN_PAGES pages (a `max_articles=3` crawl is no sample of a site's templates). Pages
the crawl chose not to write (outside the date window or the sections) are no rejections.
"""

from __future__ import annotations

import logging

from spidermon import Monitor, MonitorSuite, monitors
from spidermon.core.actions import Action
from spidermon.results.items import MonitorResult

logger = logging.getLogger(__name__)
ALERT_STAT = "monitors/failed"  # how many health checks failed
ALERTS_STAT = "monitors/alerts"  # what each said
UNKNOWN_SECTIONS_STAT = "scope/unknown_sections"  # sections asked for that the site is not known to have


class ThresholdMonitor(Monitor):
    """A figure of the crawl (a stat) against its threshold (a setting)."""

    stat: str
    threshold_setting: str
    at_most = True  # the figure must not exceed the threshold (else: must reach it)
    sample_stat: str | None = None  # the number of pages the figure is a share of

    def test_threshold(self) -> None:
        stats, settings = self.data.stats, self.data.crawler.settings
        minimum = settings.getint("MONITOR_MIN_PAGES")
        if self.sample_stat and stats.get(self.sample_stat, 0) < minimum:
            self.skipTest(f"fewer than MONITOR_MIN_PAGES={minimum} pages to judge {self.stat} over")
        value, threshold = stats.get(self.stat, 0), settings.getfloat(self.threshold_setting)
        if not (value <= threshold if self.at_most else value >= threshold):
            self.fail(f"{self.stat} is {value}, {'above' if self.at_most else 'below'} {self.threshold_setting}={threshold:g}")


@monitors.name("Articles found")
class ArticlesFoundMonitor(ThresholdMonitor):
    """Articles found: written, or already captured and unchanged (at least MONITOR_MIN_ARTICLES)"""

    stat, threshold_setting, at_most = "health/articles_found", "MONITOR_MIN_ARTICLES", False


@monitors.name("Generic extractor share")
class GenericShareMonitor(ThresholdMonitor):
    """Share of articles read by the generic extractor (at most MONITOR_MAX_GENERIC_SHARE)"""

    stat, threshold_setting, sample_stat = "health/generic_share", "MONITOR_MAX_GENERIC_SHARE", "articles/extracted"


@monitors.name("Rejected share")
class RejectedShareMonitor(ThresholdMonitor):
    """Share of pages rejected (at most MONITOR_MAX_REJECTED_SHARE)"""

    stat, threshold_setting, sample_stat = "health/rejected_share", "MONITOR_MAX_REJECTED_SHARE", "health/pages_resolved"


@monitors.name("Fetch error rate")
class FetchErrorRateMonitor(ThresholdMonitor):
    """Share of requests that failed after their retries (at most MONITOR_MAX_FETCH_ERROR_RATE)"""

    stat, threshold_setting = "health/fetch_error_rate", "MONITOR_MAX_FETCH_ERROR_RATE"
    sample_stat = "downloader/request_count"


@monitors.name("Field coverage")
class FieldCoverageMonitor(Monitor):
    """Share of articles having each field (at least MONITOR_MIN_COVERAGE[field])"""

    @monitors.name("Every watched field is covered enough")
    def test_coverage(self) -> None:
        stats, settings = self.data.stats, self.data.crawler.settings
        if stats.get("articles/extracted", 0) < settings.getint("MONITOR_MIN_PAGES"):
            self.skipTest("fewer than MONITOR_MIN_PAGES articles extracted")
        minimums = settings.getdict("MONITOR_MIN_COVERAGE")
        low = {field: stats.get(f"coverage/{field}", 0.0) for field in minimums}
        low = {field: share for field, share in low.items() if share < float(minimums[field])}
        if low:
            self.fail("coverage below its minimum: " + ", ".join(
                f"{field} {share:.2f} < {float(minimums[field]):.2f}" for field, share in low.items()))


def reason_of(result: MonitorResult) -> str:
    """What a failed check said: the last line of its report, without the exception's name."""
    return str(result.reason).strip().splitlines()[-1].removeprefix("AssertionError: ")


class Alert(Action):
    """One clear alert in the log, and the stats that make `scrapy crawl` exit with status 3."""

    def run_action(self) -> None:
        failures = [f"{result.monitor.monitor_name}: {reason_of(result)}" for result in self.result.monitors_failed_results]
        stats = self.data.crawler.stats
        stats.set_value(ALERT_STAT, len(failures))
        unknown = stats.get_value(UNKNOWN_SECTIONS_STAT)
        notes = [f"asked for sections the site is not known to have: {', '.join(unknown)}"] if unknown else []
        stats.set_value(ALERTS_STAT, failures + notes)
        logger.error("ALERT: crawl %s failed %d health check(s): %s", self.data.spider.name, len(failures),
                     "; ".join(failures + notes))


class CrawlHealth(MonitorSuite):
    monitors = [ArticlesFoundMonitor, GenericShareMonitor, RejectedShareMonitor, FetchErrorRateMonitor,
                FieldCoverageMonitor]
    monitors_failed_actions = [Alert]
