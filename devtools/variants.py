"""The labelled pages rewritten as other sites mark up the same text: a probe of how far extraction
generalises, for `python -m devtools.evaluate --variants`.

A rule written while looking at a page always fits that page. These rewrites keep each page's text
(and so its label) and change what a redesign or another CMS changes: the names of classes and ids,
the elements paragraphs are made of, how deep the text sits, the encoding. Extraction that holds
its F1 on them relies on properties of layouts, not on what one page happens to be.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from lxml import etree, html

from crawler.extraction.encoding import decode_html

Rewrite = Callable[[bytes], bytes | None]  # None: the page cannot be rewritten so
WRAPPERS = 4  # the divs `nested deeper` puts around each container of paragraphs
MIN_BROKEN_PARAGRAPHS = 3  # `lines broken by <br>` merges runs of at least this many <p>s


def _tree(page: bytes) -> html.HtmlElement:
    return html.fromstring(decode_html(page)[0])


def _bytes(tree: html.HtmlElement, encoding: str = "utf-8") -> bytes:
    return html.tostring(tree, encoding=encoding, doctype="<!DOCTYPE html>")


def names_renamed(page: bytes) -> bytes:
    """Every class and id renamed (consistently within the page): a redesign's new stylesheet."""
    tree = _tree(page)
    for element in tree.iter():
        for attribute in ("class", "id"):
            if (value := element.get(attribute)) is not None:
                element.set(attribute, " ".join("x" + hashlib.sha1(name.encode()).hexdigest()[:8] for name in value.split()))
    return _bytes(tree)


def names_dropped(page: bytes) -> bytes:
    """No class or id at all: a page styled by position only."""
    tree = _tree(page)
    for element in tree.iter():
        for attribute in ("class", "id"):
            element.attrib.pop(attribute, None)
    return _bytes(tree)


def paragraphs_as_divs(page: bytes) -> bytes:
    """Each <p> a <div>: a CMS whose editor makes divs."""
    tree = _tree(page)
    for paragraph in tree.iter("p"):
        paragraph.tag = "div"
    return _bytes(tree)


def lines_broken_by_br(page: bytes) -> bytes:
    """Each run of <p>s (three or more) one run of text broken by <br>: an older CMS."""
    tree = _tree(page)
    for container in list(tree.iter()):
        paragraphs = [child for child in container if child.tag == "p"]
        if len(paragraphs) < MIN_BROKEN_PARAGRAPHS:
            continue
        for paragraph in paragraphs[:-1]:
            paragraph.append(etree.Element("br"))
        for paragraph in paragraphs:
            paragraph.drop_tag()
    return _bytes(tree)


def nested_deeper(page: bytes) -> bytes:
    """Each container of paragraphs inside WRAPPERS more divs: a framework's layout boxes."""
    tree = _tree(page)
    for container in {paragraph.getparent() for paragraph in tree.iter("p")} - {None}:
        if container.getparent() is None:
            continue
        for _ in range(WRAPPERS):
            wrapper = etree.Element("div")
            container.addprevious(wrapper)
            wrapper.tail, container.tail = container.tail, None
            wrapper.append(container)
    return _bytes(tree)


def in_table_cells(page: bytes) -> bytes:
    """Each container of paragraphs in a table's cell: the table layouts of older sites."""
    tree = _tree(page)
    for container in {paragraph.getparent() for paragraph in tree.iter("p")} - {None}:
        if container.getparent() is None:
            continue
        table = etree.Element("table")
        container.addprevious(table)
        table.tail, container.tail = container.tail, None
        etree.SubElement(etree.SubElement(table, "tr"), "td").append(container)
    return _bytes(tree)


def encoded_gbk(page: bytes) -> bytes | None:
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


VARIANTS: dict[str, Rewrite] = {
    "class and id renamed": names_renamed,
    "class and id dropped": names_dropped,
    "<p> as <div>": paragraphs_as_divs,
    "lines broken by <br>": lines_broken_by_br,
    "nested 4 divs deeper": nested_deeper,
    "in table cells": in_table_cells,
    "encoded GBK": encoded_gbk,
}
