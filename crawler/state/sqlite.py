"""The crawl state of one crawler process: an SQLite file (`CRAWL_STATE`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crawler.distributed.worker import is_live_here, worker_id
from crawler.state.store import Captured, utc_now

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    revision INTEGER NOT NULL,
    date_published TEXT,
    captured_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
CREATE TABLE IF NOT EXISTS aliases (url TEXT PRIMARY KEY, article_url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS outputs (path TEXT PRIMARY KEY, lines INTEGER NOT NULL, owner TEXT);
CREATE TABLE IF NOT EXISTS dead_links (url TEXT PRIMARY KEY, checked_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS template_scopes (scope TEXT PRIMARY KEY, pages INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS template_blocks (scope TEXT NOT NULL, fingerprint TEXT NOT NULL, pages INTEGER NOT NULL,
                                            PRIMARY KEY (scope, fingerprint));
"""


class SQLiteStore:
    """The crawl state in SQLite (a `CrawlStore`)."""

    def __init__(self, path: str | Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)
        if "owner" not in {column[1] for column in self.db.execute("PRAGMA table_info(outputs)")}:
            self.db.execute("ALTER TABLE outputs ADD COLUMN owner TEXT")  # a state written before runs shared it

    def close(self) -> None:
        self.db.close()

    def captured(self, url: str) -> Captured | None:
        """What was captured of the article at `url` (or at the URL it redirects to)."""
        row = self.db.execute(
            "SELECT url, content_hash, revision, date_published FROM articles WHERE url = ?"
            " OR url = (SELECT article_url FROM aliases WHERE url = ?)", (url, url)).fetchone()
        return Captured(*row) if row else None

    def remember_alias(self, url: str, article_url: str) -> None:
        """`url` redirects to the article at `article_url`: capturing one captures both."""
        self.db.execute("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (url, article_url))

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT etag, last_modified FROM validators WHERE url = ?", (url,)).fetchone()
        return row or (None, None)

    def remember_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO validators VALUES (?, ?, ?)", (url, etag, last_modified))

    def dead_checked(self, url: str) -> str | None:
        """When `url` last answered 404 or 410 (ISO 8601, UTC), if it did."""
        row = self.db.execute("SELECT checked_at FROM dead_links WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def remember_dead(self, url: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO dead_links VALUES (?, ?)", (url, utc_now()))

    def forget_dead(self, url: str) -> None:
        self.db.execute("DELETE FROM dead_links WHERE url = ?", (url,))

    def start_output(self, path: str, lines: int = 0) -> None:
        """An output file this run writes, holding `lines` lines before it (-o appends)."""
        self.db.execute("INSERT OR REPLACE INTO outputs VALUES (?, ?, ?)", (path, lines, worker_id()))

    def finish_output(self, path: str) -> None:
        self.db.execute("DELETE FROM outputs WHERE path = ?", (path,))

    def pending_outputs(self) -> list[tuple[str, int]]:
        """The outputs that runs which did not finish left (a run still going, of another spider
        sharing this state, owns its own)."""
        return [(path, lines) for path, lines, owner in self.db.execute("SELECT path, lines, owner FROM outputs")
                if not (owner and is_live_here(owner))]

    def capture(self, article: dict, output_paths: list[str]) -> None:
        """Record an article whose line the outputs now hold, in one transaction with the ledger."""
        self.db.execute("BEGIN")
        try:
            self.db.execute(
                "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?)",
                (article["url"], article["metadata"]["contentHash"], article["metadata"]["revision"],
                 article.get("datePublished"), utc_now()),
            )
            for path in output_paths:
                self.db.execute("UPDATE outputs SET lines = lines + 1 WHERE path = ?", (path,))
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def template_counts(self, scope: str) -> tuple[int, dict[str, int]]:
        row = self.db.execute("SELECT pages FROM template_scopes WHERE scope = ?", (scope,)).fetchone()
        counts = dict(self.db.execute("SELECT fingerprint, pages FROM template_blocks WHERE scope = ?", (scope,)))
        return (row[0] if row else 0), counts

    def add_template_counts(self, scope: str, pages: int, counts: dict[str, int]) -> None:
        self.db.execute("BEGIN")
        try:
            self.db.execute("INSERT INTO template_scopes VALUES (?, ?) ON CONFLICT (scope) DO UPDATE"
                            " SET pages = pages + excluded.pages", (scope, pages))
            self.db.executemany("INSERT INTO template_blocks VALUES (?, ?, ?) ON CONFLICT (scope, fingerprint) DO UPDATE"
                                " SET pages = pages + excluded.pages", [(scope, key, count) for key, count in counts.items()])
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
