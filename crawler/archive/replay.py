"""Downloader middleware: a crawl of pages fetched before. Every request for a URL the replay
holds is answered from it, under the URL the page was fetched at; no request goes to the network
(any other is refused). `crawler.extract` sets `REPLAY_PAGES` ({production URL: a source}) and
runs the very spiders, pipelines and feeds of a crawl over them. A source is a saved page (a file)
or a response in a web archive (a WARC record, `crawler.archive.writer`), read when it is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, HtmlResponse, Response
from scrapy.responsetypes import responsetypes

from crawler.archive.reader import DamagedRecord, HttpResponse, Record, archive_files, records
from crawler.items import DATE_DOWNLOADED
from crawler.sites import production_url, site_of


@dataclass(frozen=True)
class SavedPage:
    """A page saved to a file, and the URL it was fetched at."""

    path: Path
    fetched_url: str

    def response(self, request: Request) -> Response:
        return HtmlResponse(url=self.fetched_url, body=self.path.read_bytes(), request=request,
                            headers={"Content-Type": "text/html"})


class ResponseRecord(Protocol):
    """What a replay needs of an archived response: when it was fetched, and the response."""

    @property
    def date(self) -> str: ...

    def http_response(self) -> HttpResponse: ...


@dataclass(frozen=True)
class ArchivedResponse:
    """A response record of a web archive (or one read into memory beforehand), replayed."""

    record: ResponseRecord

    @property
    def date(self) -> str:
        return self.record.date

    def response(self, request: Request) -> Response:
        """The response as it was received (headers, status, the body as sent), its fetch time in
        the request's meta; DamagedRecord where the record is damaged or holds no HTTP response."""
        received = self.record.http_response()
        headers = Headers(received.headers)
        request.meta[DATE_DOWNLOADED] = self.record.date
        response_class = responsetypes.from_args(headers=headers, url=request.url, body=received.body)
        return response_class(url=request.url, status=received.status, headers=headers, body=received.body,
                              request=request)


def archived_articles(paths: list[Path]) -> tuple[dict[str, ArchivedResponse], list[str]]:
    """The latest archived response of each article URL (of a known site: its article path) in
    the archives, by production URL (a damaged one only where there is no other); and a line for
    each archive, or damaged part of one, that cannot be read."""
    latest: dict[str, Record] = {}
    problems: list[str] = []
    for path in archive_files(paths):
        for record in records(path, problems):
            if record.type != "response":
                continue
            url = production_url(record.target)
            site = site_of(url)
            if site is None or not site.article_path.search(urlsplit(url).path):
                continue
            kept = latest.get(url)
            if kept is None or (record.damage is None and (kept.damage or record.date >= kept.date)):
                latest[url] = record
    return {url: ArchivedResponse(record) for url, record in latest.items()}, problems


class ReplayMiddleware:
    def __init__(self, pages: dict[str, SavedPage | ArchivedResponse]):
        self.pages = pages

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayMiddleware:
        pages = crawler.settings.getdict("REPLAY_PAGES")
        if not pages:
            raise NotConfigured
        return cls(pages)

    def process_request(self, request: Request) -> Response:
        source = self.pages.get(request.url)
        if source is None:
            raise IgnoreRequest(f"not among the pages replayed: {request.url}")
        try:
            return source.response(request)
        except DamagedRecord as damage:
            raise IgnoreRequest(str(damage)) from None
