"""The README's commands for operators work as written."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

from crawler.commands.crawl import CRAWL_FAILED, MONITORS_FAILED, SIGNALLED, USAGE_ERROR
from crawler.mirror import MirrorServer, demo_sites
from helpers import PROJECT, copy_project


def test_the_cron_line_runs_in_a_fresh_checkout(tmp_path):
    line = next(line for line in (PROJECT / "README.md").read_text(encoding="utf-8").splitlines()
                if re.match(r"^0 \* \* \* \* ", line))
    command = line.split(" ", 5)[5]  # what cron runs, after the five time fields
    checkout = tmp_path / "cqn-crawler"
    copy_project(checkout)
    (checkout / ".venv").mkdir()
    (checkout / ".venv" / "bin").symlink_to(Path(sys.executable).parent)
    site = demo_sites(30)["cqn.com.cn"]
    with MirrorServer(site.routes) as mirror:
        mirrored = command.replace("/srv/cqn-crawler", str(checkout)).replace(
            " >>", f" -s CQN_BASE_URL={mirror.base_url} -s DOWNLOAD_DELAY=0 -s AUTOTHROTTLE_ENABLED=0 >>", 1)
        done = subprocess.run(["sh", "-c", mirrored], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, (done.stderr, (checkout / "logs" / "cqn.log").read_text())
    assert "SUMMARY: Crawl cqn (finished)" in (checkout / "logs" / "cqn.log").read_text()
    [run] = [json.loads(line) for line in (checkout / "output" / "runs.jsonl").read_text().splitlines()]
    assert run["status"] == "ok" and run["articlesWritten"] == len(site.articles)


def test_the_exit_status_table_lists_every_status_the_commands_return():
    returned = {0, CRAWL_FAILED, USAGE_ERROR, MONITORS_FAILED, SIGNALLED + signal.SIGINT, SIGNALLED + signal.SIGTERM}
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    table = readme.split("`scrapy crawl` exits with:", 1)[1].split("\n\n", 2)[1]
    listed = {int(status) for row in table.splitlines()[2:] for status in re.findall(r"\d+", row.split("|")[1])}
    assert listed == returned
