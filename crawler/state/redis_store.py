"""The crawl state of a distributed crawl: in Redis, shared by every worker."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass

import redis
from scrapy.settings import BaseSettings

from crawler.distributed.connection import as_text, redis_client
from crawler.distributed.worker import is_live_here, worker_id
from crawler.state.store import Captured, utc_now


@dataclass
class RedisStore:
    """The crawl state in Redis (a `CrawlStore`), for all the workers of a distributed crawl."""

    server: redis.Redis
    prefix: str  # of its keys (REDIS_STATE_PREFIX, default "crawl-state")

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> RedisStore:
        return cls(redis_client(settings), settings.get("REDIS_STATE_PREFIX") or "crawl-state")

    def key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def close(self) -> None:
        self.server.close()

    def captured(self, url: str) -> Captured | None:
        found = self.server.hget(self.key("articles"), url)
        if found is None:
            target = self.server.hget(self.key("aliases"), url)
            found = self.server.hget(self.key("articles"), target) if target else None
            url = as_text(target) if target else url
        return Captured(url=url, **json.loads(found)) if found else None

    def validators(self, url: str) -> tuple[str | None, str | None]:
        found = self.server.hget(self.key("validators"), url)
        return tuple(json.loads(found)) if found else (None, None)

    def remember_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.server.hset(self.key("validators"), url, json.dumps([etag, last_modified]))

    def remember_alias(self, url: str, article_url: str) -> None:
        self.server.hset(self.key("aliases"), url, article_url)

    def dead_checked(self, url: str) -> str | None:
        found = self.server.hget(self.key("dead-links"), url)
        return as_text(found) if found else None

    def remember_dead(self, url: str) -> None:
        self.server.hset(self.key("dead-links"), url, utc_now())

    def forget_dead(self, url: str) -> None:
        self.server.hdel(self.key("dead-links"), url)

    def start_output(self, path: str, lines: int = 0) -> None:
        self.server.hset(self.key("outputs"), path, lines)
        self.server.hset(self.key("output-owners"), path, worker_id())

    def finish_output(self, path: str) -> None:
        self.server.hdel(self.key("outputs"), path)
        self.server.hdel(self.key("output-owners"), path)

    def pending_outputs(self) -> list[tuple[str, int]]:
        """The outputs that gone workers of this machine left (a live worker's output is its own,
        another machine's are that machine's to recover)."""
        owners = {as_text(path): as_text(owner) for path, owner in self.server.hgetall(self.key("output-owners")).items()}
        pending = []
        for path, lines in self.server.hgetall(self.key("outputs")).items():
            owner = owners.get(as_text(path), "")
            if owner.rsplit("-", 1)[0] == socket.gethostname() and not is_live_here(owner):
                pending.append((as_text(path), int(lines)))
        return pending

    def capture(self, article: dict, output_paths: list[str]) -> None:
        """Record an article whose line the outputs now hold, in one transaction with the ledger."""
        captured = {"content_hash": article["metadata"]["contentHash"], "revision": article["metadata"]["revision"],
                    "date_published": article.get("datePublished")}
        with self.server.pipeline(transaction=True) as transaction:
            transaction.hset(self.key("articles"), article["url"], json.dumps(captured))
            for path in output_paths:
                transaction.hincrby(self.key("outputs"), path, 1)
            transaction.execute()

    def template_counts(self, scope: str) -> tuple[int, dict[str, int]]:
        pages = self.server.hget(self.key("template-pages"), scope)
        counts = self.server.hgetall(self.key(f"template:{scope}"))
        return int(pages or 0), {as_text(key): int(count) for key, count in counts.items()}

    def add_template_counts(self, scope: str, pages: int, counts: dict[str, int]) -> None:
        with self.server.pipeline() as pipe:
            pipe.hincrby(self.key("template-pages"), scope, pages)
            for key, count in counts.items():
                pipe.hincrby(self.key(f"template:{scope}"), key, count)
            pipe.execute()
