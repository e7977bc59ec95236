"""The few DOM operations extraction needs, on plain lxml.etree elements.

Pages are parsed with lxml.etree's HTML parser, not lxml.html: its elements are the same C
objects without a Python class lookup on every access, which is most of the cost of walking a
page in Python.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Hashable, Iterator
from functools import cache, cached_property
from itertools import accumulate, count
from operator import add
from typing import TYPE_CHECKING, TypeAlias, TypeVar, cast

from lxml import etree
from lxml.cssselect import CSSSelector

from crawler.extraction.keywords import keywords

if TYPE_CHECKING:  # a type only: lxml names its element class privately, as its own docs and type stubs do
    from lxml.etree import _Element

# No table of ids: nothing looks an element up by its id through libxml2 (a CSS #id is an XPath
# test), and building it is a share of the parse.
PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=True, collect_ids=False)
INVISIBLE_TAGS = ("script", "style", "noscript", "template")
# A class the page's own style sheet hides (.t_f .jammer{display:none}: a forum's anti-copying words set
# among its posts' lines, which its readers never see).
DISPLAY_BEFORE = keywords(r"display\s*:\s*$")  # … none
VISIBILITY_BEFORE = keywords(r"visibility\s*:\s*$")  # … hidden
MAX_PROPERTY_CHARS = 24
CLASS_BEFORE_BLOCK = keywords(r"\.([A-Za-z_][-\w]*)\s*$")  # .t_f .jammer| {display:none}
HIDDEN_CLASSES = "data-hidden-classes"  # where the parse notes them, on the document's root
# An element of a parsed page: lxml.etree's element class, named for annotations only (never used at run time).
Element: TypeAlias = "_Element"
T = TypeVar("T")


def parse_html(markup: str | bytes) -> Element | None:
    """The document of an HTML text (or its UTF-8 bytes, which spare an encoding), without the
    elements that never show (scripts, styles); None for an empty one. A page of frames shows what
    its <noframes> holds as its body (`noframes_as_body`)."""
    source = markup.encode("utf-8") if isinstance(markup, str) else markup
    root = etree.fromstring(source, parser=PARSER)
    if root is not None:
        mark_hidden_classes(root)
        etree.strip_elements(root, *INVISIBLE_TAGS, with_tail=False)
        noframes_as_body(root)
    return root


def mark_hidden_classes(root: Element) -> None:
    """Note on the document's root (`HIDDEN_CLASSES`) the classes the page's own style sheets hide,
    as its readers never see their elements; the sheets go with the parse."""
    hidden = {name for style in root.iter("style") for name in hidden_classes(style.text or "")}
    if hidden:
        root.set(HIDDEN_CLASSES, " ".join(sorted(hidden)))


def hidden_classes(sheet: str) -> list[str]:
    """The classes a style sheet hides: each rule that hides (display:none, visibility:hidden) read
    back to its selector, whose last class is named. The values are found by a plain search first:
    a page's sheets run to tens of thousands of characters."""
    found = []
    for value, hides in (("none", DISPLAY_BEFORE), ("hidden", VISIBILITY_BEFORE)):
        at = sheet.find(value)
        while at >= 0:
            if hides.search(sheet, max(0, at - MAX_PROPERTY_CHARS), at):
                opening, closing = sheet.rfind("{", 0, at), sheet.rfind("}", 0, at)
                if opening > closing and (name := CLASS_BEFORE_BLOCK.search(sheet, closing + 1, opening)):
                    found.append(name[1])
            at = sheet.find(value, at + len(value))
    return found


def noframes_as_body(root: Element) -> None:
    """A page of frames (<frameset>) shows a reader without frames, and a crawler, what its
    <noframes> holds; the parser keeps that as raw text. Parsed, it replaces the frameset as the
    page's body."""
    holder = next(root.iter("noframes"), None)
    if holder is None or len(holder) or "<" not in (holder.text or ""):
        return
    inner = parse_html(holder.text or "")
    body = inner.find("body") if inner is not None else None
    frameset = next(root.iter("frameset"), None)
    replaced = frameset if frameset is not None and frameset.getparent() is not None else holder
    if body is not None and (parent := replaced.getparent()) is not None:
        parent.replace(replaced, body)


class TextIndex:
    """A document read once, in order: each element's place, the span of its descendants and the
    span of its text. Every XPath call, `itertext()` or `.text` converts libxml2's text to Python
    afresh, and on a news page a handful of them cost more than this one walk; after it, the
    searches of the fields are list operations.

    Elements are numbered in document order: the descendants of element `i` are `i + 1` to
    `end[i] - 1`, and its text is the text pieces `first_piece[i]` to `end_piece[i] - 1` (its own
    text, its descendants' texts and tails, not its own tail). A piece's `line` is the element it
    shows in: the element whose text it is, or the parent of the element whose tail it is.
    `texts` and `tails` are each element's own text and tail, as lxml gives them (a view `without`
    some elements keeps them whole).
    """

    def __init__(self, root: Element) -> None:
        # Local names throughout: this runs once per element and piece of every page.
        self.elements = elements = list(root.iter())
        self.tags = tags = [tag if isinstance(tag := element.tag, str) else "" for element in elements]
        # Keyed by what getparent() gives, which is None for the root: no element's place.
        position: dict[Element | None, int] = {element: index for index, element in enumerate(elements)}
        self.position = position
        self.parent = parent = [position.get(element.getparent(), -1) for element in elements]
        count = len(elements)
        self.end = end = [0] * count
        self.pieces: list[str] = []
        self.line: list[int] = []
        pieces, line = self.pieces, self.line
        self.first_piece = first_piece = [0] * count
        self.end_piece = end_piece = [0] * count
        self._nearest: dict[frozenset[str], list[int]] = {}
        self._memo: dict[Hashable, object] = {}
        self.texts = texts = [element.text if tag else None for element, tag in zip(elements, tags, strict=True)]
        self.tails = tails = [element.tail for element in elements]
        open_elements: list[int] = []  # the element last read and its ancestors
        # Each element closes those open that are not its parent; the end of the document (its
        # parent None) closes them all.
        for index, above, text in zip(range(count + 1), [*parent, None], [*texts, None], strict=True):
            while open_elements and open_elements[-1] != above:
                closed = open_elements.pop()
                end[closed] = index
                end_piece[closed] = len(pieces)
                if (tail := tails[closed]) and open_elements:
                    pieces.append(tail)
                    line.append(open_elements[-1])
            if index < count:
                first_piece[index] = len(pieces)
                if text:
                    pieces.append(text)
                    line.append(index)
                open_elements.append(index)

    def text(self, index: int) -> str:
        """All the text inside element `index`, as `text_of` gives it."""
        return "".join(self.pieces[self.first_piece[index]:self.end_piece[index]])

    def tagged(self, tag: str, start: int = 0, stop: int | None = None) -> list[int]:
        """The elements of a tag (between `start` and `stop`), in order: looked for by list.index,
        in C (a loop over every element's tag in Python costs more than what is then done with the
        few found)."""
        found: list[int] = []
        stop = len(self.tags) if stop is None else stop
        try:
            while True:
                found.append(self.tags.index(tag, found[-1] + 1 if found else start, stop))
        except ValueError:
            return found

    def children(self, index: int) -> list[int]:
        """The child elements of element `index`, in order."""
        found, child = [], index + 1
        while child < self.end[index]:
            found.append(child)
            child = self.end[child]
        return found

    def is_inside(self, index: int, ancestor: int) -> bool:
        return ancestor < index < self.end[ancestor]

    def ancestors(self, index: int) -> Iterator[int]:
        """Element `index` and the elements around it, nearest first."""
        while index >= 0:
            yield index
            index = self.parent[index]

    def nearest_of(self, index: int, tags: frozenset[str]) -> int:
        """`nearest(tags)[index]` for one element: walked up, where a few elements are asked."""
        return next((ancestor for ancestor in self.ancestors(index) if self.tags[ancestor] in tags), -1)

    def following(self, index: int, count: int) -> list[int]:
        """The `count` elements after element `index` and its descendants (XPath's following::*)."""
        return list(range(self.end[index], min(self.end[index] + count, len(self.elements))))

    def following_lines(self, index: int, count: int) -> list[int]:
        """The elements after element `index` and its descendants, up to the `count`-th that shows
        text of its own: a widget of empty boxes and icons after an element pushes no line away."""
        found, shown = [], 0
        for element in range(self.end[index], len(self.elements)):
            if shown == count:
                break
            found.append(element)
            shown += bool((self.texts[element] or "").strip())
        return found

    def preceding(self, index: int, count: int) -> list[int]:
        """The `count` elements before element `index`, nearest first, not its ancestors (XPath's
        preceding::*, reversed)."""
        found: list[int] = []
        for before in range(index - 1, -1, -1):
            if len(found) == count:
                break
            if not self.is_inside(index, before):
                found.append(before)
        return found

    def before_piece(self, piece: int) -> Iterator[int]:
        """The elements whose text all comes before piece `piece`, nearest first (XPath's
        preceding::* of a text node): a piece set loose in its element after other children (a
        tail) comes after them."""
        for element in range(bisect_right(self.first_piece, piece) - 1, -1, -1):  # from the last opened before it
            if self.end_piece[element] <= piece:
                yield element

    @cached_property
    def piece_offsets(self) -> list[int]:
        """Where each piece of text starts in the document's text, and where the last one ends."""
        return list(accumulate(map(len, self.pieces), initial=0))

    def size(self, index: int) -> int:
        """The number of characters of element `index`'s text, whitespace and all: found at once, and
        never less than `length`."""
        return self.piece_offsets[self.end_piece[index]] - self.piece_offsets[self.first_piece[index]]

    def length(self, index: int) -> int:
        """The length of element `index`'s text, trimmed and each run of whitespace counted as one
        space. Counted from its words: a regular expression over a long Chinese text costs several
        times more."""
        words = self.text(index).split()
        return sum(map(len, words)) + len(words) - 1 if words else 0

    @cached_property
    def joined(self) -> tuple[str, list[int]]:
        """All the pieces of text in one string, each after a NUL (no page's text holds one), and
        where each starts in it: a word is found in all of them at once (str.find), within a piece."""
        starts = accumulate(map(len, self.pieces), initial=1)  # not counting the NULs: `at` of them come before piece `at`
        return "\0".join(["", *self.pieces]), list(map(add, starts, count()))

    def lines_with(self, words: tuple[str, ...], start_piece: int = 0, limit: int | None = None) -> list[int]:
        """The lines of the first `limit` pieces from `start_piece` on that hold one of `words`:
        each line once, in document order."""
        text, starts = self.joined
        begin = starts[start_piece] if start_piece < len(self.pieces) else len(text)
        # One scan for all the words (a scan per word costs several times more); a match never
        # spans two pieces, so every piece holding a word holds a match.
        pieces = dict.fromkeys(bisect_right(starts, match.start()) - 1 for match in _any_of(words).finditer(text, begin))
        return list(dict.fromkeys(self.line[piece] for piece in list(pieces)[:limit]))

    def lines_holding(self, words: str) -> list[int]:
        """The lines holding these words within one piece of text, each once, in document order
        (str.find over all the text: no expression compiled for words that are this page's own)."""
        text, starts = self.joined
        found, at = [], text.find(words)
        while words and at >= 0:
            found.append(self.line[bisect_right(starts, at) - 1])
            at = text.find(words, at + 1)
        return list(dict.fromkeys(found))

    def pieces_matching(self, pattern: re.Pattern[str], accept: Callable[[re.Match[str]], object] = bool) -> list[int]:
        """The pieces holding a match of `pattern` that `accept` takes, in order: one search over
        the whole text (a match never spans two pieces)."""
        text, starts = self.joined
        return list(dict.fromkeys(bisect_right(starts, match.start()) - 1 for match in pattern.finditer(text) if accept(match)))

    def memo(self, name: Hashable, compute: Callable[[], T]) -> T:
        """What `compute()` gives for this document, computed once (what several rules ask of it)."""
        if name not in self._memo:
            self._memo[name] = compute()
        # A name is always computed by the same function, so what it holds is what `compute` gives.
        return cast(T, self._memo[name])

    def nearest(self, tags: frozenset[str]) -> list[int]:
        """For every element, the nearest element at or above it whose tag is in `tags` (-1 where
        none is): the block an element is in, the link it is part of."""
        if tags not in self._nearest:
            found, parent = [-1] * len(self.elements), self.parent
            for index, tag in enumerate(self.tags):
                if tag in tags:
                    found[index] = index
                elif index:  # the root (0) has no parent
                    found[index] = found[parent[index]]
            self._nearest[tags] = found
        return self._nearest[tags]

    def without(self, indexes: Collection[int]) -> TextIndex:
        """This index with the text inside these elements blanked out, as if they were dropped
        from the tree (their tails stay)."""
        if not indexes:
            return self
        pieces = list(self.pieces)
        for index in indexes:
            first, end = self.first_piece[index], self.end_piece[index]
            pieces[first:end] = [""] * (end - first)
        view = TextIndex.__new__(TextIndex)  # shares the tables of the tree, not the text and what is made of it
        view.__dict__ = {**self.__dict__, "pieces": pieces, "_memo": {}}  # what is computed of the text is its own
        for made_of_pieces in ("joined", "piece_offsets"):
            view.__dict__.pop(made_of_pieces, None)
        return view


def parse_fragment(html: str) -> Element:
    """An HTML fragment inside a <div> (for tests and tools that start from markup)."""
    root = parse_html(f"<div>{html}</div>")
    fragment = root.find(".//body/div") if root is not None else None
    assert fragment is not None, "the HTML parser puts a document's first <div> in its <body>"
    return fragment


def tag_of(element: Element) -> str:
    """The tag name (the HTML parser lowers it), or "" for comments and processing instructions."""
    tag = element.tag
    return tag if isinstance(tag, str) else ""


def text_of(element: Element) -> str:
    """All the text inside an element, as it stands in the page."""
    # Text parsed from HTML is str (the stubs allow bytes, which only XML parsed from bytes gives).
    return "".join(cast(Iterator[str], element.itertext()))


@cache
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return keywords("|".join(map(re.escape, words)))


@cache
def _compiled(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


def select(root: Element, selector: str | None) -> list[Element]:
    """The elements a CSS selector picks (compiled once per selector)."""
    # A CSS selector picks elements only, where the stubs give any XPath result.
    return cast(list[Element], _compiled(selector)(root)) if selector else []
