"""Finding the body of an article in a page whose body container is not known by name.

The body is the element that holds the most paragraph text that is not link text, among the
elements that come after the headline. Inside it, whole blocks that are not content are dropped
by their structure (lists of links, hidden elements, widgets recognised by their one-word
labels). No class name or id is trusted: they differ between sites and change with redesigns.
"""

from __future__ import annotations

import re
from collections import defaultdict

from crawler.layouts.blocks import BLOCK_TAGS, SKIPPED_TAGS
from crawler.layouts.dom import drop_tree, tag_of, text_of

# Text inside these is page furniture, never article text.
FURNITURE_TAGS = frozenset({"nav", "footer", "header", "aside", "form", "select", "option", "ul", "ol"})
# A paragraph shorter than this contributes nothing to its container's score.
MIN_PARAGRAPH_CHARS = 10
# Paragraph-like elements hand their score to the element that holds them.
PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt"})
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# A block with at least this many links, most of its text linked, is a list of links.
LINK_LIST_MIN_LINKS = 2
LINK_LIST_MIN_DENSITY = 0.5
# The labels of the widgets news pages put in and around a body (ads, related and recommended
# lists, share, print and close buttons, pagers, comment boxes, font-size switches, likes, QR
# codes to follow an account): a block that says only this, with its icons and images, is the
# widget.
WIDGET_LABEL = re.compile(
    r"^(?:.{0,4}广告|赞助商?链接|推广|"
    r"(?:相关|推荐|延伸|热门|热点|精彩|更多)(?:新闻|阅读|文章|链接|报道|推荐|内容)?|猜你喜欢|"
    r"分享到?.{0,12}|打印(?:本页|此文)?|关闭(?:窗口|本页)?|收藏(?:本文)?|返回(?:顶部|首页)|"
    r"上一(?:页|篇)|下一(?:页|篇)|"
    r"(?:我要|发表|最新|网友|查看)?评论|"
    r"字号|[大中小]{1,3}|点赞|"
    r"(?:扫一?扫|扫码|扫描二维码|长按二维码|长按识别)(?:关注|下载|阅读)?.{0,24}|"
    r"关注.{0,16}(?:公众号|微信|微博|客户端|抖音|视频号))+$"
)
# A short block with a picture that asks to scan, follow or download is a promotion (a QR code).
PROMOTION = re.compile(r"二维码|公众号|扫码|扫一扫|关注|下载|客户端|APP", re.I)
MAX_PROMOTION_CHARS = 80
# The heading of a list of other stories: the list follows it, to the end of its container.
RELATED_LABEL = re.compile(r"^(?:相关|推荐|延伸|热门|热点|精彩|更多)(?:新闻|阅读|文章|链接|报道|推荐|内容)?$|^猜你喜欢$")
MAX_WIDGET_CHARS = 60
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)$")  # longer than any widget's label
LABEL_PUNCTUATION = re.compile(r"[\s:：【】\[\]()（）|·>»]+")


def _block_ancestor(element):
    while element is not None and tag_of(element) not in BLOCK_TAGS:
        element = element.getparent()
    return element


EXCLUDED_TAGS = FURNITURE_TAGS | SKIPPED_TAGS | {"a"}


def paragraph_text(root, after=None) -> dict:
    """Non-link text length per paragraph element (the nearest block element of each text), for
    the text after `after` (the headline) when it is given. Text inside links and furniture is
    left out; whether an element is inside them is worked out once per element."""
    texts = after.xpath("following::text()[normalize-space()]") if after is not None else root.xpath("//text()[normalize-space()]")
    excluded: dict = {}

    def inside_excluded(element) -> bool:
        chain = []
        while element is not None and element not in excluded:
            chain.append(element)
            element = element.getparent()
        result = excluded.get(element, False)
        for link in reversed(chain):
            result = result or tag_of(link) in EXCLUDED_TAGS
            excluded[link] = result
        return result

    totals: dict = defaultdict(int)
    for text in texts:
        element = text.getparent()  # the element whose text or tail this is
        if text.is_tail:
            element = element.getparent()
        if element is None or inside_excluded(element):
            continue
        paragraph = _block_ancestor(element)
        if paragraph is not None:
            totals[paragraph] += len(text.strip())
    return totals


def link_density(element) -> float:
    text = len(element.xpath("normalize-space()"))
    if not text:
        return 1.0
    linked = len("".join(element.xpath(".//a//text()")).strip())
    return min(1.0, linked / text)


def find_body_region(root, after=None):
    """The element holding the article body, or None when no element holds paragraph text."""
    scores: dict = defaultdict(float)
    for paragraph, length in paragraph_text(root, after).items():
        if length < MIN_PARAGRAPH_CHARS:
            continue
        holder = paragraph.getparent() if tag_of(paragraph) in PARAGRAPH_TAGS else paragraph
        if holder is None:
            continue
        scores[holder] += length
        parent = holder.getparent()
        if parent is not None:
            scores[parent] += length / 2
    if not scores:
        return None
    best, best_score = None, -1.0
    for element in sorted(scores, key=scores.get, reverse=True)[:5]:
        if scores[element] <= best_score:  # links only lower a score: no later one can win
            break
        score = scores[element] * (1 - link_density(element))
        if score > best_score:
            best, best_score = element, score
    return best


def _label(element) -> str:
    return LABEL_PUNCTUATION.sub("", text_of(element))


def _is_hidden(element) -> bool:
    return element.get("hidden") is not None or bool(HIDDEN_STYLE.search(element.get("style") or ""))


def _is_link_list(element) -> bool:
    links = [a for a in element.iter("a") if "".join(a.itertext()).strip()]
    return len(links) >= LINK_LIST_MIN_LINKS and link_density(element) >= LINK_LIST_MIN_DENSITY


def _is_banner(link) -> bool:
    """A picture that links somewhere other than to a bigger picture of itself, and says nothing:
    an advertisement or a promotion, not an article's photograph."""
    href = (link.get("href") or "").lower().split("?")[0]
    return (next(link.iter("img", "amp-img"), None) is not None and not text_of(link).strip()
            and not IMAGE_FILE.search(href))


def _widget_root(element, region):
    """The outermost ancestor (below the region) that holds nothing but this widget's label."""
    label = _label(element)
    while element.getparent() is not None and element.getparent() is not region:
        if _label(element.getparent()) != label:
            break
        element = element.getparent()
    return element


def prune_region(region) -> None:
    """Drop, in place, the blocks of the region that are not article content."""
    doomed = []
    for element in region.iterdescendants():
        tag = tag_of(element)
        if not tag:
            continue
        if tag in SKIPPED_TAGS or _is_hidden(element) or (tag == "a" and _is_banner(element)):
            doomed.append(element)
            continue
        if tag not in BLOCK_TAGS:
            continue
        text = text_of(element).strip()
        if element.find(".//a") is not None and _is_link_list(element):
            doomed.append(element)
        elif len(text) <= MAX_WIDGET_CHARS and WIDGET_LABEL.match(LABEL_PUNCTUATION.sub("", text)):
            widget = _widget_root(element, region)
            doomed.append(widget)
            if RELATED_LABEL.match(LABEL_PUNCTUATION.sub("", text)):
                doomed.extend(widget.itersiblings())
        elif len(text) <= MAX_PROMOTION_CHARS and PROMOTION.search(text) and next(element.iter("img"), None) is not None:
            doomed.append(element)  # a promotion: a short block with a picture (a QR code)
    for element in doomed:
        if element.getparent() is not None:
            drop_tree(element)  # keeps the tail: text after a widget can still be body text
