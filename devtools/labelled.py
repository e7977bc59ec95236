"""The labelled pages: saved pages and what they must become, as `fixtures/` holds them
(`pages/<name>.html`, `expected/<name>.json`), or as a corpus holds them (`gold.jsonl` lines
`{"file", "url", "corpus", "articleBody", ...}` beside the pages). Read by the evaluation, the
benchmark and the tests; a development tool, not part of a deployed crawler (the demo copy of the
sites reads the fixtures' articles itself).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from crawler.mirror import FIXTURES


@dataclass
class LabelledPage:
    name: str
    path: Path  # the page's bytes, as served
    expected: dict  # the item it must become (all fields, or those labelled), or {"url", "rejected"}
    group: str  # what it is scored with: the layout's kind, or the corpus

    @property
    def url(self) -> str:
        return self.expected["url"]

    @property
    def fetched_url(self) -> str:
        """Where the page was served: a mobile page at the mobile host, the rest at their URL."""
        if self.expected.get("metadata", {}).get("layout") == "cqn-mobile":
            return self.url.replace("://www.", "://m.", 1)
        return self.url

    @property
    def is_article(self) -> bool:
        return "rejected" not in self.expected

    def body(self) -> bytes:
        return self.path.read_bytes()


def fixture_pages(directory: Path = FIXTURES) -> list[LabelledPage]:
    """The pages of a fixtures directory, by name; grouped as known layouts, unknown layouts (the
    generic extractor's), and non-articles."""
    pages = []
    for expected_path in sorted((directory / "expected").glob("*.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        layout = expected.get("metadata", {}).get("layout")
        group = "non-articles" if "rejected" in expected else "unknown layouts" if layout == "generic" else "known layouts"
        pages.append(LabelledPage(expected_path.stem, directory / "pages" / f"{expected_path.stem}.html", expected, group))
    return pages


def corpus_pages(directory: Path) -> list[LabelledPage]:
    """The pages of a corpus directory (`gold.jsonl`), in its order, grouped by corpus; a page
    labelled `rejected` (a non-article, with the reason) is grouped with its corpus's non-articles."""
    pages = []
    for line in (directory / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            gold = json.loads(line)
            gold.pop("source", None)  # in a corpus, where the page comes from (a dataset), not the article's source
            group = gold.get("corpus", "corpus") + (" non-articles" if "rejected" in gold else "")
            pages.append(LabelledPage(Path(gold["file"]).stem, directory / gold["file"], gold, group))
    return pages
