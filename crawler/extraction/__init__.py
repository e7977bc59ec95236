"""Extraction: the bytes of a page -> the fields of its article, or the reason it is none.

Nothing here knows of Scrapy or of the crawl: a site's layouts (page objects, one method per
field) and the generic layout read a page; `extract_article` checks the page and picks the layout.
The text rules every field shares (dates, people, whitespace) live here too.
"""

from crawler.extraction.article import Extraction, NotAnArticle, extract_article, parse_page
from crawler.extraction.layout import Layout, Page
from crawler.extraction.render import content_hash

__all__ = ["Extraction", "Layout", "NotAnArticle", "Page", "content_hash", "extract_article", "parse_page"]
