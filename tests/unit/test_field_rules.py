"""Fields read from the right place, each rule on a few lines of HTML."""

from __future__ import annotations

from html import unescape

import pytest

from crawler.extraction import Extraction, extract_article
from crawler.extraction.layout import title_segments
from devtools.evaluate import matches

URL = "https://news.example.cn/a/506.html"
PROSE = "市场监管部门近日组织开展产品质量监督抽查，抽查结果已向社会公布，不合格产品依法处理，企业须限期整改到位。"
STATEMENT = "<div class='sm'><h4>声明:</h4><p>本网注明“来源:某某网”的文字、图片，版权均属于某某网，未经授权不得转载。</p></div>"


def fields_of(body: str, title: str = "某地开展电梯安全检查_某某网") -> dict:
    result = extract_article(f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode(), URL)
    assert isinstance(result, Extraction), result
    return result.fields


def test_the_source_is_the_date_line_s_bare_name_not_a_label_quoted_by_the_statement():
    fields = fields_of(f"{STATEMENT}<h1>某地开展电梯安全检查</h1><div class='info'>2023-05-06 10:12:30 人民网</div>"
                       f"<div><p>{PROSE}</p></div>")
    assert fields["source"] == "人民网"


def test_two_character_names_typeset_with_a_space():
    fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div><p>本报讯（记者李 明 通讯员 张 三）{PROSE}</p>"
                       "<p>（责任编辑:周 宁）</p></div>")
    assert fields["authors"] == [{"name": "李明", "nameRaw": "记者李 明"}, {"name": "张三", "nameRaw": "通讯员 张 三"}]
    assert fields["editor"] == "周宁"


def test_a_labelled_author_field_names_each_person_with_their_role():
    fields = fields_of("<h1>某地开展电梯安全检查</h1><div class='info'>2023-05-06 作者：记者 李凯 通讯员 王华 "
                       f"来源：某某日报</div><div><p>{PROSE}</p></div>")
    assert fields["authors"] == [{"name": "李凯", "nameRaw": "记者 李凯"}, {"name": "王华", "nameRaw": "通讯员 王华"}]


def test_a_labelled_author_field_that_is_no_list_of_people_is_one_name():
    fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='info'>2023-05-06 作者：李 明</div><div><p>{PROSE}</p></div>")
    assert fields["authors"] == [{"name": "李明", "nameRaw": "李 明"}]


def test_the_office_that_supplied_a_story_is_its_source():
    """What it recognises: a government site names the office that supplied the story under its own
    label (供稿单位：市运管处, 供稿部门：办公室) on the meta line: its source."""
    for line, source in (("发布日期：2006-1-18 供稿单位：市运管处 点击数： 【字体：大 中 小】", "市运管处"),
                         ("供稿部门：局办公室&nbsp;&nbsp;发布时间：2012-04-10", "局办公室")):
        html = f"<h1>某地开展电梯安全检查</h1><div class='info'>{line}</div><div><p>{PROSE}</p></div>"
        assert fields_of(html)["source"] == source, line


def test_a_bare_name_after_the_date_is_one_word_holding_no_field_s_label():
    """What it recognises: the source named bare after the date is one word, and no word that holds
    a field's label or counts something: a forum's row of controls after the post's time (| 只看该作者
    | 倒序浏览), a self-media author's blurb (北京优质科技领域创作者), a portal's link to the comments
    counting them (我要评论(0)), where a self-media poster is (来自甘肃) or what a microblog's posted with
    (来自iPhone客户端) name no outlet; 新华网 after the time does."""
    for after, source in (("| <a href='/t?authorid=1'>只看该作者</a> | <a href='/t?order=1'>倒序浏览</a>", None),
                          ("北京优质科技领域创作者", None), ("<a href='#comment'>我要评论(<span>0</span>)</a>", None),
                          ("<div class='region'>来自甘肃</div>", None), ("来自iPhone客户端", None), ("新华网", "新华网")):
        html = f"<h1>某地开展电梯安全检查</h1><div class='info'>2024-11-08 21:37 {after}</div><div><p>{PROSE}</p></div>"
        assert fields_of(html)["source"] == source, after


def test_markup_a_broken_template_shows_where_a_field_s_value_should_be_names_nobody():
    """What it recognises: a template that printed an attribute where its fields' values go (作者：
    size="20" 来源： size="20"), on an old portal's meta line or a board's: no author, no source."""
    for line in ('作者： size="20" &nbsp;&nbsp;来源： size="20" &nbsp;&nbsp;发布日期： 2005-07-05 21:23',
                 "来源：class='src' 作者：width=\"120\" 2005-07-05"):
        fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='info'>{line}</div><div><p>{PROSE}</p></div>")
        assert (fields["source"], fields["authors"]) == (None, []), line


def test_what_follows_the_date_and_is_no_outlet_s_name_is_no_source():
    """What it recognises: after a date, the day of the week (2005年12月03日 星期六), the verb the date
    goes with (于 2024-05-07 22:12:13 发布), the rest of a bracketed dateline (【某某网2005年07月03日报道】
    一九八九年...) name no outlet; a separator before a name (22:30·新华社) is none of it."""
    for line, source in (("2005年12月03日 星期六", None), ("最新文章于 2024-05-07 22:12:13 发布", None),
                         ("【某某网2005年07月03日报道】一九八九年四月，我在湖南开会", None),
                         ("2024-05-09 22:30·新华社", "新华社")):
        html = f"<h1>某地开展电梯安全检查</h1><div class='info'>{line}</div><div><p>{PROSE}</p></div>"
        assert fields_of(html)["source"] == source, line


def test_a_date_line_between_the_headline_and_a_body_far_below_it_is_found():
    """What it recognises: every line between the headline and a body that follows it is looked
    at, however many elements stand between them (a forum's poster card with its avatar, medals
    and counts; a portal's share bar of many icons): the post's time there dates it, not the stamp of
    its last change inside it."""
    medals = "".join(f"<dl><dt>勋章{n}</dt><dd><img src='/m{n}.gif'></dd></dl>" for n in range(30))
    card = f"<div class='card'>{medals}</div>"
    share = "<div class='share'>" + "".join(f"<a href='/s{n}'><i></i><span></span></a>" for n in range(20)) + "</div>"
    for between in (card, share):
        html = (f"<h1>某地开展电梯安全检查</h1>{between}<div class='pi'><em>发表于 2024-11-8 21:37</em></div>"
                f"<div><p><em>本帖最后由 江北小周 于 2024-11-9 08:12 编辑</em></p><p>{PROSE}</p><p>{PROSE}</p></div>")
        assert fields_of(html)["datePublished"] == "2024-11-08T21:37:00+08:00"


def test_by_after_the_date_names_the_author_not_the_source():
    fields = fields_of("<h1>某地开展电梯安全检查</h1><div class='info'>发布时间 2005/05/17 22:11:42 by 眉间尺</div>"
                       f"<div><p>{PROSE}</p></div>")
    assert (fields["source"], fields["authors"]) == (None, [{"name": "眉间尺", "nameRaw": "眉间尺"}])


def test_credit_lines_that_close_the_body_are_read_by_the_fields_not_kept_in_the_body():
    fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{PROSE}第二段。</p><p>文：眉间尺</p>"
                       "<p>2005年8月25日（来源：上海证券报）</p></div>")
    assert fields["articleBody"] == f"{PROSE}\n{PROSE}第二段。"
    assert (fields["source"], fields["authors"]) == ("上海证券报", [{"name": "眉间尺", "nameRaw": "眉间尺"}])


def test_a_page_that_shows_no_date_line_is_dated_by_the_time_its_metadata_declares():
    declared = "<meta property='article:published_time' content='2022-02-06T12:48:06+00:00'>"
    result = extract_article(f"<html><head><title>某地开展电梯安全检查</title>{declared}</head><body>"
                             f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div></body></html>".encode(), URL)
    assert (result.fields["datePublished"], result.fields["datePublishedRaw"]) == \
        ("2022-02-06T20:48:06+08:00", "2022-02-06T12:48:06+00:00")



def test_a_page_that_shows_no_date_is_dated_by_the_day_its_address_files_it_under():
    """A regulator's page showing no date at all, and an AMP page dated only in its address: the
    CMS's date directory is the day the article went up. A date the page shows comes first."""
    page = f"<html><head><title>消费提示</title></head><body><h1>消费提示</h1><div><p>{PROSE}</p></div></body></html>"
    for url, day in (("http://www.example.org.cn/html/2025/0315/4218.html", "2025-03-15"),
                     ("https://m.example.com/amp/2025/0214/FA8K3T2Q.html", "2025-02-14")):
        fields = extract_article(page.encode(), url).fields
        assert (fields["datePublished"], fields["datePublishedPrecision"]) == (f"{day}T00:00:00+08:00", "day")
    shown = page.replace("</h1>", "</h1><div class='info'>2025-03-16 09:00</div>")
    assert extract_article(shown.encode(), "http://www.example.org.cn/html/2025/0315/4218.html").fields["datePublished"] == \
        "2025-03-16T09:00:00+08:00"


def test_a_line_of_the_post_s_date_and_counters_opening_its_box_is_no_text_where_the_address_dates_it():
    """What it recognises: a blog theme's line of the post's date, comment and view counts and author
    (icons between them) opening the text's own box, the page dated by its address: the line shows the
    day the address gives, written another way (2018年06月07日 for 2018/06/07), and is none of the text."""
    meta = ("<div class='begin-single-meta'><span class='my-date'><i class='be'></i> 2018年06月07日</span>"
            "<span class='comment'><a href='#comments'><i class='be'></i> 6</a></span>"
            "<span class='views'><i class='be'></i> 3,482</span><span class='post-author'><i class='be'></i> 周野</span></div>")
    paragraphs = [f"{PROSE}第{n}段。" for n in range(1, 9)]  # a text too long for its box to be read as a date line
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    page = (f"<html><head><title>网吧升级电竞馆热潮背后_某某观察</title></head><body><article><header>"
            f"<h1>网吧升级电竞馆热潮背后</h1></header><div class='entry-content'><div class='single-content'>{meta}{text}"
            "</div></div></article></body></html>")
    fields = extract_article(page.encode(), "https://www.example.com/2018/06/07/3317.html").fields
    assert fields["datePublished"][:10] == "2018-06-07"
    assert fields["articleBody"].split("\n") == paragraphs


def test_a_page_whose_scripts_write_its_date_is_dated_by_the_time_they_write():
    """What it recognises: a script assigning the post's publication time (a public account's
    createTime, a framework's data with publishedAt as a Unix time in milliseconds, structured data's
    datePublished), where the page shows no date until its scripts run. Scripts that give other
    stories' times too date nothing."""
    def dated(script: str) -> str | None:
        page = (f"<html><head><title>消费提示</title><script>{script}</script></head><body><h1>消费提示</h1>"
                f"<em id='publish_time'></em><div><p>{PROSE}</p></div></body></html>")
        return extract_article(page.encode(), URL).fields["datePublished"]

    assert dated("var ct = '1736414700'; var createTime = '2025-01-09 17:25';") == "2025-01-09T17:25:00+08:00"
    assert dated('window.__DATA__ = {"article": {"id": 5, "publishedAt": 1623456000000}}') == "2021-06-12T08:00:00+08:00"
    assert dated('{"list": [{"publishTime": "2021-06-03 10:00"}, {"publishTime": "2021-05-28 09:00"}]}') is None
    # schema.org's structured data names it the other way round, with the time's offset.
    assert dated('{"@type": "NewsArticle", "datePublished": "2024-05-20T02:30:00Z", "dateModified": "2024-05-21T09:12"}') \
        == "2024-05-20T10:30:00+08:00"


def test_a_date_labelled_as_another_event_is_not_the_text_s():
    """A forum's poster card (registered on a day) above the post's time, a blog's author box (joined,
    last logged in) above a text dated at its foot: a date labelled as another event is not the text's."""
    forum = ("<div class='user'><ul><li>帖子: 35</li><li>注册时间: 2022-05-13</li></ul></div>"
             f"<div class='post'><span>发表于: 2023-06-18 20:15</span><div><p>{PROSE}</p><p>{PROSE}</p></div></div>")
    blog = ("<h1>某地开展电梯安全检查</h1><div class='author'>眉间尺 加入于 2019-02-01 最后登录：2025-03-02</div>"
            f"<div><p>{PROSE}</p><p>{PROSE}</p></div><div class='foot'>2023-06-18 20:15 发布</div>")
    for page in (forum, blog):
        assert fields_of(page)["datePublished"] == "2023-06-18T20:15:00+08:00", page


@pytest.mark.parametrize("shown", ["113-07-15", "113/7/15", "民國113年7月15日"])
def test_a_date_of_taiwan_s_calendar_labelled_as_the_publication_s_is_read(shown):
    """What it recognises: a date in the calendar of the Republic (a year of three digits, 1911
    years on: 113 is 2024) that a line near the headline labels as the publication's (a Taiwan
    association's 發布日期：113-07-15, a fishermen's association's); it is no date where no such label says
    so (a code, a model's number), and a Gregorian date on the date line comes first. The evaluation
    reads a label of that calendar the same way."""
    meta = f"<ul class='news-info'><li>發布日期：{shown}</li><li>發布單位：秘書處</li></ul>"
    assert fields_of(f"<h2>113年度技能檢定第三梯次報名須知</h2>{meta}<div><p>{PROSE}</p><p>{PROSE}</p></div>",
                     "最新消息 - 某某協會")["datePublished"] == "2024-07-15T00:00:00+08:00"
    unlabelled = f"<h2>某地开展电梯安全检查</h2><ul><li>型號：{shown}</li></ul><div><p>{PROSE}</p><p>{PROSE}</p></div>"
    assert fields_of(unlabelled)["datePublished"] is None
    both = (f"<h2>某地开展电梯安全检查</h2><div class='info'>發布日期：{shown} 更新：2024-08-01</div>"
            f"<div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert fields_of(both)["datePublished"] == "2024-08-01T00:00:00+08:00"
    assert matches("datePublished", "2024-07-15T00:00:00+08:00", "113-07-15")
    assert not matches("datePublished", "2024-07-15T00:00:00+08:00", "2013-07-15")


def test_a_fact_s_date_in_an_entry_s_info_box_is_not_the_text_s():
    """What it recognises: a date an info box labels as a rule's coming into force or a body's
    founding (施行时间, 实施日期, 成立时间; a wiki entry's, a catalogue's) is a fact of the subject, not the
    text's date; an entry that shows none has none."""
    for label in ("施行时间", "实施日期", "成立时间"):
        for box in (f"<dl><dt>中文名</dt><dd>食品安全抽样检验</dd><dt>{label}</dt><dd>2019年10月1日（现行办法）</dd></dl>",
                    f"<table><tr><th>名称</th><td>某某协会</td></tr><tr><th>{label}</th><td>2019年10月1日</td></tr></table>"):
            page = f"<h1>某地开展电梯安全检查</h1><div class='info'>{box}</div><div><p>{PROSE}</p><p>{PROSE}</p></div>"
            assert fields_of(page)["datePublished"] is None, box


@pytest.mark.parametrize("label", ["出发日期", "返回日期", "入住", "开课时间", "报名时间："])
def test_the_date_of_a_booked_trip_or_course_is_not_the_text_s(label):
    """What it recognises: a date labelled as a trip's (出发日期, 返回日期), a stay's (入住) or a course's
    (开课时间, 报名时间) under the name of what a travel agent or a school offers: a fact of the offer, no
    publication date; a page that shows none has none."""
    facts = f"<ul class='facts'><li><label>{label}</label><span>2026-04-18（周六）</span></li><li>港口 上海</li></ul>"
    page = f"<h1>上海—长崎 5晚6天</h1><div class='info'>{facts}</div><div><p>{PROSE}</p><p>{PROSE}</p></div>"
    assert fields_of(page)["datePublished"] is None, label


@pytest.mark.parametrize("window", ["报名时间：2026年3月2日 8:00 至 3月20日 17:00", "开课时间 2026-03-02 08:30",
                                    "活动时间：2026年3月2日上午9:00"])
def test_a_timed_window_of_an_offer_in_its_text_s_box_is_not_the_text_s_date(window):
    """What it recognises: a short line in the text's own box that shows a day and its time, where a
    post's poster line would stand, labelled as a sign-up's or a course's window (报名时间：…至…) or an
    event's time (活动时间：): the offer's fact, no publication date; a page that shows none has none. A
    poster's line there (发表于 …) stays the text's date, and so does a date line under a headline
    ending with 活动 (…开展团建活动), no label."""
    def box(line: str) -> str:
        return f"<h1>2026年招生网上报名</h1><div class='post'><p>{line}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
    assert fields_of(box(window))["datePublished"] is None
    assert fields_of(box("发表于 2026-03-02 08:30"))["datePublished"] == "2026-03-02T08:30:00+08:00"
    headed = f"<h1>某公司员工走进拓展基地开展团建活动</h1><div class='info'>2014-05-19 16:32:08</div><div><p>{PROSE}</p></div>"
    assert fields_of(headed)["datePublished"] == "2014-05-19T16:32:08+08:00"


@pytest.mark.parametrize("note", ["（以下收费标准自2017年4月1日起执行）", "从2019年1月1日起，全市加油机实行强制检定",
                                  "以下价格经物价部门备案，2026年1月1日起执行。"])
def test_a_date_that_starts_a_period_is_not_the_text_s(note):
    """What it recognises: a date the words before it make the start of a period (自2017年4月1日起执行,
    从2019年1月1日起: a fee's, a rule's), or the words right after it (2026年1月1日起执行, its 自 left
    out), under the heading of a service's page or a notice's: no
    publication date; a page that shows none has none. A date line's date stays the text's."""
    html = (f"<h3>检定校准服务</h3><div class='note'><small>{note}</small></div>"
            f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert fields_of(html)["datePublished"] is None
    dated = f"<h1>某地开展电梯安全检查</h1><div class='info'>2024-05-01 10:20 来源：某某网</div><div><p>{PROSE}</p></div>"
    assert fields_of(dated)["datePublished"] == "2024-05-01T10:20:00+08:00"


def test_a_date_labelled_in_the_element_before_it_is_that_label_s():
    """What it recognises: a date whose label stands in the element before it (a definition list's
    term, a table's header cell) is labelled by it: a forum's poster card (<dt>注册时间</dt><dd>...,
    a wedding forum's <dt>婚期</dt><dd>..., a parents' forum's 预产期) and a member's info table
    (<th>注册日期</th><td>...) above a post timed at its foot; and so is a date set over its label, the
    label alone after it (a Discuz card's <td><p>2009-3-12</p>注册时间)."""
    cards = ("<dl><dt>积分</dt><dd>903</dd><dt>注册时间</dt><dd>2016-5-21</dd></dl>",
             "<dl><dt>帖子</dt><dd>156</dd><dt>婚期</dt><dd>2010-10-2</dd></dl>",
             "<dl><dt>帖子</dt><dd>156</dd><dt>预产期</dt><dd>2024-1-8</dd></dl>",
             "<table><tr><th>用户组</th><td>中级会员</td></tr><tr><th>注册日期</th><td>2016-5-21</td></tr></table>",
             "<table><tr><th><p>532</p>帖子</th><td><p>2016-5-21</p>注册时间</td></tr></table>")
    for card in cards:
        page = (f"<h1>某地开展电梯安全检查</h1><div class='poster'>{card}</div>"
                f"<div class='post'><div><p>{PROSE}</p><p>{PROSE}</p></div><div class='foot'>2023-06-18 20:15 发表</div></div>")
        assert fields_of(page)["datePublished"] == "2023-06-18T20:15:00+08:00", card

def test_a_date_in_a_link_to_another_story_is_not_the_page_s():
    """What it recognises: a date inside a link that says more than the date and shows no time is
    another story's or an archive's (a blog's sidebar list, a portal's related headline beside the
    title); a link showing only a date is the post's permalink, and one showing a time is its stamp."""
    sidebar = "<div class='side'><a href='/archive/1.html'>精选文章一(截止2006年8月10日)</a></div>"
    related = "<div><a href='/a/2.html'>2023年5月1日起施行的电梯新规解读</a></div>"
    for other in (sidebar, related):
        fields = fields_of(f"{other}<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div>")
        assert fields["datePublished"] is None, other
    permalink = "<div class='meta'><a href='/a/1.html'>2023-05-06</a></div>"
    stamp = "<div class='info'><a href='/u/1'>2023年05月06日 10:12:30 来自北京</a></div>"
    for own in (permalink, stamp):
        fields = fields_of(f"<h1>某地开展电梯安全检查</h1>{own}<div><p>{PROSE}</p></div>")
        assert fields["datePublished"].startswith("2023-05-06"), own


def test_a_page_that_shows_no_date_takes_none_from_the_stories_it_lists():
    """What it recognises: away from the title, a short line with a date and a link of a headline's
    length lists another story: a related-news list after the body, a sidebar's latest news before
    the title. A page that shows no date of its own has none; between the title and the body, a
    date line whose source is a long link is still the page's."""
    related = ("<ul class='related'>" + "".join(f"<li><a href='/a/{n}.html'>某地开展电梯安全专项检查工作部署{n}</a>"
                                               f"<span>2023-05-0{n}</span></li>" for n in range(1, 4)) + "</ul>")
    sidebar = "<div class='side'><p><a href='/a/9.html'>市场监管总局部署电梯安全隐患排查</a> 2023-04-30</p></div>"
    assert fields_of(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div>{related}")["datePublished"] is None
    assert fields_of(f"{sidebar}<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div>")["datePublished"] is None
    sourced = ("<h1>某地开展电梯安全检查</h1><div class='info'>2023-05-06 10:12 来源：<a href='https://www.samr.gov.cn/'>"
               f"国家市场监督管理总局网站</a></div><div><p>{PROSE}</p></div>")
    assert fields_of(sourced)["datePublished"] == "2023-05-06T10:12:00+08:00"


def test_a_page_with_no_headline_shown_is_dated_by_the_lines_around_its_text_not_by_its_first_date():
    """What it recognises: where no element shows the headline (a <title> naming the site only, a
    title in a styled cell), the date line is looked for just before and after the body, as it would
    be near the headline: a header's today's date far above is not the text's (a TV station's table
    layout, a poetry site's bar with the 农历 day); a byline over the text is."""
    menu = "".join(f"<div><a href='/x/{n}.html'>栏目{n}</a></div>" for n in range(12))
    headers = ("<table><tr><td><a href='/'>首页</a> | <a href='/news/'>民生新闻</a></td><td>2009年11月20日</td></tr></table>",
               "<div class='topbar'><span>今天是2024年05月28日 星期二</span> <span>农历：甲辰年</span></div>")
    styled_title = "<div><font style='font-size:20px'><b>免费体检送鸡蛋 老人花万元买回神药</b></font></div>"
    for header in headers:
        undated = f"{header}{menu}{styled_title}<div><p>{PROSE}</p><p>{PROSE}</p></div>"
        assert fields_of(undated, title="某某电视台")["datePublished"] is None, header
        byline = "<div>发布时间：2009-11-18 作者：张某</div>"
        bylined = f"{header}{menu}{styled_title}{byline}<div><p>{PROSE}</p><p>{PROSE}</p></div>"
        assert fields_of(bylined, title="某某电视台")["datePublished"] == "2009-11-18T00:00:00+08:00", header


def test_a_page_that_shows_no_date_takes_none_from_a_related_list_in_its_box():
    """What it recognises: a story listed with its time (a title, then 17:03) in a section a label
    opens (相关报道) inside the article's own box is another story's, not a poster's line."""
    related = "".join(f"<div>·<a href='/a/{n}.html'>市场监管总局部署电梯安全隐患排查工作{n}</a> "
                      f"<span>(2023-04-2{n} 17:03)</span></div>" for n in range(3))
    for label in ("相关报道：", "相关新闻"):
        html = (f"<div class='post'><h1>某地开展电梯安全检查</h1><p>{PROSE}</p><p>{PROSE}</p>"
                f"<div class='related'><div><b>{label}</b></div>{related}</div></div>")
        assert fields_of(html)["datePublished"] is None, label


def test_a_post_s_line_after_its_text_dates_it():
    """What it recognises: a short line with a date and its time inside the post's element, after
    its text, where none is near the title: a forum's "本贴由X于...发表" over its list of follow-ups, a
    blog's "posted by" footer over its tags."""
    follow_ups = "".join(f"<li><a href='/r/{n}'>跟帖{n}</a> - 某人{n} 20:02:4{n} 9/1{n}/05 ({n}0)</li>" for n in range(1, 5))
    forum = (f"<h3>某地开展电梯安全检查</h3><center>[<a href='/reply'>回复本贴</a>] [<a href='/close'>关闭本窗口</a>]</center>"
             f"<table><tr><td><p>{PROSE}</p><p>{PROSE}</p><center>本贴由<b>某某</b>于2005年8月12日16:12:21在〖"
             f"<a href='/b'>论坛</a>〗发表.</center><ul>{follow_ups}</ul></td></tr></table>")
    tags = "".join(f"<a href='/tag/{n}'>标签{n}</a> " for n in range(1, 6))
    blog = (f"<h2>某地开展电梯安全检查</h2><div class='post'><p>{PROSE}</p><p>{PROSE}</p>"
            f"<div class='footer'>posted by 某某 @ 2012-03-21 01:20</div><div class='tags'>{tags}</div></div>")
    for html, date in ((forum, "2005-08-12T16:12:21+08:00"), (blog, "2012-03-21T01:20:00+08:00")):
        assert fields_of(html)["datePublished"] == date


def test_a_date_labelled_as_a_change_gives_way_to_the_publication_s():
    """What it recognises: a date labelled as the text's last change (已于...修改, 最后更新：) is not its
    publication, where another line shows that (于...首次发布, 发表于), and the word after the date is no
    source. A technical blog (changed under the title, first published at the foot), a news page
    (updated above, published below the text). A line that gives both dates gives the publication's
    first; a page that shows only its last change is dated by it."""
    blog = (f"<h1>某地开展电梯安全检查</h1><div class='bar'><span class='time'>已于&nbsp;2023-06-02 10:15:42&nbsp;修改</span>"
            f"</div><div class='article'><p>{PROSE}</p><p>{PROSE}</p></div>"
            "<div class='up-time'><span>于&nbsp;2023-05-30 17:20:11&nbsp;首次发布</span></div>")
    for label in ("最后更新：", "最近更新：", "最近修订 ", "修订日期："):
        news = (f"<h1>某地开展电梯安全检查</h1><div class='meta'>{label}2024-03-16 08:00</div><div class='text'><p>{PROSE}</p>"
                f"<p>{PROSE}</p></div><div class='foot'>某某 发表于 2024-03-15 10:00</div>")
        for html, date in ((blog, "2023-05-30T17:20:11+08:00"), (news, "2024-03-15T10:00:00+08:00")):
            fields = fields_of(html)
            assert (fields["datePublished"], fields["source"]) == (date, None), label
    both = (f"<h1>某地开展电梯安全检查</h1><div>发布时间：2024-03-15 10:00 更新时间：2024-03-16 08:00</div>"
            f"<div><p>{PROSE}</p></div>")
    assert fields_of(both)["datePublished"] == "2024-03-15T10:00:00+08:00"
    changed = f"<h1>某地开展电梯安全检查</h1><div>更新时间：2024-03-16 08:00</div><div><p>{PROSE}</p><p>{PROSE}</p></div>"
    assert fields_of(changed)["datePublished"] == "2024-03-16T08:00:00+08:00"


def test_a_comment_s_time_under_the_post_is_not_the_post_s_date():
    """What it recognises: readers' comments, each opening with its time, under a post that shows
    no date of its own (in the post's element, with or without a heading over them): their times
    are theirs, and the page is dated by its metadata."""
    comments = "".join(f"<div class='c'><span>网友{n} 2024-01-02 10:1{n}:12</span><p>说得好，支持加强监管。</p></div>"
                       for n in range(3))
    meta = "<meta property='article:published_time' content='2023-05-06T08:00:00+08:00'>"
    for comments_box in (f"<div class='comments'><h4>网友评论</h4>{comments}</div>", f"<div>{comments}</div>"):
        html = (f"<html><head><title>某地开展电梯安全检查_某某网</title>{meta}</head><body><h1>某地开展电梯安全检查</h1>"
                f"<div class='post'><p>{PROSE}</p><p>{PROSE}</p>{comments_box}</div></body></html>")
        result = extract_article(html.encode(), URL)
        assert isinstance(result, Extraction) and result.fields["datePublished"] == "2023-05-06T08:00:00+08:00"


def test_a_post_s_change_stamp_is_not_its_date_where_the_time_it_was_posted_shows():
    """What it recognises: a stamp of a post's last change (此贴子已经被作者于…编辑过, 本帖最后由 X 于…
    编辑) is a short line with a date and its time like a poster's line, but the post is dated by
    the time it was posted, shown under its text or over it."""
    text = f"<p>{PROSE}</p><p>{PROSE}</p>"
    panel = "<td class='user'><b>网友甲</b><br>等级：论坛游民<br>帖子：312<br>注册：2004-3-2</td>"
    under = (f"<table><tr>{panel}<td><blockquote>{PROSE}<br>{PROSE}<br><br><font>[此贴子已经被作者于2005-5-13 9:26:11编辑过]"
             "</font></blockquote></td></tr><tr><td><img src='posttime.gif'>2005-5-12 21:08:00</td><td><a href='/re'>回复</a>"
             "</td></tr></table>")
    over = (f"<h1>某地开展电梯安全检查</h1><div class='post'><i class='pstatus'>本帖最后由 网友甲 于 2010-4-18 11:40 编辑</i>"
            f"{text}</div><div class='foot'>发表于 2010-4-18 10:25</div>")
    for html, date in ((under, "2005-05-12T21:08:00+08:00"), (over, "2010-04-18T10:25:00+08:00")):
        assert fields_of(html)["datePublished"] == date, html


def test_a_date_the_page_hides_is_not_its_date():
    """What it recognises: a time in a hidden element (an attachment's pop-up with its upload time,
    a tooltip a script shows) is none the page shows: the post is dated by the line it shows."""
    popup = "<div class='attach_popup' style='display: none'><p>下载次数:12</p><p>2010-4-18 10:21</p></div>"
    tooltip = "<span hidden>2010-4-18 10:21</span>"
    for hidden in (popup, tooltip):
        html = (f"<h1>某地开展电梯安全检查</h1><div class='post'>{hidden}<p>{PROSE}</p><p>{PROSE}</p></div>"
                "<div class='foot'>发表于 2010-4-18 10:25</div>")
        assert fields_of(html)["datePublished"] == "2010-04-18T10:25:00+08:00", html


def test_a_page_that_shows_no_date_takes_none_from_the_comments_under_it():
    """What it recognises: a section that a label opens after the article (网友评论, 读者留言): the
    dates in it are its comments', never the page's, wherever the box around them stands."""
    for label, comment in (("网友评论", "<div class='c'><span>网友小王 2024-01-02 10:11:12</span><p>说得好。</p></div>"),
                           ("读者留言", "<li>游客 于 2012-3-21 01:20 留言：<br>支持加强监管。</li>")):
        box = f"<div class='box'><h4>{label}</h4>{comment}</div>"
        for html in (f"<h1>某地开展电梯安全检查</h1><div class='post'><p>{PROSE}</p><p>{PROSE}</p></div>{box}",
                     f"<h1>某地开展电梯安全检查</h1><div class='post'><div><p>{PROSE}</p><p>{PROSE}</p></div>{box}</div>"):
            assert fields_of(html)["datePublished"] is None, (label, html)


def test_a_section_s_label_or_a_labelled_address_is_no_headline():
    """A page without title or headings is headed by the line above its first date, but not by
    the label of a comments section over that date, nor by a trackback address, nor by a rule of
    dashes (a line of no words)."""
    comments = ("<h4>网友评论</h4><div class='c'><span>网友小王 2024-01-02 10:11:12</span>"
                "<p>说得好，支持加强监管。</p></div>")
    trackback = "<div>Trackback: http://tb.example.net/TrackBack.aspx?PostId=1</div><div>发表于2005年09月07日 11:57</div>"
    rule = "<p>------------------------------</p><p>〓 发布时间 2005/03/15 22:36:13 by 某某 〓</p>"
    for after_the_post in (comments, trackback, rule):
        page = extracted(f"<div><b>春季电梯安全隐患排查记</b></div><div><p>{PROSE}</p><p>{PROSE}</p></div>{after_the_post}")
        assert page.fields["headline"] == "春季电梯安全隐患排查记"


def test_a_post_whose_lines_are_set_loose_keeps_its_heading_and_its_foot_is_its_date_line():
    """What it recognises: a post (on a page without <title>) whose text is set loose after its
    heading, broken by <br>, its foot line (发表于 date) last, as an early blog engine writes it.
    The line above the date is looked for before the date's own text, inside the post too, and not
    on the date's own line (a link beside the date); the foot line is the date line, not body."""
    side = "<div class='side'><ul><li><a href='/c/1'>程序人生</a> <a href='/c/1/rss'>(rss)</a></li></ul></div>"
    post = (f"<div class='post'><h2><a href='/p/1'>春季电梯安全隐患排查记</a></h2>{PROSE}<br>{PROSE}第二段。<br>"
            "[<a href='javascript:store()'>收藏本文</a>] 发表于 2004年12月27日 12:40 - (阅读:3727)</div>")
    fields = extracted(side + post).fields
    assert fields["headline"] == "春季电梯安全隐患排查记"
    assert fields["datePublished"] == "2004-12-27T12:40:00+08:00"
    assert fields["articleBody"].split("\n") == [PROSE, f"{PROSE}第二段。"]


def test_a_post_titled_by_a_link_to_itself_and_dated_beside_a_control_at_its_foot():
    """What it recognises: on a page without <title> or headings, a link to the page itself of a
    headline's length is its title (a blog's post title, linked to its permalink; not a link to
    a place on the page); and a date beside a control run by a script (收藏本文) is the page's, a
    control being no link to another story."""
    post = (f"<div class='post'><div class='title'><a href='{URL}'>评某某：做最好的东西？</a></div>"
            f"<div class='text'><p>{PROSE}</p><p>{PROSE}对比<a href='http://other.example.com/'>某某联络家网站</a>的目标。</p>"
            "</div><div class='foot'>[<a href='javascript:store()'>点击此处收藏本文</a>] 发表于2005年09月07日 11:57 AM</div>"
            "<a href='#comments'>我要发表评论</a></div>")
    fields = extracted(post).fields
    assert (fields["headline"], fields["datePublished"]) == ("评某某：做最好的东西？", "2005-09-07T11:57:00+08:00")


@pytest.mark.parametrize("cut, heading", [
    ("·某地开展电梯安全隐患...",
     "<td align='center'><font color='#CC0000'><b>某地开展电梯安全隐患排查整治工作</b></font></td>"),
    ("某地开展电梯安全隐患排查…", "<p align='center'><strong>某地开展电梯安全隐患排查整治工作</strong></p>"),
])
def test_a_link_to_the_page_itself_cut_short_is_a_list_s_entry_not_its_title(cut, heading):
    """What it recognises: a sidebar's latest news lists the page itself, its title cut short (…);
    that entry is no title. The title is the line set as one over the text (an early company
    site's <font><b>, a centred <strong>), under a <title> naming only the site and the column."""
    side = ("<div class='side'>" + "".join(f"<a href='/news_view.asp?id={n}'>其他新闻标题第{n}条...</a><br>"
                                            for n in range(3)) + f"<a href='{URL}'>{cut}</a></div>")
    fields = fields_of(f"<table><tr><td>{side}</td><td><table><tr>{heading}</tr>"
                       f"<tr><td>发布时间：2007-9-18 14:22:05</td></tr><tr><td>{PROSE}<br>{PROSE}</td></tr></table>"
                       "</td></tr></table>", title="某某有限公司--新闻动态")
    assert fields["headline"] == "某地开展电梯安全隐患排查整治工作"


@pytest.mark.parametrize("hidden", ["style='display:none;'", "hidden"])
def test_the_headline_the_page_shows_is_read_before_a_copy_it_hides(hidden):
    """What it recognises: a comment box the page hides until asked repeats the title in a heading
    before the one shown (a WeChat post's); the date line is the shown heading's neighbour."""
    box = f"<div class='discuss' {hidden}><h2>某地开展电梯安全检查</h2><textarea></textarea></div>"
    fields = fields_of(f"{box}<div class='post'><h2>某地开展电梯安全检查</h2><div class='meta'><em>2016-10-23</em> "
                       f"<span>某某生活圈</span></div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert (fields["headline"], fields["datePublished"]) == ("某地开展电梯安全检查", "2016-10-23T00:00:00+08:00")
    assert fields["articleBody"].split("\n") == [PROSE, PROSE]


def test_a_poster_s_line_right_after_the_post_s_text_dates_it():
    """What it recognises: an early forum's message (its paragraphs opened by <p> and never closed)
    shows its poster's line (本贴由X于…在〖board〗发表) right after the text's element, nothing said
    between them; the board's link in it is no other story's."""
    board = "<a href='http://bbs.example.cn/107245'>心灵体操（在线心理咨询）</a>"
    line = f"<p><center>本贴由<b>大卫</b>于2005年8月12日16:12:21在〖{board}〗发表.</center>"
    statement = ("<table><tr><td>郑 重 声 明</td></tr><tr><td>1. 任何言论纯属作者个人观点，与本站无关；</td></tr>"
                 "<tr><td>2. 禁止发表违反国家法律、法规的言论、信息；</td></tr>"
                 "<tr><td>3. 禁止利用本论坛进行赌博、非法买卖等违法行为，违者后果自负；</td></tr></table>")
    post = (f"<font color='#000066'><center><h3>某地开展电梯安全检查</h3></center><center>[ <a href='/reply'>回复本贴</a> ]"
            f"</center><center><table width='95%'><tr><td><font color='#000066'>\n<hr size=1>\n{'<p>'.join([PROSE] * 12)}\n"
            f"<p><br>\n{line}\n<hr size=1>\n{statement}</td></tr></table></center>")
    fields = fields_of(post, title="某地开展电梯安全检查")
    assert fields["datePublished"] == "2005-08-12T16:12:21+08:00"


def test_a_long_post_s_foot_line_dates_it_and_its_name_is_the_poster_s():
    """What it recognises: the lines after the body are looked for after it, however many elements
    the body holds; on a post's foot line after the body (posted @ date name 阅读(N)), the name after
    the date is its poster's, no source."""
    paragraphs = "".join(f"<p><span>{PROSE}</span><strong>第{n}段。</strong></p>" for n in range(20))
    fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='post'>{paragraphs}</div>"
                       "<div class='foot'>posted @ 2024-05-09 14:45 好看的某某 阅读(430) 评论(2)</div>")
    assert (fields["datePublished"], fields["source"]) == ("2024-05-09T14:45:00+08:00", None)


def test_a_date_line_under_a_widget_of_empty_boxes_after_the_body_dates_it():
    """What it recognises: the lines after the body are counted by the lines of text they show, not
    by their elements: a blog's follow-and-like box, a news page's row of share icons, many boxes
    and icons with a few words, stand between the text and its date line below it."""
    paragraphs = "".join(f"<p><span>{PROSE}</span><strong>第{n}段。</strong></p>" for n in range(20))
    icons = "".join(f"<a href='/share/{n}'><i class='icon-{n}'></i></a>" for n in range(30))
    for widget in ("<div class='info'><div><div><a href='/u'><img src='/a.png'></a></div>" + "<div><span></span></div>" * 12
                   + "<div>关注我</div><div>收藏该文</div></div></div>", f"<div class='share'>分享到：{icons}</div>"):
        fields = fields_of(f"<div class='post'><h1>某地开展电梯安全检查</h1><div class='text'>{paragraphs}</div>"
                           f"{widget}<div class='foot'>posted @ 2024-05-09 14:45 某某 阅读(430)</div></div>")
        assert fields["datePublished"] == "2024-05-09T14:45:00+08:00", widget


def test_the_metadata_of_journals_and_portals_declares_the_time_too():
    """What it recognises: a <meta> named for the publication time in another vocabulary than Open
    Graph's, where no date line shows: a journal's Highwire Press citation_date (with Dublin Core's
    beside it), a portal's plain publishdate. A <meta> of another time (its update) does not date it."""
    for declared, date in (("<meta name='citation_date' content='2018-08-23'><meta name='dc.date' content='2018-08-23'>",
                            "2018-08-23T00:00:00+08:00"),
                           ("<meta name='publishdate' content=' 2024-05-20 12:03:10'>", "2024-05-20T12:03:10+08:00")):
        result = extract_article(f"<html><head><title>某地开展电梯安全检查</title>{declared}</head><body>"
                                 f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div></body></html>".encode(), URL)
        assert result.fields["datePublished"] == date, declared
    updated = extract_article(f"<html><head><meta name='dateUpdate' content='2024-05-21'></head><body>"
                              f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div></body></html>".encode(), URL)
    assert updated.fields["datePublished"] is None


def test_a_position_line_with_slashes():
    fields = fields_of("<div class='crumb'>您的位置：<a href='/'>首页</a> / <a href='/zj/'>质检</a> / 正文</div>"
                       f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div>")
    assert [crumb["name"] for crumb in fields["breadcrumbs"]] == ["首页", "质检", "正文"]


def test_an_address_of_no_web_page_is_no_url_of_the_item():
    """What it recognises: a name of the position line whose link leads to no page (an address to
    write to, a script's action) is a crumb with no URL, a canonical link to one is no canonical URL,
    and a picture at one is no picture: the contract's URLs are web pages' and files' (http, https)."""
    fields = fields_of("<div class='crumb'>您当前位置：<a href='/'>首页</a> &gt; <a href='mailto:news@example.cn'>投稿</a>"
                       " &gt; <a href='javascript:void(0)'>正文</a></div>"
                       f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div>")
    assert fields["breadcrumbs"] == [{"name": "首页", "url": "https://news.example.cn/"}, {"name": "投稿", "url": None},
                                     {"name": "正文", "url": None}]
    for scheme in ("mailto:news@example.cn", "javascript:;", "tel:96333"):
        result = extract_article(f"<html><head><title>某地开展电梯安全检查_某某网</title><link rel='canonical' href='{scheme}'>"
                                 f"</head><body><h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><img src='{scheme}'>"
                                 f"<p>{PROSE}</p></div></body></html>".encode(), URL)
        assert (result.fields["canonicalUrl"], result.fields["images"]) == (None, []), scheme


def test_without_a_position_line_the_menu_s_marked_section_is_the_breadcrumb():
    """What it recognises: a link of a menu above the title that the page marks as its own (a class
    saying so on it or its list item, or aria-current), leading to a section: a mobile header's
    channel row (a.cur), a desktop redesign's nav list (li.on, aria-current). A marked home link, or
    a marked tab below the title (comments: 最新), is none; a position line, where there is one, wins."""
    article = f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div>"
    mobile = ("<div class='channels'><a href='/'>推荐</a><a href='/ms/node_1.htm' class='cur'>消费</a>"
              "<a href='/zj/'>监管</a></div>")
    nav = "<ul><li><a href='/'>首页</a></li><li class='on'><a href='/auto/'>汽车</a></li><li><a href='/ms/'>消费</a></li></ul>"
    aria = "<nav><a href='/'>首页</a><a href='/auto/' aria-current='page'>汽车</a><a href='/ms/'>消费</a></nav>"
    for menu, section, href in ((mobile, "消费", "/ms/node_1.htm"), (nav, "汽车", "/auto/"), (aria, "汽车", "/auto/")):
        assert fields_of(menu + article)["breadcrumbs"] == [{"name": section, "url": f"https://news.example.cn{href}"}], menu
    home = ("<ul><li class='active'><a href='/'>首页</a></li><li><a href='/auto/'>汽车</a></li>"
            "<li><a href='/ms/'>消费</a></li></ul>")
    tabs = ("<ul><li class='active'><a href='/c/new'>最新</a></li><li><a href='/c/hot'>最热</a></li>"
            "<li><a href='/c/all'>全部</a></li></ul>")
    assert fields_of(home + article)["breadcrumbs"] == []
    assert fields_of(article + tabs)["breadcrumbs"] == []
    position = "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/ms/'>消费</a></div>"
    assert [crumb["name"] for crumb in fields_of(nav + position + article)["breadcrumbs"]] == ["首页", "消费"]


def test_nul_characters_are_no_text():
    result = extract_article(f"<html><head><title>标题</title></head><body><h1>标题</h1><p>{PROSE}\x00</p></body></html>"
                             .encode(), URL)
    assert "\ufffd" not in result.fields["articleBody"] and "\x00" not in result.fields["articleBody"]


def extracted(html: str) -> Extraction:
    result = extract_article(html.encode(), URL)
    assert isinstance(result, Extraction), result
    return result


def test_a_headline_the_page_shows_is_the_page_s():
    result = extracted(f"<title>某地开展电梯安全检查_某某网</title><h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p></div>")
    assert (result.fields["headline"], result.headline_source) == ("某地开展电梯安全检查", "page")


def test_a_page_showing_no_headline_takes_its_sharing_title_then_its_title_without_the_site_name():
    """A blog page, a news page: no heading the title names; og:title first, then <title>'s first part."""
    shared = extracted('<meta property="og:title" content="春季电梯安全隐患排查 | 某某博客">'
                       f"<title>某某博客</title><div><p>{PROSE}</p></div>")
    assert (shared.fields["headline"], shared.headline_source) == ("春季电梯安全隐患排查", "og:title")
    titled = extracted(f"<title>春季电梯安全隐患排查_某某新闻网</title><div><p>{PROSE}</p></div>")
    assert (titled.fields["headline"], titled.headline_source) == ("春季电梯安全隐患排查", "title")


def test_a_heading_either_title_names_comes_before_text_the_title_holds():
    """What it recognises: a heading named by the title given for sharing (og:title) is the headline,
    before a line elsewhere whose text the <title> holds. A wiki entry (a three-character name in
    h1, its description beside it and in the <title>'s brackets), a news page whose <title> names
    its topic (a line of the page shows it) and whose og:title names its h1."""
    entry = extracted("<title>云溪镇（湖南省怀安县下辖镇）_某某百科</title><meta property='og:title' content='云溪镇_某某百科'>"
                      "<div class='lemmaTitle'><h1>云溪镇</h1><div class='lemmaDesc'>湖南省怀安县下辖镇</div></div>"
                      f"<div class='para'><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert entry.fields["headline"] == "云溪镇"
    topic = extracted("<title>【专题】电梯安全大检查 | 某某网</title><meta property='og:title' content='某地开展电梯安全检查'>"
                      "<div class='topic'><span>电梯安全大检查</span></div><h1>某地开展电梯安全检查</h1>"
                      f"<div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert topic.fields["headline"] == "某地开展电梯安全检查"


def test_a_control_right_above_the_date_is_no_headline():
    """What it recognises: a line all of it a link that runs a script (javascript:) is a control, not a
    title, though it stands right above the date; and a title given for sharing (og:title) is the
    page's word for its headline, over a line guessed by its place. An app's share page (an 打开APP
    banner over the author's line), a blog's 收藏本文 button between the post's title and its date; nor
    is a widget's words (a bureau's font-size switch, 字号：大 中 小) between a title and the text, nor a
    list's pager counting its records (共12条留言 每页10条 …)."""
    banner = ("<div class='open-app'><div class='slogan'>某某新闻客户端<br>看某某 更懂家乡</div>"
              "<a class='btn' href='javascript:;'>打开APP</a></div>")
    shared = extracted("<meta property='og:title' content='在武夷山茶山上，90后茶农的第五个春天'><title>某某新闻</title>"
                       f"{banner}<div class='author'><span>某某记者</span><span>2024-04-16 10:22</span></div>"
                       f"<div><p>{PROSE}</p></div>")
    assert (shared.fields["headline"], shared.headline_source) == ("在武夷山茶山上，90后茶农的第五个春天", "og:title")
    blog = extracted("<title>某某的博客</title><div><b>春季电梯安全隐患排查记</b></div>"
                     "<div><a href='JavaScript:void(0)' onclick='fav()'>收藏这篇博文</a></div>"
                     f"<div>2024-04-16 10:22</div><div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert blog.fields["headline"] == "春季电梯安全隐患排查记"
    switch = ("<div class='zh'>字号：<a href='javascript:fontZoom(18)'>大</a> <a href='javascript:fontZoom(16)'>中</a> "
              "<a href='javascript:fontZoom(14)'>小</a></div>")
    bureau = extracted("<title>某某区市场监督管理局</title><div class='logo'><a href='/'>某某区市场监督管理局</a></div>"
                       f"<div class='tit'>区市场监管局查处一起销售不合格电线电缆案</div>{switch}"
                       f"<div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert bureau.fields["headline"] == "区市场监管局查处一起销售不合格电线电缆案"
    pager = "<div class='pager'>共12条留言 每页10条 页次：1/2 首页 上一页 <a href='?page=2'>下一页</a></div>"
    board = extracted("<title>某某区市场监督管理局</title><div class='tit'>区市场监管局查处一起销售不合格电线电缆案</div>"
                      f"{pager}<div>2024-04-16 10:22</div><div>{f'<p>{PROSE}</p>' * 8}</div>")
    assert board.fields["headline"] == "区市场监管局查处一起销售不合格电线电缆案"


def test_a_page_without_title_or_headings_is_an_article_headed_by_the_line_above_its_body():
    """A blog post with no <title> and no h1-h3, its title a bold line; a forum post's a table cell."""
    blog = extracted("<div class='nav'><a href='/'>首页</a></div><div><b>春季电梯安全隐患排查记</b></div>"
                     f"<div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert (blog.fields["headline"], blog.headline_source) == ("春季电梯安全隐患排查记", "above body")
    forum = extracted("<table><tr><td>老小区加装电梯的质量问题</td></tr>"
                      f"<tr><td><div>{PROSE}</div></td></tr></table>")
    assert (forum.fields["headline"], forum.headline_source) == ("老小区加装电梯的质量问题", "above body")


def test_a_page_showing_its_title_only_over_its_text_is_headed_by_its_body_s_first_line():
    """What it recognises: with no <title>, no heading and no line above the body, the body's first
    line is its title where it reads as one (short, no sentence's end, no date): an early page's
    centred line over its text, or a CMS's bold one; it is then no line of the body. Headings that
    introduce what follows them (they end with a colon: a form's label) or are the site's notice
    (All rights reserved ...) are no titles."""
    labels = ("<h3>欢迎加入本站邮件列表，您将得到最新更新邮件。请在表格中填入您的邮件地址：</h3>"
              "<h3>All rights reserved 联系版主：editor@example.cn</h3>")
    # Centred too, the line is set as a title by type (`test_a_line_set_as_a_title_by_type_at_the_text_heads_it`).
    for title, source in (("<p align='center'><b>飞行物理学常识</b></p>", "page"),
                          ("<div style='font-weight: bold'>飞行物理学常识</div>", "body's first line")):
        for headings in ("", labels):
            page = extracted(f"<table><tr><td>{title}<p>{PROSE}</p><p>{PROSE}第二段。</p></td></tr></table>{headings}")
            assert (page.fields["headline"], page.headline_source) == ("飞行物理学常识", source), (title, headings)
            assert page.fields["articleBody"].split("\n") == [PROSE, f"{PROSE}第二段。"]


def test_a_subtitle_right_above_the_date_line_is_under_its_title():
    """What it recognises: where no title names the headline and the line right above the date
    line is a heading, a heading of a higher level before it in its box is the title and the
    line its subtitle (a 副题): a news portal's h1 over h2, a mobile page's h2 over h3."""
    for title, subtitle in (("h1", "h2"), ("h2", "h3")):
        box = (f"<div class='hd'><{title}>市场监管总局抽查儿童安全座椅</{title}><{subtitle}>不合格项目集中在动态试验"
               f"</{subtitle}><p class='meta'>2026-03-02 09:47:15 来源：市场监管总局</p></div>")
        fields = fields_of(f"{box}<div><p>{PROSE}</p><p>{PROSE}</p></div>", title="某某网")
        assert fields["headline"] == "市场监管总局抽查儿童安全座椅", title
        assert fields["alternativeHeadline"] == "不合格项目集中在动态试验", title


def test_a_title_too_short_for_a_headline_is_the_last_resort():
    """What it recognises: a <title> shorter than a headline (a CMS's 显示, a page number) gives way
    to the line over the text, and a byline (作者：X) is no title; where nothing else reads as a
    title, the short one is still the headline rather than none."""
    essay = (f"<div><p>比赛革命的革命</p><p>胡平</p><p>{PROSE}</p><p>{PROSE}第二段。</p></div>")
    page = extracted(f"<title>显示</title>{essay}")
    assert (page.fields["headline"], page.headline_source) == ("比赛革命的革命", "body's first line")
    bylined = extracted(f"<title>1</title><div><p>02日14:25 作者： 赵某 出自[某某出版社]</p></div><div><p>{PROSE}</p></div>")
    assert (bylined.fields["headline"], bylined.headline_source) == ("1", "title")


def test_a_line_that_leads_away_a_row_of_controls_or_a_position_line_is_no_title():
    """What it recognises: where no title names the headline, the line above the date line that is
    all a link to another page (an account's name on a self-media platform, a poster's name on a
    forum), a menu whose links stand between separators (首 页 | 民生新闻 on a TV station's page, a
    bulleted link in a blog's sidebar), a row of bracketed controls (【打印】【关闭】) or a position line
    (论坛 » 版块) is no title; the title above it is."""
    over_the_date = ("<div class='account'><a href='/gov_98123'>上海市场监管</a></div>",
                     "<p><a href='/'>首 页</a> | <a href='/news/'>民生新闻</a> | <a href='/tips/'>消费提示</a></p>",
                     "<p>&#8226;&nbsp;<a href='/blog/26794'>档案再保存之二</a></p>",
                     "<p>【<a href='javascript:print()'>打印</a>】【<a href='javascript:close()'>关闭</a>】</p>",
                     "<p>某某论坛 » 学术前沿 » 社会资本与再就业</p>")
    for line in over_the_date:
        html = (f"<h1>上海启动春季校园食品安全专项检查</h1><div>{line}<span>2024-03-14 17:45</span></div>"
                f"<div><p>{PROSE}</p><p>{PROSE}</p></div>")
        assert fields_of(html, title="某某新闻网")["headline"] == "上海启动春季校园食品安全专项检查", line


def test_a_column_s_name_the_position_line_links_is_no_headline():
    """What it recognises: a name the position line links, shown in a box of its own, is the
    column's, not the story's, though the <title> (the site's and the column's names) names it: a
    company site's sidebar box 新闻动态 (a table layout), a bureau's column heading (h2, divs). The
    line over the date is the headline."""
    story = ("<div class='title'>我公司顺利通过生态纺织品认证年度复审</div><div class='info'>添加时间：2025-1-8 15:32:10</div>"
             f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>")
    crumbs = "<div>您的位置：<a href='/'>首页</a> &gt; <a href='/news'>新闻动态</a> &gt; 公司新闻</div>"
    company = (f"<table><tr><td><span>新闻动态</span><br><a href='/news?sort=1'>公司新闻</a></td>"
               f"<td>{crumbs}{story}</td></tr></table>")
    side = "<div class='side'><h2>新闻动态</h2><ul><li><a href='/news/1'>工作动态</a></li></ul></div>"
    bureau = f"{side}<div class='main'>{crumbs}{story}</div>"
    for html in (company, bureau):
        assert fields_of(html, title="某某纺织有限公司--新闻动态")["headline"] == "我公司顺利通过生态纺织品认证年度复审", html


def test_a_title_naming_the_position_line_s_column_names_no_story_nor_does_a_labelled_date_line():
    """What it recognises: an ASP.NET site titles every page with its column's name (最新消息 - 某某协会),
    a name the position line links: no story's title. Nor is the line over the text labelled as
    its date line (发布日期：, 点阅次数：), though its date is written in a way not read (99-08-16, in
    Taiwan's years). The headline is the line over them."""
    crumbs = "<div>目前位置：<a href='/'>首页</a> &gt; <a href='/news/list.aspx'>最新消息</a></div>"
    html = (f"{crumbs}<table><tr><th>本会举办实验室质量管理体系研习课程圆满落幕</th></tr>"
            "<tr><td>发布日期：99-08-16 发布单位：秘书处 点阅次数：487</td></tr>"
            f"<tr><td><p>{PROSE}</p><p>{PROSE}</p></td></tr></table>")
    assert fields_of(html, title="最新消息 - 某某协会")["headline"] == "本会举办实验室质量管理体系研习课程圆满落幕"


def test_a_bold_name_that_only_opens_the_title_is_no_headline_shown():
    """What it recognises: a game's card under the date line names the game in bold (萌宠大冒险), the
    first words of the <title>, which words the heading otherwise (《萌宠大冒险》…全关卡三星攻略 against
    萌宠大冒险第三章迷雾森林三星攻略): less than half the title's headline is no title shown, and the
    heading over the date line is the headline."""
    card = ("<div class='game'><img src='/g.png' alt='萌宠大冒险'><p><strong>萌宠大冒险</strong> 类型：休闲益智 大小：38.6M</p>"
            "<p><a href='/android/3318.html'>安卓下载</a></p></div>")
    html = (f"<div class='box'><h1>《萌宠大冒险》第三章“迷雾森林”全关卡三星攻略</h1>"
            f"<div class='info'>时间：2012-11-05 10:24</div>{card}<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>")
    fields = fields_of(html, title="萌宠大冒险第三章迷雾森林三星攻略_萌宠大冒险攻略_某某手游网")
    assert fields["headline"] == "《萌宠大冒险》第三章“迷雾森林”全关卡三星攻略"


def test_a_heading_that_holds_its_date_line_after_a_line_break_is_the_headline_and_the_line_its_date():
    """What it recognises: a heading's lines from a line break on that show a date are its date line,
    set inside it (a CMS's h1 with the time, the source and counters filled by a script, which ends
    with a label: 点击：), not its words. A portal's h1 with a <span>, a government site's h2 with a
    <font>; the sentences of the text name the title's words again (林志远：) and head nothing. Where
    the page's title names nothing (empty, a template's placeholder left unfilled), the heading is
    still the headline by the words it shows before its date line."""
    body = f"<div class='content'><p><strong>林志远：</strong>{PROSE}</p><p>{PROSE}第二段。</p></div>"
    portal = ("<h1>专访质检处处长林志远：让抽检数据说话<br><span>2025-06-09 15:20:11 来源：本站原创 评论：0 点击："
              f"</span></h1>{body}")
    government = ("<table><tr><td><h2>专访质检处处长林志远：让抽检数据说话<br><font size=2>发布时间：2025年6月9日 "
                  f"浏览次数：</font></h2></td></tr><tr><td>{body}</td></tr></table>")
    for title in ("专访质检处处长林志远：让抽检数据说话 - 专访 - 某某网", "", "%s"):
        for page in (portal, government):
            fields = fields_of(page, title)
            assert fields["headline"] == "专访质检处处长林志远：让抽检数据说话", (title, page)
            assert fields["datePublished"].startswith("2025-06-09")


def test_a_link_to_the_script_serving_every_page_is_no_link_home():
    """What it recognises: where one script serves every page (a CMS's index.php?m=content&a=show&id=268),
    a link to it with a query is a link to a page, not to the home page: the page's own title in a
    sidebar's list of popular stories, linked so, names no site, and the heading showing it is the
    headline, its date line inside it."""
    url = "http://www.example.org.cn/index.php?m=content&c=index&a=show&catid=12&id=268"
    hot = "".join(f"<li><a href='http://www.example.org.cn/index.php?m=content&c=index&a=show&catid=12&id={260 + n}'>"
                  f"公证办理指南第{n}问</a></li>" for n in range(8))
    hot += "<li><a href='http://www.example.org.cn/index.php?m=content&c=index&a=show&catid=12&id=268'>办理继承公证需要准备哪些材料？</a></li>"
    text = "".join(f"<p>{PROSE}第{n}段。</p>" for n in range(8))
    body = (f"<div class='logo'><a href='http://www.example.org.cn/'><img alt='某某公证协会'></a></div>"
            f"<h1>办理继承公证需要准备哪些材料？<br><span>2012-05-09 15:32:10 来源：协会秘书处 点击：</span></h1>"
            f"<div class='content'>{text}</div><div class='side'><h3>热门文章</h3><ul>{hot}</ul></div>")
    title = "办理继承公证需要准备哪些材料？ - 办证指南 - 某某公证协会"
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    result = extract_article(html.encode(), url)
    assert isinstance(result, Extraction)
    assert result.fields["headline"] == "办理继承公证需要准备哪些材料？"
    assert result.fields["datePublished"].startswith("2012-05-09T15:32")


def test_a_title_that_is_only_the_site_s_name_names_no_story():
    """An early site gives every page its own name as the <title>. Where the page shows that name
    as its site's (og:site_name, a government site's SiteName by the national standard of its pages'
    metadata, a home link's logo, the copyright line), neither the title nor a
    heading or line showing the same words is the headline: the line over the text is."""
    story = f"<div>免费体检送鸡蛋 老人花万元买回神药</div><div><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
    namings = {"og:site_name": ("<meta property='og:site_name' content='某某电视台'>", ""),
               "SiteName": ("<meta name='SiteName' content='某某电视台'>", ""),
               "logo": ("", "<div><a href='/'><img src='/logo.gif' alt='某某电视台'></a><a href='/news/'>新闻</a></div>"),
               "copyright": ("", "<div class='foot'>版权所有：某某电视台 备案号：豫ICP备05001234号</div>")}
    for shown_name in ("", "<h1>某某电视台</h1>", "<div><b>某某电视台</b> <a href='/news/'>新闻</a></div>"):
        for naming, (meta, furniture) in namings.items():
            page = (f"<html><head><title>某某电视台</title>{meta}</head>"
                    f"<body>{shown_name}{story}{furniture}</body></html>")
            result = extract_article(page.encode(), URL)
            assert isinstance(result, Extraction), (naming, shown_name)
            assert result.fields["headline"] == "免费体检送鸡蛋 老人花万元买回神药", (naming, shown_name)
    titled = f"<html><head><title>免费体检送鸡蛋 老人花万元买回神药_某某电视台</title></head><body>{story}</body></html>"
    result = extract_article(titled.encode(), URL)
    assert isinstance(result, Extraction) and result.fields["headline"] == "免费体检送鸡蛋 老人花万元买回神药"


def test_a_heading_showing_a_later_part_of_the_title_gives_way_to_the_line_showing_its_first():
    """A heading may show the column's name the title carries after the story's (a mobile forum's
    header bar over a thread's title in a <div>; a portal's channel banner over a story's title in
    bold): the line showing the title's first part is the headline. A heading showing the first
    part stays the headline, whatever longer part a line shows (a wiki's tagline), and so does one
    showing the story's title a title puts last, after the site's name a line shows (a bureau's)."""
    story = f"<div class='info'>2024-05-01 10:20</div><div class='message'><p>{PROSE}</p><p>{PROSE}</p></div>"
    forum = ("<header><a href='javascript:history.back()'>返回</a><h1>消费维权</h1><a href='/'>首页</a></header>"
             f"<div class='tt'>买到翻新手机商家拒不退款怎么办</div>{story}")
    portal = (f"<div class='channel'><h2>消费维权</h2></div>"
              f"<div><font size='5'><b>买到翻新手机商家拒不退款怎么办</b></font></div>{story}")
    for html in (forum, portal):
        assert fields_of(html, title="买到翻新手机商家拒不退款怎么办 - 消费维权 - 某某论坛")["headline"] == \
            "买到翻新手机商家拒不退款怎么办", html
    wiki = f"<div>某某网，消费者的百科全书</div><h1>翻新手机</h1>{story}"
    assert fields_of(wiki, title="翻新手机 - 某某网，消费者的百科全书")["headline"] == "翻新手机"
    bureau = f"<div class='logo'>某某市市场监督管理局</div><h1>我局开展电梯安全专项检查</h1>{story}"
    site_first = "某某市市场监督管理局_工作动态_我局开展电梯安全专项检查"
    assert fields_of(bureau, title=site_first)["headline"] == "我局开展电梯安全专项检查"



@pytest.mark.parametrize("tag", ["<em>[求助]</em>", "【求助】", "<a href='/forum?type=7'>[求助]</a> "])
def test_a_category_tag_before_the_title_a_page_shows_is_no_part_of_the_headline(tag):
    """A forum shows a thread's category tag before its title ([求助] 标题), in an element of its own
    or not, where its <title> holds the title alone: the headline is the title, in a <div> under a
    header bar naming the board or in a heading."""
    story = f"<div class='info'>2024-05-01 10:20</div><div class='message'><p>{PROSE}</p><p>{PROSE}</p></div>"
    title = "买到翻新手机商家拒不退款怎么办 - 消费维权 - 某某论坛"
    in_a_div = f"<header><h2>消费维权</h2></header><div class='tt'>{tag}买到翻新手机商家拒不退款怎么办</div>{story}"
    in_a_heading = f"<h1>{tag}买到翻新手机商家拒不退款怎么办</h1>{story}"
    for html in (in_a_div, in_a_heading):
        assert fields_of(html, title=title)["headline"] == "买到翻新手机商家拒不退款怎么办", html

@pytest.mark.parametrize("box", ["h1", "div class='bt'", "td class='title'"])
def test_a_title_set_on_two_lines_is_its_words_a_space_apart(box):
    """What it recognises: a title broken over two lines by a line break (an association's <div
    class="bt">, an old portal's cell, a heading), which its <title> writes a space apart: the
    headline is the two lines a space apart; where the <title> writes them as one, one. A date line
    set under the title in the same box stays out of it."""
    tag = box.split()[0]
    story = f"<div class='sj'>发布时间：2012-07-20 来源：本会</div><div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"
    heading = f"<{box}>某地开展电梯安全检查<br />三百台电梯限期整改</{tag}>"
    if tag == "td":
        heading, story = f"<table><tr>{heading}</tr></table>", story
    title = "某地开展电梯安全检查 三百台电梯限期整改-某某协会"
    assert fields_of(heading + story, title=title)["headline"] == "某地开展电梯安全检查 三百台电梯限期整改"
    # A bureau's notice broken mid-phrase (关于2012年第二季度<br>流通领域…), its <title> unbroken: no space.
    assert fields_of(heading + story, title="某地开展电梯安全检查三百台电梯限期整改")["headline"] == \
        "某地开展电梯安全检查三百台电梯限期整改"
    dated = f"<{box}>某地开展电梯安全检查 三百台电梯限期整改<br />2024-05-01 10:20 来源：某某网</{tag}>"
    if tag == "td":
        dated = f"<table><tr>{dated}</tr></table>"
    assert fields_of(dated + story, title=title)["headline"] == "某地开展电梯安全检查 三百台电梯限期整改"


def test_a_badge_the_heading_opens_with_in_an_element_of_its_own_is_no_part_of_the_headline():
    """What it recognises: a heading that opens with a badge of a few words in an inline element of
    its own (a portal's <span>原创</span>, a self-media page's <em>独家</em>) before the title the
    page's <title> names: the badge is no part of the headline. A title whose first word the
    <title> holds too keeps it."""
    story = f"<div class='info'>2024-05-01 10:20</div><div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"
    for heading in ("<h1><span class='tag'>原创</span>某地开展电梯安全检查</h1>",
                    "<h2><em>独家</em> 某地开展电梯安全检查</h2>"):
        assert fields_of(heading + story)["headline"] == "某地开展电梯安全检查", heading
    kept = "<h1><span>某地</span>开展电梯安全检查</h1>"
    assert fields_of(kept + story)["headline"] == "某地开展电梯安全检查"


def test_a_category_tag_linked_to_its_list_before_the_title_is_no_part_of_the_headline():
    """What it recognises: a heading that opens with a category tag as a link of its own (to the
    board's threads of that type, the column's stories of that kind), the title after it: the tag
    is no part of the headline, though the page's <title> repeats it (a Discuz X thread, a portal's
    column). A bracketed word inside a title's text stays, and so does a tag the poster wrote in the
    subject after the linked one ([避雷]【避雷】标题, the <title> naming 【避雷】标题)."""
    story = f"<div class='info'>2024-05-01 10:20</div><div class='message'><p>{PROSE}</p><p>{PROSE}</p></div>"
    for tag, heading in (("[经验分享]", "<h1><a href='forum.php?mod=forumdisplay&amp;typeid=12'>[经验分享]</a> "
                                         "<span id='subject'>买到翻新手机商家拒不退款怎么办</span></h1>"),
                         ("【原创】", "<h2><a href='/list/tag/5.html'>【原创】</a>买到翻新手机商家拒不退款怎么办</h2>")):
        title = f"{tag} 买到翻新手机商家拒不退款怎么办 - 消费维权 - 某某论坛"
        assert fields_of(heading + story, title=title)["headline"] == "买到翻新手机商家拒不退款怎么办", heading
    kept = "<h1>【原创】买到翻新手机商家拒不退款怎么办</h1>"
    assert fields_of(kept + story, title="【原创】买到翻新手机商家拒不退款怎么办 - 某某论坛")["headline"] == \
        "【原创】买到翻新手机商家拒不退款怎么办"
    posters = ("<h1><a href='forum.php?mod=forumdisplay&amp;typeid=12'>[避雷]</a>\n"
               "<span id='thread_subject'>【避雷】买到翻新手机商家拒不退款怎么办</span></h1>")
    assert fields_of(posters + story, title="【避雷】买到翻新手机商家拒不退款怎么办 - 消费维权 - 某某论坛")["headline"] == \
        "【避雷】买到翻新手机商家拒不退款怎么办"


def test_a_line_labelled_as_the_subject_is_the_headline_without_its_label():
    """What it recognises: a line opening with a subject's label (主题：, 标 题:) names the thread's
    title, shown as a field rather than as a heading, and the label is no part of it: in a heading
    the page's title names, and in a table cell where the title names only the forum (over another
    line it shows, the board's name). A reply form's labelled field (标题：<input>) is none."""
    story = (f"<div class='info'>作者：网友甲 时间：2005-08-22 19:13:18</div>"
             f"<div class='message'><p>{PROSE}</p><p>{PROSE}</p></div>")
    subject = "你知道导游为什么那么热衷于让你去商场购物吗？"
    in_a_heading = f"<h1>主题：{subject}</h1>{story}"
    assert fields_of(in_a_heading, title=f"{subject}_消费维权_某某社区")["headline"] == subject
    form = "<form action='/reply'>标题：<input name='title'> <textarea name='body'></textarea></form>"
    in_a_cell = (f"<div class='crumbs'>首页 &gt; <font>某某论坛</font></div><table><tr><td><img src='/face.gif'></td>"
                 f"<td class='large'><b>主题：</b> {subject} </td></tr></table>{story}{form}")
    assert fields_of(in_a_cell, title="某某网 - 某某论坛 :: null")["headline"] == subject


def test_the_title_line_of_a_page_its_title_does_not_name_is_the_one_over_its_text_s_date():
    """Where the <title> names no line (a blog's name, a site's), the headline is the line over
    the date that opens the text, not the line over the page's first date: a blog's archive in the
    sidebar before the post, a portal's dated news column before the story."""
    text = f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"
    archive = "".join(f"<li>• <a href='/a/{n}'>档案再保存{n}</a> 2005-03-0{n}</li>" for n in range(1, 6))
    blog = (f"<div class='side'><h2>博客导读</h2><ul>{archive}</ul></div><div class='post'>"
            f"<div class='t'>昨天去金矿玩 (图)</div><div class='d'>2005-03-21 01:20:44</div><div class='c'>{text}</div></div>")
    news = "".join(f"<tr><td><a href='/n/{n}'>关于开展第{n}批检查的通知</a></td><td>2024-05-0{n}</td></tr>"
                   for n in range(1, 6))
    portal = (f"<table><tr><td><table>{news}</table></td><td><table><tr><td class='bt'>我市开展电梯安全专项检查</td></tr>"
              f"<tr><td>2024-05-20 来源：某某日报</td></tr><tr><td>{text}</td></tr></table></td></tr></table>")
    for html, headline in ((blog, "昨天去金矿玩 (图)"), (portal, "我市开展电梯安全专项检查")):
        assert fields_of(html, title="海边的博客 | blog.example.com")["headline"] == headline, html


def test_a_date_line_the_body_s_element_opens_with_is_the_date_line():
    """A government site's content box opening with 来源：X 作者：Y 发布时间：..., a company site's
    table cell with 作者：Y 来源：X and the day, before the text: the line is the date line (its
    date, source and author read, none of it body). A notice's fact (会议时间：...) and a first
    sentence that opens with a date stay the body's, and date nothing."""
    text = f"<p>第一段。{PROSE}</p><p>{PROSE}</p>"
    date_line = "<p>来源：某某日报 作者：张三 发布时间：2024-05-20</p>"
    bureau = f"<h1>某地开展电梯安全检查</h1><div class='content'>{date_line}{text}</div>"
    company = (f"<table><tr><td><b>某地开展电梯安全检查</b></td></tr><tr><td><div>作者：张三 来源：某某日报 2024-05-20</div>"
               f"{text}</td></tr></table>")
    for html in (bureau, company):
        fields = fields_of(html, title="某地开展电梯安全检查_某某网")
        assert fields["datePublished"] == "2024-05-20T00:00:00+08:00", html
        assert (fields["source"], [author["name"] for author in fields["authors"]]) == ("某某日报", ["张三"]), html
        assert fields["articleBody"].startswith("第一段。"), html
    for opening in ("<p>会议时间：2024年5月25日上午9:00</p>", "<p>2024年5月20日，某地市场监管局召开电梯安全工作会议</p>"):
        fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='content'>{opening}{text}</div>")
        assert fields["datePublished"] is None and not fields["articleBody"].startswith("第一段。"), opening


def test_a_line_the_body_s_element_opens_with_its_date_and_counters_marked_by_icons_is_the_date_line():
    """A blog theme's meta line inside the post's box, before its text: the day, then the comments,
    views and reading time, each marked by an icon alone (2024年5月20日 6 2,318 约4分钟). It dates the
    post and is none of its text."""
    meta = ("<div class='meta'><span><i class='icon-date'></i> 2024年5月20日</span>"
            "<span><a href='#comments'><i class='icon-comment'></i> 6</a></span>"
            "<span><i class='icon-eye'></i> 2,318</span><span><i class='icon-time'></i> 约4分钟</span></div>")
    fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='entry'>{meta}<p>第一段。{PROSE}</p><p>{PROSE}</p></div>")
    assert fields["datePublished"] == "2024-05-20T00:00:00+08:00"
    assert fields["articleBody"].startswith("第一段。")


@pytest.mark.parametrize(("permalink", "date"), [("/a/506.html", "2020-06-23T14:07:00+08:00"),
                                                 ("/a/507.html", None)])
def test_an_answer_s_time_linked_to_the_page_itself_is_its_date_however_far_below_the_question(permalink, date):
    """An answer's page shows the question's title, its details and the answerer's card over the
    answer, and the answer's time under it, linked to the answer's own page (its permalink): that
    is the page's date. A time linked to another page is that page's."""
    details = "".join(f"<div class='tag'><span><a href='/topic/{n}'>话题{n}</a></span></div>" for n in range(30))
    card = "<div class='card'><a href='/people/1'><img src='/a.png'></a><div><a href='/people/1'>某某</a></div></div>"
    text = f"<p>{PROSE}</p><p>{PROSE}第二段。</p><p>{PROSE}第三段。</p>"
    html = (f"<h1>买到翻新手机商家拒不退款怎么办</h1><div class='q'>{details}<p>问题补充：收到的手机已被激活过。</p></div>"
            f"<div class='answer'>{card}<div class='rich'><div class='inner'><span class='text'>{text}</span></div>"
            f"<div><div class='time'><a href='{permalink}'><span>发布于 2020-06-23 14:07</span></a></div></div>"
            "<div class='actions'><button>赞同 2.3 万</button><button>268 条评论</button></div></div></div>")
    assert fields_of(html, title="买到翻新手机商家拒不退款怎么办 - 某某问答")["datePublished"] == date


def test_a_date_a_sentence_of_the_text_gives_is_no_date_line_where_the_title_names_no_line():
    """A platform's rule notice under a <title> naming only the site: its text says when the rule
    takes effect (将于2019年12月1日起正式生效。) and its foot when it was published. A sentence is no
    date line, however near the text's opening it stands; a bare date line there is one."""
    text = (f"<p>{PROSE}</p><p><b>一、生效时间</b></p><p>本次修订内容将于2019年12月1日起正式生效。</p>"
            f"<p>{PROSE}</p>")
    html = (f"<div class='logo'><a href='/'><img src='/logo.png' alt='某某规则'></a></div><h2>关于修订评价规范的公示通知</h2>"
            f"<div class='bd'>{text}</div><div class='ft'><span>发布时间：2019-11-20 18:00:12</span></div>")
    assert fields_of(html, title="某某规则")["datePublished"] == "2019-11-20T18:00:12+08:00"


def test_a_date_opening_a_sentence_of_the_text_is_no_date_line_and_the_sentence_stays():
    """What it recognises: a text whose first sentence opens with a date and runs on after a comma
    (2021年12月27日，《…》正式上线。), in one box with its headline: the sentence is the text's, not its
    date line. The page shows no date line: it is dated by the time its metadata declares (else by
    none), and keeps its first paragraph. A finance portal's story, a bureau's news page; a date line
    there (2023-05-08 来源：某某局) is still one."""
    meta = "<meta property='article:published_time' content='2022-12-27T18:40:12+08:00'>"
    for opening in ("2021年12月27日，《新能源汽车商业保险专属条款》正式上线，新能源车有了自己的车险。一年过去，情况如何？",
                    "2023年5月8日，市市场监管局召开全市电梯安全工作会议。会议部署了下一阶段的检查工作。"):
        for head, date in ((meta, "2022-12-27T18:40:12+08:00"), ("", None)):
            html = (f"<html><head><title>某地开展电梯安全检查_某某网</title>{head}</head><body><div class='article'>"
                    f"<h1>某地开展电梯安全检查</h1><p>{opening}</p><p>{PROSE}</p><p>{PROSE}</p></div></body></html>")
            result = extract_article(html.encode(), URL)
            assert isinstance(result, Extraction)
            assert result.fields["datePublished"] == date, opening
            assert result.fields["articleBody"].split("\n") == [opening, PROSE, PROSE], opening
    dated = fields_of(f"<div class='article'><h1>某地开展电梯安全检查</h1><p>2023-05-08 来源：某某局</p>"
                      f"<p>2023年5月8日，市市场监管局召开会议。</p><p>{PROSE}</p></div>")
    assert dated["datePublished"] == "2023-05-08T00:00:00+08:00"


def test_a_line_of_a_box_of_fields_is_no_title():
    """What it recognises: a line under a short heading that is one of a box's fields (a label, a
    colon, a value: 拼音：… 分类：… over a dictionary's date line; 型号：… 产地：… over a product
    note's) is no title, though it is the line right above the date; a title opening with a name
    and a colon (质检总局：…) alone on its line stays one."""
    for facts in ("<p>拼音：tàn dá fēng</p><p>分类：能源环境 · 气候政策</p>",
                  "<p>型号：BCD-518WKS</p><p>产地：浙江省宁波市</p>"):
        fields = fields_of(f"<div class='term'><h1>碳达峰</h1><div class='info'>{facts}</div>"
                           f"<div class='time'>发布时间：2021-06-03</div></div><div><p>{PROSE}</p></div>",
                           "碳达峰是什么意思_财经词典")
        assert fields["headline"] == "碳达峰", facts
    titled = fields_of(f"<div><p>质检总局：三成电热水器抽查不合格</p></div><div>2005-07-05</div><div><p>{PROSE}</p></div>",
                       "某某网")
    assert titled["headline"] == "质检总局：三成电热水器抽查不合格"


def test_a_title_holds_no_full_stop():
    """What it recognises: a line holding a full stop is a paragraph, never a title, however it ends
    (a quoted question, an exclamation): right above the date line, it gives way to the title above
    it. A personal page's essay, a forum's post."""
    for paragraph in ("这台电脑的钱，一半是我打工攒的。我爸一直攥着信封，只是不停地问：“这个能用几年？”",
                      "检查组在现场发现了三处隐患。组长当场表示：“必须限期整改到位！”"):
        fields = fields_of(f"<div>春季电梯安全隐患排查记</div><div><p>{paragraph}</p></div><div>2005-04-12</div>"
                           f"<div><p>{PROSE}</p><p>{PROSE}</p></div>", "阿木的小窝")
        assert fields["headline"] == "春季电梯安全隐患排查记", paragraph


def test_a_line_set_as_a_title_by_type_at_the_text_heads_it():
    """What it recognises: where no heading shows the title, a line centred and set in bold or a
    larger font, opening the text or right above it, is the title, though it be short (旧书摊); the
    title's words shown away from the text (a banner's site name, a sidebar box's collection name)
    are not. A personal page's essay (its <title> the site's name, the title opening the text's
    cell), an essay collection's (a three-character title, the collection named in a sidebar and in
    the <title>), a local history site's (the site's name in its banner and <title>)."""
    text = f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"
    personal = ("<table><tr><td><p align='right'><a href='essay.htm'>返回随笔列表</a> | <a href='/'>回首页</a></p></td></tr>"
                "<tr><td><p align='center'><font size='4' color='#800000'><b>我的第一台电脑</b></font></p>"
                f"<p align='center'><font size='2'>文/阿木</font></p><hr>{text}<p align='right'>Posted on 2005.04.12</p>"
                "</td></tr></table>")
    links = "".join(f"· <a href='show.asp?id={n}'>别的文章{n}</a><br>" for n in range(4))
    collection = (f"<table><tr><td><b>素衣的文集</b><br>文章总数：57 篇<br><b>最新文章</b><br>{links}</td>"
                  "<td><div align='center' style='font-size:18px;font-weight:bold'>旧书摊</div>"
                  "<div align='center'>作者：素衣 发表于：2004-11-20 21:13:45</div>"
                  f"<div id='content'>{text}</div></td></tr></table>")
    menu = " | ".join(f"<a href='/{part}/'>{part}</a>" for part in ("yange", "wenshi", "renwu", "fengsu"))
    history = ("<table><tr><td align='center'><font size='6'>桐溪乡土志</font></td></tr>"
               f"<tr><td>{menu}</td></tr><tr><td>您的位置：<a href='/'>首页</a> - <a href='/wenshi/'>文史杂谈</a></td></tr>"
               "<tr><td align='center'><p align='center'><font size='5'><b>桐溪古桥记</b></font></p></td></tr>"
               f"<tr><td align='center'>文/沈立仁</td></tr><tr><td class='zw'>{text}</td></tr></table>")
    for html, title, headline in ((personal, "阿木的小窝", "我的第一台电脑"),
                                  (collection, "旧书摊 -- 素衣的文集 -- 烟雨江南", "旧书摊"),
                                  (history, "桐溪乡土志", "桐溪古桥记")):
        assert fields_of(html, title)["headline"] == headline, title


def test_a_title_set_site_first_names_its_story_in_the_next_part():
    """What it recognises: a title set site first (某某消费维权网--新买手机竟是翻新机…, 某某质量网|…), the
    site named so by its logo: the story's title is the next part long enough for one. An old ASP
    CMS's page shows it in a bold cell (not the shorter title of a sidebar's link to the page
    itself); a page showing none is headed by it. A column's name after the site's is no story's."""
    logo = "<div><a href='/'><img src='/logo.gif' alt='某某消费维权网'></a></div>"
    sidebar = (f"<table><tr><td><a href='{URL}'>新买手机竟是翻新机</a><br>"
               "<a href='/a/1.html'>暑期旅游消费提示</a></td></tr></table>")
    cell = ("<table><tr><td class='main_ArticleTitle'><font size='5'><strong>新买手机竟是翻新机 经消协调解商家双倍赔偿"
            "</strong></font></td></tr><tr><td>作者：本网记者 更新时间：2011-8-9 10:23:45</td></tr></table>")
    asp = fields_of(f"{logo}{cell}<div><p>{PROSE}</p><p>{PROSE}</p></div>{sidebar}",
                    "某某消费维权网--新买手机竟是翻新机 经消协调解商家双倍赔偿")
    assert asp["headline"] == "新买手机竟是翻新机 经消协调解商家双倍赔偿"
    unshown = extract_article(f"<html><head><title>某某消费维权网|电动自行车头盔质量抽查：15批次不合格</title></head>"
                              f"<body>{logo}<div><p>{PROSE}</p><p>{PROSE}</p></div></body></html>".encode(), URL)
    assert isinstance(unshown, Extraction)
    assert (unshown.fields["headline"], unshown.headline_source) == ("电动自行车头盔质量抽查：15批次不合格", "title")
    column = extract_article(f"<html><head><title>某某消费维权网--维权动态</title></head><body>{logo}<div><p>{PROSE}</p>"
                             f"<p>{PROSE}</p></div></body></html>".encode(), URL)
    assert isinstance(column, Extraction) and column.headline_source != "title"


def test_a_serial_s_mark_closing_its_part_names_nobody():
    """What it recognises: a part of a serial closes with its mark that more is to come, in brackets
    as a story's closing byline is ((未完待续), （待续）): no author; a closing byline still names one."""
    for mark in ("（未完待续）", "(待续)"):
        fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{PROSE}</p><p>{mark}</p></div>")
        assert fields["authors"] == [], mark
    signed = fields_of(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{PROSE}（张三）</p></div>")
    assert signed["authors"] == [{"name": "张三", "nameRaw": "张三"}]


def test_an_author_field_holding_only_a_role_or_the_site_s_word_for_itself_names_nobody():
    """What it recognises: an old CMS's author field filled with the site's word for itself (作者：本网记者
    on an ASP news site, 作者：本站原创 on a DedeCMS one) names no person: no author, rather than one
    called 本网. A reporter named after the role is one."""
    for field in ("作者：本网记者", "作者：本站原创", "作者：本报"):
        fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='info'>{field} 更新时间：2011-8-9 10:23:45</div>"
                           f"<div><p>{PROSE}</p></div>")
        assert fields["authors"] == [], field
    named = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='info'>作者：本报记者 张三 来源：某某日报</div>"
                      f"<div><p>{PROSE}</p></div>")
    assert named["authors"] == [{"name": "张三", "nameRaw": "本报记者 张三"}]


BLOG_POST_UNDER_ITS_META = (
    "<h1><a href='/'>某某的育儿笔记</a></h1><h2>花300块把女儿的玩具送去检测</h2><div class='entry'><p>{prose}</p><p>{prose}</p>"
    "<p class='postmetadata'>本文发表于 2009年08月17日 {weekday}21:36，分类：<a href='/c/1/'>育儿杂记</a>。</p></div>"
    "<h3>2 条评论</h3><ol><li><cite>小林妈妈</cite><div><a href='#c1'>2009年08月18日 09:41</a></div>"
    "<p>请问送检需要带什么材料吗？我也想把家里的拼图送去测一下。</p><ul><li><cite>某某妈</cite>"
    "<div><a href='#c2'>2009年08月18日 12:15</a></div><p>带身份证就行，填一张委托单，写清楚要测哪些项目。</p>"
    "</li></ul></li></ol>"
    "<h3>发表评论</h3><div><small><a href='#respond' style='display:none'>点击这里取消回复。</a></small></div>")


@pytest.mark.parametrize("separator", [" » ", " &raquo; ", "  &raquo;  "])
def test_a_guillemet_between_spaces_parts_a_title_as_a_dash_does(separator):
    """What it recognises: a blog's theme sets its title 博客名 » Blog Archive » 文章标题 (WordPress's
    default), a portal's 某某网 » 消费 » 标题: the guillemet between spaces parts the site's name,
    the theme's word and the story's title, and the heading showing the title's part heads the
    article, wherever the date lines stand. A guillemet inside a headline's words stays in them."""
    for title in (f"某某的育儿笔记{separator}Blog Archive{separator}花300块把女儿的玩具送去检测",
                  f"某某网{separator}消费{separator}花300块把女儿的玩具送去检测"):
        shown = unescape(title)
        assert title_segments(shown)[-1] == "花300块把女儿的玩具送去检测" and len(title_segments(shown)) == 3, title
        fields = fields_of(BLOG_POST_UNDER_ITS_META.format(prose=PROSE, weekday=""), title)
        assert fields["headline"] == "花300块把女儿的玩具送去检测", title
    inside = fields_of(f"<h1>价格»质量？羽绒服涨价调查</h1><div><p>{PROSE}</p><p>{PROSE}</p></div>",
                       "价格»质量？羽绒服涨价调查_某某网")
    assert inside["headline"] == "价格»质量？羽绒服涨价调查" and len(title_segments("价格»质量？羽绒服涨价调查")) == 1


def test_a_post_dated_with_its_weekday_is_dated_by_its_meta_line_not_by_a_comment():
    """What it recognises: a blog's line under the post (本文发表于 2009年08月17日 星期一 21:36，分类：…)
    dates it, the weekday between the day and the time; a reader's comment below, dated later,
    does not, and the meta line is no text of the post."""
    fields = fields_of(BLOG_POST_UNDER_ITS_META.format(prose=PROSE, weekday="星期一 "),
                       "某某的育儿笔记 » Blog Archive » 花300块把女儿的玩具送去检测")
    assert fields["datePublished"] == "2009-08-17T21:36:00+08:00"
    assert fields["articleBody"].split("\n") == [PROSE, PROSE]


def test_a_heading_another_title_gives_whole_heads_the_page_before_a_longer_one_inside_the_title():
    """What it recognises: a recipe's <title> 【红烧肉的做法步骤图】 holds both the dish's name (the h1,
    which og:title gives whole) and the steps' heading 红烧肉的做法 (an h2, longer): the heading a title
    gives whole is the headline, and the text under it is the article's."""
    head = "<meta property='og:title' content='电压力锅版红烧肉，肥而不腻入口即化'>"
    lead = "家里老人牙口不好，以前在灶上炖红烧肉要守一个多小时，换了电压力锅之后省心太多。"
    body = ("<h1>电压力锅版红烧肉，肥而不腻入口即化</h1>"
            f"<div class='desc'>{lead}</div><h2>用料</h2><table><tr><td>五花肉</td><td>800克</td></tr></table>"
            f"<h2>电压力锅版红烧肉，肥而不腻入口即化的做法</h2><ol><li><p>{PROSE}</p></li><li><p>{PROSE}</p></li></ol>")
    title = "【电压力锅版红烧肉，肥而不腻入口即化的做法步骤图】某某的厨房_某某网"
    result = extract_article(f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>".encode(), URL)
    assert isinstance(result, Extraction), result
    assert result.fields["headline"] == "电压力锅版红烧肉，肥而不腻入口即化"
    assert result.fields["articleBody"].split("\n")[0] == lead


@pytest.mark.parametrize("label", ["发布时间：", "创建时间：", "發佈日期："])
def test_a_labelled_date_line_closing_the_text_s_box_dates_it_and_is_none_of_its_text(label):
    """What it recognises: the text's box closes with a labelled date line (a recipe's 创建时间：, a
    notice's 发布时间： under its text, readers' questions maybe after it), no other date line standing
    near the headline: that line dates the text and is none of it. A notice's signature date, with no label, is its text's."""
    fields = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='c'><p>{PROSE}</p><p>{PROSE}</p>"
                       f"<div class='time'><span>{label}2020-11-23</span></div>"
                       "<div class='menus'><h3>被加入以下菜单</h3><ul><li><a href='/l/1'>懒人菜合集</a></li></ul></div>"
                       "<div class='qa'><h3>问答</h3><p>用普通面粉可以吗？</p>"
                       "<p>作者回复：可以的，普通面粉就是中筋面粉。</p></div></div>")
    assert fields["datePublished"] == "2020-11-23T00:00:00+08:00"
    assert fields["articleBody"].split("\n") == [PROSE, PROSE]
    signed = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='c'><p>{PROSE}</p><p>{PROSE}</p>"
                       "<p>某某市市场监督管理局</p><p>2020年11月23日</p></div>")
    assert signed["articleBody"].split("\n")[-1] == "2020年11月23日"


def test_a_time_element_near_the_headline_dates_the_text_where_it_shows_the_day_first():
    """What it recognises: a date shown the day first (15.09.2022, as Hong Kong sites write it),
    which no date line reads, inside HTML's <time datetime> near the headline: the machine's form
    dates the text. A <time> in a comment under the text does not, nor one on a line of the text's
    last change."""
    shown = "<div class='date'><time datetime='2022-09-15T12:00:00Z'>15.09.2022</time></div>"
    fields = fields_of(f"<h1>測試30款嬰兒紙尿片</h1>{shown}<div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert fields["datePublished"] == "2022-09-15T20:00:00+08:00"
    comment = ("<h1>測試30款嬰兒紙尿片</h1>"
               f"<div><p>{PROSE}</p><p>{PROSE}</p></div><ol class='comments'><li><time datetime='2022-09-16'>16.09.2022</time>"
               "<p>好文章</p></li></ol>")
    assert fields_of(comment)["datePublished"] is None
    changed = ("<h1>測試30款嬰兒紙尿片</h1><div class='date'>更新於 <time datetime='2022-09-15'>15.09.2022</time></div>"
               f"<div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert fields_of(changed)["datePublished"] is None
    assert matches("datePublished", "2022-09-15T20:00:00+08:00", "15.09.2022")
    assert matches("datePublished", "2022-09-15T20:00:00+08:00", "09/15/2022")


def test_a_stamp_of_the_text_s_day_under_a_few_words_of_label_opens_no_text():
    """What it recognises: a complaint's first line in its box, 投诉进度 发起投诉 and the time it was
    lodged, the day the date line shows written another way: a stamp, none of the text. A first
    sentence that opens with the day is the text's."""
    head = ("<h1>油烟机使用不到一年严重漏油</h1><div class='author'><span>黑猫用户</span>"
            "<span>2022年05月17日 09:21</span></div>")
    stamped = fields_of(f"{head}<div class='steps'><div><span>投诉进度</span> <span>发起投诉</span> "
                        f"<span>2022-05-17 09:21:46</span></div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert stamped["articleBody"].split("\n") == [PROSE, PROSE]
    opening = f"2022年5月17日，{PROSE}"
    told = fields_of(f"{head}<div class='steps'><p>{opening}</p><p>{PROSE}</p></div>")
    assert told["articleBody"].split("\n") == [opening, PROSE]


@pytest.mark.parametrize(("shown", "moment"), [
    ("<span class='month'>Mar</span> <span class='date'>12</span> <span class='day'>Mon</span> <span class='year'>2018</span> "
     "<span class='time'>21:35</span>", "2018-03-12T21:35:00+08:00"),
    ("Posted on March 5th, 2019", "2019-03-05T00:00:00+08:00")])
def test_a_date_naming_its_month_in_english_near_the_headline_dates_the_text(shown, moment):
    """What it recognises: a date near the headline written with its month's English name first (a
    Taiwan blog platform's Mar 12 Mon 2018 21:35, its weekday before the year; an overseas theme's
    Posted on March 5th, 2019), which no date line reads. A comment's under the text does not date it,
    nor a line saying it is the text's last change. The evaluation reads such a label the same way."""
    title = "衛生紙又漲價了 @ 某某的生活日記"
    fields = fields_of(f"<div class='head'><h2>衛生紙又漲價了</h2><ul><li class='publish'>{shown}</li></ul></div>"
                       f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>", title)
    assert fields["datePublished"] == moment
    commented = fields_of(f"<h2>衛生紙又漲價了</h2><div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"
                          f"<div class='comments'><p>小芸 {shown}</p><p>好文</p></div>", title)
    assert commented["datePublished"] is None
    changed = f"<h2>衛生紙又漲價了</h2><p>Updated Mar 12 Mon 2018 21:35</p><div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"
    assert fields_of(changed, title)["datePublished"] is None
    assert matches("datePublished", "2018-03-12T21:35:00+08:00", "Mar 12 Mon 2018 21:35")


@pytest.mark.parametrize("byline", ["記者林佳穎／台中報導", "记者 林佳颖/台中报导", "記者林佳穎、王小明／台北報導"])
def test_a_byline_with_the_place_reported_from_names_its_reporters(byline):
    """What it recognises: a byline as Taiwan's papers write it, the role and the name run together and
    the place the story was reported from after a slash (記者林佳穎／台中報導), under the lead picture and
    its caption (▲…) maybe: it names the reporters, and is none of the text. A role run into words
    that name nobody (記者會／台中報導) names no one."""
    picture = "<p><img src='/p/1.jpg' alt=''></p><p><strong>▲彈跳床樂園近年成為熱門親子景點。</strong></p>"
    story = f"<div class='story'>{picture}<p>{byline}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
    fields = fields_of(f"<h1>某地开展电梯安全检查</h1>{story}")
    assert fields["authors"][0]["name"] in ("林佳穎", "林佳颖")
    assert fields["articleBody"].split("\n") == [PROSE, PROSE]
    nobody = fields_of(f"<h1>某地开展电梯安全检查</h1><div class='story'><p>記者會／台中報導</p><p>{PROSE}</p></div>")
    assert nobody["authors"] == []
