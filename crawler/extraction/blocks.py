"""The working form of an article body: a list of blocks, read from the body's DOM region.

A block is a paragraph (a `<p>`, or a run of text between `<br>`s), an image or a data table.
Paragraph text is kept as runs that remember the little inline markup the output allows
(strong, em, links), so that `articleBody` and `articleBodyHtml` are both rendered from the same
cleaned text and can never disagree.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeAlias
from urllib.parse import urljoin, urlsplit

from crawler.extraction.dom import Element, TextIndex, parse_fragment, tag_of, text_of
from crawler.extraction.keywords import keywords

# Elements whose content is never article text.
SKIPPED_TAGS = frozenset(
    "script style noscript iframe frame frameset object embed input textarea select "
    "button label svg canvas video audio source map area template head title meta link".split()
)
# Elements that start and end a paragraph; everything else is inline.
BLOCK_TAGS = frozenset(
    "p div section article aside header footer nav main center blockquote pre address "
    "h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot tr td th caption hr "
    "figure figcaption fieldset details summary".split()
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A step's number opening its text (1.鸡翅中洗净, 2、, 步骤3：, 第4步).
STEP_NUMBER = keywords(r"^\s*(?:\d{1,2}\s*[.、．:：)）]|(?:步骤|step)\s*\d{1,2}|第\s*\d{1,2}\s*步)", re.I)
# A media player's elements: left out of the text, but what stands under one may be its caption.
PLAYER_TAGS = ("video", "audio", "embed", "object")
IMAGE_TAGS = ("img", "amp-img", "mip-img")  # AMP pages show their pictures with amp-img, Baidu's MIP pages with mip-img
STRONG_TAGS = frozenset({"strong", "b"})
EM_TAGS = frozenset({"em", "i"})
INLINE_STYLE_TAGS = STRONG_TAGS | EM_TAGS | {"a"}
# A table holding these, or a cell longer than a data cell gets, or a picture other than a cell's icon,
# is page layout, not data.
LAYOUT_TABLE_MARKERS = frozenset({"table", "form", "iframe"})
MAX_DATA_CELL_CHARS = 200
CENTERED_STYLE = keywords(r"text-align\s*:\s*center", re.I)
# Bold set by a style, as a public account's editor and many CMSs set it, not by <strong>.
BOLD_WEIGHT = r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b"
BOLD_STYLE = keywords(BOLD_WEIGHT, re.I)
# A light grey, lighter than a text's (#333, #666), as a caption is set in (#999, #888888, gray).
MUTED_COLOR = r"(?:#(?:([89a-c])\1\1|([89a-c][0-9a-f])\2\2)\b|(?:dark|light)?gr[ae]y\b|silver\b)"
MUTED_STYLE = keywords(rf"(?<![-\w])color\s*:\s*{MUTED_COLOR}", re.I)
MUTED_FONT = keywords(rf"^\s*{MUTED_COLOR}", re.I)  # <font color="#999999">
# A class that centres its element, as editors and frameworks name one (f_center, ql-align-center,
# text-center, has-text-align-center): a word of its own, at the class name's end.
CENTERED_CLASS = keywords(r"(?:^|[-_\s])(?:center|centre)(?:\s|$)", re.I)
# A class naming its element a picture's caption, as editors and CMSs name one (wp-caption-text,
# pgc-img-caption, img-desc, pic_note, imgtext).
CAPTION_CLASS = keywords(r"(?:^|[-_\s])(?:caption|(?:img|pic|image|photo)[-_]?(?:desc|text|txt|note))(?:[-_\s]|$)", re.I)
# Where a picture's address is before its placeholder's: the lazy-loading attributes of scripts and
# platforms (a blog's real_src under a transparent gif, a Q&A site's data-actualsrc, a forum's zoomfile
# and file), then src.
IMAGE_SOURCE_ATTRIBUTES = ("data-original", "data-src", "data-actualsrc", "real_src", "original", "zoomfile", "file",
                           "src")
# A picture declared this small on both sides is an icon (a flag, a symbol, a smiley): the smallest
# photographs a text shows are thumbnails of 100 pixels and more.
MAX_ICON_PIXELS = 64
# A caption is short; a longer text beside a picture is the article's.
MAX_CAPTION_CHARS = 80
# A flex container's items sit side by side, on one line (a public account's number box beside its
# subheading: 01 | 坤沙的成本); a row this short is one line of text, its items set apart by a space.
# A longer one lays out columns.
FLEX_STYLE = keywords(r"display\s*:\s*(?:inline-)?flex", re.I)
FLEX_COLUMN_STYLE = keywords(r"flex-direction\s*:\s*column", re.I)
MAX_ROW_CHARS = 40
# What makes urljoin do more with a path from a site's root than put the base's host before it: a
# query, a fragment, parameters, dot segments, and the characters urllib removes.
NOT_A_PLAIN_PATH = keywords(r"[\t\r\n;?#]|/\.\.?(?:/|$)")


@dataclass(slots=True)
class Run:
    """A stretch of paragraph text with the inline markup around it."""

    text: str
    strong: bool = False
    em: bool = False
    href: str | None = None
    muted: bool = False  # set apart as a caption is: in light grey, or in an inline element its class names one

    def markup(self) -> Style:
        return self.strong, self.em, self.href, self.muted


@dataclass(slots=True)
class Block:
    kind: str  # "p", "img" or "table"
    runs: list[Run] = field(default_factory=list)
    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    rows: list[list[tuple[str, str]]] = field(default_factory=list)  # (cell tag, cell text)
    centered: bool = False
    named_caption: bool = False  # inside an element whose class names it a picture's caption
    under_player: bool = False  # the first block after a media player left out of the text
    broken_line: bool = False  # opened by a line break or a picture, closed by a line break: a line, not a block
    heading: bool = False  # inside a heading (<h1>-<h6>): it heads what follows it

    def cut(self, length: int) -> None:
        """Keep the first `length` characters of the paragraph, with their markup."""
        kept = []
        for run in self.runs:
            if length <= 0:
                break
            kept.append(Run(run.text[:length], *run.markup()))
            length -= len(run.text)
        self.runs = kept

    @property
    def text(self) -> str:
        if self.kind == "table":
            return "\n".join(" ".join(text for _, text in row if text) for row in self.rows)
        return "".join(run.text for run in self.runs)


def absolute_url(base_url: str, href: str) -> str:
    """`urljoin(base_url, href)`, given at once for what most links are (a path from the site's
    root, under an http(s) base): urljoin costs 20 us a link, a tenth of a long page's extraction."""
    if href[:1] == "/" and href[1:2] != "/" and not NOT_A_PLAIN_PATH.search(href):
        base = urlsplit(base_url)  # urllib caches it
        if base.scheme in ("http", "https") and base.netloc:
            return f"{base.scheme}://{base.netloc}{href}"
    return urljoin(base_url, href)


def web_address(base_url: str, href: str) -> str | None:
    """The absolute address of a link where it is a web page's or file's (http, https, or the page's
    own scheme: //host/path under a base that has none); None for an address to write to, a number
    to dial, a script's action or inline data."""
    url = absolute_url(base_url, href.strip())
    return url if url.startswith(("http://", "https://", "//")) else None


def is_centered(element: Element) -> bool:
    return (
        tag_of(element) == "center"
        or (element.get("align") or "").lower() == "center"
        or bool(CENTERED_STYLE.search(element.get("style") or ""))
        or bool(CENTERED_CLASS.search(element.get("class") or ""))
    )


def image_url(img: Element, base_url: str) -> str | None:
    """The absolute URL of an image, preferring lazy-load attributes; None for inline data."""
    for attribute in IMAGE_SOURCE_ATTRIBUTES:
        value = (img.get(attribute) or "").strip()
        if value and not value.startswith(("data:", "javascript:")):
            return web_address(base_url, value)
    return None


def is_icon(img: Element) -> bool:
    """Whether a picture is declared an icon's size (width and height, in pixels, MAX_ICON_PIXELS at
    most): a notice's symbol, a flag, a smiley, not a photograph of the article."""
    sizes = [img.get(side) or "" for side in ("width", "height")]
    return all(size.isdigit() and int(size) <= MAX_ICON_PIXELS for size in sizes)


def is_data_table(table: Element) -> bool:
    """A grid of short cells (a data table), not a table that lays out a page."""
    if any(tag_of(el) in LAYOUT_TABLE_MARKERS or tag_of(el) == "img" and not is_cell_icon(el)
           for el in table.iterdescendants()):
        return False
    rows = [[cell for cell in tr if tag_of(cell) in ("td", "th")] for tr in table.iter("tr")]
    if sum(1 for row in rows if len(row) >= 2) < 2:
        return False
    return all(len(text_of(cell).strip()) <= MAX_DATA_CELL_CHARS for row in rows for cell in row)


def captions_a_table(caption: Element) -> bool:
    """Whether a <figcaption> is a table's: its figure holds a table of data (a caption under it,
    a note on its figures: *价格为2018年前后的大致行情), read as a table's <caption> is, none of the text."""
    figure = caption.getparent()
    return figure is not None and tag_of(figure) == "figure" and any(is_data_table(table) for table in figure.iter("table"))


def is_cell_icon(image: Element) -> bool:
    """Whether a picture stands in a table's cell beside words of the cell's own, declared no larger
    than an icon (a team's logo by its name; not a map under its places' names)."""
    sizes = [image.get(side) or "" for side in ("width", "height")]
    if any(size.isdigit() and int(size) > MAX_ICON_PIXELS for size in sizes):
        return False
    cell = next((ancestor for ancestor in image.iterancestors() if tag_of(ancestor) in ("td", "th")), None)
    return cell is not None and bool(text_of(cell).strip())


def picture_with_caption(index: TextIndex, at: int) -> tuple[Element, str] | None:
    """(image, caption) where a block (element `at` of the index) holds one picture and, after it,
    a short text (MAX_CAPTION_CHARS at most): in elements of their own, or on the line a break
    (<br>) opens under the picture. That text is the picture's caption, as a <figure> would hold it;
    but in an item of an ordered list, or of a list whose item numbers its text (1.鸡翅中洗净…, 步骤2), it
    is the item's: a step, its picture beside it (a recipe's 做法步骤, a how-to's)."""
    if (index.texts[at] or "").strip():  # text before the picture: a paragraph (most blocks)
        return None
    if index.tags[at] == "li" and index.parent[at] >= 0 and index.tags[index.parent[at]] == "ol":
        return None
    images = list(islice(index.elements[at].iter(*IMAGE_TAGS), 2))  # two are enough to say no
    if len(images) != 1:
        return None
    image = index.position[images[0]]
    children = [child for child in index.children(at) if index.tags[child]]
    holder = next((child for child in children if child <= image < index.end[child]), None)
    if holder is None or index.text(holder).strip():
        return None
    before, after = children[:children.index(holder)], children[children.index(holder) + 1:]
    line_under = bool(after) and index.tags[after[0]] == "br" and not (index.tails[holder] or "").strip()
    if any((index.tails[child] or "").strip() for child in (*before, holder, *([] if line_under else after))):
        return None
    texts = [part for child in after for part in (index.text(child), *([index.tails[child]] if line_under else []))]
    caption = " ".join(" ".join(text.split()) for text in texts if text and text.strip())
    if not 0 < len(caption) <= MAX_CAPTION_CHARS or any(index.text(child).strip() for child in before):
        return None
    if index.tags[at] == "li" and STEP_NUMBER.match(caption):
        return None
    return images[0], caption


Style: TypeAlias = tuple[bool, bool, str | None, bool]  # (strong, em, href, muted)
PLAIN: Style = (False, False, None, False)  # the style of text outside any inline markup


class _BlockReader:
    """One walk of a region of a page's index, around the `skipped` elements (their tails are
    read) and over the `cuts` (from each element, its parent's children up to the one the walk
    resumes at are not read, nor the text between them); `runs` collects the paragraph being read
    until a block boundary. The walk reads the index's tags, texts and
    tails: asking lxml for them again would convert its text to Python afresh for every element."""

    def __init__(self, index: TextIndex, base_url: str, skipped: Set[int] = frozenset(),
                 cuts: Mapping[int, int] | None = None) -> None:
        self.index = index
        self.base_url = base_url
        self.skipped = skipped
        self.cuts = cuts or {}
        self.blocks: list[Block] = []
        self.runs: list[Run] = []
        self.centered = [False]
        self.named_caption = [False]
        self.in_row = False
        self.in_preformatted = 0  # inside <pre>: each of its lines is a line, as a browser shows it
        self.in_heading = 0
        self.players: list[int] = []
        self.after_player = False
        self.line_opened_by_break = False  # what is read now follows a line break or a picture, not a block's start

    def read(self, region: int) -> list[Block]:
        self.region = region
        end = self.index.end[region]
        self.players = sorted(at for tag in PLAYER_TAGS for at in self.index.tagged(tag, region, end))
        self._element(region, PLAIN)
        self._flush()
        return self.blocks

    def _flush(self, by_break: bool = False) -> None:
        """Close the paragraph being read, at a block's boundary or at a line break (`by_break`)."""
        if self.runs:  # most block boundaries close no paragraph
            if any(not run.text.isspace() for run in self.runs):
                self._append(Block("p", runs=self.runs, centered=self.centered[-1], named_caption=self.named_caption[-1],
                                   broken_line=by_break and self.line_opened_by_break, heading=self.in_heading > 0))
            self.runs = []
        self.line_opened_by_break = by_break

    def _append(self, block: Block) -> None:
        block.under_player, self.after_player = self.after_player, False
        self.blocks.append(block)

    def _holds_player(self, at: int) -> bool:
        first = bisect_left(self.players, at)
        return first < len(self.players) and self.players[first] < self.index.end[at]

    def _element(self, at: int, style: Style) -> None:
        index = self.index
        tag = index.tags[at]
        if not tag:
            return
        if tag in SKIPPED_TAGS or at in self.skipped:
            if self._holds_player(at):
                self._flush()
                self.after_player = True
            return
        if tag == "br":
            self._flush(by_break=True)
            return
        element = index.elements[at]
        if tag in IMAGE_TAGS:
            self._image(element)
            return
        if tag == "table" and is_data_table(element):
            self._flush()
            self._table(element)
            return
        if tag == "figure" and any(True for _ in element.iter(*IMAGE_TAGS)):  # else a listing, a quote: text
            self._flush()
            self._figure(element)
            return
        if tag == "figcaption" and captions_a_table(element):  # as a table's own <caption> is no row of it
            return
        is_block = tag in BLOCK_TAGS and not self.in_row
        captioned = picture_with_caption(index, at) if is_block and at != self.region else None
        if captioned is not None:
            self._flush()
            self._image(*captioned)
            return
        row = False
        css = element.get("style")
        if css:
            strong, em, href, muted = style
            style = (strong or BOLD_STYLE.search(css) is not None, em, href, muted or MUTED_STYLE.search(css) is not None)
        if tag == "font" and MUTED_FONT.match(element.get("color") or ""):
            style = (*style[:3], True)
        if is_block:
            self._flush()
            self.centered.append(self.centered[-1] or is_centered(element))
            self.named_caption.append(self.named_caption[-1] or bool(CAPTION_CLASS.search(element.get("class") or "")))
            self.in_row = row = self._is_short_row(at, css)
        elif tag in INLINE_STYLE_TAGS:
            style = self._style_inside(element, tag, style)
        if not is_block and CAPTION_CLASS.search(element.get("class") or ""):
            style = (*style[:3], True)  # <p><span class="img-note">…: the caption's class on its words alone
        if tag == "pre":
            self.in_preformatted += 1
        heading = tag in HEADING_TAGS
        self.in_heading += heading
        if (text := index.texts[at]) and self.in_preformatted:
            self._preformatted(text, style)
        elif text:
            self.runs.append(Run(text, *style))
        child, end = at + 1, index.end[at]
        while child < end:
            if child in self.cuts:
                child = self.cuts[child]
                continue
            if row and self.runs and not self.runs[-1].text[-1:].isspace() and index.length(child):
                self.runs.append(Run(" "))
            self._element(child, style)
            if (tail := index.tails[child]) and self.in_preformatted:
                self._preformatted(tail, style)
            elif tail:
                self.runs.append(Run(tail, *style))
            child = index.end[child]
        if tag == "pre":
            self.in_preformatted -= 1
        if is_block:
            self.in_row = False
            self._flush()
            self.centered.pop()
            self.named_caption.pop()
        self.in_heading -= heading

    def _preformatted(self, text: str, style: Style) -> None:
        """Text inside a <pre>: each of its lines a paragraph's end."""
        *lines, last = text.split("\n")
        for line in lines:
            self.runs.append(Run(line, *style))
            self._flush()
        self.runs.append(Run(last, *style))

    def _is_short_row(self, at: int, style: str | None) -> bool:
        """Whether a block lays its items out side by side (a flex row) in one short line of text,
        no picture among them."""
        index = self.index
        return (style is not None and "flex" in style and FLEX_STYLE.search(style) is not None
                and FLEX_COLUMN_STYLE.search(style) is None
                and index.length(at) <= MAX_ROW_CHARS
                and not any(index.tags[inside] in IMAGE_TAGS for inside in range(at + 1, index.end[at])))

    def _style_inside(self, element: Element, tag: str, style: Style) -> Style:
        strong, em, href, muted = style
        if tag == "a":
            href = (element.get("href") or "").strip()
            usable = href and not href.startswith(("javascript:", "#"))
            return strong, em, absolute_url(self.base_url, href) if usable else None, muted
        if tag in STRONG_TAGS:
            return True, em, href, muted
        return strong, True, href, muted

    def _image(self, img: Element, caption: str | None = None) -> None:
        src = image_url(img, self.base_url)
        if src is None or is_icon(img):
            return
        self._flush()
        self._append(Block("img", src=src, alt=(img.get("alt") or "").strip() or None, caption=caption))
        self.line_opened_by_break = True

    def _figure(self, figure: Element) -> None:
        captions = [text_of(el) for el in figure.iter("figcaption")]
        caption = " ".join(captions) or None
        for img in figure.iter(*IMAGE_TAGS):
            self._image(img, caption)

    def _table(self, table: Element) -> None:
        rows: list[list[tuple[str, str]]] = []
        for tr in table.iter("tr"):
            cells = [(tag_of(cell), text_of(cell)) for cell in tr if tag_of(cell) in ("td", "th")]
            if any(text.strip() for _, text in cells):
                rows.append(cells)
        if rows:
            self._append(Block("table", rows=rows))


def read_blocks(index: TextIndex, region: int, base_url: str, skipped: Set[int] = frozenset(),
                cuts: Mapping[int, int] | None = None) -> list[Block]:
    """The blocks of a body region (element `region` of a page's index), in document order,
    leaving out what is inside the `skipped` elements (the text that follows each is read), and
    from each of the `cuts`' elements all of its parent up to the element it names (the text set
    loose between them too)."""
    return _BlockReader(index, base_url, skipped, cuts).read(region)


def blocks_of(element: Element, base_url: str) -> list[Block]:
    """The blocks of an element that is no page's (for tools that start from another extractor's)."""
    return read_blocks(TextIndex(element), 0, base_url)


def blocks_from_html(fragment: str, base_url: str) -> list[Block]:
    """The blocks of an HTML fragment (for tests and tools that start from markup)."""
    return blocks_of(parse_fragment(fragment), base_url)
