"""Validation: an article without its required fields, or off the contract, becomes a rejection.

The contract is checked against its JSON Schema with fastjsonschema, which compiles the schema
once into Python code: fast enough to check every item of every crawl.
"""

from __future__ import annotations

import logging

import fastjsonschema

from crawler.items import ARTICLE_SCHEMA, reject
from pipelines.base import ArticlePipeline

logger = logging.getLogger(__name__)
REQUIRED_TEXT = ("url", "headline", "articleBody")
validate_article = fastjsonschema.compile(ARTICLE_SCHEMA)


class ValidatePipeline(ArticlePipeline):
    def process_article(self, article):
        for name in REQUIRED_TEXT:
            if not article.get(name):
                return reject(article.get("url"), f"missing {name}")
        try:
            validate_article(dict(article))
        except fastjsonschema.JsonSchemaValueException as error:
            logger.error("Item off the contract: %s (%s)", error.message, article["url"])
            return reject(article["url"], "off contract", error.message)
        return article
