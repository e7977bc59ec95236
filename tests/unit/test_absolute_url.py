"""absolute_url is urljoin, whatever the link: its quick way is taken only where urljoin's answer
is the base's scheme and host before the link's path."""

from __future__ import annotations

from urllib.parse import urljoin

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.extraction.blocks import absolute_url

BASES = ["https://www.cqn.com.cn/zj/content/2021-09/08/content_8731350.htm", "http://315online.com/a/b/",
         "HTTP://User@Example.com:8080/x?q=1#f", "https://zh.wikipedia.org", "file:///tmp/page.html", "", "ftp://h/p"]
# The characters that matter to urljoin, and some that do not.
LINK_CHARACTERS = st.sampled_from(list("/.;?#:%@ \t\r\naZ9-_~中") + ["..", "./", "//", "\x00", "\x1f"])


@settings(max_examples=3000)
@given(st.sampled_from(BASES), st.lists(LINK_CHARACTERS, max_size=12).map("".join))
def test_absolute_url_is_urljoin(base, link):
    assert absolute_url(base, link) == urljoin(base, link)


@given(st.sampled_from(BASES), st.lists(LINK_CHARACTERS, max_size=12).map(lambda parts: "/" + "".join(parts)))
def test_absolute_url_is_urljoin_for_paths_from_the_root(base, path):
    assert absolute_url(base, path) == urljoin(base, path)


def test_the_quick_way_keeps_the_path_as_it_is():
    assert absolute_url("https://zh.wikipedia.org/wiki/A", "/wiki/%E8%B4%A8:B_(c)") == "https://zh.wikipedia.org/wiki/%E8%B4%A8:B_(c)"
    assert absolute_url("https://h/a/b", "/x/../y") == "https://h/y"  # a dot segment: urljoin's way
