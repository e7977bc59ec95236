"""This crawler process among the workers of a crawl: its host and pid."""

import os
import socket


def worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def is_live_here(worker: str) -> bool:
    """Whether `worker` (a worker_id) is a process still running on this machine."""
    host, _, pid = worker.rpartition("-")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, run by another user
        return True
    return True
