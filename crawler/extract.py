"""`python -m crawler.extract`: pages fetched before -> items, as a crawl makes them.

    python -m crawler.extract [--url URL] FILE...        saved pages: items printed
    python -m crawler.extract --manifest LIST.jsonl      saved pages listed: a line each, printed
    python -m crawler.extract --archive PATH... [-s NAME=VALUE] [-o FILE | -O FILE]
                                                         web archives: written as a crawl writes

The pages go through a real crawl of their site's spider, its item pipelines and nothing of the
network: every request is answered with its page (`crawler.archive.replay`).

Saved pages: each article is printed as one JSON line; a page that yields no article prints
nothing on stdout and its reason on stderr. With `--manifest` (lines `{"file": ..., "url": ...}`)
every input line gets exactly one output line: the item, or `{"url": ..., "rejected": ...}`.
Without `--url`, a page's URL is its canonical link if it declares one, else its file:// URL. A
page of a site the registry does not know is read with the generic layout. Exit status 0 when
every page gave an article, 1 otherwise.

Web archives (WARC files, or directories of them, as `-s ARCHIVE_DIR=` writes them): the latest
archived response of every article URL is extracted again, with its production URL and the time
it was fetched (`metadata.dateDownloaded`), and the articles and rejections are written as
`scrapy crawl` writes them: `OUTPUT_DIR`, `-o`/`-O`, the crawl state (`CRAWL_STATE`, which writes
as new revisions the articles whose text the rules now read otherwise; `-s CRAWL_STATE=` writes
every article). A record cut short or without an HTTP response is a rejection; a file that is no
WARC is one line on stderr. Exit status 1 when an output could not be written or an archive read.
With `-s REDIS_URL=...`, the processes given the same archives share their records: each is
re-extracted by one of them (crawler/distributed/shared_archive.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.conf import feed_process_params_from_cli
from scrapy.utils.project import get_project_settings

from crawler.archive.replay import SavedPage, archived_articles
from crawler.distributed.shared_archive import share_through_redis
from crawler.extraction import parse_page
from crawler.items import ARTICLE_FIELDS, Article, reject
from crawler.output import OUTPUT_FAILED, OutputUnwritable, check_writable
from crawler.sites import production_url, site_of
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
    "CONCURRENT_REQUESTS": 1,
    "LOG_LEVEL": "ERROR",
}


@dataclass
class Job:
    """One page to replay: its production URL, where it comes from, and what it became."""

    url: str | None
    source: object | None  # a SavedPage or an ArchivedResponse (crawler.archive.replay)
    result: dict | None = None  # the item or the rejection


def page_url(path: Path, body: bytes) -> str:
    """The URL a saved page declares as canonical (made absolute), else its file:// URL."""
    page = parse_page(path.resolve().as_uri(), body)
    canonical = page.root.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href") if page else []
    url = urljoin("https:", canonical[0].strip()) if canonical else ""  # "//host/path" is https
    return url if url.startswith(("http://", "https://")) else path.resolve().as_uri()


def as_dict(item) -> dict:
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
            jobs.append(saved_page_job(manifest.parent / entry["file"], entry.get("url")))
        except (json.JSONDecodeError, KeyError, TypeError):
            detail = f'line {number} is not {{"file": ..., "url": ...}}'
            jobs.append(Job(None, None, dict(reject(None, "bad manifest line", detail))))
    return jobs, None


def batches(jobs: list[Job]) -> list[dict[str, Job]]:
    """The jobs to crawl, by production URL, in as few crawls as hold each URL once."""
    found: list[dict[str, Job]] = []
    for job in jobs:
        if job.result is None:
            batch = next((batch for batch in found if job.url not in batch), None)
            if batch is None:
                found.append(batch := {})
            batch[job.url] = job
    return found


def apply(settings, overrides: dict) -> None:
    """Set these settings for the replay; a dict of components (ADDONS, EXTENSIONS, ...) is merged
    into the project's, not put in its place."""
    for name, value in overrides.items():
        settings.set(name, {**settings.getdict(name), **value} if isinstance(value, dict) else value, priority="cmdline")


def replay(jobs: list[Job], settings, keep_results: bool) -> list:
    """Crawl the jobs' pages with their sites' spiders (a page of an unknown site: the generic
    one); with `keep_results`, each job gets its result. The crawlers, to read their stats."""
    to_crawl = batches(jobs)
    if not to_crawl:
        return []
    process = CrawlerProcess(settings)
    crawlers = []
    for batch in to_crawl:
        by_spider: dict = {}
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
    process.start()
    return crawlers


def keep(site_jobs: dict[str, Job]):
    def item_scraped(item):
        if item.get("url") in site_jobs:
            site_jobs[item["url"]].result = as_dict(item)
    return item_scraped


def keep_dropped(site_jobs: dict[str, Job]):
    def item_dropped(item, exception):
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
            source = job.source.path if job.source is not None else where
            print(f"{source}: {result['url']}: {result['rejected']}", file=sys.stderr)
            status = 1
    return status


def archive_replay_settings(assignments: list[str], output=(), overwrite_output=()):
    """The settings of a replay of web archives: the project's, the replay's, then the command
    line's (`-s NAME=VALUE`, `-o`, `-O`)."""
    settings = get_project_settings()
    apply(settings, REPLAY_SETTINGS)
    for assignment in assignments:
        name, _, value = assignment.partition("=")
        settings.set(name, value, priority="cmdline")
    if output or overwrite_output:
        settings.set("FEEDS", feed_process_params_from_cli(settings, list(output), overwrite_output=list(overwrite_output)),
                     priority="cmdline")
    return settings


def extract_archives(args) -> int:
    """Extract the articles of web archives again, written as a crawl writes them."""
    settings = archive_replay_settings(args.set, args.output, args.overwrite_output)
    share_through_redis(settings)  # with REDIS_URL: the records shared with the other processes
    try:
        check_writable(settings)
    except OutputUnwritable as error:
        print(f"python -m crawler.extract: error: {error}", file=sys.stderr)
        return 1
    pages, problems = archived_articles(args.archive)
    for problem in problems:
        print(problem, file=sys.stderr)
    crawlers = replay([Job(url, archived) for url, archived in pages.items()], settings, keep_results=False)
    failed = any(crawler.stats.get_value("finish_reason") == OUTPUT_FAILED for crawler in crawlers)
    return 1 if failed or problems else 0


def main(argv=None) -> int:
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

    jobs, status = [], 0
    if args.manifest:
        jobs, problem = read_manifest(args.manifest)
        if problem:
            print(problem, file=sys.stderr)
            status = 1
    jobs += [saved_page_job(path, args.url) for path in args.files]
    settings = get_project_settings()
    apply(settings, REPLAY_SETTINGS)
    apply(settings, SAVED_PAGE_SETTINGS)
    replay(jobs, settings, keep_results=True)
    return print_saved_pages(jobs, every_line=bool(args.manifest), where=str(args.manifest)) or status


if __name__ == "__main__":
    sys.exit(main())
