"""cqn.com.cn, current CMS (articles from about 2012 on): `{section}/content/{YYYY-MM}/{DD}/content_{id}.htm`.

Known hooks (from older public crawlers): the title in `div.Detail_Title > h1`, the date and
source line in `div.publish`, the position line's links in `div.box`. The body container's name
is not known, so the body is found by structure, after the title.
"""

from __future__ import annotations

from functools import cached_property

from crawler.layouts.base import Layout, Page, element_text
from crawler.sites import site_of


class Cqn2012Layout(Layout):
    name = "cqn-2012"

    @classmethod
    def matches(cls, page: Page) -> bool:
        site = site_of(page.url)
        return site is not None and site.domain == "cqn.com.cn" and bool(page.root.cssselect("div.Detail_Title h1"))

    @cached_property
    def title_box(self):
        return self.page.root.cssselect("div.Detail_Title")[0]

    @cached_property
    def headline_element(self):
        return self.title_box.cssselect("h1")[0]

    def alternative_headline(self) -> str | None:
        """A 引题 above or 副题 below the title, in the title box."""
        for heading in self.title_box.iter("h2", "h3", "h4", "h5", "p", "div"):
            if heading is not self.title_box and element_text(heading) and self.headline_element not in heading.iter():
                return element_text(heading)
        return None

    @cached_property
    def date_line_element(self):
        lines = self.page.root.cssselect("div.publish")
        return lines[0] if lines else super().date_line_element

    def breadcrumbs_element(self):
        boxes = [box for box in self.page.root.cssselect("div.box") if box.find(".//a") is not None]
        labelled = [box for box in boxes if "位置" in element_text(box)]
        return (labelled or boxes or [super().breadcrumbs_element()])[0]

    def furniture(self) -> list:
        return [self.title_box, *super().furniture()]
