"""315online.com (中国质量万里行): `{channel}/{column}/{id}.html`, often republishing cqn.com.cn.

Nothing of its DOM is publicly known: every field is read by structure and text, as the
generic layout does; this layout names the site's pages, so that the site's own rules have a
place to go as they are learnt.
"""

from __future__ import annotations

from crawler.layouts.base import Layout, Page
from crawler.sites import site_of


class Online315Layout(Layout):
    name = "315online"

    @classmethod
    def matches(cls, page: Page) -> bool:
        site = site_of(page.url)
        return site is not None and site.domain == "315online.com"
