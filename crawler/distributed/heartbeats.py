"""The workers of a distributed crawl, as Redis sees them: each beats a heartbeat every second
into one hash (`crawl-workers`), saying which spider it runs and whether it has work in hand; a
worker is gone (killed, or its machine is) when its heartbeat is older than STALE_SECONDS and, if it
ran on this machine, its process has ended: a process paused, or stalled on a slow disk, for longer
is not gone, and what it took is still its own to finish."""

from __future__ import annotations

import json
import time

import redis

from crawler.distributed.connection import as_text
from crawler.distributed.worker import is_live_here

WORKERS_KEY = "crawl-workers"
HEARTBEAT_SECONDS = 1.0
STALE_SECONDS = 6.0


def beat(server: redis.Redis, worker: str, spider: str, busy: bool) -> None:
    server.hset(WORKERS_KEY, worker, json.dumps({"time": time.time(), "spider": spider, "busy": busy}))


def leave(server: redis.Redis, worker: str) -> None:
    server.hdel(WORKERS_KEY, worker)


def live_workers(server: redis.Redis) -> dict[str, dict]:
    """Worker id -> its last heartbeat ({"time", "spider", "busy"}), for the workers not gone."""
    now, live = time.time(), {}
    for worker, heartbeat in server.hgetall(WORKERS_KEY).items():
        heartbeat = json.loads(heartbeat)
        if now - heartbeat["time"] < STALE_SECONDS:
            live[as_text(worker)] = heartbeat
    return live


def is_gone(worker: str, live: dict[str, dict]) -> bool:
    """Whether `worker` has stopped, `live` being the live_workers() of this moment."""
    return worker not in live and not is_live_here(worker)
