"""m.cqn.com.cn, the mobile site: the same paths as www, a template of its own.

Nothing of its DOM is publicly known: the fields are read by structure and text. A page is a
mobile one when it was fetched from the mobile host, or declares a mobile viewport without the
desktop templates' hooks (those layouts are tried first).
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
        fetched_host = urlsplit(page.fetched_url or page.url).hostname or ""
        return fetched_host.startswith("m.") or bool(page.root.cssselect('meta[name="viewport"]'))
