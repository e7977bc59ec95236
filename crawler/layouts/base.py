"""The page object every layout is: one small function per raw field.

`Layout` reads a page from structure and text alone (where the title is, the date line after it,
the position line, the longest run of paragraphs), so it works on pages of any layout and is the
generic extractor. A site layout subclasses it and overrides the fields for which its site has
known hooks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urljoin

from crawler.layouts.blocks import Block, read_blocks, tag_of
from crawler.layouts.region import find_body_region, prune_region
from pipelines.dates import DATE_PATTERN
from pipelines.people import EDITOR_LINE
from pipelines.text import clean_text

HEADLINE_TAGS = ("h1", "h2", "h3")
# Longest title a page shows; longer "headlines" are paragraphs.
MAX_HEADLINE_CHARS = 120
# Longest line that can be a date line (date, source, author, counters).
MAX_DATE_LINE_CHARS = 150
# What a page's <title> appends to the headline: "标题_站名", "标题 - 站名", "标题|站名".
TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s)\s*")
POSITION_LABEL = re.compile(r"^\s*(?:您(?:当前|现在)?的?(?:所在)?位置|当前位置|所在位置|位置)\s*[:：]?\s*")
CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|>|»|›|→|＞＞|＞)\s*")
MAX_EDITOR_LINE_CHARS = 40
# The editor line follows the body closely: how many elements after it are looked at.
EDITOR_LINE_SEARCH_ELEMENTS = 60
# Labels of the parts of a date line: "发布时间:... 来源:... 作者:... 浏览次数:..."
SOURCE_LABEL = re.compile(r"(?:来源|稿源|出处)\s*[:：]\s*")
AUTHOR_LABEL = re.compile(r"(?:作者|记者|文)\s*[:：/]\s*")
OTHER_LABEL = re.compile(
    r"(?:发布时间|发布日期|时间|日期|来源|稿源|出处|作者|记者|编辑|责任编辑|点击|浏览|阅读|字号|【)"
    r"[^\s:：]{0,4}\s*[:：]?"
)


@dataclass
class Page:
    """A fetched page: its production URL and its parsed document."""

    url: str
    root: object  # lxml.html document

    @cached_property
    def title(self) -> str:
        titles = self.root.xpath("//title")
        return element_text(titles[0]) if titles else ""


def element_text(element) -> str:
    return clean_text(element.text_content()) or ""


class Layout:
    """The generic layout: a page of no known site or template."""

    name = "generic"

    def __init__(self, page: Page):
        self.page = page

    @classmethod
    def matches(cls, page: Page) -> bool:
        return True

    # -- title --------------------------------------------------------------------------------

    @cached_property
    def headline_element(self):
        """The element showing the title: the heading whose text the <title> starts with."""
        title = self.page.title
        headings = [h for h in self.page.root.iter(*HEADLINE_TAGS) if 0 < len(element_text(h)) <= MAX_HEADLINE_CHARS]
        in_title = [h for h in headings if element_text(h) in title]
        if in_title:
            return max(in_title, key=lambda h: len(element_text(h)))
        return headings[0] if headings else None

    def headline(self) -> str | None:
        if self.headline_element is not None:
            return element_text(self.headline_element)
        parts = TITLE_SEPARATORS.split(self.page.title)
        return parts[0] or None

    def alternative_headline(self) -> str | None:
        return None

    # -- date line ----------------------------------------------------------------------------

    @cached_property
    def date_line_element(self):
        """The first short element after the headline that shows a date (a body paragraph never is)."""
        start = self.headline_element
        candidates = start.xpath("following::*") if start is not None else self.page.root.iter()
        region = self.body_region
        for element in candidates:
            tag = tag_of(element)
            if not tag or tag in ("script", "style"):
                continue
            if tag == "p" and region is not None and region in element.iterancestors():
                continue
            text = element_text(element)
            if len(text) <= MAX_DATE_LINE_CHARS and DATE_PATTERN.search(text):
                return element
        return None

    @cached_property
    def date_line(self) -> str | None:
        element = self.date_line_element
        return element_text(element) if element is not None else None

    def date_raw(self) -> str | None:
        match = DATE_PATTERN.search(self.date_line or "")
        return match.group(0).strip() if match else None

    def source(self) -> str | None:
        """The source named on the date line: after 来源:, or the bare name after the date."""
        line = self.date_line
        if not line:
            return None
        labelled = SOURCE_LABEL.search(line)
        if labelled:
            rest = line[labelled.end():]
        else:
            after_date = DATE_PATTERN.search(line)
            rest = line[after_date.end():] if after_date else ""
            if OTHER_LABEL.match(rest.strip()):
                return None
        return _first_field(rest)

    def date_line_authors(self) -> list[str]:
        """Authors named on the date line (作者:X), as shown."""
        labelled = AUTHOR_LABEL.search(self.date_line or "")
        if not labelled:
            return []
        name = _first_field(self.date_line[labelled.end():])
        return [name] if name else []

    # -- editor line ---------------------------------------------------------------------------

    def editor(self) -> str | None:
        """The name on an editor line that follows the body region (one inside it is the body's)."""
        region = self.body_region
        if region is None:
            return None
        for element in region.xpath("following::*")[:EDITOR_LINE_SEARCH_ELEMENTS]:
            text = element_text(element)
            match = EDITOR_LINE.search(text) if len(text) <= MAX_EDITOR_LINE_CHARS else None
            if match and not text[: match.start()].strip():
                return match.group("name")
        return None

    # -- position line, canonical -------------------------------------------------------------

    def breadcrumbs_element(self):
        for element in self.page.root.iter("div", "td", "span", "p", "nav"):
            if POSITION_LABEL.match(element.text_content()) and element.find(".//a") is not None:
                return element
        return None

    def breadcrumbs(self) -> list[dict]:
        element = self.breadcrumbs_element()
        if element is None:
            return []
        links = {element_text(a): a.get("href") for a in element.iter("a") if element_text(a)}
        text = POSITION_LABEL.sub("", element_text(element))
        crumbs = []
        for name in CRUMB_SEPARATORS.split(text):
            if name:
                href = links.get(name)
                crumbs.append({"name": name, "url": urljoin(self.page.url, href) if href else None})
        return crumbs

    def canonical_url(self) -> str | None:
        for link in self.page.root.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                return urljoin(self.page.url, link.get("href").strip())
        return None

    # -- body ---------------------------------------------------------------------------------

    @cached_property
    def body_region(self):
        return find_body_region(self.page.root, after=self.headline_element)

    def furniture(self) -> list:
        """Elements the body region may hold that are the page's, not the body's."""
        return [self.headline_element, self.date_line_element, self.breadcrumbs_element()]

    def body(self) -> list[Block]:
        region = self.body_region
        if region is None:
            return []
        for element in self.furniture():
            if element is not None and region in element.iterancestors():
                element.drop_tree()
        prune_region(region)
        return read_blocks(region, self.page.url)


def _first_field(text: str) -> str | None:
    """The text up to the next label or wide gap of a date line."""
    field = OTHER_LABEL.split(text.strip(), maxsplit=1)[0]
    field = re.split(r"\s{2,}|\s+(?=\S+[:：])", field.strip(), maxsplit=1)[0]
    return field.strip(" :：|") or None
