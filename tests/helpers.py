"""What the tests share: the labelled pages, loopback servers (HTTP, Redis), and a real `scrapy crawl`."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from jsonschema import Draft7Validator

from crawler.items import ARTICLE_SCHEMA

# JSON Schema's `format` checked, date-time among them (strictly, by rfc3339-validator): a format whose
# checker is missing would pass everything, so the test of the checker itself is in test_fixture_items.
STRICT_FORMATS = Draft7Validator.FORMAT_CHECKER

PROJECT = Path(__file__).resolve().parent.parent
REDIS_SERVER = shutil.which("redis-server")


def copy_project(destination: Path) -> None:
    """A copy of the project's committed and staged files (a fresh checkout, without its .venv)."""
    files = subprocess.run(["git", "ls-files"], cwd=PROJECT, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        (destination / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT / name, destination / name)


def comparable(item: dict) -> dict:
    """The item without what differs between runs (the download time)."""
    item = json.loads(json.dumps(item))
    item.get("metadata", {}).pop("dateDownloaded", None)
    return item


def assert_valid_article(item: dict) -> None:
    validator = Draft7Validator(ARTICLE_SCHEMA, format_checker=STRICT_FORMATS)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(item)]
    assert not errors, errors


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def closed_port() -> int:
    """A loopback port nobody listens on (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# For crawls of a handful of odd pages, where the health monitors would rightly alert.
WITHOUT_MONITORS = ("-s", "SPIDERMON_ENABLED=False")


@dataclass
class CrawlResult:
    returncode: int
    log: str
    articles: list[dict]
    rejects: list[dict]
    stats: dict  # the run's full stats, from its record in OUTPUT_DIR/runs.jsonl (the console shows them at DEBUG only)


def crawl_command(spider: str, output_dir: Path, *args: str) -> list[str]:
    """`scrapy crawl SPIDER` as a user runs it, with fast settings for loopback, its outputs and
    (unless given) its crawl state in `output_dir`."""
    state = [] if any(arg.startswith("CRAWL_STATE=") for arg in args) else ["-s", f"CRAWL_STATE={output_dir / 'state.sqlite3'}"]
    return [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"OUTPUT_DIR={output_dir}", *state,
               "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
               "-s", "RETRY_BACKOFF_BASE=0.1", *args]


def collect(output_dir: Path, returncode: int, log: str) -> CrawlResult:
    """What a crawl wrote in `output_dir`, every article checked against the contract."""
    articles = [item for path in sorted(output_dir.glob("articles-*.jsonl")) for item in read_jsonl(path)]
    rejects = [item for path in sorted(output_dir.glob("rejects-*.jsonl")) for item in read_jsonl(path)]
    for item in articles:
        assert_valid_article(item)
    runs = read_jsonl(output_dir / "runs.jsonl") if (output_dir / "runs.jsonl").exists() else []
    return CrawlResult(returncode, log, articles, rejects, runs[-1]["stats"] if runs else {})


def run_crawl(spider: str, output_dir: Path, *args: str) -> CrawlResult:
    done = subprocess.run(crawl_command(spider, output_dir, *args), cwd=PROJECT, capture_output=True, text=True,
                          timeout=300)
    return collect(output_dir, done.returncode, done.stderr)


def start_workers(count: int, tmp_path: Path, redis_url: str, mirror_url: str, *args: str, run: str = "run1",
                  disk_fault: str = "") -> dict:
    """`count` workers of one distributed crawl of the cqn mirror at `mirror_url`, each writing to
    its own OUTPUT_DIR (tmp_path/w1, w2, ...), its log in tmp_path/<run>-w<n>.log; {output: process}.
    `disk_fault` (a FAULT of tests/faulty_writer.py) is on every worker's articles file."""
    workers = {}
    for number in range(1, count + 1):
        output = tmp_path / f"w{number}"
        command = crawl_command("cqn", output, "-s", f"REDIS_URL={redis_url}", "-s", f"CQN_BASE_URL={mirror_url}",
                                "-s", "CRAWL_STATE=redis", *args)
        if disk_fault:
            command = [sys.executable, str(PROJECT / "tests" / "faulty_writer.py"), disk_fault, *command[2:]]
        log = (tmp_path / f"{run}-w{number}.log").open("w")
        workers[output] = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=log)
    return workers


def start_redis(directory: Path) -> tuple[subprocess.Popen, str]:
    """A real redis-server on a loopback port of its own (.ci/run installs it), and its URL."""
    assert REDIS_SERVER, "redis-server is not installed: .ci/run installs Debian's redis-server"
    port = closed_port()
    server = subprocess.Popen([REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(directory)], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True).stdout.strip() != "PONG":
        assert server.poll() is None and time.monotonic() < deadline, "redis-server did not start"
        time.sleep(0.1)
    return server, f"redis://127.0.0.1:{port}/0"


def start_scrapyd(home: Path) -> tuple[subprocess.Popen, str]:
    """A real scrapyd on a loopback port of its own, its files under `home`, and its base URL."""
    home.mkdir(parents=True, exist_ok=True)
    port = closed_port()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = eggs\nlogs_dir = logs\n"
        "items_dir =\ndbs_dir = dbs\nmax_proc = 1\n")
    daemon = subprocess.Popen([str(Path(sys.executable).parent / "scrapyd")], cwd=home, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/daemonstatus.json", timeout=30):
                return daemon, base
        except OSError:
            assert daemon.poll() is None and time.monotonic() < deadline, "scrapyd did not start"
            time.sleep(0.2)
