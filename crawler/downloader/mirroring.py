"""Downloader middleware: crawling a mirror of a site as if it were the site.

With `CQN_BASE_URL` (or `ONLINE315_BASE_URL`) set, every request for that site's hosts goes to
the mirror instead, and every response comes back under its production URL. The spiders and
items never see the mirror: links inside mirrored pages that name the production host are
followed on the mirror, and items keep their production `url`.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler.sites import SITES, Site, production_url, site_of


class MirrorMiddleware:
    def __init__(self, mirrors: dict[Site, str]):
        self.mirrors = mirrors  # Site -> mirror base URL

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MirrorMiddleware:
        settings = crawler.settings
        return cls({site: settings[site.mirror_setting].rstrip("/") for site in SITES if settings.get(site.mirror_setting)})

    def to_mirror(self, url: str) -> str | None:
        site = site_of(url)
        base = self.mirrors.get(site) if site else None
        if not base:
            return None
        parts = urlsplit(url)
        return base + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def to_production(self, url: str) -> str:
        # longest base first: one mirror server may hold several sites under path prefixes
        for site, base in sorted(self.mirrors.items(), key=lambda mirror: -len(mirror[1])):
            if url == base or url.startswith(base + "/"):
                return production_url(site.production_base + url[len(base):])
        return url

    def process_request(self, request: Request) -> Request | None:
        mirrored = self.to_mirror(request.url)
        if mirrored is None:
            production = self.to_production(request.url)
            if production != request.url:  # already the mirror's: e.g. its robots.txt, which Scrapy asks for
                request.meta.update(allow_offsite=True, production_url=production)
            return None
        meta = {**request.meta, "allow_offsite": True, "production_url": request.url}
        return request.replace(url=mirrored, meta=meta)

    def process_response(self, request: Request, response: Response) -> Response:
        production = self.to_production(response.url)
        return response if production == response.url else response.replace(url=production)
