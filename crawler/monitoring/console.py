"""What a crawl says on its console (or its LOG_FILE): by default, what a person needs.

At the default LOG_LEVEL (INFO) a run shows one line when it starts, its progress lines, one line
per problem worth a person's attention, and its summary (`crawler.monitoring.summary`). Scrapy's
and spidermon's own bookkeeping below WARNING (the banner and versions, the overridden settings,
the enabled components, the stats dump, the spider opened and closed) is left out: the full stats
go into `OUTPUT_DIR/runs.jsonl` instead. `-s LOG_LEVEL=DEBUG` shows all of it, as Scrapy would.
"""

from __future__ import annotations

import logging

from scrapy.settings import BaseSettings

# The framework's loggers: below WARNING, what they say is bookkeeping, not the crawl's news.
FRAMEWORK_LOGGERS = ("scrapy", "spidermon", "twisted", "py.warnings")
# Scrapy says its banner through this one as it sets up logging (which resets the levels above):
# a filter, which that set-up leaves in place, keeps the banner out.
BANNER_LOGGER = "scrapy.utils.log"


def is_verbose(settings: BaseSettings) -> bool:
    return logging.getLevelName(str(settings.get("LOG_LEVEL")).upper()) <= logging.DEBUG


def warnings_and_errors(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


def quiet_the_banner(settings: BaseSettings) -> None:
    """Before Scrapy starts: unless LOG_LEVEL is DEBUG, its banner is left out."""
    if not is_verbose(settings):
        logging.getLogger(BANNER_LOGGER).addFilter(warnings_and_errors)


def quiet_the_framework(settings: BaseSettings) -> None:
    """Once Scrapy has set up logging: unless LOG_LEVEL is DEBUG, the framework's loggers (and all
    of theirs below them) say warnings and errors only."""
    if not is_verbose(settings):
        for name in FRAMEWORK_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)
