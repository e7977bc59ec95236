"""Politeness towards the real sites: who is asking, and patience when a server struggles."""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task

# Domains reserved for examples (RFC 2606): a contact there reaches no one.
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")


def warns_of_placeholder_contact(settings: BaseSettings, mirror_setting: str) -> bool:
    """Whether a crawl goes to a real site (no mirror, no replay of pages fetched before) with a
    contact that reaches no one."""
    return not settings.get(mirror_setting) and not settings.getdict("REPLAY_PAGES") and is_placeholder_contact(settings)


def is_placeholder_contact(settings: BaseSettings) -> bool:
    contact = (settings.get("CRAWLER_CONTACT") or "").strip().lower()
    return not contact or any(contact.endswith(domain) or f"@{domain}" in contact or f"//{domain}" in contact
                              for domain in EXAMPLE_DOMAINS)


class ContactUserAgent:
    """Scrapy add-on: the User-Agent names the crawler and `CRAWLER_CONTACT`, unless USER_AGENT is set."""

    def update_settings(self, settings: BaseSettings) -> None:
        if (settings.getpriority("USER_AGENT") or 0) <= SETTINGS_PRIORITIES["default"]:  # None: not set at all
            user_agent = f"cqn-crawler/1.0 (quality-news archive; +{settings.get('CRAWLER_CONTACT')})"
            settings.set("USER_AGENT", user_agent, priority="addon")


class RetryBackoffMiddleware:
    """Downloader middleware: a retried request waits RETRY_BACKOFF_BASE * 2**(n-1) seconds
    (at most RETRY_BACKOFF_MAX) before its n-th retry, so a struggling server gets air."""

    def __init__(self, base: float, maximum: float) -> None:
        self.base, self.maximum = base, maximum

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryBackoffMiddleware:
        return cls(crawler.settings.getfloat("RETRY_BACKOFF_BASE"), crawler.settings.getfloat("RETRY_BACKOFF_MAX"))

    async def process_request(self, request: Request) -> None:
        retries = request.meta.get("retry_times", 0)
        if retries and self.base > 0:
            from twisted.internet import reactor  # installed by Scrapy by now, not at import time

            delay = min(self.base * 2 ** (retries - 1), self.maximum)
            await maybe_deferred_to_future(task.deferLater(reactor, delay, lambda: None))
        return None
