"""How the body is found and cleaned, each rule on a few lines of HTML."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crawler.extraction import Extraction, extract_article
from crawler.sites.cqn import SITE as CQN

URL = "https://news.example.cn/a/2024/0315/1.html"
PROSE = "市场监管部门近日组织开展产品质量监督抽查，抽查结果已向社会公布，不合格产品依法处理，企业须限期整改到位。"


def page(body: str, title: str = "某地开展电梯安全检查_某某网", head: str = "") -> bytes:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>".encode()


def extracted(html: bytes) -> dict:
    result = extract_article(html, URL)
    assert isinstance(result, Extraction), result
    return result.fields


def body_of(html: bytes) -> list[str]:
    return extracted(html)["articleBody"].split("\n")


TWO_PARAGRAPHS = [PROSE, f"{PROSE}第二段。"]


def assert_two_paragraphs_and_a_captioned_picture(html: bytes, image: str, caption: str) -> None:
    """The page's body is TWO_PARAGRAPHS, and its one picture (`image` on the site) has `caption`."""
    fields = extracted(html)
    assert fields["articleBody"].split("\n") == TWO_PARAGRAPHS, html
    assert fields["images"] == [{"url": f"https://news.example.cn/{image}", "caption": caption}], html


def body_closed_by(foot: str, box: str = "text") -> list[str]:
    """The body of an article of TWO_PARAGRAPHS whose box ends with `foot`."""
    return body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='{box}'><p>{PROSE}</p><p>{PROSE}第二段。</p>{foot}</div>"))


def test_a_form_that_wraps_the_page_is_read():
    assert body_of(page(f"<form id='aspnetForm'><h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{PROSE}第二段。</p></div>"
                        "</form>")) == [PROSE, f"{PROSE}第二段。"]


@pytest.mark.parametrize("heading", ["网友评论", "问答", "商品评价", "商品问答"])
def test_readers_comments_are_no_body_however_long(heading):
    """What it recognises: readers' comments, or their questions and the answers to them (a recipe
    site's 问答), or buyers' reviews of a product (a shop's 商品评价), under their heading after the text."""
    comments = "".join(f"<div class='c'><span>网友{n}</span><p>{PROSE}{PROSE}</p></div>" for n in range(8))
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='post'><p>{PROSE}</p></div>"
                f"<div class='comments'><h3>{heading}</h3>{comments}</div>")
    assert body_of(html) == [PROSE]


def test_comments_set_loose_between_their_headers_are_no_body_however_long():
    """What it recognises: the section a label opens (评论) holds the text set loose after its
    heading too, not only the elements after it: an early blog engine writes each comment as a
    header with its time, then the comment's lines broken by <br>."""
    comments = "".join(f"<h4>re: 某地开展电梯安全检查 <span>2004-12-27 12:4{n}</span> 网友{n}</h4>{PROSE}{PROSE}<br>"
                       for n in range(8))
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='post'><p>{PROSE}</p></div>"
                f"<div id='comments'><h3>评论</h3>{comments}</div>")
    assert body_of(html) == [PROSE]


@pytest.mark.parametrize("switch", ["【字体：<a href='javascript:fontZoom(16)'><img src='/i/a1.gif'></a> "
                                    "<a href='javascript:fontZoom(14)'><img src='/i/a2.gif'></a>】",
                                    "字号：<a href='javascript:fontZoom(16)'>大</a> <a href='javascript:fontZoom(14)'>中</a>"])
def test_a_font_size_switch_in_the_text_s_box_is_no_text(switch):
    """What it recognises: a widget's words alone in a box (a research institute's font switch
    【字体： 】, its buttons pictures; a bureau's 字号：大 中) are the widget, none of the text."""
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><div class='tools'>{switch}</div>"
                f"<p>{PROSE}</p><p>{PROSE}第二段。</p></div>")
    assert body_of(html) == TWO_PARAGRAPHS


def test_an_aside_inside_the_text_is_none_of_it():
    """What it recognises: the element's declared role. An <aside> set among the paragraphs (a
    consultancy's box offering its full report for download, a pull quote said again) is beside the
    text, none of it, however it reads."""
    box = ("<aside class='cta'><p class='t'>获取完整版白皮书</p><p>完整版包含12个品类的深度分析与48张数据图表。</p>"
           "<a href='#download'>免费下载 PDF</a></aside>")
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{box}<p>{PROSE}第二段。</p></div>")
    assert body_of(html) == TWO_PARAGRAPHS


def test_a_lead_before_the_body_in_its_container_is_the_body_s():
    lead = "核心提示：检查发现，部分电梯的维保记录不全，存在安全隐患，当地监管部门已经责令相关单位限期整改。"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='main'><div class='summary'>{lead}</div>"
                f"<div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p></div><div class='share'>分享到</div></div>")
    assert body_of(html) == [lead, PROSE, f"{PROSE}第二段。"]


@pytest.mark.parametrize("label", ["核心提示：", "<strong>核心提示：</strong>", "【导读】", "摘要: "])
def test_a_short_lead_under_its_label_before_the_body_is_the_body_s(label):
    """What it recognises: a box before the text that opens with a lead's label (核心提示：, 【导读】) and
    says a clause after it (an evening paper's, a portal's), however short: the lead is the text's.
    A short box of no label before the text (a reading time) is not."""
    lead = "一盒进价二三十元的进口面膜，在美容院里做一次护理收费近三百元"
    def body_under(box: str) -> list[str]:
        return body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='main'><div class='summary'>{box}</div>"
                            f"<div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p></div></div>"))
    assert body_under(f"{label}{lead}")[1:] == TWO_PARAGRAPHS
    assert body_under(f"{label}{lead}")[0].endswith(lead)
    assert body_under("本文约1200字，阅读需要3分钟，敬请留意") == TWO_PARAGRAPHS


@given(label=st.sampled_from(["摘要", "导读", "核心提示", "划重点"]), tag=st.sampled_from(["span", "em", "i", "b"]),
       gap=st.sampled_from(["", " ", "\n"]))
def test_a_lead_box_s_label_set_as_a_badge_is_no_word_of_the_text_and_one_written_with_its_colon_is(label, tag, gap):
    """What it recognises: a lead box whose label (摘要, 导读, 核心提示) is set apart in an element of its
    own with no colon after it, as a tag over the box (a trade portal's, a news app's): the lead is
    the text's, the label is not. Written with its colon, the label is the text's words; a dateline
    set in bold (<b>本报讯</b>) is the text's."""
    lead = "检查发现，部分电梯的维保记录不全，存在安全隐患，当地监管部门已经责令相关单位限期整改。"
    def body_under(box: str) -> list[str]:
        return body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='main'><div class='summary'>{box}</div>"
                            f"<div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p></div></div>"))
    assert body_under(f"<{tag} class='tag'>{label}</{tag}>{gap}{lead}") == [lead, *TWO_PARAGRAPHS]
    assert body_under(f"<{tag}>{label}：</{tag}>{gap}{lead}")[0] == f"{label}：{' ' if gap else ''}{lead}"
    assert body_under(f"<{tag}>本报讯</{tag}>{gap}{lead}")[0].startswith("本报讯")


def test_a_box_beside_the_text_whose_words_are_a_hidden_card_s_is_none_of_it():
    """What it recognises: a box over the text that shows fewer words than a lead once a card
    hidden inside it is left out (a public account's meta line, its author and its name over the
    profile shown on a tap; a blog's author line over the bio shown on hover) is no part of the
    text, however many words its card holds."""
    text = f"<div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p></div>"
    for meta in ("<div class='meta'><span>张晓东</span> <a href='javascript:;'>某区农业农村</a><div class='card' "
                 "style='display:none'><strong>某区农业农村</strong>"
                 "<p>功能介绍：发布全区农业农村工作动态、惠农政策、农业技术信息。</p></div></div>",
                 "<div class='author'><span>李文</span><div class='bio' hidden>"
                 "<p>李文，资深质量记者，从业二十年，长期关注电梯、燃气、锅炉等特种设备的安全监管，著有多部调查报道集。</p></div></div>"):
        html = page(f"<div class='wrap'><h1>某地开展电梯安全检查</h1>{meta}"
                    f"<div class='main' style='visibility: hidden'>{text}</div></div>")
        assert body_of(html) == TWO_PARAGRAPHS, meta


def test_a_lead_the_text_says_again_word_for_word_is_said_once():
    """What it recognises: a box over the text, in the body's container, whose words (its label
    aside) the text holds word for word: a portal's 核心提示 box repeating the first sentence, a
    newspaper's summary (its page description) repeated after the text's dateline, a teaser of the
    first sentences cut short (……). The article says it once; a lead of its own words stays (the
    test above)."""
    opening = "检查发现，部分电梯的维保记录不全，存在安全隐患，当地监管部门已经责令相关单位限期整改。"
    text = f"<p>{opening}{PROSE}</p><p>{PROSE}第二段。</p>"
    portal = page(f"<h1>某地开展电梯安全检查</h1><div class='box'><div class='introduce'>核心提示：{opening}</div>"
                  f"<div id='article'>{text}</div></div>")
    assert body_of(portal) == [f"{opening}{PROSE}", f"{PROSE}第二段。"]
    newspaper = page(f"<h1>某地开展电梯安全检查</h1><div class='viewbox'><div class='intro'>{opening}</div>"
                     f"<div class='content'><table><tr><td><p>本报讯（记者 李明）{opening}{PROSE}</p><p>{PROSE}第二段。</p>"
                     "</td></tr></table></div></div>")
    assert body_of(newspaper) == [f"本报讯（记者 李明）{opening}{PROSE}", f"{PROSE}第二段。"]
    # Cut short by an ellipsis (a consumer site's teaser of its first sentences): said again all the same.
    for ellipsis in ("...", "……", "…"):
        teaser = page(f"<h1>某地开展电梯安全检查</h1><div class='box'><div class='daoyu'><strong>核心提示：</strong>"
                      f"{opening}{PROSE[:12]}{ellipsis}</div><div id='article'>{text}</div></div>")
        assert body_of(teaser) == [f"{opening}{PROSE}", f"{PROSE}第二段。"], ellipsis


OPENING = "检查发现，部分电梯的“维保记录”不全，存在安全隐患，当地监管部门已经责令相关单位限期整改。"
OPENING_TEXT = f"<p>本网讯 {OPENING}{PROSE}</p><p>{PROSE}第二段。</p>"
OPENING_BODY = [f"本网讯 {OPENING}{PROSE}", f"{PROSE}第二段。"]


def body_under_intro(intro: str, layout: str = "beside") -> list[str]:
    """The body of a CMS's page (DedeCMS's viewbox) with an intro box over the text's box: the intro
    `beside` the text's box, the body's container read from the text's box, or both `in one` box with
    the title, the date line and the related list."""
    if layout == "beside":
        return body_of(page(f"<div class='pleft'><div class='place'>当前位置: <a href='/'>主页</a> &gt; 行业新闻</div>"
                            f"<div class='viewbox'><h2>某地开展电梯安全检查</h2><div class='info'>时间:2012-05-22 09:14</div>"
                            f"<div class='intro'>{intro}</div><div class='content'>{OPENING_TEXT}</div></div></div>"))
    return body_of(page(
        f"<div class='pleft'><div class='viewbox'><div class='title'><h2>某地开展电梯安全检查</h2></div>"
        f"<div class='info'>时间:2012-05-22 09:14 来源:本网</div><div class='intro'>{intro}</div>"
        f"<div class='content'><table><tr><td>{OPENING_TEXT}</td></tr></table></div></div>"
        "<div class='xgyd'><dl><dt>相关文章</dt><dd><ul><li><a href='/a/1.html'>5月份电梯抽查结果公布</a> 2012-04-20</li>"
        "</ul></dd></dl></div></div>"))


@pytest.mark.parametrize("ellipsis", ["...", "……", "…"])
def test_an_excerpt_cut_short_that_shortens_the_text_s_opening_is_said_once(ellipsis):
    """What it recognises: a box over the text cut short by an ellipsis (a CMS's description, shown
    as the text's intro) whose clauses mostly stand in the text, where the description shortened a
    clause or left out the text's quotation marks: a machine's excerpt, said again, in the text's
    container or beside it."""
    excerpt = "检查发现，部分电梯的维保记录不全，存在安全隐患，当地监管部门已经责令相关单位限期整改，并将逐台复查"
    assert body_under_intro(f"{excerpt}{ellipsis}") == OPENING_BODY


def test_an_excerpt_that_leaves_out_the_text_s_bracketed_asides_is_said_once():
    """What it recognises: a CMS's description cut short over the text, made of the text's opening
    without its asides in brackets ((以下简称“建材公司”)), as a description retells the text: said once."""
    text = ("<p>广州某建材有限公司（以下简称“建材公司”）与佛山某装饰工程有限公司（以下简称“装饰公司”）自2007年起建立供货关系，"
            "由建材公司向装饰公司供应瓷砖、石材等装饰材料。双方未签订书面的年度供货合同，每次均由装饰公司电话下单。</p>"
            f"<p>{PROSE}第二段。</p>")
    excerpt = ("广州某建材有限公司与佛山某装饰工程有限公司自2007年起建立供货关系，由建材公司向装饰公司供应瓷砖、石材等装饰"
               "材料。双方未签订书面的年度供货合同...")
    body = body_of(page("<div class='viewbox'><h2>代理某建材公司追讨货款案胜诉纪实</h2>"
                        f"<div class='info'>时间:2010-09-15 16:42</div><div class='intro'>{excerpt}</div>"
                        f"<div class='content'>{text}</div></div>"))
    assert body[0].startswith("广州某建材有限公司（以下简称“建材公司”）") and len(body) == 2, body


@pytest.mark.parametrize("layout", ["beside", "in one"])
def test_an_intro_box_saying_the_text_s_opening_again_is_said_once(layout):
    """What it recognises: a CMS's intro box of one paragraph over the text's box, not cut short,
    whose words are the text's opening near word for word (its subject left out, or a word cut out of
    most clauses: nearly all of its four-character phrases stand in the text), or a summary under
    its label made mostly of the text's clauses (a metro daily's 核心提示：, a mobile news page's short 摘要
    badge), beside the text's box or in one box with it: said once. An intro in words of its own stays."""
    intro = ("部分电梯的维保记录不全，存在安全隐患，当地监管部门已经责令相关单位限期整改。"
             "市场监管部门近日组织开展产品质量监督抽查。")
    summary = "核心提示：检查发现部分电梯存在安全隐患，当地监管部门已经责令相关单位限期整改，抽查结果已向社会公布。"
    # short, under its badge
    badged = "<em>摘要</em>部分电梯的维保记录不全，存在安全隐患，当地监管部门已经责令相关单位限期整改。"
    # the opening with words cut out of most clauses (已经, 近日): few clauses whole, nearly every phrase
    cut = "部分电梯的维保记录不全，当地监管部门责令相关单位限期整改，市场监管部门组织开展产品质量监督抽查，不合格产品依法处理。"
    for said_again in (intro, summary, badged, cut):
        assert body_under_intro(said_again, layout) == OPENING_BODY, said_again
    # a lead box's badge alone on its line over its words (<div>核心提示</div><p>…</p>) is no text either
    for badge in ("核心提示", "导读"):
        badge_over = f"<div class='intro_hd'>{badge}</div><p>电梯安全关系千家万户，这次检查发现的问题可不少。</p>"
        assert body_under_intro(badge_over, layout) == ["电梯安全关系千家万户，这次检查发现的问题可不少。", *OPENING_BODY]
    lead = "电梯安全关系千家万户，当地监管部门这次检查发现的问题不少，维保单位须限期整改到位，逐台复查。"
    assert body_under_intro(lead, layout) == [lead, *OPENING_BODY]
    short_lead = "电梯安全关系千家万户，这次检查发现的问题可不少。"
    assert body_under_intro(f"<em>摘要</em>{short_lead}", layout) == [short_lead, *OPENING_BODY]


def test_a_paragraph_that_links_many_words_is_prose_and_a_list_of_links_is_none():
    linked = ("<p>已承接疏解的单位有<a href='/1'>某某大学</a>、<a href='/2'>某某医院</a>和<a href='/3'>某某研究院</a>，"
              "其中<a href='/4'>某某大学</a>已经开学。</p>")
    links = "<div><a href='/5'>相关新闻一号标题</a> | <a href='/6'>相关新闻二号标题</a></div>"
    body = body_of(page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{linked}{links}</div>"))
    assert body == [PROSE, "已承接疏解的单位有某某大学、某某医院和某某研究院，其中某某大学已经开学。"]


def test_controls_in_the_body_are_no_text():
    html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>"
                "<a class='ad' href='https://ads.example.cn/x'><i>广告</i>留学通知：这些问题没准备好先别去</a>"
                "<div><a href='https://ads.example.cn/y'><img src='b.jpg'><span>广告</span>"
                "<p>博览会9月16日开幕，免费领票</p></a></div>"
                "<p><span class='tts'><svg></svg><span>播报</span></span></p>"
                f"<p>{PROSE}第二段。<a href='javascript:report()'>【纠错】</a></p></div>")
    assert body_of(html) == [PROSE, f"{PROSE}第二段。"]


@pytest.mark.parametrize("box", [
    "<div class='ai-summary'><div class='hd'><i class='icon'></i>AI摘要<span class='tip'>内容由AI生成，仅供参考</span></div>"
    "<p>某地通报10起典型案例，罚没款超860万元，并提醒消费者理性消费、保存证据。</p></div>",
    "<section class='brief'><h4>智能总结</h4><p>某地通报10起典型案例，罚没款超860万元。</p><p>以上内容由AI生成</p></section>",
])
def test_a_summary_labelled_as_a_machine_s_is_no_text(box):
    """What it recognises: a box over the text that an element of its own labels as written by a
    machine (a news app's AI摘要 with 内容由AI生成，仅供参考, a portal's 智能总结): the site's summary, none of
    the story's text. A paragraph of the story on AI stays."""
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{box}<p>{PROSE}</p><p>{PROSE}第二段。</p></div>")
    assert body_of(html) == TWO_PARAGRAPHS
    said = "业内人士介绍，AI摘要功能上线后，读者的阅读时长明显增加。"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{said}</p></div>")
    assert body_of(html) == [PROSE, said]


def test_a_box_the_site_labels_as_its_ad_is_no_text():
    """What it recognises: a short box among the paragraphs that an element of its own labels as an
    advertisement (a news feed app's card: <span>广告</span>, a picture, a line, a control to buy; a
    portal's <em>推广</em> line), stating nothing. A paragraph on advertising stays."""
    for box in ("<div class='feed-ad-card'><span class='ad-label'>广告</span><img src='/ad.jpg'>"
                "<p>夏季透气骑行头盔 国标认证 新用户限时9.9元包邮</p><a href='https://ad.example.cn/c'>立即购买</a></div>",
                "<div class='spread'><em>推广</em><span>家装节 全场满3000减300</span></div>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{box}<p>{PROSE}第二段。</p></div>")
        assert body_of(html) == [PROSE, f"{PROSE}第二段。"], box
    said = "<p><b>广告</b>宣传中的“除霾率99.9%”缺乏依据。</p>"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{said}</div>")
    assert body_of(html) == [PROSE, "广告宣传中的“除霾率99.9%”缺乏依据。"]


def test_a_line_opened_by_an_ad_label_set_apart_is_no_text():
    """What it recognises: a line between paragraphs opened by the word 广告 (推广, 赞助) in markup of
    its own and a space after it, then the promotion (follow our account, reply a word for the data):
    the site's, though it is a sentence. The word in bold opening a sentence of the story stays."""
    promotion = "<div class='lab-promo'><strong>广告</strong> 关注微信公众号“某某实验室”，回复“洗衣机”获取完整数据表。</div>"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{promotion}<p>{PROSE}第二段。</p></div>")
    assert body_of(html) == [PROSE, f"{PROSE}第二段。"]
    said = "<p><b>赞助</b>商须对其冠名活动中的宣传内容负责。</p>"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{said}<p>{PROSE}第二段。</p></div>")
    assert body_of(html)[1] == "赞助商须对其冠名活动中的宣传内容负责。"


def test_the_headline_is_the_heading_the_title_names_not_a_longer_part_of_another():
    html = page(f"<div class='logo'><h1><a href='/'>读诗网</a></h1></div><h1>夜雨</h1><div><p>{PROSE}</p></div>"
                "<h3>白居易</h3>", title="夜雨_原文及赏析_白居易诗词_读诗网")
    assert extracted(html)["headline"] == "夜雨"


def test_a_heading_linking_up_the_site_names_the_blog_not_the_post():
    """What it recognises: a heading whose words are all a link to a page above this one on its site
    (a blog's home, the folder the post's address is in) names the blog, though the title names it
    too (post - blog - platform); the post's own title, a link to itself, is the headline. A heading
    linking to the page itself stays the headline."""
    post = "https://blog.example.cn/liwenbo/archive/2006/08/14/512337.html"
    title = "用ASP.NET做投诉登记系统的一点总结"
    html = (f"<html><head><title>{title} - 李文博的技术小窝 - 某某博客堂</title></head><body>"
            "<h1><a href='https://blog.example.cn/liwenbo/'>李文博的技术小窝</a></h1>"
            f"<div class='post'><div class='postTitle'><a href='{post}'>{title}</a></div><p>{PROSE}</p><p>{STEP}</p></div>"
            "</body></html>")
    result = extract_article(html.encode(), post)
    assert isinstance(result, Extraction) and result.fields["headline"] == title
    itself = html.replace("<h1><a href='https://blog.example.cn/liwenbo/'>李文博的技术小窝</a></h1>", "").replace(
        "<div class='postTitle'>", "<h1 class='postTitle'>").replace(f"{title}</a></div>", f"{title}</a></h1>")
    result = extract_article(itself.encode(), post)
    assert isinstance(result, Extraction) and result.fields["headline"] == title


def test_the_title_names_the_heading_that_quotes_what_it_does_not():
    """What it recognises: a <title> that drops the heading's quotation marks (同称浓缩 for 同称“浓缩”)
    still names it, before a link to the page itself in a sidebar list showing the title's first part."""
    heading = "浓缩洗衣液调查：同称“浓缩” 活性物含量相差近一倍"
    sidebar = f"<ul><li><a href='{URL}'>浓缩洗衣液调查</a></li><li><a href='/2'>另一篇</a></li></ul>"
    html = page(f"<h1>{heading}</h1><div><p>{PROSE}</p></div>{sidebar}",
                title="浓缩洗衣液调查：同称浓缩 活性物含量相差近一倍|洗衣液_某某家居_某某网")
    assert extracted(html)["headline"] == heading


def test_a_heading_s_widget_is_no_part_of_the_headline():
    html = page(f"<h1><span>某地开展电梯安全检查</span><div class='audio'>播报文章</div></h1><div><p>{PROSE}</p></div>")
    assert extracted(html)["headline"] == "某地开展电梯安全检查"


def test_without_a_title_the_headline_is_the_line_above_the_date_line():
    html = page(f"<div class='nav'>导航</div><div class='heading'>某地开展电梯安全检查</div>"
                f"<div class='date'>2024-03-15 10:00:00</div><div class='text'><p>{PROSE}</p></div>", title="")
    assert extracted(html)["headline"] == "某地开展电梯安全检查"


def test_the_share_title_names_the_heading_where_the_title_does_not():
    html = page(f"<h2>站内导航</h2><h2>某地开展电梯安全检查</h2><div><p>{PROSE}</p></div>", title="某某网",
                head="<meta property='og:title' content='某地开展电梯安全检查'>")
    assert extracted(html)["headline"] == "某地开展电梯安全检查"


def test_lines_that_open_and_close_the_body_but_are_none_of_it():
    html = page(f"<h1>某地开展电梯安全检查</h1><div><p><a href='/m'>发送GP到6666查行情</a></p><p>某地开展电梯安全检查</p>"
                f"<p>{PROSE}</p><p>------------------------------</p><p>Trackback: http://tb.example.cn/TrackBack.aspx?PostId=1</p>"
                "<p>转载时务请注明出处。</p></div>")
    assert body_of(html) == [PROSE]
    # a rule naming itself in its middle, as a CMS's template draws one under the text
    assert body_closed_by("<div class='boxoff'><strong>------分隔线----------------------------</strong></div>") \
        == TWO_PARAGRAPHS



def test_a_line_of_credits_alone_closes_no_body_whatever_sets_them_apart():
    """A school's news closed by who gave and reviewed it (（学生处 供稿 审核：王丽华）), a public
    account's post by its source, then its editor and reviewer set apart by a bar: credits, each a
    role and a name, are no text; the editor is read."""
    assert body_closed_by("<p>（学生处 供稿 审核：王丽华）</p>") == TWO_PARAGRAPHS
    assert body_closed_by("<p>（协会秘书处 周宁 供稿）</p>") == TWO_PARAGRAPHS  # the office, then its writer
    assert body_closed_by("<p>文/张三 摄影/李四 初审：王五 终审：赵六</p>") == TWO_PARAGRAPHS
    assert body_closed_by("<p>（本文来源：某某日报）</p>") == TWO_PARAGRAPHS
    assert body_closed_by("<p>（来源：某某晨报 记者 林某 通讯员 周某）</p>") == TWO_PARAGRAPHS  # a source, then its byline
    assert body_closed_by("<p>图片来源：视觉中国</p>") == TWO_PARAGRAPHS
    assert body_closed_by("<p>资料来源：国家统计局</p>") == TWO_PARAGRAPHS
    assert body_closed_by("<p>本文部分内容来源：某某消防</p>") == TWO_PARAGRAPHS
    assert body_closed_by("<p>本文来自：某某商情网（www.example.com）</p>") == TWO_PARAGRAPHS  # its address after it
    said = "本文来自网友投稿，我们对此表示感谢。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]
    assert body_closed_by("<p>資料來源：消費者委員會</p>") == TWO_PARAGRAPHS  # a Hong Kong site's characters
    # A role crediting a few names set apart by spaces; the words (文字, 图片) for text and pictures.
    credits = "<p>来源：某区农业农村局 某区电子商务中心</p><p>文字：张三&nbsp; 图片：区电商中心</p>"
    assert body_closed_by(credits) == TWO_PARAGRAPHS
    assert body_closed_by("<p>来源：新华社 人民日报 央视新闻</p>") == TWO_PARAGRAPHS
    # one credit for the text and its pictures (文/图, 图文), an office's maybe
    for credits in ("文/图：集团企业文化部", "图文：李四", "图/文 王五"):
        assert body_closed_by(f"<p style='text-align:right'>{credits}</p>") == TWO_PARAGRAPHS, credits
    fields = extracted(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
                            "<p>文/图：张三</p></div>"))
    assert [author["name"] for author in fields["authors"]] == ["张三"]
    # a bar for the colon; a full-width slash for a slash
    for credits in ("文 | 阿秀&nbsp; &nbsp; 图 | 小陈", "文｜张三 图/李四", "作者 | 王五", "文／张三 图／李四"):
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{credits}</p><p>{PROSE}</p>"
                            f"<p>{PROSE}第二段。</p></div>")) == TWO_PARAGRAPHS, credits
    fields = extracted(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
                            "<p>来源：市消保委</p><p>编辑：陈晓 ｜ 审核：周宏</p></div>"))
    assert (fields["articleBody"].split("\n"), fields["editor"], fields["source"]) == (TWO_PARAGRAPHS, "陈晓", "市消保委")
    # a bar for the editor's colon; a public account's Han bar 丨 for a bar
    for credits, editor in (("编辑 | 林晚　审核 | 陈墨", "林晚"), ("责编｜王磊", "王磊"), ("编辑：张瑶丨审核：李卫东", "张瑶"),
                            ("编辑丨张瑶 审核丨李卫东", "张瑶"), ("文字：李然 ｜ 图片：某某中心 ｜ 编辑：王悦", "王悦"),
                            ("文丨李然 / 编辑丨王悦", "王悦")):
        fields = extracted(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
                                f"<p>{credits}</p><p>长按二维码 关注我们</p></div>"))
        assert (fields["articleBody"].split("\n"), fields["editor"]) == (TWO_PARAGRAPHS, editor), credits
    assert body_closed_by("<p>学生处供稿审核的材料已归档。</p>") == [*TWO_PARAGRAPHS, "学生处供稿审核的材料已归档。"]
    assert body_closed_by("<p>来源丨某某发布</p>") == TWO_PARAGRAPHS
    # an old CMS's record of who typed the text in, before its editor
    assert body_closed_by("<p>文章录入：jlk&nbsp;&nbsp;&nbsp;&nbsp;责任编辑：jlk</p>") == TWO_PARAGRAPHS
    # a feature's roles of one person (采访、撰文, 采访整理), its planners and designers, before its editor
    for credits in ("<p>采访、撰文：小雅</p><p>编辑：林夕</p>", "<p>策划：张三 统筹：李四</p><p>排版：王五</p>",
                    "<p>采访整理 | 宣教科</p><p>编辑 | 林夕</p>", "<p>整理：本报记者 张三</p>"):
        assert body_closed_by(credits) == TWO_PARAGRAPHS, credits
    # credits over the mark of the text's end close it once the mark is cut; a picture's source is no source
    fields = extracted(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
                            "<p>图片来源：受访者供图</p><p>- END -</p><p>往期推荐</p></div>"))
    assert (fields["articleBody"].split("\n"), fields["source"]) == (TWO_PARAGRAPHS, None)

def test_an_interview_s_last_turn_under_a_role_s_label_is_no_credit():
    """What it recognises: an interview's turns open with their speakers' labels (记者：, 王建华：); its
    last turn (记者：谢谢您接受采访。) stays in the text, though 记者 is a credit's role. A credit
    under a text whose paragraphs open with no such label (记者：张三) closes it."""
    asked = (("开发溶洞要注意什么？", "首先要摸清家底，洞里的钟乳石生长一厘米往往需要几十年甚至上百年，损坏了就无法恢复。"),
             ("有人担心会延缓开发进度。", "短期看可能会慢一点，但从长远来看，一个保护得好的溶洞才能长久地吸引游客。"),
             ("您有什么建议？", "我建议尽快建立区域性的洞穴资源档案，对重要洞穴实行分级保护，多听取专家意见。"))
    turns = "".join(f"<p><strong>记者：</strong>{question}</p><p><strong>王建华：</strong>{answer}</p>"
                    for question, answer in asked)
    last = "<p><strong>记者：</strong><strong>谢谢您接受采访。</strong></p>"
    lines = body_of(page(f"<h1>溶洞开发，别急着抢跑</h1><div class='text'><p>{PROSE}</p>{turns}{last}"
                         "<p>（责任编辑：杨雪）</p></div>", "溶洞开发，别急着抢跑_某某网"))
    assert lines[-1] == "记者：谢谢您接受采访。" and len(lines) == 8
    assert body_closed_by("<p>记者：张三</p>") == TWO_PARAGRAPHS


def test_a_source_credited_with_its_account_s_id_closes_no_body():
    """What it recognises: a public account credits the account it reposts with its ID in brackets
    (来源：中国青年报（ID：zqbcyol）, 来源：某某发布（微信号：mmfb2020）): a credit line, the source the
    account's name. A paper's edition line (《人民日报》( 2007-11-06 第11版 )) stays, as the public
    corpora's labels and the labelled pages keep it."""
    for credit in ("来源：中国青年报（ID：zqbcyol）", "来源：某某发布（微信号：mmfb2020）"):
        assert body_closed_by(f"<p>{credit}</p>") == TWO_PARAGRAPHS, credit
    account = extracted(page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>来源：中国青年报（ID：zqbcyol）</p></div>"))
    assert account["source"] == "中国青年报"
    edition = "《人民日报》( 2007-11-06 第11版 )"
    assert body_closed_by(f"<p>{edition}</p>") == [*TWO_PARAGRAPHS, edition]


def test_links_to_other_stories_under_their_label_close_no_body():
    """What it recognises: a line of links to other stories under a label of their own (a tech site's
    AMP page's 延伸阅读：<a>...</a>, a portal's 【相关报道】 over two links, a city portal's 【专题】 over its
    topic page's link, a health site's 【某某网推荐】, an editor's 编辑推荐：, a shop's blog's 👉 延伸阅读：, a
    mark pointing at the label) after the text; a sentence linking a page stays."""
    for line in ("<p class='extend'>延伸阅读：<a href='/amp/2019/10/22/1.html'>前三季度消费品召回同比增长两成</a></p>",
                 "<p>【相关报道】<a href='/a/1.html'>某地开展电梯安全大检查</a> <a href='/a/2.html'>电梯维保须知</a></p>",
                 "<p><font color='#FF0000'>【专题】</font><a href='/zt/bxg/'>不锈钢制品质量安全专题报道</a></p>",
                 "<p class='tuijian'>【某某网推荐】<a href='/zt/yangsheng/'>夏季养生专题：三伏天怎么吃才健康？</a></p>",
                 "<p>编辑推荐：<a href='/a/4.html'>电梯困人怎么办</a></p>",
                 "<p class='read-more-inline'>👉 延伸阅读：<a href='/blogs/journal/5'>电热毯整晚开着安全吗</a></p>"):
        assert body_closed_by(line) == TWO_PARAGRAPHS, line
    sentence = "<p>详情请见<a href='/a/3.html'>市场监管总局网站</a>发布的公告。</p>"
    assert body_closed_by(sentence) == [*TWO_PARAGRAPHS, "详情请见市场监管总局网站发布的公告。"]


@pytest.mark.parametrize("label", ["往期推荐", "▼ 往期推荐 ▼", "■ 往期回顾", "<strong>★ 相关阅读 ★</strong>"])
def test_a_label_of_earlier_posts_framed_by_marks_heads_no_text(label):
    """What it recognises: the label of a public account's list of its earlier posts (往期推荐,
    往期回顾), or of related reading, set alone on its line and framed by marks maybe (▼ … ▼, ■, ★),
    over the posts' linked titles, closing a post (a certification account's, a fire brigade's): the
    label and the list are the account's, and a notice over them closes the text with them."""
    posts = ("<p><a href='https://mp.weixin.qq.com/s?__biz=MzA5&amp;mid=1'>资质认定告知承诺制来了，检测机构要注意什么？</a></p>"
             "<p><a href='https://mp.weixin.qq.com/s?__biz=MzA5&amp;mid=2'>一张检测报告的一生：从委托到归档</a></p>")
    closing = f"<p>（本文为某某观察原创，转载请联系后台授权）</p><p style='text-align:center'>{label}</p>{posts}"
    assert body_closed_by(closing) == TWO_PARAGRAPHS


def test_a_line_of_the_post_s_counters_closes_no_body():
    """What it recognises: a short line of a post's counters (how often it was read, commented on,
    shared, how long it is and takes to read: a review blog's 本文共 1,416 字，阅读约需 4 分钟; how many
    made it and how it is rated: a recipe site's 236 人做过这道菜, 8.1 综合评分), with the
    controls and separators beside them, as a blog or a portal closes or opens a post; a sentence that
    counts (点击量达...) and a contact line with a number stay."""
    for counters in ("阅读(1234) | 评论(5) | <a href='javascript:fav()'>收藏</a>", "浏览：272次 点赞 18",
                     "Views: 1,024 · Comments (3)", "阅读约 4 分钟", "阅读时长：3分钟 | 分享",
                     "本文共 1,416 字，阅读约需 4 分钟", "236 人做过这道菜", "8.1 综合评分", "评分：4.5"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{PROSE}第二段。</p><p>{counters}</p></div>")
        assert body_of(html) == [PROSE, f"{PROSE}第二段。"], counters
    for kept in ("该视频点击量达1000万次。", "咨询电话：12315", "本文共分三部分，阅读约需4分钟。"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{kept}</p></div>")
        assert body_of(html) == [PROSE, kept], kept


def test_the_caption_beside_a_picture_is_its_caption():
    html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>"
                "<div class='image'><img src='/1.jpg'><p class='caption'>检查人员查看电梯维保记录。</p></div>"
                f"<p>{PROSE}第二段。</p></div>")
    fields = extracted(html)
    assert fields["articleBody"].split("\n") == [PROSE, f"{PROSE}第二段。"]
    assert fields["images"] == [{"url": "https://news.example.cn/1.jpg", "caption": "检查人员查看电梯维保记录。"}]


def test_a_picture_linked_to_a_viewer_of_itself_is_the_article_s_and_a_banner_is_not():
    """What it recognises: a photograph whose link opens a viewer of that same picture, the link's
    address naming the picture's file in its query or fragment (a blog's showpic.html#...&url=
    .../orignal/<its id>, a CMS's picview.aspx?src=.../<its file>.jpg): the article's picture, its
    centred line under it the caption. A picture linking to an advertiser's page names no file of it,
    and says nothing but a promotion's few words where it says any (an app's card between paragraphs)."""
    caption = "沙场旁被水泥封堵的排水口，仍有黑水渗出"
    for link, image in (
            ("/showpic.html#blogid=4a7c3e&url=http://img.example.cn/orignal/4a7c3e5bt4a1b2c3d",
             "http://img.example.cn/middle/4a7c3e5bt4a1b2c3d&690"),
            ("/picview.aspx?src=/uploads/2012/20120305093512781.jpg", "/uploads/2012/20120305093512781_s.jpg")):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>"
                    f"<p style='text-align:center'><a href='{link}'><img src='{image}'></a></p>"
                    f"<p style='text-align:center'><font size='2'>{caption}</font></p><p>{PROSE}第二段。</p></div>")
        fields = extracted(html)
        assert fields["articleBody"].split("\n") == TWO_PARAGRAPHS, link
        assert [picture["caption"] for picture in fields["images"]] == [caption], link
    banner = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>"
                  "<p><a href='https://www.example-shop.cn/promo?from=banner'><img src='/ads/20120305093512781.gif'></a></p>"
                  f"<p>{PROSE}第二段。</p></div>")
    assert extracted(banner)["images"] == []
    app_card = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>"
                    "<a class='card' href='https://m.example.cn/download?from=article'><img src='/static/logo_96.png'>"
                    "<div><b>某某天气APP</b><span>降温预警早知道，15天精准预报</span></div><em>立即打开</em></a>"
                    f"<p>{PROSE}第二段。</p></div>")
    assert extracted(app_card)["articleBody"].split("\n") == TWO_PARAGRAPHS
    shop_card = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>"  # closed by a button's call
                     "<a class='promo-card' href='https://m.example.cn/mall/cat/helmet?from=article'><img src='/promo.png'>"
                     "<div><b>某某严选·安全帽专区</b><span>每款附检验报告，采购满500元包邮</span></div><em>去看看</em></a>"
                     f"<p>{PROSE}第二段。</p></div>")
    assert extracted(shop_card)["articleBody"].split("\n") == TWO_PARAGRAPHS
    tool_card = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>"  # one link, its words closed by a single arrow
                     "<div class='promo-card'><a href='https://www.example.cn/tool/jigou?from=article_in'>"
                     "<img src='/promo/jigou_check.png'><div><b>机构查一查</b>"
                     "<p>输入机构名称，一键查看资质、投诉记录和资金监管状态 &gt;</p></div></a></div>"
                     f"<p>{PROSE}第二段。</p></div>")
    assert extracted(tool_card)["articleBody"].split("\n") == TWO_PARAGRAPHS


def test_a_picture_declared_an_icon_s_size_is_no_picture_of_the_article():
    """What it recognises: a picture whose declared width and height are an icon's (a wiki's notice
    symbol linked to its file's page, a forum post's smiley): no photograph of the article; a
    photograph declared large, or of no declared size, is one."""
    icons = ("<a href='/wiki/File:Notice.svg'><img src='/thumb/50px-Notice.svg.png' width='50' height='39'></a>",
             "<img src='/images/smilies/smile.gif' width='20' height='20' alt=':)'>")
    photos = "<img src='/photo/big.jpg' width='600' height='400'><img src='/photo/plain.jpg'>"
    html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{icons[0]}{PROSE}</p><p>{PROSE}{icons[1]}</p>"
                f"<p>{photos}</p><p>{PROSE}第二段。</p></div>")
    assert [picture["url"] for picture in extracted(html)["images"]] == [
        "https://news.example.cn/photo/big.jpg", "https://news.example.cn/photo/plain.jpg"]


def test_a_subheading_set_in_bold_under_a_picture_is_the_text_s_not_the_picture_s_caption():
    """What it recognises: a centred line under a picture is its caption, but one set in bold
    throughout (by <strong> or by its style) is the text's next subheading (a public account's
    boxed 小标题 after a photograph, or its numbered one, a portal's centred bold subhead): it stays
    in the text; a centred plain line stays the caption."""
    picture = "<p style='text-align:center'><img src='/1.jpg'></p>"
    subheading = "紧盯销售端 商超全覆盖"
    for line, shown in ((f"<section style='text-align:center'><section><p><strong><span>{subheading}</span></strong>"
                         "</p></section></section>", subheading),
                        (f"<p align='center'><b>{subheading}</b></p>", subheading),
                        ("<section style='text-align:center'><span style='font-weight: bold'>01</span> "
                         f"<span><strong>{subheading}</strong></span></section>", f"01 {subheading}")):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{picture}{line}<p>{PROSE}第二段。</p></div>")
        fields = extracted(html)
        assert fields["articleBody"].split("\n") == [PROSE, shown, f"{PROSE}第二段。"], line
        assert fields["images"] == [{"url": "https://news.example.cn/1.jpg", "caption": None}], line
    caption = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{picture}<p style='text-align:center'>"
                   f"执法人员检查电梯</p><p>{PROSE}第二段。</p></div>")
    assert_two_paragraphs_and_a_captioned_picture(caption, "1.jpg", "执法人员检查电梯")


def test_a_table_of_numbers_to_dial_is_the_text_s_data_not_a_list_of_links():
    """What it recognises: a notice's table whose every row links a number to dial (tel:) or an
    address to write to (mailto:), its duty roster, is the text's data, though most of its words are
    in links; a table of the same rows linking to pages is a list of links."""
    def roster(scheme: str) -> str:
        rows = "".join(f"<tr><td>{area}</td><td>{name}</td><td><a href='{scheme}{number}'>{number}</a></td></tr>"
                       for area, name, number in (("重庆、贵州", "李工", "13983025516"), ("四川、西藏", "刘工", "13709081427"),
                                                  ("云南、广西", "陈工", "13658437702"), ("湖北、湖南", "杨工", "15923160398"),
                                                  ("陕西、甘肃、宁夏", "马工", "18623057741")))
        head = "<tr><th>服务区域</th><th>值班人员</th><th>联系电话</th></tr>"
        return f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"

    def body_around(table: str) -> list[str]:
        return body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{table}"
                            f"<p>{PROSE}第二段。</p></div>"))
    for scheme in ("tel:", "mailto:"):
        assert "重庆、贵州 李工 13983025516" in body_around(roster(scheme)), scheme
    assert body_around(roster("/duty/")) == TWO_PARAGRAPHS


def test_a_data_table_with_an_icon_beside_a_cell_s_words_stays_a_table():
    """What it recognises: a table of short cells whose pictures each stand beside words of their
    cell, declared no larger than an icon or not at all (a team's logo by its name), is data: its rows
    read as rows. A picture alone in a cell, or one declared larger than an icon (a map under its
    places' names), makes a table one laying out the page: its cells read as lines."""
    def table_with(picture: str) -> list[str]:
        rows = "".join(f"<tr><td>{n}</td><td>{picture}{team}</td><td>7</td><td>{18 - 3 * n}</td></tr>"
                       for n, team in enumerate(("长春飞鹰", "哈尔滨北极狐", "沈阳雪狼"), start=1))
        table = f"<table><tr><th>排名</th><th>球队</th><th>场</th><th>积分</th></tr>{rows}</table>"
        return body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{table}"
                            f"<p>{PROSE}第二段。</p></div>"))
    for icon in ("<img src='/logo/fy.png'>", "<img src='/logo/fy.png' width='24' height='24'>"):
        assert "2 哈尔滨北极狐 7 12" in table_with(icon), icon
    assert "2 哈尔滨北极狐 7 12" not in table_with("<img src='/map/area.png' width='250' height='106'>")


@pytest.mark.parametrize("credit", ["（数据来源：诉易通 制表：电商观察网）", "数据来源：市交通运输局", "资料来源：国家统计局",
                                    "制表：本报记者 李明", "（表格：各批次检测结果 记者 王可 整理）", "(单位：批次)",
                                    "表：2024年第四季度抽检情况（数据来源：省市场监督管理局）",
                                    "今年1至10月全市投诉行业分布（数据来源：市消费者协会）",
                                    "表：《宠物冻干食品》团体标准部分指标（来源：标准文本，某某网整理）",
                                    "資料來源：消費者委員會《選擇》月刊第585期", "表：2013年上半年洗衣机类投诉问题分类",
                                    "表1 抽查不合格产品名单", "附表2：各批次检测结果", "▲ 五月份的收支（数据由受访者提供）"])
def test_a_line_under_a_table_crediting_its_data_is_the_table_s_not_the_text_s(credit):
    """What it recognises: a line right under a table that credits its data (数据来源：, 资料来源：, 制表：,
    in brackets or not: an e-commerce research site's complaint table, a logistics portal's price
    table), or that closes the table's title with that credit in brackets (a trade media site's, a radio
    station's, an expo's), or that names it as a table (a consumer council's 表：…, a bureau's 表1 …), or
    that is one bracketed aside (a news app's （表格：… 整理）, a bureau's (单位：批次)), or that opens with
    a mark pointing at it (a public account's ▲ 五月份的收支), is the
    table's caption, as a picture's is: none of the text. A sentence under the table stays, bracketed
    or not (a bureau's （以上不合格产品信息仅对所抽样品负责。）), and so do a bracketed note on its data (（注：
    占比按…计算）) and a word opening with 表 (表明…)."""
    table = "<table><tr><th>类型</th><th>投诉量</th></tr><tr><td>虚假宣传</td><td>579</td></tr></table>"
    lines = body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{table}<p>{credit}</p>"
                         f"<p>{PROSE}第二段。</p></div>"))
    assert credit not in lines and lines[-1] == f"{PROSE}第二段。"
    for said in ("从投诉类型看，虚假宣传占比最高。", "（以上信息仅对所抽样品负责。）",
                 "虚假宣传投诉增长两成（数据来源：市消协）。", "表明虚假宣传投诉仍在增长。", "（注：占比按全年投诉总量计算）"):
        assert said in body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{table}<p>{said}</p>"
                                    f"<p>{PROSE}第二段。</p></div>"))


@pytest.mark.parametrize("grey", ["<span style='color: #999999;'>{}</span>", "<font color='gray'>{}</font>",
                                  "<span style='color:#888;font-size:12px'>{}</span>"])
def test_a_line_in_light_grey_under_a_picture_is_its_caption(grey):
    """What it recognises: a short line right under a picture, set in light grey (lighter than a
    text's #333 or #666), is its caption, where a blog only breaks its lines (<br>) (an old blog's
    span under each photo, a forum's <font color>). A grey line under no picture, and a statement
    under a picture in the text's colour, stay."""
    caption = "满月那天给宝宝洗澡"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{PROSE}<br><br><img src='/1.jpg'><br>"
                f"{grey.format(caption)}<br><br>{PROSE}第二段。</div>")
    assert_two_paragraphs_and_a_captioned_picture(html, "1.jpg", caption)
    said = "满月那天我们给宝宝洗了澡，他一点也不哭。"
    for line, words in ((grey.format(caption), caption), (f"<span style='color:#666'>{said}</span>", said)):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{PROSE}<br><br>"
                    + ("<img src='/1.jpg'><br>" if "666" in line else "") + f"{line}<br><br>{PROSE}第二段。</div>")
        assert words in body_of(html), line


@pytest.mark.parametrize("named", ["<p class='img-desc'>{}</p>", "<div class='pic_note'><p>{}</p></div>",
                                   "<p class='wp-caption-text'>{}</p>",
                                   "<p class='img-p'><span class='img-note'>{}</span></p>"])
def test_a_line_under_a_picture_whose_class_names_it_a_caption_is_its_caption(named):
    """What it recognises: a short line right after a picture whose class names it the picture's
    caption or description, as CMSs and editors name one (a TV station's img-desc, a portal's
    pic_note, a blog's wp-caption-text without its <figure>, a government CMS's img-note on the
    words alone). A line after a picture in a paragraph of the text's class stays."""
    caption = "检测人员对燃气连接软管进行耐老化测试"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p><img src='/1.jpg'></p>"
                f"{named.format(caption)}<p>{PROSE}第二段。</p></div>")
    assert_two_paragraphs_and_a_captioned_picture(html, "1.jpg", caption)
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p><img src='/1.jpg'></p>"
                f"<p class='text-indent'>{caption}</p><p>{PROSE}第二段。</p></div>")
    assert caption in body_of(html)


def test_the_line_under_a_picture_that_says_its_alt_text_is_its_caption():
    """What it recognises: a short line right after a picture, in a paragraph of its own, that says
    what the picture's alt text says (a MIP page's pic-note under its mip-img, a CMS's plain <p> under
    its <img>): the picture's caption, none of the text. A line after a picture whose alt says
    something else is text."""
    caption = "检验人员对凉席样品进行检测"
    for picture in (f"<p style='text-align:center'><mip-img src='/1.jpg' alt='{caption}'></mip-img></p>",
                    f"<p><img src='/1.jpg' alt='{caption}'></p>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{picture}<p class='pic-note'>{caption}</p>"
                    f"<p>{PROSE}第二段。</p></div>")
        assert_two_paragraphs_and_a_captioned_picture(html, "1.jpg", caption)
    other = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p><img src='/1.jpg' alt='凉席'></p>"
                 f"<p>{caption}。</p><p>{PROSE}第二段。</p></div>")
    assert extracted(other)["articleBody"].split("\n") == [PROSE, f"{caption}。", f"{PROSE}第二段。"]


def test_a_phrase_on_a_line_of_its_own_under_a_picture_in_a_broken_text_is_its_caption():
    """What it recognises: in a text whose lines are only broken (<br>), as a forum poster types
    a post, a short phrase on a line of its own right under a picture, ending on a word
    (机芯拆出来，油全干了): the picture's caption, none of the text. Under a picture, a line that states
    something (it ends with a full stop), a label's line (先说优点：), a numbered or bracketed
    subheading (二、拆机过程, 【租鞋】), one set in bold, or a phrase in a paragraph of its own where the
    text's paragraphs are too, is text. Where they are broken lines, a phrase in an element of its own
    under the picture (a forum's <div class="t_smallfont">) stands out as its caption too."""
    picture = "<img src='data/attachment/forum/1.jpg' class='zoom'>"
    caption = "机芯拆出来，油全干了"
    for under in (f"<br>{caption}<br>", f"<div class='t_smallfont'>{caption}</div><br>"):
        post = page(f"<h1>某地开展电梯安全检查</h1><div class='t_msgfont'>{PROSE}<br><br>{picture}{under}<br>"
                    f"{PROSE}第二段。<br><br>{PROSE}第三段。<br><br>{PROSE}第四段。<br></div>")
        assert body_of(post) == [PROSE, f"{PROSE}第二段。", f"{PROSE}第三段。", f"{PROSE}第四段。"], under
        assert f"<figcaption>{caption}</figcaption>" in extracted(post)["articleBodyHtml"], under
    for line in ("机芯拆出来，油全干了。", "先说优点：", "二、拆机过程", "【租鞋】", "<b>拆机过程</b>"):
        text = page(f"<h1>某地开展电梯安全检查</h1><div class='t_msgfont'>{PROSE}<br><br>{picture}<br>{line}<br><br>"
                    f"{PROSE}第二段。<br></div>")
        assert body_of(text) == [PROSE, line.replace("<b>", "").replace("</b>", ""), f"{PROSE}第二段。"], line
    own_paragraph = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{picture}</p><p>{caption}</p>"
                         f"<p>{PROSE}第二段。</p></div>")
    assert body_of(own_paragraph) == [PROSE, caption, f"{PROSE}第二段。"]


def test_a_picture_s_address_is_read_from_where_its_platform_lazily_loads_it():
    """What it recognises: a picture whose src is a placeholder while its address waits in the
    attribute a script loads it from (a blog's real_src under a transparent gif, linked to its viewer;
    a forum's file and zoomfile under none.gif): that address is the picture's, and the centred line
    under it its caption."""
    caption = "医院大厅里排队等待筛查的家长"
    blog = (f"<p align='center'><a href='http://photo.example.cn/showpic.html#url=4b3a6d1ft5c2e8a3b1f07'>"
            f"<img src='/images/common/sg_trans.gif' real_src='/middle/4b3a6d1ft5c2e8a3b1f07&amp;690'></a></p>"
            f"<p align='center'><font color='#808080' size='2'>{caption}</font></p>")
    html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{blog}<p>{PROSE}第二段。</p></div>")
    assert_two_paragraphs_and_a_captioned_picture(html, "middle/4b3a6d1ft5c2e8a3b1f07&690", caption)
    forum = ("<p><img src='static/image/common/none.gif' zoomfile='data/attachment/forum/201303/15/1019.jpg' "
             "file='data/attachment/forum/201303/15/1019.jpg' class='zoom'></p>")
    html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{forum}<p>{PROSE}第二段。</p></div>")
    assert [picture["url"] for picture in extracted(html)["images"]] == [
        "https://news.example.cn/a/2024/0315/data/attachment/forum/201303/15/1019.jpg"]


def test_the_caption_beside_a_mip_picture_is_its_caption():
    """What it recognises: a page of Baidu's MIP (its AMP) shows its pictures as mip-img, as an AMP
    page does as amp-img: the line under one is its caption, in a picture's box or a figure."""
    caption = "检查人员查看电梯维保记录（记者 王火炎 摄）"
    for picture in (f"<div class='img-box'><mip-img src='/1.jpg'></mip-img><p class='note'>{caption}</p></div>",
                    f"<figure><mip-img src='/1.jpg'></mip-img><figcaption>{caption}</figcaption></figure>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{picture}<p>{PROSE}第二段。</p></div>")
        assert_two_paragraphs_and_a_captioned_picture(html, "1.jpg", caption)


def test_a_source_s_credit_then_a_byline_on_one_line_at_the_text_s_end_is_no_text():
    """What it recognises: a line crediting the source, then the reporters as a byline names them
    (来源：湖州日报 记者 潘晓东 通讯员 王越), closing the text of an account's repost or opening a portal's
    copy, is a credit line, and so is a byline with the post's reading time beside it (a trade site's
    文 | 何雨桐 阅读约 4 分钟); a sentence naming a source and reporters stays."""
    for line, at_end in (("来源：湖州日报 记者 潘晓东 通讯员 王越", True), ("稿源：某某晚报 记者 张三", False),
                         ("文 | 何雨桐 阅读约 4 分钟", False)):
        paragraphs = [PROSE, f"{PROSE}第二段。"]
        lines = [*paragraphs, line] if at_end else [line, *paragraphs]
        text = "".join(f"<p>{paragraph}</p>" for paragraph in lines)
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div>{text}</div>")) == TWO_PARAGRAPHS, line
    sentence = "来源：湖州日报 记者 潘晓东 通讯员 王越参加了当天的检查。"
    text = f"<p>{PROSE}</p><p>{PROSE}第二段。</p><p>{sentence}</p>"
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div>{text}</div>"))[-1] == sentence


def test_a_video_s_caption_over_the_text_is_none_of_it():
    """What it recognises: a short line under the label 视频 (视频：…, 【视频】…) and no sentence, under a
    player opening the text, is the video's caption: a news agency's page (a <video> and its title
    line), a TV station's (a box a script fills with its player). A sentence about a video stays."""
    for player in ("<div id='videoArea'><div class='pageVideo'><video src='/v/1.mp4' controls></video></div>"
                   "<p class='videoTitle'>视频：长江沿线省市签署联防联控协议（时长1分28秒）</p></div>",
                   "<div class='video'><div id='myFlash'></div><script>createVodPlayer({divId:'myFlash'});</script>"
                   "<p class='vtitle'>【视频】3·15晚会曝光问题引关注 多地连夜查处</p></div>"):
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div>{player}<p>{PROSE}</p><p>{PROSE}第二段。</p></div>")) \
            == TWO_PARAGRAPHS, player
    said = "视频显示，涉事电梯在运行中突然停止。"
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div><p>{said}</p><p>{PROSE}</p></div>"))[0] == said


@pytest.mark.parametrize("player", ["<p style='text-align:center'><video src='/v/1.mp4' poster='/v/1.jpg'></video></p>",
                                    "<div class='player'><embed src='/v/1.swf'></div>",
                                    "<audio src='/a/1.mp3' controls></audio>"])
def test_a_line_under_a_player_that_reads_as_a_caption_is_none_of_the_text(player):
    """What it recognises: a short line under a media player (a <video>, a Flash <embed>, an <audio>),
    reading as a picture's caption would (centred, in light grey), is the player's caption: the player
    is left out of the text, and so is what it says of itself. A line in the text's own style under a
    player, and a caption-like line under none, stay."""
    for caption in ("<p style='text-align:center;color:#999'>网传视频截图</p>", "<p style='color:#999'>网传视频截图</p>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{player}{caption}<p>{PROSE}第二段。</p></div>")
        assert body_of(html) == TWO_PARAGRAPHS, caption
    for kept in (f"{player}<p>网传视频截图</p>", "<p style='text-align:center;color:#999'>网传视频截图</p>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{kept}<p>{PROSE}第二段。</p></div>")
        assert body_of(html) == [PROSE, "网传视频截图", f"{PROSE}第二段。"], kept


def test_gbk_a3a0_is_a_full_width_space():
    html = ("<html><head><meta charset='gbk'><title>某地开展电梯安全检查</title></head><body><h1>某地开展电梯安全检查</h1>"
            f"<p>\u3000\u3000{PROSE}</p></body></html>").encode("gbk").replace("\u3000".encode("gbk"), b"\xa3\xa0")
    assert body_of(html) == [PROSE]


@pytest.mark.parametrize("wrapped", ["{}", "<table><tr><td>{}</td></tr></table>", "<div><div><div>{}</div></div></div>"],
                         ids=["as it is", "in a table's cell", "in framework boxes"])
def test_an_article_in_several_sections_is_one_body(wrapped):
    """A wrapper around one element alone (a table's row and cell, a framework's box) is no level of
    the layout: the sections beside the body are looked for as near as without it."""
    sections = "".join(f"<div class='part'><h3>第{n}部分</h3>" + wrapped.format(f"<div><p>{PROSE}第{n}部分。</p></div>")
                       + "</div>" for n in range(1, 4))
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='main'>{sections}<div class='tools'>分享到</div></div>")
    body = body_of(html)
    assert [line for line in body if line.startswith("市场")] == [f"{PROSE}第{n}部分。" for n in range(1, 4)]


def test_a_sidebar_of_facts_beside_a_short_notice_is_no_part_of_it():
    """What it recognises: a part of a text beside its body says whole sentences; a sidebar's boxes
    of facts (a scenic area's weather, its tickets' prices, its opening hours) end none, however
    they are punctuated, and stay out of a short notice's body."""
    said = ["受近期持续强降雨影响，西线栈道局部出现落石、护栏松动等安全隐患，景区决定自即日起对西线栈道实施临时封闭维护。",
            "封闭期间，景区其他区域正常开放，游客可乘坐观光车至中天门换乘索道上山，或经东线步道前往金顶。",
            "请广大游客服从景区工作人员引导，不要擅自翻越围挡、进入封闭区域，由此带来的不便，敬请谅解！"]
    notice = "<p>尊敬的广大游客：</p>" + "".join(f"<p>{line}</p>" for line in said) + "<p>特此公告。</p>"
    weather = ("<div class='weather'><h3>景区天气</h3><p>多云转阵雨 18~26℃</p><p>东南风 2级 湿度 86%</p>"
               "<ul><li>明天 阵雨 17~24℃</li><li>后天 雷阵雨 17~23℃</li></ul><p>山顶气温较山下低5~8℃，请注意添衣</p></div>")
    tickets = ("<div class='ticket'><h3>门票信息</h3><p>成人票¥120 学生票¥60 索道往返¥90 观光车¥30</p>"
               "<p>开放时间：07:30-17:30（17:00停止售票），旺季延长至18:00</p></div>")
    html = page(f"<div class='wrap'><div class='left'><div class='detail'><h1>关于西线栈道临时封闭维护的公告</h1>"
                f"<div class='info'>发布时间：2024-07-18 17:05</div><div class='content'>{notice}</div></div></div>"
                f"<div class='right'>{weather}{tickets}</div></div>", title="关于西线栈道临时封闭维护的公告-某某风景区")
    assert body_of(html) == ["尊敬的广大游客：", *said, "特此公告。"]


@pytest.mark.parametrize("gutter", [
    "<td class='gutter'><pre><span>1</span><br><span>2</span><br><span>3</span></pre></td>",
    "<td><ul class='pre-numbering'><li>1</li><li>2</li><li>3</li></ul></td>",
])
def test_a_code_block_s_line_numbers_are_no_text(gutter):
    """What it recognises: the numbers a blog sets beside its code's lines (a static blog's table of a
    gutter and the code, a developer platform's list of numbers), 1 up to the last line, in a box of
    their own: none of the text. The code's lines stay."""
    code = ("<td class='code'><pre><span>total = 0</span><br><span>for box in boxes:</span><br>"
            "<span>    total += box</span></pre></td>")
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><figure class='highlight'><table><tr>{gutter}"
                f"{code}</tr></table></figure><p>{PROSE}第二段。</p></div>")
    body = body_of(html)
    assert [line for line in body if line.strip() in ("1", "2", "3")] == []
    assert body[0] == PROSE and body[-1] == f"{PROSE}第二段。"
    assert any("for box in boxes:" in line for line in body)


@pytest.mark.parametrize("heading", ["《某地开展电梯安全检查》上有4条评论", "4 条评论 to &#8220;某地开展电梯安全检查&#8221;",
                                     "已有 4 条评论", "《某地电梯“安全码”怎么看》上有4条评论"])
def test_a_post_s_comment_count_over_the_title_points_to_the_comments_which_its_heading_opens(heading):
    """What it recognises: a blog's count of comments under the post's title, a link to their place
    on the page (WordPress's <a href="…#comments">4 条回复</a>), heads nothing: the post's text after
    it stays. The comments' own heading, naming the post's title (《…》上有4条评论, quotes in it maybe, 4 条评论 to “…”) or
    not (已有 4 条评论), opens them, and a likes widget (赞过： 赞 正在加载……) is no text."""
    post = (f"<article><header><h1>某地开展电梯安全检查</h1><div class='comments-link'>"
            f"<a href='{URL}#comments'>4 条回复</a></div></header>"
            f"<div class='entry-content'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
            "<div class='likes'><h3>赞过：</h3><div><span>赞</span> <span class='loading'>正在加载……</span></div></div>"
            "</div></article>")
    comments = (f"<div id='comments'><h2>{heading}</h2><ol><li><p>网友甲 2014年11月20日</p><p>{REPLY}</p></li>"
                f"<li><p>网友乙 2014年11月21日</p><p>{REPLY}第二条。</p></li></ol></div>")
    assert body_of(page(f"<div id='content'>{post}{comments}</div>")) == TWO_PARAGRAPHS
    # The comments in the post's own box, each under its author's 说道：, no date on them.
    undated = (f"<div class='entry-content'><p>{PROSE}</p><p>{PROSE}第二段。</p><h3>{heading}</h3>"
               f"<p>老陈说道：</p><p>{REPLY}</p><p>Eva说道：</p><p>{REPLY}第二条。</p></div>")
    assert body_of(page(f"<article><h1>某地开展电梯安全检查</h1>{undated}</article>")) == TWO_PARAGRAPHS


@pytest.mark.parametrize("likes", ["<h3>赞过：</h3><div><span>赞</span> <span>正在加载……</span></div>",
                                   "<h3>請按讚：</h3><div><span>喜歡</span> <span>載入中...</span></div>",
                                   "<h3>请按赞：</h3><div><span>喜欢</span> <span>加载中...</span></div>"])
def test_a_blog_s_likes_widget_in_any_of_its_translations_is_no_text(likes):
    """What it recognises: a blog's likes widget (Jetpack's) under the post, however its words are
    translated (赞过：赞 正在加载……; a Taiwan blog's 請按讚：喜歡 載入中...): its label, its button and its
    placeholder while it loads are no text. A sentence saying what readers like stays."""
    assert body_closed_by(f"<div class='sharedaddy'>{likes}</div>") == TWO_PARAGRAPHS
    said = "不少读者表示喜欢这种按赞的方式。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]


def test_a_comments_heading_with_its_count_and_a_link_opens_the_comments():
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='main'><div class='text'><p>{PROSE}</p></div>"
                "<div class='comments'><div class='bar'><span>网友评论（共2条）</span><a href='/c'>查看全部评论</a></div>"
                f"<div class='c'><p>网友：游客 发表于：2010-7-6 10:12:33</p><p>{PROSE}，说得好。</p></div></div></div>")
    assert body_of(html) == [PROSE]


def test_a_statement_heading_opens_the_statement():
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='main'><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p></div>"
                "<div class='notice'><h4>特别声明</h4>"
                "<p>本文为作者在本平台上传并发布，仅代表该作者观点，本平台仅提供信息发布服务。</p></div></div>")
    assert body_of(html) == [PROSE, f"{PROSE}第二段。"]


def test_a_flat_page_s_lines_over_its_headline_are_none_of_the_text():
    """What it recognises: a page that sets everything straight in its <body> (a news site's text-only
    edition, a print page) holds its header lines and menus over the headline in the body's own
    element: the article follows its headline, so they are none of its text."""
    header = ("<div><b>某某新闻网·纯文本版</b> | <a href='/a.htm'>返回图文版</a> | <a href='/wap/'>手机版</a> | "
              "<a href='/help.htm'>无障碍浏览说明</a></div><div><a href='/'>首页</a> | <a href='/news/'>新闻</a> | "
              "<a href='/xf/'>消费</a></div><hr>")
    html = page(f"{header}<h1>某地开展电梯安全检查</h1><div>2011年06月08日 08:42</div><hr><p>{PROSE}</p><p>{PROSE}第二段。</p>")
    assert body_of(html) == TWO_PARAGRAPHS


def test_a_body_before_the_heading_the_title_names_is_read_when_none_follows_it():
    # The title names a sidebar's heading (the issue shown beside its table of contents).
    contents = "".join(f"<p>{PROSE[:n]}</p><p>张三</p>" for n in (20, 24, 28, 32))
    html = page(f"<div class='main'><h3>《某某学报》2022年第4期</h3>{contents}</div>"
                "<div class='side'><h3>2022年第4期</h3><img src='/cover.jpg'></div>", title="某某网-2022年第4期")
    assert body_of(html)[-2:] == [PROSE[:32], "张三"]


@pytest.mark.parametrize("provides", ["only provides", "merely provides", "provides only"])
def test_a_self_media_platform_s_disclaimer_under_the_post_is_no_text_of_it(provides):
    disclaimer = ("<p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“某某号”用户上传并发布，"
                  "本平台仅提供信息存储服务。</p>"
                  "<p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user "
                  f"of Moumou Hao, which is a social media platform and {provides} information storage services.</p>")
    html = page(f"<h1>某地开展电梯安全检查</h1><div><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p></div>"
                f"<div class='statement'>{disclaimer}</div></div>")
    assert body_of(html) == [PROSE, f"{PROSE}第二段。"]


def test_a_platform_s_word_that_what_is_above_was_posted_by_others_ends_the_text():
    """What it recognises: a complaint platform's line under the complaint, that what is above was
    posted by the consumer and is not the platform's view (*以上内容由消费者本人发布，不代表某某立场):
    the text ends there; the handling's timeline and the merchant's reply after it are none of it."""
    timeline = ("<p>处理进度</p><p>商家已回复 2025-01-08 11:32</p><p>某某专营店 回复：您好，针对您反馈的问题，我司已将同批次"
                "产品送至第三方机构复检，复检结果预计1月15日出具。</p><p>发起投诉 2025-01-06 21:15</p>")
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
                f"<p>*以上内容由消费者本人发布，不代表某某立场</p>{timeline}</div>")
    assert body_of(html) == TWO_PARAGRAPHS


@pytest.mark.parametrize("statement", [
    "本文为某某号作者或机构在某某新闻上传并发布，仅代表该作者或机构观点，不代表某某新闻的观点或立场，某某新闻仅提供信息发布平台。"
    "申请某某号请用电脑访问https://www.example.cn/apply。",
    "本文来自某某号作者上传并发布，仅代表该作者观点。某某仅提供信息发布平台。",
    "本文为某某号作者发布，不代表某某头条立场。",
])
def test_a_platform_s_statement_that_the_post_is_its_author_s_is_no_text_of_it(statement):
    """What it recognises: a self-media platform's line under each post, the post its author's
    view alone and the platform only its publisher (澎湃号's, 网易号's wording), or the post its
    author's and not the platform's view (a news feed app's 本文为某某号作者发布，不代表某某立场), inside the
    text's box. A sentence saying what does not stand for a view stays."""
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p><p>{statement}</p></div>")
    assert body_of(html) == [PROSE, f"{PROSE}第二段。"]
    said = "专家表示，个别企业的做法并不代表行业立场。"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{said}</p></div>")
    assert body_of(html) == [PROSE, said]


def test_the_headline_is_the_title_s_start_up_to_a_separator_though_it_holds_one():
    html = page(f"<h1>某某博客 BLOGNET</h1><h2>新竹尖石_美樹營地賞楓 (2)</h2><div><p>{PROSE}</p></div>",
                title="新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 某某博客 BLOGNET ::")
    assert extracted(html)["headline"] == "新竹尖石_美樹營地賞楓 (2)"


def test_a_main_container_hidden_until_a_script_shows_it_is_read_small_hidden_elements_are_not():
    """What it recognises: a hidden element (inline visibility:hidden, display:none) holding most of
    its region's words is the article; a hidden menu, pop-up or pixel beside it stays out. A
    self-media post hidden inside its page's wrapper; a portal's content div shown by a script."""
    popup = "<div class='pop' style='display:none'><p>扫码关注，领取优惠券，每天都有新福利等你来拿！</p></div>"
    lead = ("导语：检查发现，部分小区电梯的维保记录不全、应急电话无人接听，存在安全隐患，"
            "当地监管部门已经责令相关单位限期整改到位。")
    self_media = page(f"<h1>某地开展电梯安全检查</h1><div class='main'><div class='lead'><p>{lead}</p></div>"
                      f"<article style='visibility: hidden'><p>{PROSE}</p><p>{PROSE}第二段。</p></article>{popup}</div>"
                      "<script>document.querySelector('article').style.visibility = 'visible'</script>")
    assert body_of(self_media) == [lead, PROSE, f"{PROSE}第二段。"]
    shown_later = ["抽查共涉及电梯、燃气灶具、电线电缆等十类产品，合格率较去年同期有所提高，问题集中在小型企业。",
                   "下一步，监管部门将对不合格产品的生产企业开展跟踪抽查，并向社会公布整改结果，接受群众监督。"]
    portal = page(f"<h1>某地开展电梯安全检查</h1><div class='wrap'><p>{PROSE}</p>"
                  f"<div id='content' style='DISPLAY: none'><p>{shown_later[0]}</p><p>{shown_later[1]}</p></div>"
                  "<div style='display:none'><p>首页，新闻，评论，视频，关于我们，联系我们，网站地图。</p></div>"
                  "<img style='display:none' src='/pixel.gif'></div><script>content.style.display = 'block'</script>")
    assert body_of(portal) == [PROSE, *shown_later]


def test_the_rest_of_a_text_folded_away_until_the_reader_asks_is_read():
    """What it recognises: a hidden element after a part of the text the page shows, beside it,
    that goes on with sentences of its own is the rest of the text, folded until 展开全文 is tapped
    (a portal's mobile page: parts of the text between ads; a self-media page: the rest under a
    mask). A hidden copy of the text (for printing), a dialog's sentence and a menu stay out."""
    third, fourth = f"第三段，{PROSE}", f"第四段，{PROSE}"
    portal = page(f"<h1>某地开展电梯安全检查</h1><main><div class='content'><div class='page on'><p>{PROSE}</p>"
                  f"<p>{PROSE}第二段。</p></div><div class='ad'><a href='/ad'>打开客户端，阅读更多好文</a></div>"
                  f"<div class='page fold' style='display:none'><p>{third}</p><p>{fourth}</p></div>"
                  "<div class='fold-more'><a href='javascript:;'>展开全文</a></div></div></main>")
    assert body_of(portal) == [*TWO_PARAGRAPHS, third, fourth]
    self_media = page(f"<h1>某地开展电梯安全检查</h1><article class='article'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
                      f"<div class='rest' style='display: none;'><p>{third}</p></div>"
                      "<div class='dialog' style='display:none'><p>确定要举报这篇文章吗？</p></div>"
                      f"<div class='print' style='display:none'><p>{PROSE}</p><p>{PROSE}第二段。</p></div>"
                      "<div class='unfold'>展开剩余 62%</div></article>")
    assert body_of(self_media) == [*TWO_PARAGRAPHS, third]


REPLY = "说得很对，我们小区的电梯也经常出问题，物业一直拖着不修，希望有关部门能够尽快来查一查，给居民一个交代。"


def test_comments_under_a_post_are_no_body_whatever_their_heading():
    """What it recognises: alike containers side by side, each with a short line showing a date and
    its time (who wrote it, when), after the post's text, are comments; the line over them goes too.
    A blog's comment list, a news page's readers' comments in a table."""
    blog_comments = "".join(f"<div class='comment'><div class='meta'><a href='/u/{n}'>网友{n}</a> 2012-03-0{n} 12:3{n}"
                            f"</div><p>{REPLY}{REPLY}</p></div>" for n in range(1, 5))
    blog = page(f"<h1>某地开展电梯安全检查</h1><div class='post'><div class='entry'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
                f"</div><div id='comments'><h4>《某地开展电梯安全检查》上的 4 条回应</h4>{blog_comments}</div></div>")
    assert body_of(blog) == [PROSE, f"{PROSE}第二段。"]
    table_comments = "".join(f"<table class='pl'><tr><td>{n}楼 匿名用户 发表于2019年3月{n}日 08:1{n}</td></tr>"
                             f"<tr><td>{REPLY}</td></tr></table>" for n in range(1, 4))
    news = page(f"<h1>某地开展电梯安全检查</h1><div class='content'><p>{PROSE}</p><p>{PROSE}第二段。</p>{table_comments}</div>")
    assert body_of(news) == [PROSE, f"{PROSE}第二段。"]


def test_a_forum_thread_s_first_post_is_the_article_and_its_line_the_date_line():
    """What it recognises: among alike posts (each with its poster's line: a date and its time), the
    first is the article when no text comes before it, even where a reply is longer; the poster's
    line opening it dates it and is no body. A table-per-post forum, a div-per-post forum."""
    first = f"{PROSE}{PROSE}"
    tables = "".join(f"<table class='plhin' id='pid{n}'><tr><td class='pls'><a href='/space/{n}'>用户{n}</a></td>"
                     f"<td class='plc'><div class='pi'>发表于 2015-6-14 03:2{n}</div><div class='t_f'>"
                     f"{first if n == 1 else REPLY * 3}</div></td></tr></table>" for n in range(1, 5))
    divs = "".join(f"<div class='post'><div class='author'>楼主{n}  2021/07/0{n} 21:0{n}</div>"
                   f"<div class='text'><p>{first if n == 1 else REPLY * 2}</p></div></div>" for n in range(1, 4))
    for posts, date in ((tables, "2015-06-14T03:21:00+08:00"), (divs, "2021-07-01T21:01:00+08:00")):
        fields = extracted(page(f"<h1>某地开展电梯安全检查</h1><div id='postlist'>{posts}</div>"))
        assert fields["articleBody"] == first and fields["datePublished"] == date


@pytest.mark.parametrize("attachment", [
    "<p><a href='attachment.php?aid=41023'>DSC_0419.JPG</a> <em>(102.3 KB)</em></p>",
    "<div class='xs0'><p><strong>IMG_2031.JPG</strong> <em class='xg1'>(156.3 KB, 下载次数: 12)</em></p></div>",
    "<p>附件：<a href='/f/1'>油耗记录表.xls</a>（18.5KB）</p>",
    "<div class='tip aimg_tip'><p><strong>漏水.jpg</strong> <em>(58.17 KB, 下载次数: 2)</em></p>"
    "<p>2010-8-14 21:35 上传</p></div>",
    "<p class='attach'><a href='/f/2'>合同.pdf</a> (1.2 MB)</p><p>上传于 2019-03-02 08:15</p>"],
    ids=["Discuz 7", "Discuz X", "labelled", "Discuz X, its upload time", "a board's, its upload time"])
def test_an_attachment_s_line_among_the_text_is_none_of_it(attachment):
    """What it recognises: a line that is a file's name and its size (maybe its download count) is
    an attachment a post sets among its lines, with its picture or not, and so is the line of when
    it was uploaded under it: no text, wherever they stand (and an upload's time is no reply's)."""
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='post'><p>{PROSE}</p>{attachment}<img src='/a.jpg'>"
                f"<p>{PROSE}第二段。</p>{attachment}</div>")
    assert body_of(html) == TWO_PARAGRAPHS


def test_replies_set_loose_after_their_poster_s_lines_are_no_body():
    """What it recognises: a thread whose posts are each a poster's line (who, when: a date and its
    time) with the post's text following it outside any element. From the first reply on, all of
    the thread's box is the replies': their loose text and the ads between them too. An old forum
    printing each reply under a table of its line (作者：X 回复日期：Y), a board whose first post
    is itself loose text under its line."""
    replies = "".join(f"<table><tr><td>作者：<a href='/u/{n}'>网友{n}</a> 回复日期：2006-8-12 21:4{n}:26 "
                      f"<a href='javascript:reply({n})'>回复此发言</a></td></tr></table>{REPLY}<br>"
                      + ("<div class='ad'><a href='/ad'><img src='/ad.gif'></a></div>" if n == 2 else "")
                      for n in range(1, 5))
    post = f"<div class='post'>{PROSE}<br><br>{PROSE}第二段。<br></div>"
    after_the_post = page(f"<h1>某地开展电梯安全检查</h1><table><tr><td>作者：楼主 提交日期：2006-8-12 21:33:00</td></tr>"
                          f"</table><div id='content'>{post}{replies}</div>")
    assert body_of(after_the_post) == TWO_PARAGRAPHS
    lines = "".join(f"<div class='hd'>{'楼主' if n == 1 else f'{n}楼'} 网友{n} 发表于 2010-03-0{n} 12:3{n}</div>"
                    + (f"{PROSE}<br>{PROSE}第二段。<br>" if n == 1 else f"{REPLY}{REPLY}<br>") for n in range(1, 5))
    first_post_loose = page(f"<h1>某地开展电梯安全检查</h1><div id='thread'>{lines}</div>")
    assert body_of(first_post_loose) == TWO_PARAGRAPHS


def test_a_thread_shown_newest_first_is_opened_by_its_last_post():
    """What it recognises: posts whose times run newest first, the last of them (the first in time)
    saying the most, were opened by it: the body is that post, not the replies over it. A complaint
    platform's timeline (completed, the merchant's reply, assigned, filed), a forum thread read in
    reverse order (倒序看帖)."""
    complaint = f"<p>{PROSE}</p><p>{PROSE}第二段。</p>"
    steps = (("投诉已完成", "2023-08-18 09:41", "<p>已收到退款，处理还算及时。</p>"),
             ("商家已回复", "2023-08-16 15:08", f"<p>{REPLY}</p>"),
             ("投诉已分配", "2023-08-14 10:35", "<p>平台已将您的投诉分配给商家，请耐心等待。</p>"),
             ("发起投诉", "2023-08-14 10:22", complaint))
    timeline = "".join(f"<div class='item'><div class='step'><h3>{step}</h3><span>{time}</span></div>"
                       f"<div class='cont'>{text}</div></div>" for step, time, text in steps)
    posts = "".join(f"<table class='post'><tr><td class='author'>网友{n} 发表于 2015-4-{n} 21:3{n}</td></tr>"
                    f"<tr><td class='text'>{complaint if n == 1 else REPLY}</td></tr></table>" for n in (4, 3, 2, 1))
    for thread in (f"<div class='steplist'>{timeline}</div>", f"<div id='postlist'>{posts}</div>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='main'>{thread}</div>")
        assert body_of(html) == TWO_PARAGRAPHS, thread


@settings(max_examples=80, deadline=None)
@given(replies=st.integers(min_value=2, max_value=6), wrapped=st.booleans(), first_wrapped=st.booleans(),
       ad_after=st.integers(min_value=0, max_value=6), reply_length=st.integers(min_value=1, max_value=4),
       newest_first=st.booleans())
def test_no_reply_of_a_thread_is_body_however_its_posts_are_set(replies, wrapped, first_wrapped, ad_after,
                                                                 reply_length, newest_first):
    """Whatever the shape of a thread (each post's text in a box of its own or loose after its
    poster's line, an ad between two posts, replies longer than the post; or the posts shown newest
    first, all set alike, the post that opened them saying the most), the first post in time is the
    body, whole, and no reply's word is in it."""
    assume(not newest_first or (reply_length == 1 and wrapped == first_wrapped))

    def post(n: int) -> str:
        text = f"{PROSE}<br>{PROSE}第二段。<br>" if n == 0 else f"{REPLY * reply_length}<br>"
        boxed = first_wrapped if n == 0 else wrapped
        line = f"<div class='hd'>{n + 1}楼 网友{n} 发表于 2010-03-0{n + 1} 12:3{n}</div>"
        ad = "<div class='ad'><a href='/ad'><img src='/ad.gif'></a></div>" if n == ad_after else ""
        return (f"<div class='post'>{line}<div class='text'>{text}</div></div>" if boxed else f"{line}{text}") + ad
    shown = range(replies, -1, -1) if newest_first else range(replies + 1)
    html = page(f"<h1>某地开展电梯安全检查</h1><div id='thread'>{''.join(post(n) for n in shown)}</div>")
    assert body_of(html) == TWO_PARAGRAPHS


def test_a_blog_archive_s_first_entry_is_the_article_however_its_entries_nest():
    """What it recognises: a page of a blog's entries, each with its title, the time it was posted
    and a footer of controls (the permalink showing that time, 发表评论 >>>), is a thread whose first
    entry is the article, even where a later one is longer or links an address it shows, where the
    entries are table rows nesting their title and text rows several levels deep (each row with a
    time of its own), and beside a sidebar of many linked headlines (no home page for that)."""
    first, longer = f"{PROSE * 3}第一篇。", f"{PROSE * 5}第二篇。"
    address = "<a href='http://media.example.com/song.rm'>http://media.example.com/song.rm</a>"

    def row(n: int, text: str) -> str:
        footer = (f"<td class='foot'>由某某张贴 @ <a href='/p/{n}'>2005-03-2{n} 01:20:44</a> "
                  f"<a href='/p/{n}#c'>共 {n} 篇评论</a> <a href='/c/{n}'>发表评论 &gt;&gt;&gt;</a></td>")
        return (f"<tr><td><table class='bg'><tr><td><table><tr><td class='t'>第{n}篇</td><td><nobr>2005-03-2{n} 01:20:44"
                f"</nobr></td></tr></table></td></tr><tr><td><table><tr><td class='text'>{text}</td></tr><tr>{footer}</tr>"
                "</table></td></tr></table></td></tr>")
    sidebar = "".join("<ul>" + "".join(f"<li><a href='/a/{box}{n}.html'>某地开展电梯安全专项检查工作部署第{box}{n}期</a></li>"
                                       for n in range(4)) + "</ul>" for box in range(6))
    tables = (f"<h1>某某的博客</h1><table><tr><td>{sidebar}</td><td><table>{row(1, first)}{row(2, longer)}"
              f"{row(3, longer + address)}</table></td></tr></table>")
    divs = "".join(f"<div class='entry'><h2>第{n}篇</h2><div class='meta'>2012-03-2{n} 01:2{n}</div><div class='text'>"
                   f"<p>{first if n == 1 else longer}{address if n == 3 else ''}</p></div>"
                   f"<div class='foot'><a href='/p/{n}'>发表评论 &gt;&gt;&gt;</a></div></div>" for n in range(1, 4))
    for entries, date in ((tables, "2005-03-21T01:20:44+08:00"), (f"<h1>某某的博客</h1>{divs}", "2012-03-21T01:21:00+08:00")):
        fields = extracted(page(entries, title="某某的博客"))
        body = fields["articleBody"]
        assert body.endswith(first) and "第二篇" not in body and fields["datePublished"] == date


def test_a_list_of_notes_linked_back_to_the_text_is_no_body():
    """What it recognises: a list whose items each hold a link back into the page (to the note's mark
    in the text): a wiki entry's references (^ before each), a footnoted post's notes (↩ after each).
    A list of the article's own points stays."""
    points = "<ul><li>第一，加强日常检查。</li><li>第二，落实维保责任。</li></ul>"
    wiki = ("<ol class='references'>" + "".join(f"<li id='cite_note-{n}'><a href='#cite_ref-{n}'>^</a> 某某报. 某地电梯检查. "
                                              f"2023-05-0{n}</li>" for n in range(1, 4)) + "</ol>")
    notes = ("<ol class='footnotes'>" + "".join(f"<li id='fn{n}'>见某某报道第{n}版。<a href='#fnref{n}'>↩</a></li>"
                                             for n in range(1, 3)) + "</ol>")
    for notes_list in (wiki, notes):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}<sup><a href='#cite_note-1'>[1]</a></sup></p>"
                    f"{points}<p>{PROSE}第二段。</p>{notes_list}</div>")
        assert body_of(html) == [f"{PROSE}[1]", "第一，加强日常检查。", "第二，落实维保责任。", f"{PROSE}第二段。"]


def test_a_box_of_facts_opening_an_entry_is_no_body():
    """What it recognises: a table before the first paragraph, most of whose rows are a label cell
    and a value cell: a wiki's infobox (under its title row), an encyclopedia's basic-information box;
    a definition list of labels and values there (another encyclopedia's, its facts in two columns);
    the heading over such a box (基本信息, a complaint's 投诉信息) goes with it. The same table after
    the text has begun is the article's data and stays."""
    def facts(rows: list[tuple[str, str]], title: str = "") -> str:
        head = f"<tr><th colspan='2'>{title}</th></tr>" if title else ""
        return "<table>" + head + "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows) + "</table>"
    infobox = facts([("所属行政区", "河北省"), ("建置时间", "2017年4月1日"), ("邮政编码", "070000")], title="雄安新区")
    basic = facts([("中文名", "电梯"), ("外文名", "elevator"), ("类别", "特种设备"), ("标准", "GB 7588")])
    terms = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in (("中文名", "电梯"), ("类别", "特种设备"),
                                                                            ("施行时间", "2019年10月1日（现行办法）")))
    listed = f"<div class='basic-info'><dl class='left'>{terms}</dl><dl class='right'>{terms}</dl></div>"
    complaint = facts([("被投诉方:", "速达快递"), ("涉诉金额:", "1280 元"), ("投诉要求:", "查找快件，按实际价值赔偿")])
    for box in (infobox, basic, listed, f"<h3>基本信息</h3>{basic}",
                f"<div class='typeoption'><h3>投诉信息</h3>{complaint}</div>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div>{box}<p>{PROSE}</p><p>{PROSE}第二段。</p></div>")
        assert body_of(html) == [PROSE, f"{PROSE}第二段。"], box
    data = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{basic}<p>{PROSE}第二段。</p></div>")
    assert "中文名 电梯" in body_of(data)


def test_a_bracketed_link_in_a_heading_is_a_control():
    """What it recognises: inside a heading, a bracketed word or two holding a link is a control of
    the page (a wiki section's [编辑], an English wiki's [edit]), not the heading's words."""
    for control in ("<span class='mw-editsection'><span>[</span><a href='/w?action=edit'>编辑</a><span>]</span></span>",
                    "<span class='edit'>[<a href='/edit/2'>edit</a>]</span>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><h2>检查情况{control}</h2><p>{PROSE}第二段。</p></div>")
        assert body_of(html) == [PROSE, "检查情况", f"{PROSE}第二段。"]


def test_an_edit_button_beside_a_section_s_heading_is_a_control():
    """What it recognises: 编辑 alone, unbracketed, is a control (an edit button a script runs), not a
    line of the text. An encyclopedia's button in each section's title box, another's in a box of its
    own under the section's heading, with its icon. (Set loose in a line, a span 编辑 stays.)"""
    boxed = "<div class='paraTitle'><h2>检查情况</h2><div class='editLemma'><span class='text'>编辑</span></div></div>"
    under = "<h3>检查情况</h3><div class='section-edit'><i class='icon-edit'></i>编辑</div>"
    for section in (boxed, under):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='para'><p>{PROSE}</p>{section}<p>{PROSE}第二段。</p></div>")
        assert body_of(html) == [PROSE, "检查情况", f"{PROSE}第二段。"]


def test_a_text_s_own_copyright_claim_and_a_comment_box_without_a_form_are_no_body():
    """What it recognises: a claim of the text's own copyright with its owner's name between (本文版权归
    某某所有, 本帖版权归作者所有) and a rule to ask before reprinting (转载请联系作者), as notices; the box
    holding a text field with no <form> around it (a comment box a script sends), as a form. A
    reading site's note (its claim, then 你的回应 over a disabled field), a forum's post (its claim,
    then a quick-reply box)."""
    comments = "".join(f"<div class='comment-item'><a href='/people/{n}/'>读者{n}</a><span>2020-09-2{n} 1{n}:03:12</span>"
                       f"<p>{PROSE}</p></div>" for n in range(3))
    note = (f"<div class='article'><div class='note-container'><div class='note'><p>{PROSE}</p><p>{PROSE}第二段。</p></div>"
            "<div class='copyright-claim'>&copy; 本文版权归 <a href='/people/62718304/'>北窗</a> 所有，任何形式转载请联系作者。"
            f"</div></div><div id='comments'>{comments}<div class='comment-form'><p class='pl'>你的回应&nbsp;&middot;</p>"
            "<textarea disabled></textarea><p><a href='/login'>登录</a>后回应</p></div></div></div>")
    post = (f"<div class='t_f'><p>{PROSE}</p><p>{PROSE}第二段。</p><p>本帖版权归作者所有，转载须联系作者授权</p></div>"
            "<div id='fastpost'><div class='hd'>快速回复</div><textarea name='message'></textarea><div>发表回复</div></div>")
    for box in (note, post):
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='main'>{box}</div>")) == [PROSE, f"{PROSE}第二段。"]


@pytest.mark.parametrize("claim", ["本文內容的版權屬某某測試研究社所有。未經本社書面許可，不得將本文內容用作宣傳用途。",
                                   "本文内容版权属于某某网所有。"])
def test_a_text_s_own_copyright_claim_naming_its_content_is_a_notice(claim):
    """What it recognises: a claim of the text's copyright that names its content between (a Hong Kong
    testing body's 本文內容的版權屬…所有, 本文内容版权属于…所有), closing it: a notice. A sentence of the
    text on whom a copyright belongs to stays."""
    assert body_closed_by(f"<p>{claim}</p>") == TWO_PARAGRAPHS
    said = "法院认定，涉案图片的版权属于原告所有。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]


@pytest.mark.parametrize("fields", [
    "<input type='text' placeholder='房屋面积'><input type='tel' placeholder='手机号'>",
    "<input placeholder='您的称呼'><input type='email' placeholder='邮箱'>",
])
def test_a_box_of_text_fields_without_a_form_between_paragraphs_is_none_of_them(fields):
    """What it recognises: a quote's or a sign-up's box set between a text's paragraphs, its few words
    (装修前先算一算 / 输入面积，1分钟获取报价) over its text fields and its button, with no <form> around
    them (a script sends them): a widget. A search box in the header costs the text nothing."""
    box = (f"<div class='inner-ad'><div class='l'><b>装修前先算一算</b><p>输入面积，1分钟获取装修报价明细</p></div>"
           f"<div class='r'>{fields}<a href='/baojia/'>免费获取报价</a></div></div>")
    html = page(f"<div class='head'><input type='search' placeholder='搜索'></div><h1>某地开展电梯安全检查</h1>"
                f"<div class='text'><p>{PROSE}</p>{box}<p>{PROSE}第二段。</p></div>")
    assert body_of(html) == TWO_PARAGRAPHS


def test_a_site_s_word_that_its_information_is_for_reference_is_a_notice():
    """What it recognises: the site saying its own information is for reference only (本站提供的信息仅供
    参考, 本网站所载信息仅供参考). An education portal's 特别说明 box under the text, a finance portal's
    line closing it; an article's own 仅供参考 about its figures stays, and so does the editor's reminder
    to readers under its label (本网提醒：以上价格仅供参考，…)."""
    education = ("<div class='tip'>特别说明：由于各省份高校招生政策等信息随时可能调整，本站提供的信息仅供参考，"
                 "具体以相关部门和院校官方公布信息为准。</div>")
    finance = "<p>本网站所载信息仅供参考，不构成投资建议，投资者据此操作，风险自担。</p>"
    for notice in (education, finance):
        assert body_closed_by(notice) == TWO_PARAGRAPHS
    for own in ("以上数据来自企业自报，仅供参考。", "本网提醒：以上价格仅供参考，实际成交以各地过磅结算为准。"):
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{own}</p></div>")) == [PROSE, own]


def test_a_slideshow_s_hidden_records_give_their_texts_not_their_fields():
    """What it recognises: in a hidden box a script shows as a slideshow, read as the article, the
    records' fields that are only an address or a number (a picture's, its thumbnail's, a count)
    are data, and the headline over each record is the title shown again; the pictures' texts are
    the text. A portal's <dl> records (dt the title, dd the fields), another's boxes of paragraphs."""
    texts = [f"{PROSE[:30]}第{n}张。" for n in range(1, 7)]
    records = "".join(f"<dl><dt>某地开展电梯安全检查</dt><dd>https://img.example.cn/news/{n}.jpg</dd>"
                      f"<dd>//img.example.cn/news/{n}_s.jpg</dd><dd>{text}</dd><dd>402150{n}</dd></dl>"
                      for n, text in enumerate(texts))
    boxes = "".join(f"<div class='rec'><p class='img'>//img.example.cn/g/{n}.jpg</p><p class='txt'>{text}</p>"
                    f"<p class='num'>{n + 1}</p></div>" for n, text in enumerate(texts))
    for data in (f"<div id='eData' style='display:none;'>{records}</div>", f"<div class='photo-data' hidden>{boxes}</div>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='slide'><p>{PROSE}</p>{data}</div>")
        assert body_of(html) == [PROSE, *texts]


def test_a_figure_without_a_picture_is_read_as_text():
    """What it recognises: a <figure> holding no picture is self-contained text, not a picture's box:
    a static blog's code listing (a table of a line-number gutter and the code), a magazine's quote
    with its source under it."""
    gutter = "".join(f"<span class='line'>{n}</span><br>" for n in range(1, 4))
    code = "<span class='line'>import os</span><br><span class='line'>print(os.getcwd())</span><br>"
    listing = (f"<figure class='highlight python'><table><tr><td class='gutter'><pre>{gutter}</pre></td>"
               f"<td class='code'><pre>{code}</pre></td></tr></table></figure>")
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='post-body'><p>{PROSE}</p>{listing}<p>{PROSE}第二段。</p></div>")
    assert "print(os.getcwd())" in "".join(body_of(html))
    quote = ("<figure class='quote'><blockquote><p>质量是企业的生命，安全是发展的底线，任何时候都不能放松。</p></blockquote>"
             "<figcaption>——某市市场监管局局长</figcaption></figure>")
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{quote}<p>{PROSE}第二段。</p></div>")
    assert "质量是企业的生命，安全是发展的底线，任何时候都不能放松。" in body_of(html)


def test_a_table_s_figure_caption_is_no_text_as_its_own_caption_is_none():
    """What it recognises: a <figcaption> in a <figure> holding a table of data (a WordPress table
    block's note under its figures) is the table's caption, left out as a table's <caption> is and
    as a picture's caption is; the table's rows stay."""
    rows = ("<tr><th>类型</th><th>价格区间</th></tr><tr><td>电热毯</td><td>80–300元</td></tr>"
            "<tr><td>电热垫</td><td>50–200元</td></tr>")
    note = "*价格为2018年前后的大致行情"
    for table in (f"<figure class='wp-block-table'><table>{rows}</table><figcaption>{note}</figcaption></figure>",
                  f"<table><caption>{note}</caption>{rows}</table>"):
        body = body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='entry-content'><p>{PROSE}</p>{table}"
                            f"<p>{PROSE}第二段。</p></div>"))
        assert body == [PROSE, "类型 价格区间", "电热毯 80–300元", "电热垫 50–200元", f"{PROSE}第二段。"], table


def test_a_stamp_of_the_text_s_last_change_opens_or_closes_no_body():
    """What it recognises: a short line that dates the text's last change is none of the text: a
    forum post's 本帖最后由 X 于 ... 编辑 over or under it (Discuz), 此帖被 X 在 ... 重新编辑 (phpwind), a
    blog's 最后更新 under it."""
    for stamp, at_start in (("<p><em>本帖最后由 江北小周 于 2024-11-9 08:12 编辑</em></p>", True),
                            ("<p>最后更新：2023年12月7日</p>", False),
                            # in brackets under the post, its closing 编辑 no editor's label (Discuz, phpwind)
                            ("<p>[<em> 本帖最后由 老猫 于 2009-8-16 09:12 编辑 </em>]</p>", False),
                            ("<p>[ 此帖被洗衣机小达人在2008-07-22 10:03重新编辑 ]</p>", False)):
        paragraphs = f"<p>{PROSE}</p><p>{PROSE}第二段。</p>"
        html = page(f"<h1>某地开展电梯安全检查</h1><p>发表于 2009-8-15 21:37</p>"
                    f"<div>{stamp + paragraphs if at_start else paragraphs + stamp}</div>")
        assert body_of(html) == TWO_PARAGRAPHS, stamp


def test_a_note_of_the_story_s_original_title_or_address_opens_or_closes_no_body():
    """What it recognises: a portal reposting a story notes the title it was first published under
    (原标题：..., in brackets maybe) over or under its text; a forum's repost notes it over the post
    (原标题:【】是X在...发表); a blog's repost its address there, by its linked title (原文地址：<a>...</a>
    作者：X), a portal's by its link (原文链接：...). It is another page's title, none of the text; a
    sentence that quotes a title stays."""
    for note, at_start in (("<p>原标题：某地开展电梯安全大检查 排查隐患三百余处</p>", True),
                           ("<p>（原标题：某地开展电梯安全大检查）</p>", False),
                           ("<p>原标题:【】是大卫在2005年8月12日16:10:13发表</p>", True),
                           ("<p><span>原文地址：<a href='http://news.example.cn/1.html'>某地开展电梯安全大检查</a>"
                            "&nbsp;&nbsp;来源：某某报&nbsp;&nbsp;作者：王某</span></p>", True),
                           ("<p>原文链接：<a href='http://news.example.cn/1.html'>某地开展电梯安全大检查 排查隐患"
                            "三百余处</a></p>", False)):
        paragraphs = f"<p>{PROSE}</p><p>{PROSE}第二段。</p>"
        html = page(f"<h1>某地开展电梯安全检查</h1><div>{note + paragraphs if at_start else paragraphs + note}</div>")
        assert body_of(html) == TWO_PARAGRAPHS, note
    quoted = "<p>该文原标题为《电梯安全大检查》，发表后引起广泛关注。</p>"
    kept = body_of(page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{quoted}</div>"))
    assert kept[-1] == "该文原标题为《电梯安全大检查》，发表后引起广泛关注。"


def test_a_line_of_the_story_s_keywords_closes_no_body():
    """What it recognises: the keywords or tags a CMS prints under the text, not as links (a
    portal's 关键词：电梯 安全 检查, a blog's 标签：电梯安全, Tags: ..., an entry's 词条标签：), their label
    alone on its line and the words on the next maybe; a sentence about a keyword stays."""
    for keywords in ("<p>关键词：电梯 安全 检查</p>", "<p>【标签】：电梯安全</p>", "<p>Tags: 电梯, 安全</p>",
                     "<div><div>文章标签：</div><div><span>电梯</span>，<span>安全</span></div></div>"):
        assert body_closed_by(keywords) == TWO_PARAGRAPHS, keywords
    sentence = "今年的关键词是“安全”，各地将持续开展检查。"
    assert body_closed_by(f"<p>{sentence}</p>") == [*TWO_PARAGRAPHS, sentence]


def test_counters_with_their_number_first_and_a_prompt_to_log_in_close_no_body():
    """What it recognises: a post's counters that give their number first (2876 人 赞, 356 人喜欢), and
    a prompt to log in before taking part (登录后才能回应, 请登录后发表评论), closing the text. A
    reading site's note (its counters, then the prompt), a blog platform's post."""
    note = ("<p>©本文版权归作者 北窗听雨 所有，任何形式转载请联系作者。</p><div class='sns'><p>2876 人 赞</p><p>413 人 转发</p>"
            "<p>1054 人 收藏</p></div><p>登录后才能回应</p>")
    blog = "<div class='foot'><span>356 人喜欢</span></div><div class='cmt'><p>请登录后发表评论</p></div>"
    for foot in (note, blog):
        assert body_closed_by(foot, box="note") == TWO_PARAGRAPHS


def test_a_forum_s_box_asking_to_log_in_for_an_attachment_opens_no_body():
    """What it recognises: the box a forum sets over a post whose attachments need a login: a prompt
    to sign up (马上注册，结交更多好友…), a prompt to log in to download (您需要 登录 才可以下载或查看),
    its close mark run by a script (x), then the stamp of the post's last change. None of it is
    text (a Discuz board's attach_tips; a board's login line under a post)."""
    tips = ("<div class='tips'><h3><strong>马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。</strong></h3>"
            "<p>您需要 <a href='member.php?mod=logging' onclick=\"showWindow('login', this.href);return false;\">登录</a>"
            " 才可以下载或查看，没有帐号？<a href='member.php?mod=register'>立即注册</a></p>"
            "<span class='close' onclick=\"this.parentNode.style.display='none'\">x</span></div>")
    post = f"<i>本帖最后由 小鹿 于 2015-11-4 09:02 编辑</i><br><br>{PROSE}<br><br>{PROSE}第二段。"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='post'>{tips}<div class='t_f'>{post}</div></div>")
    assert body_of(html) == TWO_PARAGRAPHS
    login = "<p>您需要登录后才可以回帖 <a href='/login'>登录</a> | <a href='/register'>立即注册</a></p>"
    assert body_closed_by(login) == TWO_PARAGRAPHS


def test_counters_in_ten_thousands_close_no_body():
    """What it recognises: a post's counters written as a portal or a self-media platform rounds a
    large number (阅读 10万+, 浏览 2.3万 | 评论 1.2k, 点击：1.5w), closing the text; a sentence that
    gives a number of readers stays."""
    for counters in ("<p>阅读 10万+</p>", "<div class='count'><span>浏览 2.3万</span> | <span>评论 1.2k</span></div>",
                     "<p>点击：1.5w 次</p>"):
        assert body_closed_by(counters) == TWO_PARAGRAPHS, counters
    sentence = "本文阅读量已突破10万，评论区讨论热烈。"
    assert body_closed_by(f"<p>{sentence}</p>") == [*TWO_PARAGRAPHS, sentence]


def test_a_pager_line_is_no_body_whatever_its_layout():
    """What it recognises: a short line of page numbers and the words that move between pages, with
    numbers, a link or a word of pages. A news site's "上一页 1 2 下一页" links, a portal's "共2页 第1页
    下一页>>" or "本文共3页 第2页 第3页", a script's pager showing 下一页 as plain text; a line of dots
    stays, and so does a number alone in plain text (a public account's 01 over its section)."""
    numbered = "<p><a href='1.html'>上一页</a> <a href='1.html'>1</a> 2 <a href='3.html'>3</a> <a href='3.html'>下一页</a></p>"
    scripted = "<p><span onclick='next()'>下一页</span></p>"
    counted_pages = "<div class='pages'>本文共3页 <a href='1_2.html'>第2页</a> <a href='1_3.html'>第3页</a></div>"
    for pager in (numbered, "<div class='page'>共2页 第1页 <a href='1_2.html'>下一页&gt;&gt;</a></div>", scripted,
                  counted_pages):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{PROSE}第二段。</p>{pager}</div>")
        assert body_of(html) == [PROSE, f"{PROSE}第二段。"]
    dots = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>……</p><p>{PROSE}第二段。</p></div>")
    assert body_of(dots) == [PROSE, "……", f"{PROSE}第二段。"]
    counted = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>第一，共3页材料已提交。</p>"
                   f"<p>{PROSE}第二段。</p></div>")
    assert body_of(counted) == [PROSE, "第一，共3页材料已提交。", f"{PROSE}第二段。"]
    # A number alone in plain text is no pager: a public account's number box over its section.
    numbered_section = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><section><p><strong>01</strong></p></section>"
                            f"<section><p><strong>重点检查哪些问题</strong></p></section><p>{PROSE}第二段。</p></div>")
    assert body_of(numbered_section) == [PROSE, "01", "重点检查哪些问题", f"{PROSE}第二段。"]


def test_a_one_line_link_between_paragraphs_is_an_advertisement():
    """What it recognises: a short line, no full stop, between two paragraphs of prose, all of it a
    link or closed by a link calling to click (点击了解详情>>, 点此报名). A trade site's "阀门厂家直销
    欢迎来电洽谈" link, a portal's app promotion link, a finance portal's call in clauses (…，权威，专业，
    …！), a self-media platform's 【推广】…>> line, a food portal's 〖频道推荐〗 line, a city site's 【活动】
    line; as well between the story's table and a subheading (a portal's channel link); a link that
    ends the body, or one inside a sentence, stays."""
    for advertisement in ("<p><a href='http://ad.example.com/fm'>优质阀门厂家直销 欢迎来电洽谈</a></p>",
                          "<div><a href='/app/download'><strong>下载某某新闻客户端 看更多资讯</strong></a></div>",
                          "<p><a href='/mobile/app.shtml'><strong>炒股就看某某研报，权威，专业，及时，全面，"
                          "助您挖掘潜力主题机会！</strong></a></p>",
                          "<p data-track='ad'><a href='https://ad.example.com/click?cid=17' rel='nofollow'>"
                          "【推广】开学季特惠：儿童护眼台灯限时直降200元，点击抢购&gt;&gt;</a></p>",
                          "<div class='in_ad'>〖频道推荐〗2024食品安全论坛报名进行中，"
                          "<a href='/zt/forum/'>点击了解详情&gt;&gt;</a></div>",
                          "<p>【活动】寻找身边的放心商家，<a href='/act/2024.html'>点此报名</a></p>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{advertisement}<p>{PROSE}第二段。</p></div>")
        assert body_of(html) == [PROSE, f"{PROSE}第二段。"]
    linked = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>详见<a href='/notice.html'>抽查结果公告</a>。</p>"
                  f"<p>{PROSE}第二段。</p></div>")
    assert body_of(linked) == [PROSE, "详见抽查结果公告。", f"{PROSE}第二段。"]
    # Under the story's table, over a subheading: a portal's channel link (【某某手机库】…>>).
    table = "<table><tr><th>机型</th><th>回收价</th></tr><tr><td>某某N8</td><td>200</td></tr></table>"
    under_table = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{table}"
                       "<p><a href='/price/'>【某某手机库】最新手机报价、评测、对比，尽在某某手机频道&gt;&gt;</a></p>"
                       f"<p><strong>三、隐私泄露</strong></p><p>{PROSE}第二段。</p></div>")
    assert body_of(under_table) == [PROSE, "机型 回收价", "某某N8 200", "三、隐私泄露", f"{PROSE}第二段。"]


def test_a_line_wholly_a_link_opened_or_closed_by_a_call_s_arrow_is_none_of_the_text_wherever_it_stands():
    """What it recognises: a line all of whose words are a link closed by a call's arrow (a recall
    site's 订阅召回提醒…通知你 >, a portal's 更多优惠请点此>>) or opened by one (a trade paper's boxed
    >>某某展即将开幕…), no statement in it: the site's promotion, opening the text, between its
    paragraphs or closing it. A sentence holding such a link stays."""
    for call in ("<div class='promo'><a href='/dingyue/?from=article'><i class='icon'></i> 家里的电梯配件是否在召回名单里？"
                 "订阅召回提醒，有新召回第一时间通知你 &gt;</a></div>", "<p><a href='/sale/'>更多优惠请点此&gt;&gt;</a></p>",
                 "<div style='border:1px solid #F0C36D'><a href='/zhanhui/8176.html'>&gt;&gt;2016某某国际家纺展即将开幕，"
                 "免费预登记通道已开启</a></div>"):
        for where in range(3):
            lines = [f"<p>{PROSE}</p>", f"<p>{PROSE}第二段。</p>"]
            lines.insert(where, call)
            assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{''.join(lines)}</div>")) == TWO_PARAGRAPHS
    sentence = "详见<a href='/notice.html'>抽查结果公告 &gt;</a>。"
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
                        f"<p>{sentence}</p></div>")) == [*TWO_PARAGRAPHS, "详见抽查结果公告 >。"]


@pytest.mark.parametrize("hint", ["左右滑动查看完整表格", "横屏查看", "← 向左滑动查看更多 →"])
def test_a_mobile_page_s_hint_to_swipe_is_none_of_the_text_wherever_it_stands(hint):
    """What it recognises: a mobile page's hint to swipe or turn the phone to see what is cut off (a
    health news page's 左右滑动查看完整表格 under its table), wherever it stands. A sentence about
    swiping stays."""
    table = "<table><tr><th>药品</th><th>集采价</th></tr><tr><td>某某片</td><td>21.50</td></tr></table>"
    html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{table}<p class='table-tip'>{hint}</p>"
                f"<p>{PROSE}第二段。</p></div>")
    assert body_of(html) == [PROSE, "药品 集采价", "某某片 21.50", f"{PROSE}第二段。"], hint
    said = "滑动解锁后，页面显示支付成功。"
    assert said in body_of(page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{said}</p><p>{PROSE}第二段。</p></div>"))


def test_a_line_that_gives_a_number_to_call_between_paragraphs_is_an_advertisement():
    """What it recognises: a short line in plain text (no link) that gives a number to call and says
    no sentence, between two paragraphs of prose, and goes on after its number to its pitch. A city
    news site's franchise ad (a service number), a portal's sales line (a mobile number); a notice's
    contact line before its signature, after its closing formula (特此通知。) or before it (an
    association's, a testing station's), one ending with its number between two paragraphs (急诊电话：…
    before the notice's wishes), or with its hours in brackets after it, and a sentence that gives a
    number, stay."""
    for advertisement in ("<p style='text-align:center'>招商加盟热线：400-806-3127 厂家直销 欢迎来电洽谈</p>",
                          "<div><font color=red>订购电话 13812345678 全国包邮 货到付款</font></div>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{advertisement}<p>{PROSE}第二段。</p></div>")
        assert body_of(html) == [PROSE, f"{PROSE}第二段。"]
    for closing in ("<p>特此通知。</p><p>联系人：王明 联系电话：0571-87654321</p>",
                    "<p>联系人：王明 联系电话：0571-87654321</p><p>特此公告。</p>"):
        notice = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{closing}<p>某市市场监督管理局</p>"
                      "<p>2024年3月15日</p></div>")
        assert "联系人：王明 联系电话：0571-87654321" in body_of(notice), closing
    for line in ("急诊电话：0510-85912120", "祭扫服务咨询电话：0736-7218800（工作日8:00—17:00）"):
        contact = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>{line}</p>"
                       "<p>祝广大市民新春愉快，阖家幸福！</p></div>")
        assert body_of(contact) == [PROSE, line, "祝广大市民新春愉快，阖家幸福！"], line
    sentence = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>如有疑问，请拨打0571-87654321咨询。</p>"
                    f"<p>{PROSE}第二段。</p></div>")
    assert body_of(sentence) == [PROSE, "如有疑问，请拨打0571-87654321咨询。", f"{PROSE}第二段。"]


def test_a_shop_s_card_of_its_name_address_and_number_is_no_text():
    """What it recognises: a box set in the text of three lines or more, each in an element of its
    own, that gives an address and a number to call and states nothing (a paint shop's 鑫达油漆建材 /
    地址：… / 电话：… 微信：…, a card party room's 📍门店地址：… / ☎️预约电话：… under its mini-program
    code): the account's card, none of the text. A notice's contact lines among its paragraphs stay."""
    cards = ("<section style='background-color: rgb(250, 245, 240)'><p><strong>鑫达油漆建材</strong></p>"
             "<p>多乐士 · 三棵树 · 嘉宝莉 授权经销</p><p>地址：固始县蓼北路建材城东区18号</p>"
             "<p>电话：0376-4812345　微信：13837661234</p></section>",
             "<section><p><img src='/qr.png'></p><p>长按识别小程序码 进入包间预约</p>"
             "<p>📍门店地址：宁波市鄞州区某某路8号3楼</p>"
             "<p>☎️预约电话：0574-88121234（10:00—22:00）</p><p>🅿️商场地下车库停车，凭小票免费2小时</p></section>")
    for card in cards:
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>{card}</div>")
        assert body_of(html) == [PROSE, f"{PROSE}第二段。"], card
    contact = ["联系人：王明", "地址：某市人民路66号", "联系电话：0571-87654321"]
    notice = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>"
                  f"{''.join(f'<p>{line}</p>' for line in contact)}<p>某市市场监督管理局</p></div>")
    assert body_of(notice) == [PROSE, *contact, "某市市场监督管理局"]


def test_a_box_to_tip_the_author_under_its_heading_is_no_text():
    """What it recognises: a box headed by the call to tip the author (赞赏：, 打赏作者) at a post's end,
    its line asking for the tip (…可以请老张喝瓶水 扫码赞赏) under it: the platform's, none of the text. A
    sentence of the text that says the word stays."""
    for heading in ("<h3 class='sd-title'>赞赏：</h3>", "<div class='title'>打赏作者</div>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
                    f"<div class='sd-like'>{heading}<p>觉得有用的话，可以请老张喝瓶水 <a href='/donate/'>扫码赞赏</a></p>"
                    "</div></div>")
        assert body_of(html) == [PROSE, f"{PROSE}第二段。"], heading
    said = "评审专家对这一做法表示赞赏。"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{said}</p></div>")
    assert body_of(html) == [PROSE, said]


def test_the_author_s_box_under_its_heading_is_no_text():
    """What it recognises: a box headed 关于作者 (a Taiwan blog's 關於作者, a theme's author box), 作者简介
    or About the author after a post, the author's name and a line about them under it, in the text's
    box or after it: the blog's, none of the text. A sentence of the text that names the author stays."""
    bio = "<p><a href='/author/azhai/'>阿宅</a></p><p>住在新北的上班族，喜欢研究收纳和各种居家小物，偶尔分享踩雷经验。</p>"
    for heading in ("<h3 class='about-author'>關於作者</h3>", "<div class='title'>作者简介</div>", "<h4>About the author</h4>"):
        for where in ("inside", "after"):
            text = f"<p>{PROSE}</p><p>{PROSE}第二段。</p>"
            box = f"<div class='author-box'>{heading}{bio}</div>"
            body = f"<div class='text'>{text}{box}</div>" if where == "inside" else f"<div class='text'>{text}</div>{box}"
            assert body_of(page(f"<h1>某地开展电梯安全检查</h1>{body}")) == [PROSE, f"{PROSE}第二段。"], (heading, where)
    said = "关于作者本人的说法，记者向其所在单位进行了核实。"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{said}</p></div>")
    assert body_of(html) == [PROSE, said]


def test_readers_comments_heading_with_its_count_in_words_and_the_site_s_caveat_are_no_body():
    """What it recognises: a comments heading whose count is in words (已有27人参与, 已有5条), its counts of
    comments and of readers (已有3条评论，共26人参与), or with a link to all of them (已有37条评论，查看全部), and
    what a site says over its readers' comments (仅供其表达个人看法，并不表明本网同意其观点). A city news site's
    comment box (a form, no comment shown) after the text's box, a blog's heading and caveat set in the post's
    own box, an IT portal's comments in the text's box, a portal's heading in it, an audio app's selected
    comments (精选留言 46), or with a note in brackets (精选留言（写留言请打开APP）; an old CMS's 网友评论：（只显示
    最新10条。…与本站立场无关！）), a developer blog's 查看评论
    over its numbered comments, a travel page's 游客点评 (全部 ›)."""
    caveat = "<p class='tishi'>网友评论仅供其表达个人看法，并不表明某某网同意其观点或证实其描述。</p>"
    text = f"<p>{PROSE}</p><p>{PROSE}第二段。</p>"
    news = (f"<div class='text'>{text}</div><div class='pinglun'><div class='bt'>网友评论 <span>（已有<em>27</em>人参与）"
            f"</span></div><textarea></textarea><input type='button' value='发表评论'>{caveat}</div>")
    blog = f"<div class='post'>{text}<h3>评论（已有5条）</h3>{caveat}</div>"
    portal = (f"<div class='post'>{text}<div class='pinglun'><h3>网友评论 <span>（已有<em>37</em>条评论，<a href='/c'>查看全部"
              "</a>）</span></h3><dl><dt>网友 [广东省深圳市] <span>2009-06-23 14:52</span></dt>"
              "<dd>华强北都是这样，懂行的人都不会在那里买电池。</dd></dl></div></div>")
    counted = (f"<div class='post'>{text}<div class='pl_box'><div style='font-weight:bold'>网友评论 <span>已有<em>3</em>"
               "条评论，共<em>26</em>人参与</span></div></div></div>")
    selected = f"<div class='post'>{text}<div class='comments'><div class='cm-hd'>精选留言<span>46</span></div></div></div>"
    caveated = (f"<div class='post'>{text}<div class='lanmu'>网友评论：（只显示最新10条。评论内容只代表网友观点，"
                "与本站立场无关！）</div><div class='pl'><font>匿名网友</font> 评论于 2011-8-23 14:02:11<br>"
                "电梯确实该好好查一查。</div></div>")
    # a travel or a shop page's visitors' reviews (游客点评) under a link to all of them
    reviews = (f"<div class='post'>{text}<section class='comment-brief'><h3>游客点评 <a href='/c'>全部 &rsaquo;</a></h3>"
               "<div class='c-item'><b>阿远同学</b><span>★★★★☆</span><p>冬天人少，就是栈道有点滑，记得穿防滑鞋。</p></div>"
               "</section></div>")
    for box in (news, blog, portal, counted, selected, caveated, reviews):
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='main'>{box}</div>")) == [PROSE, f"{PROSE}第二段。"]
    comments = "".join(f"<div class='cmt-item'><div><p class='nick'>读者{n}</p><p class='txt'>"
                       "还可以看书脊，正版的书脊胶很平整。"
                       f"</p><p>9月3日</p></div></div>" for n in range(3))
    noted = (f"<div class='wrap'><article><h1>某地开展电梯安全检查</h1><div class='content'>{text}</div>"
             "<p class='statement'>本文为某某原创，未经授权禁止转载。</p></article><section class='cmt'>"
             f"<h3>精选留言 <span>（写留言请打开APP）</span></h3>{comments}</section></div>")
    assert body_of(page(noted)) == [PROSE, f"{PROSE}第二段。"]
    comment = "请问一下图书条码也是这个算法吗？978开头的那种。"
    comments = "".join(f"<dl><dt>{n}楼 <a href='/u/{n}'>walker{n}</a> [<a href='#'>回复</a>]</dt><dd>{comment}</dd></dl>"
                       for n in (3, 2, 1))
    viewed = (f"<div id='details'><div class='title'><h1>某地开展电梯安全检查</h1></div><div id='content'>{text}</div>"
              f"<div class='panel_head'>查看评论<a name='comments'></a></div><div id='comment_list'>{comments}</div></div>")
    assert comment not in body_of(page(viewed))


def test_a_page_of_readers_comments_alone_is_no_article():
    """What it recognises: the comments headings of the words sites use for them (最热评论, 跟贴 beside
    跟帖). A portal's comments page for a story (its title a link, then 热门跟贴), a news site's
    comment centre (the story's link, a comment form, then 最热评论): all their text is comments, the
    first and longest before the others, so they are no article. An article's own 最热评论 under its
    text is left out of its body."""
    def comment(n: int) -> str:
        return (f"<div class='cmt-item'><div class='cmt-avatar'><img src='/a/{n}.png'></div><div class='cmt-body'>"
                f"<div class='cmt-head'><a href='javascript:;'>网友{n}</a><span>[江苏南京网友]</span>"
                f"<span>2024-09-03 08:1{n}</span></div><div class='cmt-text'>{PROSE * (3 if n == 0 else 2)}</div>"
                f"<div class='cmt-act'><a href='javascript:;'>支持(<em>18{n}</em>)</a><a href='javascript:;'>回复</a></div>"
                "</div></div>")
    comments = "".join(comment(n) for n in range(5))
    portal = f"<div class='tie'><a href='/a/1.html'>某地开展电梯安全检查</a><div><h3>热门跟贴</h3>{comments}</div></div>"
    centre = (f"<div class='main'><div class='c-news'><div>原文：</div><div><a href='/a/1.html'>某地开展电梯安全检查</a></div>"
              "<div>已有 <b>326</b> 条评论</div></div><div class='c-form'><div class='c-sec'>我来说两句</div>"
              f"<textarea></textarea><button>发表评论</button></div><div class='c-sec'>最热评论</div>{comments}</div>")
    for comments_page in (portal, centre):
        assert not isinstance(extract_article(page(comments_page, title="某某网"), URL), Extraction)
    article = (f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p></div>"
               f"<div class='c-sec'>最热评论</div>{comments}")
    assert body_of(page(article)) == [PROSE, f"{PROSE}第二段。"]


def test_text_set_in_the_page_s_body_itself_is_a_paragraph():
    """A page of the early web (a personal page, an old forum's post) sets its text in <body> itself,
    its lines broken by <br>: no block holds it, and it is the body all the same."""
    for body in (f"<font color='darkblue'><b>某地开展电梯安全检查</b></font><br><hr>{PROSE}<br><br>{PROSE}第二段。<br>",
                 f"<center><h2>某地开展电梯安全检查</h2></center>{PROSE}<br>{PROSE}第二段。<p><a href='/'>返回首页</a>"):
        assert body_of(page(body)) == [PROSE, f"{PROSE}第二段。"]


def test_in_lines_broken_by_br_a_notice_under_the_article_leaves_its_sentences_in():
    """One element of <br>-broken lines holding the article and a notice under it: a notice as a
    whole, but the article's sentences are its own. A footer of such lines (a copyright sentence, an
    address, a phone number) stays out, though no line of it alone is a notice."""
    article = f"<div class='text'>{PROSE}<br>{PROSE}第二段。<br>转载请注明出处，不得擅自镜像。</div>"
    footer = ("<div class='copy'>本网站所刊登的新闻、信息和各种专题资料，均为本网版权所有，未经协议授权，禁止下载使用。<br>"
              "地址：北京市某某区某某路1号 电话：010-12345678<br>京ICP备12345678号</div>")
    assert body_of(page(f"<div class='main'><h1>某地开展电梯安全检查</h1>{article}</div>{footer}")) == [
        PROSE, f"{PROSE}第二段。"]


@pytest.mark.parametrize(("rows", "row"), [("<table>{}</table>", "<tr><td>{}</td></tr>"),
                                           ("<div>{}</div>", "<div class='row'>{}</div>")],
                         ids=["table rows", "framework rows"])
def test_comments_with_their_times_under_the_text_make_no_thread_of_the_article(rows, row):
    """The article's date line in one row, its text and the readers' comments (each with its time)
    in the next: the rows are alike and both show times, but a post opens or closes with its
    poster's line, and the second row's times come after its text: no thread, the article is the body."""
    comments = "".join(f"<div class='c'><span>网友{n} 2024-01-02 10:1{n}:12</span><p>说得好，支持加强监管。</p></div>"
                       for n in range(3))
    html = page("<h1>某地开展电梯安全检查</h1>" + rows.format(
        row.format("来源：某某网 2024年01月02日 09:30") + row.format(f"<p>{PROSE}</p><p>{PROSE}第二段。</p>{comments}")))
    assert body_of(html)[:2] == [PROSE, f"{PROSE}第二段。"]


def test_a_list_of_related_stories_in_the_article_s_box_costs_a_short_article_nothing():
    """What it recognises: how much of a box's text is links is reckoned without its lists (the
    body leaves them out), so that a short article (a poem, a brief) with a list of related stories
    in its box is still the body: neither a footer whose sentences carry a few links, nor none."""
    poem = ["深夜看书须尽欢，明月照亮浊酒案。", "一杯美酒空对月，酌酒吟诗五千年。", "夜深人静时品读经典，甚是尽兴。",
            "恰逢腊月月光照进窗子，洒在酒案上。"]
    related = "".join(f"<li><a href='/p/{n}'>市场监管总局发布第{n}批产品质量国家监督抽查结果通报</a></li>" for n in range(5))
    footer = ("<div class='foot'><p>本社区是诗歌爱好者交流的地方，欢迎大家踊跃投稿。</p>"
              "<p>请勿一稿多投，详见<a href='/rules'>社区投稿须知</a>。</p></div>")
    html = page(f"<h1>静夜思</h1><div class='poem'>{''.join(f'<p>{line}</p>' for line in poem)}"
                f"<div><h3>相关阅读</h3><ul>{related}</ul></div></div>{footer}", title="静夜思_诗歌社区")
    assert body_of(html) == poem


@pytest.mark.parametrize("label", ["凌霄X5相关投诉", "电梯相关新闻", "相关新闻", "相关产品与服务"])
def test_a_box_of_related_items_named_for_their_subject_is_no_text(label):
    """What it recognises: a box after the text whose heading names what its items relate to (a car's
    related complaints in a table, an elevator's related news, a cloud vendor's 相关产品与服务 under a
    developer's post), with a link to more, in the column
    the text and its lead are read from. A subheading of the text that says 相关 in a sentence
    opens no box."""
    rows = "".join(f"<tr><td>CS2015-0988{n}</td><td>凌霄X5 2015款 1.5T DCT豪华型</td>"
                   f"<td><a href='/t/{n}'>低速行驶变速箱顿挫，4S店不予处理</a></td><td>2015-11-0{n}</td><td>待回复</td></tr>"
                   for n in range(1, 5))
    box = (f"<div class='mod'><div class='mod-hd'><h2>{label}</h2><a href='/more' class='more'>更多&gt;</a></div>"
           f"<table><tr><th>编号</th><th>车型</th><th>问题简述</th><th>日期</th><th>状态</th></tr>{rows}</table></div>")
    lead = ("<div class='summary'><b>[导读]</b> 检查发现，部分小区电梯的维保记录不全、应急电话无人接听，"
            "存在安全隐患，当地监管部门已经责令限期整改。</div>")
    said = "<h3>对相关投诉，厂家已作回复</h3>"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='col'>{lead}<div class='text'><p>{PROSE}</p>{said}"
                f"<p>{PROSE}第二段。</p></div>{box}</div>")
    assert body_of(html)[1:] == [PROSE, "对相关投诉，厂家已作回复", f"{PROSE}第二段。"]


def test_a_box_whose_lines_are_broken_by_br_holds_the_article_itself():
    """What it recognises: a <div> that holds no block but several lines broken by <br> is the
    article's text, not one paragraph of a larger box: the box around it (with the author's and
    the editor's box beside it) is not the body."""
    lines = [PROSE, f"{PROSE}第二段。", f"{PROSE}第三段。"]
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='post'><div class='text'>{'<br>'.join(lines)}</div>"
                "<div class='author'>本文来源：中国新闻网 <a href='/z'>张嘉琪</a></div></div>")
    assert body_of(html) == lines


def test_a_line_after_a_picture_that_credits_it_is_its_caption():
    """What it recognises: in text whose lines are broken by <br>, the short line right after a
    picture that ends by crediting it (摄, 供图, 资料图, 资料图片, 网络图片, 图片由X提供) is the picture's
    caption, not body."""
    for caption in ("3月14日，执法人员检查儿童用品质量。新华社发（苏阳 摄）", "检验人员对儿童口罩进行过滤效率测试。受访者供图",
                    "执法人员在销售门店检查产品认证标志（资料图）", "执法人员对封存产品进行登记。（资料图片）",
                    "市民在商场选购家电。网络图片", "检测现场。图片由某某检测院提供",
                    "召回产品示意图（图片来源：国家市场监督管理总局缺陷产品管理中心）"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{PROSE}<br><img src='/a.jpg'><br>{caption}<br>"
                    f"{PROSE}第二段。</div>")
        fields = extracted(html)
        assert fields["articleBody"].split("\n") == [PROSE, f"{PROSE}第二段。"]
        assert fields["images"] == [{"url": "https://news.example.cn/a.jpg", "caption": caption}]


def test_a_line_crediting_a_captioned_chart_under_its_caption_is_the_caption_s():
    """What it recognises: a chart's caption in two lines, each centred under it (a WeChat market
    report's 图1：… then 数据来源：…, a research note's 图：… then 资料来源：…, a photo's caption then its
    图片来源：): the second line credits the picture as its caption, none of the text. A centred line
    under a caption that credits nothing (a subheading) stays the text's."""
    centred = "<p style='text-align: center;'><span style='font-size: 12px;'>{}</span></p>"
    for title, credit in (("图1：马来西亚棕榈油月度产量（万吨）", "数据来源：MPOB，某某观察整理"),
                          ("图：近五年抽查合格率", "资料来源：国家市场监管总局"),
                          ("执法人员检查电梯", "图片来源：某某市市场监管局")):
        chart = f"<p style='text-align: center;'><img src='/a.png'></p>{centred.format(title)}{centred.format(credit)}"
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{chart}<p>{PROSE}第二段。</p></div>")
        assert_two_paragraphs_and_a_captioned_picture(html, "a.png", f"{title} {credit}")
    subheading = centred.format("二、国内库存变化")
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p style='text-align: center;'>"
                f"<img src='/a.png'></p>{centred.format('图1：月度产量')}{subheading}<p>{PROSE}第二段。</p></div>")
    assert body_of(html) == [PROSE, "二、国内库存变化", f"{PROSE}第二段。"]


@pytest.mark.parametrize("picture", [
    "<p class='f_center'><img src='/a.jpg'><br>执法人员在门店检查产品认证标志</p>",
    "<p class='ql-align-center'><img src='/a.jpg'></p>"
    "<p class='ql-align-center'><span>执法人员在门店检查产品认证标志</span></p>",
    "<div class='pic text-center'><img src='/a.jpg'></div><p class='has-text-align-center'>执法人员在门店检查产品认证标志</p>",
])
def test_a_short_line_a_class_centres_under_a_picture_is_its_caption(picture):
    """What it recognises: a class centres a line as an inline style does (f_center, ql-align-center,
    text-center, as editors name it); a short centred line right after a picture is its caption."""
    fields = extracted(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{picture}"
                            f"<p>{PROSE}第二段。</p></div>"))
    assert fields["articleBody"].split("\n") == TWO_PARAGRAPHS
    assert fields["images"] == [{"url": "https://news.example.cn/a.jpg", "caption": "执法人员在门店检查产品认证标志"}]


@pytest.mark.parametrize("picture", ["<p class='picDes'><img src='/a.jpg'><br />执法人员在门店检查产品认证标志</p>",
                                     "<p><a href='/a.jpg'><img src='/a.jpg'></a><br>执法人员在门店检查产品认证标志</p>"])
def test_a_short_line_under_a_picture_in_its_own_block_is_its_caption(picture):
    """What it recognises: the line a break opens under a picture, in the picture's own paragraph (a
    review site's picDes, a link to the full picture), is its caption. Text set beside the picture
    on its line, or a paragraph longer than a caption after the break, is text."""
    fields = extracted(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{picture}"
                            f"<p>{PROSE}第二段。</p></div>"))
    assert fields["articleBody"].split("\n") == TWO_PARAGRAPHS
    assert fields["images"] == [{"url": "https://news.example.cn/a.jpg", "caption": "执法人员在门店检查产品认证标志"}]
    for text in (f"<p><img src='/a.jpg'>{PROSE}第二段。</p>", f"<p><img src='/a.jpg'><br>{PROSE}{PROSE}</p>"):
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{text}</div>"))[1:] == \
            [f"{PROSE}第二段。" if "第二段" in text else PROSE + PROSE]


@pytest.mark.parametrize("card", [
    "<table class='pricebox' align='right'><tr><td colspan='2'><b>凌拓T420(7658-A21)</b></td></tr>"
    "<tr><td><img src='/s.jpg'></td><td>参考价：<b>￥8999</b></td></tr><tr><td colspan='2'>CPU：Core 2 Duo T8100<br>"
    "内存：2GB 硬盘：160GB<br><a href='/nb/t420/dealer.html'>经销商报价</a></td></tr></table>",
    "<div class='goods-card'><div class='name'>瑞尔AX3000路由器</div><span>京东</span><span>￥299</span>"
    "<a href='https://go.example.cn/jd/1025'>去购买</a></div>",
])
def test_a_product_s_card_set_in_the_text_is_none_of_it(card):
    """What it recognises: a review's price box floated beside its opening, a deal's shop card between
    its paragraphs: a short box showing a price and linking to quotes or shops, in no sentence. A
    sentence that tells the price stays."""
    said = "该机京东售价为299元，比上一代便宜了100元。"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{card}<p>{PROSE}</p><p>{said}</p>{card}"
                f"<p>{PROSE}第二段。</p></div>")
    assert body_of(html) == [PROSE, said, f"{PROSE}第二段。"]


NEWSLETTER_CARD = ("<div class='card'><p class='font-semibold'>订阅《某某周报》</p>"
                   "<p>每周一封，行业政策、行情与标准动态一次看全。</p><a href='/newsletter' class='btn'>免费订阅</a></div>")


@pytest.mark.parametrize("card", [
    "<div class='inline-card'><span class='tag'>投诉直通车</span><p>遇到回收压价、鉴定纠纷？一键发起投诉，平台48小时内"
    "转交商家处理</p><a href='/complaint/new'>立即投诉 →</a></div>",
    "<div class='inline-card'><p>遇到纠纷？一键发起投诉</p><a href='/complaint/new'>点击报名&gt;&gt;</a></div>",
    NEWSLETTER_CARD,
    "<div class='promo-card'><p>研究院服务</p><p>某某研究院面向企业提供产品安全合规诊断服务，"
    "欢迎<a href='/services'>在线咨询</a>。</p></div>",
    "<div class='article-cta'><div><strong>电梯困人了？</strong>全城网点24小时响应，工程师30分钟到场。</div>"
    "<a class='btn' href='/service/#booking'>立即预约</a><a class='btn' href='tel:4001234567'>400-123-4567</a></div>",
    "<div class='article-cta'><p class='cta-title'>想考保育师？</p><a href='/course/4' class='btn'>查看课程详情 &gt;</a></div>",
    # its markup indented as a template writes it, a line to call beside its button
    "<div class='article-cta'>\n                <div class='cta-text'><strong>需要出口检测报告？</strong><span>CMA/CNAS资质，"
    "中英文报告，FDA、LFGB、EU全覆盖</span></div>\n                <a href='/contact/' class='btn'>立即咨询</a>\n"
    "                <span class='cta-tel'>服务热线：400-860-1234</span>\n              </div>",
])
def test_a_card_offering_the_site_s_service_among_the_paragraphs_is_none_of_the_text(card):
    """What it recognises: a short box among the paragraphs closed by a link that calls to act on it,
    no sentence in it (a complaints platform's 投诉直通车 card: its tag, a line, 立即投诉 →) or its label
    and its line in elements of their own (a trade site's newsletter card: 订阅《…》, a line, 免费订阅; a
    think tank's offer of its services, closed by 欢迎<a>在线咨询</a>。; a repair service's card, its line
    over its buttons, the last dialling its number; a training school's question over its button
    pointing on, 想考保育师？ 查看课程详情 >; a testing lab's card, its line to call beside its button,
    立即咨询 服务热线：…, its markup indented). A paragraph of the text that closes with a link
    to read more of it, or with a number to dial, stays."""
    told = "<div>检查结果已在官网公布。<a href='/notice/1.html'>点击查看&gt;&gt;</a></div>"
    dial = "<div>如发现电梯故障，请拨打<a href='tel:96333'>96333</a></div>"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{card}{told}{dial}<p>{PROSE}第二段。</p></div>")
    assert body_of(html) == [PROSE, "检查结果已在官网公布。点击查看>>", "如发现电梯故障，请拨打96333", f"{PROSE}第二段。"]


@pytest.mark.parametrize("offer", [
    "拿不准自己车上的轮胎状况？欢迎到某某轮胎各门店免费检测，技师为您逐项讲解。<a href='/stores'>查找离您最近的门店 »</a>",
    "某某到家 全国200+城市上门服务，维修前报价、修好再付款。<a href='/book'>点击立即预约&gt;&gt;</a>",
])
def test_a_line_offering_a_service_and_closing_with_a_link_to_take_it_is_none_of_the_text(offer):
    """What it recognises: a short line offering a service (免费检测, 预约) that closes with a link calling
    to click (a tyre chain's store finder, a repair platform's booking link), after the text or among
    its paragraphs. A sentence of the text on a free check, with no such link, stays."""
    said = "市场监管部门将在广场为市民免费检测燃气灶，欢迎参加。"
    for around in (f"<p>{PROSE}</p><p>{said}</p><p>{offer}</p>", f"<p>{PROSE}</p><p>{offer}</p><p>{said}</p>"):
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{around}</div>")) == [PROSE, said]


def test_a_one_line_ad_between_the_article_s_lines_goes_with_a_picture_or_a_subheading_beside_it():
    """What it recognises: a short line that is all link and no sentence, between two lines of the
    article's text (its pictures aside), one of them prose and the other a subheading or the
    story's table perhaps (a tech site's 【推广】 link under its test results)."""
    ad = "<p><a href='http://ad.example.com/c/9'>品牌空调工厂特价 限时抢购</a></p>"
    table = ("<table><tr><th>样品</th><th>标称容量</th></tr><tr><td>A</td><td>20000mAh</td></tr>"
             "<tr><td>B</td><td>10000mAh</td></tr></table>")
    for around in (f"<p>{PROSE}</p>{ad}<p><img src='/a.jpg'></p><p>{PROSE}第二段。</p>",
                   f"<p>{PROSE}</p>{ad}<p><strong>第二段</strong></p><p>{PROSE}第二段。</p>",
                   f"<p>{PROSE}</p>{table}{ad}<p>{PROSE}第二段。</p>"):
        assert "品牌空调" not in extracted(page(f"<h1>某地开展电梯安全检查</h1><div>{around}</div>"))["articleBody"]


def test_a_card_linking_another_story_under_its_label_among_the_paragraphs_is_none_of_the_text():
    """What it recognises: a link set among the paragraphs as a card, its first element the label of
    other stories, then the story's picture and title (a city weekly's 推荐阅读 card): another story, none
    of this one's text."""
    card = ("<a class='embed-card' href='/news/20240618/4312.html'><span class='tag'>推荐阅读</span>"
            "<img src='/thumb_4312.webp'><span class='title'>华强北二手手机调查：翻新机冒充“准新机”</span></a>")
    html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{card}<p>{PROSE}第二段。</p></div>")
    assert body_of(html) == [PROSE, f"{PROSE}第二段。"]


def test_a_link_to_another_story_under_its_label_among_the_paragraphs_is_none_of_the_text():
    """What it recognises: a line among the paragraphs that is a link to another story under the
    label of related reading (相关阅读：<a>…</a>, 【延伸阅读】<a>…</a>) or a call to click it (点击查看：<a>…</a>):
    a related list of one, set in the text by an appliance portal's, a news site's or a city portal's
    editor. A sentence that names a link stays."""
    for label in ("<span style='color:#0000ff;'>相关阅读：</span>", "【延伸阅读】", "点击查看："):
        related = f"<p>{label}<a href='/rsq/2013/0715/41822.html'>储水式电热水器新国标解读：哪些指标最关键</a></p>"
        html = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{related}<p>{PROSE}第二段。</p></div>")
        assert body_of(html) == [PROSE, f"{PROSE}第二段。"]
    named = page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p><p>相关阅读材料见<a href='/a.html'>附件</a>。</p>"
                 f"<p>{PROSE}第二段。</p></div>")
    assert body_of(named) == [PROSE, "相关阅读材料见附件。", f"{PROSE}第二段。"]


def test_the_article_s_first_part_in_the_headline_s_box_is_the_body_s():
    """What it recognises: an article in two boxes side by side, its first part in the box of its
    headline (after the headline), the rest in the next box: both parts are the body."""
    first, rest = [PROSE, f"{PROSE}第二段。"], [f"{PROSE}第三段。{PROSE}", f"{PROSE}第四段。{PROSE}"]
    top = ("<h1>某地开展电梯安全检查</h1><div class='info'>2024-03-15 来源：某某网</div>"
           + "".join(f"<p>{line}</p>" for line in first))
    html = page(f"<div class='main'><div class='top'>{top}</div><div class='ad'><a href='/ad'><img src='/ad.gif'></a></div>"
                f"<div class='rest'>{''.join(f'<p>{line}</p>' for line in rest)}</div></div>")
    assert body_of(html) == first + rest


def test_paragraphs_each_in_boxes_of_their_own_count_for_the_box_that_holds_them_all():
    """What it recognises: a wrapper around one element alone is no level of a layout, so a
    paragraph in a framework's boxes of its own counts for the box that holds all of them."""
    lines = [f"第{n}条，{PROSE[:24]}。" for n in range(1, 7)]
    boxed = "".join(f"<div><div><div><div><p>{line}</p></div></div></div></div>" for line in lines)
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{boxed}</div>")
    assert body_of(html) == lines


def test_a_credit_or_a_notice_line_beside_a_picture_at_the_body_s_end_still_closes_it():
    """What it recognises: the lines that open or close a body (a credit line, a notice) are looked
    for among its lines of text, the pictures beside them aside: a credit line under the lead
    picture, a notice before a closing picture."""
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p><img src='/lead.jpg'></p><p>来源：某某日报</p>"
                f"<p>{PROSE}</p><p>{PROSE}第二段。</p><p>版权所有 © 2024 某某网 京ICP备12345678号 未经授权禁止转载</p>"
                "<p><img src='/end.jpg'></p></div>")
    fields = extracted(html)
    assert fields["articleBody"].split("\n") == [PROSE, f"{PROSE}第二段。"] and fields["source"] == "某某日报"


def test_a_layout_s_body_hook_naming_boxes_side_by_side_reads_them_all():
    """What it recognises: where a site's layout names its body by a hook and the page shows two
    boxes of it side by side (the article in parts around an inserted box), the body is both."""
    first, rest = [PROSE, f"{PROSE}第二段。"], [f"{PROSE}第三段。", f"{PROSE}第四段。"]
    html = page("<div class='Index_ShowDetail_Title'><h1>某地开展电梯安全检查</h1></div>"
                "<div class='Index_ShowDetail_Time'>2009-03-12 09:15:31</div><div class='main'>"
                f"<div class='Index_ShowDetail_Content'>{''.join(f'<p>{line}</p>' for line in first)}</div>"
                "<div class='ad'><a href='/ad'><img src='/ad.gif'></a>广告</div>"
                f"<div class='Index_ShowDetail_Content'>{''.join(f'<p>{line}</p>' for line in rest)}</div></div>")
    result = extract_article(html, "https://www.cqn.com.cn/news/zjpd/dfdt/1.html", layouts=CQN.layouts)
    assert isinstance(result, Extraction) and result.layout == "cqn-legacy"
    assert result.fields["articleBody"].split("\n") == first + rest


POEM = ["流水线停下来的时候", "她还在灯下数着瑕疵", "每一道细小的划痕都被记住", "像记住远方孩子的名字"]
BRIEF = ["今日沪深两市收盘涨跌互现，食品饮料板块领涨，乳制品企业股价普遍上扬。", "监管部门提示投资者理性投资，注意防范风险。"]


@pytest.mark.parametrize(("lines", "signs"), [
    (POEM, "<p class='xs0'>GMT+8, 2025-6-12 09:14, Processed in 0.048216 second(s), 18 queries, Gzip On.</p>"),
    (BRIEF, "<div class='quote'>上证指数 3021.45点 涨0.32% 深证成指 9876.54点 跌0.12% 创业板指 1987.65点 涨1.05% "
              "成交额 9876.5亿元 换手率 1.23%</div>"),
])
def test_a_short_article_outweighs_a_longer_line_of_times_and_counters(lines, signs):
    """What it recognises: a body is words (letters, Han characters). A poem of four lines without
    punctuation on a forum's portal (its footer's times and counters after it), a two-sentence
    brief on a finance site (a ticker's figures after it): the longer line of signs is no body."""
    text = "<br>".join(lines)
    html = page(f"<h1>夜班质检员</h1><div class='d'><table><tr><td><p>{text}</p></td></tr></table></div>"
                f"<div id='ft'><div class='wp'>{signs}</div><div class='copy'><a href='/about'>关于我们</a></div></div>",
                "夜班质检员 - 某某网")
    assert body_of(html) == lines



def test_a_stamp_showing_the_date_again_where_the_body_opens_is_no_text_a_signature_closing_it_is():
    """What it recognises: a complaint shows its date under the title and again on the stamp of
    its first step (受理 2023-08-14 21:37) over the text, its later steps under it: a line of a date
    line's length with the date read and no sentence. A notice's closing line of its issuer and the
    same date is its signature, and stays."""
    top = ("<div class='top'><h1>某地开展电梯安全检查</h1>"
           "<div class='who'><span>某用户</span> <span>2023-08-14 21:37</span></div></div>")
    step = "<div class='step'><div class='stamp'><span>{}</span> <span>{}</span></div><div class='text'>{}</div></div>"
    steps = (step.format("受理", "2023-08-14 21:37", f"<p>{PROSE}</p><p>{PROSE}第二段。</p>")
             + step.format("已分配", "2023-08-15 10:02", "<p>系统已将投诉分配给商家，请耐心等待。</p>")
             + step.format("已回复", "2023-08-17 16:45", f"<p>{PROSE}</p>"))
    assert body_of(page(f"{top}<div class='steps'>{steps}</div>")) == TWO_PARAGRAPHS
    signed = f"<div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p><p>某某市市场监督管理局 2023-08-14 21:37</p></div>"
    assert body_of(page(top + signed)) == [*TWO_PARAGRAPHS, "某某市市场监督管理局 2023-08-14 21:37"]


def test_a_box_s_header_with_its_link_to_more_closes_no_body():
    """What it recognises: a box after the text (its pictures, more of the column) shows a header
    with a link to more of it (图集 更多图集, 查看更多>>): a short line, none of the text."""
    for header in ("<div><span>相关图集</span><a href='/pics/1'>更多图集</a></div>",
                   "<div><span>本栏目</span> <a href='/list/3'>查看更多&gt;&gt;</a></div>"):
        assert body_closed_by(header) == TWO_PARAGRAPHS, header



def test_comments_under_a_portal_s_invitation_to_say_a_few_words_are_no_body():
    """What it recognises: portals head their readers' comments with an invitation (我来说两句, 我要说
    两句) rather than with 评论: the section it opens, a table's rows after it or a box's comments,
    is none of the text, however the page lays it out."""
    comment = "<font color='#006699'>网友 [{}]</font>：{}<br>"
    rows = "".join(f"<tr><td>{comment.format(place, PROSE)}</td></tr>" for place in ("湖南长沙", "广东佛山"))
    label = "<b>我来说两句</b>　<a href='/comments/1'>全部跟帖</a>（56条）"
    table = (f"<table><tr><td><b>某地开展电梯安全检查</b></td></tr><tr><td><p>{PROSE}</p><p>{PROSE}第二段。</p></td></tr>"
             f"<tr><td><table><tr><td>{label}</td></tr>{rows}</table></td></tr></table>")
    boxes = "".join(f"<div class='c'>{comment.format(place, PROSE)}</div>" for place in ("湖南长沙", "广东佛山"))
    divs = (f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
            f"<div><h3>我要说两句</h3>{boxes}</div></div>")
    for html in (table, divs):
        assert body_of(page(html)) == TWO_PARAGRAPHS, html


@pytest.mark.parametrize("label", ["全部回帖", "最新回贴", "热门回帖"])
def test_replies_under_a_forum_s_label_for_them_are_no_body(label):
    """What it recognises: forums call the replies under a thread's first post 回帖 (a sports forum's
    mobile thread: 全部回帖; an older board's 最新回贴): the section the label opens is none of the
    text, however short its replies."""
    replies = "".join(f"<div class='reply'><div class='user'><span>网友{n}</span> <span>{n}楼</span></div>"
                      f"<div class='content'><p>说得对，支持楼主，希望尽快整改。{n}</p></div></div>" for n in range(1, 4))
    html = (f"<section class='thread'><h1>某地开展电梯安全检查</h1><div class='content'><p>{PROSE}</p><p>{PROSE}第二段。</p>"
            f"</div></section><section class='replies'><h3>{label}</h3>{replies}</section>")
    assert body_of(page(html)) == TWO_PARAGRAPHS


@pytest.mark.parametrize("floor", ["{n}楼", "#{n} {n}楼"])
def test_replies_that_number_their_floor_are_no_body_whatever_their_heading(floor):
    """What it recognises: replies whose poster's line numbers their floor and shows a day of the
    year with its time (钱塘江的浪 12楼 03-24 22:47, as a sports forum's mobile thread and an older
    board show those of the year), under a heading no label names (这些回帖亮了): comments, none of
    the text. A floor plan in a sentence stays."""
    replies = "".join(f"<div class='reply-item'><div class='reply-user'><span>网友{n}</span> <span>{floor.format(n=n)}"
                      f"</span> <span>03-2{n} 22:4{n}</span></div><div class='reply-content'><p>{n}{REPLY}</p>"
                      "</div></div>" for n in range(1, 4))
    html = (f"<section class='thread'><h1>某地开展电梯安全检查</h1><div class='author'>楼主 2019-03-24 22:41</div>"
            f"<div class='content'><p>{PROSE}</p><p>{PROSE}第二段。</p></div></section>"
            f"<section class='replies'><h3>这些回帖亮了</h3>{replies}</section>")
    assert body_of(page(html)) == TWO_PARAGRAPHS
    plan = f"{PROSE}检查组于03-24 22:40抵达12楼机房。"
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{plan}</p></div>")) == [PROSE, plan]


@pytest.mark.parametrize(("byline", "authors"), [
    ("本报记者　林丽", [{"name": "林丽", "nameRaw": "本报记者 林丽"}]),
    ("记者 张三 通讯员 李四", [{"name": "张三", "nameRaw": "记者 张三"}, {"name": "李四", "nameRaw": "通讯员 李四"}]),
    ("记者：陈思远 刘洋 摄像：黄磊", [{"name": "陈思远", "nameRaw": "陈思远"}, {"name": "刘洋", "nameRaw": "刘洋"}]),
    ("潮新闻·某某晚报记者　林晓川　通讯员　许婷",
     [{"name": "林晓川", "nameRaw": "潮新闻·某某晚报记者 林晓川"}, {"name": "许婷", "nameRaw": "通讯员 许婷"}]),
    ("某某新闻客户端 记者 周一帆 通讯员 李可",
     [{"name": "周一帆", "nameRaw": "某某新闻客户端 记者 周一帆"}, {"name": "李可", "nameRaw": "通讯员 李可"}]),
    ("某某日报 记者 王晨", [{"name": "王晨", "nameRaw": "某某日报 记者 王晨"}]),
    ("□本刊记者 梁嘉欣 实习生 何颖",
     [{"name": "梁嘉欣", "nameRaw": "本刊记者 梁嘉欣"}, {"name": "何颖", "nameRaw": "实习生 何颖"}]),
])
def test_a_byline_alone_on_its_line_opening_the_body_is_its_authors_not_its_text(byline, authors):
    """What it recognises: a newspaper's site and an e-paper set the byline as the text's first
    paragraph, without a colon (本报记者　林丽, 记者 张三 通讯员 李四), a TV station's page with its
    roles' colons (记者：陈思远 刘洋 摄像：黄磊), a news app's joint byline of two outlets (潮新闻·某某晚报记者),
    a news app's and a paper's outlet set apart from the role (某某新闻客户端 记者 周一帆), a city weekly's
    byline after its mark (□本刊记者):
    a role first, or an outlet and its role, then only roles and names. It names the
    authors (the reporters, not the camera) and is none of the text; a sentence opening with 记者
    stays."""
    text = f"<p>{byline}</p><p>{PROSE}</p><p>{PROSE}第二段。</p>"
    fields = extracted(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{text}</div>"))
    assert fields["articleBody"].split("\n") == TWO_PARAGRAPHS and fields["authors"] == authors
    sentence = "记者 近日走访了多家商场。"
    kept = body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{sentence}</p><p>{PROSE}</p></div>"))
    assert kept[0] == sentence



def test_a_byline_opening_the_text_under_a_lead_box_is_its_authors_not_its_text():
    """What it recognises: a CMS's page sets a summary under its label (核心提示：…) over the text's
    box, whose first line is the byline (本网记者 某某): the byline still opens the text, and is none of
    it; the summary stays."""
    lead = "核心提示：一顶出厂价不到十元的安全帽，在不同经销商手里换上三个厂名、三张证书。"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='viewbox'><div class='intro'>{lead}</div><div class='content'>"
                f"<p>本网记者 陈某某</p><p>{PROSE}</p><p>{PROSE}第二段。</p></div></div>")
    fields = extracted(html)
    assert fields["articleBody"].split("\n") == [lead, *TWO_PARAGRAPHS]
    assert [author["name"] for author in fields["authors"]] == ["陈某某"]


@pytest.mark.parametrize("inside", [
    "<body bgcolor='#FFF8E7'><p align='center'><b>某地开展电梯安全检查</b></p><p>{0}</p><p>{0}第二段。</p></body>",
    "<h2>某地开展电梯安全检查</h2><p>{0}</p><p>{0}第二段。</p>",
])
def test_a_page_of_frames_shows_what_its_noframes_holds(inside):
    """What it recognises: a page of frames (a personal homepage's, an early portal's) shows a
    reader without frames, and a crawler, the page <noframes> holds, with its <body> or without;
    the HTML parser keeps that as raw text, which is read as the page."""
    frames = ("<frameset rows='90,*'><frame src='top.htm'><frameset cols='160,*'><frame src='left.htm'>"
              f"<frame src='main.htm'></frameset><noframes>{inside.format(PROSE)}</noframes></frameset>")
    html = f"<html><head><title>某地开展电梯安全检查_某某的小屋</title></head>{frames}</html>".encode()
    fields = extracted(html)
    assert fields["headline"] == "某地开展电梯安全检查" and fields["articleBody"].split("\n") == TWO_PARAGRAPHS


def test_a_line_after_a_picture_opening_with_a_mark_pointing_at_it_is_its_caption():
    """What it recognises: in text whose lines are broken by <br> (an early review site) or set in
    paragraphs (a self-media post), the short line right after a picture that opens with a mark
    pointing at it (▲, △, ↑) is its caption; a line opening so away from any picture stays."""
    caption = "▲本次参测的七款闪存播放器"
    for text in (f"{PROSE}<br><img src='/a.jpg'><br>{caption}<br>{PROSE}第二段。",
                 f"<p>{PROSE}</p><p><img src='/a.jpg'></p><p>{caption}</p><p>{PROSE}第二段。</p>"):
        assert_two_paragraphs_and_a_captioned_picture(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{text}</div>"),
                                                      "a.jpg", caption)
    kept = body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>▲ 以上为抽查结果。</p></div>"))
    assert kept[-1] == "▲ 以上为抽查结果。"


def test_a_short_flex_row_is_one_line_its_items_set_apart():
    """What it recognises: a public account's number box beside its subheading, laid side by side by
    a flex container (display: flex), is one line, as the reader sees it: 01 坤沙的成本. A flex
    container laid out as a column, or holding the text's paragraphs side by side, is no line."""
    def row(style: str, items: tuple[str, ...]) -> str:
        return f"<section style='{style}'>" + "".join(f"<section><strong>{item}</strong></section>" for item in items) + \
            "</section>"

    def body_with(markup: str) -> list[str]:
        text = f"<p>{PROSE}</p>{markup}<p>{PROSE}第二段。</p>"
        return body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{text}</div>"))

    assert body_with(row("margin: 30px 8px; display: flex; align-items: center;", ("01", "这些问题最常见")))[1] == \
        "01 这些问题最常见"
    column = body_with(row("display: flex; flex-direction: column;", ("01", "这些问题最常见")))
    assert column[1:3] == ["01", "这些问题最常见"]
    long_items = (f"{PROSE}左栏。", f"{PROSE}右栏。")
    assert body_with(row("display:flex", long_items))[1:3] == list(long_items)


def test_each_line_of_preformatted_text_is_a_line():
    """What it recognises: a <pre> block (a code listing, a record's fields one to a line) shows each
    line of its text on its own, as a browser does, whatever markup stands inside it; text outside a
    <pre> runs on across its line breaks."""
    listing = "<pre><code>产品名称：多层实木复合地板\n甲醛释放量：<b>0.032</b> mg/m³\n\n报告日期：2025-02-21</code></pre>"
    text = f"<p>{PROSE}</p>{listing}<p>{PROSE}第二段。</p>"
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{text}</div>")) == \
        [PROSE, "产品名称：多层实木复合地板", "甲醛释放量：0.032 mg/m³", "报告日期：2025-02-21", f"{PROSE}第二段。"]
    run_on = body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE[:20]}\n{PROSE[20:]}</p></div>"))
    assert run_on == [f"{PROSE[:20]} {PROSE[20:]}"]


def test_a_line_after_a_picture_set_wholly_in_brackets_is_its_caption():
    """What it recognises: in text whose lines are broken by <br> or set in paragraphs (a blog post),
    the short line right after a picture that is one bracketed aside is its caption; a bracketed
    line away from any picture stays, and so does a line that only opens with a bracketed number."""
    for caption in ("（去年春天在茶园拍的，茶园边上的黄板是用来粘虫的）", "(检测人员正在取样)"):
        for text in (f"{PROSE}<br><img src='/a.jpg'><br>{caption}<br>{PROSE}第二段。",
                     f"<p>{PROSE}</p><p><img src='/a.jpg'></p><p>{caption}</p><p>{PROSE}第二段。</p>"):
            assert_two_paragraphs_and_a_captioned_picture(
                page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{text}</div>"), "a.jpg", caption)
    for line in ("（本文为个人观点，转述请注明。）", "（一）检查情况（详见附表）"):
        picture = "<p><img src='/a.jpg'></p>" if line.startswith("（一）") else ""
        kept = body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p>{picture}<p>{line}</p>"
                            f"<p>{PROSE}第二段。</p></div>"))
        assert line in kept, line


def test_a_row_of_bracketed_controls_closes_no_body_even_with_one_emptied_by_its_script():
    """What it recognises: a personal homepage's [ 返回文集 ] [ 回到顶部 ] and a portal's 【打印】【关闭】
    under the text; a control run by a script is no text, and leaves its brackets empty."""
    for row in ("<p>[ <a href='/wenji.htm'>返回文集</a> ] [ <a href='javascript:window.scrollTo(0,0)'>回到顶部</a> ]</p>",
                "<p>【<a href='javascript:window.print()'>打印</a>】【<a href='javascript:window.close()'>关闭</a>】</p>"):
        assert body_closed_by(row) == TWO_PARAGRAPHS, row


def test_a_subtitle_between_the_title_and_its_date_line_is_no_text_wherever_the_text_s_box_begins():
    """What it recognises: one line that reads as a title, between the title and the date line
    under it, is the story's subtitle (副题), also where the box the text is found in holds them (a
    company's news page with a one-paragraph story, an early page's rows of one table); a byline
    there stays the authors'."""
    subtitle = "深度学习算法与边缘计算结合，检测效率提升40%"
    text = PROSE + PROSE.replace("市场监管部门", "各地")
    modern = (f"<main><article class='news-detail'><div class='news-head'>"
              f"<div class='news-title'>某公司发布新一代工业视觉检测平台</div><div class='news-sub'>{subtitle}</div>"
              f"<div class='news-meta'><span class='date'>2019.04.16</span><span class='from'>来源：某公司品牌部</span></div>"
              f"</div><div class='news-body'><p>{text}</p></div></article></main>")
    early = (f"<table><tr><td><font size='5'><b>某公司发布新一代工业视觉检测平台</b></font></td></tr>"
             f"<tr><td>{subtitle}</td></tr><tr><td>2009-07-15 作者：张明</td></tr><tr><td>{text}</td></tr></table>")
    for html in (modern, early):
        assert body_of(page(html, "某公司发布新一代工业视觉检测平台_某某网")) == [text], html[:20]
    byline = extracted(page(early.replace(subtitle, "本报记者 张明"), "某公司发布新一代工业视觉检测平台_某某网"))
    assert byline["articleBody"] == text and [author["name"] for author in byline["authors"]] == ["张明"]


def test_a_box_of_facts_opening_the_text_is_none_of_it():
    """What it recognises: three short field lines or more in a row (a label, a colon, a value)
    before any text are a box of facts, not the text: a product's price, merits and rating over
    its review, an office's index number, issuer and date over its notice, a BBS message's header
    (its labels spaced: 标  题:). Two fields (朝代：唐代 / 作者：白居易 over a poem) and a notice's
    numbered points (一、会议时间：…) stay."""
    for facts in ("<p>参考价格：￥6999 [查看报价]</p><p>优点：十字四门布局，变频静音</p><p>不足：搁架高度不可调节</p>"
                  "<p>编辑评分：8.6 分</p>",
                  "<p>索引号：11330000002482871A/2022-00123</p><p>发布机构：省市场监管局</p><p>发布日期：2022-03-15</p>",
                  "发信人: lonelyfish (孤鱼), 信区: Graduation<br>标&nbsp;&nbsp;题: 毕业前夜，写给宿舍楼下那棵梧桐<br>"
                  "发信站: 某某BBS (Mon Jun 22 01:13:45 2009), 站内<br><br>",
                  "<p>索 引 号：11330000002482871A/2022-00123</p><p>发布机构：省市场监管局</p><p>成文日期：2022-03-15</p>"):
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div>{facts}<p>{PROSE}</p><p>{PROSE}第二段。</p></div>")) \
            == TWO_PARAGRAPHS, facts
    numbered = ["一、会议时间：2024年3月15日", "二、会议地点：某某宾馆", "三、参会人员：各处室负责人"]
    for kept in (["朝代：唐代", "作者：白居易"], numbered):
        lines = "".join(f"<p>{line}</p>" for line in kept)
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div>{lines}<p>{PROSE}</p></div>"))[:len(kept)] == kept


def test_a_count_of_comments_among_a_post_s_counters_opens_no_section_of_comments():
    """What it recognises: a section of comments opens under its label, the first words of its box
    (评论（35）, 共 248 条评论, a blog's comment widget's 3 评论 over its sort controls); a count of
    comments among a post's counters in the bar over its text
    (沈一舟 2022-11-03 19:40 收藏87 评论35 赞214; 楼主：X 时间：… 点击：1234 回复：56) opens none: the
    text under the bar is the body, and the bar names no source."""
    bars = ("<div class='info'><a href='/member/1.html'>沈一舟</a><span>2022-11-03 19:40</span><span>收藏 87</span>"
            "<span>评论 35</span><span>赞 214</span></div>",
            "<div class='info'><span>楼主：湘江边的程序员</span><span>时间：2011-11-23 21:06:00</span><span>点击：1234</span>"
            "<span>回复：56</span></div>")
    comments = ("<div class='comments'><div class='total'>共 248 条评论</div><div class='item'><p>我家的也是！一年不到就掉，"
                "客服也说是易耗品，后来打了12345才给换。</p></div></div>")
    for bar in bars:
        fields = extracted(page(f"<div class='box'><h1>某地开展电梯安全检查</h1>{bar}<div class='text'><p>{PROSE}</p>"
                                f"<p>{PROSE}第二段。</p></div>{comments}</div>"))
        assert fields["articleBody"].split("\n") == TWO_PARAGRAPHS and fields["source"] is None, bar[:30]


def test_a_section_s_label_heads_the_box_of_its_controls_and_the_section_follows_that_box():
    """What it recognises: a comment widget's label in a header box with its sort controls (a blog's
    Waline: 3 评论 over 按倒序 按正序 按热度), the comments after the header, all in one box with the text:
    the section of comments follows the header, none of it the text. A box of related links under
    its label, set among the paragraphs, is that section alone: the paragraphs after it stay."""
    card = ("<div class='wl-card-item'><span class='wl-nick'>章鱼</span><span class='wl-badge'>访客</span>"
            "<span class='wl-time'>2025-03-03</span><div class='wl-meta'><span>Firefox 135.0</span><span>Windows 11</span>"
            "</div><div class='wl-content'><p>想问一下体积是怎么估算的？纸箱好量，"
            "商品形状不规则的怎么办？</p></div></div>")
    for count in ("<span>3</span> 评论", "共 <span>3</span> 条评论"):
        comments = (f"<div id='waline'><div class='wl-meta-head'><div class='wl-count'>{count}</div>"
                    "<ul class='wl-sort'><li>按倒序</li><li>按正序</li><li>按热度</li></ul></div>"
                    f"<div class='wl-cards'>{card}</div></div>")
        html = page(f"<div class='post'><h1>某地开展电梯安全检查</h1><p>{PROSE}</p><p>{PROSE}第二段。</p>{comments}</div>")
        assert body_of(html) == TWO_PARAGRAPHS, count
    related = "<div class='rel'><h4>相关阅读：</h4><a href='/a/1.html'>冬季服装抽检：儿童棉服问题较多</a></div>"
    html = page(f"<div class='post'><h1>某地开展电梯安全检查</h1><p>{PROSE}</p>{related}<p>{PROSE}第二段。</p></div>")
    assert body_of(html) == TWO_PARAGRAPHS


def test_a_card_of_other_stories_between_two_parts_of_the_text_closes_with_its_own_box():
    """What it recognises: a framework writes a text in alike boxes (the same <div> class) with an
    ad or a card of other stories (相关阅读 and its linked story) between them: the card is no text
    and closes with its own box, and every part after it, however short, is the text's. A box of
    related stories in a table's row, with readers' comments in the rows after it, still opens a
    section the comments are in."""
    card = ("<div class='related-card'><div class='label'>相关阅读</div><a href='/p/2401188274'>"
            "<div class='title'>家电以旧换新升温，小家电品类谁在受益？</div></a></div>")
    ad = "<div class='ad-inline'><a href='https://ad.example.cn/c?id=1'><img src='/ad.jpg'></a></div>"
    short = "销量的增长说明市场认可了这类产品的价值，但品质和服务必须跟上。"
    html = (f"<h1>某地开展电梯安全检查</h1><div class='content'><div class='part-x1'><p>{PROSE}</p><p>{PROSE}第二段。</p></div>"
            f"{ad}<div class='part-x1'><p>{PROSE}第三段。</p><p>{PROSE}第四段。</p></div>{card}"
            f"<div class='part-x1'><p>{short}</p></div></div>")
    assert body_of(page(html))[-1] == short
    comments = ("<tr><td>网友：路人&nbsp;发表于：2010-7-6 10:12:33</td></tr>"
                "<tr><td>这个检查确实要注意，小区里的电梯经常出问题，希望有关部门多来查一查。</td></tr>")
    related = ("<tr><td><table><tr><td>相关文章</td></tr><tr><td><a href='/n/1.html'>夏季饮料抽查部分果汁饮料原汁含量不足</a>"
               "</td></tr></table></td></tr>")
    table = (f"<table><tr><td><h1>某地开展电梯安全检查</h1></td></tr><tr><td>{PROSE}<br>{PROSE}第二段。</td></tr>"
             f"{related}{comments}</table>")
    assert body_of(page(table)) == TWO_PARAGRAPHS


STEP = "取一小勺蜂蜜放入装有凉开水的透明玻璃杯中，真蜂蜜会慢慢沉到杯底，搅拌后才溶解，溶液呈均匀的淡黄色。"


def test_a_part_of_the_text_in_a_list_of_sentences_is_the_text_s():
    """What it recognises: a how-to guide writes its intro and its steps in alike boxes (the same
    <div> class), the steps a numbered list whose items are paragraphs: the list holds the text, and
    the alike box before its own holds the intro. A box of the same class holding a list of linked
    stories, or readers' comments under their heading, is none."""
    steps = "".join(f"<li><div class='list-text'><p>第{n}步，{STEP}</p></div>"
                    f"<a href='/album/{n}.html'><img src='/s{n}.jpg'></a></li>" for n in (1, 2, 3))
    stories = "".join(f"<li><a href='/n/{n}.html'>夏季饮料抽查部分果汁饮料原汁含量不足{n}</a></li>" for n in (1, 2, 3))
    comments = "".join(f"<li>网友{n}：这个检查确实要注意，小区里的电梯经常出问题，希望多来查一查。</li>" for n in (1, 2))
    html = (f"<h1>某地开展电梯安全检查</h1><div class='outer'><div class='block'><div class='body'><p>{PROSE}</p></div></div>"
            f"<div class='block'><h2>方法/步骤</h2><ol>{steps}</ol></div>"
            f"<div class='block'><h2>相关经验</h2><ul>{stories}</ul></div>"
            f"<div class='block'><h2>网友评论</h2><ul>{comments}</ul></div></div>")
    assert body_of(page(html)) == [PROSE, "方法/步骤", *(f"第{n}步，{STEP}" for n in (1, 2, 3))]


LIVE_ENTRIES = (("09:00", f"论坛正式开始。{STEP}"), ("10:40", "茶歇。"), ("11:20", f"论坛闭幕。{PROSE}"))
LIVE_LEAD = "【导语】11月20日，质量品牌论坛在国际会议中心举行，本网全程图文直播。"


def test_a_live_blog_s_entries_set_in_a_list_are_its_text_times_and_all():
    """What it recognises: a live blog sets its entries in a list, each a time of day over its
    paragraphs: the list is the text, not furniture, for its items hold paragraphs that say more
    than the page's paragraphs outside lists; every entry is the text's however short, with its time
    (a time of day is no pager's line), after the lead above the list. Readers' comments in a list
    under a short story say less than the story, and a listing's items, each linking its story, are
    none of the text."""
    entries = "".join(f"<li class='entry'><div class='time'>{time}</div><div class='body'><p>{text}</p></div></li>"
                      for time, text in LIVE_ENTRIES)
    html = (f"<h1>质量品牌论坛图文直播</h1><article><div class='intro'>{LIVE_LEAD}</div>"
            f"<ul class='live-list'>{entries}</ul></article>")
    assert body_of(page(html)) == [LIVE_LEAD, *(line for entry in LIVE_ENTRIES for line in entry)]
    comments = "".join(f"<li><p>网友{n}：{STEP}</p></li>" for n in (1, 2))
    story = f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p></div><ul>{comments}</ul>"
    assert body_of(page(story)) == TWO_PARAGRAPHS


def test_a_live_blog_s_entries_in_alike_boxes_and_the_lead_above_them_are_its_text():
    """What it recognises: entries written in alike boxes (the same <div> class) are one text, and
    the box holding them is one level of the layout: the lead in its container, above a bar of
    controls, is the text's too."""
    entries = "".join(f"<div class='live-item'><div class='live-time'>{time}</div><div class='live-content'><p>{text}</p>"
                      "</div><div class='live-op'><a href='javascript:;'>赞 12</a></div></div>" for time, text in LIVE_ENTRIES)
    html = (f"<div class='main'><div class='hd'><h1>质量品牌论坛图文直播</h1><span>2015年11月20日 08:45</span></div>"
            f"<div class='live-lead'><p>{LIVE_LEAD}</p></div><div class='tab'><a href='#'>正序</a><a href='#'>倒序</a></div>"
            f"<div class='live-list'>{entries}</div><div class='editor'>责任编辑：何静</div></div>")
    assert body_of(page(html)) == [LIVE_LEAD, *(line for entry in LIVE_ENTRIES for line in entry)]


def test_words_of_a_class_the_page_s_style_sheet_hides_are_no_text():
    """What it recognises: visibility by the page's own style sheet. A forum hides its anti-copying
    words in a class its <style> sets to display:none (.t_f .jammer{display:none}), among its post's
    lines; readers never see them, nor does the body. Words of a class the sheet shows stay."""
    head = "<style type='text/css'>.t_f .jammer{display:none} .note{color:#999}</style>"
    text = (f"<td class='t_f'>{PROSE}<font class='jammer'>www.example.net</font><br>{PROSE}第二段。"
            "<font class='jammer'>某某论坛</font><br><span class='note'>以上为抽查结果。</span></td>")
    body = body_of(page(f"<h1>某地开展电梯安全检查</h1><table><tr>{text}</tr></table>", head=head))
    assert body == [*TWO_PARAGRAPHS, "以上为抽查结果。"]


def test_a_mark_said_twice_is_no_end_of_the_text():
    """What it recognises: a text ends once; a word that marks an end said on two lines of their own
    (a code listing's END closing each BEGIN, in a blog post's SQL) closes nothing, and the post's
    text after the listing stays."""
    listing = "".join(f"<br><span style='color:#0000ff'>{line}</span>" for line in ("BEGIN", "SET @No = @day", "END", "END"))
    text = f"<p>{PROSE}</p><p>{PROSE}第二段。</p><div class='code'>{listing}</div><p>{STEP}</p>"
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{text}</div>"))[-1] == STEP


def test_an_end_mark_after_most_of_the_text_closes_it():
    """What it recognises: a line that is only a mark of the text's end (- END -, — END —, End, THE END,
    全文完, （完）) after most of the text closes it: the mark, and what an account or a site sets
    after it (its credits, a note of who reviewed the text, its other posts), are none of the text: a
    WeChat account's post, a commentary site's column. Two dashes alone open a signature: a BBS
    message's, a mailing list's; so does a rule of underscores, as forum software draws it over a
    poster's signature (vBulletin's). The word END in a sentence, or a mark
    before most of the text, is no close."""
    follows = {"<p style='text-align:center'>— END —</p><p>文字 / 阿青　图片 / 小满</p><p>编辑 / 小满</p>"
               "<p>往期推荐</p><p>中山后街的老理发店，还在开</p>": TWO_PARAGRAPHS,
               "<p class='end-editor'>End</p><p class='end-editor'>本文由某某网编辑 刘洋 审核</p>": TWO_PARAGRAPHS,
               "<p>- END -</p><p>来源：某某消保委比较试验办公室</p><p>编辑：周婷　审核：陈立平</p>": TWO_PARAGRAPHS,
               "<p>（完）</p>": TWO_PARAGRAPHS,
               "<p>--</p><p>我们都是赶路人，在彼此的站台短暂停留。</p><p>※ 来源:·某某BBS bbs.example.edu.cn</p>":
                   TWO_PARAGRAPHS,
               "--<br>张明<br>某某检测技术有限公司 技术部": TWO_PARAGRAPHS,
               "<div>__________________<br>慢慢来，比较快。</div>": TWO_PARAGRAPHS}
    for foot, body in follows.items():
        assert body_closed_by(foot) == body, foot
    said = "“THE END”几个字母亮起时，影院里响起了掌声。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]
    early = body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>END</p>"
                         f"<p>{PROSE}第二段。</p><p>{PROSE}第三段。</p></div>"))
    assert "END" in early


def body_with_line(line: str, where: int) -> list[str]:
    """The body of a text of two paragraphs with `line` set as a paragraph of its own at `where`
    (1: between them, 2: after them)."""
    lines = [f"<p>{PROSE}</p>", f"<p>{PROSE}第二段。</p>"]
    lines.insert(where, f"<p>{line}</p>")
    return body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{''.join(lines)}</div>"))


@pytest.mark.parametrize("label", ["【福利】", "【广告】", "[推广]", "（推广）", "<strong>小广告</strong>：", "广告：",
                                   "广告时间：", "- 广告 -", "廣告", "【招募】", "招募｜", "【本版推广】", "【本站推荐】",
                                   "【小广告】"])
def test_a_line_the_site_labels_as_its_promotion_is_none_of_the_text(label):
    """What it recognises: a line opened by a bracketed word labelling it a promotion (a public
    account's 【福利】 giveaway closing the text, a portal's 【广告】 between paragraphs, a trade site's
    （推广）, a forum board's 【本版推广】), or by an ad's label and its colon (a blog's
    <strong>小广告</strong>：, a forum's 广告：), a sentence or not, or the label alone between dashes
    (an AMP page's - 广告 -, a Hong Kong site's 廣告 in its own characters), is none of the text
    wherever it stands; so is a call for recruits under its label (a charity's 【招募】, 招募｜), and the
    site's own recommendation (a science site's 【本站推荐】). A bracketed label of the story's own (a
    case's kind, 【虚假广告】) stays."""
    alone = label.endswith("-") or label == "廣告"  # the slot of an ad, its label alone
    promotion = label if alone else f"{label}文末留言，点赞数前三名的读者将获得双人面券一张，截止时间3月21日24点，" \
        "名单将在下周公布，敬请关注。"
    for where in (1, 2):
        assert body_with_line(promotion, where) == TWO_PARAGRAPHS
    case = "【虚假广告】市民王女士在某商场购买的电梯配件存在质量问题，经调解获得退款。"
    assert case in body_with_line(case, 1)


@pytest.mark.parametrize("offer", [
    "<strong>【招生快讯】</strong>我院食品检测等专业面向全区招生，咨询电话：0771-3812345，详情请点击进入招生信息网。",
    "【商会服务】会员企业如需产品送检，可联系商会秘书处办理，电话：0595-85612345。",
    "【好物推荐】小编家在用的加厚爬行垫，粉丝专享价129元，点击图片购买",
    "【推荐】关注本馆官方微信，回复“预约”即可报名参加周末科普活动！",
    "【本馆展厅周二至周日开放，免费参观；团体参观请提前三天电话预约：010-62345678】",
    "【某某数据】如需获取白皮书完整版（含42张图表），请致电 400-810-2012 或发送邮件，会员单位可免费下载。",
    "（某某家居“3·15诚信购物月”活动正在进行中，全场满3000元送300元现金券，详询服务热线：400-660-3158）",
    "〖某某追溯网提示〗生产企业如需接入追溯平台，请拨打服务热线 400-820-3315，或登录本站“企业服务”栏目在线申请。",
    "【免费试用】某某QMS标准版现已开放30天免费试用，内置12个常用流程模板，立即申请试用 »",
    "【某某周刊读者服务】本期周刊已在全市各大报刊亭上市，每份3元，订阅请拨打028-86610000。",
    "【某某保健产业网提醒】加入本网“会销防骗”QQ群：186203345，第一时间获取各地骗局曝光信息。",
    "【某某新闻网读者QQ群：86231475，欢迎书友加入交流】",
    "【某某提示】某某全系头盔已取得CCC认证证书，支持OEM/ODM定制，欢迎经销商来电咨询：0579-87160000（微信同号）。",
    "【五月换胎季】即日起至5月31日，到某某轮胎任一门店更换4条轮胎，免费赠送四轮定位一次，详询400-611-0000。",
    "【某某油漆网】品牌油漆招商加盟，免费获取代理资料，请拨打热线400-880-0000",
    "【老周车源】每周更新在售二手挖机，车况如实描述，支持全国验车。电话/微信：138 5201 0000",
    "★涂料企业诚信会员火热招募中，加入即享首页推荐、抽查资讯第一时间推送等服务，详询：010-62880000",
    "▶ 商会会员招募进行中，欢迎在蓉企业家加入，详询秘书处：028-86650000",
    "📣 某某测评社读者群已开放，后台回复“进群”，和3000位耳机爱好者一起交流选购心得～",
    "📢 某某焊接培训学校春季班正在招生，小班教学，随到随学！报名咨询：0531-88960000（同微信）",
    "【某某投诉平台】遇到消费纠纷？点此一键投诉，48小时内专人跟进 &gt;&gt;",
    "某某商情网提示：欢迎订阅《某某商情》电子周刊，发送邮件至dingyue@example.com即可免费订阅。",
    "【某某观察网诚聘网络编辑、记者各2名，有意者请将简历发至hr@example.com】",
    "▲ 关注微信公众号“某某明白”（ID：mingbai），后台回复“有机”，免费领取《有机产品选购指南》PDF版，更多选购技巧等你来看。"])
def test_a_bracketed_line_offering_the_site_s_own_service_is_none_of_the_text(offer):
    """What it recognises: a line the site sets in brackets, under a label opening it or wholly,
    offering its own service or deal (a college's enrolment line with its number to ask, a chamber's
    testing service, a parenting account's deal to click and buy, a museum's bid to follow it and its
    number to book a visit, a consultancy's number to call for its full report, a furniture mall's
    sale in round brackets, a tracing portal's hotline in 〖〗, a software site's free trial, a weekly's
    number to subscribe by, a trade portal's bid to join its QQ group, a helmet maker's call for dealers,
    a tyre chain's seasonal deal, a paint portal's franchise, a blogger's used machines with the number
    to call or message him at, 电话/微信：), or after a mark (★, ▶, an emoji: a coatings
    portal's call for members, a chamber's, a public account's reader group), or under the site's own
    tip label (a trade news site's 某某网提示：欢迎订阅…), or its job opening in brackets (an e-commerce news
    site's 【…诚聘…简历发至…】), is none of the text
    wherever it stands. A line under a dateline's label and one giving the public's number to report
    or complain to (投诉电话：12315) stay: they are the article's."""
    for where in (1, 2):
        assert body_with_line(offer, where) == TWO_PARAGRAPHS
    for the_article_s in ("【本报讯】市消协昨日提醒，选购电梯配件请认准合格证，咨询电话：0571-85123456。",
                          "【消费提示】如发现电梯存在安全隐患，可拨打投诉电话：12315。",
                          "★消费者如发现电梯存在安全隐患，可拨打投诉电话：12315。",
                          "本报提示：如发现电梯存在安全隐患，可拨打投诉电话：12315。"):
        assert the_article_s in body_with_line(the_article_s, 1)


@pytest.mark.parametrize("bar", ["<div class='bar'><span>02:16</span><span>扫码手机看</span></div>",
                                 "<p class='controls'><a href='javascript:play()'>播放</a> 00:00 / 03:12 下载音频</p>"])
def test_the_words_of_a_media_player_s_box_are_no_text(bar):
    """What it recognises: the box a video or audio player stands in, its words besides the
    player's a widget's few (a TV station's bar under its video: a duration, 扫码手机看; a radio
    page's controls), is the player, none of the text. A paragraph beside a video stays."""
    report = [f"{PROSE}第{n}段。" for n in range(1, 6)]  # a report's length: a player beside it makes no video page
    text = "".join(f"<p>{line}</p>" for line in report)
    for player in ("<video controls src='/v.mp4'>您的浏览器不支持视频播放</video>", "<audio src='/a.mp3'></audio>"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><div class='player'>{player}{bar}</div>{text}</div>")
        assert body_of(html) == report, (player, bar)
    said = "电视台记者在现场看到，检查人员逐台查看电梯的维保记录和应急电话，发现问题当场要求整改。"
    beside = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><div><video src='/v.mp4'></video><p>{said}</p></div>"
                  f"{text}</div>")
    assert body_of(beside) == [said, *report]


@pytest.mark.parametrize("line", ["<div id='mp3player'>您需要安装Flash播放器才能收听节目录音。</div>",
                                  "<p>您的浏览器不支持视频播放，请升级浏览器或下载“某某”APP观看。</p>"])
def test_a_player_s_message_where_it_cannot_play_is_no_text(line):
    """What it recognises: the line a page shows where its media player cannot play, asking to
    install a plugin or upgrade the browser (a radio station's Flash player's, a TV station's HTML5
    video's), outside the player's own element too: none of the text. A sentence about a player
    stays."""
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{line}<p>{PROSE}</p><p>{PROSE}第二段。</p></div>")
    assert body_of(html) == TWO_PARAGRAPHS
    said = "记者发现，部分老旧电脑需要安装新版播放器插件才能观看监控录像，给排查带来不便。"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{said}</p><p>{PROSE}</p></div>")
    assert body_of(html) == [said, PROSE]


@pytest.mark.parametrize("facts", ["节目：《消费直通车》　频率：FM101.8　播出时间：周一至周五 11:00-12:00　主持人：丁一",
                                   "栏目：质量观察 编导：王某 摄像：李某 时长：03:12"])
def test_a_line_of_facts_under_their_labels_at_the_text_s_ends_is_no_text(facts):
    """What it recognises: a line of three facts or more under their short labels, no sentence,
    opening or closing the text (a radio station's programme line under its player, a TV station's
    credits of a report): the page's record of the story, not its text. A line naming two, and a
    sentence of labels, stay."""
    for lines in ([facts, PROSE, f"{PROSE}第二段。"], [PROSE, f"{PROSE}第二段。", facts]):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{''.join(f'<p>{line}</p>' for line in lines)}</div>")
        assert body_of(html) == TWO_PARAGRAPHS, lines
    for said in ("检查对象：住宅电梯 检查重点：维保记录", "抽查项目：标志、能效、安全，共三项，合格率：九成。"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p><p>{said}</p></div>")
        assert body_of(html)[-1] == said, said


@pytest.mark.parametrize("promotion", [
    "（经济广播FM101.8《消费直通车》每周一至周五11:00-12:00直播，投诉热线：96101，欢迎听众来电反映消费中遇到的问题。）",
    "【某某消费观察】每周四晚21:00某某新闻综合频道播出。消费维权线索请拨打热线96315，或在“某某融媒”APP留言。",
    "【导刊提示】《某某导刊》2014年度杂志征订工作已经开始，邮发代号：28-135，全年12期定价120元，欢迎广大读者订阅。",
    "2006年度报纸征订火热进行中 邮发代号：27-118",
    "★晚报帮你办热线：0768-2233 8000（工作日9:00-17:30），短信请发送至10661890，我们帮您解决身边的烦心事。",
    "【遇到烦心事？拨打《阿星帮你忙》热线 0577-8811 6666，或在“某某新闻”APP“爆料”频道留言，我们帮你忙！】",
    "【投诉直通车】遇到汽车维修纠纷？登录某某消费网投诉平台，或拨打维权热线400-615-0315，我们帮您维权！",
    "【某某民生网提示】遇到烦心事？拨打民生热线0871-6218890，或登录某某论坛“民生直通车”版块发帖，记者帮您跑一趟！",
    "【节目预告】《质量新闻联播》每天7:00、12:00、18:30在全国质量之声广播联播网各成员台同步播出，敬请收听。",
    "（本报道已于6月21日17:00在某某新闻广播FM101.2《新闻直通车》播出。更多精彩，请锁定FM101.2。）",
])
def test_a_station_s_or_a_paper_s_promotion_of_itself_is_no_text(promotion):
    """What it recognises: a radio or TV station's line promoting its programme, when it airs and its line to
    call or its bid to tune in (a radio station's bracketed line between paragraphs, a TV station's
    closing one, a radio network's programme notice), a help column's line to call in the outlet's voice
    (an evening paper's 帮你办, a TV station's 帮你忙: 我们帮您…, 记者帮您…), or a paper's or a magazine's promoting its
    subscription (邮发代号, 杂志征订: a magazine's print page, an e-paper): none of the story's text, a sentence
    or not. A sentence saying when a programme airs, without a line to call or a bid to tune in, and a
    quotation beside a hotline stay."""
    for where in (1, 2):
        assert body_with_line(promotion, where) == TWO_PARAGRAPHS
    for said in ("据介绍，这档节目每周六晚20:00在新闻频道播出，将持续关注电梯安全问题。",
                 "比赛实况将于6月30日20:00在某某电视台新闻综合频道播出，敬请关注。",
                 "“我们会尽快处理。”工作人员说，市民也可拨打热线12345反映。"):
        assert said in body_with_line(said, 1)


CALLS_TO_ACT = ("点击上方蓝字“<strong>泉南生活</strong>”关注我们", "长按识别二维码 关注我们", "扫码关注“某某发布”",
                "点击上方“桐溪生活圈”可以订阅哦！",
                "<strong>【某某科技官方微博：@某某科技 欢迎关注；下载某某新闻客户端，随时随地看资讯】</strong>",
                "<span>打开某某新闻APP，看更多消费提醒</span><em>立即打开</em>", "👇 点击下方小程序，领取电子版清单",
                "（下载某某财经客户端，随时随地掌握消费资讯）", "——扫描文末二维码关注“某某商情”公众号，第一时间获取预警信息——",
                "👉 本号读者专享：某某相机租赁首单9折，点击文末小程序领取",
                "&gt;&gt;&gt; 年末促销季，某某晚报读者凭本报到指定门店购机可获赠存储卡，详情见本版下方广告 &lt;&lt;&lt;",
                "<a href='/zt/315/'>【3·15专题】欢迎拨打本报消费维权热线 5881315 反映您遇到的消费问题</a>",
                "欢迎拨打本台新闻热线 96123 提供新闻线索", "请转发给身边骑电动车的亲朋好友",
                "觉得有用，点个“在看”，分享给身边要装光伏的朋友吧",
                "★本报“质量维权”热线 0451-8266xxxx 全天候接听，欢迎读者来电反映★",
                "扫描下方二维码，关注“某某市场导报”微信公众号，获取更多食品安全资讯。",
                "—— 关注“某某市场监管”微信公众号，获取更多消费提示 ——",
                "点击右上角“关注”，获取更多包装行业一手资讯。", "关注@某某消费观察，后台回复“防骗”，免费领取电子版手册",
                "关注【某某法规笔记】，每周拆解一个执法案例，带你读懂监管红线。",
                "【某某晚报手机报】移动用户发送JCWB到10658000订阅，3元/月，天天读好新闻！",
                "编辑短信DB发送到10669588，订阅某某手机报",
                "【某某网短信服务】每日行情早知道！编辑短信“DJ”发送至1066916688，0.1元/天。",
                "某某快讯网手机版 随时随地看新闻，移动用户发送ZJ到8866订阅每日快讯",
                "【某某财讯网提示】免费下载“某某通”行情软件，实时掌握股市动态&gt;&gt;",
                "（更多消费资讯，请登录某某新闻网消费频道 xf.example.cn）",
                "<span style='color:red'>【某某在线】想知道更多周末好去处？请登录某某在线生活频道 life.example.cn</span>",
                "<strong>【某某网提示】买到问题商品，欢迎到本站“曝光台”版块发帖，我们帮您跟进！</strong>",
                "【某某质量在线】诚邀各地企业加入“质量诚信联盟”，详情点击这里", "召回信息第一时间推送，下载某某通APP&gt;",
                "更多比较试验结果，请关注“某某消保委”微信公众号（abc12315）。", "觉得文章有用？欢迎请我喝杯咖啡 :)",
                "更多萌宠大冒险攻略、礼包，请关注某某手游网<a href='/zhuanqu/1/'>萌宠大冒险专区</a>。",
                "喜欢这篇测评的话，可以打赏一下，支持我继续写下去！",
                "<strong>觉得有用？</strong>欢迎关注公众号“某某的厨房”，每周更新空气炸锅菜谱。",
                "想第一時間獲取港聞資訊？立即下載某某新聞App，或追蹤我們的Telegram頻道！")


@pytest.mark.parametrize("call", CALLS_TO_ACT)
def test_the_site_s_call_to_act_is_none_of_the_text_wherever_it_stands(call):
    """What it recognises: a short line in which the site bids its reader to act on its own
    channels, stating nothing (no full stop): follow its account (a WeChat account's 点击上方蓝字…关注我们,
    a tech portal's bracketed 官方微博 line), download or open its app to read more (a portal, a news
    app's share page), click a control of the page (a public account's 点击下方小程序), take a deal it
    offers its readers (a public account's 本号读者专享, an evening paper's 读者凭本报…), call its own
    line (an evening paper's 欢迎拨打本报…热线, a TV station's), pass the post on to friends (two public
    accounts' 转发给/分享给身边…朋友), call its own line however worded (an e-paper's ★本报…热线…★), or
    follow its account in a sentence opening with the bid (an e-paper's 扫描…关注…公众号，获取更多…。, a
    regulator's mobile page; by its handle, 关注@…, or its button, 点击右上角“关注”…), text a code to
    subscribe (a paper's mobile site's 手机报, a TV station's
    SMS line), download its software (a finance portal's 【…提示】免费下载…软件), visit it for more (a text-only
    edition's 更多…，请登录…频道, a local portal's 【…】想…更多…？请登录…), post on it (a local life site's
    【…提示】…欢迎到本站…发帖), or download its app by the arrow of a button (a flash-news site's
    …，下载某某通APP>), or follow its account for more (a consumer council's 更多…，请关注“…”微信公众号。) or its
    zone (a game site's 更多…攻略，请关注…专区。), or welcome the reader to its account after a short
    question (a kitchen blog's 觉得有用？欢迎关注公众号…), or tip
    its author (a blog's 欢迎请我喝杯咖啡, a reviewer's 打赏一下). Opening the text,
    closing it or between its paragraphs, it is none of it. A sentence saying what drew attention or
    what readers may do, and a subheading on downloading an app, stay."""
    for where in ("first", "between", "last"):
        lines = [f"<p>{PROSE}</p>", f"<p>{PROSE}第二段。</p>"]
        lines.insert({"first": 0, "between": 1, "last": 2}[where], f"<p>{call}</p>")
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{''.join(lines)}</div>")) == TWO_PARAGRAPHS, where
    for said in ("欢迎市民扫码关注电梯安全，发现隐患及时报告。", "二、下载官方APP查验证书", "如有疑问，可拨打12315热线",
                 "本报读者凭报纸可免费参观车展，活动持续到月底。", "检验院的工程师说了几句话，值得记下来，分享给各位妈妈：",
                 "消费者可关注“某某市场监管”微信公众号查询抽检结果。", "市民打进本报热线称，新买的玩具没玩几天就坏了。",
                 "专家建议，消费者选购时不要只看广告宣传，应重点关注以下几点：", "不要轻信陌生链接，下载正规APP",
                 "关注我们的孩子成长，是全社会的责任。", "更多的家长开始关注校园食品安全。",
                 "为什么？欢迎关注的人越多，监督的力量越大。"):
        kept = body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{said}</p>"
                            f"<p>{PROSE}第二段。</p></div>"))
        assert said in kept, said


def test_a_subheading_that_opens_with_a_scan_is_text_and_a_call_to_scan_for_an_account_is_none():
    """What it recognises: a call to scan a code is a widget when it is alone (扫一扫) or says what the
    scan is for (扫码关注, 扫一扫 在手机打开, 扫描二维码以在移动设备观看); a subheading that tells how a
    code on a product works (扫码就能看到“身份证”, between two paragraphs) is the text's."""
    for call in ("扫一扫", "扫码关注", "扫一扫 在手机打开当前页", "扫描二维码以在移动设备观看"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><h3>{call}</h3>"
                    f"<p>{PROSE}第二段。</p></div>")
        assert body_of(html) == TWO_PARAGRAPHS, call
    for subheading in ("扫码就能看到“身份证”", "扫码溯源 一瓶一码"):
        html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><h3>{subheading}</h3>"
                    f"<p>{PROSE}第二段。</p></div>")
        assert body_of(html) == [PROSE, subheading, f"{PROSE}第二段。"], subheading


@pytest.mark.parametrize("note", ["（未完，请看下一页：各机型详细测试数据）", "（未完待续）", "【转下页】"])
def test_a_note_that_the_text_goes_on_on_the_next_page_closes_no_body(note):
    """What it recognises: a note closing a page of a text paged by its site, that the text goes on
    on the next (a review site's (未完，请看下一页：…), a serial's （未完待续）): the pager's. A sentence
    saying something is unfinished stays."""
    assert body_closed_by(f"<p>{note}</p>") == TWO_PARAGRAPHS, note
    said = "未完工的电梯井道已全部封闭。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]


@pytest.mark.parametrize("badge", ["冰场里的人 · 第07期", "第127期", "匠心人物丨第十二期", "VOL.12"])
def test_a_series_badge_over_or_under_the_text_is_none_of_it(badge):
    """What it recognises: a column's name and the issue of it a post is, alone on a line over the
    text (a public account's interview series) or under it (a newsletter's number): the series'
    badge. A sentence naming an issue stays."""
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'><section><p>{badge}</p></section>"
                        f"<p>{PROSE}</p><p>{PROSE}第二段。</p></div>")) == TWO_PARAGRAPHS, badge
    assert body_closed_by(f"<p>{badge}</p>") == TWO_PARAGRAPHS, badge
    said = "第一期工程已于去年底完工。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]


@pytest.mark.parametrize("signature", ["发自虎扑Android客户端", "来自 iPhone 客户端", "—— 发自我的iPhone"])
def test_the_app_a_post_was_sent_from_closes_no_body(signature):
    """What it recognises: the line a forum's or a mail's client signs a post with, the app it was
    sent from (a sports forum's mobile thread, a bulletin board's post): none of the text. A
    sentence about a phone stays."""
    assert body_closed_by(f"<p class='sign'>{signature}</p>") == TWO_PARAGRAPHS, signature
    said = "来自手机的投诉占到了总数的六成。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]


def test_a_call_to_open_the_post_s_original_link_closes_no_body():
    """What it recognises: a short line asking the reader to click the link a self-media platform
    sets under a post (▼ 点击文末“阅读原文”，购买本书; 点击阅读原文，查看报名详情), or split over two
    lines, what it opens on the second (查看《…办法（试行）》全文): none of the text. A sentence that
    mentions reading the original stays."""
    for call in ("▼ 点击文末“阅读原文”，购买本书", "点击阅读原文，查看报名详情",
                 "点击文末“阅读原文”</p><p>查看《某市灵活就业人员住房公积金缴存使用管理办法（试行）》全文"):
        assert body_closed_by(f"<p>{call}</p>") == TWO_PARAGRAPHS, call
    said = "专家建议消费者点击阅读原文之前，先核实链接来源是否可靠。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]


def test_a_blog_s_line_filing_its_post_under_category_and_tags_closes_no_body():
    """What it recognises: the line a blog prints under a post filing it under its category and its
    tags, both labels on one line (a WordPress theme's 本文发表于 …，分类：…。 标签：…。 你可以通过 RSS 2.0
    订阅本文的评论…; another blog's 标签：… | 分类：…), closing the text: none of it."""
    for filing in ("<p class='postmetadata'><small>本文发表于 2009年04月11日，星期六 22:05 ，"
                   "分类：<a href='/c/1'>口腔科普</a>。 标签：<a href='/t/1'>种植牙</a>, <a href='/t/2'>种植体</a>。"
                   " 你可以通过 <a href='/feed/'>RSS 2.0</a> 订阅本文的评论。"
                   " 你可以发表评论，或者从你的网站 trackback。</small></p>",
                   "<div class='meta'>标签：<a href='/t/3'>电梯</a> | 分类：<a href='/c/2'>生活随笔</a> | 阅读(321)</div>"):
        assert body_closed_by(filing) == TWO_PARAGRAPHS, filing


def test_a_rule_for_reprinting_however_worded_is_a_notice():
    """What it recognises: a site's rule for reprinting its texts, whatever it asks to keep (转载请注明
    作者及出处 on a forum's digest, 欢迎转载，但请保留作者和出处 on a personal site, 转载时务请注明出处, a
    blog's 转载请注明出自某某博客, a forum's 转载请注明来自某某论坛, another's 转载请注明：转自某某，本文链接：…
    (or 转载自某某), a third's 转载请注明：某某 » 标题; a
    consultancy's 不得以任何形式转载),
    after the text: a notice, none of it. A sentence of the text about reprints stays."""
    for notice in ("<p>本文已被版主收入精华区。转载请注明作者及出处：某某钓鱼论坛</p>",
                   "<p>转载请注明：转自<a href='/blog/'>某某小记</a>，本文链接：http://www.example.cn/blog/2009/04/11/a/</p>",
                   "<table><tr><td>【老K提示】本站文章均为老K原创，欢迎转载，但请保留作者和出处，谢谢合作！</td></tr></table>",
                   "<p>本作品为某某原创，转载时务请注明出处。</p>",
                   "<p>转载请注明：某某说家纺 » 拆了12个网购枕芯。本文为某某原创，未经许可请勿用于商业用途。</p>",
                   "<p>（原创文章，转载请注明出自某某博客“某某手记”，谢谢）</p>",
                   "<p>原创文章，转载请注明：转载自某某笔记，本文链接：http://www.example.com/2014/09/03/a/</p>",
                   "<p>本文由某某资讯综合整理，如涉及版权问题请联系我们删除。</p>",
                   "<p>转载请注明来自某某亲子论坛，谢谢！</p>",
                   "<p><small>本文内容仅供一般性参考。未经某某咨询书面许可，不得以任何形式转载或引用本文图表。</small></p>"):
        assert body_closed_by(notice) == TWO_PARAGRAPHS, notice
    said = "执法人员指出，该公众号转载他人文章时未注明出处，已构成侵权。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]


@pytest.mark.parametrize("disclaimer", ["本文仅供健康科普，不作为诊疗依据，具体用药请遵医嘱。",
                                        "以上内容仅供参考，不构成投资建议。", "文中观点仅供交流，不能代替医生面诊。",
                                        "（本文仅为科普，不构成诊疗建议。如有眼部不适，请到正规医院眼科面诊。）",
                                        "（本文案例系根据公开裁判文书改编，仅供参考，不构成法律意见。）"])
def test_what_the_text_is_not_to_be_taken_for_is_a_notice(disclaimer):
    """What it recognises: the site's word on what the text is not to be taken for (a clinic's 本文仅供
    健康科普，不作为诊疗依据, a finance site's 以上内容仅供参考，不构成投资建议, an eye doctor's blog's bracketed
    本文仅为科普，不构成诊疗建议, a lawyer's account's 本文案例系根据…改编，仅供参考，不构成法律意见), after it: a
    notice. A sentence of the text saying what a figure is only good for stays."""
    assert body_closed_by(f"<p>{disclaimer}</p>") == TWO_PARAGRAPHS, disclaimer
    said = "专家表示，网传的食疗方仅供参考，不能代替药物治疗。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]


@pytest.mark.parametrize("disclosure", ["※ 本文含有聯盟行銷連結，透過連結購買我可能會獲得少量分潤，但不會影響你的購買價格。",
                                        "文中部分商品链接为推广链接，通过链接购买我可能获得少量佣金，不影响你的购买价格。"])
def test_the_writer_s_word_that_the_text_s_links_earn_them_a_share_is_a_notice(disclosure):
    """What it recognises: a blogger's disclosure that the text's links are affiliate links and earn
    them a share of what is bought through them (a Taiwan review blog's 本文含有聯盟行銷連結, a buying
    guide's 文中部分商品链接为推广链接), over or under the text: a notice. A sentence of the text about
    sponsored links on a search engine stays."""
    for text in ([f"<p>{disclosure}</p>", f"<p>{PROSE}</p>", f"<p>{PROSE}第二段。</p>"],
                 [f"<p>{PROSE}</p>", f"<p>{PROSE}第二段。</p>", f"<p>{disclosure}</p>"]):
        assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{''.join(text)}</div>")) == TWO_PARAGRAPHS
    said = "消费者点击搜索结果中的推广链接后，被引导至仿冒网站购买。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]


@pytest.mark.parametrize("comments", [
    # a DedeCMS article's comment box: its title and count, its rules in a sentence, its form
    "<div class='dede_comment'><div class='dcmp-title'><small>验证码:</small><strong>发表评论</strong>"
    "<span>已有<b>0</b>人参与评论</span></div><div class='dcmp-stand'><strong>请自觉遵守互联网相关的政策法规，"
    "严禁发布色情、暴力、反动的言论。</strong></div><form action='/plus/feedback.php' method='post'>"
    "<input type='hidden' name='aid' value='2356'><div><textarea name='msg'></textarea></div><div><div>用户名:"
    "<input type='text' name='username'> 验证码:<input type='text' name='validate'><img src='/include/vdimgck.php' "
    "alt='看不清？点击更换'><input type='checkbox' id='guest'><label for='guest'>匿名?</label></div>"
    "<div><button type='submit'>发表评论</button></div></div></form></div>",
    # a portal's: a heading, what it asks of its readers, a field with no form (a script sends it)
    "<div class='pinglun'><h3>网友评论</h3><p>文明上网，理性发言。您的评论经审核后将公开显示，请勿发布违法言论。</p>"
    "<div class='box'><textarea placeholder='说两句吧'></textarea><a href='javascript:;'>发表</a></div></div>",
])
def test_a_comment_box_beside_the_text_is_no_part_of_it(comments):
    """What it recognises: a box beside the text's that holds a field to write a comment in (a
    <textarea>), with its title, its count and its rules in a sentence: the comment box, no part of
    the article, however much it says."""
    html = page(f"<div class='main'><h1>某地开展电梯安全检查</h1><div class='viewbox'><div class='content'>"
                f"<p>{PROSE}</p><p>{PROSE}第二段。</p></div><div class='boxoff'><strong>------分隔线------</strong></div>"
                f"</div>{comments}</div>")
    assert body_of(html) == TWO_PARAGRAPHS


@pytest.mark.parametrize("bid", ["喜欢这篇文章？分享给朋友：", "觉得有用就分享给好友吧", "分享到："])
def test_a_bid_to_share_over_the_share_buttons_is_the_widget_s(bid):
    """What it recognises: a box of share buttons under the text, with the bid over them, asking the
    reader whether they liked the post (喜欢这篇文章？分享给朋友：): the share widget, words and all."""
    buttons = " · ".join(f"<a href='https://share.example.com/{n}'>{name}</a>"
                         for n, name in enumerate(("微博", "微信", "QQ空间")))
    assert body_closed_by(f"<div class='share-box'><p>{bid}</p>{buttons}</div>") == TWO_PARAGRAPHS, bid


@pytest.mark.parametrize(("title", "offer"), [
    ("压力表校准周期如何确定？_技术文章_广州恒准计量检测有限公司",
     "温馨提示：恒准计量可提供压力表、安全阀等仪器的上门校准服务，一般3-5个工作日出证。咨询热线：400-860-3172"),
    ("纺织服装产品送检须知_行业资讯_深圳信诺检测-第三方检测机构",
     "信诺检测——专业第三方检测服务机构，资质齐全。如需送检，请拨打全国服务热线 400-678-3526，或点击右侧在线客服。"),
    ("电动晾衣架安装前要准备什么？_省心到家",
     "温馨提示：省心到家平台师傅均经实名认证、持证上岗，安装完成后享1年质保。如遇问题请联系客服 400-018-6655。"),
])
def test_the_site_s_own_offer_closing_its_news_is_none_of_it(title, offer):
    """What it recognises: a line closing the text that names the site (four of its name's characters
    in a row, its company form aside), offers its service (a hotline, or its customer service to call)
    and gives a number to call: a company's advertisement under its news. A line offering another's
    help (12315) stays, as does the same offer on a site it does not name."""
    html = f"<h1>{title.split('_')[0]}</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p><p>{offer}</p></div>"
    assert body_of(page(html, title)) == TWO_PARAGRAPHS
    assert body_of(page(html, f"{title.split('_')[0]}_某某质量网")) == [*TWO_PARAGRAPHS, offer]
    tip = "温馨提示：消费者发现计量器具作弊等问题，可拨打12315热线或登录全国12315平台投诉举报。"
    tipped = f"<h1>{title.split('_')[0]}</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p><p>{tip}</p></div>"
    assert body_of(page(tipped, title)) == [*TWO_PARAGRAPHS, tip]


def test_a_step_beside_its_picture_in_an_ordered_list_is_text_not_a_caption():
    """What it recognises: an ordered list's items, each a picture and a line under it (a recipe's
    做法步骤, a how-to's steps), hold the text's steps; the same picture and line in a box of its own
    is a picture and its caption."""
    steps = ["鸡翅洗净，用厨房纸吸干表面水分，两面各划两刀，方便入味。",
             "空气炸锅预热五分钟，鸡翅皮朝下平铺在锡纸上，不要重叠。"]
    items = "".join(f"<li><div class='pic'><img src='/s{n}.jpg'></div><p>{step}</p></li>" for n, step in enumerate(steps))
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p><ol>{items}</ol></div>")
    fields = extracted(html)
    assert fields["articleBody"].split("\n") == [*TWO_PARAGRAPHS, *steps]
    boxed = "".join(f"<div><div class='pic'><img src='/s{n}.jpg'></div><p>{step}</p></div>" for n, step in enumerate(steps))
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='text'><p>{PROSE}</p><p>{PROSE}第二段。</p>{boxed}</div>")
    assert [image["caption"] for image in extracted(html)["images"]] == steps


@pytest.mark.parametrize("tail", [
    "<h3>被加入以下菜单</h3><ul><li><a href='/l/1'>懒人菜合集</a></li><li><a href='/l/2'>过年硬菜</a></li></ul>",
    "<h2>参见</h2><ul><li><a href='/wiki/1'>雄安新区</a></li><li><a href='/wiki/2'>京津冀</a></li></ul>",
    "<h3>小贴士</h3>"])
def test_a_heading_closing_the_text_heads_nothing_of_it(tail):
    """What it recognises: a heading at the text's end whose section was left out (a recipe's menus
    under 被加入以下菜单, a wiki's 参见 over its links, an empty tips box): a heading heads what follows
    it, so it goes with what was left out. A heading followed by its text stays."""
    closed = f"<h1>某地开展电梯安全检查</h1><div class='c'><p>{PROSE}</p><p>{PROSE}</p>{tail}</div>"
    assert body_of(page(closed)) == [PROSE, PROSE]
    kept = f"<h1>某地开展电梯安全检查</h1><div class='c'><p>{PROSE}</p><h3>小贴士</h3><p>{PROSE}</p></div>"
    assert body_of(page(kept)) == [PROSE, "小贴士", PROSE]


@pytest.mark.parametrize("box", [
    "<div><h4>完整測試結果只供訂戶閱覽</h4><p>訂閱《選擇》月刊網上版，即可查閱14款抽油煙機的詳細評分、型號及售價比較。</p>"
    "<a href='/tc/subscribe'>立即訂閱</a> <a href='/tc/login'>訂戶登入</a></div>",
    "<div class='paywall'><p>本文为付费内容，开通会员后可阅读全文</p><a href='/vip'>开通会员</a></div>"])
def test_a_paywall_s_prompt_closing_the_text_is_none_of_it(box):
    """What it recognises: the box a paywall closes the free part of a long text with (the rest is only
    for subscribers, subscribe or become a member to read it, and its buttons, links set apart by a
    space). Over a short text, the page is a teaser (test_pages_that_are_no_article)."""
    free = [f"{PROSE}第{number}段。" for number in range(8)]
    paragraphs = "".join(f"<p>{line}</p>" for line in free)
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div class='c'>{paragraphs}{box}</div>")) == free


def test_steps_numbered_in_their_own_words_beside_their_pictures_are_the_text():
    """What it recognises: a list whose items open with their own numbers in order (1.…, 2.…, 3.…) and
    say sentences, each beside its picture, its text in a <div> rather than a <p> (a recipe site's
    做法步骤): the text's steps, not captions, however much the page says elsewhere."""
    steps = ["1.鸡翅中洗净，在背面各划两刀，方便入味。", "2.冷水下锅，放两片姜和一小勺黄酒，大火煮开后撇去浮沫。",
             "3.锅里放少许油，放入鸡翅，小火煎至两面金黄，盛出备用。", "4.沿锅边淋入黄酒，再加入生抽和老抽，盖上锅盖焖20分钟。"]
    items = "".join(f"<li><div class='img'><img src='/s/{n}.jpg' alt='步骤{n}'></div><div class='word'>{step}</div></li>"
                    for n, step in enumerate(steps, 1))
    lead = "天气一冷就想吃点暖乎乎的。这道黄酒焖鸡翅一滴水都不放，全靠黄酒把鸡翅焖熟，出锅酒香扑鼻，家里小朋友也很爱吃。"
    html = (f"<h1>黄酒焖鸡翅</h1><div class='detail'><div class='intro'><p>{lead}</p></div>"
            f"<div class='steps'><h2>做法步骤</h2><ul>{items}</ul></div></div><div class='foot'><p>版权所有 某某网</p></div>")
    assert body_of(page(html, "黄酒焖鸡翅的做法_某某美食网")) == [lead, "做法步骤", *steps]


@pytest.mark.parametrize("mark", ["►", "▶ ", "● "])
def test_a_link_to_another_story_with_a_mark_pointing_at_it_among_the_paragraphs_is_none_of_the_text(mark):
    """What it recognises: a line that is a link to another story but for a mark pointing at it
    (►<a>…</a>, as a news site sets its related stories among its paragraphs and after them): no line
    of the text, wherever it stands. A sentence with a link in it stays."""
    related = f"<p><strong>{mark}<a href='/news/20210317/1942215.htm'>孩子玩彈跳床摔斷腿！醫揭最危險的玩法</a></strong></p>"
    html = page(f"<h1>某地开展电梯安全检查</h1><div class='story'><p>{PROSE}</p>{related}<p>{PROSE}第二段。</p>{related}</div>")
    assert body_of(html) == TWO_PARAGRAPHS
    said = f"<p>{mark}详见<a href='/news/1.htm'>市场监管局公告</a>，抽查结果已公布。</p>"
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1><div><p>{PROSE}</p>{said}<p>{PROSE}第二段。</p></div>"))[1].endswith(
        "抽查结果已公布。")


@pytest.mark.parametrize("note", ["✅ 本文經 陳冠宇 物理治療師 審閱｜閱讀時間約 4 分鐘", "本文由某某医院主任医师 王某 审核"])
def test_a_note_of_who_checked_the_text_opening_it_is_none_of_it(note):
    """What it recognises: a note opening or closing a text that says who checked it (a health site's 本文经
    某某 物理治疗师 审阅, its reading time beside it maybe): a credit. A sentence of the text saying that
    something was checked stays."""
    text = f"<div class='text'><p>{note}</p><p>{PROSE}</p><p>{PROSE}第二段。</p></div>"
    assert body_of(page(f"<h1>某地开展电梯安全检查</h1>{text}")) == TWO_PARAGRAPHS
    said = "本文由市场监管局审核通过的标准为依据，说明了检测方法。"
    assert body_closed_by(f"<p>{said}</p>") == [*TWO_PARAGRAPHS, said]
