"""`python -m crawler.extract`: pages fetched before -> items, as a crawl makes them.

    python -m crawler.extract [--url URL] FILE...        saved pages: items printed
    python -m crawler.extract --manifest LIST.jsonl      saved pages listed: a line each, printed
    python -m crawler.extract --archive PATH... [-s NAME=VALUE] [-o FILE | -O FILE]
                                                         web archives: written as a crawl writes

The pages go through a real crawl of their site's spider, its item pipelines and nothing of the
network: every request is answered with its page (`crawler.archive.replay`).

Saved pages: each article is printed as one JSON line; a page that yields no article prints
nothing on stdout and its reason on stderr. With `--manifest` (lines `{"file": ..., "url": ...}`)
every input line gets exactly one output line: the item, or `{"url": ..., "rejected": ...}` (a
line that is no JSON object naming a file, or whose URL is no absolute http(s) URL, is rejected
alone: the other lines give what they give alone). Without `--url`, a page's URL is its
canonical link if it declares one, else its file:// URL. A page of a site the registry does not
know is read with the generic layout. Exit status 0 when
every page gave an article, 1 otherwise.

Web archives (WARC files, or directories of them, as `-s ARCHIVE_DIR=` writes them): the latest
archived response of every article URL is extracted again, with its production URL and the time
it was fetched (`metadata.dateDownloaded`), and the articles and rejections are written as
`scrapy crawl` writes them: `OUTPUT_DIR`, the crawl state (`CRAWL_STATE`, which writes
as new revisions the articles whose text the rules now read otherwise; `-s CRAWL_STATE=` writes
every article). A record cut short or without an HTTP response is a rejection; a file that is no
WARC is one line on stderr. The exports (`-o`/`-O`, any format of Scrapy's feed exports, as in
`scrapy crawl`) are written once every site's spider is done, from all their articles files: one
export holds every article once. Exit status 1 when an output could not be written or an archive
read (a path that cannot be used is one line before any page is replayed), 2 for an export that
cannot be written as asked, 130 or 143 when stopped by SIGINT or SIGTERM. With
`-s REDIS_URL=...`, the processes given the same archives share their records: each is
re-extracted by one of them (crawler/distributed/shared_archive.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast
from urllib.parse import urljoin

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings, Settings
from scrapy.utils.conf import feed_process_params_from_cli
from scrapy.utils.project import get_project_settings

from crawler.archive.reader import archive_files
from crawler.archive.replay import ArchivedResponse, SavedPage, archived_articles
from crawler.commands.crawl import CRAWL_FAILED, USAGE_ERROR, exit_status, record_stop_signals
from crawler.distributed.shared_archive import share_through_redis
from crawler.extraction import parse_page
from crawler.items import ARTICLE_FIELDS, Article, reject
from crawler.monitoring.console import quiet_the_banner, quiet_the_framework
from crawler.output import (
    EXPORTS,
    ExportRefused,
    OutputUnwritable,
    articles_file,
    check_exports,
    check_writable,
    exports_of,
    user_feeds,
    write_exports,
)
from crawler.sites import production_url, site_of
from crawler.spiders.arguments import url_problem
from crawler.spiders.base import ArticleSpider
from crawler.spiders.loader import spider_for
from crawler.spiders.page import PageSpider

# A crawl of pages fetched before: no politeness to keep (nothing is fetched), no robots.txt, no
# archive of the replay itself, no health monitors (it is no crawl of a live site). Of the
# middlewares, those that change what a response is or where it goes (HttpCompression decodes a
# body as sent, HttpError sends a 404 to the errback); none of those that make requests (what a
# retry or a redirect of a replayed page would get is the same page again).
NOT_IN_A_REPLAY = (
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware", "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware",
    "scrapy.downloadermiddlewares.downloadtimeout.DownloadTimeoutMiddleware",
    "scrapy.downloadermiddlewares.defaultheaders.DefaultHeadersMiddleware",
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware", "scrapy.downloadermiddlewares.retry.RetryMiddleware",
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware", "scrapy.downloadermiddlewares.redirect.RedirectMiddleware",
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware", "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware",
    "scrapy.downloadermiddlewares.stats.DownloaderStats", "crawler.downloader.mirroring.MirrorMiddleware",
    "crawler.downloader.politeness.RetryBackoffMiddleware", "crawler.archive.writer.WebArchive",
)
NOT_IN_A_REPLAY_SPIDER = ("scrapy.spidermiddlewares.referer.RefererMiddleware",
                          "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware",
                          "scrapy.spidermiddlewares.depth.DepthMiddleware")
REPLAY_SETTINGS = {
    "DOWNLOADER_MIDDLEWARES": {"crawler.archive.replay.ReplayMiddleware": 1, **dict.fromkeys(NOT_IN_A_REPLAY)},
    # Nothing is downloaded: no download handler is loaded (Scrapy's HTTP one takes 0.6 s to import).
    "DOWNLOAD_HANDLERS": dict.fromkeys(("data", "file", "http", "https", "s3", "ftp")),
    "SPIDER_MIDDLEWARES": dict.fromkeys(NOT_IN_A_REPLAY_SPIDER),
    "EXTENSIONS": {"spidermon.contrib.scrapy.extensions.Spidermon": None},
    "ADDONS": {"crawler.distributed.crawl.RedisAddon": None},
    "ARCHIVE_DIR": "",
    "ROBOTSTXT_OBEY": False,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
    # In the order given, one at a time: what a manifest line gets does not depend on timing.
    "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
    "SCHEDULER_START_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
}
# Saved pages are printed, not written: no output files, no crawl state, no summary, errors only.
SAVED_PAGE_SETTINGS = {
    "ADDONS": {"crawler.output.OutputFeeds": None, "crawler.distributed.crawl.RedisAddon": None},
    "EXTENSIONS": {"crawler.monitoring.summary.CrawlSummary": None, "spidermon.contrib.scrapy.extensions.Spidermon": None},
    "CRAWL_STATE": "",
    "TEMPLATE_LEARNING": False,  # each page is read alone, as an offline extraction reads it
    "CONCURRENT_REQUESTS": 1,
    "LOG_LEVEL": "ERROR",
}


@dataclass
class Job:
    """One page to replay: its production URL, where it comes from, and what it became."""

    url: str | None
    source: SavedPage | ArchivedResponse | None
    result: dict | None = None  # the item or the rejection


def page_url(path: Path, body: bytes) -> str:
    """The URL a saved page declares as canonical (made absolute), else its file:// URL."""
    page = parse_page(path.resolve().as_uri(), body)
    canonical_href = "//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href"
    canonical = cast(list[str], page.root.xpath(canonical_href)) if page else []  # an attribute's values: strings
    url = urljoin("https:", canonical[0].strip()) if canonical else ""  # "//host/path" is https
    return url if url.startswith(("http://", "https://")) else path.resolve().as_uri()


def as_dict(item: object) -> dict:
    data = ItemAdapter(item).asdict()
    return {name: data.get(name) for name in ARTICLE_FIELDS} if isinstance(item, Article) else data


def saved_page_job(path: Path, url: str | None) -> Job:
    """The job of a saved page (its URL given, else read from the page); a page that cannot be
    read gets its rejection at once."""
    try:
        body = path.read_bytes()
    except OSError as error:
        return Job(url, None, dict(reject(url or path.resolve().as_uri(), "unreadable file", error.strerror)))
    fetched_url = url or page_url(path, body)
    if site_of(fetched_url) is None:
        print(f"{path}: {fetched_url} is not a page of a known site; reading it with the generic layout", file=sys.stderr)
    return Job(production_url(fetched_url), SavedPage(path, fetched_url))


def read_manifest(manifest: Path) -> tuple[list[Job], str | None]:
    """The jobs of a manifest, one per line (a line that names no file gets its rejection), and
    the problem if the manifest itself cannot be read."""
    try:
        lines = manifest.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        return [], f"{manifest}: cannot read it ({getattr(error, 'strerror', None) or error})"
    jobs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            url = entry.get("url")
            if url is not None and (problem := url_problem(url)):
                jobs.append(Job(url, None, dict(reject(url, "bad manifest line", f"line {number}: {problem}"))))
            else:
                jobs.append(saved_page_job(manifest.parent / entry["file"], url))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
            detail = f'line {number} is not {{"file": ..., "url": ...}}'
            jobs.append(Job(None, None, dict(reject(None, "bad manifest line", detail))))
    return jobs, None


def batches(jobs: list[Job]) -> list[dict[str, Job]]:
    """The jobs to crawl, by production URL, in as few crawls as hold each URL once."""
    found: list[dict[str, Job]] = []
    for job in jobs:
        if job.result is None:
            assert job.url is not None  # a job without its result yet has a page to crawl, at a URL
            batch = next((batch for batch in found if job.url not in batch), None)
            if batch is None:
                found.append(batch := {})
            batch[job.url] = job
    return found


def apply(settings: BaseSettings, overrides: dict[str, object]) -> None:
    """Set these settings for the replay; a dict of components (ADDONS, EXTENSIONS, ...) is merged
    into the project's, not put in its place."""
    for name, value in overrides.items():
        settings.set(name, {**settings.getdict(name), **value} if isinstance(value, dict) else value, priority="cmdline")


def replay(jobs: list[Job], settings: Settings, keep_results: bool) -> tuple[list[Crawler], int]:
    """Crawl the jobs' pages with their sites' spiders (a page of an unknown site: the generic
    one); with `keep_results`, each job gets its result. The crawlers, to read their stats, and the
    exit status of their crawls (crawler/commands/crawl.py)."""
    to_crawl = batches(jobs)
    if not to_crawl:
        return [], 0
    quiet_the_banner(settings)  # the console as `scrapy crawl` keeps it (crawler/monitoring/console.py)
    process = CrawlerProcess(settings)
    quiet_the_framework(settings)
    crawlers = []
    for batch in to_crawl:
        by_spider: dict[type[ArticleSpider], dict[str, Job]] = {}
        for url, job in batch.items():
            site = site_of(url)
            by_spider.setdefault(spider_for(site.spider) if site else PageSpider, {})[url] = job
        for spider, site_jobs in by_spider.items():
            crawler = process.create_crawler(spider)
            crawler.settings.set("REPLAY_PAGES", {url: job.source for url, job in site_jobs.items()}, priority="cmdline")
            if keep_results:
                for signal, handler in ((signals.item_scraped, keep), (signals.item_dropped, keep_dropped)):
                    crawler.signals.connect(handler(site_jobs), signal=signal, weak=False)
            process.crawl(crawler, urls=list(site_jobs))
            crawlers.append(crawler)
    received = record_stop_signals(process)
    process.start()
    return crawlers, exit_status(process, crawlers, received)


def keep(site_jobs: dict[str, Job]) -> Callable[[Mapping], None]:
    def item_scraped(item: Mapping) -> None:
        if item.get("url") in site_jobs:
            site_jobs[item["url"]].result = as_dict(item)
    return item_scraped


def keep_dropped(site_jobs: dict[str, Job]) -> Callable[[Mapping, Exception], None]:
    def item_dropped(item: Mapping, exception: Exception) -> None:
        if item.get("url") in site_jobs:
            site_jobs[item["url"]].result = dict(reject(item["url"], "dropped", str(exception)))
    return item_dropped


def print_saved_pages(jobs: list[Job], every_line: bool, where: str) -> int:
    """Print each job's item (and, for a manifest, each rejection), a reason on stderr for each
    page that gave no article; the exit status."""
    status = 0
    for job in jobs:
        result = job.result or dict(reject(job.url, "no item", "the crawl gave none"))
        if "rejected" not in result or every_line:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        if "rejected" in result:
            source = job.source.path if isinstance(job.source, SavedPage) else where  # (saved pages only are printed)
            print(f"{source}: {result['url']}: {result['rejected']}", file=sys.stderr)
            status = 1
    return status


def archive_replay_settings(assignments: list[str], output: Sequence[str] = (),
                            overwrite_output: Sequence[str] = ()) -> tuple[Settings, Settings]:
    """The settings of a replay of web archives: the project's, the replay's, then the command
    line's (`-s NAME=VALUE`); and, apart, the exports the command line asks for (`-o`, `-O`): written
    once every spider is done, from all their articles files, so that one export holds them all."""
    settings = get_project_settings()
    apply(settings, REPLAY_SETTINGS)
    for assignment in assignments:
        name, _, value = assignment.partition("=")
        settings.set(name, value, priority="cmdline")
    exports = settings.copy()
    if output or overwrite_output:
        exports.set("FEEDS", feed_process_params_from_cli(settings, list(output), overwrite_output=list(overwrite_output)),
                    priority="cmdline")
    exports.set(EXPORTS, exports_of(user_feeds(exports)), priority="cmdline")
    return settings, exports


def archive_problem(paths: list[Path]) -> str | None:
    """Why the archives given cannot be read, if they cannot: a path that is not there or not
    readable, or no WARC file in them all."""
    for path in paths:
        if not os.access(path, os.R_OK):
            return f"--archive {path}: {'cannot read it' if path.exists() else 'no such file or directory'}"
    if not archive_files(paths):
        return f"--archive {' '.join(map(str, paths))}: no WARC file (*.warc.gz) there"
    return None


def extract_archives(args: argparse.Namespace) -> int:
    """Extract the articles of web archives again, written as a crawl writes them, then the exports."""
    try:
        settings, exports = archive_replay_settings(args.set, args.output, args.overwrite_output)
        check_exports(exports)
        check_writable(exports)
        problem = archive_problem(args.archive)
    except (UsageError, ExportRefused) as error:
        print(f"python -m crawler.extract: error: {error}", file=sys.stderr)
        return USAGE_ERROR
    except OutputUnwritable as error:
        problem = str(error)
    if problem:
        print(f"python -m crawler.extract: error: {problem}", file=sys.stderr)
        return CRAWL_FAILED
    share_through_redis(settings)  # with REDIS_URL: the records shared with the other processes
    pages, problems = archived_articles(args.archive)
    for problem in problems:
        print(problem, file=sys.stderr)
    crawlers, status = replay([Job(url, archived) for url, archived in pages.items()], settings, keep_results=False)
    if not status and not write_exports(exports, [articles_file(crawler) for crawler in crawlers]):
        status = CRAWL_FAILED
    return status or (CRAWL_FAILED if problems else 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.extract", description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[2:6]))
    parser.add_argument("files", nargs="*", type=Path, help="saved pages (bytes as served)")
    parser.add_argument("--url", help="the URL the page was served at (its production URL)")
    parser.add_argument("--manifest", type=Path, help='JSON Lines of {"file": ..., "url": ...}, one output line each')
    parser.add_argument("--archive", nargs="+", type=Path, metavar="PATH", help="WARC files or directories of them")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a setting (--archive)")
    parser.add_argument("-o", "--output", action="append", default=[], metavar="FILE",
                        help="append the articles to FILE (--archive)")
    parser.add_argument("-O", "--overwrite-output", action="append", default=[], metavar="FILE",
                        help="write the articles to FILE, replacing it (--archive)")
    args = parser.parse_args(argv)
    if args.archive:
        if args.files or args.manifest:
            parser.error("give saved pages or --archive, not both")
        return extract_archives(args)
    if not args.files and not args.manifest:
        parser.error("give FILE..., --manifest LIST.jsonl or --archive PATH...")

    jobs: list[Job] = []
    if args.manifest:
        jobs, problem = read_manifest(args.manifest)
        if problem:
            print(f"python -m crawler.extract: error: --manifest {problem}", file=sys.stderr)
            return CRAWL_FAILED
    if args.url and (problem := url_problem(args.url)):
        print(f"python -m crawler.extract: error: --url {problem}", file=sys.stderr)
        return USAGE_ERROR
    jobs += [saved_page_job(path, args.url) for path in args.files]
    settings = get_project_settings()
    apply(settings, REPLAY_SETTINGS)
    apply(settings, SAVED_PAGE_SETTINGS)
    _, status = replay(jobs, settings, keep_results=True)
    if status > CRAWL_FAILED:  # stopped by a signal: what was not replayed has no line
        return status
    return print_saved_pages(jobs, every_line=bool(args.manifest), where=str(args.manifest))


if __name__ == "__main__":
    sys.exit(main())
