"""Crawl state that lasts between runs: per article URL, the content hash and revision last
written, with the date the article shows; the validators (ETag, Last-Modified) and the aliases
(redirects) of its URLs; dead links; and the ledger of the output files in progress.

One interface (`CrawlStore`), two stores, chosen here: Redis when the crawl is distributed
(`REDIS_URL`, shared by every worker), else an SQLite file (`CRAWL_STATE`). An empty
`CRAWL_STATE` means no state at all: every run crawls and writes everything.
"""

from __future__ import annotations

from scrapy.settings import BaseSettings

from crawler.state.redis_store import RedisStore
from crawler.state.sqlite import SQLiteStore
from crawler.state.store import Captured, CrawlStore, utc_now

__all__ = ["Captured", "CrawlStore", "RedisStore", "SQLiteStore", "open_store", "utc_now"]


def open_store(settings: BaseSettings) -> CrawlStore | None:
    """The crawl state a run's settings ask for, or None."""
    if not settings.get("CRAWL_STATE"):
        return None
    if settings.get("REDIS_URL"):
        return RedisStore.from_settings(settings)
    return SQLiteStore(settings["CRAWL_STATE"])
