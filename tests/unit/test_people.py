"""People and outlets: bylines in brackets, datelines, the editor line."""

from __future__ import annotations

import pytest

from crawler.extraction.blocks import blocks_from_html
from crawler.extraction.people import DATELINE, find_editor, own_outlet, split_people
from crawler.sites import site_of


@pytest.mark.parametrize("bracket, people", [
    ("记者秦海峰", [("秦海峰", "记者秦海峰")]),
    ("记者 张三 通讯员 李四", [("张三", "记者 张三"), ("李四", "通讯员 李四")]),
    ("巴彦淖尔市质监局 赵强", [("赵强", "巴彦淖尔市质监局 赵强")]),
    ("本报记者 王五、实习生 赵六", [("王五", "本报记者 王五"), ("赵六", "实习生 赵六")]),
    ("2011-2020年", []),
    ("完", []),
    ("图片来源：网络", []),
])
def test_people_in_brackets(bracket, people):
    assert [(p["name"], p["nameRaw"]) for p in split_people(bracket)] == people


@pytest.mark.parametrize("first_paragraph, outlet, site_url, source", [
    ("中国质量新闻网讯(记者秦海峰)为有力推进", "中国质量新闻网", "https://www.cqn.com.cn/a", "中国质量新闻网"),
    ("本报讯（记者 张三）近日", "本报", "https://www.cqn.com.cn/a", "中国质量报"),
    ("新华社北京9月1日电(记者 王五)记者从", "新华社", "https://www.cqn.com.cn/a", "新华社"),
    ("中国质量新闻网消息 今年9月", "中国质量新闻网", "http://315online.com/a", "中国质量新闻网"),
    ("本报讯 近日", "本报", "http://315online.com/a", None),
])
def test_dateline_outlets(first_paragraph, outlet, site_url, source):
    match = DATELINE.match(first_paragraph)
    assert match.group("outlet") == outlet
    assert own_outlet(outlet, site_of(site_url).own_outlets) == source


@pytest.mark.parametrize("text", ["近日，记者从有关部门获悉消息称", "据悉，该局已部署", "质量强则国家强",
                                  "3月22日我在网上买了一台平板电脑，价值1280元"])
def test_ordinary_openings_are_no_dateline(text):
    assert DATELINE.match(text) is None


@pytest.mark.parametrize("line", ["(责任编辑:加贺)", "（责任编辑：加贺）", "责任编辑:加贺", "【责任编辑：加贺】",
                                  "(编辑:加贺)", "（某某新闻编辑 加贺）", "【本网编辑：加贺】",
                                  "【责任编辑：加贺 TEL：（010）68476606】", "责任编辑：加贺 邮箱：jiahe@example.cn",
                                  "責任編輯：加贺", "（編輯：加贺）1050310"])
def test_editor_line_leaves_the_body_and_ends_it(line):
    """What it recognises: the editor's label and name, bracketed or not, the label maybe after the
    outlet whose editor it is (a news app's （某某新闻编辑 X）, a portal's 【本网编辑：X】), the editor's line to
    call or mail after it (an IT portal's TEL：, a site's 邮箱：), in traditional characters, a Taiwanese
    agency's day stamp after it."""
    blocks = blocks_from_html(f"<p>正文第一段。</p><p>{line}</p><p>声明：本网所有作品版权均属本网。</p>", "https://www.cqn.com.cn/")
    editor, kept = find_editor(blocks)
    assert editor == "加贺"
    assert [block.text for block in kept] == ["正文第一段。"]


@pytest.mark.parametrize("line", ["责任编辑：刘光博 SN222", "[责任编辑：杨洋 PN052]"],
                         ids=["a portal's mobile page", "a portal's"])
def test_a_staff_code_after_the_editor_s_name_is_none_of_the_name(line):
    """What it recognises: a portal prints its editor's staff code after the name, set apart by a
    space (a letter code and a number); the line is still the editor line, and the name is the name."""
    blocks = blocks_from_html(f"<p>正文第一段。</p><p>{line}</p>", "https://news.example.cn/")
    editor, kept = find_editor(blocks)
    assert (editor, [block.text for block in kept]) == ("杨洋" if "杨洋" in line else "刘光博", ["正文第一段。"])


def test_editor_line_at_the_end_of_a_paragraph_is_cut_from_it():
    blocks = blocks_from_html("<p>参加会议。(责任编辑:加贺)</p>", "https://www.cqn.com.cn/")
    editor, kept = find_editor(blocks)
    assert (editor, [block.text for block in kept]) == ("加贺", ["参加会议。"])


def test_an_editor_line_over_the_text_names_the_editor_and_keeps_the_text():
    """What it recognises: an editor line that stands over the article's text, little text before
    it (a byline under the title, inside the body's box), is no end of the article."""
    text = "市场监管部门近日组织开展产品质量监督抽查，抽查结果已向社会公布，不合格产品依法处理，企业须限期整改到位。"
    blocks = blocks_from_html(f"<p>某地开展电梯安全检查</p><p>（责任编辑：加贺）</p><p>{text}</p><p>{text}第二段。</p>",
                              "https://news.example.cn/")
    editor, kept = find_editor(blocks)
    assert (editor, [block.text for block in kept]) == ("加贺", ["某地开展电梯安全检查", text, f"{text}第二段。"])


def test_an_editor_credit_before_the_editor_line_goes_with_it():
    blocks = blocks_from_html("<p>正文第一段。</p><p>编辑：王五 责任编辑：加贺</p>", "https://www.cqn.com.cn/")
    editor, kept = find_editor(blocks)
    assert (editor, [block.text for block in kept]) == ("加贺", ["正文第一段。"])


@pytest.mark.parametrize("line, editor", [("编辑 | 阿May", "阿May"), ("编辑：小K", "小K"),
                                          ("责任编辑：Lily Chen", "Lily Chen"), ("(责任编辑：某某网编辑部)", "某某网编辑部"),
                                          ("责任编辑：新闻中心", "新闻中心"), ("（编辑：招生办 小吴）", "小吴"),
                                          ("责任编辑：新闻中心 王伟", "王伟")])
def test_an_editor_s_pen_name_may_mix_scripts(line, editor):
    """What it recognises: a self-media account's editor signs with a pen name of Chinese and Latin
    letters (阿May, 小K) or Latin alone, a trade site's with its editorial office (某某网编辑部), a school's
    with the office before the name (招生办 小吴); the line is the editor line over the text as after it."""
    text = "市场监管部门近日组织开展产品质量监督抽查，抽查结果已向社会公布，不合格产品依法处理，企业须限期整改到位。"
    blocks = blocks_from_html(f"<p>{line}</p><p>{text}</p><p>{text}第二段。</p>", "https://news.example.cn/")
    found, kept = find_editor(blocks)
    assert (found, [block.text for block in kept]) == (editor, [text, f"{text}第二段。"])


@pytest.mark.parametrize("bracket, people", [("文 | 林小满", [("林小满", "文 | 林小满")]),
                                             ("文｜林小满 图｜周游", [("林小满", "文｜林小满"), ("周游", "图｜周游")])])
def test_a_bar_after_a_role_stands_for_its_colon(bracket, people):
    """What it recognises: self-media accounts credit 文 | X, 图｜Y: the bar sets the role from the name."""
    assert [(p["name"], p["nameRaw"]) for p in split_people(bracket)] == people
