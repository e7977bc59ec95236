"""`python -m crawler.report [--html REPORT.html] [OUTPUT_DIR or FILE ...]`: what consumers and
operators should know of a crawl's output.

Per site, in readable tables: the articles and rejections, the layouts that read them, each
field's fill rate, the articles per section, the rejections by reason, and the articles per
publication day; then the latest runs (from `runs.jsonl`: status, duration, articles) and their
alerts. A directory (by default `output/`) stands for its articles-*.jsonl, rejects-*.jsonl and
runs.jsonl; files can be named one by one too. Given several runs' files, each article counts once
(its latest revision). `--html FILE` writes the same as one self-contained HTML page with charts
(`crawler.monitoring.html_report`).

A file that cannot be read, or a line that is no item, is said in one line on stderr and the exit
status is 1; the rest is reported all the same, and nothing at all when nothing could be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from crawler.items import rejection_reason
from crawler.monitoring.health import COVERED_FIELDS, Health
from crawler.monitoring.summary import RUNS_FILE
from crawler.sites import section_of, site_name

LATEST_DAYS = 14  # publication days the text report lists (the HTML chart shows them all)
LATEST_RUNS = 10
UNDATED = "undated"


@dataclass
class SiteReport:
    """What a site's output holds."""

    health: Health = field(default_factory=Health)
    sections: Counter = field(default_factory=Counter)
    days: Counter = field(default_factory=Counter)  # "YYYY-MM-DD" (or UNDATED) -> articles published that day
    latest: list[dict] = field(default_factory=list)  # its articles, newest download first


@dataclass
class Output:
    articles: dict[str, dict] = field(default_factory=dict)  # URL -> its latest revision
    rejected: dict[str, dict] = field(default_factory=dict)  # URL never written -> its last rejection
    runs: list[dict] = field(default_factory=list)  # runs.jsonl records, oldest first
    problems: list[str] = field(default_factory=list)

    def sites(self) -> dict[str, SiteReport]:
        reports: dict[str, SiteReport] = defaultdict(SiteReport)
        for url, item in self.articles.items():
            report = reports[item.get("site") or site_name(url) or "?"]
            report.health.add_article(item)
            report.sections[section_of(url) or "(none)"] += 1
            report.days[(item.get("datePublished") or UNDATED)[:10]] += 1
            report.latest.append(item)
        for url, rejection in self.rejected.items():
            reports[site_name(url) or "?"].health.add_rejection(rejection_reason(rejection))
        for report in reports.values():
            report.latest.sort(key=lambda item: item.get("metadata", {}).get("dateDownloaded") or "", reverse=True)
        return dict(sorted(reports.items()))

    def alerts(self) -> list[tuple[dict, str]]:
        """(run, alert) of the latest runs, newest first."""
        return [(run, alert) for run in reversed(self.runs[-LATEST_RUNS:]) for alert in run.get("alerts") or []]


def files_of(paths: list[Path]) -> list[Path]:
    """The files a path stands for: a directory its output files, a file itself."""
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(path.glob("articles-*.jsonl")) + sorted(path.glob("rejects-*.jsonl"))
            found += [path / RUNS_FILE] if (path / RUNS_FILE).exists() else []
        else:
            found.append(path)
    return found


def read_output(paths: list[Path]) -> Output:
    """The latest revision of each article, the last rejection of each URL never written, the runs,
    and the problems met (a file that cannot be read, a line that is not JSON)."""
    output = Output()
    rejected: dict[str, dict] = {}
    for path in files_of(paths):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            output.problems.append(f"{path}: cannot read it ({getattr(error, 'strerror', None) or error})")
            continue
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                key = item["spider"] if path.name == RUNS_FILE else item["url"]
            except (json.JSONDecodeError, KeyError, TypeError):
                output.problems.append(f"{path}:{number}: not {'a run record' if path.name == RUNS_FILE else 'an item'} "
                                       "of this crawler")
                continue
            if path.name == RUNS_FILE:
                output.runs.append(item)
            elif "rejected" in item:
                rejected[key] = item
            elif key not in output.articles or item["metadata"]["revision"] >= output.articles[key]["metadata"]["revision"]:
                output.articles[key] = item
    output.rejected = {url: item for url, item in rejected.items() if url not in output.articles}
    output.runs.sort(key=lambda run: run.get("started") or "")
    return output


def duration(run: dict) -> float | None:
    """A run's seconds, from its start to its end."""
    try:
        return (datetime.fromisoformat(run["finished"]) - datetime.fromisoformat(run["started"])).total_seconds()
    except (KeyError, TypeError, ValueError):
        return None


def width(text: str) -> int:
    """Columns a text takes in a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def table(headers: tuple[str, ...], rows: list[tuple]) -> list[str]:
    """Aligned columns: text to the left, numbers to the right."""
    cells = [tuple(f"{value:.3f}" if isinstance(value, float) else str(value) for value in row) for row in rows]
    widths = [max(width(text) for text in column) for column in zip(headers, *cells, strict=True)]
    numeric = [all(isinstance(row[i], int | float) for row in rows) and rows for i in range(len(headers))]

    def line(texts: Sequence[str]) -> str:
        return "  " + "  ".join(" " * (w - width(t)) + t if right else t + " " * (w - width(t))
                                for t, w, right in zip(texts, widths, numeric, strict=True)).rstrip()

    return [line(headers), *(line(row) for row in cells)]


def text_report(output: Output) -> list[str]:
    lines = []
    for site, report in output.sites().items():
        health = report.health
        lines += ["", f"== {site}: {health.lines()[0]}; read by the generic extractor {health.generic_share():.3f}"]
        lines += table(("layout", "articles"), sorted(health.layouts.items()))
        coverage = health.coverage()
        lines += ["", *table(("field", "filled"), [(name, coverage[name]) for name in COVERED_FIELDS])]
        lines += ["", *table(("section", "articles"), sorted(report.sections.items()))]
        if health.rejected or health.filtered:
            reasons = [(reason, "rejected", count) for reason, count in sorted(health.rejected.items())]
            reasons += [(reason, "filtered out", count) for reason, count in sorted(health.filtered.items())]
            lines += ["", *table(("reason", "kind", "pages"), reasons)]
        dated = sorted((day for day in report.days if day != UNDATED), reverse=True)
        shown = [(day, report.days[day]) for day in dated[:LATEST_DAYS]]
        shown += [(UNDATED, report.days[UNDATED])] if UNDATED in report.days else []
        lines += ["", *table(("published", "articles"), shown)]
        if len(dated) > LATEST_DAYS:
            lines.append(f"  the latest {LATEST_DAYS} of {len(dated)} days, {dated[-1]} to {dated[0]}")
    if output.runs:
        rows = [(run.get("started", "?"), run.get("spider", "?"), run.get("status", "?"),
                 f"{seconds:.0f} s" if (seconds := duration(run)) is not None else "?", run.get("articlesWritten", 0),
                 sum((run.get("rejected") or {}).values()), run.get("fetchErrors", 0))
                for run in reversed(output.runs[-LATEST_RUNS:])]
        lines += ["", f"== runs: the latest {len(rows)} of {len(output.runs)}",
                  *table(("started", "spider", "status", "took", "articles", "rejected", "fetch errors"), rows)]
        alerts = output.alerts()
        lines += ["", "== alerts of those runs", *(table(("started", "spider", "alert"),
                  [(run.get("started", "?"), run.get("spider", "?"), alert) for run, alert in alerts]) if alerts
                  else ["  none"])]
    return lines[1:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.report", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("output")],
                        help="output directories or articles-*.jsonl, rejects-*.jsonl, runs.jsonl files (default: output/)")
    parser.add_argument("--html", type=Path, metavar="REPORT.html", help="write the report, with charts, as one HTML file")
    args = parser.parse_args(argv)
    output = read_output(args.paths)
    for problem in output.problems:
        print(problem, file=sys.stderr)
    if not (output.articles or output.rejected or output.runs):
        if not output.problems:
            print(f"{', '.join(map(str, args.paths))}: no articles, rejections or runs found", file=sys.stderr)
        return 1
    if args.html:
        from crawler.monitoring.html_report import html_report  # matplotlib: only for the HTML report

        args.html.write_text(html_report(output), encoding="utf-8")
        print(f"Wrote {args.html}")
    else:
        print("\n".join(text_report(output)))
    return 1 if output.problems else 0


if __name__ == "__main__":
    sys.exit(main())
