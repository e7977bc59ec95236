"""`python -m crawler.demo`: the crawler's main job, offline: both sites crawled from a local mirror.

Starts `crawler.mirror` on a free loopback port, runs `scrapy crawl cqn` and
`scrapy crawl 315online` against it exactly as a user would against the real sites, and says
where the articles and rejections were written.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from crawler.mirror import MirrorServer, build_routes, labelled_articles

PROJECT = Path(__file__).resolve().parent.parent


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", default="output", help="where the JSONL files go (default: output/)")
    args = parser.parse_args(argv)
    output_dir = Path(args.output_dir).resolve()
    with MirrorServer(build_routes(labelled_articles())) as mirror:
        for spider in ("cqn", "315online"):
            print(f"\n== scrapy crawl {spider} (from the mirror at {mirror.base_url})", flush=True)
            command = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"OUTPUT_DIR={output_dir}",
                       "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", *mirror.crawl_settings()]
            if subprocess.run(command, cwd=PROJECT).returncode:
                return 1
    print(f"\nDone. Articles and rejections are in {output_dir}/ (articles-*.jsonl, rejects-*.jsonl).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
