"""`python -m crawler.report`: readable tables per site, and an HTML report with charts that a
real browser draws, fetching nothing and running no script, whatever the crawled pages hold."""

from __future__ import annotations

import html
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from crawler.mirror import MirrorServer, Route
from devtools.labelled import fixture_pages
from helpers import PROJECT, run_crawl

CHARTS = ("articles-per-day", "rejections-by-reason", "field-fill-rates", "layouts-per-run", "runs")
HOSTILE = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">检查"
# Debian's Chromium (.ci/run installs it), never a browser of Playwright's own download.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def report(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.report", *args], cwd=PROJECT, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def output_dir(tmp_path_factory):
    """The demo's output, plus a crawl of a page whose headline holds markup and script."""
    output = tmp_path_factory.mktemp("output")
    subprocess.run([sys.executable, "-m", "crawler.demo", "--output-dir", str(output)], cwd=PROJECT, check=True,
                   capture_output=True, timeout=600)
    case = next(case for case in fixture_pages() if case.name.startswith("cqn-2021"))
    page = case.path.read_bytes().replace(case.expected["headline"].encode(), html.escape(HOSTILE).encode())
    url = "https://www.cqn.com.cn/zj/content/2021-09/08/content_99999999.htm"  # a page the demo has not
    with MirrorServer({urlsplit(url).path: Route(page)}) as site:
        crawl = run_crawl("cqn", output, "-a", f"urls={url}", "-s", f"CQN_BASE_URL={site.base_url}",
                          "-s", "MONITOR_MIN_ARTICLES=2")  # an alert, for the report's table of alerts
    assert [item["headline"] for item in crawl.articles if item["url"] == url] == [HOSTILE]
    return output


def test_text_report_is_tables_per_site_and_runs(output_dir):
    done = report(str(output_dir))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line for line in lines if line.startswith("== ")][:2] == [
        line for line in lines if line.startswith(("== 315online.com: articles 29,", "== cqn.com.cn: articles 97,"))]
    assert "  field                filled" in lines and "  headline              1.000" in lines
    assert any(line.startswith("== runs: the latest 3 of 3") for line in lines)
    assert any("Articles found: health/articles_found is 1, below MONITOR_MIN_ARTICLES=2" in line for line in lines)


def test_a_missing_output_is_one_error_line_and_no_report(tmp_path):
    done = report(str(tmp_path / "missing.jsonl"))
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == [f"{tmp_path / 'missing.jsonl'}: cannot read it (No such file or directory)"]
    done = report(str(tmp_path))
    assert (done.returncode, done.stdout, len(done.stderr.splitlines())) == (1, "", 1)


def test_html_report_draws_every_chart_in_a_real_browser_and_runs_nothing_from_the_pages(output_dir, tmp_path):
    page_file = tmp_path / "report.html"
    done = report("--html", str(page_file), str(output_dir))
    assert done.returncode == 0, done.stderr
    text = page_file.read_text(encoding="utf-8")
    assert "<script" not in text and html.escape(HOSTILE, quote=True) in text
    assert "http://" not in text.split("<body>")[0] and "src=" not in text.replace("src=x", "")  # nothing to fetch
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        problems, requests = [], []
        page.on("console", lambda message: problems.append(message.text) if message.type in ("error", "warning") else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("request", lambda request: requests.append(request.url))
        page.goto(page_file.as_uri())
        page.wait_for_load_state("load")
        drawn = page.evaluate("""() => [...document.querySelectorAll('figure.chart')].map(figure => {
            const svg = figure.querySelector('svg'), box = svg ? svg.getBoundingClientRect() : null;
            return [figure.dataset.chart, box ? box.width * box.height : 0, svg ? svg.querySelectorAll('path').length : 0];
        })""")
        facts = page.evaluate("() => [document.title, document.scripts.length, document.images.length]")
        shown = page.get_by_text(HOSTILE).count()
        page.screenshot(path=str(PROJECT / "docs" / "report.png"), full_page=True)
        browser.close()
    assert [name for name, _, _ in drawn] == list(CHARTS)
    assert all(area > 10_000 and paths > 10 for _, area, paths in drawn), drawn
    assert facts == ["Crawl report", 0, 0]  # the headline's script and image never ran, never loaded
    assert shown >= 1  # it shows as text
    assert problems == [] and requests == [page_file.as_uri()]
