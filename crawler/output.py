"""Scrapy add-on: where a crawl's items go, through Scrapy's own feed exports.

Articles go to `OUTPUT_DIR/articles-<time>.jsonl` and rejections to
`OUTPUT_DIR/rejects-<time>.jsonl` (`<time>-<host>-<pid>` when the crawl is distributed) (UTF-8 JSON Lines, Chinese as characters). A feed given on
the command line (`-o`/`-O file.jsonl`) replaces the articles file and takes articles only; the
rejects file is written all the same, so that a rejection never lands among the articles.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from scrapy.settings import SETTINGS_PRIORITIES

from crawler.items import ARTICLE_FIELDS, Article, Rejection
from crawler.sites import worker_id

JSON_LINES = {"format": "jsonlines", "encoding": "utf-8", "overwrite": False}


def local_path(uri: str) -> str:
    """A feed URI of a local file as an absolute path (the crawl state names outputs by it)."""
    if "://" in uri and not uri.startswith("file://"):
        return uri
    return str(Path(uri.removeprefix("file://")).resolve())


class OutputFeeds:
    def update_settings(self, settings):
        output_dir = Path(settings.get("OUTPUT_DIR") or "output").resolve()
        run = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H-%M-%SZ")
        if settings.get("REDIS_URL"):  # workers of one distributed crawl start in the same second
            run += f"-{worker_id()}"
        articles = {**JSON_LINES, "item_classes": [Article], "fields": list(ARTICLE_FIELDS)}
        feeds = {local_path(uri): {**articles, **options} for uri, options in settings.getdict("FEEDS").items()}
        if not feeds:
            feeds[str(output_dir / f"articles-{run}.jsonl")] = articles
        feeds[str(output_dir / f"rejects-{run}.jsonl")] = {**JSON_LINES, "item_classes": [Rejection]}
        settings.set("FEEDS", feeds, priority=max(settings.getpriority("FEEDS") or 0, SETTINGS_PRIORITIES["addon"]))
