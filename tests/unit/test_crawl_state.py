"""The crawl state's ledger of output files: which a starting run must recover, and which belong to
a run still going beside it."""

from __future__ import annotations

import socket
import sqlite3
import subprocess

from crawler.state.sqlite import SQLiteStore


def test_a_state_written_before_outputs_had_owners_is_read_and_its_outputs_are_pending(tmp_path):
    path = tmp_path / "state.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE outputs (path TEXT PRIMARY KEY, lines INTEGER NOT NULL)")
        db.execute("INSERT INTO outputs VALUES ('/out/articles-cqn.jsonl', 3)")
    assert SQLiteStore(path).pending_outputs() == [("/out/articles-cqn.jsonl", 3)]


def test_the_output_of_a_run_still_going_is_its_own_and_that_of_a_gone_run_is_pending(tmp_path):
    store = SQLiteStore(tmp_path / "state.sqlite3")
    store.start_output("/out/articles-cqn.jsonl", 2)  # this process: a run still going
    store.start_output("/out/articles-315online.jsonl", 5)
    gone = subprocess.Popen(["true"])  # a process that has ended
    gone.wait()
    store.db.execute("UPDATE outputs SET owner = ? WHERE path = '/out/articles-315online.jsonl'",
                     (f"{socket.gethostname()}-{gone.pid}",))
    assert store.pending_outputs() == [("/out/articles-315online.jsonl", 5)]
