"""`python -m crawler.extract [--url URL] FILE...`: saved pages -> items, as a crawl makes them.

The pages go through a real crawl of their site's spider, its item pipelines and nothing of the
network: every request is answered with its saved page (`crawler.replay`). Each article is printed
as one JSON line. A page that yields no article prints nothing on stdout and its reason on
stderr; with `--manifest LIST.jsonl` (lines `{"file": ..., "url": ...}`) every input line gets
exactly one output line: the item, or `{"url": ..., "rejected": ...}`. Without `--url`, a page's
URL is its canonical link if it declares one, else its file:// URL. A page of a site the registry
does not know is read with the generic layout. Exit status: 0 when every page gave an article.
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
from scrapy.utils.project import get_project_settings

from crawler.extraction import parse_page
from crawler.items import ARTICLE_FIELDS, Article, reject
from crawler.sites import production_url, site_of
from crawler.spiders.loader import spider_for
from crawler.spiders.page import PageSpider

# A crawl of saved pages: no politeness to keep, no output files, no state, no monitors, and
# only errors in the log.
REPLAY_SETTINGS = {
    "ADDONS": {"crawler.output.OutputFeeds": None, "crawler.distributed.RedisAddon": None},
    "EXTENSIONS": {"crawler.summary.CrawlSummary": None, "spidermon.contrib.scrapy.extensions.Spidermon": None},
    "DOWNLOADER_MIDDLEWARES": {"crawler.replay.ReplayMiddleware": 1},
    "CRAWL_STATE": "",
    "ROBOTSTXT_OBEY": False,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
    "LOG_LEVEL": "ERROR",
}


@dataclass
class Job:
    """One input page: its file, the URL it was fetched at, and the output line it gets."""

    path: Path | None
    url: str | None
    result: dict | None = None  # the item or the rejection, as printed


def page_url(path: Path, body: bytes) -> str:
    """The URL a saved page declares as canonical (made absolute), else its file:// URL."""
    page = parse_page(path.resolve().as_uri(), body)
    canonical = page.root.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href") if page else []
    url = urljoin("https:", canonical[0].strip()) if canonical else ""  # "//host/path" is https
    return url if url.startswith(("http://", "https://")) else path.resolve().as_uri()


def as_dict(item) -> dict:
    data = ItemAdapter(item).asdict()
    return {name: data.get(name) for name in ARTICLE_FIELDS} if isinstance(item, Article) else data


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
            jobs.append(Job(manifest.parent / entry["file"], entry.get("url")))
        except (json.JSONDecodeError, KeyError, TypeError):
            detail = f'line {number} is not {{"file": ..., "url": ...}}'
            jobs.append(Job(None, None, dict(reject(None, "bad manifest line", detail))))
    return jobs, None


def batches(jobs: list[Job]) -> list[dict[str, Job]]:
    """The jobs to crawl, by production URL, in as few crawls as hold each URL once."""
    found: list[dict[str, Job]] = []
    for job in jobs:
        if job.result is None:
            url = production_url(job.url)
            batch = next((batch for batch in found if url not in batch), None)
            if batch is None:
                found.append(batch := {})
            batch[url] = job
    return found


def crawl(jobs: list[Job]) -> None:
    """Replay the pages of the jobs through their sites' spiders; each job gets its result."""
    settings = get_project_settings()
    settings.setdict(REPLAY_SETTINGS, priority="cmdline")
    to_crawl = batches(jobs)
    if not to_crawl:
        return
    process = CrawlerProcess(settings)
    for batch in to_crawl:
        by_spider: dict = {}
        for url, job in batch.items():
            site = site_of(url)
            by_spider.setdefault(spider_for(site.spider) if site else PageSpider, {})[url] = job
        for spider, site_jobs in by_spider.items():
            crawler = process.create_crawler(spider)
            crawler.settings.set("REPLAY_PAGES", {url: (str(job.path), job.url) for url, job in site_jobs.items()},
                                 priority="cmdline")
            for signal, handler in ((signals.item_scraped, keep), (signals.item_dropped, keep_dropped)):
                crawler.signals.connect(handler(site_jobs), signal=signal, weak=False)
            process.crawl(crawler, urls=list(site_jobs))
    process.start()


def keep(site_jobs: dict[str, Job]):
    def item_scraped(item):
        site_jobs[item["url"]].result = as_dict(item)
    return item_scraped


def keep_dropped(site_jobs: dict[str, Job]):
    def item_dropped(item, exception):
        site_jobs[item["url"]].result = dict(reject(item["url"], "dropped", str(exception)))
    return item_dropped


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.extract", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="saved pages (bytes as served)")
    parser.add_argument("--url", help="the URL the page was served at (its production URL)")
    parser.add_argument("--manifest", type=Path, help='JSON Lines of {"file": ..., "url": ...}, one output line each')
    args = parser.parse_args(argv)
    if not args.files and not args.manifest:
        parser.error("give FILE... or --manifest LIST.jsonl")

    jobs, status = [], 0
    if args.manifest:
        jobs, problem = read_manifest(args.manifest)
        if problem:
            print(problem, file=sys.stderr)
            status = 1
    jobs += [Job(path, args.url) for path in args.files]
    for job in jobs:
        if job.path is None:
            continue
        try:
            body = job.path.read_bytes()
        except OSError as error:
            job.result = dict(reject(job.url or job.path.resolve().as_uri(), "unreadable file", error.strerror))
            continue
        job.url = job.url or page_url(job.path, body)
        if site_of(job.url) is None:
            print(f"{job.path}: {job.url} is not a page of a known site; reading it with the generic layout",
                  file=sys.stderr)
    crawl(jobs)

    for job in jobs:
        result = job.result or dict(reject(job.url, "no item", "the crawl gave none"))
        if "rejected" not in result or args.manifest:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        if "rejected" in result:
            print(f"{job.path or args.manifest}: {result['url']}: {result['rejected']}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
