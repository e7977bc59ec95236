"""Every labelled page, through `python -m crawler.extract`, becomes exactly its expected item."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import PROJECT, assert_valid_article, comparable, labelled_cases

from crawler.evaluate import evaluate, scores

CASES = labelled_cases()


def extract(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.extract", *args], cwd=PROJECT,
                          capture_output=True, text=True, input=stdin, timeout=120)


@pytest.fixture(scope="module")
def manifest_output(tmp_path_factory) -> dict[str, dict]:
    """One run of `--manifest` over every labelled page: name -> the line printed for it."""
    manifest = tmp_path_factory.mktemp("manifest") / "pages.jsonl"
    manifest.write_text("".join(json.dumps({"file": str(case.page), "url": case.fetched_url}) + "\n" for case in CASES))
    done = extract("--manifest", str(manifest))
    lines = done.stdout.splitlines()
    assert len(lines) == len(CASES), done.stderr
    return {case.name: json.loads(line) for case, line in zip(CASES, lines)}


def test_enough_labelled_pages():
    assert len(CASES) >= 14


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_labelled_page_becomes_its_expected_item(case, manifest_output):
    item = manifest_output[case.name]
    assert comparable(item) == case.expected
    if "rejected" not in item:
        assert_valid_article(item)


@pytest.mark.parametrize("name", ["cqn-2021-09-08-content_8731350", "315online-zhijian-local-185441"])
def test_saved_page_with_its_production_url(name):
    case = next(case for case in CASES if case.name == name)
    done = extract("--url", case.url, str(case.page))
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    assert comparable(json.loads(line)) == case.expected


def test_page_url_defaults_to_its_canonical_link_then_its_file(tmp_path):
    canonical = next(case for case in CASES if case.expected.get("canonicalUrl"))
    done = extract(str(canonical.page))
    assert json.loads(done.stdout)["url"] == canonical.expected["url"]  # the canonical link, in production form

    without = next(case for case in CASES if case.expected.get("canonicalUrl") is None)
    copy = tmp_path / "page.html"
    copy.write_bytes(without.page.read_bytes())
    done = extract(str(copy))
    assert json.loads(done.stdout)["url"] == copy.resolve().as_uri()


def test_not_an_article_prints_nothing_and_its_reason(tmp_path):
    listing = tmp_path / "listing.html"
    links = "".join(f'<li><a href="/zj/content/2021-09/0{i}/content_{i}.htm">市场监管新闻标题{i}</a></li>' for i in range(1, 9))
    listing.write_text(f"<html><head><title>地方动态</title></head><body><ul>{links}</ul></body></html>", encoding="utf-8")
    url = "https://www.cqn.com.cn/zj/node_20183.htm"
    done = extract("--url", url, str(listing))
    assert done.stdout == ""
    assert "not an article" in done.stderr and url in done.stderr

    manifest = tmp_path / "list.jsonl"
    manifest.write_text(json.dumps({"file": "listing.html", "url": url}) + "\n")
    done = extract("--manifest", str(manifest))
    assert json.loads(done.stdout) == {"url": url, "rejected": "not an article: no article body"}


def test_evaluation_meets_its_targets_and_runs_from_the_command_line():
    groups = evaluate(PROJECT / "fixtures")
    known, unknown = scores(groups["known layouts"]), scores(groups["unknown layouts"])
    assert known["pages"] + unknown["pages"] >= 50 and unknown["pages"] >= 15
    assert sum(1 for row in groups["unknown layouts"] if row["name"].startswith("unk-other-")) >= 15
    assert known["ours"]["f1"] >= 0.99 and min(known["fields"].values()) >= 0.98
    assert unknown["ours"]["f1"] >= 0.95 and unknown["fields"]["headline"] >= 0.95
    assert unknown["fields"]["datePublished"] >= 0.90 and unknown["ours"]["leaked"] <= 0.05 * unknown["pages"]
    for group in (known, unknown):
        assert group["ours"]["f1"] > group["trafilatura"]["f1"]

    done = subprocess.run([sys.executable, "-m", "crawler.evaluate"], cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "readability-lxml" in done.stdout and "trafilatura" in done.stdout


def test_benchmarks_run_on_a_tiny_input(tmp_path):
    """The benchmarks are not run by CI; this keeps the extraction and crawl modes from rotting
    (the distributed mode has its own, beside the other Redis tests)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for case in CASES[:2]:
        (pages / case.page.name).write_bytes(case.page.read_bytes())
    bench = [sys.executable, "-m", "crawler.bench"]
    done = subprocess.run([*bench, "--pages", str(pages), "--repeat", "1"], cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("extract_pps=")
    done = subprocess.run([*bench, "--crawl", "--articles", "30", "--articles-small", "10"], cwd=PROJECT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    last = done.stdout.splitlines()[-1]
    assert last.startswith("crawl_ppm=") and "rss_mb_10=" in last and "rss_mb_30=" in last
