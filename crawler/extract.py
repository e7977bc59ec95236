"""`python -m crawler.extract [--url URL] FILE...`: saved pages -> items, as a crawl makes them.

Each page goes through the very same spider callback and item pipelines as in `scrapy crawl`,
and its item is printed as one JSON line. A page that yields no article prints nothing on
stdout and its reason on stderr; with `--manifest LIST.jsonl` (lines `{"file": ..., "url": ...}`)
every input line gets exactly one output line: the item, or `{"url": ..., "rejected": ...}`.
Without `--url`, a page's URL is its canonical link if it declares one, else its file:// URL.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urljoin

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.project import get_project_settings

from crawler.items import ARTICLE_FIELDS, Article, reject
from crawler.layouts import parse_page
from crawler.sites import site_of
from crawler.spiders.cqn import CqnSpider


class Extractor:
    """The spider callback and the pipelines of a crawl, without the network."""

    def __init__(self):
        settings = get_project_settings()
        settings.set("TWISTED_REACTOR_ENABLED", False)
        settings.set("CRAWL_STATE", None)  # reading pages is no crawl: nothing is captured
        crawler = Crawler(CqnSpider, settings)
        crawler.spider = crawler._create_spider()
        crawler._apply_settings()  # stats and the rest, as Scrapy's own test helpers do
        self.spider = crawler.spider
        order = crawler.settings.getwithbase("ITEM_PIPELINES")
        self.pipelines = [build_from_crawler(load_object(path), crawler)
                          for path, _ in sorted(order.items(), key=lambda pair: pair[1]) if _ is not None]
        for pipeline in self.pipelines:
            if hasattr(pipeline, "open_spider"):
                pipeline.open_spider()

    def items(self, url: str, body: bytes):
        """The items of a page served at `url`, as a crawl writes them."""
        response = HtmlResponse(url=url, body=body)
        for item in self.spider.parse_article(response):
            yield self.finish(item)

    def finish(self, item):
        """An item from the spider, through the pipelines."""
        try:
            for pipeline in self.pipelines:
                item = pipeline.process_item(item)
        except DropItem as dropped:
            item = reject(item["url"], "dropped", str(dropped))
        return item


def page_url(path: Path, body: bytes) -> str:
    """The URL a saved page declares as canonical (made absolute), else its file:// URL."""
    page = parse_page(path.resolve().as_uri(), body)
    canonical = page.root.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href") if page else []
    url = urljoin("https:", canonical[0].strip()) if canonical else ""  # "//host/path" is https
    return url if url.startswith(("http://", "https://")) else path.resolve().as_uri()


def as_json(item) -> str:
    data = ItemAdapter(item).asdict()
    if isinstance(item, Article):
        data = {name: data.get(name) for name in ARTICLE_FIELDS}
    return json.dumps(data, ensure_ascii=False)


def read_manifest(manifest: Path) -> tuple[list, str | None]:
    """The jobs of a manifest, one per line: (file, url), or (None, the rejection of a line that
    names no file); and the problem if the manifest itself cannot be read."""
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
            jobs.append((manifest.parent / entry["file"], entry.get("url")))
        except (json.JSONDecodeError, KeyError, TypeError):
            jobs.append((None, reject(None, "bad manifest line", f"line {number} is not {{\"file\": ..., \"url\": ...}}")))
    return jobs, None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.extract", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="saved pages (bytes as served)")
    parser.add_argument("--url", help="the URL the page was served at (its production URL)")
    parser.add_argument("--manifest", type=Path, help='JSON Lines of {"file": ..., "url": ...}, one output line each')
    args = parser.parse_args(argv)
    if not args.files and not args.manifest:
        parser.error("give FILE... or --manifest LIST.jsonl")

    jobs, status = [], 0  # (path, url or None), or (None, the rejection of a manifest line)
    if args.manifest:
        manifest_jobs, problem = read_manifest(args.manifest)
        jobs += manifest_jobs
        if problem:
            print(problem, file=sys.stderr)
            status = 1
    jobs += [(path, args.url) for path in args.files]

    extractor = Extractor()
    for path, url in jobs:
        if path is None:  # a manifest line that names no page
            print(as_json(url), flush=True)
            print(f"{args.manifest}: {url['rejected']}", file=sys.stderr)
            status = 1
            continue
        try:
            body = path.read_bytes()
        except OSError as error:
            body, url = None, url or path.resolve().as_uri()
            items = [reject(url, "unreadable file", error.strerror)]
        if body is not None:
            url = url or page_url(path, body)
            if site_of(url) is None:
                print(f"{path}: {url} is not a page of a known site; reading it with the generic layout",
                      file=sys.stderr)
            items = list(extractor.items(url, body))
        for item in items:
            if isinstance(item, Article) or args.manifest:
                print(as_json(item), flush=True)
            if not isinstance(item, Article):
                print(f"{path}: {item['url']}: {item['rejected']}", file=sys.stderr)
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
