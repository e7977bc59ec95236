"""Text rules: whitespace, and the lines that trail an article."""

from __future__ import annotations

from crawler.extraction.blocks import blocks_from_html
from crawler.extraction.text import clean_text, is_notice, without_furniture_at_ends


def test_whitespace():
    assert clean_text("\u00a0\u00a0\u3000 中国质量新闻网消息\u00a0\u00a0今年9月 \n") == "中国质量新闻网消息 今年9月"
    assert clean_text(" \u3000\u200b ") is None


def test_trailing_notices_leave_the_body():
    blocks = blocks_from_html("<p>正文。</p><p>声明：</p><p>本网注明“来源”的作品，版权均属于本网，未经本网授权不得转载。</p>", "https://x/")
    assert [block.text for block in without_furniture_at_ends(blocks)] == ["正文。"]


def test_a_line_of_the_site_s_licences_is_a_notice():
    """A news site's footer names its licences under their labels (互联网新闻信息服务许可证：…) beside
    its ICP number: a line of site information, whatever encloses it."""
    for line in ("互联网新闻信息服务许可证：43120170014 湘ICP备05006719号",
                 "信息网络传播视听节目许可证：1109389号 浙ICP备13024681号"):
        assert is_notice(line), line


def test_a_hotline_and_its_number_are_one_thing_of_a_site_s_information():
    """What it recognises: a contact's label and its numbers (举报电话：0370-7112316, 投诉热线：…, two
    numbers under one label, each with whose it is) name one thing: a line closing a text that gives a
    campaign's hotline is the text's, not a notice. A footer's line naming it beside the site's
    copyright, or two contacts of the site, is one."""
    for line in ("县农资打假举报电话：0370-7112316", "市消保委投诉热线：0571-85151234",
                 "举报电话：0746-12345（市长热线）、0746-8236118（市医疗保障局基金监管科）"):
        assert not is_notice(line), line
    for line in ("违法和不良信息举报电话：010-12345678 版权所有 某某网", "新闻热线：0371-65795555 广告热线：0371-65795556",
                 "举报电话：0370-7112316 举报邮箱：jubao@example.cn"):
        assert is_notice(line), line


def test_two_bare_phone_numbers_are_one_contact_and_a_directory_of_them_is_site_information():
    """What it recognises: a line giving a number to book by and a fax (预订热线：020-… 传真：020-…) is
    one contact, as an article closes with its own; three numbers or more, a directory of branches'
    lines, are the site's information, as are two beside an e-mail address."""
    for line in ("预订热线：020-87846888、87846999　传真：020-87846777", "电话：0571-85151234 传真：0571-85151235"):
        assert not is_notice(line), line
    for line in ("总店：023-63712288 分店：023-65318866 南坪店：023-62813377",
                 "电话：0571-85151234 传真：0571-85151235 邮箱：office@example.cn"):
        assert is_notice(line), line


def test_a_postcode_under_its_label_is_a_thing_of_a_site_s_information():
    """What it recognises: a footer's line naming who runs the site, its address and its postcode
    under its label (主办单位：… 地址：… 邮编：535000): site information. A sentence that gives a
    postcode to write to stays the text's."""
    assert is_notice("主办单位：某某市工商行政管理局 地址：某某市人民路66号 邮编：535000")
    assert not is_notice("来信请寄某某市人民路66号市消协投诉部，邮编：535000。")
