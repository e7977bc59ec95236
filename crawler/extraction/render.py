"""The body, rendered: `articleBody`, `articleBodyHtml`, `images`, `mainImage`; and `contentHash`.

Both texts are rendered from the same cleaned blocks. The HTML is built from escaped text and
then passed through nh3 (the Ammonia sanitiser), which keeps only the minimal tags of the
contract and http(s) URLs, whatever a page held.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from html import escape

import nh3

from crawler.extraction.blocks import MAX_CAPTION_CHARS, Block, Run
from crawler.extraction.keywords import keywords
from crawler.extraction.text import CAPTION_MARK, STATEMENT_STOPS

ALLOWED_TAGS = {"p", "figure", "img", "figcaption", "table", "thead", "tbody", "tr", "th", "td",
                "strong", "em", "br", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src"}}
# How a caption credits its picture, at its end: the photographer (摄), who gave it (供图, 图片由X提
# 供), an archive's or the web's picture (资料图, 资料图片, 网络图片), where it comes from (图片来源：X). An
# agency's full name may be long (国家市场监督管理总局缺陷产品管理中心).
PHOTO_CREDIT = keywords(r"(?:摄|供图|资料图片?|网络图片|配图|图片由\S{1,30}提供|(?:图片来源|图源)\s*[:：]\s*\S{1,30})"
                          r"\s*[)）】\]]?$")
# How a line under a table credits its data, opening with it (（数据来源：诉易通 制表：某某网）, 资料来源：X)
# or closing its title with it in brackets (表：2024年抽检情况（数据来源：省市场监管局）, 表：…（来源：标准文本）):
# the table's caption and credit, as a picture's are, none of the text. A line opening with a bare 来源 is
# the article's own credit.
CREDIT_LABEL = r"(?:(?:数据|资料)来源|制表|制图)\s*[:：]"
TABLE_CREDIT = keywords(rf"^[(（]?\s*{CREDIT_LABEL}|[(（]\s*(?:{CREDIT_LABEL}|来源\s*[:：])[^()（）]*[)）]$")
# A line under a table naming it as one (表：2013年上半年投诉分类, 表1 抽查结果, 附表2：) is its caption.
TABLE_TITLE = keywords(r"^附?表\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})?\s*[:：.、\s]\s*\S")
# A bracketed note under a table ((注：份额按…计算), （说明：…）) says something of its data: the text's.
TABLE_NOTE = keywords(r"^[(（]\s*(?:注|备注|说明)\s*[:：]")
# Configured once: nh3.clean() would build its sanitiser anew for every article.
# ... or be set wholly in brackets, as an aside to the picture: （去年春天在茶园拍的）.
ASIDE_BRACKETS = (("（", "）"), ("(", ")"))
# ... or, in a text whose lines are only broken, be a line of its own under the picture: a phrase, this
# short at most (a forum poster's 刚拿到手时的样子 under each photo).
MAX_PHRASE_CAPTION_CHARS = 24
# A section's number or bracket opening a line (二、, 2., （三）, 第一, 【租鞋】) makes it a subheading.
SECTION_OPENING = keywords(r"^(?:[(（]?[一二三四五六七八九十百\d]{1,3}[)）、.．]|第[一二三四五六七八九十百\d]+|[【\[〖])")
SANITISER = nh3.Cleaner(tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes={"http", "https"}, link_rel=None)


def attach_captions(blocks: list[Block]) -> list[Block]:
    """A short paragraph right after a captionless image is that image's caption where it is
    centred (and not set in bold throughout, as the text's subheadings are), set in light grey, where its
    class names it a caption (wp-caption-text, img-desc), where it ends by
    crediting the picture (新华社发（某某 摄）, 受访者供图, 资料图), where it opens with a mark pointing
    at it (▲), where it is one bracketed aside, or where it says what the picture's alt text says:
    how a caption stands out when the text's lines are only broken (<br>), not set in blocks; or where,
    in such a text, it is a line of its own between breaks under the picture, stating nothing (a
    forum poster's 刚拿到手时的样子 under each photo), or in an element of its own, as the rest of the text
    is not (a forum's <div class="t_smallfont"> under each photo). Such a
    paragraph under a media player is the player's caption, and is left out with it. A line
    under a table crediting its data (数据来源：, 制表：, or its title closed by a credit), naming it as a
    table (表：…, 表1 …), opening with a mark pointing at it (▲ 五月份的收支), or one
    bracketed aside stating nothing ((单位：批次), not （以上信息仅对所抽样品负责。） nor a note （注：…）), is the
    table's. A captioned picture's caption runs on to a line under it that credits it as a caption would
    (a chart's 图1：月度产量, then 数据来源：MPOB)."""
    paragraphs = [block for block in blocks if block.kind == "p"]
    lines_broken = 2 * sum(block.broken_line for block in paragraphs) > len(paragraphs)
    kept: list[Block] = []
    for block in blocks:
        previous = kept[-1] if kept else None
        if (previous is not None and previous.kind == "table" and block.kind == "p"
                and len(text := block.text) <= MAX_CAPTION_CHARS
                and (TABLE_CREDIT.search(text) or TABLE_TITLE.match(text) or text.startswith(CAPTION_MARK)
                     or is_an_aside(text) and STATEMENT_STOPS.isdisjoint(text) and not TABLE_NOTE.match(text))):
            previous.caption = text
            continue
        if (previous is not None and previous.kind == "img" and previous.caption is None  # the cheap tests first
                and block.kind == "p" and reads_as_caption(block, previous.alt, lines_broken)):
            previous.caption = block.text
            continue
        if (previous is not None and previous.kind == "img" and previous.caption is not None and block.kind == "p"
                and (TABLE_CREDIT.search(text := block.text) or PHOTO_CREDIT.search(text))
                and reads_as_caption(block, previous.alt, lines_broken)):
            previous.caption = f"{previous.caption} {text}"  # a chart's title, then its data's credit
            continue
        if block.under_player and block.kind == "p" and reads_as_caption(block):
            continue  # the caption of a player left out of the text (网传视频截图)
        kept.append(block)
    return kept


def reads_as_caption(block: Block, alt: str | None = None, lines_broken: bool = False) -> bool:
    """Whether a paragraph under a picture or a player reads as its caption (see attach_captions), in
    a text whose lines are mostly broken (`lines_broken`) or not."""
    text = block.text
    return len(text) <= MAX_CAPTION_CHARS and (
        (block.centered and not all(run.strong for run in block.runs if run.text.strip()))
        or all(run.muted for run in block.runs if run.text.strip()) or block.named_caption
        or bool(PHOTO_CREDIT.search(text)) or text.startswith(CAPTION_MARK) or is_an_aside(text)
        or text == alt or (block.broken_line or lines_broken) and is_a_phrase(block))


def is_a_phrase(block: Block) -> bool:
    """Whether a line is a short phrase saying what a picture shows (机芯拆出来，油全干了): ending on
    a word, not a statement's stop, a label's colon or a clause's comma; opening with no section's
    number or bracket (二、, 2., 【); not set in bold throughout, as a subheading is."""
    text = block.text.strip()
    return (0 < len(text) <= MAX_PHRASE_CAPTION_CHARS and text[-1].isalnum() and STATEMENT_STOPS.isdisjoint(text)
            and SECTION_OPENING.match(text) is None and not all(run.strong for run in block.runs if run.text.strip()))


def is_an_aside(text: str) -> bool:
    """Whether a line is one bracketed aside, its first bracket closed only at its end: （在茶园拍的）,
    not （一）检查情况（见附表）."""
    return any(text.startswith(opening) and text.find(closing) == len(text) - 1 for opening, closing in ASIDE_BRACKETS)


def render_runs(runs: Iterable[Run]) -> str:
    html = []
    for run in runs:
        piece = escape(run.text, quote=False)
        if run.strong:
            piece = f"<strong>{piece}</strong>"
        if run.em:
            piece = f"<em>{piece}</em>"
        if run.href:
            piece = f'<a href="{escape(run.href)}">{piece}</a>'
        html.append(piece)
    return "".join(html)


def render_block(block: Block) -> str:
    if block.kind == "img":
        assert block.src is not None, "an image block is only made with its source"
        caption = f"<figcaption>{escape(block.caption, quote=False)}</figcaption>" if block.caption else ""
        return f'<figure><img src="{escape(block.src)}">{caption}</figure>'
    if block.kind == "table":
        rows = "".join(
            "<tr>" + "".join(f"<{tag}>{escape(text, quote=False)}</{tag}>" for tag, text in row) + "</tr>"
            for row in block.rows
        )
        return f"<table>{rows}</table>"
    return f"<p>{render_runs(block.runs)}</p>"


def sanitise(html: str) -> str:
    return SANITISER.clean(html)


def content_hash(headline: str | None, body: str | None) -> str:
    """`sha256:` of the headline, a line break and the body: what tells a changed text."""
    digest = hashlib.sha256(f"{headline or ''}\n{body or ''}".encode()).hexdigest()
    return f"sha256:{digest}"


def render_body(blocks: list[Block]) -> dict:
    """The body fields of the contract, from the body's cleaned blocks."""
    blocks = attach_captions(blocks)
    images = [{"url": block.src, "caption": block.caption} for block in blocks if block.kind == "img"]
    return {
        "articleBody": "\n".join(block.text for block in blocks if block.kind != "img"),
        "articleBodyHtml": sanitise("\n".join(render_block(block) for block in blocks)),
        "images": images,
        "mainImage": images[0] if images else None,
    }
