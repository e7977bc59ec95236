"""The development tools: the evaluation meets its targets, the benchmarks run."""

from __future__ import annotations

import json
import subprocess
import sys

from lxml import html

from crawler.extraction.encoding import decode_html
from devtools.evaluate import evaluate, fold_report, folds_of, scores, squeeze, variants_report
from devtools.labelled import corpus_pages, fixture_pages
from devtools.variants import DATES, MARKUP, SHOWN_DATE, UNDATED
from helpers import PROJECT

CASES = fixture_pages()


def test_evaluation_meets_its_targets_and_runs_from_the_command_line():
    groups = evaluate(CASES)
    known, unknown = scores(groups["known layouts"]), scores(groups["unknown layouts"])
    assert known["pages"] + unknown["pages"] >= 50 and unknown["pages"] >= 15
    assert sum(1 for row in groups["unknown layouts"] if row["name"].startswith("unk-other-")) >= 15
    assert known["ours"]["f1"] >= 0.99 and min(known["fields"].values()) >= 0.98
    assert unknown["ours"]["f1"] >= 0.95 and unknown["fields"]["headline"] >= 0.95
    assert unknown["fields"]["datePublished"] >= 0.90 and unknown["ours"]["leaked"] <= 0.05 * unknown["pages"]
    for group in (known, unknown):
        assert group["ours"]["f1"] > group["trafilatura"]["f1"]

    done = subprocess.run([sys.executable, "-m", "devtools.evaluate"], cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "readability-lxml" in done.stdout and "trafilatura" in done.stdout


def test_benchmarks_run_on_a_tiny_input(tmp_path):
    """The benchmarks are not run by CI; this keeps the extraction and crawl modes from rotting
    (the distributed mode has its own, beside the other Redis tests)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for case in CASES[:2]:
        (pages / case.path.name).write_bytes(case.path.read_bytes())
    bench = [sys.executable, "-m", "devtools.bench"]
    done = subprocess.run([*bench, "--pages", str(pages), "--repeat", "1"], cwd=PROJECT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("extract_pps=")
    done = subprocess.run([*bench, "--crawl", "--articles", "30", "--articles-small", "10"], cwd=PROJECT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    last = done.stdout.splitlines()[-1]
    assert last.startswith("crawl_ppm=") and "memory_ratio=" in last and "rss_mb_10=" in last and "rss_mb_30=" in last
    done = subprocess.run([*bench, "--archive", "--articles", "60", "--repeat", "1"], cwd=PROJECT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("reextract_pps=")
    done = subprocess.run([*bench, "--stop", "--articles", "30", "--repeat", "1"], cwd=PROJECT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("stop_lag_median_s=")


def test_folds_are_fixed_by_the_seed_and_the_report_names_no_set_aside_page():
    names = [f"page-{number}" for number in range(41)]
    folds = folds_of(names, 4, 2026)
    assert folds == folds_of(reversed(names), 4, 2026)  # the order pages come in changes nothing
    assert sorted(folds.values()).count(0) in (10, 11) and set(folds.values()) == {0, 1, 2, 3}
    groups = evaluate(CASES[:12])
    set_aside = {row["name"] for rows in groups.values() for row in rows if folds_of(
        (row["name"] for rows in groups.values() for row in rows), 3, 7)[row["name"]] == 0}
    shown = fold_report(groups, 3, 7, 0)
    assert shown.startswith("== SET ASIDE fold 0 of 3 (seed 7)") and "== all pages" in shown
    assert set_aside and not any(name in shown for name in set_aside)


def test_a_corpus_s_pages_labelled_as_no_article_are_counted_apart_and_in_each_fold(tmp_path):
    """A corpus's gold line may label a page `rejected` (no article): it is scored with its corpus's
    non-articles, by whether it was rejected, and each fold's line counts them."""
    article = next(case for case in CASES if case.is_article)
    others = [case for case in CASES if not case.is_article][:3]
    (tmp_path / "pages").mkdir()
    lines = []
    for case in (article, *others):
        (tmp_path / "pages" / case.path.name).write_bytes(case.body())
        labels = ({key: case.expected[key] for key in ("headline", "datePublished", "articleBody")} if case.is_article
                  else {"rejected": "listing"})
        lines.append(json.dumps({"file": f"pages/{case.path.name}", "url": case.url, "corpus": "set", **labels}))
    (tmp_path / "gold.jsonl").write_text("\n".join(lines), encoding="utf-8")
    groups = evaluate(corpus_pages(tmp_path))
    assert len(groups["set"]) == 1 and [row["rejected"] for row in groups["set non-articles"]] == [True] * 3
    assert "non-articles rejected 3/3" in fold_report(groups, 2, 2026, 0).splitlines()[1]


def test_the_rewritten_pages_keep_their_text_and_extraction_holds_on_them():
    """devtools/variants.py's markup rewrites change a page's markup, never its text, and its date
    rewrites only its dates (their style, or taking them off), so its labels stay true (its furniture rewrites add no
    text of the article); on the labelled pages our body F1 holds under every rewrite, and the
    report names no set-aside page."""
    def text_of(page: bytes) -> str:
        return squeeze(SHOWN_DATE.sub("", html.fromstring(decode_html(page)[0]).text_content()))

    for case in CASES[:12]:
        for label, rewrite in {**MARKUP, **DATES, **UNDATED}.items():
            if (rewritten := rewrite(case.body(), case.expected)) is not None:
                assert text_of(rewritten) == text_of(case.body()), (label, case.name)
    groups = evaluate(CASES)
    hidden = {case.name for case in CASES[::3]}
    shown = variants_report(CASES, groups, hidden)
    assert not any(name in shown for name in hidden)
    for line in shown.splitlines()[1:]:
        assert float(line.split(": ", 1)[1].split()[0]) >= 0.98, line
