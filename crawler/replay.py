"""Downloader middleware: a crawl of pages fetched before. Every request for a URL the replay
holds is answered with its saved page, under the URL it was fetched at; no request goes to the
network (any other is refused). `crawler.extract` sets `REPLAY_PAGES` ({production URL: (file,
URL fetched at)}) and runs the very spider, pipelines and feeds of a crawl over them."""

from __future__ import annotations

from pathlib import Path

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse


class ReplayMiddleware:
    def __init__(self, pages: dict[str, tuple[str, str]]):
        self.pages = pages

    @classmethod
    def from_crawler(cls, crawler):
        pages = crawler.settings.getdict("REPLAY_PAGES")
        if not pages:
            raise NotConfigured
        return cls(pages)

    def process_request(self, request):
        if request.url not in self.pages:
            raise IgnoreRequest(f"not among the pages replayed: {request.url}")
        path, fetched_url = self.pages[request.url]
        return HtmlResponse(url=fetched_url, body=Path(path).read_bytes(), request=request,
                            headers={"Content-Type": "text/html"})
