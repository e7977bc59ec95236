"""`python -m crawler.demo`: the crawler's main job, offline: both sites crawled from the demo mirror.

Starts `crawler.mirror` on free loopback ports, runs `scrapy crawl cqn` and
`scrapy crawl 315online` against it exactly as a user would against the real sites, with the web
archive on (`ARCHIVE_DIR`, under the output directory), and says where the articles, rejections
and archive were written.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path

from crawler.mirror import MIRROR_SETTING, SPIDER, MirrorServer, demo_sites
from crawler.monitoring.summary import RUNS_FILE

PROJECT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", default="output", help="where the JSONL files go (default: output/)")
    parser.add_argument("--articles", type=int, default=90, help="size of the generated demo site")
    args = parser.parse_args(argv)
    output_dir = Path(args.output_dir).resolve()
    archive_dir = output_dir / "archive"
    with ExitStack() as servers:
        for domain, site in demo_sites(args.articles).items():
            mirror = servers.enter_context(MirrorServer(site.routes))
            print(f"\n== scrapy crawl {SPIDER[domain]}: {domain} from the demo mirror at {mirror.base_url} "
                  f"({len(site.articles)} articles)", flush=True)
            command = [sys.executable, "-m", "scrapy", "crawl", SPIDER[domain], "-s", f"OUTPUT_DIR={output_dir}",
                       "-s", f"{MIRROR_SETTING[domain]}={mirror.base_url}", "-s", f"ARCHIVE_DIR={archive_dir}",
                       "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "PROGRESS_INTERVAL=1",
                       "-s", "CRAWL_STATE="]  # no state between demos: every demo crawls it all
            if subprocess.run(command, cwd=PROJECT).returncode:
                return 1
    print(f"\nDone. Articles and rejections are in {output_dir}/ (articles-*.jsonl, rejects-*.jsonl):")
    for run in last_runs(output_dir / RUNS_FILE, SPIDER.values()):
        rejected = ", ".join(f"{reason} {count}" for reason, count in sorted(run["rejected"].items()))
        print(f"  {run['spider']}: {run['articlesWritten']} articles written, {sum(run['rejected'].values())} rejected"
              f"{f' ({rejected})' if rejected else ''}, {run['fetchErrors']} fetch errors; health {run['status']}")
    print(f"The pages as fetched are archived in {archive_dir}/ (WARC); extract them again with "
          f"`python -m crawler.extract --archive {archive_dir}`.")
    return 0


def last_runs(runs_file: Path, spiders: Iterable[str]) -> list[dict]:
    """The last run record of each spider in a runs.jsonl."""
    runs: dict[str, dict] = {}
    for line in runs_file.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        runs[record["spider"]] = record
    return [runs[spider] for spider in spiders if spider in runs]


if __name__ == "__main__":
    sys.exit(main())
