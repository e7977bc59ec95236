"""315online.com, 中国质量万里行 (China Quality Journey), which often republishes cqn.com.cn.

Articles at `{channel}/{column}/{id}.html`, listings at `{channel}/{column}/` and its
`index_2.html`, ... Nothing of its DOM is publicly known: its layout reads every field by
structure and text, as the generic one does, and names the site's pages, so that the site's
hooks have a place to go as they are learnt.
"""

import re

from crawler.extraction import Layout
from crawler.sites.site import Site


class Online315Layout(Layout):
    name = "315online"
    # The one saved page: an article of 2012, served under a copyright line of 2002 - 2014.
    seen_from, seen_until = "2012", "2014"


SITE = Site(
    domain="315online.com",
    spider="315online",
    production_base="http://315online.com",
    hosts=frozenset({"315online.com", "www.315online.com"}),
    mirror_setting="ONLINE315_BASE_URL",
    layouts=(Online315Layout,),
    article_path=re.compile(r"^/\w+/\w+/\d+\.html$"),
    listing_path=re.compile(r"^/(?P<listing>\w+/(?:\w+/)?)(?:index(?:_(?P<page>\d+))?\.html)?$"),
    own_outlets={"本刊": "中国质量万里行", "本网": "中国质量万里行", "本站": "中国质量万里行"},
    known_sections=frozenset({"zhijian", "news", "tousu"}),
)
