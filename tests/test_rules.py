"""The cleaning rules, one by one, on the text forms the sites use (site-notes.md)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import PROJECT, labelled_cases

from crawler.encoding import decode_html
from crawler.layouts.blocks import blocks_from_html
from pipelines.body import attach_captions, sanitise
from pipelines.dates import parse_date
from pipelines.people import DATELINE, find_editor, own_outlet, split_people
from pipelines.text import clean_text, without_trailing_furniture


@pytest.mark.parametrize("raw, iso", [
    ("2021-09-08 13:42:42", "2021-09-08T13:42:42+08:00"),
    ("2021-09-08 13:42", "2021-09-08T13:42+08:00"),
    ("2021年09月08日 13:42", "2021-09-08T13:42+08:00"),
    ("2021年9月8日", "2021-09-08"),
    ("2021/9/8", "2021-09-08"),
    ("发布时间：2019-01-04 10:12 来源：中国质量报", "2019-01-04T10:12+08:00"),
    ("2021-02-30", None),
    ("没有日期", None),
    (None, None),
])
def test_dates(raw, iso):
    assert parse_date(raw) == iso


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
    assert own_outlet(outlet, site_url) == source


@pytest.mark.parametrize("text", ["近日，记者从有关部门获悉消息称", "据悉，该局已部署", "质量强则国家强"])
def test_ordinary_openings_are_no_dateline(text):
    assert DATELINE.match(text) is None


@pytest.mark.parametrize("line", ["(责任编辑:加贺)", "（责任编辑：加贺）", "责任编辑:加贺", "【责任编辑：加贺】", "(编辑:加贺)"])
def test_editor_line_leaves_the_body_and_ends_it(line):
    blocks = blocks_from_html(f"<p>正文第一段。</p><p>{line}</p><p>声明：本网所有作品版权均属本网。</p>", "https://www.cqn.com.cn/")
    editor, kept = find_editor(blocks)
    assert editor == "加贺"
    assert [block.text for block in kept] == ["正文第一段。"]


def test_editor_line_at_the_end_of_a_paragraph_is_cut_from_it():
    blocks = blocks_from_html("<p>参加会议。(责任编辑:加贺)</p>", "https://www.cqn.com.cn/")
    editor, kept = find_editor(blocks)
    assert (editor, [block.text for block in kept]) == ("加贺", ["参加会议。"])


def test_whitespace():
    assert clean_text("\u00a0\u00a0\u3000 中国质量新闻网消息\u00a0\u00a0今年9月 \n") == "中国质量新闻网消息 今年9月"
    assert clean_text(" \u3000\u200b ") is None


def test_trailing_notices_leave_the_body():
    blocks = blocks_from_html("<p>正文。</p><p>声明：</p><p>本网注明“来源”的作品，版权均属于本网，未经本网授权不得转载。</p>", "https://x/")
    assert [block.text for block in without_trailing_furniture(blocks)] == ["正文。"]


def test_captions_and_file_names():
    blocks = blocks_from_html(
        '<p><img src="a.png" alt="image.png"></p><p style="text-align:center">图为检查现场。</p>'
        '<p><img src="b.png" alt="微信图片_1.jpg"></p><p>这是正文，不是图注。</p>'
        '<figure><img src="/c.jpg"><figcaption>图注三</figcaption></figure>',
        "https://www.cqn.com.cn/zj/content/x.htm",
    )
    blocks = attach_captions(blocks)
    images = [(block.src, block.caption) for block in blocks if block.kind == "img"]
    assert images == [("https://www.cqn.com.cn/zj/content/a.png", "图为检查现场。"),
                      ("https://www.cqn.com.cn/zj/content/b.png", None),
                      ("https://www.cqn.com.cn/c.jpg", "图注三")]
    assert [block.text for block in blocks if block.kind == "p"] == ["这是正文，不是图注。"]


def test_body_html_is_sanitised():
    html = sanitise('<p onclick="x()" style="color:red">正文<script>alert(1)</script><iframe src="//evil"></iframe>'
                    '<a href="javascript:alert(1)">链接</a><a href="https://www.cqn.com.cn/">本网</a></p>')
    assert html == '<p>正文<a>链接</a><a href="https://www.cqn.com.cn/">本网</a></p>'


GBK_PAGE = '<html><head><meta charset="{}"><title>标题</title></head><body><p>质量月活动</p></body></html>'


@pytest.mark.parametrize("declared_in_meta, content_type, encode_as", [
    ("gb2312", None, "gbk"),  # declared in the page only
    ("utf-8", None, "gbk"),  # declared wrong
    ("gbk", "text/html; charset=utf-8", "utf-8"),  # header and page disagree; the bytes decide
    ("", None, "gbk"),  # declared nowhere
    ("", "text/html; charset=iso-8859-1", "gbk"),  # a server default that is not the page's
])
def test_encoding_follows_the_bytes(declared_in_meta, content_type, encode_as):
    text, _ = decode_html(GBK_PAGE.format(declared_in_meta).encode(encode_as), content_type)
    assert "质量月活动" in text


def test_duplicates_within_a_run(tmp_path):
    """The same URL twice is dropped; the same text at another URL is rejected naming the first."""
    case = next(case for case in labelled_cases() if case.name.startswith("cqn-2021"))
    other = case.url.replace("content_8731350", "content_8731351")
    manifest = tmp_path / "list.jsonl"
    manifest.write_text("".join(json.dumps({"file": str(case.page), "url": url}) + "\n" for url in (case.url, case.url, other)))
    done = subprocess.run([sys.executable, "-m", "crawler.extract", "--manifest", str(manifest)], cwd=PROJECT,
                          capture_output=True, text=True)
    first, second, third = (json.loads(line) for line in done.stdout.splitlines())
    assert first["url"] == case.url
    assert second == {"url": case.url, "rejected": f"dropped: duplicate url {case.url}"}
    assert third == {"url": other, "rejected": f"duplicate content: same text as {case.url}"}
