"""The encoding of a page's bytes, whatever its header and <meta> declare."""

from __future__ import annotations

import pytest

from crawler.extraction.encoding import decode_html

GBK_PAGE = '<html><head><meta charset="{}"><title>标题</title></head><body><p>质量月活动</p></body></html>'


@pytest.mark.parametrize("declared_in_meta, content_type, encode_as", [
    ("gb2312", None, "gbk"),  # declared in the page only
    ("utf-8", None, "gbk"),  # declared wrong
    ("gbk", "text/html; charset=utf-8", "utf-8"),  # header and page disagree; the bytes decide
    ("", None, "gbk"),  # declared nowhere
    ("", "text/html; charset=iso-8859-1", "gbk"),  # a server default that is not the page's
])
def test_encoding_follows_the_bytes(declared_in_meta, content_type, encode_as):
    text, _ = decode_html(GBK_PAGE.format(declared_in_meta).encode(encode_as), content_type)
    assert "质量月活动" in text
