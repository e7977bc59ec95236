"""`python -m crawler.report FILE.jsonl...`: what consumers should know of a crawl's output.

The same health figures a crawl ends with (per-field coverage, the share read by the generic
extractor, the share rejected), for any articles or rejects files, plus the number of articles
per publication day and per section. Given several runs' files, each article counts once (its
latest revision). A file that cannot be read, or a line that is no item, is said in one line on
stderr (and the exit status is 1); the rest is reported all the same.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from crawler.items import rejection_reason
from crawler.monitoring.health import Health
from crawler.sites import section_of


def read_items(paths: list[Path]) -> tuple[dict[str, dict], dict[str, dict], list[str]]:
    """The latest revision of each article, the last rejection of each URL never written, and
    the problems met (a file that cannot be read, a line that is not JSON), from several runs' files."""
    articles: dict[str, dict] = {}
    rejected: dict[str, dict] = {}
    problems = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            problems.append(f"{path}: cannot read it ({getattr(error, 'strerror', None) or error})")
            continue
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                url = item["url"]
            except (json.JSONDecodeError, KeyError, TypeError):
                problems.append(f"{path}:{number}: not an item of this crawler")
                continue
            if "rejected" in item:
                rejected[url] = item
            elif url not in articles or item["metadata"]["revision"] >= articles[url]["metadata"]["revision"]:
                articles[url] = item
    return articles, {url: item for url, item in rejected.items() if url not in articles}, problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.report", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="articles-*.jsonl and rejects-*.jsonl files")
    args = parser.parse_args(argv)
    articles, rejected, problems = read_items(args.files)
    for problem in problems:
        print(problem, file=sys.stderr)
    health, days, sections = Health(), Counter(), Counter()
    for item in articles.values():
        health.add_article(item)
        days[(item.get("datePublished") or "undated")[:10]] += 1
        sections[section_of(urlsplit(item["url"]).path)] += 1
    for rejection in rejected.values():
        health.add_rejection(rejection_reason(rejection))
    for line in health.lines():
        print(line)
    print("per section: " + json.dumps(dict(sorted(sections.items())), ensure_ascii=False))
    print("per day: " + json.dumps(dict(sorted(days.items())), ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
