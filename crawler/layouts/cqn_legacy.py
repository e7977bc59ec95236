"""cqn.com.cn, legacy CMS (articles before about 2012): `news/{channel}/{column}/{id}.html`, often GBK.

Known hooks (from older public crawlers): the title in `div.Index_ShowDetail_Title > h1`, the
date line in `div.Index_ShowDetail_Time`, the body in `div.Index_ShowDetail_Content`.
"""

from crawler.layouts.base import Layout


class CqnLegacyLayout(Layout):
    name = "cqn-legacy"
    site = "cqn.com.cn"
    headline_selector = "div.Index_ShowDetail_Title h1"
    title_box_selector = "div.Index_ShowDetail_Title"
    date_line_selector = "div.Index_ShowDetail_Time"
    body_selector = "div.Index_ShowDetail_Content"
