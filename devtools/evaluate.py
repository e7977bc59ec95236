"""`python -m devtools.evaluate [--corpus DIR]`: extraction scored on labelled pages, against other
extractors.

Every labelled page of `fixtures/` (or of a corpus: a directory with `gold.jsonl`, lines
`{"file", "url", "corpus", "articleBody", "headline", "datePublished"}`, or `{"file", "url",
"corpus", "rejected"}` for a page that is no article) is read as a crawl reads
it: its site's layouts, else the generic one, and the contract's check of the item. Pages are
grouped (fixtures: the site layouts this project knows, `unknown layouts` for the generic
extractor, `non-articles`; a corpus: by its `corpus` field, its non-articles apart). For each group: exact-match rates of
the fields labelled (a corpus's date, labelled as its page shows it in its own time zone, matches
by its day: `2005-5-7 21:23` is 2005-05-07, `2018` is any day of 2018, `15.09.2022` and `Mar 12 Mon 2018`
are read as such pages write them: `matches`), and character-level
precision, recall and F1 of `articleBody` (whitespace ignored, mean over pages; an empty or
rejected body scores 0), the pages with boilerplate leaked (an extracted paragraph that is not in
the labelled body) and the pages rejected; the same body figures in the same run for this
project's generic layout alone, for trafilatura and for readability-lxml, and the dates GNE
(GeneralNewsExtractor) gets right beside ours. Non-articles count how many were rightly rejected.

`--folds K --seed S` splits the pages into K folds (their names sorted, shuffled by the seed, dealt
round the folds) and sets fold `--set-aside` (0) apart: rules are
written looking only at the other folds. The report gives the set-aside fold's figures first,
next to those of all pages and of each fold, and names no page of the set-aside fold (its lowest
scores are not listed).

`--variants` also scores our extraction on the article pages rewritten as other sites mark up the
same text (`devtools/variants.py`: class and id names changed or gone, paragraphs as divs or as
lines broken by <br>, deeper nesting, GBK), next to the pages as they are: a drop there is a rule
that relies on what the pages happen to be.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from difflib import SequenceMatcher
from pathlib import Path

from lxml.html import fromstring

from crawler.extraction import NotAnArticle, extract_article
from crawler.extraction.blocks import blocks_of
from crawler.extraction.dates import ROC_YEAR_ZERO, date_in_month_name, date_in_url, parse_date
from crawler.extraction.encoding import decode_html
from crawler.sites import site_of
from devtools.labelled import FIXTURES, LabelledPage, corpus_pages, fixture_pages
from devtools.variants import MARKUP, UNDATED, VARIANTS
from pipelines.validate import contract_breach

EXACT_FIELDS = ("headline", "datePublished", "authors", "editor", "source", "breadcrumbs")
WHITESPACE = re.compile(r"\s+")
MIN_LEAK_CHARS = 4
NO_SCORE = (0.0, 0.0, 0.0, False)
VARIANT_LOSS = 0.05  # of F1: a page rewritten that loses more is named


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


def ours(page: LabelledPage, generic_only: bool = False, rewritten: bytes | None = None) -> dict:
    """What a crawl makes of the page (or of its `rewritten` bytes): the article's fields, or
    {"rejected": reason}."""
    site = site_of(page.url)
    layouts = site.layouts if site and not generic_only else ()
    result = extract_article(page.body() if rewritten is None else rewritten, page.url, layouts=layouts,
                             own_outlets=site.own_outlets if site else None, fetched_url=page.fetched_url)
    if isinstance(result, NotAnArticle):
        return {"rejected": result.reason}
    breach = contract_breach({"url": page.url, **result.fields})
    return {"rejected": breach[0]} if breach and breach[0].startswith("missing") else result.fields


def trafilatura_body(page: LabelledPage) -> str | None:
    import trafilatura

    return trafilatura.extract(page.body(), url=page.url, include_comments=False, include_tables=True)


def readability_body(page: LabelledPage) -> str | None:
    from readability import Document

    summary = Document(decode_html(page.body())[0], url=page.url).summary(html_partial=True)
    return "\n".join(line for line in (block.text.strip() for block in blocks_of(fromstring(summary), page.url)) if line)


def gne_date(page: LabelledPage) -> str | None:
    """GNE's (GeneralNewsExtractor's) publish_time: the date extractor of Chinese news pages the
    issue measures our dates against."""
    from gne import GeneralNewsExtractor

    return GeneralNewsExtractor().extract(decode_html(page.body())[0])["publish_time"] or None


OTHERS = {"generic (ours)": lambda page: ours(page, generic_only=True).get("articleBody"),
          "trafilatura": trafilatura_body, "readability-lxml": readability_body}
OTHER_DATES = {"GNE": gne_date}


def matches(field: str, found: object, labelled: object) -> bool:
    """Whether a field is as labelled; a date labelled as a page shows it (2005-5-7 21:23, or 2018)
    where the item's date (ISO 8601, Beijing time) has the same year, month and day, as far as the
    label gives them (the label's hour is in a time zone it does not say); a label's year of three
    digits is one of the Republic's calendar, as a Taiwan page shows it (113-07-15 is 2024-07-15); a
    label whose year comes last has the day first (15.09.2022, as Hong Kong writes it; always where
    the first number is over 12, or written with dots) or else the month (09/15/2022); a label naming
    its month in English (Mar 12 Mon 2018 21:35) is read as the extraction reads one."""
    if found == labelled or field != "datePublished" or not found or not labelled:
        return found == labelled
    if not isinstance(found, str) or not isinstance(labelled, str):  # dates are texts: never so
        return False
    labelled = date_in_month_name(labelled) or labelled  # Mar 12 Mon 2018 21:35 is 2018-03-12 21:35
    wanted = [int(number) for number in re.findall(r"\d+", labelled)][:3]
    if 100 <= wanted[0] < 1000:
        wanted[0] += ROC_YEAR_ZERO
    elif len(wanted) == 3 and wanted[2] >= 1000 and (wanted[0] > 12 or "." in labelled and wanted[1] <= 12):
        wanted.reverse()  # the day first, as Europe and Hong Kong write it (15.09.2022)
    elif len(wanted) == 3 and wanted[2] >= 1000:
        wanted = [wanted[2], wanted[0], wanted[1]]  # the month first, as the United States write it (09/15/2022)
    return [int(number) for number in re.findall(r"\d+", found)][:len(wanted)] == wanted


def evaluate(pages: list[LabelledPage]) -> dict[str, list[dict]]:
    """Per group, a row per page: its name, field matches, and each extractor's body scores."""
    groups: dict[str, list] = defaultdict(list)
    for page in pages:
        item = ours(page)
        if not page.is_article:
            groups[page.group].append({"name": page.name, "rejected": "rejected" in item})
            continue
        fields = [field for field in EXACT_FIELDS if page.expected.get(field) is not None or "metadata" in page.expected]
        row = {"name": page.name, "rejected": "rejected" in item,
               "fields": {field: matches(field, item.get(field), page.expected.get(field)) for field in fields},
               "ours": body_scores(item.get("articleBody"), page.expected["articleBody"])}
        for label, extract in OTHERS.items():
            try:
                row[label] = body_scores(extract(page), page.expected["articleBody"])
            except Exception:  # another extractor failing on a page scores zero there
                row[label] = NO_SCORE
        if "datePublished" in fields:
            row["other dates"] = {label: matches("datePublished", other_date(date_of, page), page.expected.get("datePublished"))
                                  for label, date_of in OTHER_DATES.items()}
        groups[page.group].append(row)
    return groups


def other_date(date_of: Callable[[LabelledPage], str | None], page: LabelledPage) -> str | None:
    try:
        return date_of(page)
    except Exception:  # another extractor failing on a page (GNE raises where it finds no text) gives no date
        return None


def others_right(field: str, rows: list[dict]) -> str:
    """For the date, how many labelled dates the other date extractors get right, out of those labelled."""
    dated = [row["other dates"] for row in rows if "other dates" in row] if field == "datePublished" else []
    return "".join(f" ({label} {sum(found[label] for found in dated)}/{len(dated)})" for label in OTHER_DATES) if dated else ""


def scores(rows: list[dict]) -> dict:
    """A group's figures: field exact-match rates, and per extractor mean body P/R/F1 and leaks."""
    count = len(rows)
    figures: dict = {"pages": count, "rejected": sum(row["rejected"] for row in rows)}
    if "ours" not in rows[0]:
        return figures
    labelled: dict = defaultdict(list)
    for row in rows:
        for field, matched in row["fields"].items():
            labelled[field].append(matched)
    figures["fields"] = {field: sum(matches) / len(matches) for field, matches in labelled.items()}
    for label in ("ours", *OTHERS):
        body = [row[label] for row in rows]
        figures[label] = {"precision": sum(score[0] for score in body) / count,
                          "recall": sum(score[1] for score in body) / count,
                          "f1": sum(score[2] for score in body) / count, "leaked": sum(score[3] for score in body)}
    return figures


def folds_of(names: Iterable[str], folds: int, seed: int) -> dict[str, int]:
    """Each page's fold, by name: the names sorted, shuffled by the seed, dealt round the folds."""
    ordered = sorted(set(names))
    random.Random(seed).shuffle(ordered)
    return {name: position % folds for position, name in enumerate(ordered)}


def summary(label: str, rows: list[dict]) -> str:
    """One line of body F1 per extractor (mean over article pages), the rejections, and the fields
    right out of those labelled."""
    articles = [row for row in rows if "ours" in row]
    others = [row["rejected"] for row in rows if "ours" not in row]
    rejected_others = f"; non-articles rejected {sum(others)}/{len(others)}" if others else ""
    if not articles:
        return f"== {label}: no article page{rejected_others}"
    means = ", ".join(f"{name} {sum(row[name][2] for row in articles) / len(articles):.3f}" for name in ("ours", *OTHERS))
    fields = defaultdict(list)
    for row in articles:
        for field, matched in row["fields"].items():
            fields[field].append(matched)
    right = "".join(f"; {field} right {sum(found)}/{len(found)}{others_right(field, articles)}"
                    for field, found in fields.items() if field in ("headline", "datePublished"))
    rejected = sum(row["rejected"] for row in articles)
    return f"== {label}: {len(articles)} article pages: body F1 {means}; rejected (ours) {rejected}{right}{rejected_others}"


def fold_report(groups: dict[str, list[dict]], folds: int, seed: int, set_aside: int) -> str:
    """The set-aside fold's figures first, then all pages', each fold's, and the per-group report
    of the development folds only."""
    rows = [row for group in groups.values() for row in group]
    fold = folds_of((row["name"] for row in rows), folds, seed)
    lines = [summary(f"SET ASIDE fold {set_aside} of {folds} (seed {seed}), unseen while writing rules",
                     [row for row in rows if fold[row["name"]] == set_aside]),
             summary("all pages", rows)]
    lines += [summary(f"fold {number}", [row for row in rows if fold[row["name"]] == number]) for number in range(folds)]
    development = {group: kept for group, group_rows in groups.items()
                   if (kept := [row for row in group_rows if fold[row["name"]] != set_aside])}
    lines.append(f"---- development folds only (all but {set_aside}), by group")
    return "\n".join(lines) + "\n" + report(development)


def report(groups: dict[str, list[dict]]) -> str:
    lines = []
    for group, rows in sorted(groups.items()):
        figures = scores(rows)
        lines.append(f"== {group}: {figures['pages']} pages")
        if "ours" not in figures:
            lines.append(f"  rejected, as they must be: {figures['rejected']}/{figures['pages']}"
                         + "".join(f"; written as an article: {row['name']}" for row in rows if not row["rejected"]))
            continue
        lines += [f"  {field:<16} exact {share:.3f} ({sum(row['fields'][field] for row in rows if field in row['fields'])}"
                  f"/{sum(field in row['fields'] for row in rows)}){others_right(field, rows)}"
                  for field, share in figures["fields"].items()]
        lines.append(f"  {'articleBody':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'leaked':>7}")
        for label in ("ours", *OTHERS):
            body = figures[label]
            lines.append(f"  {label:<16} {body['precision']:9.3f} {body['recall']:7.3f} {body['f1']:6.3f} "
                         f"{body['leaked']:4d}/{figures['pages']}")
        lines.append(f"  pages rejected (ours): {figures['rejected']}/{figures['pages']}")
        worst = sorted(rows, key=lambda row: row["ours"][2])[:3]
        lines.append("  lowest body F1 (ours): " + ", ".join(f"{row['name']} {row['ours'][2]:.3f}" for row in worst))
    articles = [row for rows in groups.values() for row in rows if "ours" in row]
    if len(groups) > 1 and articles:
        means = {label: sum(row[label][2] for row in articles) / len(articles) for label in ("ours", *OTHERS)}
        lines.append(f"== all {len(articles)} article pages: body F1 " + ", ".join(f"{label} {f1:.3f}"
                                                                              for label, f1 in means.items()))
    return "\n".join(lines)


def variants_report(pages: list[LabelledPage], groups: dict[str, list[dict]], hidden: Collection[str] = ()) -> str:
    """Per rewrite of devtools/variants.py, our body F1 on the article pages rewritten, its change
    from the pages as they are, and the pages that lose most (those `hidden`, of a set-aside fold,
    counted but not named); for the markup rewrites, how many of the non-articles are still rejected."""
    original = {row["name"]: row["ours"][2] for rows in groups.values() for row in rows if "ours" in row}
    rows = [row for group in groups.values() for row in group if "fields" in row]
    dated, headed = ({row["name"]: row["fields"][field] for row in rows if field in row["fields"]}
                     for field in ("datePublished", "headline"))
    articles = [page for page in pages if page.name in original]
    non_articles = [page for page in pages if not page.is_article]
    lines = [f"---- the same {len(articles)} article pages rewritten (devtools/variants.py): body F1 ours, change; "
             f"datePublished and headline right where labelled, of those right as they are (with the date taken off: "
             f"none given, or the day its address shows)"]
    for label, rewrite in VARIANTS.items():
        rejected = [("rejected" in ours(page, rewritten=rewritten)) for page in (non_articles if label in MARKUP else [])
                    if (rewritten := rewrite(page.body(), page.expected)) is not None]
        scored, dates, misdated, headlines = {}, [], [], []
        for page in articles:
            if (rewritten := rewrite(page.body(), page.expected)) is None:
                continue
            item = ours(page, rewritten=rewritten)
            scored[page.name] = body_scores(item.get("articleBody"), page.expected["articleBody"])[2]
            if dated.get(page.name):
                # With the date taken off the page, its address may still show the day.
                shown = parse_date(date_in_url(page.url)) if label in UNDATED else page.expected.get("datePublished")
                dates.append(matches("datePublished", item.get("datePublished"), shown))
                if not dates[-1] and label in UNDATED and page.name not in hidden:
                    misdated.append(f"{page.name} {item.get('datePublished')}")
            if headed.get(page.name):
                headlines.append(item.get("headline") == page.expected.get("headline"))
        if not scored:
            continue
        change = sum(f1 - original[name] for name, f1 in scored.items()) / len(scored)
        losing = sorted((f1 - original[name], name) for name, f1 in scored.items() if original[name] - f1 > VARIANT_LOSS)
        named = ", ".join(f"{name} {loss:+.3f}" for loss, name in losing if name not in hidden)
        unnamed = sum(name in hidden for _, name in losing)
        lines.append(f"== {label}: {sum(scored.values()) / len(scored):.3f} ({change:+.3f}) on {len(scored)} pages"
                     + (f"; dates {sum(dates)}/{len(dates)}" if dates else "")
                     + (f" (dated all the same: {', '.join(misdated)})" if misdated else "")
                     + (f"; headlines {sum(headlines)}/{len(headlines)}" if headlines else "")
                     + (f"; non-articles rejected {sum(rejected)}/{len(rejected)}" if rejected else "")
                     + (f"; losing more than {VARIANT_LOSS}: {named or 'none named'}" if losing else "")
                     + (f" (and {unnamed} set-aside)" if unnamed else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.evaluate", description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--fixtures", type=Path, default=FIXTURES, help="a directory with pages/ and expected/")
    source.add_argument("--corpus", type=Path, help="a directory with gold.jsonl and the pages it names")
    parser.add_argument("--folds", type=int, help="split the pages into this many folds (with --seed)")
    parser.add_argument("--seed", type=int, default=2026, help="the seed of the folds' shuffle")
    parser.add_argument("--set-aside", type=int, default=0, help="the fold never looked at while writing rules")
    parser.add_argument("--variants", action="store_true",
                        help="also score the pages rewritten as other sites mark up the same text (devtools/variants.py)")
    args = parser.parse_args(argv)
    if args.folds is not None and not 0 <= args.set_aside < args.folds:
        parser.error("--set-aside must name one of the folds (0 to K-1)")
    try:
        pages = corpus_pages(args.corpus) if args.corpus else fixture_pages(args.fixtures)
    except (OSError, ValueError) as error:
        print(f"python -m devtools.evaluate: cannot read {args.corpus or args.fixtures}: {error}", file=sys.stderr)
        return 2
    if not pages:
        print(f"python -m devtools.evaluate: no labelled pages in {args.corpus or args.fixtures}", file=sys.stderr)
        return 2
    groups = evaluate(pages)
    print(fold_report(groups, args.folds, args.seed, args.set_aside) if args.folds else report(groups))
    if args.variants:
        fold = folds_of((page.name for page in pages), args.folds, args.seed) if args.folds else {}
        print(variants_report(pages, groups, {name for name, number in fold.items() if number == args.set_aside}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
