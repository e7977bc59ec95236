"""Validation: an article without its required fields, or off the contract, becomes a rejection."""

from __future__ import annotations

import logging

from jsonschema import Draft202012Validator

from crawler.items import ARTICLE_SCHEMA, reject
from pipelines.base import ArticlePipeline

logger = logging.getLogger(__name__)
REQUIRED_TEXT = ("url", "headline", "articleBody")
ARTICLE_VALIDATOR = Draft202012Validator(ARTICLE_SCHEMA)


class ValidatePipeline(ArticlePipeline):
    def process_article(self, article):
        for name in REQUIRED_TEXT:
            if not article.get(name):
                return reject(article.get("url"), f"missing {name}")
        error = next(ARTICLE_VALIDATOR.iter_errors(dict(article)), None)
        if error is not None:
            where = "/".join(str(part) for part in error.absolute_path) or "item"
            logger.error("Item off the contract at %s: %s (%s)", where, error.message, article["url"])
            return reject(article["url"], "off contract", f"{where}: {error.message}")
        return article
