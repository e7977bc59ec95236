"""Scheduled crawls through a real scrapyd: deploy the project with scrapyd-deploy, schedule `cqn`
against the demo mirror, wait for the job, and check what it wrote."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from crawler.mirror import MirrorServer, demo_sites
from helpers import collect, copy_project, start_scrapyd

VENV_BIN = Path(sys.executable).parent


def call(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=30) as answer:
        return json.loads(answer.read())


@pytest.fixture
def scrapyd(tmp_path):
    """A real scrapyd on a loopback port of its own, with its files in the test's directory."""
    home = tmp_path / "scrapyd"
    daemon, base = start_scrapyd(home)
    yield base, home
    daemon.terminate()
    daemon.wait(timeout=30)


def test_deploy_schedule_and_collect(scrapyd, tmp_path):
    base, home = scrapyd
    project = tmp_path / "project"  # a copy: building the egg writes into the project's directory
    copy_project(project)
    config = (project / "scrapy.cfg").read_text().replace("url = http://localhost:6800/", f"url = {base}/")
    (project / "scrapy.cfg").write_text(config)

    deployed = subprocess.run([str(VENV_BIN / "scrapyd-deploy")], cwd=project, capture_output=True, text=True)
    assert deployed.returncode == 0, deployed.stderr
    assert call(base, "listspiders.json?project=cqn")["spiders"] == ["315online", "cqn"]

    site = demo_sites(90)["cqn.com.cn"]
    output = tmp_path / "out"
    with MirrorServer(site.routes) as mirror:
        job = call(base, "schedule.json", [
            ("project", "cqn"), ("spider", "cqn"),
            ("setting", f"CQN_BASE_URL={mirror.base_url}"), ("setting", f"OUTPUT_DIR={output}"),
            ("setting", f"CRAWL_STATE={tmp_path / 'state.sqlite3'}"),
            ("setting", "AUTOTHROTTLE_ENABLED=0"), ("setting", "DOWNLOAD_DELAY=0"),
        ])["jobid"]
        deadline = time.monotonic() + 240
        while job not in [done["id"] for done in call(base, "listjobs.json?project=cqn")["finished"]]:
            assert time.monotonic() < deadline, "the scheduled job did not finish"
            time.sleep(0.5)

    log = next((home / "logs" / "cqn" / "cqn").glob(f"{job}.log")).read_text(encoding="utf-8")
    result = collect(output, 0, log)
    assert "Crawl cqn (finished)" in log
    [run] = [json.loads(line) for line in (output / "runs.jsonl").read_text().splitlines()]
    assert run["status"] == "ok"  # how a scrapyd user tells a good job from an alarmed one
    assert sorted(item["url"] for item in result.articles) == sorted(article.url for article in site.articles)
