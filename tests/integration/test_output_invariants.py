"""The outputs' invariants, whatever an operator does: a hypothesis state machine drives random
sequences of operator actions against the demo copy of cqn.com.cn (crawls with and without -o/-O in
each format and with max_articles; kill -9; SIGINT; a write that fails; new and updated articles;
re-extraction from the web archive) and checks after every step:

- every article a run wrote is in OUTPUT_DIR's articles files at least once, and after a complete
  crawl every article of the site is there;
- no (url, revision) is there twice;
- the crawl state claims nothing those files lack;
- every export is a valid file of its format;
- the exit status tells success from failure.

Fixed seed and few examples in the suite (docs/design-output.md); a longer search:
`OUTPUT_INVARIANT_EXAMPLES=50 [OUTPUT_INVARIANT_SEED=random] pytest tests/integration/test_output_invariants.py`.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from crawler.mirror import MirrorServer, demo_sites, revised
from helpers import PROJECT, WITHOUT_MONITORS, crawl_command

EXAMPLES = int(os.environ.get("OUTPUT_INVARIANT_EXAMPLES", "6"))
RANDOM_SEED = os.environ.get("OUTPUT_INVARIANT_SEED") == "random"
SITE_SIZES = (4, 12, 20)  # the demo site grows through these (new articles)
EXPORTS = [None, ("-o", "jsonl"), ("-o", "csv"), ("-O", "jsonl"), ("-O", "jsonlines"), ("-O", "json"), ("-O", "csv"),
           ("-O", "xml")]
SIGNALLED_SIGINT = 130


def whole_lines(path: Path) -> list[dict]:
    """The whole lines of an articles file (a killed run's .part may end in a torn one)."""
    data = path.read_bytes()
    return [json.loads(line) for line in data[: data.rfind(b"\n") + 1].splitlines()]


def read_export(path: Path, fmt: str) -> list[str]:
    """The URLs of an export, read as its format: fails if it is no valid file of it."""
    if fmt == "json":
        return [item["url"] for item in json.loads(path.read_text(encoding="utf-8"))]
    if fmt == "xml":
        return [item.findtext("url") for item in ElementTree.parse(path).getroot().findall("item")]
    if fmt == "csv":
        text = path.read_text(encoding="utf-8")
        assert text.count("url,canonicalUrl,site,headline") <= 1, f"{path}: a second header row"
        with path.open(newline="", encoding="utf-8") as file:
            return [row["url"] for row in csv.DictReader(file)]
    return [json.loads(line)["url"] for line in path.read_text(encoding="utf-8").splitlines()]


class OperatorActions(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="invariants-"))
        self.output, self.state, self.archive = self.root / "out", self.root / "state.sqlite3", self.root / "archive"
        self.exports_dir = self.root / "exports"
        self.exports_dir.mkdir()
        self.size = 0
        self.site = demo_sites(SITE_SIZES[0])["cqn.com.cn"]
        self.routes = dict(self.site.routes)  # served, and changed by the site's rules
        self.mirror = MirrorServer(self.routes).__enter__()
        self.slow = MirrorServer(self.routes, delay=0.3).__enter__()  # for the runs stopped halfway
        self.written: set[tuple[str, int]] = set()  # every (url, revision) a run wrote
        self.exports: dict[Path, str] = {}
        self.checks = 0  # of the invariants: once at the start, then after every step

    def teardown(self):
        event(f"steps in this example: {self.checks - 1}")  # --hypothesis-show-statistics shows them
        self.mirror.__exit__()
        self.slow.__exit__()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- what is on disk ----------------------------------------------------------------------

    def on_disk(self) -> list[tuple[str, int]]:
        return [(item["url"], item["metadata"]["revision"]) for path in sorted(self.output.glob("articles-*.jsonl*"))
                for item in whole_lines(path)]

    def note_written(self) -> None:
        self.written |= set(self.on_disk())

    def command(self, mirror, export, *arguments: str) -> list[str]:
        command = crawl_command("cqn", self.output, "-s", f"CRAWL_STATE={self.state}", "-s", f"CQN_BASE_URL={mirror.base_url}",
                                "-s", f"ARCHIVE_DIR={self.archive}", "-s", "PROGRESS_INTERVAL=0", *WITHOUT_MONITORS, *arguments)
        return command + self.export_arguments(export)

    def export_arguments(self, export) -> list[str]:
        if export is None:
            return []
        flag, fmt = export
        path = self.exports_dir / f"{flag.strip('-')}-{fmt}.{fmt}"
        self.exports[path] = fmt
        return [flag, f"{path}:{fmt}"]

    def run_files(self) -> set[Path]:
        return set(self.output.glob("articles-*"))

    # -- the operator's actions ---------------------------------------------------------------

    @rule(export=st.sampled_from(EXPORTS), max_articles=st.one_of(st.none(), st.integers(1, 5)), refresh=st.booleans())
    def crawl(self, export, max_articles, refresh):
        before = self.run_files()
        arguments = (["-a", f"max_articles={max_articles}"] if max_articles else []) + (["-a", "refresh=1"] if refresh else [])
        done = subprocess.run(self.command(self.mirror, export, *arguments), cwd=PROJECT, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "Traceback" not in done.stderr
        self.note_written()
        if max_articles is None:  # a complete crawl: every article of the site is on disk
            missing = {article.url for article in self.site.articles} - {url for url, _ in self.on_disk()}
            assert not missing, missing
        self.check_snapshot(export, before)

    def check_snapshot(self, export, before: set[Path]) -> None:
        """An -O export is a copy of the articles file of the run that wrote it (not of the file of
        a killed run it recovered: that one was there before, as a .part)."""
        if export is not None and export[0] == "-O":
            path = self.exports_dir / f"O-{export[1]}.{export[1]}"
            new_files = {new for new in self.run_files() - before if new.with_name(new.name + ".part") not in before}
            run_urls = [item["url"] for new in new_files for item in whole_lines(new)]
            assert sorted(read_export(path, export[1])) == sorted(run_urls)

    @rule(export=st.sampled_from(EXPORTS), lines=st.integers(0, 6))
    def kill_9(self, export, lines):
        before = self.run_files()
        crawl = subprocess.Popen(self.command(self.slow, export), cwd=PROJECT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        running = self.wait_for_lines(crawl, lines, before)
        crawl.send_signal(signal.SIGKILL)
        assert crawl.wait(timeout=120) == (-signal.SIGKILL if running else 0)  # or it had finished first
        self.note_written()

    @rule(export=st.sampled_from(EXPORTS), lines=st.integers(1, 6))
    def sigint(self, export, lines):
        before = self.run_files()
        crawl = subprocess.Popen(self.command(self.slow, export), cwd=PROJECT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        running = self.wait_for_lines(crawl, lines, before)
        if running:
            crawl.send_signal(signal.SIGINT)
        # 130: the crawl stopped; -SIGINT: it had ended and the process was exiting, without Scrapy's handler
        status = crawl.wait(timeout=120)
        assert status in ((SIGNALLED_SIGINT, -signal.SIGINT) if running else (0,))
        self.note_written()
        if status != -signal.SIGINT:
            self.check_snapshot(export, before)

    def wait_for_lines(self, crawl: subprocess.Popen, lines: int, before: set[Path]) -> bool:
        """Wait until the crawl wrote `lines` articles (or ended); whether it still runs."""
        deadline = time.monotonic() + 60
        while crawl.poll() is None and time.monotonic() < deadline:
            parts = [path for path in self.output.glob("articles-*.jsonl.part") if path not in before]
            if parts and sum(path.read_bytes().count(b"\n") for path in parts) >= lines:
                return True
            time.sleep(0.02)
        return crawl.poll() is None

    @rule(export=st.sampled_from(EXPORTS), room=st.sampled_from([0, 3000, 20000]))
    def failing_write(self, export, room):
        command = [sys.executable, str(PROJECT / "tests" / "faulty_writer.py"), f"full:{room}",
                   *self.command(self.mirror, export, "-a", "refresh=1")[2:]]
        before = self.run_files()
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
        assert "Traceback" not in done.stderr
        new_files = self.run_files() - before
        overflowed = any(path.stat().st_size > room for path in new_files) or "Cannot write" in done.stderr
        assert done.returncode == (1 if overflowed else 0), done.stderr[-3000:]
        self.note_written()

    @precondition(lambda self: self.size < len(SITE_SIZES) - 1)
    @rule()
    def new_articles(self):
        self.size += 1
        self.site = demo_sites(SITE_SIZES[self.size])["cqn.com.cn"]
        self.routes.update(self.site.routes)

    @rule(which=st.integers(0, 1000))
    def updated_article(self, which):
        generated = [article for article in self.site.articles if "/content_9000" in article.url]  # what revised() edits
        article = generated[which % len(generated)]
        route = self.routes[urlsplit(article.url).path]
        route.body = revised(route.body)

    @precondition(lambda self: any(self.archive.glob("*.warc.gz")))
    @rule(export=st.sampled_from(EXPORTS))
    def reextract(self, export):
        command = [sys.executable, "-m", "crawler.extract", "--archive", str(self.archive), "-s", f"OUTPUT_DIR={self.output}",
                   "-s", f"CRAWL_STATE={self.state}", *self.export_arguments(export)]
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
        assert "Traceback" not in done.stderr
        damaged = "damaged from byte" in done.stderr  # the record a killed crawl was writing
        assert done.returncode == (1 if damaged else 0), done.stderr[-3000:]
        self.note_written()

    # -- after every step ---------------------------------------------------------------------

    @invariant()
    def every_written_article_is_on_disk_once(self):
        self.checks += 1
        on_disk = Counter(self.on_disk())
        assert self.written <= set(on_disk)
        assert not [key for key, count in on_disk.items() if count > 1]

    @invariant()
    def the_state_claims_nothing_the_files_lack(self):
        if not self.state.exists():
            return
        with sqlite3.connect(self.state) as db:
            claimed = set(db.execute("SELECT url, revision FROM articles"))
        assert claimed <= set(self.on_disk())

    @invariant()
    def every_export_is_a_valid_file_of_its_format(self):
        for path, fmt in self.exports.items():
            if path.exists():
                read_export(path, fmt)


# No shrinking: a step is a crawl (seconds), and a failing sequence is short enough to read as found.
OperatorActions.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=10, deadline=None, derandomize=not RANDOM_SEED, database=None,
    phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
test_output_invariants = OperatorActions.TestCase
