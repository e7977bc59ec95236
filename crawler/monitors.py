"""Monitors (spidermon) that run when a crawl closes: they catch a site redesign or an outage.

A crawl that finds no article (none written, none already captured), reads too many pages with the generic extractor (a template
changed), rejects too many, fails too many fetches, or whose items lack a field too often
fails its monitors: one clear alert is logged, and `scrapy crawl` exits with status 3
(`crawler/commands/crawl.py`). The thresholds are settings (MONITOR_*).
"""

from __future__ import annotations

import logging

from spidermon import Monitor, MonitorSuite, monitors
from spidermon.contrib.scrapy.monitors.base import BaseStatMonitor
from spidermon.core.actions import Action

logger = logging.getLogger(__name__)
ALERT_STAT = "monitors/failed"


@monitors.name("Articles found")
class ArticlesFoundMonitor(BaseStatMonitor):
    """Articles found: written, or already captured and unchanged (at least MONITOR_MIN_ARTICLES)"""

    stat_name = "health/articles_found"
    threshold_setting = "MONITOR_MIN_ARTICLES"
    threshold_datatype = int
    assert_type = ">="


@monitors.name("Generic extractor share")
class GenericShareMonitor(BaseStatMonitor):
    """Share of articles read by the generic extractor (at most MONITOR_MAX_GENERIC_SHARE)"""

    stat_name = "health/generic_share"
    threshold_setting = "MONITOR_MAX_GENERIC_SHARE"
    assert_type = "<="


@monitors.name("Rejected share")
class RejectedShareMonitor(BaseStatMonitor):
    """Share of pages rejected (at most MONITOR_MAX_REJECTED_SHARE)"""

    stat_name = "health/rejected_share"
    threshold_setting = "MONITOR_MAX_REJECTED_SHARE"
    assert_type = "<="


@monitors.name("Fetch error rate")
class FetchErrorRateMonitor(BaseStatMonitor):
    """Share of requests that failed (at most MONITOR_MAX_FETCH_ERROR_RATE)"""

    stat_name = "health/fetch_error_rate"
    threshold_setting = "MONITOR_MAX_FETCH_ERROR_RATE"
    assert_type = "<="


@monitors.name("Field coverage")
class FieldCoverageMonitor(Monitor):
    """Share of articles having each field (at least MONITOR_MIN_COVERAGE[field])"""

    @monitors.name("Every watched field is covered enough")
    def test_coverage(self):
        if not self.data.stats.get("articles/written"):
            self.skipTest("no articles written")
        minimums = self.data.crawler.settings.getdict("MONITOR_MIN_COVERAGE")
        low = {field: self.data.stats.get(f"coverage/{field}", 0.0) for field in minimums}
        low = {field: share for field, share in low.items() if share < float(minimums[field])}
        self.assertFalse(low, "coverage below its minimum: " + ", ".join(
            f"{field} {share:.2f} < {float(minimums[field]):.2f}" for field, share in low.items()))


class Alert(Action):
    """One clear alert in the log, and the stat that makes `scrapy crawl` exit non-zero."""

    def run_action(self):
        failures = [f"{result.monitor.monitor_name}: {str(result.reason).strip().splitlines()[-1]}"
                    for result in self.result.monitors_failed_results]
        self.data.crawler.stats.set_value(ALERT_STAT, len(failures))
        logger.error("ALERT: crawl %s failed %d health check(s): %s", self.data.spider.name, len(failures),
                     "; ".join(failures))


class CrawlHealth(MonitorSuite):
    monitors = [ArticlesFoundMonitor, GenericShareMonitor, RejectedShareMonitor, FetchErrorRateMonitor,
                FieldCoverageMonitor]
    monitors_failed_actions = [Alert]
