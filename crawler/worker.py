"""This crawler process among the workers of a crawl: its host and pid."""

import os
import socket


def worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"
