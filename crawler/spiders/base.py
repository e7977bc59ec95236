"""The spider of a site (`crawler.spiders.loader` makes one per site of the registry): discovery,
the crawl's scope, and what becomes of a page.

Discovery starts from the site's home page and feeds, follows section listings and their
pagination, and sends every article link (of any CMS generation, of the mobile host too) to the
article callback under its production URL, so that one article is one item. Every URL a spider
is given or finds ends as an article item, a rejection with its reason, or a logged fetch error
(which is also written as a rejection), never as nothing.

The spider arguments (`-a name=value`) are read by `crawler.spiders.arguments`. An article
fetched again is written again only if its text changed (as its next revision).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cached_property
from typing import Any, Protocol, Self, cast
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from crawler.distributed.crawl import DistributedCrawl
from crawler.distributed.failover import OUTPUT_HELD, FailoverScheduler
from crawler.downloader.politeness import warns_of_placeholder_contact
from crawler.downloader.stopping import PromptStop
from crawler.extraction import Extraction, NotAnArticle, extract_article
from crawler.extraction.article import SOFT_404
from crawler.extraction.dates import parse_date
from crawler.extraction.dom import Element
from crawler.extraction.template import WARM_UP_PAGES, TemplateMemory
from crawler.items import DATE_DOWNLOADED, OUTSIDE_SECTIONS, OUTSIDE_WINDOW, Article, Rejection, article_item, reject
from crawler.monitoring.monitors import UNKNOWN_SECTIONS_STAT
from crawler.sites import Site, production_url, site_name, site_of
from crawler.spiders.arguments import CrawlScope, url_problem
from crawler.state import Captured, CrawlStore
from crawler.state.capture import CrawlStateExtension

logger = logging.getLogger(__name__)
LISTING_ENTRY_TAGS = ("li", "tr", "dd", "dt", "p", "div", "td")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
TRUNCATED = "truncated page"
GONE_STATUSES = (404, 410)  # an article URL that answers these is remembered as a dead link
BEIJING = timezone(timedelta(hours=8))
# What a callback gives Scrapy: requests to follow, items to write.
Output = scrapy.Request | Article | Rejection


class FailedRequest(Protocol):
    """The failure an errback gets: Scrapy sets on it the request that failed."""

    request: scrapy.Request


def beijing_today() -> date:
    return datetime.now(BEIJING).date()


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def feed_date(item: Element) -> date | None:
    """The date of an RSS item's pubDate (RFC 822), in Beijing time."""
    try:
        return parsedate_to_datetime(item.findtext("pubDate") or "").astimezone(BEIJING).date()
    except (TypeError, ValueError):
        return None


class ArticleSpider(scrapy.Spider):
    """Crawls one site: from its home page and feeds (or exactly the URLs given) to its articles."""

    site: Site
    prompt_stop: PromptStop

    def __init__(self, **arguments: str) -> None:
        super().__init__()
        self.scope = CrawlScope.from_arguments(arguments)
        self.allowed_domains: list[str] | None = [self.site.domain]
        self.link_extractor = LinkExtractor(allow_domains=[self.site.domain], unique=True)
        days = self.scope.recheck_days
        self.recheck_since = beijing_today() - timedelta(days=days) if days is not None else None
        self.articles_yielded = 0
        self.not_fetched: set[str] = set()  # article links the crawl state says need no fetching
        # Articles of a site and layout whose template is not learned yet: (url, extraction, downloaded).
        self.held: dict[str, list[tuple[str, Extraction, str | None, scrapy.Request]]] = defaultdict(list)
        self.closing = False  # the engine is closing the spider: articles no longer wait

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.release_when_idle, signal=signals.spider_idle)
        spider.prompt_stop = PromptStop(crawler)
        return spider

    def log(self, message: Any, level: int = logging.DEBUG, **kwargs: Any) -> None:
        """spidermon 1.27 writes its report through `Spider.log()`, which Scrapy 2.19 deprecates with a
        warning on every run. The report (some 20 lines a run, and a traceback for each failed check)
        goes to DEBUG here: the health lines and the one ALERT line say the same at INFO and ERROR."""
        self.logger.debug(message, **kwargs)

    @cached_property
    def crawl_state(self) -> CrawlStore | None:
        """The crawl state between runs; None when CRAWL_STATE is empty (crawler.extract's case)."""
        extension = self.crawler.get_extension(CrawlStateExtension)
        return extension.state if extension else None

    @cached_property
    def template(self) -> TemplateMemory:
        """The blocks repeated across the site's pages, learned during the crawl (kept in the crawl
        state, where there is one)."""
        return TemplateMemory(self.crawl_state)

    def without_template(self, url: str, result: Extraction, downloaded: str | None,
                         request: scrapy.Request) -> Iterator[Article]:
        """The article's item once its site's template is known, without the template's blocks: the
        first pages of a site and layout wait for the pages after them (WARM_UP_PAGES)."""
        if not self.settings.getbool("TEMPLATE_LEARNING"):
            yield article_item(url, result, downloaded)
            return
        scope = f"{site_name(url) or urlsplit(url).scheme}/{result.layout}"
        self.template.learn(scope, result.blocks)
        self.held[scope].append((url, result, downloaded, request))
        if self.template.seen(scope) >= WARM_UP_PAGES or self.closing:  # closing: nothing waits any more
            yield from self.release(scope)
        else:
            request.meta[OUTPUT_HELD] = True  # its article is still to come: not done (failover.py)

    def release(self, scope: str) -> Iterator[Article]:
        for item, request in self.released_with_requests(scope):
            yield item  # in a distributed crawl, back here once it is written (failover.ReleaseTakenRequests)
            self.request_done(request)

    def request_done(self, request: scrapy.Request) -> None:
        """A held article has gone on: in a distributed crawl, its request is no longer this worker's
        to finish (a worker killed before then has it done by the others)."""
        if request.meta.pop(OUTPUT_HELD, False):
            scheduler = self.crawler.engine.scheduler if self.crawler.engine else None
            if isinstance(scheduler, FailoverScheduler):
                scheduler.release(request)

    def release_held(self) -> list[Coroutine[Any, Any, None]]:
        """The articles still waiting, sent to the pipelines with what was learned (their processing)."""
        return [self.pipelines_then_done(item, request)
                for scope in list(self.held) for item, request in self.released_with_requests(scope)]

    def released_with_requests(self, scope: str) -> Iterator[tuple[Article, scrapy.Request]]:
        for url, result, downloaded, request in self.held.pop(scope, []):
            yield article_item(url, self.template.without_template(scope, result), downloaded), request

    async def pipelines_then_done(self, item: Article, request: scrapy.Request) -> None:
        await self.crawler.engine.scraper.start_itemproc_async(item, response=None)
        self.request_done(request)

    def release_when_idle(self, spider: scrapy.Spider) -> None:
        """Nothing left to fetch: the articles still waiting go to the pipelines."""
        if spider is not self:
            return
        self.template.flush()
        if self.held:
            for processing in self.release_held():
                deferred_from_coro(processing)
            raise DontCloseSpider

    async def release_at_close(self) -> None:
        """The crawl is closing (pipelines/held.py): nothing waits any more, what waits goes on, and
        what was learnt is kept."""
        self.closing = True
        for processing in self.release_held():
            await processing
        self.template.flush()

    def needs_fetching(self, known: Captured, published: date | None) -> bool:
        """Whether a captured article must be fetched again: asked to be checked again."""
        if self.scope.refresh:
            return True
        shown = published or (date.fromisoformat(known.date_published[:10]) if known.date_published else None)
        return self.recheck_since is not None and shown is not None and shown >= self.recheck_since

    # -- scope ----------------------------------------------------------------------------------

    def in_sections(self, path: str) -> bool:
        return self.scope.sections is None or self.site.section_of(path) in self.scope.sections

    def in_window(self, published: date) -> bool:
        since, until = self.scope.since, self.scope.until
        return (since is None or published >= since) and (until is None or published <= until)

    def shown_date(self, path: str, entry_text: str = "") -> date | None:
        """An article's date as its URL or its listing entry shows it, if either does."""
        in_path = self.site.date_in_path.search(path) if self.site.date_in_path else None
        if in_path:
            try:
                return date(*(int(in_path.group(part)) for part in ("year", "month", "day")))
            except ValueError:
                return None
        iso = parse_date(entry_text)
        return date.fromisoformat(iso[:10]) if iso else None

    # -- requests -------------------------------------------------------------------------------

    def article_request(self, url: str) -> scrapy.Request:
        """A request for an article; conditional (304 if unchanged) for one already captured."""
        state = self.crawl_state
        captured = state is not None and state.captured(url) is not None
        etag, last_modified = state.validators(url) if state is not None and captured else (None, None)
        headers = {name: value for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if value}
        # Redirects come to the callback, which follows them itself: the state learns the old URL.
        meta = {"handle_httpstatus_list": [304, *REDIRECT_STATUSES], "dont_redirect": True}
        return scrapy.Request(url, callback=self.parse_article, errback=self.fetch_failed, headers=headers, meta=meta)

    def listing_request(self, url: str, callback: Callable[[Response], Iterator[Output]] | None = None) -> scrapy.Request:
        return scrapy.Request(url, callback=callback or self.parse_listing, errback=self.fetch_failed)

    async def start(self) -> AsyncIterator[scrapy.Request | Rejection]:
        unknown = sorted(self.scope.sections - self.site.known_sections) if self.scope.sections else []
        if unknown:  # most likely a typo: said now, and again in the summary and any alert
            self.crawler.stats.set_value(UNKNOWN_SECTIONS_STAT, unknown)
            logger.warning("-a sections: %s not among the sections %s is known to have (%s); crawling it all the same",
                           ", ".join(unknown), self.site.domain, ", ".join(sorted(self.site.known_sections)))
        if warns_of_placeholder_contact(self.crawler.settings, self.site.mirror_setting):
            logger.warning("CRAWLER_CONTACT is %r, which reaches no one: set it (-s CRAWLER_CONTACT=mailto:you@...) "
                           "so that %s can tell who is crawling it", self.crawler.settings.get("CRAWLER_CONTACT"),
                           self.site.domain)
        if self.scope.urls:
            for url in self.scope.urls:
                if problem := url_problem(url):
                    yield reject(url, "bad URL", problem)
                elif site_of(url) is not self.site:
                    yield reject(url, "not this site", f"the {self.name} spider crawls {self.site.domain}")
                else:
                    yield self.article_request(production_url(url))
            return
        distributed = self.crawler.get_extension(DistributedCrawl)
        if distributed is not None and not distributed.claim_seeding():
            logger.info("Another worker seeded this crawl: taking work from the shared queue")
            return
        yield self.listing_request(self.site.production_base + "/")
        for feed in self.site.feeds:
            yield self.listing_request(self.site.production_base + feed, callback=self.parse_feed)

    def follow_article(self, url: str, published: date | None) -> scrapy.Request | None:
        """A request for an article link, unless the crawl's scope leaves it out."""
        if not self.in_sections(urlsplit(url).path):
            return None
        if published is not None and not self.in_window(published):
            return None
        known = self.crawl_state.captured(url) if self.crawl_state is not None else None
        if known is not None and not self.needs_fetching(known, published):
            self.count_once(known.url, "state/skipped")  # the article's URL: a link may be an old one that redirects
            return None
        if self.is_known_dead(url):
            self.count_once(url, "state/known_dead")
            return None
        return self.article_request(url)

    def count_once(self, url: str, stat: str) -> None:
        """Count an article link left unfetched once, however many pages link to it."""
        if url not in self.not_fetched:
            self.not_fetched.add(url)
            self.crawler.stats.inc_value(stat)

    def is_known_dead(self, url: str) -> bool:
        """Whether the link answered 404 or 410 within the last DEAD_LINK_RECHECK_DAYS days (a
        `refresh=1` run checks every one again)."""
        checked = self.crawl_state.dead_checked(url) if self.crawl_state is not None else None
        if checked is None or self.scope.refresh:
            return False
        age = datetime.now(UTC) - datetime.fromisoformat(checked)
        return age < timedelta(days=self.crawler.settings.getfloat("DEAD_LINK_RECHECK_DAYS"))

    # -- callbacks ------------------------------------------------------------------------------

    def listing_page(self, path: str) -> tuple[str, int] | None:
        """(listing, page number) of a listing page's path, or None if it is none."""
        match = self.site.listing_path.search(path)
        return (match.group("listing"), int(match.group("page") or 1)) if match else None

    def parse_listing(self, response: Response) -> Iterator[Output]:
        """A home or listing page: its article links, the first pages of the listings it links
        to, and the next page of its own listing, page by page.

        A listing page whose dated entries are all older than `since` ends its listing.
        """
        if self.prompt_stop.stopping:
            return
        if not isinstance(response, TextResponse):  # a file where a listing was: no links to read, and no crash
            content_type = header(response, "Content-Type") or "no Content-Type"
            yield reject(production_url(response.url), "not a listing", f"not a text page ({content_type})")
            return
        here = self.listing_page(urlsplit(response.url).path)
        entries, listings = [], []
        for link in self.link_extractor.extract_links(response):
            url = production_url(link.url)
            path = urlsplit(url).path
            linked_listing = self.listing_page(path)
            if self.site.article_path.search(path):
                entries.append(url)
            elif linked_listing and self.in_sections(path):
                listings.append((url, linked_listing))
        texts = self.entry_texts(response)
        dates = [self.shown_date(urlsplit(url).path, texts.get(url, "")) for url in entries]
        dated = [published for published in dates if published is not None]
        exhausted = self.scope.since is not None and bool(dated) and max(dated) < self.scope.since
        for url, published in zip(entries, dates, strict=True):
            request = self.follow_article(url, published)
            if request is not None:
                yield request
        for url, (listing, page) in listings:
            is_next = here is not None and listing == here[0] and page == here[1] + 1
            if (page == 1 and (here is None or listing != here[0])) or (is_next and not exhausted):
                yield self.listing_request(url)

    def entry_texts(self, response: TextResponse) -> dict[str, str]:
        """Production URL -> the text of the listing entry (the row) that links to it."""
        # On the parsed document itself, each row's text read once: a parsel selector (and two XPath
        # calls) per link, and a row's text read again for each of its links, cost more than a
        # crawl's extraction of the articles the listing links to.
        texts: dict[str, str] = {}
        row_texts: dict[Element, str] = {}
        for anchor in response.selector.root.iter("a"):
            href = anchor.get("href")
            row = next(anchor.iterancestors(*LISTING_ENTRY_TAGS), None) if href is not None else None
            if row is not None:
                url = production_url(response.urljoin(href))
                if url not in texts:
                    if row not in row_texts:
                        row_texts[row] = " ".join(row.itertext())
                    texts[url] = row_texts[row]
        return texts

    def parse_feed(self, response: Response) -> Iterator[Output]:
        """An RSS feed: each item's link, dated by its pubDate."""
        try:
            feed = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError:
            feed = None
        if feed is None:
            yield reject(production_url(response.url), "not a feed", "unreadable XML")
            return
        for item in feed.iter("item"):
            link = (item.findtext("link") or "").strip()
            url = production_url(response.urljoin(link)) if link else None
            if url and site_of(url) is self.site and self.site.article_path.search(urlsplit(url).path):
                request = self.follow_article(url, self.shown_date(urlsplit(url).path) or feed_date(item))
                if request is not None:
                    yield request

    def parse_article(self, response: Response) -> Iterable[Output]:
        """An article page -> its raw item, for the pipelines to finish (or a rejection)."""
        url = production_url(response.url)
        if self.prompt_stop.stopping:  # fetched before the crawl had its max_articles: not counted
            return
        if response.status == 304:
            self.crawler.stats.inc_value("state/not_modified")
            return
        if response.status in REDIRECT_STATUSES:
            yield from self.follow_redirect(url, response)
            return
        if "dataloss" in response.flags:  # fewer bytes than its Content-Length: cut off on the way
            retry = (get_retry_request(response.request, spider=self, reason="truncated download")
                     if response.request is not None else None)
            yield retry or reject(url, TRUNCATED, "the server sent less than the Content-Length it announced")
            return
        self.crawler.stats.inc_value("articles/downloaded")
        if self.crawl_state is not None:
            self.crawl_state.remember_validators(url, header(response, "ETag"), header(response, "Last-Modified"))
            self.crawl_state.forget_dead(url)
        try:
            content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
            result = extract_article(response.body, url, layouts=self.site.layouts, own_outlets=self.site.own_outlets,
                                     content_type=content_type, fetched_url=response.url)
        except Exception as error:  # a page that breaks extraction must not break the crawl
            logger.exception("Extraction failed on %s", url)
            yield reject(url, "extraction failed", repr(error))
            return
        if isinstance(result, NotAnArticle):
            if result.detail == SOFT_404 and self.crawl_state is not None:
                self.crawl_state.remember_dead(url)  # gone, though served with status 200
            yield reject(url, result.reason, result.detail)
            return
        path = urlsplit(url).path
        if not self.in_sections(path):  # a redirect can land outside the sections
            yield reject(url, OUTSIDE_SECTIONS, self.site.section_of(path))
            return
        published = result.fields["datePublished"]
        if published and not self.in_window(date.fromisoformat(published[:10])):
            yield reject(url, OUTSIDE_WINDOW, published[:10])
            return
        if self.scope.max_articles is not None and self.articles_yielded >= self.scope.max_articles:
            return  # another page's callback, run between this one's steps, wrote the last article asked for
        self.articles_yielded += 1
        yield from self.without_template(url, result, response.meta.get(DATE_DOWNLOADED),  # replayed: when fetched
                                         response.request or scrapy.Request(url))
        if self.scope.max_articles is not None and self.articles_yielded >= self.scope.max_articles:
            for scope in list(self.held):
                yield from self.release(scope)
            self.prompt_stop.stop()  # the requests in flight are not waited for
            raise CloseSpider("max_articles")

    def follow_redirect(self, url: str, response: Response) -> Iterator[Output]:
        """An article that moved: its new URL is crawled, and counts as the old one's capture."""
        location = header(response, "Location")
        if not location:
            yield reject(url, "fetch failed", f"HTTP {response.status} without a Location")
            return
        target = production_url(response.urljoin(location))
        if self.crawl_state is not None:
            self.crawl_state.remember_alias(url, target)
        request = self.follow_article(target, None)
        if request is not None:
            yield request
        elif self.crawl_state is None or self.crawl_state.captured(target) is None:
            yield reject(url, "redirected out of scope", target)

    def fetch_failed(self, failure: Failure) -> Iterator[Rejection]:
        """A request that failed after its retries becomes a rejection: logged once, as such."""
        if self.prompt_stop.is_cancelled(failure):
            return
        # Scrapy gives an errback the failure with the request that failed set on it.
        request = cast(FailedRequest, failure).request
        url = request.meta.get("production_url", request.url)
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else failure.getErrorMessage() or repr(failure.value)
        is_article = self.site.article_path.search(urlsplit(url).path)
        if response is not None and response.status in GONE_STATUSES and is_article and self.crawl_state is not None:
            self.crawl_state.remember_dead(url)
        self.crawler.stats.inc_value("fetch_error/count")
        yield reject(url, "fetch failed", reason)
