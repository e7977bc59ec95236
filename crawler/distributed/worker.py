"""This crawler process among the workers of a crawl: its host and pid."""

import os
import socket

import psutil


def worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def is_live_here(worker: str) -> bool:
    """Whether `worker` (a worker_id) is a process still running on this machine. A process killed
    but not yet reaped by its parent (a zombie) is no longer running."""
    host, _, pid = worker.rpartition("-")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        return psutil.Process(int(pid)).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except psutil.AccessDenied:  # it exists, run by another user
        return True
