"""pytest fixtures of the whole suite; the helpers the tests share are in helpers.py."""

from __future__ import annotations

from contextlib import ExitStack

import pytest

from crawler.mirror import MirrorServer
from helpers import start_redis


@pytest.fixture
def loopback_site():
    """`loopback_site(routes)` starts a mirror server on 127.0.0.1; all stop when the test ends."""
    with ExitStack() as servers:
        yield lambda routes: servers.enter_context(MirrorServer(routes))


@pytest.fixture
def redis_url(tmp_path):
    """A real redis-server on a loopback port of its own, for the test's duration."""
    server, url = start_redis(tmp_path)
    yield url
    server.terminate()
    server.wait(timeout=20)
