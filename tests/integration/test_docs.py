"""Every command the README and docs/ give a user works as written.

A command is a line of a ```sh block (a `\\` at its end continues it; a `#` comment ends it). They
run in a checkout of the project (its committed files, the test's virtual environment), one after
the other in the order the files give them (the README first: its demo writes `output/`, which
later commands read), with what stands in for the world a user has: the demo mirrors of both
sites for the real sites (`scrapy crawl` and scrapyd jobs are pointed at them), a redis-server for
`redis.example`, a scrapyd for `localhost:6800`, a directory for `/srv/cqn`. A command exits 0.

Two commands are run by `.ci/run` itself, which checks they are the same: the install (a fresh
virtual environment and `pip install`) and the test command. The systemd unit's ExecStart and the
cron line (tests/integration/test_readme.py) are run as their daemons would run them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.mirror import MIRROR_SETTING, MirrorServer, demo_sites
from helpers import PROJECT, copy_project, start_redis, start_scrapyd

DOCUMENTS = [PROJECT / "README.md", *sorted((PROJECT / "docs").glob("*.md"))]
INSTALL = "python3 -m venv --upgrade-deps .venv && .venv/bin/pip install -r requirements.txt && "
TEST_COMMAND = ".venv/bin/python -m pytest tests"
CRAWL = re.compile(r"\bscrapy crawl \S+")


@dataclass(frozen=True)
class Command:
    document: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.document.relative_to(PROJECT)}:{self.line}"


def blocks(document: Path, language: str) -> list[tuple[int, list[str]]]:
    """(first line number, lines) of each fenced block of `language` in a Markdown file."""
    found, current, start = [], None, 0
    for number, line in enumerate(document.read_text(encoding="utf-8").splitlines(), start=1):
        if current is None and line.strip() == f"```{language}":
            current, start = [], number + 1
        elif current is not None and line.strip() == "```":
            found.append((start, current))
            current = None
        elif current is not None:
            current.append(line)
    return found


def documented_commands() -> list[Command]:
    commands = []
    for document in DOCUMENTS:
        for start, lines in blocks(document, "sh"):
            pending, first = "", start
            for number, line in enumerate(lines, start=start):
                pending, first = (pending + " " + line.strip(), first) if pending else (line.strip(), number)
                if pending.endswith("\\"):
                    pending = pending[:-1].rstrip()
                    continue
                text = re.sub(r"\s+#.*$", "", pending).strip()
                if text:
                    commands.append(Command(document, first, text))
                pending = ""
    return commands


COMMANDS = documented_commands()


@dataclass
class Sandbox:
    checkout: Path
    srv: Path
    mirrors: dict[str, str]  # setting -> the mirror's base URL
    redis_url: str
    scrapyd: str

    @property
    def settings(self) -> list[str]:
        return [*(f"{setting}={url}" for setting, url in self.mirrors.items()), "DOWNLOAD_DELAY=0",
                "AUTOTHROTTLE_ENABLED=0"]

    def command(self, text: str) -> str:
        """A documented command as it runs here: the same, against the stand-ins for the world."""
        text = text.replace("/srv/cqn-crawler", str(self.checkout)).replace("/srv/cqn/", f"{self.srv}/")
        text = text.replace("redis://redis.example:6379/0", self.redis_url).replace("http://localhost:6800", self.scrapyd)
        text = CRAWL.sub(lambda crawl: crawl.group(0) + "".join(f" -s {setting}" for setting in self.settings), text)
        if "/schedule.json" in text:
            text += "".join(f" -d setting={setting}" for setting in self.settings)
        return text

    def run(self, text: str) -> subprocess.CompletedProcess:
        environment = {**os.environ, "PATH": f"{self.checkout / '.venv' / 'bin'}:{os.environ['PATH']}"}
        return subprocess.run(["sh", "-c", self.command(text)], cwd=self.checkout, env=environment, capture_output=True,
                              text=True, timeout=300)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    root = tmp_path_factory.mktemp("docs")
    checkout = root / "cqn-crawler"
    copy_project(checkout)
    (root / "srv").mkdir()
    (checkout / ".venv").symlink_to(Path(sys.executable).parent.parent)  # the test's own environment
    scrapyd_process, scrapyd = start_scrapyd(root / "scrapyd")
    config = checkout / "scrapy.cfg"
    config.write_text(config.read_text().replace("http://localhost:6800", scrapyd))
    redis, redis_url = start_redis(root)
    try:
        with MirrorServer(demo_sites(30)["cqn.com.cn"].routes) as cqn, \
                MirrorServer(demo_sites(30)["315online.com"].routes) as online315:
            yield Sandbox(checkout, root / "srv", {MIRROR_SETTING["cqn.com.cn"]: cqn.base_url,
                                                   MIRROR_SETTING["315online.com"]: online315.base_url}, redis_url, scrapyd)
    finally:
        for process in (scrapyd_process, redis):
            process.terminate()
            process.wait(timeout=30)
        shutil.rmtree(checkout / "build", ignore_errors=True)


def test_the_install_and_the_test_command_are_what_ci_runs():
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "python3 -m venv --upgrade-deps .venv" in ci
    assert any(line.startswith(".venv/bin/pip install") and line.endswith(" -r requirements.txt") for line in ci)
    assert ci[-1] == TEST_COMMAND
    readme = [command.text for command in COMMANDS if command.document.name == "README.md"]
    assert readme[:2] == [INSTALL + ".venv/bin/python -m crawler.demo", TEST_COMMAND]


@pytest.mark.parametrize("command", [command for command in COMMANDS if command.text != TEST_COMMAND], ids=str)
def test_documented_command_works_as_written(command, sandbox):
    done = sandbox.run(command.text.removeprefix(INSTALL))  # the install: .ci/run makes this very environment
    assert done.returncode == 0, f"{command.text}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert "Traceback" not in done.stderr, done.stderr


@pytest.mark.parametrize("document", [document for document in DOCUMENTS if blocks(document, "ini")], ids=lambda d: d.name)
def test_the_systemd_unit_runs_its_crawl(document, sandbox):
    unit = "\n".join(line for _, lines in blocks(document, "ini") for line in lines)
    directory = re.search(r"^WorkingDirectory=(.+)$", unit, re.M)
    start = re.search(r"^ExecStart=(.+)$", unit, re.M).group(1)
    done = sandbox.run(f"cd {directory.group(1)} && {start}" if directory else start)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "SUMMARY: Crawl cqn (finished)" in done.stderr
