"""The crawl state's interface: what a run asks of the state the runs share, whichever store
keeps it (`crawler.state.sqlite` for one process, `crawler.state.redis_store` for a distributed
crawl)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Captured:
    url: str  # the article's URL (the one asked about, or the one it redirects to)
    content_hash: str
    revision: int
    date_published: str | None


class CrawlStore(Protocol):
    """Captured articles, the validators and aliases of their URLs, dead links, and the ledger of
    the output files in progress (how many of their lines the store knows of)."""

    def captured(self, url: str) -> Captured | None:
        """What was captured of the article at `url` (or at the URL it redirects to)."""

    def capture(self, article: dict, output_paths: list[str]) -> None:
        """Record an article whose line the outputs now hold, in one transaction with the ledger."""

    def remember_alias(self, url: str, article_url: str) -> None:
        """`url` redirects to the article at `article_url`: capturing one captures both."""

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified its server last sent for `url`."""

    def remember_validators(self, url: str, etag: str | None, last_modified: str | None) -> None: ...

    def dead_checked(self, url: str) -> str | None:
        """When `url` last answered 404 or 410 (ISO 8601, UTC), if it did."""

    def remember_dead(self, url: str) -> None: ...

    def forget_dead(self, url: str) -> None: ...

    def start_output(self, path: str, lines: int = 0) -> None:
        """An output file this run writes, holding `lines` lines before it (-o appends)."""

    def finish_output(self, path: str) -> None:
        """The output file is complete, and every line of it captured."""

    def pending_outputs(self) -> list[tuple[str, int]]:
        """(path, lines known) of the output files that runs which did not finish left."""

    def template_counts(self, scope: str) -> tuple[int, dict[str, int]]:
        """Of a scope (site and layout): how many pages were learned from, and on how many of them
        each repeated block stood (`crawler.extraction.template`)."""

    def add_template_counts(self, scope: str, pages: int, counts: dict[str, int]) -> None:
        """Add pages learned from, and pages each block stood on (added, so that workers sharing
        the state add up)."""

    def close(self) -> None: ...
