"""`python -m crawler.evaluate`: extraction scored on the labelled pages, against other extractors.

Every labelled page of `fixtures/` goes through the crawl's own callback and pipelines (as
`crawler.extract` does). Pages are grouped by the layout their label names: the site layouts
this project knows, and `generic` (pages of unknown templates and other sites). For each group:
exact-match rates of the fields, character-level precision, recall and F1 of `articleBody`
(whitespace ignored, mean over pages), and the number of pages where boilerplate leaked into the
body (an extracted paragraph that is not in the labelled body). The same body scores are given in
the same run for this project's generic extractor on every page, and for trafilatura and
readability-lxml.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from crawler.extract import Extractor
from crawler.layouts import Layout, extract_article
from crawler.layouts.blocks import read_blocks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXACT_FIELDS = ("headline", "datePublished", "authors", "editor", "source", "breadcrumbs")
WHITESPACE = re.compile(r"\s+")
MIN_LEAK_CHARS = 4


def squeeze(text: str | None) -> str:
    return WHITESPACE.sub("", text or "")


def body_scores(extracted: str | None, labelled: str) -> tuple[float, float, float, bool]:
    """Character-level precision, recall, F1 of a body against its label, and whether it leaked."""
    got, want = squeeze(extracted), squeeze(labelled)
    matched = sum(block.size for block in SequenceMatcher(None, got, want, autojunk=False).get_matching_blocks())
    precision = matched / len(got) if got else 0.0
    recall = matched / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    leaked = any(len(squeeze(line)) >= MIN_LEAK_CHARS and squeeze(line) not in want
                 for line in (extracted or "").split("\n"))
    return precision, recall, f1, leaked


class GenericOnly:
    """This project's generic extractor alone (no site layout), through the same pipelines."""

    def __init__(self):
        self.extractor = Extractor()

    def __call__(self, url: str, page: bytes) -> str | None:
        return self.extractor.finish(extract_article(url, page, layouts=(Layout,))).get("articleBody")


def trafilatura_body(url: str, page: bytes) -> str | None:
    import trafilatura

    return trafilatura.extract(page, url=url, include_comments=False, include_tables=True)


def readability_body(url: str, page: bytes) -> str | None:
    from lxml.html import fromstring
    from readability import Document

    from crawler.encoding import decode_html

    summary = Document(decode_html(page)[0], url=url).summary(html_partial=True)
    root = fromstring(summary)
    return "\n".join(line for line in (block.text.strip() for block in read_blocks(root, url)) if line)




def labelled_pages(directory: Path):
    for expected_path in sorted((directory / "expected").glob("*.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        if "headline" in expected:
            yield expected_path.stem, expected, (directory / "pages" / f"{expected_path.stem}.html").read_bytes()


def evaluate(directory: Path) -> dict:
    extractor = Extractor()
    others = {"generic (ours)": GenericOnly(), "trafilatura": trafilatura_body, "readability-lxml": readability_body}
    groups: dict[str, list] = defaultdict(list)
    for name, expected, page in labelled_pages(directory):
        items = list(extractor.items(expected["url"], page))
        item = dict(items[0]) if items and "headline" in items[0] else {}
        row = {"name": name, "fields": {field: item.get(field) == expected[field] for field in EXACT_FIELDS},
               "ours": body_scores(item.get("articleBody"), expected["articleBody"])}
        for label, extract in others.items():
            try:
                row[label] = body_scores(extract(expected["url"], page), expected["articleBody"])
            except Exception:  # another extractor failing on a page scores zero there
                row[label] = (0.0, 0.0, 0.0, False)
        group = "unknown layouts" if expected["metadata"]["layout"] == "generic" else "known layouts"
        groups[group].append(row)
    return groups


def scores(rows: list) -> dict:
    """A group's figures: field exact-match rates, and per extractor mean body P/R/F1 and leaks."""
    count = len(rows)
    figures = {"pages": count, "fields": {field: sum(row["fields"][field] for row in rows) / count for field in EXACT_FIELDS}}
    for label in [name for name in rows[0] if name not in ("name", "fields")]:
        body = [row[label] for row in rows]
        figures[label] = {"precision": sum(score[0] for score in body) / count, "recall": sum(score[1] for score in body) / count,
                          "f1": sum(score[2] for score in body) / count, "leaked": sum(score[3] for score in body)}
    return figures


def report(groups: dict) -> str:
    lines = []
    for group, rows in sorted(groups.items()):
        figures = scores(rows)
        lines.append(f"== {group}: {figures['pages']} pages")
        lines += [f"  {field:<16} exact {share:.3f}" for field, share in figures["fields"].items()]
        lines.append(f"  {'articleBody':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'leaked':>7}")
        for label, body in figures.items():
            if label not in ("pages", "fields"):
                lines.append(f"  {label:<16} {body['precision']:9.3f} {body['recall']:7.3f} {body['f1']:6.3f} "
                             f"{body['leaked']:4d}/{figures['pages']}")
        worst = sorted(rows, key=lambda row: row["ours"][2])[:3]
        lines.append("  lowest body F1 (ours): " + ", ".join(f"{row['name']} {row['ours'][2]:.3f}" for row in worst))
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=FIXTURES, help="a directory with pages/ and expected/")
    args = parser.parse_args(argv)
    print(report(evaluate(args.fixtures)))


if __name__ == "__main__":
    main()
