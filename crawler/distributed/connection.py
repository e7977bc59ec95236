"""The one place Redis clients are built: by scrapy-redis's own `get_redis_from_settings`, from the
settings its scheduler reads (`REDIS_URL`, `REDIS_PARAMS`), so that the crawl state, the
distributed crawl, the shared politeness budget and the scheduler wait alike on a silent server.

A Redis that stops answering (down, or stalled) ends the process: once a command has failed past
`REDIS_PARAMS`' socket timeout and redis-py's retries, one line says so and the process exits with
status 1 at once. Nothing of a distributed crawl can go on without its Redis (its queue, its state,
its politeness budget are there), and a graceful close would wait on the same silent server at
every step. What the process wrote stays as a SIGKILL would leave it, and is recovered the same
way: the next run on this machine reconciles its outputs with the crawl state."""

from __future__ import annotations

import logging
import sys
from os import _exit as exit_at_once  # os._exit, documented: no cleanup that would wait on Redis again
from typing import Any, NoReturn

import redis
from redis.client import Pipeline
from scrapy.settings import BaseSettings, Settings
from scrapy_redis.connection import get_redis_from_settings

logger = logging.getLogger(__name__)
REDIS_LOST_STATUS = 1  # the exit status of a process whose Redis stopped answering


def redis_client(settings: BaseSettings | dict) -> redis.Redis:
    """A client of the Redis of `REDIS_URL`, with the socket timeouts of `REDIS_PARAMS`."""
    settings = settings.copy() if isinstance(settings, BaseSettings) else Settings(settings)
    settings.frozen = False  # a copy, of a running crawl's settings
    settings.set("REDIS_PARAMS", guarded(settings), priority=settings.getpriority("REDIS_PARAMS") or "default")
    return get_redis_from_settings(settings)


def guarded(settings: BaseSettings) -> dict:
    """REDIS_PARAMS, with the client class that ends the process when Redis stops answering."""
    return {"redis_cls": f"{__name__}.GuardedRedis", **settings.getdict("REDIS_PARAMS")}


def as_text(reply: bytes | str) -> str:
    """A Redis reply as text: bytes, unless REDIS_PARAMS has redis-py decode them (`decode_responses`)."""
    return reply.decode() if isinstance(reply, bytes) else reply


def give_up(client: redis.Redis, error: redis.RedisError) -> NoReturn:
    """One line, then the end of the process (see the module's docstring)."""
    kwargs = client.connection_pool.connection_kwargs
    where = kwargs.get("path") or f"{kwargs.get('host')}:{kwargs.get('port')}"
    logger.critical("Redis at %s does not answer (%s: %s): this process stops, status %d",
                    where, type(error).__name__, error, REDIS_LOST_STATUS)
    for handler in logging.getLogger().handlers:
        handler.flush()
    sys.stderr.flush()
    exit_at_once(REDIS_LOST_STATUS)


class GuardedPipeline(Pipeline):
    def execute(self, raise_on_error: bool = True) -> list[Any]:
        try:
            return super().execute(raise_on_error)
        except (redis.ConnectionError, redis.TimeoutError) as error:
            give_up(self, error)


class GuardedRedis(redis.Redis):
    """A redis.Redis that ends the process when the server stops answering (REDIS_PARAMS'
    `redis_cls`: scrapy-redis's scheduler builds its client with it too)."""

    def execute_command(self, *args: Any, **options: Any) -> Any:
        try:
            return super().execute_command(*args, **options)
        except (redis.ConnectionError, redis.TimeoutError) as error:
            give_up(self, error)

    def pipeline(self, transaction: bool = True, shard_hint: str | None = None) -> GuardedPipeline:
        return GuardedPipeline(self.connection_pool, self.response_callbacks, transaction, shard_hint)
