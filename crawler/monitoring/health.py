"""How healthy a crawl's output is: per-field coverage, the share read by the generic extractor,
the pages rejected by reason. One accumulator serves the crawl's end-of-run stats and
`crawler.report`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from crawler.items import DELIBERATE_REASONS

# The fields whose coverage is watched; the others are always present by the contract's rules.
COVERED_FIELDS = ("headline", "alternativeHeadline", "datePublished", "source", "authors", "editor",
                  "breadcrumbs", "articleBody", "images", "canonicalUrl")


def present(value: object) -> bool:
    return value not in (None, "", [], {})


class Health:
    def __init__(self) -> None:
        self.articles = 0
        self.rejected: Counter[str] = Counter()  # reason -> pages: pages that gave no article
        self.filtered: Counter[str] = Counter()  # reason -> pages the crawl chose not to write (DELIBERATE_REASONS)
        self.fields: Counter[str] = Counter()
        self.layouts: Counter[str] = Counter()

    def add_article(self, article: Mapping) -> None:
        self.articles += 1
        self.layouts[article["metadata"]["layout"]] += 1
        self.fields.update(field for field in COVERED_FIELDS if present(article.get(field)))

    def add_rejection(self, reason: str) -> None:
        (self.filtered if reason in DELIBERATE_REASONS else self.rejected)[reason] += 1

    def coverage(self) -> dict[str, float]:
        """Share of the articles having each field."""
        return {field: self.fields[field] / self.articles if self.articles else 0.0 for field in COVERED_FIELDS}

    def generic_share(self) -> float:
        return self.layouts["generic"] / self.articles if self.articles else 0.0

    def rejected_share(self, found: int | None = None) -> float:
        """Share of the pages rejected, among those that gave an article (`found`, by default the
        articles counted here) or were rejected."""
        rejected = sum(self.rejected.values())
        total = (self.articles if found is None else found) + rejected
        return rejected / total if total else 0.0

    def lines(self) -> list[str]:
        coverage = self.coverage()
        return [
            f"articles {self.articles}, rejected {sum(self.rejected.values())} (share {self.rejected_share():.3f}), "
            f"filtered out {sum(self.filtered.values())}",
            "layouts: " + ", ".join(f"{name} {count}" for name, count in sorted(self.layouts.items())),
            f"read by the generic extractor: {self.generic_share():.3f}",
            "coverage: " + ", ".join(f"{field} {coverage[field]:.3f}" for field in COVERED_FIELDS),
        ]
