"""Validation: an article without its required fields, or off the contract, becomes a rejection.

The contract is checked against its JSON Schema with fastjsonschema, which compiles the schema
once into Python code: fast enough to check every item of every crawl.
"""

from __future__ import annotations

import logging

import fastjsonschema

from crawler.items import ARTICLE_SCHEMA, Article, Rejection, reject
from pipelines.base import ArticlePipeline

logger = logging.getLogger(__name__)
REQUIRED_TEXT = ("url", "headline", "articleBody")
OFF_CONTRACT = "off contract"
validate_article = fastjsonschema.compile(ARTICLE_SCHEMA)


def contract_breach(article: dict) -> tuple[str, str | None] | None:
    """Why an article cannot be written, as (reason, detail), or None when it keeps the contract."""
    for name in REQUIRED_TEXT:
        if not article.get(name):
            return f"missing {name}", None
    try:
        validate_article(article)
    except fastjsonschema.JsonSchemaValueException as error:
        return OFF_CONTRACT, error.message
    return None


class ValidatePipeline(ArticlePipeline):
    def process_article(self, article: Article) -> Article | Rejection:
        breach = contract_breach(dict(article))
        if breach is None:
            return article
        reason, detail = breach
        if reason == OFF_CONTRACT:  # a bug of ours, not of the page
            logger.error("Item off the contract: %s (%s)", detail, article["url"])
        return reject(article.get("url"), reason, detail)
