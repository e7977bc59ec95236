"""cqn.com.cn, current CMS (articles from about 2012 on): `{section}/content/{YYYY-MM}/{DD}/content_{id}.htm`.

Known hooks (from older public crawlers): the title in `div.Detail_Title > h1`, the date and
source line in `div.publish`, the position line's links in `div.box`. The body container's name
is not known, so the body is found by structure, after the title.
"""

from crawler.layouts.base import Layout


class Cqn2012Layout(Layout):
    name = "cqn-2012"
    site = "cqn.com.cn"
    headline_selector = "div.Detail_Title h1"
    title_box_selector = "div.Detail_Title"
    date_line_selector = "div.publish"
    breadcrumbs_selector = "div.box"
