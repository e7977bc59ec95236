"""315online.com (中国质量万里行): `{channel}/{column}/{id}.html`, often republishing cqn.com.cn.

Nothing of its DOM is publicly known: every field is read by structure and text, as the generic
layout does; this layout names the site's pages, so that the site's hooks have a place to go as
they are learnt.
"""

from crawler.layouts.base import Layout


class Online315Layout(Layout):
    name = "315online"
    site = "315online.com"
