"""m.cqn.com.cn, the mobile site: the same paths as www, a template of its own.

Nothing of its DOM is publicly known: the fields are read by structure and text. A page is a
mobile one when it was fetched from the mobile host (a viewport tag says nothing: responsive
desktop redesigns have one too). Crawls fetch mobile links at their www URL, so this layout
reads the mobile pages a user saves and extracts.
"""

from urllib.parse import urlsplit

from crawler.layouts.base import Layout, Page


class CqnMobileLayout(Layout):
    name = "cqn-mobile"
    site = "cqn.com.cn"

    @classmethod
    def matches(cls, page: Page) -> bool:
        if not super().matches(page):
            return False
        return (urlsplit(page.fetched_url or page.url).hostname or "").startswith("m.")
