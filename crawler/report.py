"""`python -m crawler.report FILE.jsonl...`: what consumers should know of a crawl's output.

The same health figures a crawl ends with (per-field coverage, the share read by the generic
extractor, the share rejected), for any articles or rejects files, plus the number of articles
per publication day and per section.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from crawler.health import Health
from crawler.sites import section_of


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.report", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="articles-*.jsonl and rejects-*.jsonl files")
    args = parser.parse_args(argv)
    health, days, sections = Health(), Counter(), Counter()
    for path in args.files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                print(f"{path}:{number}: not a JSON line", file=sys.stderr)
                continue
            if "rejected" in item:
                health.add_rejection()
                continue
            health.add_article(item)
            days[(item.get("datePublished") or "undated")[:10]] += 1
            sections[section_of(urlsplit(item["url"]).path)] += 1
    for line in health.lines():
        print(line)
    print("per section: " + json.dumps(dict(sorted(sections.items())), ensure_ascii=False))
    print("per day: " + json.dumps(dict(sorted(days.items())), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
