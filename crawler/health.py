"""How healthy a crawl's output is: per-field coverage, the share read by the generic extractor,
the share rejected. One accumulator serves the crawl's end-of-run stats and `crawler.report`."""

from __future__ import annotations

from collections import Counter

# The fields whose coverage is watched; the others are always present by the contract's rules.
COVERED_FIELDS = ("headline", "alternativeHeadline", "datePublished", "source", "authors", "editor",
                  "breadcrumbs", "articleBody", "images", "canonicalUrl")


def present(value) -> bool:
    return value not in (None, "", [], {})


class Health:
    def __init__(self):
        self.articles = 0
        self.rejected = 0
        self.fields: Counter = Counter()
        self.layouts: Counter = Counter()

    def add_article(self, article) -> None:
        self.articles += 1
        self.layouts[article["metadata"]["layout"]] += 1
        self.fields.update(field for field in COVERED_FIELDS if present(article.get(field)))

    def add_rejection(self) -> None:
        self.rejected += 1

    def coverage(self) -> dict[str, float]:
        """Share of the articles having each field."""
        return {field: self.fields[field] / self.articles if self.articles else 0.0 for field in COVERED_FIELDS}

    def generic_share(self) -> float:
        return self.layouts["generic"] / self.articles if self.articles else 0.0

    def rejected_share(self) -> float:
        total = self.articles + self.rejected
        return self.rejected / total if total else 0.0

    def lines(self) -> list[str]:
        coverage = self.coverage()
        return [
            f"articles {self.articles}, rejected {self.rejected} (share {self.rejected_share():.3f})",
            "layouts: " + ", ".join(f"{name} {count}" for name, count in sorted(self.layouts.items())),
            f"read by the generic extractor: {self.generic_share():.3f}",
            "coverage: " + ", ".join(f"{field} {coverage[field]:.3f}" for field in COVERED_FIELDS),
        ]
