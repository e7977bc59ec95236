"""The two kinds of item a crawl writes: articles and rejections.

The article contract is `article.schema.json` beside this file (the README shows it in short);
`ARTICLE_FIELDS` is its field list, in output order. Items carry plain data only.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib.resources import files

import scrapy

from crawler.extraction import Extraction, content_hash
from crawler.extraction.dates import rfc3339
from crawler.sites import site_name

# Read as package data, so that it is found in a deployed egg too.
ARTICLE_SCHEMA = json.loads(files("crawler").joinpath("article.schema.json").read_text(encoding="utf-8"))
ARTICLE_FIELDS = tuple(ARTICLE_SCHEMA["properties"])
# Reasons for which the crawl itself chose not to write a page: deliberate filtering, not a fault
# of the page or of the site (the health checks do not count them as rejections).
OUTSIDE_WINDOW = "outside date window"
OUTSIDE_SECTIONS = "outside sections"
DELIBERATE_REASONS = frozenset({OUTSIDE_WINDOW, OUTSIDE_SECTIONS})
# A request's meta key: when the page was downloaded, where that was before this run (a replay of
# an archive): the article's metadata.dateDownloaded.
DATE_DOWNLOADED = "date_downloaded"


class Article(scrapy.Item):
    """One news article, as the JSONL consumers read it."""

    fields = {name: scrapy.Field() for name in ARTICLE_FIELDS}


class Rejection(scrapy.Item):
    """A URL that gave no article, and why: it goes to the rejects output, never to the articles."""

    url = scrapy.Field()
    rejected = scrapy.Field()


def article_item(url: str, extraction: Extraction, downloaded: str | None = None) -> Article:
    """The item of an article read at its production `url` (downloaded at that time, ISO 8601 with
    an offset, as a WARC-Date gives it; by default now): its fields, and the crawl's own."""
    fields = extraction.fields
    moment = datetime.fromisoformat(downloaded.replace("Z", "+00:00")) if downloaded else datetime.now(UTC)
    return Article(
        url=url,
        site=site_name(url),
        inLanguage="zh",
        metadata={
            "dateDownloaded": rfc3339(moment.astimezone(UTC)),
            "layout": extraction.layout,
            "headlineSource": extraction.headline_source,
            "contentHash": content_hash(fields["headline"], fields["articleBody"]),
            "revision": 1,
        },
        **fields,
    )


def reject(url: str | None, reason: str, detail: str | None = None) -> Rejection:
    """A rejection whose `rejected` reads `reason` or `reason: detail`; the reason is counted."""
    return Rejection(url=url, rejected=f"{reason}: {detail}" if detail else reason)


def rejection_reason(rejection: Rejection | dict) -> str:
    return rejection["rejected"].split(":", 1)[0]
