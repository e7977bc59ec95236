"""A listing's entry texts are what their XPath says: the text of each link's nearest entry row
(`ancestor::*[self::li or ...][1]`), the first link to a URL winning. The spider walks the parsed
document instead, for speed; whatever the markup, the two agree."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.http import HtmlResponse

from crawler.sites import production_url
from crawler.spiders.base import LISTING_ENTRY_TAGS, ArticleSpider

TAGS = [*LISTING_ENTRY_TAGS, "ul", "table", "span", "b", "section", "a"]
TEXTS = st.sampled_from(["", "质量", " 2024-05-06 ", "新闻\n", "<!-- 注释 -->", "&amp;"])


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    """Elements of the entries' tags and others, nested, with links to a few URLs (some without an
    href), text and comments between them."""
    parts = []
    for _ in range(draw(st.integers(0, 3 if depth < 4 else 0))):
        tag = draw(st.sampled_from(TAGS))
        href = draw(st.sampled_from(["", ' href="/zj/content/1.htm"', ' href="2.htm"', ' href="#top"', ' href=""']))
        attributes = href if tag == "a" else ""
        parts.append(f"<{tag}{attributes}>{draw(TEXTS)}{draw(markup(depth + 1))}</{tag}>{draw(TEXTS)}")
    return "".join(parts)


def by_xpath(response: HtmlResponse) -> dict[str, str]:
    row_test = " or ".join(f"self::{tag}" for tag in LISTING_ENTRY_TAGS)
    texts: dict[str, str] = {}
    for anchor in response.xpath("//a[@href]"):
        row = anchor.xpath(f"ancestor::*[{row_test}][1]")
        if row:
            url = production_url(response.urljoin(anchor.attrib["href"]))
            texts.setdefault(url, " ".join(row[0].xpath(".//text()").getall()))
    return texts


@settings(max_examples=500)
@given(markup())
def test_entry_texts_are_those_the_xpath_names(body):
    response = HtmlResponse("https://www.cqn.com.cn/zj/node_1.htm", body=f"<html><body>{body}</body></html>".encode(),
                            encoding="utf-8")
    assert ArticleSpider.entry_texts(ArticleSpider.__new__(ArticleSpider), response) == by_xpath(response)
