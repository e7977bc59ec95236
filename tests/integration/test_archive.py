"""The web archive: a crawl keeps every exchange as WARC records (ARCHIVE_DIR), a crawl killed at
any moment leaves files a WARC reader reads to the end, and `crawler.extract --archive` makes the
articles again from them, as the crawl made them; damaged archives give rejections or one line."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from crawler.mirror import MirrorServer, demo_sites
from helpers import PROJECT, collect, comparable, crawl_command, read_jsonl, run_crawl


def records_of(directory: Path) -> list[tuple[str, dict, int | None]]:
    """(type, WARC headers, HTTP status) of every record of the archive's files, read to the end
    with their digests checked (a damaged record fails the test)."""
    found = []
    for path in sorted(directory.glob("*.warc.gz")):
        with path.open("rb") as file:
            for record in ArchiveIterator(file, check_digests=True):
                record.content_stream().read()
                assert record.digest_checker.passed is not False, (path, record.digest_checker.problems)
                status = int(record.http_headers.get_statuscode()) if record.rec_type == "response" else None
                found.append((record.rec_type, dict(record.rec_headers.headers), status))
    return found


def reextract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.extract", *args], cwd=PROJECT, capture_output=True,
                          text=True, timeout=300)


def test_a_crawl_archives_every_exchange_and_the_archive_gives_the_same_articles_again(tmp_path):
    site = demo_sites(30)["cqn.com.cn"]
    archive, state = tmp_path / "archive", tmp_path / "state.sqlite3"
    with MirrorServer(site.routes) as mirror:
        crawled = run_crawl("cqn", tmp_path / "crawl", "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", f"ARCHIVE_DIR={archive}",
                            "-s", f"CRAWL_STATE={state}")
        requested = {urlsplit(url).path for url in mirror.requested}
    assert crawled.returncode == 0, crawled.log

    [articles_file] = (tmp_path / "crawl").glob("articles-*.jsonl")
    run = articles_file.name.removeprefix("articles-").removesuffix(".jsonl")
    assert [path.name for path in archive.iterdir()] == [f"{run}-00001.warc.gz"]  # named as the run's outputs
    records = records_of(archive)
    assert records[0][0] == "warcinfo"
    responses = {urlsplit(headers["WARC-Target-URI"]).path: status for kind, headers, status in records if kind == "response"}
    assert set(responses) == requested  # every exchange: articles, listings, the feed, robots.txt, ...
    assert {200, 301, 404} <= set(responses.values())  # ... the redirect and the dead link too
    assert all(headers["WARC-Target-URI"].startswith("https://www.cqn.com.cn/") for _, headers, _ in records[1:])
    assert sum(kind == "request" for kind, _, _ in records) == len([kind for kind, _, _ in records if kind == "response"])

    again = reextract("--archive", str(archive), "-s", f"OUTPUT_DIR={tmp_path / 'again'}", "-s", "CRAWL_STATE=")
    assert again.returncode == 0, again.stderr
    again_result = collect(tmp_path / "again", 0, again.stderr)
    assert sorted(map(comparable, again_result.articles), key=lambda item: item["url"]) == \
        sorted(map(comparable, crawled.articles), key=lambda item: item["url"])
    assert again_result.rejects == crawled.rejects
    assert {item["metadata"]["dateDownloaded"] for item in again_result.articles} <= \
        {headers["WARC-Date"] for _, headers, _ in records}  # the time the page was fetched

    # With the crawl state: nothing is written again unless the rules now read its text otherwise.
    changed = crawled.articles[0]["url"]
    with sqlite3.connect(state) as db:
        db.execute("UPDATE articles SET content_hash = 'sha256:read-by-older-rules' WHERE url = ?", (changed,))
    revised = reextract("--archive", str(archive), "-s", f"OUTPUT_DIR={tmp_path / 'revised'}", "-s", f"CRAWL_STATE={state}",
                        "-o", str(tmp_path / "revised.jsonl"))
    assert revised.returncode == 0, revised.stderr
    written = [(item["url"], item["metadata"]["revision"]) for item in collect(tmp_path / "revised", 0, "").articles]
    assert written == [(changed, 2)]
    assert [(item["url"], item["metadata"]["revision"]) for item in read_jsonl(tmp_path / "revised.jsonl")] == written


def test_a_killed_crawls_archive_reads_to_the_end_and_holds_every_captured_article(tmp_path):
    site = demo_sites(90)["cqn.com.cn"]
    output, archive, state = tmp_path / "out", tmp_path / "archive", tmp_path / "state.sqlite3"
    with MirrorServer(site.routes, delay=0.05) as slow:
        command = crawl_command("cqn", output, "-s", f"CQN_BASE_URL={slow.base_url}", "-s", f"CRAWL_STATE={state}",
                                "-s", f"ARCHIVE_DIR={archive}", "-s", "ARCHIVE_MAX_FILE_SIZE=60000")
        crawl = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while sum(path.stat().st_size for path in archive.glob("*.warc.gz")) < 150_000 and time.monotonic() < deadline:
            time.sleep(0.01)
        crawl.send_signal(signal.SIGKILL)
        crawl.wait()

    files = sorted(archive.glob("*.warc.gz"))
    assert len(files) >= 2  # rolled over at ARCHIVE_MAX_FILE_SIZE
    assert all(path.stat().st_size <= 60000 + 20000 for path in files)  # a file ends past the limit by one exchange at most
    records = records_of(archive)
    archived = {headers["WARC-Target-URI"] for kind, headers, _ in records if kind == "response"}
    with sqlite3.connect(state) as db:
        captured = {url for (url,) in db.execute("SELECT url FROM articles")}
    assert captured <= archived

    again = reextract("--archive", str(archive), "-s", f"OUTPUT_DIR={tmp_path / 'again'}", "-s", "CRAWL_STATE=")
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    assert {item["url"] for item in collect(tmp_path / "again", 0, "").articles} >= captured


@dataclass
class DemoArchive:
    path: Path  # the one WARC file of a crawl of the demo site (30 articles)
    articles: set[str]  # the URLs of the articles that crawl wrote


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory) -> DemoArchive:
    directory = tmp_path_factory.mktemp("demo")
    with MirrorServer(demo_sites(30)["cqn.com.cn"].routes) as mirror:
        crawled = run_crawl("cqn", directory / "crawl", "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", "CRAWL_STATE=",
                            "-s", f"ARCHIVE_DIR={directory / 'archive'}")
    assert crawled.returncode == 0, crawled.log
    [path] = (directory / "archive").glob("*.warc.gz")
    return DemoArchive(path, {item["url"] for item in crawled.articles})


def article_records(archive: DemoArchive) -> list[tuple[str, int, int]]:
    """(URL, offset, length) of the response records of the articles, in the file's order."""
    found = []
    with archive.path.open("rb") as file:
        records = ArchiveIterator(file)
        for record in records:
            if record.rec_type == "response" and record.rec_headers.get_header("WARC-Target-URI") in archive.articles:
                found.append((record.rec_headers.get_header("WARC-Target-URI"), records.get_record_offset(),
                              records.get_record_length()))
    return found


def test_records_cut_short_are_rejections_and_the_records_after_them_are_read(tmp_path, demo_archive):
    data = demo_archive.path.read_bytes()
    articles = article_records(demo_archive)
    (middle_url, middle, middle_length), (last_url, last, last_length) = articles[len(articles) // 2], articles[-1]
    kept = middle_length // 2
    damaged = tmp_path / "damaged" / "a.warc.gz"
    damaged.parent.mkdir()
    # A record cut short in the middle of the file (a gzip member broken off, the next right after
    # it), and one where the file ends (a copy broken off).
    damaged.write_bytes(data[:middle + kept] + data[middle + middle_length:last + last_length // 2])

    again = reextract("--archive", str(damaged.parent), "-s", f"OUTPUT_DIR={tmp_path / 'again'}", "-s", "CRAWL_STATE=")
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert [line for line in again.stderr.splitlines() if line.startswith(str(damaged))] == [
        f"{damaged}: damaged from byte {middle}; read on from byte {middle + kept}",
        f"{damaged}: damaged from byte {last - (middle_length - kept)}; nothing readable after it"]
    result = collect(tmp_path / "again", 0, "")
    rejected = {item["url"]: item["rejected"] for item in result.rejects}
    cut_short = "fetch failed: the archive record is cut short (a truncated gzip member)"
    assert rejected[middle_url] == rejected[last_url] == cut_short
    assert {item["url"] for item in result.articles} == demo_archive.articles - {middle_url, last_url}


def test_a_file_that_is_no_warc_or_gzipped_whole_is_one_line_and_the_other_archives_are_read(tmp_path, demo_archive):
    directory = tmp_path / "archives"
    directory.mkdir()
    (directory / "a.warc.gz").write_bytes(demo_archive.path.read_bytes())
    (directory / "b.warc.gz").write_text("<html>a saved page, not an archive</html>\n")
    (directory / "c.warc.gz").write_bytes(gzip.compress(gzip.decompress(demo_archive.path.read_bytes())))  # one member
    again = reextract("--archive", str(directory),
                      "-s", f"OUTPUT_DIR={tmp_path / 'again'}", "-s", "CRAWL_STATE=")
    assert again.returncode == 1
    assert "Traceback" not in again.stderr
    problems = [line for line in again.stderr.splitlines() if line.startswith(str(tmp_path))]
    assert problems == [f"{directory / 'b.warc.gz'}: not a WARC file (gzipped, .warc.gz)",
                        f"{directory / 'c.warc.gz'}: gzipped as a whole, not one gzip member per record: "
                        f"recompress it (warcio recompress {directory / 'c.warc.gz'} NEW.warc.gz)"]
    assert {item["url"] for item in collect(tmp_path / "again", 0, "").articles} == demo_archive.articles


def test_a_response_record_without_an_http_response_is_a_rejection(tmp_path):
    urls = [f"https://www.cqn.com.cn/zj/content/2026-06/1{number}/content_900004{number}.htm" for number in range(3)]
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    blocks = [("text/html", b"<html><body>a page, no HTTP</body></html>"), ("application/http; msgtype=response", b""),
              ("application/http; msgtype=response", b"<html>no status line</html>")]
    for url, (content_type, block) in zip(urls, blocks, strict=True):
        record = writer.create_warc_record(url, "resource", payload=io.BytesIO(block), warc_content_type=content_type)
        record.rec_headers.replace_header("WARC-Type", "response")
        writer.write_record(record)
    (tmp_path / "odd.warc.gz").write_bytes(buffer.getvalue())

    odd = tmp_path / "odd.warc.gz"
    again = reextract("--archive", str(odd), "-s", f"OUTPUT_DIR={tmp_path / 'again'}", "-s", "CRAWL_STATE=")
    assert again.returncode == 0 and "Traceback" not in again.stderr
    assert sorted(collect(tmp_path / "again", 0, "").rejects, key=lambda item: item["url"]) == \
        [{"url": url, "rejected": "fetch failed: the archive record holds no HTTP response"} for url in urls]


@pytest.mark.parametrize("flag, name", [("-O", "all.jsonl"), ("-O", "all.json"), ("-o", "all.csv")])
def test_an_archive_of_several_spiders_extracted_into_one_export_holds_every_article_once(tmp_path, flag, name):
    sites = demo_sites(20)
    archive = tmp_path / "archive"
    with MirrorServer(sites["cqn.com.cn"].routes) as cqn, MirrorServer(sites["315online.com"].routes) as online315:
        for spider, setting, mirror in (("cqn", "CQN_BASE_URL", cqn), ("315online", "ONLINE315_BASE_URL", online315)):
            crawled = run_crawl(spider, tmp_path / "crawl", "-s", f"{setting}={mirror.base_url}", "-s", "CRAWL_STATE=",
                                "-s", f"ARCHIVE_DIR={archive}")
            assert crawled.returncode == 0, crawled.log
    every_article = sorted(article.url for site in sites.values() for article in site.articles)

    export = tmp_path / name
    again = reextract("--archive", str(archive), "-s", f"OUTPUT_DIR={tmp_path / 'again'}", "-s", "CRAWL_STATE=",
                      flag, str(export))
    assert again.returncode == 0, again.stderr[-3000:]
    assert "Traceback" not in again.stderr and "Cannot write" not in again.stderr
    if name.endswith(".json"):
        exported = [item["url"] for item in json.loads(export.read_text(encoding="utf-8"))]
    elif name.endswith(".csv"):
        with export.open(newline="", encoding="utf-8") as file:
            exported = [row["url"] for row in csv.DictReader(file)]
    else:
        exported = [item["url"] for item in read_jsonl(export)]
    assert sorted(exported) == every_article
    written = sum(int(count) for count in re.findall(r"SUMMARY: Crawl \S+ \(finished\): (\d+) articles written", again.stderr))
    assert written == len(every_article) == len(collect(tmp_path / "again", 0, "").articles)
