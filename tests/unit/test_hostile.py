"""Hostile and broken pages: each gives an article or a clean rejection, and nothing escapes."""

from __future__ import annotations

import os

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crawler.extraction import NotAnArticle, extract_article
from crawler.items import article_item
from crawler.sites import site_of
from devtools.labelled import fixture_pages
from pipelines.validate import contract_breach

URL = "https://www.cqn.com.cn/zj/content/2021-09/08/content_{}.htm"
SITE = site_of(URL)
SEED = next(case for case in fixture_pages() if case.name.startswith("cqn-2021")).path.read_bytes()
PARAGRAPH = "<p>" + "质量监督抽查结果公布，不合格产品依法处理。" * 8 + "</p>"


def outcome(body: bytes, number: int = 7) -> dict:
    """What a crawl writes of the page: the article, or {"rejected": reason}."""
    url = URL.format(number)
    result = extract_article(body, url, layouts=SITE.layouts, own_outlets=SITE.own_outlets)
    if isinstance(result, NotAnArticle):
        return {"rejected": f"{result.reason}: {result.detail}" if result.detail else result.reason}
    item = dict(article_item(url, result))
    breach = contract_breach(item)
    return {"rejected": breach[0]} if breach else item


HOSTILE = {
    "binary sent as HTML": (b"\x89PNG\r\n\x1a\n" + os.urandom(20000), "not an article: binary content, not HTML"),
    "images only": (b"<html><body>" + b"<img src='/a.jpg'>" * 50 + b"</body></html>", "not an article: no article body"),
    "scripts only": (b"<html><body>" + b"<script>var a = 1;</script>" * 50 + b"</body></html>",
                     "not an article: no article body"),
    "nested 5,000 deep": (b"<html><body>" + b"<div>" * 5000 + ("<h1>标题</h1>" + PARAGRAPH).encode() + b"</div>" * 5000
                          + b"</body></html>", "not an article: nested deeper than the 2000 levels an HTML parser reads"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_page_is_a_clean_rejection(name):
    body, reason = HOSTILE[name]
    assert outcome(body) == {"rejected": reason}


def test_ten_megabyte_page_is_read():
    links = b"<ul>" + "<li><a href='/zj/node_1.htm'>相关新闻标题</a></li>".encode() * 220000 + b"</ul>"
    body = SEED.replace(b"</body>", links + b"</body>")
    assert len(body) > 10_000_000
    assert outcome(body)["articleBody"].startswith("中国质量新闻网讯")


@pytest.mark.parametrize("encoding, declared", [("gbk", "utf-8"), ("utf-8", "gbk"), ("gbk", "iso-8859-1"), ("gbk", None)])
def test_wrong_and_missing_charset_declarations(encoding, declared):
    text = SEED.decode("utf-8").replace('<meta charset="utf-8">', f'<meta charset="{declared}">' if declared else "")
    assert outcome(text.encode(encoding, errors="xmlcharrefreplace"))["headline"].startswith("精心策划“质量月”活动")


HTML_PIECES = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<br>", "<table><tr><td>",
                               "</td></tr></table>",
                               "<img src='x.png' alt='image.png'>", "<a href='/y'>", "<a href='mailto:a@b.cn'>",
                               "<a href='javascript:;'>", "<a href='tel:96333'>", "</a>", "<script>", "</script>",
                               "<link rel='canonical' href='mailto:a@b.cn'>", "<img src='tel:96333'>",
                               "(责任编辑:加贺)", "中国质量新闻网讯(记者秦海峰)", "2021-09-08 13:42:42", "您当前位置:", ">>",
                               "&nbsp;", "\u3000", "质量", "。", "\x00", "<!--", "-->", "<title>", "</title>", "<", ">",
                               "&#", "\ufffd"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=3000), st.lists(HTML_PIECES, max_size=120).map(lambda parts: "".join(parts).encode())))
# A headline that closes the document, after a text: the search for facts between them once read past its end.
@example(b"\t  \t\t\x1b   \t          \tAAA\t \tA  aaaA\t      \t    \x1b\x1bAAAAAAAAAAaaaaaaaaaaaaaaaaaaaaaa<h1>A")
# A position line whose link leads to no page: its crumb's address once broke the contract's URL.
@example(("您当前位置:(责任编辑:加贺)市场监管部门近日组织开展产品质量监督抽查，抽查结果已向社会公布。"
          "<a href='mailto:a@b.cn'>a@b.cn</a>").encode())
def test_no_exception_escapes_extraction(body):
    result = outcome(body)
    assert "rejected" in result or not contract_breach(result)
    # What extraction writes keeps the contract's forms: a page may miss a field, never hold a malformed one.
    assert not result.get("rejected", "").startswith("off contract"), result


LINES = st.sampled_from([
    "<p>" + "质量监督抽查结果公布，不合格产品依法处理。" * 3 + "</p>", "<p>市场监管部门提醒消费者理性选购</p>",
    "<p>2021-09-08 13:42:42 来源：某某日报</p>", "<p>作者：张三</p>", "<p><a href='/a/1.html'>相关新闻标题一则</a></p>",
    "<p><img src='/1.jpg'></p>", "<p>1</p>", "<p>注：</p>", "<p>——</p>", "<br>", "质量监督抽查结果公布，不合格产品依法处理。",
])
BOXES = st.sampled_from([("<div>", "</div>"), ("<table><tr><td>", "</td></tr></table>"), ("<center>", "</center>"), ("", "")])


@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=12), BOXES, st.sampled_from(["", "<title></title>", "<title>显示</title>"]))
def test_a_page_with_an_article_body_is_never_rejected_for_its_headline(lines, box, title):
    """Whatever a page without headings shows (or does not) over its text, a body of an article's
    length makes an article with a headline: never `missing headline`."""
    opening, closing = box
    body = f"<html><head>{title}</head><body>{opening}{''.join(lines)}{PARAGRAPH}{closing}</body></html>".encode()
    result = outcome(body)
    assert result.get("rejected") != "missing headline"
    assert "rejected" in result or result["headline"]
