"""Scrapy extension: what a crawl did, counted in its stats, said as it goes and at its end.

One line says what the run crawls, with which state, to where. Every article on disk is counted
(crawler/state/capture.py reads them back) by the layout that read it and as new or changed; every
rejection by its reason (and logged once, with its URL: a failed fetch too). Every
`PROGRESS_INTERVAL` seconds one progress line says how far the crawl is. At the end: the health
stats the monitors judge (`crawler.monitoring.monitors`); once the files are closed, one summary
line at level SUMMARY (shown at LOG_LEVEL=WARNING too), and one line appended to
`OUTPUT_DIR/runs.jsonl` saying how the run ended, with its full stats, for schedulers and their
operators.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from twisted.internet import task

from crawler.items import DELIBERATE_REASONS, Article, Rejection, rejection_reason
from crawler.monitoring.health import Health
from crawler.monitoring.monitors import ALERT_STAT, ALERTS_STAT, UNKNOWN_SECTIONS_STAT
from crawler.output import EXPORTS, articles_file, output_failed

logger = logging.getLogger(__name__)
SUMMARY = 35  # between WARNING and ERROR: the end-of-run summary shows at LOG_LEVEL=WARNING too
logging.addLevelName(SUMMARY, "SUMMARY")
# Articles an incremental run found without writing them: already captured, not fetched again;
# fetched again and unchanged; answered 304 Not Modified.
ALREADY_CAPTURED_STATS = {"state/skipped": "not fetched again", "state/unchanged": "unchanged",
                          "state/not_modified": "not modified"}
RUNS_FILE = "runs.jsonl"
COMPLETE_REASONS = ("finished", "max_articles")  # a run that ended for these did what it was asked


def _plain(value: object) -> str:
    """A stat JSON has no type for: a datetime in ISO 8601, anything else as text."""
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _counts(counts: dict) -> str:
    return ", ".join(f"{name} {count}" for name, count in sorted(counts.items()) if count)


class CrawlSummary:
    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.interval = interval
        self.progress: task.LoopingCall | None = None
        self.health = Health()
        self.started = datetime.now(UTC)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        extension = cls(crawler, crawler.settings.getfloat("PROGRESS_INTERVAL"))
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def item_scraped(self, item: object) -> None:
        if isinstance(item, Article):
            self.health.add_article(item)
            self.stats.inc_value("articles/extracted")  # sent to the writer; on disk: articles/written
        elif isinstance(item, Rejection):
            reason = rejection_reason(item)
            self.health.add_rejection(reason)
            if reason in DELIBERATE_REASONS:
                self.stats.inc_value(f"filtered/reason/{reason}")
                logger.debug("Filtered out %s: %s", item["url"], item["rejected"])
            else:
                self.stats.inc_value("rejects/written")
                self.stats.inc_value(f"rejects/reason/{reason}")
                logger.warning("Rejected %s: %s", item["url"], item["rejected"])

    def spider_opened(self, spider: Spider) -> None:
        logger.info(self.start_line(spider))
        if self.interval > 0:
            self.progress = task.LoopingCall(self.log_progress)
            self.progress.start(self.interval, now=False)

    def log_progress(self) -> None:
        stats = self.stats.get_stats()
        logger.info("Progress: %d pages fetched, %d articles, %d rejected, %d fetch errors.",
                    stats.get("response_received_count", 0), stats.get("articles/written", 0),
                    stats.get("rejects/written", 0), stats.get("fetch_error/count", 0))

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.progress is not None and self.progress.running:
            self.progress.stop()
        self.record_health()

    def start_line(self, spider: Spider) -> str:
        """What is crawled, with which state, to where: the one line a run starts with."""
        settings = self.crawler.settings
        site = getattr(spider, "site", None)
        target = site.production_base if site is not None else spider.name
        scope = getattr(spider, "scope", None)
        if scope is not None and scope.urls:
            target = f"{len(scope.urls)} given URL(s) of {target}"
        if site is not None and settings.get(site.mirror_setting):
            target += f" from the mirror at {settings[site.mirror_setting]}"
        state = settings.get("REDIS_URL") or settings.get("CRAWL_STATE") or "none (every page fetched)"
        exports = ", ".join(settings.getdict(EXPORTS))
        outputs = f"{articles_file(self.crawler)}" + (f" (exported to {exports})" if exports else "")
        return f"Crawl {spider.name}: {target}; crawl state {state}; articles to {outputs}"

    def summary_line(self, spider: str, reason: str | None) -> str:
        stats = self.stats.get_stats()
        layouts = _counts({key.removeprefix("articles/layout/"): value for key, value in stats.items()
                           if key.startswith("articles/layout/")})
        captured = {label: stats.get(name, 0) for name, label in ALREADY_CAPTURED_STATS.items()}
        parts = [
            f"{stats.get('articles/written', 0)} articles written ({stats.get('articles/new', 0)} new, "
            f"{stats.get('articles/changed', 0)} changed{'; ' + layouts if layouts else ''})",
            f"{sum(captured.values())} already captured" + (f" ({_counts(captured)})" if any(captured.values()) else ""),
            f"{sum(self.health.rejected.values())} rejected"
            + (f" ({_counts(self.health.rejected)})" if self.health.rejected else ""),
        ]
        if self.health.filtered:
            parts.append(f"{sum(self.health.filtered.values())} filtered out ({_counts(self.health.filtered)})")
        parts.append(f"{stats.get('fetch_error/count', 0)} fetch errors")
        if stats.get("state/known_dead"):
            parts.append(f"{stats['state/known_dead']} known dead links not fetched again")
        parts.append(f"{stats.get('dedup/url', 0) + stats.get('dedup/content', 0)} duplicates dropped")
        if stats.get(UNKNOWN_SECTIONS_STAT):
            parts.append(f"sections not known to the site: {', '.join(stats[UNKNOWN_SECTIONS_STAT])}")
        return f"Crawl {spider} ({reason}): " + "; ".join(parts) + "."

    def record_health(self) -> None:
        """The figures the monitors judge, and the sizes of the samples they are judged over."""
        found = self.stats.get_value("articles/extracted", 0) + sum(
            self.stats.get_value(name, 0) for name in ALREADY_CAPTURED_STATS)
        self.stats.set_value("health/articles_found", found)
        for field, share in self.health.coverage().items():
            self.stats.set_value(f"coverage/{field}", round(share, 4))
        self.stats.set_value("health/generic_share", round(self.health.generic_share(), 4))
        self.stats.set_value("health/pages_resolved", found + sum(self.health.rejected.values()))
        self.stats.set_value("health/rejected_share", round(self.health.rejected_share(found), 4))
        requests = self.stats.get_value("downloader/request_count", 0)
        errors = self.stats.get_value("fetch_error/count", 0)
        self.stats.set_value("health/fetch_error_rate", round(errors / requests, 4) if requests else 0.0)

    def engine_stopped(self) -> None:
        """After the monitors (they run when the spider closes) and the articles file's read-back
        (when its feed has closed): the summary line, and one line of how the run ended."""
        stats = self.stats.get_stats()
        reason = stats.get("finish_reason")
        spider = self.crawler.spider
        assert spider is not None  # made before the engine that has stopped
        logger.log(SUMMARY, self.summary_line(spider.name, reason))
        for line in self.health.lines():
            logger.debug("Health: %s", line)
        status = ("failed" if output_failed(stats) else "alert" if stats.get(ALERT_STAT)
                  else "ok" if reason in COMPLETE_REASONS else "stopped")
        record = {"spider": spider.name, "started": self.started.isoformat(timespec="seconds"),
                  "finished": datetime.now(UTC).isoformat(timespec="seconds"),
                  "finishReason": reason, "status": status, "alerts": stats.get(ALERTS_STAT, []),
                  "articlesWritten": stats.get("articles/written", 0), "articlesFound": stats.get("health/articles_found", 0),
                  "rejected": dict(self.health.rejected), "fetchErrors": stats.get("fetch_error/count", 0),
                  "stats": dict(sorted(stats.items()))}  # all of them: the console shows them at DEBUG only
        path = Path(self.crawler.settings.get("OUTPUT_DIR") or "output") / RUNS_FILE
        try:
            with path.open("a", encoding="utf-8") as runs:
                runs.write(json.dumps(record, ensure_ascii=False, default=_plain) + "\n")
        except OSError as error:
            logger.error("Cannot write the run's record to %s: %s", path, error.strerror or error)
