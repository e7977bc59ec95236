"""The labelled pages rewritten as other sites would show the same article: a probe of how far
extraction generalises, for `python -m devtools.evaluate --variants`.

A rule written while looking at a page always fits that page. Three kinds of rewrite keep each
page's labels true:
- MARKUP keeps the page's text and changes what a redesign or another CMS changes: the names of
  classes and ids, the elements paragraphs are made of, how deep the text sits, the encoding;
- HEADLINES shows the title in bold <div>s instead of headings, or under a <title> that names the
  site only;
- DATES shows the article's date in another CMS's style (2024年01月02日, 2024/1/2, 2024.01.02);
  UNDATED takes it off the page, which then shows no date of the article;
- FURNITURE adds what other sites put around an article, none of it the article's: readers'
  comments with their times, a list of related stories, a share bar, a pager, a copyright line,
  an editor line, a credit line, an ad or a picture between paragraphs.
Extraction that holds its F1 on them relies on properties of layouts, not on what one page happens
to be.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from lxml import etree, html

from crawler.extraction.encoding import decode_html

# A rewrite of a page's bytes, given its labels (the body says where the article stands, the date
# which date is the article's); None: the page cannot be rewritten so.
Labels: TypeAlias = Mapping[str, Any]
Rewrite = Callable[[bytes, Labels], bytes | None]
MIN_LABELLED_PARAGRAPH_CHARS = 4  # a shorter line ("更多", a digit) may be in the label by chance
TITLE_TAGS = frozenset({"title", "h1", "h2", "h3"})
BOXES = frozenset({"div", "section", "article", "main", "td"})
HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
MIN_BROKEN_PARAGRAPHS = 3  # `lines broken by <br>` merges runs of at least this many <p>s
# Blocks that are paragraphs where they hold no block (a <div> used as a paragraph)
LINE_BLOCKS = frozenset({"div", "section", "li", "blockquote", "h2", "h3", "h4", "h5", "h6"})


def _tree(page: bytes) -> html.HtmlElement:
    return html.fromstring(decode_html(page)[0])


def _bytes(tree: html.HtmlElement, encoding: str = "utf-8") -> bytes:
    return html.tostring(tree, encoding=encoding, doctype="<!DOCTYPE html>")


@dataclass(frozen=True)
class Line:
    """A line of the article's text on the page: a paragraph whose text the label holds, or text
    set loose in an element, before its first child (its text) or after a child (that child's
    tail), as pages that break their lines with <br> show it."""

    element: html.HtmlElement
    part: Literal["element", "text", "tail"]  # what of the element the line is

    @property
    def holder(self) -> html.HtmlElement:
        return self.element.getparent() if self.part == "tail" else self.element

    def put_before(self, elements: list[html.HtmlElement]) -> None:
        if self.part == "element":
            for element in elements:
                self.element.addprevious(element)
            return
        loose = self.element.text if self.part == "text" else self.element.tail  # the new elements go before it
        if self.part == "text":
            self.element.text = None
            for element in reversed(elements):
                self.element.insert(0, element)
        else:
            self.element.tail = None
            self.put_after(elements)
        elements[-1].tail = (elements[-1].tail or "") + (loose or "")

    def put_after(self, elements: list[html.HtmlElement]) -> None:
        for element in reversed(elements):
            if self.part == "text":
                self.element.insert(0, element)  # after the element's own text
            else:
                self.element.addnext(element)  # after the element's tail


def is_paragraph(element: html.HtmlElement) -> bool:
    """A <p>, or a block that holds no block (a <div> used as a paragraph); not in a cell of a data
    table (a row of several cells)."""
    if element.tag != "p" and (element.tag not in LINE_BLOCKS or any(
            inside.tag in LINE_BLOCKS or inside.tag == "p" for inside in element.iterdescendants())):
        return False
    return not in_data_cell(element)


def in_data_cell(element: html.HtmlElement) -> bool:
    """Whether an element is (in) a cell of a row of several cells: a data table's, not a layout's."""
    cell = next(element.iterancestors("td", "th"), None) if element.tag not in ("td", "th") else element
    return cell is not None and sum(child.tag in ("td", "th") for child in cell.getparent()) >= 2


def _article_lines(tree: html.HtmlElement, label: str) -> list[Line]:
    """The lines of the article's text on the page (found in its labelled body), in order. Where
    the article stands is the label's to say: the page's largest run of <p>s may be its footer."""
    labelled = "".join(label.split())

    def is_article_text(text: str) -> bool:
        squeezed = "".join(text.split())
        return len(squeezed) >= MIN_LABELLED_PARAGRAPH_CHARS and squeezed in labelled

    lines: list[Line] = []
    paragraph = None  # the article's paragraph the walk is in: the text inside it is its own
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            if paragraph is None and is_paragraph(element) and is_article_text(element.text_content()):
                paragraph = element
                lines.append(Line(element, "element"))
            elif (paragraph is None and isinstance(element.tag, str) and element.tag not in TITLE_TAGS
                  and is_article_text(element.text or "") and not in_data_cell(element)):  # nor is a headline
                lines.append(Line(element, "text"))
            continue
        if element is paragraph:
            paragraph = None
        if paragraph is None and element.getparent() is not None and is_article_text(element.tail or ""):
            lines.append(Line(element, "tail"))
    return lines


def _article_container(tree: html.HtmlElement, label: str) -> html.HtmlElement | None:
    """The innermost element holding every line of the article; None for a page without any."""
    lines = _article_lines(tree, label)
    if not lines:
        return None
    common = [lines[0].holder, *lines[0].holder.iterancestors()]
    for line in lines[1:]:
        holders = {line.holder, *line.holder.iterancestors()}
        common = [element for element in common if element in holders]
    return common[0]


def names_renamed(page: bytes, labels: Labels) -> bytes:
    """Every class and id renamed (consistently within the page): a redesign's new stylesheet."""
    tree = _tree(page)
    for element in tree.iter():
        for attribute in ("class", "id"):
            if (value := element.get(attribute)) is not None:
                element.set(attribute, " ".join("x" + hashlib.sha1(name.encode()).hexdigest()[:8] for name in value.split()))
    return _bytes(tree)


def names_dropped(page: bytes, labels: Labels) -> bytes:
    """No class or id at all: a page styled by position only."""
    tree = _tree(page)
    for element in tree.iter():
        for attribute in ("class", "id"):
            element.attrib.pop(attribute, None)
    return _bytes(tree)


def paragraphs_as_divs(page: bytes, labels: Labels) -> bytes:
    """Each <p> a <div>: a CMS whose editor makes divs."""
    tree = _tree(page)
    for paragraph in tree.iter("p"):
        paragraph.tag = "div"
    return _bytes(tree)


def lines_broken_by_br(page: bytes, labels: Labels) -> bytes:
    """Each run of <p>s (three or more) one run of text broken by <br>: an older CMS. A <p> the page
    hides stays a hidden <p>."""
    tree = _tree(page)
    for container in list(tree.iter()):
        paragraphs = [child for child in container if child.tag == "p" and not HIDDEN.search(child.get("style") or "")]
        if len(paragraphs) < MIN_BROKEN_PARAGRAPHS:
            continue
        for paragraph in paragraphs[:-1]:
            paragraph.append(etree.Element("br"))
        for paragraph in paragraphs:
            paragraph.drop_tag()
    return _bytes(tree)


def containers_wrapped(wrapper: str) -> Rewrite:
    """A rewrite putting each container of paragraphs in the innermost element of `wrapper` (HTML)."""
    def rewrite(page: bytes, labels: Labels) -> bytes:
        tree = _tree(page)
        for container in {paragraph.getparent() for paragraph in tree.iter("p")} - {None}:
            if container.getparent() is None:
                continue
            outer = innermost = html.fragment_fromstring(wrapper)
            while len(innermost):
                innermost = innermost[0]
            container.addprevious(outer)
            outer.tail, container.tail = container.tail, None
            innermost.append(container)
        return _bytes(tree)
    return rewrite


def paragraphs_boxed(page: bytes, labels: Labels) -> bytes:
    """Each <p> in a <div> of its own: an editor that makes a box of every paragraph."""
    tree = _tree(page)
    for paragraph in list(tree.iter("p")):
        box = etree.Element("div")
        paragraph.addprevious(box)
        box.tail, paragraph.tail = paragraph.tail, None
        box.append(paragraph)
    return _bytes(tree)


def headings_as_divs(page: bytes, labels: Labels) -> bytes:
    """Each heading (h1 to h3) a <div> in bold type: a CMS that styles its titles without headings."""
    tree = _tree(page)
    for heading in list(tree.iter("h1", "h2", "h3")):
        heading.tag = "div"
        heading.set("style", "font-size: 22px; font-weight: bold;")
    return _bytes(tree)


def titled_by_the_site(page: bytes, labels: Labels) -> bytes | None:
    """The page's <title> naming the site only (某某新闻网), and no title given for sharing (og:title):
    a CMS whose every page has one title. None for a page without a <title>."""
    tree = _tree(page)
    title = tree.find(".//title")
    if title is None:
        return None
    title.text = "某某新闻网"  # a name of a headline's length: the rule of titles too short for one plays no part
    for meta in list(tree.iter("meta")):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            meta.drop_tree()
    return _bytes(tree)


def split_in_two_boxes(page: bytes, labels: Labels) -> bytes | None:
    """The article's container split in two boxes side by side at its middle line: an article in
    two parts (a lead box and the rest, or the text around an inserted widget). None where the
    article's lines are not children of one box (a <div>, a <section>...), or fewer than two."""
    tree = _tree(page)
    container = _article_container(tree, labels.get("articleBody", ""))
    lines = [line for line in _article_lines(tree, labels.get("articleBody", "")) if line.holder.getparent() is container]
    if container is None or len(lines) < 2 or container.tag not in BOXES:
        return None
    children = list(container)
    middle = children.index(lines[len(lines) // 2].holder)
    if middle == 0:
        return None
    second = html.Element(container.tag, {name: value for name, value in container.attrib.items() if name != "id"})
    container.addnext(second)
    second.tail, container.tail = container.tail, None
    for child in children[middle:]:
        second.append(child)
    return _bytes(tree)


def hidden_until_shown(page: bytes, labels: Labels) -> bytes | None:
    """The article's container hidden by an inline style until a script shows it (as a large
    self-media platform serves its posts). None for a page without <p> of the article."""
    tree = _tree(page)
    container = _article_container(tree, labels.get("articleBody", ""))
    if container is None:
        return None
    container.set("style", "visibility: hidden;")
    return _bytes(tree)


def encoded_gbk(page: bytes, labels: Labels) -> bytes | None:
    """The page in GBK (GB 18030), declared in a <meta>: the older Chinese sites' encoding. None for a
    page without a <head>."""
    tree = _tree(page)
    head = tree.find("head")
    if head is None:
        return None
    for meta in head.findall("meta"):
        if meta.get("charset") or "charset" in (meta.get("content") or "").lower():
            head.remove(meta)
    head.insert(0, etree.Element("meta", {"http-equiv": "Content-Type", "content": "text/html; charset=gbk"}))
    return _bytes(tree, "gb18030")


# A date as pages show it: year, month, day, and a time, whatever the separators.
SHOWN_DATE = re.compile(r"(?<!\d)(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?"
                        r"(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?")
DATE_STYLES: dict[str, Callable[[int, int, int, str], str]] = {
    "年月日": lambda year, month, day, time: f"{year}年{month:02}月{day:02}日{' ' + time if time else ''}",
    "slashes": lambda year, month, day, time: f"{year}/{month}/{day}{' ' + time if time else ''}",
    "dots": lambda year, month, day, time: f"{year}.{month:02}.{day:02}{' ' + time if time else ''}",
}


def _labelled_date_rewritten(page: bytes, labels: Labels, shown: Callable[[int, int, int, str], str],
                             declared_too: bool = False) -> bytes | None:
    """The page with the article's date (the labels' year, month and day) shown as `shown(year,
    month, day, time)` wherever its text shows it (a time with it, `HH:MM[:SS]`, or ""), and where
    `declared_too`, in the <meta> and <time> attributes that declare it to machines; None for a
    page without a labelled date shown in its text."""
    labelled = [int(number) for number in re.findall(r"\d+", labels.get("datePublished") or "")][:3]
    if len(labelled) < 3:
        return None
    tree, count = _tree(page), 0

    def rewritten(match: re.Match[str]) -> str:
        nonlocal count
        if [int(number) for number in match.groups()[:3]] != labelled:
            return match.group(0)
        count += 1
        hour, minute, second = match.groups()[3:]
        year, month, day = labelled
        return shown(year, month, day, f"{int(hour):02}:{minute}{':' + second if second else ''}" if hour else "")

    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag not in ("script", "style"):
            element.text = SHOWN_DATE.sub(rewritten, element.text) if element.text else element.text
        element.tail = SHOWN_DATE.sub(rewritten, element.tail) if element.tail else element.tail
    for declared in [*tree.iter("meta"), *tree.iter("time")] if declared_too else ():
        for attribute in ("content", "datetime"):
            if value := declared.get(attribute):
                declared.set(attribute, SHOWN_DATE.sub(rewritten, value))
    return _bytes(tree) if count else None


def dates_shown_as(style: str) -> Rewrite:
    """A rewrite showing the article's date (where the labels give it) in another style wherever
    the page shows it: another CMS's date format."""
    def rewrite(page: bytes, labels: Labels) -> bytes | None:
        return _labelled_date_rewritten(page, labels, DATE_STYLES[style])
    return rewrite


def date_taken_off(page: bytes, labels: Labels) -> bytes | None:
    """The page with the article's date (where the labels give it) taken off wherever it shows it:
    what is left shows no date of the article, and a date read from it is another's (a comment's,
    a listed story's, the footer's)."""
    return _labelled_date_rewritten(page, labels, lambda year, month, day, time: "", declared_too=True)


Place = Literal["after the text", "after the container", "before the text", "between paragraphs"]


def added(furniture: str, place: Place = "after the text") -> Rewrite:
    """A rewrite putting `furniture` after the article's last line, after the element that holds
    its lines, before its first line, or between its two middle lines; None for a page where no
    line of the article is found (or, between lines, fewer than two)."""
    def rewrite(page: bytes, labels: Labels) -> bytes | None:
        tree = _tree(page)
        body = labels.get("articleBody", "")
        container, lines = _article_container(tree, body), _article_lines(tree, body)
        if container is None or (place == "between paragraphs" and len(lines) < 2):
            return None
        elements = [element for element in html.fragments_fromstring(furniture) if not isinstance(element, str)]
        if place == "before the text":
            lines[0].put_before(elements)
        elif place == "after the container" and container.getparent() is not None:
            Line(container, "element").put_after(elements)
        else:
            (lines[len(lines) // 2 - 1] if place == "between paragraphs" else lines[-1]).put_after(elements)
        return _bytes(tree)
    return rewrite


COMMENTS = "".join(
    f"<div class='comment'><span>网友{name} 2024-01-02 1{hour}:1{hour}:12</span><p>{text}</p></div>"
    for name, hour, text in (("小王", 0, "这篇文章写得很好，希望相关部门加强监管，保护消费者权益。"),
                             ("小李", 1, "支持，产品质量关系到千家万户，必须严格把关，不能放松。")))
RELATED = "".join(f"<li><a href='/news/{number}.html'>市场监管总局发布第{number}批产品质量国家监督抽查结果通报</a></li>"
                  for number in range(1, 6))

MARKUP: dict[str, Rewrite] = {
    "class and id renamed": names_renamed,
    "class and id dropped": names_dropped,
    "<p> as <div>": paragraphs_as_divs,
    "lines broken by <br>": lines_broken_by_br,
    "nested 4 divs deeper": containers_wrapped("<div><div><div><div></div></div></div></div>"),  # a framework's boxes
    "in table cells": containers_wrapped("<table><tr><td></td></tr></table>"),  # an older site's table layout
    "each paragraph in a box": paragraphs_boxed,
    "the article in two boxes": split_in_two_boxes,
    "hidden until a script shows it": hidden_until_shown,
    "encoded GBK": encoded_gbk,
}
# The title shown otherwise, or named nowhere else: the headline is still the one the page shows.
HEADLINES: dict[str, Rewrite] = {"headings as bold divs": headings_as_divs,
                                 "a <title> naming the site only": titled_by_the_site}
DATES: dict[str, Rewrite] = {f"dates shown as {style}": dates_shown_as(style) for style in DATE_STYLES}
# Scored by the pages that are given no date: the article's date is not on them.
UNDATED: dict[str, Rewrite] = {"the article's date taken off": date_taken_off}
FURNITURE: dict[str, Rewrite] = {
    "comments under the text": added(f"<div class='comments'><h4>网友评论</h4>{COMMENTS}</div>", "after the container"),
    "comments, no heading": added(f"<div class='comments'>{COMMENTS}</div>", "after the container"),
    "comments among the paragraphs' box": added(f"<div class='comments'><h4>网友评论</h4>{COMMENTS}</div>"),
    "related stories": added(f"<div><h3>相关阅读</h3><ul>{RELATED}</ul></div>"),
    "share bar": added("<div>分享到：<a href='#'>微信</a> <a href='#'>微博</a> <a href='#'>QQ空间</a></div>"),
    "pager of links": added("<div><a href='?page=1'>上一页</a> <a href='?page=1'>1</a> <span>2</span> "
                            "<a href='?page=3'>3</a> <a href='?page=3'>下一页</a></div>"),
    "pager as text": added("<p>共3页 上一页 1 2 3 下一页</p>"),
    "copyright line": added("<p>版权所有 © 2024 某某网 京ICP备12345678号 未经授权禁止转载</p>"),
    "a post's counters and trackback": added("<p>阅读(1234) | 评论(5) | <a href='javascript:fav()'>收藏</a></p>"
                                             "<p>Trackback: http://blog.example.com/trackback/1</p>"),
    "editor line": added("<p>（责任编辑：王小明）</p>"),
    "print and close": added("<p>【<a href='javascript:print()'>打印</a>】【<a href='javascript:close()'>关闭</a>】</p>"),
    "credit line before": added("<p>来源：某某日报</p>", "before the text"),
    "linked ad between paragraphs": added("<p><a href='http://ad.example.com/c/9'>品牌空调工厂特价 限时抢购</a></p>",
                                          "between paragraphs"),
    "picture between paragraphs": added("<p><img src='/uploads/2024/photo.jpg'></p>", "between paragraphs"),
}
VARIANTS: dict[str, Rewrite] = {**MARKUP, **HEADLINES, **DATES, **UNDATED, **FURNITURE}
