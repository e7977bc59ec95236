"""`python -m crawler.extract` as a user meets it: the page's URL, pages that are no article,
duplicates, through a real crawl of the saved pages."""

from __future__ import annotations

import json
import subprocess
import sys

from devtools.labelled import fixture_pages
from helpers import PROJECT

CASES = fixture_pages()


def extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.extract", *args], cwd=PROJECT,
                          capture_output=True, text=True, timeout=120)


def test_page_url_defaults_to_its_canonical_link_then_its_file(tmp_path):
    canonical = next(case for case in CASES if case.expected.get("canonicalUrl"))
    done = extract(str(canonical.path))
    assert json.loads(done.stdout)["url"] == canonical.expected["url"]  # the canonical link, in production form

    without = next(case for case in CASES if case.expected.get("canonicalUrl") is None)
    copy = tmp_path / "page.html"
    copy.write_bytes(without.path.read_bytes())
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


def test_duplicates_within_a_run(tmp_path):
    """Each line of a manifest gets its own result (the same page at the same URL twice: its item
    twice); the same text at another URL is rejected, naming the first."""
    case = next(case for case in CASES if case.name.startswith("cqn-2021"))
    other = case.url.replace("content_8731350", "content_8731351")
    manifest = tmp_path / "list.jsonl"
    manifest.write_text("".join(json.dumps({"file": str(case.path), "url": url}) + "\n" for url in (case.url, case.url, other)))
    done = extract("--manifest", str(manifest))
    first, second, third = (json.loads(line) for line in done.stdout.splitlines())
    assert first["url"] == second["url"] == case.url and first["headline"] == second["headline"]
    assert third == {"url": other, "rejected": f"duplicate content: same text as {case.url}"}
