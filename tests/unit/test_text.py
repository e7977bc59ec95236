"""Text rules: whitespace, and the lines that trail an article."""

from __future__ import annotations

from crawler.extraction.blocks import blocks_from_html
from crawler.extraction.text import clean_text, without_furniture_at_ends


def test_whitespace():
    assert clean_text("\u00a0\u00a0\u3000 中国质量新闻网消息\u00a0\u00a0今年9月 \n") == "中国质量新闻网消息 今年9月"
    assert clean_text(" \u3000\u200b ") is None


def test_trailing_notices_leave_the_body():
    blocks = blocks_from_html("<p>正文。</p><p>声明：</p><p>本网注明“来源”的作品，版权均属于本网，未经本网授权不得转载。</p>", "https://x/")
    assert [block.text for block in without_furniture_at_ends(blocks)] == ["正文。"]
