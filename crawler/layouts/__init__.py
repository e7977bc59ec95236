"""Extraction: a fetched page -> an article item, or the reason it is none.

One module per site layout; `LAYOUTS` lists them most specific first, and the first whose
`matches(page)` is true reads the page. The generic `Layout` is last and matches every page.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from lxml import etree

from crawler.encoding import decode_html
from crawler.items import Article, Rejection, reject
from crawler.layouts.base import Layout, Page
from crawler.layouts.cqn_2012 import Cqn2012Layout
from crawler.layouts.cqn_legacy import CqnLegacyLayout
from crawler.layouts.cqn_mobile import CqnMobileLayout
from crawler.layouts.dom import parse_html
from crawler.layouts.online315 import Online315Layout
from crawler.sites import site_name

LAYOUTS = (Cqn2012Layout, CqnLegacyLayout, CqnMobileLayout, Online315Layout, Layout)
# A body with less text than this is no article: a listing, a soft 404, an empty template.
MIN_BODY_CHARS = 40
NOT_AN_ARTICLE = "not an article"
# libxml2 drops what lies deeper than this (huge_tree lifts its smaller default, not this one).
PARSER_MAX_DEPTH = 2000
# Bytes that no text page holds: a page with them is binary (an image, an archive) sent as HTML.
# Counted as what is left when every other byte is deleted (bytes.translate: no regex scan).
BINARY = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
TEXT_BYTES = bytes(byte for byte in range(256) if byte not in BINARY)
MAX_BINARY_SHARE = 0.01
# A whole page ends with </body> or </html>; one without either was cut off on its way here.
DOCUMENT_END = re.compile(rb"</(?:body|html)\s*>", re.I)


def parse_page(url: str, body: bytes, content_type: str | None = None, fetched_url: str = "") -> Page | None:
    """The page's document, read in the encoding its bytes are in; None for an empty document."""
    text, encoding = decode_html(body, content_type)
    try:
        root = parse_html(body if encoding == "utf-8" else text)
    except (etree.ParserError, ValueError):
        return None
    return Page(url, root, fetched_url or url, body) if root is not None else None


def depth(root) -> int:
    """How deep the document nests (one walk, whatever the depth)."""
    deepest = level = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        level += 1 if event == "start" else -1
        deepest = max(deepest, level)
    return deepest


def choose_layout(page: Page, layouts=LAYOUTS) -> Layout:
    return next(layout(page) for layout in layouts if layout.matches(page))


def extract_article(url: str, body: bytes, content_type: str | None = None, fetched_url: str = "",
                    layouts=LAYOUTS) -> Article | Rejection:
    """The raw article item of a page at its production `url` (fetched at `fetched_url`, if it
    was fetched elsewhere: the mobile host), for the pipelines to finish. `layouts` are tried in
    order; the evaluation passes only the generic one to score it alone."""
    head = body[:4096]
    if head and len(head.translate(None, TEXT_BYTES)) > MAX_BINARY_SHARE * len(head):
        return reject(url, NOT_AN_ARTICLE, "binary content, not HTML")
    if not body.strip():
        return reject(url, NOT_AN_ARTICLE, "empty page")
    if not DOCUMENT_END.search(body, max(0, len(body) - 4096)):
        return reject(url, "truncated page", "the document does not end")
    page = parse_page(url, body, content_type, fetched_url)
    if page is None:
        return reject(url, NOT_AN_ARTICLE, "empty page")
    layout = choose_layout(page, layouts)
    # Every field is read before the body, whose reading drops the furniture from the tree.
    fields = {
        "canonicalUrl": layout.canonical_url(),
        "headline": layout.headline(),
        "alternativeHeadline": layout.alternative_headline(),
        "datePublishedRaw": layout.date_raw(),
        "source": layout.source(),
        "authors": [{"name": name, "nameRaw": name} for name in layout.date_line_authors()],
        "editor": layout.editor(),
        "breadcrumbs": layout.breadcrumbs(),
    }
    blocks = layout.body()
    if sum(len(block.text) for block in blocks if block.kind != "img") < MIN_BODY_CHARS:
        if depth(page.root) >= PARSER_MAX_DEPTH:
            return reject(url, NOT_AN_ARTICLE, f"nested deeper than the {PARSER_MAX_DEPTH} levels an HTML parser reads")
        return reject(url, NOT_AN_ARTICLE, "no article body")
    return Article(
        url=url,
        site=site_name(url),
        datePublished=None,
        body=blocks,
        inLanguage="zh",
        metadata={
            "dateDownloaded": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "layout": layout.name,
            "contentHash": None,
            "revision": 1,
        },
        **fields,
    )
