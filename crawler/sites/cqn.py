"""cqn.com.cn, 中国质量新闻网 (China Quality News): www.cqn.com.cn, and m.cqn.com.cn mapped to www.

Known of its pages (from public crawlers and citations, see the README): the current CMS (about
2012 on) puts articles at `{section}/content/{YYYY-MM}/{DD}/content_{id}.htm` and listings at
`{section}/node_{id}.htm`, `node_{id}_2.htm`, ...; the legacy CMS (before about 2012, often GBK)
at `news/{channel}/{column}/{id}.html` with column indexes `news/{channel}/{column}/Index.html`.
"""

import re
from urllib.parse import urlsplit

from crawler.extraction import Layout, Page
from crawler.sites.site import Site


class Cqn2012Layout(Layout):
    """The current CMS: the title in `div.Detail_Title > h1`, the date and source line in
    `div.publish`, the position line's links in `div.box`. The body container's name is not
    known, so the body is found by structure, after the title."""

    name = "cqn-2012"
    seen_from = "2012"  # and still live in 2026
    headline_selector = "div.Detail_Title h1"
    title_box_selector = "div.Detail_Title"
    date_line_selector = "div.publish"
    breadcrumbs_selector = "div.box"


class CqnMobileLayout(Layout):
    """m.cqn.com.cn: the same paths as www, a template of its own, nothing of it publicly known:
    read by structure and text. A page is a mobile one when it was fetched from the mobile host (a
    viewport tag says nothing: responsive desktop redesigns have one too). Crawls fetch mobile
    links at their www URL, so this layout reads the mobile pages a user saves and extracts."""

    name = "cqn-mobile"

    @classmethod
    def matches(cls, page: Page) -> bool:
        return (urlsplit(page.fetched_url or page.url).hostname or "").startswith("m.")


class CqnLegacyLayout(Layout):
    """The legacy CMS: the title in `div.Index_ShowDetail_Title > h1`, the date line in
    `div.Index_ShowDetail_Time`, the body in `div.Index_ShowDetail_Content`."""

    name = "cqn-legacy"
    seen_until = "2012"
    headline_selector = "div.Index_ShowDetail_Title h1"
    title_box_selector = "div.Index_ShowDetail_Title"
    date_line_selector = "div.Index_ShowDetail_Time"
    body_selector = "div.Index_ShowDetail_Content"


SITE = Site(
    domain="cqn.com.cn",
    spider="cqn",
    production_base="https://www.cqn.com.cn",
    hosts=frozenset({"cqn.com.cn", "www.cqn.com.cn", "m.cqn.com.cn"}),
    mirror_setting="CQN_BASE_URL",
    layouts=(Cqn2012Layout, CqnMobileLayout, CqnLegacyLayout),
    article_path=re.compile(r"^/[\w-]+/content/\d{4}-\d{2}/\d{2}/content_\d+\.html?$|^/news/\w+/\w+/\d+\.html$"),
    listing_path=re.compile(r"^/(?P<listing>(?:[\w-]+/)?node_\d+|news/\w+/\w+/Index)(?:_(?P<page>\d+))?\.html?$"),
    date_in_path=re.compile(r"/content/(?P<year>\d{4})-(?P<month>\d{2})/(?P<day>\d{2})/"),
    section_path=re.compile(r"^/(?:news/(?=[^/]+/))?(?P<section>[^/]+)/"),  # legacy: the channel after news/
    feeds=("/rss/food.xml",),
    own_outlets={"本报": "中国质量报", "本网": "中国质量新闻网", "本站": "中国质量新闻网"},
    known_sections=frozenset({"zj", "ms", "zgzlb", "auto", "pp", "jiajujiancai", "spaq", "sp", "xfwq",  # current CMS
                              "zjpd", "xfpd"}),  # legacy CMS channels
)
