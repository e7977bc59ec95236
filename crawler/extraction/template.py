"""A site's template, learned from its pages: blocks that repeat verbatim across many pages of one
site and layout (a footer, a side advertisement, a disclaimer, a one-line advertisement between
paragraphs) are the template's, not an article's, and leave its body.

A block counts once per page it stands on; it is template when at least MIN_TEMPLATE_PAGES pages
of its scope (site and layout) show it, and at least half of the scope's pages: a real sentence
two stories share stays, and so do paragraphs a site reuses in a few of its many stories (a
correction notice, a standard background paragraph). An advertisement shown on fewer than half of
the pages seen stays too: the price of telling template from text by repetition alone. What was
learned lasts between runs where a store keeps it (`crawler.state`: `template_counts`,
`add_template_counts`); only blocks seen on two pages or more are kept there. Memory stays flat:
a scope keeps at most MAX_FINGERPRINTS blocks, forgetting those seen once when it is full.
Offline extraction of one page does not use this: it knows no other page.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from crawler.extraction.article import Extraction
from crawler.extraction.blocks import Block
from crawler.extraction.render import render_body

MIN_TEMPLATE_PAGES = 3
TEMPLATE_SHARE = 0.5
# The items of a scope's first pages wait until it has seen this many (its template unknown yet).
WARM_UP_PAGES = 6
MAX_FINGERPRINTS = 4096
# What was learned goes to the store after this many pages of a scope (and when the crawl is idle).
PAGES_PER_FLUSH = 50


class TemplateStore(Protocol):
    def template_counts(self, scope: str) -> tuple[int, dict[str, int]]:
        """How many pages of the scope were seen, and on how many of them each block stood."""

    def add_template_counts(self, scope: str, pages: int, counts: dict[str, int]) -> None:
        """Add pages seen, and pages each block stood on."""


def fingerprint(block: Block) -> str:
    """A block's identity, whitespace ignored: its kind and its text (a picture: its address)."""
    shown = block.src if block.kind == "img" else "".join(block.text.split())
    return hashlib.blake2b(f"{block.kind}:{shown}".encode(), digest_size=8).hexdigest()


class TemplateMemory:
    """The blocks seen per scope, and on how many pages each stood."""

    def __init__(self, store: TemplateStore | None = None):
        self.store = store
        self.pages: dict[str, int] = {}
        self.counts: dict[str, dict[str, int]] = {}
        self.stored: dict[str, dict[str, int]] = defaultdict(dict)  # what the store holds of each count
        self.stored_pages: dict[str, int] = {}

    def _scope(self, scope: str) -> dict[str, int]:
        if scope not in self.counts:
            pages, counts = self.store.template_counts(scope) if self.store is not None else (0, {})
            self.pages[scope], self.stored_pages[scope] = pages, pages
            self.counts[scope], self.stored[scope] = dict(counts), dict(counts)
        return self.counts[scope]

    def seen(self, scope: str) -> int:
        """How many pages of the scope were learned from."""
        self._scope(scope)
        return self.pages[scope]

    def learn(self, scope: str, blocks: Iterable[Block]) -> None:
        """Count a page's blocks (each once)."""
        counts = self._scope(scope)
        for key in {fingerprint(block) for block in blocks}:
            counts[key] = counts.get(key, 0) + 1
        self.pages[scope] += 1
        if len(counts) > MAX_FINGERPRINTS:
            for key in [key for key, count in counts.items() if count == 1]:
                del counts[key]
        if (self.pages[scope] - self.stored_pages[scope]) >= PAGES_PER_FLUSH:
            self.flush(scope)

    def is_template(self, scope: str, block: Block) -> bool:
        """Shown on MIN_TEMPLATE_PAGES pages of the scope, and on TEMPLATE_SHARE of them: a template
        stands on (nearly) every page, where paragraphs a site reuses stand on a few of many."""
        count = self._scope(scope).get(fingerprint(block), 0)
        return count >= MIN_TEMPLATE_PAGES and count >= TEMPLATE_SHARE * self.pages[scope]

    def without_template(self, scope: str, extraction: Extraction) -> Extraction:
        """The article without its scope's template blocks, its body fields rendered again."""
        kept = [block for block in extraction.blocks if not self.is_template(scope, block)]
        if len(kept) == len(extraction.blocks):
            return extraction
        return replace(extraction, fields={**extraction.fields, **render_body(kept)}, blocks=tuple(kept))

    def flush(self, scope: str | None = None) -> None:
        """Send the store what it does not hold yet: blocks seen on two pages or more, pages seen."""
        if self.store is None:
            return
        for name in [scope] if scope is not None else list(self.counts):
            stored = self.stored[name]
            added = {key: count - stored.get(key, 0) for key, count in self.counts[name].items()
                     if count >= 2 and count != stored.get(key, 0)}
            pages = self.pages[name] - self.stored_pages[name]
            if added or pages:
                self.store.add_template_counts(name, pages, added)
                stored.update({key: self.counts[name][key] for key in added})
                self.stored_pages[name] = self.pages[name]
