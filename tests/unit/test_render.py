"""The body rendered: images and their captions, and the sanitised HTML."""

from __future__ import annotations

from crawler.extraction.blocks import blocks_from_html
from crawler.extraction.render import attach_captions, sanitise


def test_captions_and_file_names():
    blocks = blocks_from_html(
        '<p><img src="a.png" alt="image.png"></p><p style="text-align:center">图为检查现场。</p>'
        '<p><img src="b.png" alt="微信图片_1.jpg"></p><p>这是正文，不是图注。</p>'
        '<figure><img src="/c.jpg"><figcaption>图注三</figcaption></figure>',
        "https://www.cqn.com.cn/zj/content/x.htm",
    )
    blocks = attach_captions(blocks)
    images = [(block.src, block.caption) for block in blocks if block.kind == "img"]
    assert images == [("https://www.cqn.com.cn/zj/content/a.png", "图为检查现场。"),
                      ("https://www.cqn.com.cn/zj/content/b.png", None),
                      ("https://www.cqn.com.cn/c.jpg", "图注三")]
    assert [block.text for block in blocks if block.kind == "p"] == ["这是正文，不是图注。"]


def test_body_html_is_sanitised():
    html = sanitise('<p onclick="x()" style="color:red">正文<script>alert(1)</script><iframe src="//evil"></iframe>'
                    '<a href="javascript:alert(1)">链接</a><a href="https://www.cqn.com.cn/">本网</a></p>')
    assert html == '<p>正文<a>链接</a><a href="https://www.cqn.com.cn/">本网</a></p>'
