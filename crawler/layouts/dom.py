"""The few DOM operations extraction needs, on plain lxml.etree elements.

Pages are parsed with lxml.etree's HTML parser, not lxml.html: its elements are the same C
objects without a Python class lookup on every access, which is most of the cost of walking a
page in Python.
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree
from lxml.cssselect import CSSSelector

PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=True)
INVISIBLE_TAGS = ("script", "style", "noscript", "template")


def parse_html(text: str):
    """The document of an HTML text, without the elements that never show (scripts, styles);
    None for an empty one."""
    root = etree.fromstring(text.encode("utf-8"), parser=PARSER)
    if root is not None:
        etree.strip_elements(root, *INVISIBLE_TAGS, with_tail=False)
    return root


def parse_fragment(html: str):
    """An HTML fragment inside a <div> (for tests and tools that start from markup)."""
    return parse_html(f"<div>{html}</div>").find(".//body/div")


def tag_of(element) -> str:
    """The tag name (the HTML parser lowers it), or "" for comments and processing instructions."""
    tag = element.tag
    return tag if isinstance(tag, str) else ""


def text_of(element) -> str:
    """All the text inside an element, as it stands in the page."""
    return "".join(element.itertext())


@lru_cache(maxsize=None)
def _compiled(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


def select(root, selector: str | None) -> list:
    """The elements a CSS selector picks (compiled once per selector)."""
    return _compiled(selector)(root) if selector else []


def drop_tree(element) -> None:
    """Remove an element and what it holds, but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
