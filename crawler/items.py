"""The two kinds of item a crawl writes: articles and rejections.

The article contract is `article.schema.json` beside this file (the README shows it in short);
`ARTICLE_FIELDS` is its field list, in output order.
"""

import json
from importlib.resources import files

import scrapy

# Read as package data, so that it is found in a deployed egg too.
ARTICLE_SCHEMA = json.loads(files("crawler").joinpath("article.schema.json").read_text(encoding="utf-8"))
ARTICLE_FIELDS = tuple(ARTICLE_SCHEMA["properties"])


class Article(scrapy.Item):
    """One news article, as the JSONL consumers read it.

    Between the spider and the pipelines it also carries `body`, the working copy of the body as a
    list of `crawler.layouts.blocks.Block`; the body pipeline renders it into `articleBody`,
    `articleBodyHtml` and `images`, and removes it.
    """

    fields = {name: scrapy.Field() for name in (*ARTICLE_FIELDS, "body")}


class Rejection(scrapy.Item):
    """A URL that gave no article, and why: it goes to the rejects output, never to the articles."""

    url = scrapy.Field()
    rejected = scrapy.Field()


# Reasons for which the crawl itself chose not to write a page: deliberate filtering, not a fault
# of the page or of the site (the health checks do not count them as rejections).
OUTSIDE_WINDOW = "outside date window"
OUTSIDE_SECTIONS = "outside sections"
DELIBERATE_REASONS = frozenset({OUTSIDE_WINDOW, OUTSIDE_SECTIONS})


def reject(url: str, reason: str, detail: str | None = None) -> Rejection:
    """A rejection whose `rejected` reads `reason` or `reason: detail`; the reason is counted."""
    return Rejection(url=url, rejected=f"{reason}: {detail}" if detail else reason)


def rejection_reason(rejection: Rejection) -> str:
    return rejection["rejected"].split(":", 1)[0]
