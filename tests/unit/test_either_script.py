"""The words the rules look for match in either script: a Taiwan, Hong Kong or overseas page that
writes them in traditional characters is read as a mainland page written in simplified ones."""

from __future__ import annotations

import re
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.extraction import (
    Extraction,
    NotAnArticle,
    article,
    blocks,
    dates,
    dom,
    extract_article,
    layout,
    people,
    region,
    render,
    text,
)
from crawler.extraction.keywords import either_script, traditional_forms

FORMS = traditional_forms()
WRITTEN_OTHERWISE = sorted(FORMS)  # simplified characters that traditional script writes otherwise
PROSE = "市场监管部门近日组织开展产品质量监督抽查，抽查结果已向社会公布，不合格产品依法处理，企业须限期整改到位。"


def in_traditional(words: str, choose: st.DataObject) -> str:
    """The words with each character written otherwise in traditional script written in one of its
    traditional forms, chosen by hypothesis."""
    return "".join(choose.draw(st.sampled_from(FORMS[character])) if character in FORMS else character
                   for character in words)


words = st.text(st.sampled_from(WRITTEN_OTHERWISE + list("的年月日：:0123456789 ")), min_size=1, max_size=6)


@st.composite
def patterns(draw: st.DrawFn) -> str:
    """Patterns shaped as the rules write them: alternations of words, in groups, with optional
    parts, classes, look-behinds and quantifiers."""
    def word() -> str:
        return re.escape(draw(words))
    pieces = []
    for _ in range(draw(st.integers(1, 3))):
        shape = draw(st.sampled_from(["word", "group", "optional", "class", "behind"]))
        if shape == "word":
            pieces.append(word())
        elif shape == "group":
            pieces.append("(?:" + "|".join(word() for _ in range(draw(st.integers(1, 4)))) + ")")
        elif shape == "optional":
            pieces.append(f"(?:{word()})?")
        elif shape == "class":
            pieces.append("[" + "".join(draw(st.lists(st.sampled_from(WRITTEN_OTHERWISE), min_size=1, max_size=3)))
                          + "]" + draw(st.sampled_from(["", "?", "{1,2}", "+"])))
        else:
            pieces.append(f"(?<!{re.escape(draw(st.sampled_from(WRITTEN_OTHERWISE)))})")
    return "|".join(["".join(pieces), *(word() for _ in range(draw(st.integers(0, 2))))])


@given(patterns(), st.data())
def test_a_pattern_matches_what_it_matched_and_the_same_written_in_traditional_characters(pattern, choose):
    original, rewritten = re.compile(pattern), re.compile(either_script(pattern))
    matched = choose.draw(st.from_regex(original, fullmatch=True))
    assert rewritten.fullmatch(matched), (pattern, matched)
    assert rewritten.fullmatch(in_traditional(matched, choose)), (pattern, matched)


@given(patterns(), st.text(max_size=12))
def test_a_pattern_rewritten_matches_no_simplified_text_it_did_not(pattern, other):
    assert bool(re.compile(either_script(pattern)).fullmatch(other)) <= bool(re.compile(pattern).fullmatch(other))


MODULES = (article, blocks, dates, dom, layout, people, region, render, text)


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__)
def test_every_text_pattern_of_the_extraction_matches_in_either_script(module: ModuleType):
    """Each simplified character a module's patterns look for stands beside its traditional forms:
    no rule is written for one script only."""
    for name, value in vars(module).items():
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            missing = {character for character in value.pattern if character in FORMS} - {
                character for character in FORMS if FORMS[character][0] in value.pattern}
            assert not missing, (name, missing)


def test_a_page_in_traditional_characters_is_read_as_one_in_simplified():
    """A Taiwan association's news page: its position line under 目前位置 over a sidebar titled as
    its column, its date line's labels (發佈日期, 來源) and its editor (責任編輯) in traditional
    characters. Its fee page (收費標準) is the site's own, as the same page in simplified is."""
    sidebar = "<div class='side'><div class='side_title'>最新消息</div><ul><li><a href='/n/1.aspx'>全部消息</a></li></ul></div>"
    crumbs = "<div class='crumb'>目前位置：<a href='/'>首頁</a> &gt; <a href='/news/list.aspx'>最新消息</a></div>"
    story = (f"<html><head><title>最新消息 - 某某協會</title></head><body>{sidebar}{crumbs}"
             "<table><tr><th class='news_title'>本會舉辦實驗室品質管理研習課程圓滿落幕</th></tr>"
             "<tr><td>發佈日期：2010-08-16 來源：秘書處</td></tr>"
             f"<tr><td><p>{PROSE}</p><p>{PROSE}</p><p>（責任編輯：王小明）</p></td></tr></table></body></html>")
    result = extract_article(story.encode(), "https://www.example.org.tw/news/detail.aspx?id=312")
    assert isinstance(result, Extraction), result
    fields = result.fields
    assert fields["headline"] == "本會舉辦實驗室品質管理研習課程圓滿落幕"
    assert fields["datePublished"] == "2010-08-16T00:00:00+08:00"
    assert (fields["source"], fields["editor"]) == ("秘書處", "王小明")
    prices = ("<table><tr><th>服務項目</th><th>月費</th><th>備註</th></tr>"
              "<tr><td>全日照護</td><td>28000元</td><td>含膳食</td></tr>"
              "<tr><td>日間照顧</td><td>15000元</td><td>含午餐</td></tr></table>"
              "<p>以上收費標準自即日起適用，如有疑問請洽本院社工室。入住前須完成健康檢查，並繳交保證金一個月。</p>")
    fee_page = f"<html><head><title>收費標準 - 某某護理之家</title></head><body><h2>收費標準</h2>{prices}</body></html>"
    assert isinstance(extract_article(fee_page.encode(), "https://www.example.org.tw/fee.aspx"), NotAnArticle)
