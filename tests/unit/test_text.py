"""Text rules: whitespace, and the lines that trail an article."""

from __future__ import annotations

from crawler.extraction.blocks import blocks_from_html
from crawler.extraction.text import clean_text, is_notice, without_furniture_at_ends


def test_whitespace():
    assert clean_text("\u00a0\u00a0\u3000 中国质量新闻网消息\u00a0\u00a0今年9月 \n") == "中国质量新闻网消息 今年9月"
    assert clean_text(" \u3000\u200b ") is None


def test_trailing_notices_leave_the_body():
    blocks = blocks_from_html("<p>正文。</p><p>声明：</p><p>本网注明“来源”的作品，版权均属于本网，未经本网授权不得转载。</p>", "https://x/")
    assert [block.text for block in without_furniture_at_ends(blocks)] == ["正文。"]


def test_a_line_of_the_site_s_licences_is_a_notice():
    """A news site's footer names its licences under their labels (互联网新闻信息服务许可证：…) beside
    its ICP number: a line of site information, whatever encloses it."""
    for line in ("互联网新闻信息服务许可证：43120170014 湘ICP备05006719号",
                 "信息网络传播视听节目许可证：1109389号 浙ICP备13024681号"):
        assert is_notice(line), line
