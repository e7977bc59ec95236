"""What makes a page no article, each rule on a few lines of HTML: the site's furniture is never a
body, however long; a soft 404, a listing's item, a login page and an empty template are rejected;
a page without end tags is read."""

from __future__ import annotations

import re

import pytest

from crawler.extraction import Extraction, NotAnArticle, extract_article
from crawler.extraction.article import SOFT_404

URL = "https://news.example.cn/a/2024/0315/1.html"
ARTICLE = "<p>" + "市场监管部门近日组织开展产品质量监督抽查，抽查结果已向社会公布，不合格产品依法处理。" * 3 + "</p>"
FOOTER = """<div class="foot"><p>主办单位：某某报社 承办单位：某某网 地址：北京市某区某路1号 邮编：100000</p>
<p>新闻热线：010-12345678 广告热线：010-87654321 投稿邮箱：tougao@example.cn</p>
<p>Copyright © 2001-2024 某某网 版权所有 未经书面授权禁止转载 京ICP备12345678号 京公网安备11010502000001号</p>
<p>违法和不良信息举报电话：010-12345678 举报邮箱：jubao@example.cn 中国互联网违法和不良信息举报中心</p></div>"""
STATEMENT = """<div class="sm"><h4>声明:</h4>
<p>本网注明“来源:某某网”的所有作品，版权均属于某某网，未经本网授权不得转载、摘编或利用其他方式使用上述作品。</p>
<p>本网注明“来源:XXX(非某某网)”的作品，均转载自其他媒体，转载目的在于传递更多信息，
并不代表本网赞同其观点和对其真实性负责。</p></div>"""


def page(body: str, title: str = "某某网") -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def outcome(body: bytes) -> str:
    result = extract_article(body, URL)
    return result.detail if isinstance(result, NotAnArticle) else "article"


def is_the_site_s_own(body: str, title: str) -> bool:
    """Whether the page of this body and title is rejected as one of the site's pages about itself."""
    return outcome(page(body, title)).startswith("a page of the site about itself")


def test_the_footer_and_the_statement_are_never_a_body():
    empty = f"<h1>某地开展电梯安全检查</h1><div>2024-03-15 10:00</div><div class='text'></div>{STATEMENT}{FOOTER}"
    empty_template = page(empty, "某地开展电梯安全检查_某某网")
    assert outcome(empty_template) == "no article body"


def test_a_ticker_s_scrolling_notice_is_never_a_body():
    """What it recognises: a <marquee> scrolling the site's notice (今日公告：…) or its headlines past,
    over a column's list of links: furniture, however it reads, so the page has no article. A story
    under the same ticker is its text alone."""
    ticker = ("<marquee scrollamount='2'><font color='#FF0000'>今日公告：</font>本站新开通手机短信行情服务，"
              "每日为订阅用户推送各地批发市场最新苹果价格，欢迎广大果农和经销商朋友订阅使用。</marquee>")
    items = "".join(f"<li><a href='/Article/{n}.html'>胶东各地苹果收购价格行情汇总第{n}期</a> 2005-10-{n + 10}</li>"
                    for n in range(1, 9))
    column = page(f"<div class='top'>{ticker}</div><div class='list'><h2>市场行情</h2><ul>{items}</ul></div>",
                  "市场行情 - 某某苹果信息网")
    assert outcome(column) == "no article body"
    story = page(f"<div class='top'>{ticker}</div><h1>某地开展电梯安全检查</h1><div class='text'>{ARTICLE}</div>",
                 "某地开展电梯安全检查_某某网")
    assert extract_article(story, URL).fields["articleBody"] == "\n".join(
        part for part in ARTICLE.replace("<p>", "").split("</p>") if part)


def test_forum_software_s_report_of_the_page_s_making_is_never_a_body():
    """What it recognises: the footer line in which forum software reports how the page was made
    (Discuz!'s Processed in ... second(s), N queries; phpwind's Total ...(s) query N), the software a
    site runs on alone on its line (Powered by osCommerce), its visitors counted since a day (自 2006年03月12日
    以來，共 2817364 次瀏覽), its copyright beside an overseas number to call ((626) 965-0168) are the
    site's, however many letters they hold: a board's list of threads around them is no article."""
    threads = "".join(f"<tr><td><a href='/thread-{n}-1-1.html'>帖子标题{n}</a></td><td>2016-4-{n}</td></tr>"
                      for n in range(1, 9))
    for report in ("GMT+8, 2016-4-21 17:05, Processed in 0.071224 second(s), 19 queries, Gzip On, Redis On.",
                   "Total 0.022418(s) query 6, Time now is:04-21 17:05, Gzip enabled",
                   "自 2006年03月12日 以來，共 2817364 次瀏覽<br>Copyright © 2011 某某華人百貨網 | 18920 E. Colima Rd, "
                   "Rowland Heights, CA 91748 | Tel: (626) 965-0168<br>Powered by osCommerce"):
        board = page(f"<h1>禾城杂谈</h1><table>{threads}</table><div class='ft'><p>{report}</p></div>", "禾城杂谈 - 某某论坛")
        assert outcome(board) == "no article body", report


def test_an_article_beside_its_statement_and_footer_is_the_body():
    result = extract_article(page(f"<h1>某地开展电梯安全检查</h1><div>{ARTICLE}</div>{STATEMENT}{FOOTER}",
                                  "某地开展电梯安全检查_某某网"), URL)
    assert isinstance(result, Extraction) and result.fields["articleBody"].startswith("市场监管部门")
    assert "版权" not in result.fields["articleBody"] and "ICP" not in result.fields["articleBody"]


def test_a_sentence_that_quotes_copyright_stays_in_the_body():
    quoted = "<p>执法人员发现，该企业产品包装上印有“Copyright © 某国际品牌”字样，但企业无法提供任何授权证明。</p>"
    body = f"<h1>某地查处假冒商标案</h1><div>{ARTICLE}{quoted}</div>{FOOTER}"
    result = extract_article(page(body, "某地查处假冒商标案"), URL)
    assert result.fields["articleBody"].endswith("但企业无法提供任何授权证明。")


@pytest.mark.parametrize("message", ["抱歉，您访问的页面不存在", "对不起，您所请求的页面不存在或已被删除！5秒后自动跳转到首页",
                                     "该文章已被删除", "404 页面未找到，您要访问的页面已被删除或不存在",
                                     "该稿件已经撤下或链接已失效", "您访问的链接已失效", "抱歉，该直播不存在或已被删除",
                                     "抱歉，您要收听的节目不存在或已下架"])
def test_a_soft_404_says_so(message):
    assert outcome(page(f"<div class='msg'><p>{message}</p><p>返回首页</p></div>{FOOTER}")) == \
        "the page says it is not found (a soft 404)"


def test_a_thread_whose_post_is_gone_is_no_article_however_its_replies_read():
    """What it recognises: a thread whose first post says it was removed or blocked (Discuz!'s 作者被禁止
    或删除 内容自动屏蔽, a Tieba-like 该贴已被删除) has no article; the replies under it are none."""
    reply = ("<p>楼主的帖子怎么没了？我刚才还看到的。说回正事，合同上写的是今年6月30日前交房，"
             "现在已经过了两天，开发商一点动静都没有。</p>")
    for notice in ("<div class='locked'>提示: <em>作者被禁止或删除 内容自动屏蔽</em></div>",
                   "<div class='tip'>抱歉，该贴已被删除</div>"):
        thread = (f"<h1>运河湾三期又延期交房了</h1><div class='post'><p>发表于 2019-7-2 19:33</p>{notice}</div>"
                  f"<div class='post'><p>发表于 2019-7-2 20:10</p>{reply}</div>")
        assert outcome(page(thread, "运河湾三期又延期交房了 - 某某论坛")) == SOFT_404, notice


def test_one_item_of_a_listing_is_no_article():
    items = "".join(f"<div class='item'><h3><a href='/a/{n}.html'>某地开展第{n}次产品质量监督抽查工作</a></h3>"
                    f"<p>市场监管部门日前对辖区内生产企业的产品开展了监督抽查，抽查结果已经公布，第{n}批。</p></div>"
                    for n in range(1, 9))
    assert outcome(page(f"<div class='list'>{items}</div>{FOOTER}", "质量抽查_某某网")) == \
        "a listing: the text found is one of its items"


@pytest.mark.parametrize("cut", ["……<a href='/a/2024/0315/7.html'>[详细]</a>",
                                 "...[<a href='/news/7.shtml'>阅读全文</a>]",
                                 "… <a href='/a/7.html'>全文&gt;&gt;</a>"])
def test_a_summary_that_stops_short_before_the_link_to_its_story_is_no_article(cut):
    """What it recognises: a channel page whose lead item shows its story's opening, cut short by an
    ellipsis before a link to the rest (a station's 台内新闻 over its dated links, a CMS's …[详细]),
    however the link and its brackets are set."""
    lead = ("<div class='lead'><h2><a href='/a/7.html'>全省有线电视用户可免费收看超高清频道</a></h2>"
            f"<p>11月5日上午，省广播电视台超高清频道正式开始试播。即日起，全省有线电视网络用户只要使用支持超高清"
            f"信号的机顶盒，即可免费收看这一频道的节目{cut}</p></div>")
    links = "".join(f"<li><a href='/a/{n}.html'>第{n}条新闻标题</a> 2019-11-0{n}</li>" for n in range(1, 6))
    assert outcome(page(f"{lead}<ul class='more'>{links}</ul>", "台内新闻_某某广播电视台")) == \
        "a listing's lead item: the text found stops short (……) before the link to its story"


@pytest.mark.parametrize("more", ["<a href='/a/2013/1109/7.shtml'>[详细]</a>", "<a href='/news/7.shtml'>阅读全文&gt;&gt;</a>",
                                  "<a class='more-link' href='/blog/7/'>继续阅读"
                                  "<span class='screen-reader-text'>〈恒大问鼎亚洲之巅〉</span> &rarr;</a>"])
def test_a_summary_that_hands_over_to_the_rest_of_its_story_is_no_article(more):
    """What it recognises: a topic's or a channel's page whose lead item is a summary in whole
    sentences, closed by a link to the rest of its story ([详细] on a portal's topic page, 阅读全文>>
    on a CMS's channel, a blog's category page's 继续阅读〈its title〉 →, the title there for screen
    readers): the text found is a listing's lead item. A text closed by a link to its source
    ([原文链接]) stays an article (the test above)."""
    lead = (f"<div class='lead'><h2>恒大问鼎亚洲之巅</h2><p>{SNIPPET}终场哨响后体育场陷入一片欢腾。{more}</p></div>")
    links = "".join(f"<li><a href='/a/{n}.html'>第{n}条新闻标题</a> 2013-11-0{n}</li>" for n in range(1, 6))
    assert outcome(page(f"{lead}<ul class='more'>{links}</ul>", "恒大问鼎亚洲之巅_专题_某某网")) == \
        "a listing's lead item: the text found ends with a link to the rest of its story ([详细], 阅读全文)"


def test_an_undated_overview_whose_intro_stops_short_before_its_rest_is_no_article():
    """What it recognises: a directory's entry (a school's, a firm's profile) whose intro stops short
    before a link to the whole of it (…… 查看全部简介 >), over the entry's other boxes, dated nowhere.
    A dated story with a teaser of another story inside it stays an article."""
    intro = ("<p class='intro'>某某实验学校创办于2009年，是一所九年一贯制民办学校，开设国家课程并融合双语教学，"
             "学校提供寄宿与走读两种方式…… <a href='/school/7/about.html'>查看全部简介 &gt;</a></p>")
    boxes = ("<h2>收费标准</h2><p>小学部每年学费68000元，住宿费12000元。</p><h2>家长点评</h2>"
             "<p>老师负责，管理严格，食堂饭菜一般。</p><p>校车路线少，接送不太方便。</p>")
    profile = page(f"<h1>某某实验学校 民办 寄宿</h1><div class='main'>{intro}{boxes}</div>", "某某实验学校_学校库_某某网")
    undated = extract_article(profile, "https://news.example.cn/school/7.html")
    assert isinstance(undated, NotAnArticle) and undated.detail == (
        "an overview (a profile, a directory's entry): a paragraph of a short text dated nowhere stops short (……) "
        "before the link to its rest")
    story = page(f"<h1>某地民办学校收费检查结果公布</h1><div>2024-03-15 10:00</div><div class='main'>"
                 f"<p>{SNIPPET}</p>{intro}<p>{SNIPPET}检查结果已向社会公布。</p></div>", "某地民办学校收费检查结果公布_某某网")
    assert outcome(story) == "article"


def test_a_short_text_that_ends_with_an_ellipsis_or_a_link_is_an_article():
    """A text may trail off (……) with nothing after it, or end with a sentence before a link to its
    source: neither stops short before the rest of a story."""
    text = "<p>市场监管部门今日发布消费提示，提醒消费者购买电动自行车时查看产品合格证和3C认证标志，谨防买到不合格产品……</p>"
    source = ("<p>市场监管部门今日发布消费提示，提醒消费者购买电动自行车时查看产品合格证和3C认证标志。"
              "<a href='https://www.samr.gov.cn/'>[原文链接]</a></p>")
    for body in (text, source):
        assert outcome(page(f"<h1>购买电动自行车请认准3C标志</h1><div>2024-03-15 10:00</div>{body}",
                            "购买电动自行车请认准3C标志_某某网")) == "article"


@pytest.mark.parametrize("count", ["共找到 128 条结果", "共找到 1,286 条结果"])
def test_search_results_with_long_snippets_are_no_article(count):
    """What it recognises: results under the count of what was found, however large (a thousands
    separator in it)."""
    snippet = "市场监管部门日前对辖区内生产企业的产品开展了监督抽查，抽查结果已经公布，不合格产品已依法处置，企业正在整改。"
    results = "".join(f"<div class='result'><h3><a href='/a/{n}.html'>电梯安全检查第{n}次通报</a></h3>"
                      f"<p>{snippet}</p><span>2024-03-{n:02d}</span></div>" for n in range(1, 11))
    html = page(f"<div class='bar'><span>{count}</span></div><div class='results'>{results}</div>{FOOTER}",
                "电梯安全_站内搜索")
    assert outcome(html) == "search results: the text found is a list of them"


def test_an_article_that_reports_results_is_an_article():
    html = page(f"<h1>某地公布产品质量抽查结果</h1><div><p>共抽查 30 批次产品。</p>{ARTICLE}{ARTICLE}</div>",
                "某地公布产品质量抽查结果")
    assert outcome(html) == "article"


@pytest.mark.parametrize("heading", ["王振华 主任中医师", "周建国 主任医师 教授", "郑淑芬教授", "秦观澜专栏作家"])
def test_a_page_headed_by_a_name_and_professional_titles_alone_is_a_profile(heading):
    """A clinic's doctor page, a university's faculty page, a columnist's page: the heading is a
    person's name and titles alone, over a long biography; a story about that person says what
    happened in its headline, and stays an article."""
    bio = ("王振华，男，1957年生，主任中医师，毕业于某某中医学院中医系。从事中医临床、教学工作三十余年，"
           "曾任某市中医院脾胃病科主任，临床注重调理脾胃，善用经方与时方结合治疗消化系统疾病及内科杂病，主持及参与省级科研课题3项，发表学术论文30余篇。")
    assert outcome(page(f"<h1>{heading}</h1><div><p>{bio}</p><p>{bio}</p></div>", f"{heading}_某某国医堂")) \
        == "a person's profile: its heading is a name and professional titles alone"
    story = "王振华主任中医师获评省级名中医"
    assert outcome(page(f"<h1>{story}</h1><div><p>{bio}</p><p>{bio}</p></div>", f"{story}_某某国医堂")) == "article"


@pytest.mark.parametrize("name", ["用户登录", "读者登录", "企业用户注册", "账号登录"])
def test_a_login_page_is_no_article(name):
    """A page asking to log in or register, under a name saying so, maybe naming who logs in (a
    library's 读者登录), with a password's field. A headline ending in the word, a typhoon's landfall
    (台风登陆), is no such name."""
    login = (f"<h2>{name}</h2><form>用户名：<input name='u'> 密码：<input type='password' name='p'></form>"
             "<div><p>注册成为本网用户，您可以对新闻发表评论，参与质量话题讨论，在线提交质量投诉和新闻线索，订阅每日质量资讯。</p></div>")
    assert outcome(page(login, f"{name}_某某网")) == "a login page"
    news = login.replace(name, "台风登陆")
    assert outcome(page(news, "台风登陆_某某网")) == "article"



def test_a_page_its_title_names_a_login_is_one_whatever_its_heading_and_its_fields():
    """A complaints platform's login (a slogan over its blurb, a phone number and a text message's
    code, no password), a forum's (its rules under the site's name) and a service hall's (its name
    over its blurb, the title's second part naming who logs in): the title names the login."""
    platform = ("<div class='banner'><h2>让每一次投诉都有回音</h2><p>投诉平台面向全国消费者提供在线投诉、"
                "进度查询和维权咨询服务，平台已入驻企业三千余家，投诉平均回复时长不超过四十八小时。</p></div>"
                "<form><input type='tel' name='mobile'>"
                "<input name='code'><button>登录 / 注册</button></form>")
    forum = ("<h2>质量论坛</h2><div><p>欢迎来到质量论坛，登录后可以发表主题、参与讨论、订阅版块，请遵守论坛规则，文明发言，"
             "不发布广告和违法信息。</p></div>"
             "<form method='post'>用户名 <input name='u'> 密码 <input type='password' name='p'></form>")
    hall = ("<h1>某某市医疗保障网上服务大厅</h1><h2>定点医药机构服务入口</h2><div><p>提供医保结算清单上传、费用申报、"
            "对账查询、协议管理、医保目录对照等服务，请使用机构编码和密码登录，首次登录请修改初始密码。</p></div>"
            "<form method='post'><input name='u'><input type='password' name='p'></form>")
    for login, title in ((platform, "用户登录 - 某某投诉平台"), (forum, "登录 | 质量论坛"),
                         (hall, "某某市医疗保障网上服务大厅 - 定点医药机构登录")):
        assert outcome(page(login, title)) == "a login page"
    article = page(f"<h1>某地开展电梯安全检查</h1><div>{ARTICLE}</div><form><input name='q'></form>",
                   "某地开展电梯安全检查_某某网")
    assert outcome(article) == "article"  # a search box is no login


def test_a_page_its_title_names_as_the_site_s_own_is_no_article_however_long_its_prose():
    """An association's 关于我们 (its history in prose), a blog's 关于我, a company's 联系方式 (address lines), a
    portal's 加入我们 (its openings), a troupe's or a school's profile under the word for what it is
    (剧院概况, 学校简介), a brand's 服务网点 (its parts set apart by bare hyphens): the title names a page
    of the site about itself. A story whose
    title only starts with such words, or whose sidebar holds a box 联系我们, stays an article."""
    history = "某某质量协会成立于1985年，是由质量工作者自愿组成的全国性社会团体，致力于推动质量管理。" * 3
    members = "协会下设标准化、检测认证、用户评价等专业委员会，会员单位遍布全国各省区市。" * 3
    about = f"<h2>协会简介</h2><div><p>{history}</p><p>{members}</p></div>"
    contact = ("<h3>联系方式</h3><div><p>地址：北京市海淀区某某路88号某某大厦5层</p><p>邮编：100081</p>"
               "<p>电话：010-12345678 传真：010-12345679</p><p>电子邮箱：info@example.cn</p>"
               "<p>乘车路线：乘坐地铁4号线至某某站，A口出，向北步行500米即到。</p></div>")
    jobs = ("<h1>诚聘英才</h1><div><p>因业务发展需要，本网现面向社会招聘新闻编辑、记者若干名，"
            "要求新闻、中文等相关专业本科以上学历，具有两年以上媒体从业经验，熟悉质量监管领域者优先。</p>"
            "<p>有意者请将个人简历发送至人力资源部，我们将在收到简历后十个工作日内与合适的应聘者联系，安排笔试和面试。</p></div>")
    for body, title in ((about, "关于我们_某某质量协会"), (about, "关于我 | 阿静的厨房"), (contact, "门店查询 - 某某眼镜"),
                        (contact, "联系方式 - 某某纺织有限公司"), (jobs, "加入我们|某某网"), (about, "某某京剧院--剧院概况"),
                        (about, "学校简介_某某职业技术学校"), (contact, "服务网点-服务支持-某某健康官网")):
        assert is_the_site_s_own(body, title), title
    report = page(f"<h1>全省疫情概况</h1><div>{ARTICLE}</div>", "全省疫情概况_某某网")
    assert outcome(report) == "article"  # a report's subject, no institution, before 概况
    side = "<div class='side'><h3>联系我们</h3><p>电话：010-12345678</p></div>"
    story = page(f"<h1>关于我们身边的电梯安全</h1><div>{ARTICLE}</div>{side}", "关于我们身边的电梯安全_某某网")
    assert outcome(story) == "article"


@pytest.mark.parametrize("title", ["红叶留言本 - 某某园林绿化工程有限公司", "网友留言板_某某县人民政府",
                                   "友情链接 - 某某文学网",
                                   "下载中心--某某大学研究生院", "某某社客户端下载",
                                   "网际快车FlashGet 1.73 简体中文版下载 - 下载工具 - 某某软件园",
                                   # the site's name first, as small sites put it
                                   "阿峰的个人主页 - 留言簿", "墨香阁 >> 友情链接",
                                   "某某工作室 - 软件下载 - 家庭理财记账本 V2.3",
                                   "2008五一武功山穿越_活动相册_某某户外俱乐部"])
def test_a_site_s_guestbook_links_page_or_download_is_its_own_page_whatever_its_text(title):
    """What it recognises: the title names one of the site's own pages for its visitors: its
    guestbook (an entry and the webmaster's reply read like a short text), its links to friends'
    sites (their rules read like an article), its download centre or a program's download (its
    description). A story whose title only mentions them stays one (see above)."""
    entry = ("<div class='entry'><p>请问贵公司的法桐、国槐胸径8公分的报价是多少？我们这边有一个道路绿化工程，"
             "大概需要三百棵左右，能否送货到东营？</p>"
             "<p>管理员回复：您好！8公分法桐目前价格在每棵120至150元之间，量大可优惠，可以送货。</p></div>")
    assert is_the_site_s_own(f"<h2>{title.split(' ')[0]}</h2>{entry}", title)


@pytest.mark.parametrize("title", ["收费标准_某某搬家服务有限公司", "价目表 - 某某美容美发", "服务项目-某某家政",
                                   "资费标准_某某宽带", "票价时间--某某室内滑冰馆", "开放时间_某某植物园"])
def test_the_page_of_its_services_prices_or_steps_is_the_site_s_own_whatever_its_text(title):
    """What it recognises: the title names the page where a company or a venue shows its services'
    prices, hours or steps (收费标准, 价目表, 服务项目, 票价时间, 开放时间: a table of prices, its notes,
    questions answered): the site's own page, as its contact page is. A story about a change of
    prices names more in its title."""
    prices = ("<table><tr><th>车型</th><th>起步价</th><th>超出里程</th></tr><tr><td>小面包车</td><td>180元</td>"
              "<td>6元/公里</td></tr><tr><td>厢式货车</td><td>280元</td><td>7元/公里</td></tr></table>"
              "<h3>常见问题</h3><p>报价之后还会加钱吗？</p><p>客服报价后会生成服务单，现场物品与预约一致的，不再加收任何费用。</p>"
              "<p>需要提前多久预约？</p><p>一般提前一到两天即可，月底、周末和节假日建议提前三到五天预约。</p>")
    assert is_the_site_s_own(f"<h2>{title.replace('-', '_').split('_')[0].strip()}</h2>{prices}", title)
    story = page(f"<h1>某市出租车收费标准调整</h1><div>{ARTICLE}</div>", "某市出租车收费标准调整_某某网")
    assert outcome(story) == "article"


def test_an_undated_page_its_title_files_under_the_site_s_products_is_a_product_s():
    """What it recognises: a page whose title names the column of the site's products as one of its
    parts (a film maker's …-隐形车衣-产品中心-某某官网, an old wig maker's …头套 RM-FL008-产品展示, a bare
    hyphen beside a word setting the parts apart, a model's number one word), and that nothing dates:
    a product's page, however much it describes. A dated story filed there, or a story whose title
    only speaks of a product centre, stays an article."""
    description = f"<h1>晶盾X7系列隐形车衣</h1><div class='tab-pane'>{ARTICLE}</div>"
    for title in ("晶盾X7系列TPU隐形车衣-隐形车衣-产品中心-晶盾膜业官网", "全手钩瑞士蕾丝头套 RM-FL008-产品展示"):
        assert outcome_at(page(description, title), "https://www.example.cn/products/ppf/x7.html") == (
            "a page of a product: its title names the column of the site's products (产品中心, 产品展示), and "
            "nothing dates it"), title
    dated = page(f"<h1>晶盾X7系列隐形车衣上市</h1><div class='info'>2024-03-15</div><div>{ARTICLE}</div>",
                 "晶盾X7系列隐形车衣上市-产品中心-晶盾膜业官网")
    centre = page(f"<h1>某市产品中心建成投用</h1><div>{ARTICLE}</div>", "某市产品中心建成投用_某某网")
    for story in (dated, centre):
        assert outcome(story) == "article"


def test_a_list_of_prices_its_title_names_is_no_article_unless_a_date_line_publishes_it():
    """What it recognises: a title's part ending with a price list's name (苹果手机回收价格表) over a table
    of prices and its notes and questions answered, dated as an update (报价更新：) or not at all: a
    shop's list kept up to date. A market's daily price report under a publication's date line is
    news."""
    prices = ("<table><tr><th>型号</th><th>最高回收价</th></tr><tr><td>iPhone 8</td><td>1200元</td></tr>"
              "<tr><td>iPhone X</td><td>2100元</td></tr></table>"
              "<h3>常见问题</h3><p>质检价格和估价不一样怎么办？</p><p>如果质检结果与您填写的成色不符，我们会联系您说明原因并重新报价。"
              "您不同意新报价的，可以申请免费退回，来回运费由我们承担。</p>")
    for dated in ("<p class='info'>报价更新：2019-08-26</p>", ""):
        listed = page(f"<h1>苹果手机回收价格表</h1>{dated}{prices}", "苹果手机回收价格表_某某回收网")
        assert outcome(listed).startswith("a list of prices"), dated
    report = page(f"<h1>6月5日全国生猪价格表</h1><div class='info'>发布时间：2024-06-05 09:12</div><div>{ARTICLE}</div>",
                  "6月5日全国生猪价格表_某某养殖网")
    assert outcome(report) == "article"


@pytest.mark.parametrize("title", ["领导之窗-某某市市场监督管理局", "周某某_领导信息_某某市人民政府",
                                   "会员名录_某某省化妆品行业协会", "某某文学社 -- 会员名录",
                                   "我要投诉 - 某某消费网投诉平台", "在线咨询_某某县人民政府",
                                   "在线报价 - 上传模型即时报价 - 某某打印服务平台", "在线预约_某某羽毛球馆"])
def test_the_page_of_its_leaders_members_or_a_form_to_write_to_it_is_the_site_s_own_whatever_its_text(title):
    """What it recognises: the title names the page of the organisation's leaders (领导之窗, 领导信息: their
    cards, their duties in sentences) or members (会员名录: an association's, a literature club's), or
    the form through which a reader writes to the site (我要投诉, 在线咨询: its notice to the reader in
    numbered sentences) or asks it for a quote or a booking (在线报价, 在线预约): the site's own pages, as
    its guestbook is."""
    cards = ("<div class='ld'><p>刘某 党组成员、副局长</p><p>工作分工：负责产品质量安全监督管理、质量发展、计量、标准化工作，"
             "分管质量发展科、产品质量安全监督管理科、计量科。</p></div>"
             "<div class='ld'><p>孙某 党组成员、副局长</p><p>工作分工：负责食品安全监督管理工作，分管食品安全协调科、"
             "食品生产安全监督管理科、食品经营安全监督管理科。</p></div>")
    assert is_the_site_s_own(f"<h2>{title.split('_')[0].split('-')[-1].strip()}</h2>{cards}", title)


@pytest.mark.parametrize("title", ["关于楚天网--楚天网", "关于某某在线 | 某某在线", "关于楚天 - 湖北楚天古典家具"])
def test_a_page_titled_about_the_site_by_its_name_is_the_site_s_own(title):
    """What it recognises: a title's part that is 关于 and the name another part gives the site, or
    a part of that name (its short name), is the page about the site, as 关于我们 is, however long its
    introduction; a story titled 关于 the site and more (关于楚天网开展…的通知) stays a story."""
    about = ("<h2>网站简介</h2><p>楚天网依托本地多家报刊的新闻资源，每日发布各类新闻信息一千余条，并开设网友留言、"
             "新闻线索征集等互动栏目，是网民获取本地资讯的重要窗口。</p><p>本网坚持正确导向，服务地方发展。</p>")
    assert is_the_site_s_own(about, title)
    story = page(f"<h1>关于楚天网开展网络安全检查的通知</h1><div>{ARTICLE}</div>", "关于楚天网开展网络安全检查的通知--楚天网")
    assert outcome(story) == "article"


def test_a_short_text_over_a_pager_that_counts_records_is_a_listing():
    """What it recognises: a pager that counts records, not pages (共 23 条记录 页次：1/3 每页10条 under an
    ASP CMS's list of files, a shop's 顯示 1 到 8 (共 8 項商品) over its products, 共 128 条留言 under a
    guestbook's entries, a DedeCMS pager's 共 2页 17条 with its numbers in their own elements, a
    paper's column's 共1296条 第1/87页, a maker's catalogue's 共 13 个型号
    第 1/1 页) says the page is a list; the
    short text found on it (a note, one entry, a column's blurb) is no article. An article's own pager
    (共3页) and its count of comments stay an article's."""
    note = "<p>温馨提示：本站文件如无法打开，请安装办公软件或阅读器后再打开，表格填写后请与样品一并送达。</p>"
    files = "".join(f"<tr><td>{n}</td><td><a href='/down.asp?id={n}'>委托检验申请表第{n}版</a></td><td>DOC</td></tr>"
                    for n in range(1, 4))
    for pager in ("共 23 条记录&nbsp;&nbsp;页次：1/3&nbsp;&nbsp;每页10条 <a href='?page=2'>下一页</a>",
                  "顯示 <b>1</b> 到 <b>8</b> (共 <b>8</b> 項商品)", "<span class='count'>共 8 件商品</span>",
                  "共 128 条留言　每页20条　<a href='?p=2'>下一页</a>",
                  "<ul><li><span class='pageinfo'>共 <strong>2</strong>页 <strong>17</strong>条</span></li>"
                  "<li><a href='list_2.html'>下一页</a></li></ul>",
                  "<a href='index_2.htm'>2</a> …… <a href='index_87.htm'>87</a> <a href='index_2.htm'>下一页</a> "
                  "共1296条 第1/87页", "共 <font color='#CC0000'>13</font> 个型号&nbsp;&nbsp;第 1/1 页&nbsp;&nbsp;首页 上一页"):
        listing = page(f"<table>{files}</table><div class='pages'>{pager}</div><div class='tip'>{note}</div>", "某某院")
        assert outcome(listing).startswith("a listing: its pager counts records"), pager
    # A classifieds' list counting what it found (共找到 326 条信息) over its items, the text found its safety tip.
    ads = "".join(f"<li><h2><a href='/fuwu/{n}x.shtml'>晾衣架安装 维修 上门服务{n}</a></h2><p>十年老师傅，维修好再收费</p>"
                  "<a href='javascript:;' class='btn-tel'>查看电话</a></li>" for n in range(1, 8))
    tip = ("<h3>安全提示</h3><p>请选择实名认证商家，服务前确认价格，服务完成后再付款。凡要求提前支付定金、押金的，"
           "请提高警惕，谨防上当受骗，遇到纠纷可向平台客服反映。</p>")
    classifieds = page(f"<div class='tab'>共找到 <em>326</em> 条信息</div><ul>{ads}</ul><div class='tip'>{tip}</div>",
                       "北京晾衣架安装维修服务电话_上门安装 - 某某城市通")
    assert outcome(classifieds).startswith("a listing: it counts what it found")
    text = "<p>市场监管部门近日对辖区电梯开展安全检查，发现问题隐患十二处，已责令相关单位限期整改到位，并将适时组织复查。</p>"
    for foot in ("<div class='pages'>共3页 第1页 <a href='/a/1_2.html'>下一页</a></div>", "<div class='cmt'>共5条评论</div>"):
        brief = page(f"<h1>某地开展电梯安全检查</h1><div>2024-03-15 10:00</div><div class='text'>{text}</div>{foot}",
                     "某地开展电梯安全检查_某某网")
        assert outcome(brief) == "article", foot


def test_a_program_s_download_page_is_none_by_the_facts_it_lists():
    """What it recognises: a download site's page of one program lists its facts (软件大小, 运行环境,
    软件语言: in a table of a 2000s software site, in lines of a modern one; 当前版本：, 开发者： on a news
    app's download page) over a short description, or over any text where the page heads its links to
    download it (下载地址): a program's page, whatever its title. A short story naming one such fact
    stays an article."""
    about = ("<p>飞扬记事本是一款小巧的文本编辑器，可以完全替代系统自带的记事本，支持多标签页、语法高亮、编码互转。</p>"
             "<p>绿色版解压即可使用，不写注册表。</p>")
    table = ("<table><tr><td>软件大小：</td><td>612 KB</td></tr><tr><td>软件语言：</td><td>简体中文</td></tr>"
             "<tr><td>运行环境：</td><td>Win9x/2000/XP</td></tr></table>")
    lines = "<ul><li>软件大小：3.2MB</li><li>应用平台：Windows 10/11</li><li>更新时间：2023-05-06</li></ul>"
    # An app's page of its app lists its facts under their labels (当前版本：, 开发者：).
    app = "<p class='ver'>当前版本：V9.6.2 &nbsp; 大小：86.4MB &nbsp; 更新时间：2024-03-12</p><p>开发者：某某报业有限公司</p>"
    for facts in (table, lines, app):
        program = page(f"<h1>飞扬记事本 V2.6 简体中文绿色版</h1>{facts}<div class='intro'>{about}</div>"
                       "<div><a href='/down/1.zip'>本地下载</a> <a href='/down/2.zip'>电信下载</a></div>",
                       "飞扬记事本 V2.6 简体中文绿色版 - 某某软件站")
        assert outcome(program).startswith("a program's download page"), facts[:20]
    # A long description, its features and its change log, over the links headed 下载地址: the same.
    features = "".join(f"<p>{n}、{feature}：支持七十余种常见图片格式，打开上百兆的大图也无需等待，翻页浏览如丝般顺滑。</p>"
                       for n, feature in enumerate(("极速打开", "格式全面", "批量处理", "幻灯片播放", "批量重命名", "格式转换",
                                                    "旋转裁剪", "照片信息"), 1))
    program = page(f"<h1>飞扬记事本 V2.6 简体中文绿色版</h1>{lines}<div class='intro'>{about}<h3>功能特点</h3>{features}"
                   "<h3>飞扬记事本下载地址</h3><a href='/down/1.zip'>电信下载</a></div>", "飞扬记事本 V2.6 - 某某软件站")
    assert outcome(program).startswith("a program's download page")
    text = "<p>某市市场监管局提醒，部分记账软件在运行环境不满足要求时会丢失数据，消费者应从正规渠道下载并及时备份。</p>"
    story = page(f"<h1>警惕记账软件丢失数据</h1><div>2024-03-15</div><div>{text}</div>", "警惕记账软件丢失数据_某某网")
    assert outcome(story) == "article"


@pytest.mark.parametrize("wall", [
    "<div class='paywall'><p>本文为付费内容，订阅电子版后可阅读全文</p><a href='/subscribe'>立即订阅</a></div>",
    "<div class='login-tip'>登录后查看完整内容 <a href='/login'>登录</a> | <a href='/reg'>注册</a></div>",
    "<div class='lock'><p>本文为某某志会员专享内容，剩余 92% 未读</p><p>开通会员，解锁全站会员文章</p></div>",
    "<div class='wall'><p>本文為會員專屬內容</p><p>已經是會員？<a href='/login'>登入繼續閱讀</a></p></div>",
    "<div class='mask'><p>本报告为会员专享内容</p><p>开通某某会员，即可阅读全部报告、下载PDF及历史数据</p></div>",
])
def test_a_paywall_s_teaser_is_no_article(wall):
    """What it recognises: a page showing a story's first lines and then asking to pay, subscribe or
    log in to read the rest (an e-paper's 本文为付费内容，订阅…后可阅读全文, a portal's 登录后查看完整内容, a
    Q&A site's 本文为某某会员专享内容，剩余 92% 未读, a weekly's 本文為會員專屬內容, a market report's
    本报告为会员专享内容): the paywall's teaser,
    not the article. A short story whose page asks to log in to comment stays."""
    lead = "<p>今年以来，多地发生因燃气灶具熄火保护装置失效引发的燃气泄漏事故。记者近期走访市场发现，部分低价灶具……</p>"
    teaser = page(f"<h1>燃气灶具熄火保护装置调查</h1><div>2023-09-20</div><div class='text'>{lead}</div>{wall}",
                  "燃气灶具熄火保护装置调查_某某报")
    assert outcome(teaser).startswith("a paywall's teaser")
    text = "<p>市场监管部门近日对辖区电梯开展安全检查，发现问题隐患十二处，已责令相关单位限期整改到位，并将适时组织复查。</p>"
    brief = page(f"<h1>某地开展电梯安全检查</h1><div>2024-03-15 10:00</div><div class='text'>{text}</div>"
                 "<div class='cmt'>登录后发表评论，查看全部评论</div>", "某地开展电梯安全检查_某某网")
    assert outcome(brief) == "article"


def test_a_story_about_a_guestbook_or_a_download_is_an_article():
    for headline in ("市长留言板三月办结群众来信一千余件", "国家反诈中心APP下载量突破两亿"):
        assert outcome(page(f"<h1>{headline}</h1><div>{ARTICLE}</div>", f"{headline}_某某网")) == "article", headline


def test_a_page_declaring_itself_a_video_or_a_product_is_none_by_its_short_description():
    """A video platform's page (og:type video.other) and a shop's product page (og:type product): the
    short text under the player or beside the price describes the thing; an article's page of the
    same length declaring itself an article stays one."""
    told = "消防部门通过模拟实验演示了锂电池过充后鼓包冒烟直至起火的全过程，提醒市民不要在楼道和室内充电。"
    description = f"<h1>实验：电动车电池过充会怎样？</h1><div class='desc'><p>{told * 2}</p></div>"
    for kind in ("video.other", "product"):
        declared = (f"<html><head><title>实验：电动车电池过充会怎样？_某某视频</title>"
                    f"<meta property='og:type' content='{kind}'></head>")
        assert outcome((declared + f"<body>{description}</body></html>").encode()) == \
            f"a {kind} page (og:type): its text is a short description"
        assert outcome((declared.replace(kind, "article") + f"<body>{description}</body></html>").encode()) == "article"


def test_a_video_its_structured_data_declares_makes_no_article_of_a_short_description_and_leaves_a_report_one():
    """What it recognises: a page whose JSON-LD declares a VideoObject is the video's where its text is
    a short description (a video platform's page); where its text is a long report (a TV station's
    story and its transcript, a portal's report beside its video), the page is that article."""
    video = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject",'
             '"name":"某地开展电梯安全检查","uploadDate":"2025-01-08T19:32:10+08:00","duration":"PT2M46S"}</script>')
    def page_with(text: str) -> bytes:
        return (f"<html><head><title>某地开展电梯安全检查_某某电视台</title>{video}</head><body><h1>某地开展电梯安全检查</h1>"
                f"<video src='https://v.example.cn/9.mp4'></video><div class='text'>{text}</div></body></html>").encode()
    assert outcome(page_with(f"<p>{SNIPPET}</p>")).startswith("a video's")
    assert outcome(page_with("".join(f"<p>{SNIPPET}第{n}段。</p>" for n in range(8)))) == "article"


@pytest.mark.parametrize("declared", ['{"@context":"https://schema.org","@type":"Product","name":"某某定制衣柜套餐",'
                                      '"brand":{"@type":"Brand","name":"某某"},"offers":{"@type":"Offer","price":"199"}}',
                                      '[{"@type":"Service","name":"食品接触材料检测"},{"@type":"Organization","name":"某某检测"}]',
                                      '{"@graph":[{"@type":["Hotel","LocalBusiness"],"name":"某某酒店"}]}'])
def test_a_page_whose_structured_data_declares_a_product_or_a_service_is_no_article_however_long(declared):
    """What it recognises: a page whose JSON-LD declares its items a product, a service or a hotel
    (schema.org's @type) and names no kind of article: a maker's package page, a lab's service page,
    a hotel's booking page, their descriptions however long. A story declaring a NewsArticle beside
    the product it reviews, a page declaring only its publisher, and a page whose JSON is broken stay
    articles."""
    description = "".join(f"<p>{SNIPPET}第{n}段。</p>" for n in range(8))
    def page_declaring(data: str) -> bytes:
        return (f"<html><head><title>某地开展电梯安全检查_某某网</title><script type='application/ld+json'>{data}</script>"
                f"</head><body><h1>某地开展电梯安全检查</h1><div class='text'>{description}</div></body></html>").encode()
    assert outcome(page_declaring(declared)).startswith("a page of a ")
    review = declared.replace('"@type":"Product"', '"@type":"NewsArticle","about":{"@type":"Product"}')
    for story in ('{"@type":"Organization","name":"某某网"}', "{@type: Product, broken", review):
        if story != declared:
            assert outcome(page_declaring(story)) == "article", story


@pytest.mark.parametrize("player", [
    "<video src='https://v.example.cn/play/9.mp4' poster='/p.jpg' preload='metadata'></video>",
    "<div class='vPlayer' id='playerDiv'><img src='/poster.jpg'></div>",
])
def test_a_short_text_beside_a_player_is_a_video_s_description_not_an_article(player):
    """What it recognises: a video's page (a short-video share page, a portal's video channel) shows its
    player and a sentence or two about it, dated and sourced as a story would be. A report read
    beside its video says several times more, and stays an article."""
    description = "<p>农家土蜂蜜价格从几十元到几百元不等，怎么分辨？美食栏目实地走访养蜂人，教你几个简单的方法。</p>"
    meta = "<div class='info'>2018-04-02 18:20:15 来源：某某美食 播放：12.6万</div>"
    video_page = page(f"<h1>三分钟教你辨别真假土蜂蜜</h1>{meta}{player}<div class='desc'>{description}</div>",
                      "三分钟教你辨别真假土蜂蜜_视频_某某网")
    assert outcome(video_page) == "a video's or a programme's page: the text found is a short description beside its player"
    report = "".join(f"<p>{SNIPPET}第{n}段。</p>" for n in range(4))
    assert outcome(page(f"<h1>某地开展电梯安全检查</h1>{meta}{player}<div class='text'>{report}</div>",
                        "某地开展电梯安全检查_某某网")) == "article"


def test_a_topic_s_page_is_no_article_by_its_title_over_a_short_undated_text():
    """What it recognises: a page whose title names it a topic (……质量安全专题, 3·15专题) or a zone (a
    shop's 鞋墊專區) shows a short text under no date line, its introduction, over sections of linked
    stories or products: a regulator's topic, a portal's, a shop's. A short story under its date line
    stays one, whatever its title says."""
    sections = "".join(f"<div class='zt-box'><h2>第{n}部分</h2><ul>" + "".join(
        f"<li><a href='/art/{n}{m}.html'>某地市场监管部门开展第{m}批儿童用品质量监督抽查</a></li>" for m in range(5))
        + "</ul></div>" for n in range(3))
    intro = f"<div class='zt-intro'><p>{SNIPPET}</p></div>"
    for title in ("守护童年 安全成长——2021年儿童和学生用品质量安全专题", "2018年3·15晚会专题_某某网",
                  "鞋墊專區 | 某某鞋墊專門店"):
        topic = page(f"<div class='zt-banner'><h1>守护童年 安全成长</h1></div>{intro}{sections}", title)
        assert outcome(topic).startswith("a topic's or a zone's page"), title
    story = page(f"<h1>我市召开儿童用品质量安全专题</h1><div class='info'>2021-06-01 09:30</div>"
                 f"<div class='text'><p>{SNIPPET}</p></div>", "我市召开儿童用品质量安全专题_某某网")
    assert outcome(story) == "article"


def test_an_author_s_page_its_bio_over_the_list_of_posts_is_a_listing():
    """What it recognises: an author's page (a finance wire's, a news app's) shows the author's bio
    and counters, tabs, then the author's posts in a box of alike items, each a linked title, a
    summary and a time: the posts' box holds most of the text, so the page is a listing, not the
    story of its first summary. A story with a short list of related links under it stays."""
    posts = "".join(
        f"<div class='item'><a href='/detail/{n}'>市场监管部门通报第{n}批电动自行车电池抽查结果</a>"
        f"<div class='sum'>抽查发现的问题主要集中在电池防护、过充保护和标识说明方面，涉及多家电商平台在售的第{n}批产品。</div>"
        f"<div class='meta'>2023-10-1{n} 16:18 · 阅读 1.2W</div></div>" for n in range(6))
    bio = ("毕业于某某大学新闻学院，2019年加入财讯社，长期跟踪消费品质量安全、新能源两轮车与动力电池产业链，"
           "关注产品抽检、召回及市场监管动态。欢迎提供线索：sun@example.cn")
    head = (f"<div class='head'><img src='/avatar/1.jpg'><div class='info'><div>孙某某</div><div>财讯社产业组记者</div>"
            f"<div>{bio}</div><div class='stats'><span><b>412</b>文章</span><span><b>1.6万</b>粉丝</span></div>"
            "<a href='javascript:;'>+ 关注</a></div></div>")
    tabs = "<div class='tabs'><a class='active' href='/author/1'>全部文章</a><a href='/author/1?type=depth'>深度</a></div>"
    author = page(f"<div class='main'><div class='col'>{head}{tabs}<div class='list'>{posts}</div>"
                  "<div class='more'><button>加载更多</button></div></div></div>", "孙某某的个人主页_某某网")
    assert outcome(author).startswith("a listing")
    related = "".join(f"<li><a href='/detail/{n}'>第{n}批电动自行车电池抽查结果公布</a></li>" for n in range(3))
    story = page(f"<h1>电动自行车电池抽查结果公布</h1><div class='info'>2023-10-12 16:18</div>"
                 f"<div class='text'>{ARTICLE}{ARTICLE}<h3>相关阅读</h3><ul>{related}</ul></div>",
                 "电动自行车电池抽查结果公布_某某网")
    assert outcome(story) == "article"


@pytest.mark.parametrize("counters", [
    "<p class='media_data'><span>文章 <em>412</em></span><span>订阅 <em>2.6万</em></span><span>所在地：湖北</span></p>",
    "<div class='n-statistics'><span>关注数</span><span>312</span><span>粉丝数</span><span>12.6万</span>"
    "<span>获赞数</span><span>87.3万</span></div>",
])
def test_an_account_s_bio_beside_its_counters_is_its_profile_not_an_article(counters):
    """What it recognises: a self-media account's page (a 网易号's author page, a video site's space)
    shows the account's name, its bio, and how many follow it beside how much it posted or earned;
    the bio is no story. A post's own counters count its readers, not followers, and a post stays."""
    bio = "<p class='desc'>记录江城街巷里的家长里短。老小区、菜市场、公交线路、学校门口，这些离你最近的事，我们都想写一写。</p>"
    posts = "".join(f"<li><a href='/article/{n}.html'>江城今年将改造第{n}批老旧小区</a> 2017-09-0{n}</li>" for n in range(1, 6))
    profile = page(f"<div class='head'><h1>江城邻里事</h1>{bio}{counters}</div><ul class='list'>{posts}</ul>",
                   "江城邻里事_某某号")
    assert outcome(profile) == \
        "an account's profile: the text found is its bio, beside the count of its followers and its posts"
    post = page(f"<h1>某地开展电梯安全检查</h1><div class='info'>2024-03-15 阅读 1.2万 评论 35 点赞 214</div>"
                f"<div class='text'><p>{SNIPPET}</p></div>", "某地开展电梯安全检查_某某号")
    assert outcome(post) == "article"


def test_a_reporter_s_longer_bio_over_counters_number_first_on_an_undated_page_is_a_profile():
    """What it recognises: a news site's reporter page: a bio longer than a line, over counters
    whose numbers stand first (128 文章 3.6万 粉丝), the page dating nothing, then the reporter's
    stories: a profile. A dated story beside its author's card stays (the test above)."""
    bio = ("<p class='title'>某某消费网 消费调查部 记者</p><p class='bio'>长期关注生活服务消费、平台经济与消费者权益保护，"
           "曾参与“同城货运平台计价规则调查”“家政服务合同陷阱”等系列报道。新闻线索请发送至 zhao@example.cn。</p>")
    counters = "<ul class='stats'><li><b>128</b><span>文章</span></li><li><b>3.6万</b><span>粉丝</span></li></ul>"
    stories = "".join(f"<li><a href='/news/{n}.html'><h3>同城货运平台计价规则调查之{n}：附加费名目多</h3></a></li>"
                      for n in range(1, 6))
    profile = page(f"<main><section class='card'><h1>赵某某 <span>认证记者</span></h1>{bio}{counters}"
                   f"<button>+ 关注</button></section><section class='feed'><ul>{stories}</ul></section></main>",
                   "赵某某 - 记者主页 - 某某消费网")
    assert outcome_at(profile, "https://www.example.cn/author/zhao/") == \
        "an account's profile: the text found is its bio, beside the count of its followers and its posts"


@pytest.mark.parametrize("counters", [
    "<span class='xs1'>今日: <strong>12</strong><span class='pipe'>|</span>主题: <strong>3456</strong>"
    "<span class='pipe'>|</span>排名: <strong>5</strong></span>",
    "<span style='color:#888'>主题数：216,548　帖子数：3,871,205　今日：386</span>",
    "<p class='forumstats'>[ <strong>3916</strong> 主题 / 58721 回复 ]</p>",
])
def test_a_forum_board_s_intro_beside_its_counters_is_the_board_not_an_article(counters):
    """What it recognises: a forum board (a Discuz board, an older portal's board, a Discuz 7 board's
    [ 3916 主题 / 58721 回复 ]) shows its name, its posts today beside its topics or posts, or its topics
    over their replies, and its intro or rules over the list of threads; the intro is no story. A
    thread's first post, its poster's counters beside it, stays."""
    rules = ("<p>版块介绍：以书会友，闲话书林。这里谈读书、论版本、说书人书事，也欢迎分享淘书经历和读书札记。本版鼓励原创，"
             "转帖请注明出处。</p>")
    threads = "".join(f"<tr><td><a href='/thread-{n}-1-1.html'>重读经典之{n}：方鸿渐到底失败在哪里</a></td><td>网友{n}</td>"
                      f"<td>{n}82</td><td>2010-05-18 22:5{n}</td></tr>" for n in range(1, 8))
    board = page(f"<div class='bm'><h1>闲闲书话 {counters}</h1>{rules}</div><table>{threads}</table>", "闲闲书话_某某论坛")
    assert outcome(board) == "a forum board: its counters (今日, 主题, 帖子) over a short text (its intro, its rules)"
    thread = page(f"<h1>某地开展电梯安全检查</h1><table><tr><td class='pls'>网友甲<dl><dt>主题</dt><dd>12</dd><dt>帖子</dt>"
                  f"<dd>345</dd><dt>积分</dt><dd>678</dd></dl></td><td class='t_f'>{SNIPPET}</td></tr></table>",
                  "某地开展电梯安全检查_某某论坛")
    assert outcome(thread) == "article"


def test_offers_each_with_a_one_word_button_to_its_order_make_a_shop_s_page():
    """What it recognises: three offers or more, each with a button of one word (预订, 购票) linking to
    its own step of an order (/ticket/order?sku=1001): a venue's or a shop's page of what it sells,
    whatever text is found beside them (its notes, its reviews). A story under a menu whose one tab
    (购票) leads to the booking page stays an article."""
    offers = "".join(f"<div class='ticket-card'><h4>{name}</h4><div class='price'>¥{price}</div>"
                     f"<a class='btn' href='/ticket/order?sku={sku}'>预订</a></div>"
                     for name, price, sku in (("成人票", 80, 1001), ("学生票", 45, 1002), ("门票+观光车往返", 110, 2001)))
    notes = ("<section class='notice'><h3>预订须知</h3><dl><dt>入园方式</dt><dd>凭预订时填写的身份证原件在检票口刷证入园，"
             "无需换票。</dd><dt>退改规则</dt><dd>未使用的门票可在游玩日前一天24:00前申请退款；优惠日特价票不支持退改。</dd></dl>"
             "</section>")
    tickets = page(f"<header><span>门票预订</span></header><section class='ticket-group'>{offers}</section>{notes}",
                   "门票预订_某某地质公园")
    assert outcome(tickets).startswith("a shop's page of a product")
    menu = "<nav><a href='/'>首页</a><a href='/booking'>购票</a><a href='/news'>资讯</a></nav>"
    story = page(f"<h1>某地开展电梯安全检查</h1><div class='info'>2024-03-15</div><div class='text'>{ARTICLE}</div>{menu}",
                 "某地开展电梯安全检查_某某网")
    assert outcome(story) == "article"


@pytest.mark.parametrize("buy", ["<a href='javascript:;' class='btn_add_cart'>加入购物车</a>",
                                 "<button class='buy-now'>立即购买</button>",
                                 "<a href='#inquiry' class='btn'>在线询价</a> <a href='tel:4008261190'>电话咨询</a>",
                                 "<a href='#send-inquiry' class='btn-inquiry'>发送询价</a>",
                                 "<a href='javascript:order(12)'><img src='images/btn_dg.gif' alt='在线订购'></a>",
                                 "<a href='../order.asp?pid=12'><img src='images/btn_order.gif' alt='订购此产品'></a>",
                                 "<input type='submit' class='btn' value='加入购物车'>",
                                 "<button type='submit' class='btn btn-lg'>立即购票</button>"])
def test_a_shop_s_page_of_a_product_is_no_article_however_long_its_description(buy):
    """What it recognises: a control to buy (加入购物车 on a bookshop's page, 立即购买 on a brand's
    shop), to order (立即办理 on an operator's plan, an old maker's 在线订购 or 订购此产品 image button) or to ask the
    price (在线询价 on a maker's catalogue, 发送询价 on a marketplace's), to book (立即预订 on a cruise
    line's trip, a link to a step of
    its order) or to buy a show's tickets (立即购票 on a circus's show) between the product's name and the text found (or one
    naming where to buy it in the name's own box: a power-bank maker's 天猫旗舰店购买), or anywhere where it acts on the page
    (a script's link, a button: above the name, in a bar under the text) on a page no date line
    dates: the text is the product's description. A story about a product names its price in sentences and offers no cart; a
    sidebar's card beside it links to the shop's page, under a heading that titles its box (获取报价),
    or sends the reader's number from a quote form (起运港, 目的港, 联系电话, 获取报价);
    a call under it whose last words are set apart (…，<b>30秒</b>获取报价) is a sentence, no control; a
    shelf of other products after it, a button on each of three cards or more (a Hong Kong wig shop's
    blog), offers them, not what the page shows."""
    description = "".join(f"<p>{SNIPPET}第{n}段。</p>" for n in range(6))
    product = page(f"<div class='info'><h1>城南书事</h1><p class='price'>当当价 ¥28.90 定价 ¥39.80</p>"
                   f"<div class='buy'>数量 <input value='1'> {buy}</div></div>"
                   f"<div class='detail'><h3>内容简介</h3>{description}</div>", "《城南书事》_某某网上书店")
    assert outcome(product) == ("a shop's page of a product: a control to buy it, order it or ask its price (加入购物车, "
                                "立即办理, 在线询价); the text found is its description")
    story = page(f"<h1>某地开展电梯安全检查</h1><div class='info'>2024-03-15</div><div class='text'>{description}"
                 "<p>读者可在各大书店立即购买，售价39.8元。</p></div>", "某地开展电梯安全检查_某某网")
    assert outcome(story) == "article"
    # A sentence whose last words are set apart is no control, though they name one.
    call = page(f"<h1>某厂新增十二台光固化设备</h1><div class='info'>2024-03-15</div><div class='text'>{description}</div>"
                "<div class='cta'><p>有打印需求？上传模型，<b>30秒</b>获取报价</p><a href='/quote/'>立即报价</a></div>",
                "某厂新增十二台光固化设备_某某网")
    assert outcome(call) == "article"
    # A sidebar box's heading names what its link offers (获取报价 over 立即询价, linked to the form's page).
    titled = page(f"<h1>某厂新增十二台光固化设备</h1><div class='info'>2024-03-15</div><div class='text'>{description}</div>"
                  "<aside><div class='side-inquiry'><h3>获取报价</h3><p>留下您的联系方式，区域经理将在24小时内与您联系</p>"
                  "<a href='/inquiry/'>立即询价</a></div></aside>", "某厂新增十二台光固化设备_某某网")
    assert outcome(titled) == "article"
    # A quote form beside the text, asking for the reader's number, sends a lead, not what the page shows.
    quote = page(f"<h1>某厂新增十二台光固化设备</h1><div class='info'>2024-03-15</div><div class='text'>{description}</div>"
                 "<aside><h4>快速询价</h4><form action='/inquiry/submit'><input name='pol' placeholder='起运港'>"
                 "<input name='pod' placeholder='目的港'><select name='mode'><option>海运整箱</option></select>"
                 "<input type='tel' name='phone' placeholder='联系电话'><button type='submit'>获取报价</button></form></aside>",
                 "某厂新增十二台光固化设备_某某网")
    assert outcome(quote) == "article"
    # The name under a badge of its own (扶贫, 自营), a size the title names again in the product's facts.
    badged = page(f"<div class='goods'><h1><span class='tag'>扶贫</span>高山土豆 新鲜现挖 5斤装 单果200-250g</h1>"
                  f"<p class='price'>¥29.90</p><div class='btns'>{buy}</div></div><div class='detail'>{description}"
                  "<table><tr><th>产地</th><td>云南</td><th>单果重</th><td>200-250g</td></tr></table></div>",
                  "高山土豆 新鲜现挖 5斤装 单果200-250g-某某商城")
    assert outcome(badged).startswith("a shop's page of a product")
    # The controls above the name where they act on the page; a sidebar's card over a story links to the shop.
    above = page(f"<div class='buy'>¥29.90 {buy}</div><div class='detail'><h1>城南书事</h1>{description}</div>",
                 "《城南书事》_某某网上书店")
    assert outcome(above).startswith("a shop's page of a product")
    bar = page(f"<div class='detail'><h1>5G畅爽融合套餐</h1>{description}</div><div class='bottom-bar'>"
               "<a class='kefu' href='/service/kefu'>客服</a><a class='buy-btn' href='javascript:;'>立即办理</a></div>",
               "5G畅爽融合套餐_某某联通网上营业厅")
    assert outcome(bar).startswith("a shop's page of a product")
    # A link taking the product to a step of its order (an old site's order page, its script's name
    # ending .asp) acts on the page; one to the shop's pages does not.
    # A shop's cart host taking the product (//cart.example.com/gate.action?pid=…, as a marketplace's item
    # page does) acts on it as well.
    for order in ("/order/create?code=SH-5N&amp;date=2026-04-18", "../order.asp?pid=12",
                  "//cart.example.com/gate.action?pid=100038642518&amp;pcount=1"):
        trip = page(f"<div class='detail'><h1>上海—长崎—鹿儿岛 5晚6天</h1>{description}</div><div class='bottom-bar'>"
                    f"<a class='btn-book' href='{order}'>立即预订</a></div>", "上海—长崎—鹿儿岛 5晚6天 - 某某邮轮")
        assert outcome(trip).startswith("a shop's page of a product"), order
    header = page("<div class='top'><a class='btn-book' href='/routes/'>立即预订</a></div><h1>某某号邮轮完成坞修</h1>"
                  f"<div class='info'>2024-03-15</div><div class='text'>{description}</div>", "某某号邮轮完成坞修_某某邮轮")
    assert outcome(header) == "article"
    # A brand's button acting on every page of its site (its header's, its bar's), on a story a date line
    # dates, in either script: the site's, not the story's.
    for button in ("<a class='buy' href='javascript:;'>立即购买</a>", "<button class='cart'>加入購物車</button>"):
        brand = page(f"<div class='top'>{button}</div><h1>寵物換糧的三個步驟</h1><div class='info'>發佈日期：2024-03-15</div>"
                     f"<div class='text'>{description}</div>", "寵物換糧的三個步驟_某某寵物食品")
        assert outcome(brand) == "article", button
    # In the name's own box, a control naming where to buy it, though it links to the shop's page.
    hero = page("<div class='hero-info'><h1>劲能PB-10 10000mAh双向快充移动电源</h1><p class='price'>建议零售价：￥129</p>"
                "<div class='buy-btns'><a href='https://jinneng.tmall.com/'>天猫旗舰店购买</a> "
                f"<a href='https://mall.jd.com/index-1.html'>京东自营购买</a></div></div><section>{description}</section>",
                "劲能PB-10移动电源_劲能官网")
    assert outcome(hero).startswith("a shop's page of a product")
    # After the text, a shelf of other products, a button on each card (a shop's blog's carousel under an
    # undated post): those products' offers, not the page's; the product's own button over its text is.
    shelf = "<div class='carousel'>" + "".join(
        f"<div class='card'><a href='/products/{n}'>商品{n}</a><span>HK$ {n}99</span>"
        f"<button type='button' data-product='/products/{n}'>加入購物車</button></div>" for n in range(1, 5)) + "</div>"
    post = page(f"<h1>假髮日常護理：延長壽命的5個小貼士</h1><div class='rte'>{description}</div>{shelf}",
                "假髮日常護理 – 某某假髮")
    assert outcome(post) == "article"
    product = page(f"<h1>真人髮短髮假髮</h1><button class='add'>加入購物車</button><div class='rte'>{description}</div>"
                   f"{shelf}", "真人髮短髮假髮 – 某某假髮")
    assert outcome(product).startswith("a shop's page of a product")
    adopt = page(f"<h1>某地开展宠物用品质量抽查</h1><div class='info'>2024-03-15</div><div class='text'>{description}"
                 "<p>倡导<a href='/adopt.html'>领养代替购买</a>，理性养宠。</p></div>", "某地开展宠物用品质量抽查_某某网")
    assert outcome(adopt) == "article"
    # A sidebar's card links to the shop's page, or to the site's booking page (/booking).
    for card in ("<div class='side'><a href='https://shop.example.cn/item/1.html'>立即购买</a></div>",
                 "<section class='side'><h3>订场更方便</h3><p>羽毛球、篮球在线预订</p>"
                 "<a href='/booking'>立即预订</a></section>"):
        for where in ("before", "after"):
            story = page(f"{card if where == 'before' else ''}<h1>某地开展电梯安全检查</h1><div class='info'>2024-03-15</div>"
                         f"<div class='text'>{description}</div>{card if where == 'after' else ''}",
                         "某地开展电梯安全检查_某某网")
            assert outcome(story) == "article", (card, where)


def test_a_product_s_facts_under_their_labels_over_its_description_make_no_article():
    """What it recognises: facts under their labels between the name and the text found, in lines
    (a fire-equipment maker's 产品型号：MFZ/ABC4, 执行标准：…) or in a table's rows (an old distillery's
    产品名称 | 河源老窖, 香　　型 | 浓香型), none of them dated: a product's page, its text a
    description in a box of its own, though it offers nothing to buy. A story's meta lines (来源：,
    作者：) date it; so does a notice's record of the document (索引号, 发布日期), or its label of the
    publication's date, whatever calendar the date is in (a Taiwan association's 發布日期：113-07-15, a
    year of the Republic); a review's facts open the text's own box."""
    description = "".join(f"<p>{SNIPPET}第{n}段。</p>" for n in range(6))
    facts = (("产品型号", "MFZ/ABC4"), ("灭火级别", "2A 55B"), ("灭火剂", "磷酸铵盐干粉（含量≥75%）"),
             ("执行标准", "GB 4351.1-2005"), ("规　　格", "4kg"))
    lines = "".join(f"<p><span>{label}：</span>{value}</p>" for label, value in facts)
    table = "<table>" + "".join(f"<tr><td>{label}：</td><td>{value}</td></tr>" for label, value in facts) + "</table>"
    for box in (lines, table):
        product = page(f"<div class='pro-info'><h1>MFZ/ABC4手提式干粉灭火器</h1>{box}</div>"
                       f"<ul class='tabs'><li>产品介绍</li><li>技术参数</li></ul><div class='tab-pane'>{description}</div>",
                       "MFZ/ABC4手提式干粉灭火器_某某消防器材有限公司")
        assert outcome(product) == ("a page of a product: facts under their labels (型号, 规格, 价格) between its name "
                                    "and the text's box, no date there; the text found describes it")
    meta = "".join(f"<li>{fact}</li>" for fact in ("来源：市场监管局", "作者：张明", "编辑：李华", "点击：128", "2024-03-15"))
    record = ("<table><tr><td>索引号：</td><td>11330100/2024-00123</td><td>发布机构：</td><td>市场监管局</td></tr>"
              "<tr><td>主题分类：</td><td>质量监督</td><td>发布日期：</td><td>2024-03-15</td></tr>"
              "<tr><td>文　　号：</td><td>杭市监〔2024〕5号</td><td>有 效 性：</td><td>有效</td></tr>"
              "<tr><td>体裁分类：</td><td>通知</td><td>公开方式：</td><td>主动公开</td></tr></table>")
    taiwan = "".join(f"<li>{fact}</li>" for fact in ("發布日期：113-07-15", "發布單位：秘書處", "點閱次數：1,284"))
    font_size = "<div class='font-size'>字級：<a href='#'>小</a><a href='#'>中</a><a href='#'>大</a></div>"
    for box in (f"<ul class='info'>{meta}</ul>", record, f"<ul class='news-info'>{taiwan}</ul>{font_size}"):
        story = page(f"<h1>某地开展电梯安全检查</h1>{box}<div class='text'>{description}</div>", "某地开展电梯安全检查_某某网")
        assert outcome(story) == "article", box
    # An entry's infobox or a review's verdict opens the text's own box.
    review = page(f"<h1>MFZ/ABC4手提式干粉灭火器评测</h1><div class='text'>{lines}{description}</div>", "评测_某某网")
    assert outcome(review) == "article"


def test_a_lookup_service_s_form_over_its_notes_is_no_article():
    """What it recognises: a form asking for a record's keys (two text fields or more: an exam's
    number and an ID's last digits, a certificate's number and its holder's name) between the
    service's name and the text found, its notes in sentences (the first of them where the name
    stands in their box). A story under a search box or with
    a sign-up field over its text stays an article; a login form (a password) is a login page."""
    notes = "".join(f"<p>{n}．{SNIPPET}</p>" for n in range(1, 5))
    score = page("<div class='query'><h2>2020年初中学业水平考试成绩查询</h2><form action='/query' method='post'>"
                 "准考证号：<input type='text' name='zkzh'> 身份证号后6位：<input type='text' name='sfzh'>"
                 f"<button type='submit'>查 询</button></form><div class='tips'><h4>温馨提示</h4>{notes}</div></div>",
                 "中考成绩查询_某市教育考试院")
    certificate = page("<h1>职业资格证书查询</h1><form action='/cert'><table>"
                       "<tr><td>证书编号</td><td><input name='no'></td></tr>"
                       "<tr><td>姓名</td><td><input name='name'></td></tr></table>"
                       "<input type='submit' value='查询'></form>"
                       f"<div class='explain'><h3>查询说明</h3>{notes}</div>", "证书查询_某某职业技能鉴定中心")
    # The service's name in the box of its notes (a breadcrumb's last item): the text begins at the notes.
    boxed = page("<div class='main'><div class='crumb'><a href='/'>首页</a> &gt; <span>检验报告查询</span></div>"
                 "<form action='/verify'>报告编号<input type='text' name='no'> 设备代码<input type='text' name='code'>"
                 f"<button>查 询</button></form><div class='note'><h4>查询说明</h4>{notes}</div>"
                 f"<div class='faq'><h4>常见问题</h4>{notes}</div></div>",
                 "检验报告查询_某某检验院")
    for service in (score, certificate, boxed):
        assert outcome(service).startswith("a lookup service"), service
    search_box = "<form action='/search'><input type='text' name='q'><input type='submit' value='搜索'></form>"
    sign_up = "<form action='/subscribe'>订阅：<input type='email' name='mail'><button>订阅</button></form>"
    for form in (search_box, sign_up):
        story = page(f"{search_box}<h1>某地开展电梯安全检查</h1><div class='info'>2024-03-15</div>{form}"
                     f"<div class='text'>{notes}</div>", "某地开展电梯安全检查_某某网")
        assert outcome(story) == "article", form
    login = page("<h1>会员登录</h1><form action='/login' method='post'>用户名：<input type='text' name='user'> "
                 "密码：<input type='password' name='pw'> 验证码：<input type='text' name='code'> "
                 f"<input type='submit' value='登录'></form><div class='tips'><h4>登录说明</h4>{notes}</div>",
                 "会员登录_某某网")
    assert outcome(login) == "a login page"


def test_a_directory_s_alike_boxes_each_a_heading_over_its_text_dated_nowhere_are_no_article():
    """What it recognises: the text found is boxes of the same tag and class, each a heading over its
    own text, on a page dated nowhere: a university's leaders (a picture, a name and role, a bio), a
    bureau's departments (a name, its duties), a school's courses (in the part of the page that
    holds most of its text, under a banner), a chain's stores (fewer boxes, each dialling its own
    number). The same boxes in a dated feature are a story's."""
    def boxes(heading: str, box: str) -> str:
        return "".join(f"<div class='{box}'><{heading}>第{n}位 某某某 副主任</{heading}><p>{SNIPPET}</p></div>"
                       for n in range(1, 7))
    leaders = page(f"<h2>现任领导</h2><div class='ld_list'>{boxes('h3', 'ld_item clearfix')}</div>",
                   "现任领导-某某理工大学")
    sections = boxes("h4", "jg-item").replace("div", "section")
    departments = page(f"<div class='bt'>内设机构</div><div class='jg'>{sections}</div>",
                       "内设机构_某市市场监督管理局")
    undated = "http://www.example.gov.cn/jgsz/index.html"  # an address filed under no day
    # Deeper than the region's children, under a banner and over a box of questions (a school's courses).
    questions = (f"<section class='faq'><h2>常见问题</h2><details><summary>几岁开始学？</summary><p>{SNIPPET}</p>"
                 "</details></section>")
    courses = page("<main><section class='hero'><h1>课程体系</h1><p>启蒙 · 基础 · 提高</p></section>"
                   f"<section class='container'><h2>选择适合的课程</h2><div class='grid'>{boxes('h3', 'course-card')}</div>"
                   f"</section>{questions}</main>",
                   "课程体系 - 某某击剑俱乐部")
    # Fewer boxes, each dialling its own number (a chain's stores: a name over its address and hours).
    stores = "".join(f"<div class='store-card'><h3>第{n}门店</h3><ul><li>深圳市福田区福华三路{n}8号星河中心B2层</li>"
                     f"<li>周一至周五 12:00—22:30｜周末 10:00—22:30</li><li><a href='tel:07558327160{n}'>0755-8327 160{n}</a>"
                     "</li></ul><p>门店设有抱石区、顶绳区和训练区，适合初学者和进阶爱好者。</p>"
                     f"<a href='/stores/{n}'>门店详情</a></div>" for n in range(1, 5))
    chain = page(f"<main><section class='hero'><h1>找到离你最近的门店</h1></section><div class='grid'>{stores}</div></main>",
                 "门店 | 某某攀岩")
    # The text found one store's facts, a box inside the store's own box beside its picture and buttons
    # (an e-sports chain's cards, no number dialled, a graphics card's model no date): the boxes around it
    # are the directory.
    def card(n: int, model: str) -> str:
        facts = (f"长沙市岳麓区梅溪湖路3{n}8号金茂广场3楼", "营业时间：10:00-次日02:00",
                 f"机位：{n}60台　配置：i5-10400F / {model}", "赛事区 · 直播间 · 5人包间 · 水吧", f"0731-8823016{n}")
        return (f"<div class='store-card'><div class='store-img'><img src='/s/{n}.jpg' alt='第{n}门店'><span>长沙</span></div>"
                f"<div class='store-info'><h3>某某电竞·第{n}门店</h3>{''.join(f'<p><i></i>{fact}</p>' for fact in facts)}</div>"
                "<div class='store-btns'><a href='javascript:;'>导航</a><a href='javascript:;'>电话</a></div></div>")
    models = ("RTX3070 / 27寸2K 165Hz", "RTX3060 / 27寸 165Hz", "RTX2060 / 24.5寸 144Hz", "RTX2060 / 24.5寸 144Hz",
              "RTX3070 / 27寸 165Hz", "RTX3060 / 27寸 165Hz")
    cards = "".join(card(n, model) for n, model in enumerate(models, 1))
    esports = page("<div class='banner'><h2>门店查询</h2></div><main><p class='count'>共找到 <strong>6</strong> 家门店"
                   f"（仅显示已开业门店，更多门店筹备中）</p><div class='store-list'>{cards}</div></main>",
                   "附近的门店 - 某某电竞")
    for directory in (leaders, departments, courses, chain, esports):
        assert outcome_at(directory, undated).startswith("a directory's page"), directory
    feature = page(f"<h1>六位质检员的一天</h1><div class='info'>2024-03-15 09:30</div>"
                   f"<div class='text'>{boxes('h3', 'card')}</div>", "六位质检员的一天_某某网")
    assert outcome_at(feature, undated) == "article"


def test_a_page_without_end_tags_is_read():
    whole = f"<html><head><title>某地开展电梯安全检查</title></head><body><h1>某地开展电梯安全检查</h1>{ARTICLE}".encode()
    assert outcome(whole) == "article"


SNIPPET = "市场监管部门日前对辖区内电梯使用单位开展了安全检查，检查结果已经公布，存在隐患的电梯已责令停用整改。"


def test_search_results_echo_the_query_in_their_links_whatever_the_page_says():
    """What it recognises: a word of the URL's query (UTF-8 or GBK) in three links or more, the
    results' titles; however long their snippets, with or without a pager. A government site's
    search (UTF-8, ?q=), a portal's (GBK, ?keyword=)."""
    results = "".join(f"<div class='r'><a href='/a/{n}.html'>某市电梯安全检查通报（第{n}期）</a><p>{SNIPPET * 3}</p></div>"
                      for n in range(1, 6))
    pager = "<div class='pages'><a href='?q=2'>1</a> <a href='?page=2'>2</a> <a href='?page=2'>下一页</a></div>"
    html = page(f"<div class='results'>{results}</div>{pager}{FOOTER}", "某市人民政府")
    utf8 = extract_article(html, "https://www.example.gov.cn/search?q=%E7%94%B5%E6%A2%AF%E5%AE%89%E5%85%A8&p=1")
    assert utf8.detail == "search results: the query (电梯安全) is echoed in the results' links or count"
    gbk = extract_article(html, "http://so.example.com.cn/cgi/search.asp?keyword=%B5%E7%CC%DD&page=1")
    assert gbk.detail == "search results: the query (电梯) is echoed in the results' links or count"
    article = extract_article(page(f"<h1>某市电梯安全检查通报</h1><div>{ARTICLE}</div>", "某市电梯安全检查通报"),
                              "https://www.example.gov.cn/content.jsp?id=1234&channel=%E9%80%9A%E6%8A%A5")
    assert isinstance(article, Extraction)


def test_search_results_echo_the_query_in_their_count_however_few():
    """What it recognises: a short line outside links (or the title) that counts what a search
    found and names the URL's query, whatever inline elements split it; with only one or two
    results, each a long snippet. An old newspaper site's search (UTF-8, ?wd=, the count in a
    table's cell), a government site's (GBK, ?searchword=, the title saying it)."""
    results = "".join(f"<tr><td><a href='/news/{n}.shtml'>{n}. 某市电梯安全检查通报</a><br>{SNIPPET * 4}</td></tr>"
                      for n in range(1, 3))
    count = ("<tr><td><font size=2>您搜索的关键字是：<font color=red><b>电梯安全</b></font>，"
             "共搜索到 <b>2</b> 条相关信息</font></td></tr>")
    newspaper = extract_article(page(f"<table>{count}{results}</table>{FOOTER}", "某某报业网--站内搜索"),
                                "http://www.example.com.cn/search.asp?wd=%E7%94%B5%E6%A2%AF%E5%AE%89%E5%85%A8")
    assert newspaper.detail == "search results: the query (电梯安全) is echoed in the results' links or count"
    one_result = f"<div class='r'><a href='/art/1.html'>某市电梯安全检查通报</a><p>{SNIPPET * 5}</p></div>"
    government = extract_article(page(f"{one_result}{FOOTER}", "电梯 检索结果 某省人民政府"),
                                 "http://www.example.gov.cn/jsearch/search.do?searchword=%B5%E7%CC%DD&channelid=1")
    assert government.detail == "search results: the query (电梯) is echoed in the results' links or count"


def test_an_article_reached_from_a_search_is_an_article():
    """The query in an article's URL, its word in the headline, and a line that counts (comments):
    no line both counts and names the query, so it is no page of search results."""
    html = page(f"<h1>某市电梯安全检查通报</h1><div>{ARTICLE}{ARTICLE}</div><div><span>共有 3 条评论</span></div>",
                "某市电梯安全检查通报_某某网")
    assert isinstance(extract_article(html, "https://www.example.cn/a/1.html?from=search&kw=%E7%94%B5%E6%A2%AF"),
                      Extraction)


def test_a_home_page_is_no_article_whatever_its_lead_story_s_length():
    """What it recognises: a site's root, or many sections of linked headlines holding more text than
    the body found, under a title that names none of its headlines. A news portal at its root, a
    provincial site's home page at /index.shtml?from=nav, a company's at /index.asp."""
    sections = "".join("<ul>" + "".join(f"<li><a href='/a/{box}{n}.html'>某地开展第{box}{n}批产品质量抽查工作</a></li>"
                                        for n in range(6)) + "</ul>" for box in range(8))
    lead = f"<div class='lead'><h2><a href='/a/1.html'>头条：某地开展电梯安全检查</a></h2>{ARTICLE}</div>"
    html = page(f"{lead}{sections}{FOOTER}", "某某新闻网——权威质量资讯")
    assert extract_article(html, "https://www.example.com.cn/").detail == "a home page: many sections of linked headlines"
    assert extract_article(html, "https://www.example.gov.cn/index.shtml?from=nav").detail == \
        "a home page: many sections of linked headlines"
    verse = "<p>春风吹过山岗，杏花开满村庄，燕子归来筑巢，孩子奔跑在田埂上，老人坐在门前晒着太阳。</p>"
    # A small company's home page: its blurb beside a few news links, at the root's index file in
    # whatever page format its server runs; further down the site, or with a query, it is not.
    blurb = page(f"<h1>某某翻译有限公司</h1><div class='intro'>{verse}{ARTICLE}</div>"
                 "<ul><li><a href='/news/1.asp'>公司通过ISO 9001质量管理体系认证</a></li></ul>", "某某翻译 同声传译 笔译")
    for index_file in ("index.asp", "Default.aspx", "index.jsp", "index.htm"):
        assert extract_article(blurb, f"http://www.example.com.cn/{index_file}").detail.startswith("a home page")
    for elsewhere in ("news/index_1.asp", "about/index.asp?id=2"):
        assert not extract_article(blurb, f"http://www.example.com.cn/{elsewhere}").detail.startswith("a home page")
    poem = page(f"<h1>春日</h1><div>{verse * 2}</div>{sections}",
                "春日_某某诗歌网")
    assert isinstance(extract_article(poem, "https://www.example.com.cn/c/2020/1.shtml"), Extraction)


def test_rows_that_take_turns_with_two_classes_are_one_list():
    """What it recognises: a table's rows are one list whatever class each row takes (stripes: a
    grid's row and alternating row). A site's search posted by a form (no query in its URL), its
    three results in a grid, saying 与“ISO 9001”相关结果 3 条; a government site's listing of notices
    in odd and even rows."""
    rows = "".join(f"<tr class='{'row' if n % 2 else 'alt'}'><td>{n}</td><td><a href='News.aspx?id={n}'>关于举办第{n}期"
                   f"ISO 9001质量管理体系内审员培训班的通知</a>{SNIPPET * 2}</td><td>2023-03-0{n}</td></tr>"
                   for n in range(1, 4))
    grid = f"<p>与“ISO 9001”相关结果 3 条</p><table><tr class='head'><th>序号</th><th>标题</th><th>日期</th></tr>{rows}</table>"
    search = extract_article(page(f"{grid}{FOOTER}", "信息检索 - 某某认证中心"), "http://www.example.org.cn/Search.aspx")
    assert search.detail == "search results: the text found is a list of them"
    notices = "".join(f"<tr class='{'odd' if n % 2 else 'even'}'><td><a href='/tzgg/{n}.html'>关于开展第{n}批产品质量"
                      f"监督抽查工作的通知</a></td><td>{SNIPPET}</td><td>2024-0{n}-01</td></tr>" for n in range(1, 5))
    listing = extract_article(page(f"<table>{notices}</table>{FOOTER}", "通知公告_某某市市场监督管理局"),
                              "http://www.example.gov.cn/tzgg/index.html")
    assert listing.detail == "a listing: the text found is one of its items"


def test_a_list_of_summaries_cut_short_is_no_article_whatever_its_length():
    """What it recognises: the body found is a list whose items each show a text cut short (ending
    with an ellipsis), however long they are together. A CMS's search results kept under a search
    id (no query, no count: only snippets), a channel page's stories with their summaries and
    [详细] links; a roundup whose items are whole sentences stays an article."""
    snippets = "".join(f"<div class='sresult'><h2><a href='/hangye/{n}.html'>某地抽查第{n}批次燃气灶具 部分不合格</a></h2>"
                       f"<p>{SNIPPET}{SNIPPET}...</p><span>栏目：行业资讯 时间：2021-04-2{n}</span></div>" for n in range(7))
    search = page(f"<div class='sbox'>{snippets}</div>{FOOTER}", "信息搜索 - 某某协会")
    assert outcome_at(search, "http://www.example.com/e/search/result/index.php?page=1&searchid=1521") == \
        "a listing: the text found is its items' summaries, cut short"
    stories = "".join(f"<div class='tiao'><h3><a href='/zhiliang/{n}.shtml'>某地开展第{n}批插头插座质量抽查</a></h3>"
                      f"<p class='zhaiyao'>{SNIPPET}{SNIPPET}…<a href='/zhiliang/{n}.shtml'>[详细]</a></p>"
                      f"<p>来源：某某日报 2012-10-2{n}</p></div>" for n in range(8))
    channel = page(f"<div class='liebiao'>{stories}</div>{FOOTER}", "质量频道_某某网")
    assert outcome_at(channel, "http://www.example.com.cn/zhiliang/index.shtml") == \
        "a listing: the text found is its items' summaries, cut short"
    roundup = "".join(f"<p><strong><a href='/a/{n}.html'>【某地开展第{n}批电梯安全检查】</a></strong>{SNIPPET * 2}</p>"
                      for n in range(6))
    assert outcome(page(f"<h1>早报：今日质量要闻</h1><div>{roundup}</div>", "早报：今日质量要闻_某某网")) == "article"


def test_many_alike_boxes_of_text_cut_short_are_no_article_though_none_links_its_story():
    """What it recognises: the body found is a list of many alike boxes (MIN_ALIKE_BOXES), each with
    no link to a story of its own, most showing a text cut short. A Q&A site's question page (its
    answers folded under a 阅读全文 button, each under its author's name), a microblog's feed (posts
    cut short before 展开全文). An article that folds three of its own sections (注释, 译文, 赏析)
    stays an article, and so does a dialogue whose paragraphs trail off."""
    def answer(n: int) -> str:
        return (f"<div class='List-item'><div class='AuthorInfo'><a href='/people/u{n}'>用户{n}</a></div>"
                f"<span class='RichText'>{SNIPPET}{SNIPPET}……</span><button>阅读全文</button>"
                f"<button>赞同 2,31{n}</button><div class='ContentItem-time'>发布于 2023-02-2{n}</div></div>")
    question = page(f"<h1>一个人在大城市工作，周末一般都做些什么？</h1><div>{''.join(answer(n) for n in range(6))}</div>",
                    "一个人在大城市工作，周末一般都做些什么？ - 某乎")
    assert outcome(question) == "a listing: the text found is its items' summaries, cut short"
    posts = "".join(f"<div class='card'><div class='name'>某某发布{n}</div><p class='txt'>{SNIPPET}{SNIPPET}..."
                    f"<span>展开全文</span></p><div class='from'>8月1{n}日 来自 某某客户端</div></div>" for n in range(8))
    assert outcome(page(f"<div class='feed'>{posts}</div>{FOOTER}", "某某的微博_微博")) == \
        "a listing: the text found is its items' summaries, cut short"
    sections = "".join(f"<div class='shangxi'><h2>{label}</h2><p>{SNIPPET}{SNIPPET}...</p></div>"
                       for label in ("注释", "译文", "赏析"))
    poem = page(f"<h1>长相思</h1><div class='poem'><p>{SNIPPET}</p>{sections}</div>", "长相思_某某诗文网")
    assert outcome(poem) == "article"
    dialogue = "".join(f"<p>“{SNIPPET}……”</p>" for _ in range(6))
    assert outcome(page(f"<h1>某地开展电梯安全检查</h1><div>{dialogue}</div>", "某地开展电梯安全检查_某某网")) == "article"



def test_a_list_of_summaries_cut_short_under_its_own_blurb_is_no_article():
    """What it recognises: the part of the body found that holds most of its text (under a header and
    a blurb) is a list of alike items whose summaries are cut short. A portal's tag page (the tag's
    name and description, then its stories), a government site's column (its introduction, then
    its notices), a table whose items are each a title's row over a summary's row. An article whose
    box ends with a short list of related stories stays one."""
    def story(n: int, tag: str = "div") -> str:
        return (f"<{tag} class='item'><h4><a href='/a/87654{n}.html'>某地开展第{n}批食品安全专项检查</a></h4>"
                f"<p class='desc'>{SNIPPET}……</p><span>2025-07-0{n} 18:21</span></{tag}>")
    tag_page = page(f"<div class='tag'><div class='tag-header'><h1># 食品安全</h1><p>{SNIPPET}{SNIPPET}</p></div>"
                    f"<div class='news-list'>{''.join(story(n) for n in range(1, 6))}</div></div>{FOOTER}", "食品安全_某某网")
    column = page(f"<div class='column'><h2>政策解读</h2><div class='intro'>{SNIPPET}</div>"
                  f"<ul>{''.join(story(n, 'li') for n in range(1, 7))}</ul></div>{FOOTER}", "政策解读_某某市人民政府")
    # Each item a title's row over a summary's row and a rule's (a 2008 portal's table): most paragraphs are cut short.
    rows = "".join(f"<tr><td><img src='/images/dot.gif' width='5' height='5'> <a href='/news/2008/0926/3420{n}.html'>"
                   f"某地开展第{n}批食品安全专项检查</a></td><td width='120'>2008-09-2{n} 08:45</td></tr>"
                   f"<tr><td colspan='2'>{SNIPPET}…… <a href='/news/2008/0926/3420{n}.html'>[详细]</a></td></tr>"
                   "<tr><td colspan='2'></td></tr>" for n in range(1, 9))
    table = page(f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 服务质量</div>"
                 f"<table width='100%' border='0' cellspacing='0' cellpadding='0'>{rows}</table>{FOOTER}",
                 "服务质量_某某资讯网")
    for listing in (tag_page, column):
        assert outcome(listing) == "a listing: the text found is its items' summaries, cut short"
    # Its bullets are icons beside its cells' words: a table of records linking their pages too.
    assert outcome(table).startswith(("a listing: the text found is its items' summaries", "a table of records"))
    related = "".join(f"<li><a href='/a/{n}.html'>某地开展第{n}批食品安全专项检查</a></li>" for n in range(3))
    article = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{ARTICLE}{ARTICLE}<ul>{related}</ul></div>",
                   "某地开展电梯安全检查_某某网")
    assert outcome(article) == "article"

def test_a_list_of_stories_with_whole_summaries_under_no_headline_of_its_own_is_no_article():
    """What it recognises: the body found is itself a list of alike items each linking its story, and
    no heading the page's title names heads it: a listing, however whole its items' summaries. A
    complaints platform's cards (a title, a whole description, its fields, who and when), a channel
    page's stories with their summaries. A roundup under its own title stays an article (above)."""
    cards = "".join(f"<div class='ts-card'><div class='hd'><a href='/complaints/180231{n}'>直播间购买的羊绒大衣实为涤纶"
                    f"第{n}例</a><span>处理中</span></div><div class='desc'>{SNIPPET}{SNIPPET}</div><ul class='fields'>"
                    f"<li><label>涉诉金额：</label>￥129{n}</li></ul><div class='ft'><span>用户770{n}</span>"
                    f"<time>2024-07-18 09:4{n}</time></div></div>" for n in range(8))
    complaints = page(f"<div class='card ts-list'>{cards}</div>{FOOTER}", "最新投诉_消费投诉列表_某某投诉网")
    assert outcome(complaints) == "a listing: the text found is its items, under no headline the title names"
    stories = "".join(f"<div class='news-item'><h3><a href='/zhiliang/2024/{n}.shtml'>某地开展第{n}批插头插座质量抽查</a></h3>"
                      f"<p>{SNIPPET}{SNIPPET}</p><span>2024-03-1{n}</span></div>" for n in range(6))
    channel = page(f"<div class='list'>{stories}</div>{FOOTER}", "质量频道_某某网")
    assert outcome(channel) == "a listing: the text found is its items, under no headline the title names"



def test_a_list_under_the_name_of_a_column_its_position_line_links_is_that_column_s_page():
    """What it recognises: the body found is a list of alike items each linking its own page, under a
    heading that names a column the position line links (the title names the column too): the
    column's page. A regulator's mailbox (首页 > 互动交流 > 网上信箱, headed 互动交流), a school's
    notices (headed 通知公告). A roundup whose position line ends with its own title stays an article."""
    def board_item(n: int) -> str:
        return (f"<div class='msg'><h4><a href='/hdjl/lyb/{n}.html'>关于第{n}个小区餐馆无证经营的问题</a>"
                "<span>已回复</span></h4>"
                f"<p>留言人：居民{n} 留言时间：2025-03-2{n}</p><p>留言内容：{SNIPPET}</p><p>回复单位：某市市场监督管理局</p>"
                f"<p>{SNIPPET}{SNIPPET}</p></div>")
    position = "<div class='pos'>当前位置：<a href='/'>首页</a> &gt; <a href='/hdjl/'>互动交流</a> &gt; 网上信箱</div>"
    board = page(f"{position}<h2>互动交流</h2><div class='list'>{''.join(board_item(n) for n in range(6))}</div>{FOOTER}",
                 "网上信箱_互动交流_某某市市场监督管理局")
    notices = "".join(f"<div class='item'><h3><a href='/tzgg/{n}.html'>关于做好第{n}批学生资助工作的通知</a></h3>"
                      f"<p>{SNIPPET}{SNIPPET}</p><span>2025-03-1{n}</span></div>" for n in range(6))
    column = page(f"<div class='pos'>位置：<a href='/'>首页</a> » <a href='/tzgg/'>通知公告</a></div><h2>通知公告</h2>"
                  f"<div class='news'>{notices}</div>{FOOTER}", "通知公告-某某职业技术学院")
    for listing in (board, column):
        assert outcome(listing) == "a listing: the text found is its items, under no headline the title names"
    roundup = "".join(f"<p><strong><a href='/a/{n}.html'>【某地开展第{n}批电梯安全检查】</a></strong>{SNIPPET * 2}</p>"
                      for n in range(6))
    own = (f"<div class='pos'>位置：<a href='/'>首页</a> &gt; <a href='{URL}'>早报：今日质量要闻</a></div>"
           f"<h1>早报：今日质量要闻</h1><div>{roundup}</div>")
    assert outcome(page(own, "早报：今日质量要闻_某某网")) == "article"

def test_a_short_page_that_sends_its_reader_elsewhere_is_a_redirect():
    """What it recognises: a short page whose <meta http-equiv="refresh"> sends its reader to another
    address. A bureau's old site (页面已迁移, counting down to the new one), a portal's moved story;
    a live page that reloads itself stays an article."""
    moved = ("<meta http-equiv='refresh' content='5;url=https://rsj.example.gov.cn/'>", "<div class='tip'><h3>温馨提示："
             "本页面已迁移</h3><p>您访问的页面已迁移至新地址，系统将在 5 秒后自动跳转。</p><p>如果浏览器没有自动跳转，请点击"
             "<a href='https://rsj.example.gov.cn/'>这里</a>访问新页面，并及时更新您的收藏夹。</p></div>")
    story = ("<meta http-equiv='Refresh' content=\"0; URL='/a/2024/0315/2.html'\">",
             "<p>本文已移至新的地址，页面正在跳转，请稍候。如果您的浏览器没有自动跳转，请点击下面的链接继续阅读全文。</p>")
    for head, body in (moved, story):
        assert outcome_at(f"<html><head>{head}<title>某某网</title></head><body>{body}</body></html>".encode(), URL) == \
            "a redirect: the page sends its reader to another address"
    live = (f"<html><head><meta http-equiv='refresh' content='60'><title>某地开展电梯安全检查_某某网</title></head>"
            f"<body><h1>某地开展电梯安全检查</h1><div>{ARTICLE}</div></body></html>").encode()
    assert outcome(live) == "article"


def outcome_at(body: bytes, url: str) -> str:
    result = extract_article(body, url)
    return result.detail if isinstance(result, NotAnArticle) else "article"


def test_a_directory_s_entry_on_an_organisation_is_no_article_a_dated_story_on_one_is():
    """What it recognises: an industry body's entry on a member (its name the headline, a table of
    its facts, a short profile), a supplier directory's: the headline is the organisation's name
    and no date line dates the text. A story titled with a name, dated, stays an article."""
    facts = ("<table><tr><td>会员级别</td><td>理事单位</td><td>入会时间</td><td>2009年</td></tr>"
             "<tr><td>主营产品</td><td>电动自行车、电动三轮车</td></tr><tr><td>电话</td><td>022-12345678</td></tr></table>")
    profile = "<div><b>企业简介：</b>公司成立于2003年，是一家集研发、生产、销售于一体的电动车制造企业，产品销往全国。</div>"
    for name in ("某某车业有限公司", "某某市电动车行业协会"):
        entry = page(f"<div class='company'><div class='cname'>{name}</div>{facts}{profile}</div>", f"{name} - 会员 - 某协会")
        assert outcome(entry) == ("an organisation's profile: its name is the headline, over a short text that no date "
                                  "line dates")
    dated = page(f"<h1>某某车业有限公司</h1><div class='info'>2024-03-15 10:00 来源：某某网</div><div>{ARTICLE}</div>",
                 "某某车业有限公司_某某网")
    assert outcome(dated) == "article"


def test_a_short_text_dated_nowhere_under_no_title_among_more_linked_headlines_is_no_article():
    """What it recognises: a download centre's page (a note under its list of files) and a column's
    page (a line about the column over its stories): a short text that no date line, metadata or
    address dates, under no title the page's title names, among linked headlines that hold more
    text. A poem under its title, or a short story with its date line, among the same links stays
    an article."""
    files = "".join(f"<li><a href='/files/{n}.html'>产品质量委托检验申请表第{n}版</a> <a href='/files/{n}.doc'>下载</a></li>"
                    for n in range(8))
    pager = ("<div class='pages'><a href='/1'>首页</a> <a href='/1'>上一页</a> <b>1</b> "
             "<a href='/2'>2</a> <a href='/3'>3</a> <a href='/2'>下一页</a> <a href='/3'>尾页</a></div>")
    note = ("<div class='tips'>温馨提示：如无法正常打开下载的文件，请先安装办公软件或阅读器后再打开；"
            "表格填写完毕后请与样品一并送至业务受理大厅。</div>")
    downloads = page(f"<div class='right'><div class='rtit'>委托检验表格</div><ul>{files}</ul>{pager}{note}</div>",
                     "表格下载_某某院")
    stories = "".join(f"<li><a href='/a/{n}.html'>某地市场监管部门开展第{n}批产品质量监督抽查</a></li>" for n in range(8))
    about = ("<p class='about'>这里刊发本市市场监管部门开展产品质量监督抽查的工作动态，"
             "欢迎广大市民关注并提供线索，共同守护消费安全。</p>")
    column = page(f"<div class='col'><div class='name'>质量抽查</div>{about}<ul>{stories}</ul></div>", "某某市市场监督管理局")
    for html, url in ((downloads, "https://www.example.org.cn/xzzx/wts/"), (column, "https://scjg.example.gov.cn/zlcc/")):
        assert outcome_at(html, url) == ("a short text dated nowhere, under no title the page names, in a box of "
                                         "linked headlines that hold more: a section's page")
    verse = "<p>春风吹过山岗，杏花开满村庄，燕子归来筑巢，孩子奔跑在田埂上，老人坐在门前晒着太阳。</p>"
    poem = page(f"<h1>春日</h1><div>{verse * 2}</div><ul>{stories}</ul>", "春日_某某诗歌网")
    text = "<p>市场监管部门近日对辖区电梯开展安全检查，发现问题隐患十二处，已责令相关单位限期整改到位，并将适时组织复查。</p>"
    brief = page(f"<h1>某地开展电梯安全检查</h1><div class='info'>2024-03-15 10:00</div><div class='text'>{text}</div>"
                 f"<ul>{stories}</ul>", "某地开展电梯安全检查_某某网")
    for html in (poem, brief):
        assert outcome_at(html, "https://news.example.cn/a/dianti.html") == "article"


def test_a_blurb_under_its_label_alone_is_no_article():
    """What it recognises: a topic's page (专题: its 导语 over sections of linked stories), a video's
    page (a programme's 简介 under the player, its controls and play count after it), a product's
    (产品简介) and a gallery's (图集简介 alone over its blurb, a picture's caption before it): the
    text is a blurb, not a story. The label may stand in brackets, with a colon or none (【导语】), or
    head the text's box as its heading or stand over it alone (专题简介), or, naming what it introduces,
    open the blurb's line in an element of its own with no colon (<span>专题导语</span>…). A column's
    blurb names the column instead (本栏目发布…)."""
    sections = "".join(f"<div class='sec'><h2>第{n}部分</h2><ul>" + "".join(
        f"<li><a href='/a/{n}{m}.html'>某地市场监管部门开展第{m}批产品质量监督抽查</a></li>" for m in range(4))
        + "</ul></div>" for n in range(3))
    topics = [page(f"<div class='banner'><h1>晚会曝光了哪些消费陷阱</h1><p class='lead'>{label}今年的消费者权益日晚会"
                   f"播出后，本专题汇总晚会曝光的内容、各地市场监管部门的查处进展、专家的解读和维权的指南。</p></div>{sections}",
                   "晚会曝光了哪些消费陷阱_专题") for label in ("导语：", "【导语】")]
    controls = "<div class='tools'>分享 收藏 下载 播放次数：38,216</div>"
    blurb = "本期节目调查：一些小作坊将回收的旧电线剥皮翻新后重新销售，流入家装市场，存在严重的安全隐患。"
    videos = [page(f"<div class='video'><h3>“翻新”电线流入装修市场</h3><p class='info'>2012年10月21日</p>"
                   f"<p class='desc'>{label}{blurb}</p>{controls}</div>", "“翻新”电线流入装修市场_某某网")
              for label in ("简介：", "【产品简介】：", "[节目简介] ")]
    gallery = page("<h1>米格M5真机图赏</h1><div class='info'>2015-03-26 摄影：阿杰</div><div class='pic'>"
                   "<img src='/m5/3.jpg'><p>米格M5正面，5.2英寸屏幕覆盖2.5D弧面玻璃</p></div>"
                   "<div class='intro'><h4>图集简介</h4>"
                   "<p>米格M5是今年春季推出的中端新机，采用一体化金属机身和5.2英寸屏幕，本组图片为编辑拍摄的真机外观。</p></div>",
                   "米格M5真机图赏_图集_某某网")
    # The label the heading of the box the text was found in, or the line over it (专题简介 over a topic's intro).
    headed = page(f"<div class='zt-intro'><img src='/zt/intro.jpg'><div class='txt'><h2>专题简介</h2>"
                  f"<p>{blurb}本专题集中发布专项整治相关政策文件、工作动态和典型案例，欢迎社会各界监督。</p></div></div>{sections}",
                  "电线质量专项整治_专题专栏_某某省市场监管局")
    labelled = page(f"<div class='zt-intro'><div class='tit'>专题简介</div><div class='con'><p>{SNIPPET}</p><p>{SNIPPET}</p>"
                    f"</div></div>{sections}", "2023年农资打假专项治理行动_某某市农业农村局")
    # The label's kind named before it (专题导语 over a 3·15 topic's blurb, its sections after it).
    named = page(f"<div class='zt-banner'><h1>直播电商质量万里行</h1></div><div class='zt-box'><h2>专题导语</h2>"
                 f"<p>{SNIPPET}{SNIPPET}</p></div>{sections}", "2022年3·15特别策划：直播电商质量万里行_某某网")
    # The label alone on its own line in the blurb's box (导语, 导读, 编者按 over it), the title naming no topic.
    alone = [page(f"<div class='zt-intro'><div class='hd'>{label}</div><p>{SNIPPET}{SNIPPET}</p></div>{sections}",
                  "电子烟国标实施_某某网") for label in ("导语", "导读", "编者按")]
    # The named label in an element of its own opening the blurb's line, no colon (<span>专题导语</span>…).
    inline = page(f"<div class='zt-banner'><h1>景区动态管理</h1></div><div class='intro'><p><span class='lbl'>专题导语</span>"
                  f"{SNIPPET}{SNIPPET}</p></div>{sections}", "专题｜景区动态管理 - 某某网")
    # A column's blurb names the column (本栏目发布…) over its list of notices.
    notices = "<ul>" + "".join(f"<li><a href='/art/{n}.html'>2023年第{n}期食品安全监督抽检信息公告</a>"
                               f"<span>2023-07-{n + 10}</span></li>" for n in range(4)) + "</ul>"
    column = page(f"<div class='lm'><h2>食品安全抽检信息</h2><p class='desc'>本栏目发布我局组织实施的食品安全监督抽检结果、"
                  "不合格食品核查处置情况等信息。抽检结果仅对所抽样品负责，如对检验结论有异议，可在收到检验结论之日起7个工作日内"
                  f"提出复检申请。</p>{notices}</div>", "食品安全抽检信息 某某市市场监督管理局")
    pages = [*topics, *videos, gallery, headed, labelled, named, *alone, inline, column]
    for html in pages:
        assert outcome(html) == "a blurb under its label (导语：, 简介：), alone: a topic's, a video's or a product's page"


def fact_table(facts: list[tuple[str, str]], columns: int = 2) -> str:
    """A table of facts under their labels, `columns` // 2 pairs a row."""
    pairs = [f"<td class='l'>{label}</td><td>{value}</td>" for label, value in facts]
    rows = ["".join(pairs[at:at + columns // 2]) for at in range(0, len(pairs), columns // 2)]
    return "<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>"


def test_a_table_whose_rows_link_to_their_records_is_no_article_whatever_its_length():
    """What it recognises: a body half of whose words at least are a table's cells, most of its
    rows linking to a record's page, with few words in sentences beside it: a ranking (查看详情 in
    each row, a note under it), a catalogue (查看 in each row, a count of what was found over it).
    A notice's table of results (no row links a page) and a table whose rows link to pages under a
    text that says what it is stay articles."""
    ranked = "".join(f"<tr><td class='num'><em>{n}</em></td><td class='car'><a href='/car/{n}.html'>某品牌{n}款紧凑型SUV</a>"
                     f"</td><td class='problem'>变速箱顿挫、换挡冲击</td><td class='count'><b>{200 - n}</b></td>"
                     f"<td class='date'>2020-10-1{n % 10}</td><td><a href='/car/{n}.html'>查看详情</a></td></tr>"
                     for n in range(1, 11))
    ranking_table = ("<table class='rank-table'><tr class='th'><th>排名</th><th>车型</th><th>典型问题</th><th>投诉量</th>"
                     f"<th>最新投诉</th><th>操作</th></tr>{ranked}</table>")
    note = "<div class='note'>说明：本榜单数据来源于车主提交的有效投诉，仅反映投诉数量，不代表车辆质量的最终评价。</div>"
    ranking = page(f"<div class='col-a'><div class='rank-hd'><h1>汽车投诉排行榜</h1><p class='tip'>统计周期：2020-09-14 至 "
                   f"2020-10-13　数据每日更新</p></div>{ranking_table}{note}</div>", "汽车投诉排行榜_某某网")
    listed = "".join(f"<tr><td><a href='/std/GB4706.{n}'>GB 4706.{n}-2024</a></td><td>家用和类似用途电器的安全 第{n}部分："
                     f"特殊要求</td><td><span>现行</span></td><td>2024-03-15</td><td>2026-04-01</td>"
                     f"<td><a href='/std/GB4706.{n}'>查看</a></td></tr>" for n in range(1, 13))
    catalogue = page("<div class='std-right'><div class='pos'>您的位置：<a href='/'>首页</a> &gt; 家用电器</div>"
                     "<div class='count'>共找到 <em>1,286</em> 条标准，当前第 1 页</div><table class='std-table'><thead><tr>"
                     "<th>标准号</th><th>标准名称</th><th>状态</th><th>发布日期</th><th>实施日期</th><th>操作</th></tr></thead>"
                     f"<tbody>{listed}</tbody></table><p class='note'>说明：本目录信息仅供参考，标准的有效性请以国家标准化管理"
                     "委员会发布的公告为准。</p></div>", "标准目录查询_某某标准网")
    for table in (ranking, catalogue):
        assert outcome(table).startswith("a table of records"), table
    results = "".join(f"<tr><td>{n}</td><td>电动自行车</td><td>某某车业有限公司第{n}分厂</td><td>合格</td></tr>"
                      for n in range(1, 13))
    notice = page(f"<h1>某市电动自行车产品质量抽查结果</h1><div class='text'>{ARTICLE}<table>{results}</table></div>",
                  "某市电动自行车产品质量抽查结果_某某网")
    story = page(f"<h1>汽车投诉排行榜出炉</h1><div class='text'>{ARTICLE * 2}{ranking_table}</div>",
                 "汽车投诉排行榜出炉_某某网")
    for article in (notice, story):
        assert outcome(article) == "article"


def test_a_table_under_a_form_asking_which_records_to_show_is_no_article():
    """What it recognises: a body half of whose words at least are a table's cells under a form
    asking which records to show (所在区域 to choose, a name or an hour to type, a day to pick), no row linking a
    page: a query's results (a city's bike stations, a county's reservoir levels). A notice's table
    under a search box (one field) or over a comment form stays an article."""
    streets = ("中山北路 淮海东路 彭城路 黄河北路 复兴北路 民主北路 环城路 铜山路 少华街 下淀路 平山路 和平路 解放路 建国路 "
               "云龙路").split()
    stations = "".join(f"<tr><td>{n}</td><td>GL01{n:02}</td><td>{street}站</td><td>鼓楼区</td><td>{street}与{streets[n - 1]}"
                       f"交叉口东北角</td><td>40</td><td><a href='javascript:showMap({n})'>查看地图</a></td></tr>"
                       for n, street in enumerate(streets))
    table = ("<table class='data-table'><tr><th>序号</th><th>站点编号</th><th>站点名称</th><th>所在区域</th><th>站点地址</th>"
             f"<th>锁止器数</th><th>位置</th></tr>{stations}</table>")
    area = "所在区域：<select name='area'><option>全部</option><option selected>鼓楼区</option></select>"
    for keys in (f"{area} 站点名称：<input type='text' name='keyword'>", f"历史查询：<input type='date' name='day'> {area}"):
        query = f"<form action='/query.jsp'>{keys} <input type='submit' value='查 询'></form>"
        results = page(f"<div class='con'><h2>公共自行车站点查询</h2>{query}<p class='tips'>共查询到站点 86 个，"
                       f"锁止器 2316 个。站点可借车辆数以现场为准。</p>{table}"
                       "<div class='pager'>共86条记录 每页15条 当前第1/6页</div></div>", "公共自行车站点查询_某某市城市管理局")
        assert outcome(results).startswith("a table of records"), results
    search_box = "<form action='/search'><input type='text' name='q'><input type='submit' value='搜索'></form>"
    comments = ("<form action='/comment'><input type='text' name='name'><input type='text' name='mail'>"
                "<textarea></textarea></form>")
    for before, after in ((search_box, ""), ("", comments)):
        notice = page(f"<div class='con'>{before}<h1>公共自行车站点调整公告</h1><div class='info'>2024-03-15</div>"
                      f"<div class='text'><p>{SNIPPET}</p>{table}</div>{after}</div>", "公共自行车站点调整公告_某某网")
        assert outcome(notice) == "article", before + after


def test_a_table_under_a_pager_counting_its_records_is_no_article():
    """What it recognises: a body half of whose words at least are a table's cells, with few words
    in sentences beside it, and among its lines a pager counting the records (共 15 条 第 1 / 1 页): a
    column's register (a court's hearings, a list of licences), no row linking a page. A notice's
    table under a text that says what it is stays an article, and so does a short notice's table
    whose page counts its comments outside the text (共 3 条留言)."""
    hearings = "".join(f"<tr><td>{n}</td><td>（2017）某06民终{300 + n}号</td><td>买卖合同纠纷</td><td>上诉人：某某公司；"
                       f"被上诉人：郑某某</td><td>2017-03-2{n % 5} 09:30</td><td>第{n % 6 + 1}法庭</td></tr>"
                       for n in range(1, 13))
    heads = "".join(f"<th>{head}</th>" for head in ("序号", "案号", "案由", "当事人", "开庭时间", "法庭"))
    table = f"<table><tr>{heads}</tr>{hearings}</table>"
    intro = "<p>以下案件定于本周在本院公开开庭审理，欢迎公民旁听。</p>"
    for pager in ("共 12 条 第 1 / 1 页 首页 上页 下页 尾页", "共12条记录 每页15条 页次：1/1"):
        register = page(f"<h1>开庭公告</h1><div class='list'>{intro}{table}<p class='pager'>{pager}</p>"
                        "<p>注：开庭时间如有变动，以本院另行通知为准。</p></div>", "开庭公告_某某市中级人民法院")
        assert outcome(register).startswith("a table of records"), pager
    notice = page(f"<h1>关于本周公开开庭审理案件的公告</h1><div class='info'>2017-03-17</div><div class='text'>{ARTICLE}"
                  f"{table}</div>", "关于本周公开开庭审理案件的公告_某某法院")
    commented = page(f"<h1>关于本周公开开庭审理案件的公告</h1><div class='info'>2017-03-17</div><div class='text'>"
                     f"<p>{SNIPPET}</p>{table}</div><div class='comments'><p>网友留言</p><p>共 3 条留言 第 1 / 1 页</p></div>",
                     "关于本周公开开庭审理案件的公告_某某法院")
    for article in (notice, commented):
        assert outcome(article) == "article"


def test_a_body_mostly_of_facts_under_their_labels_is_a_record_not_a_story():
    """What it recognises: a body a third of whose words at least sit in rows of a table that give
    facts under their labels (a short name, no number, then its value): a product's specifications
    (a B2B offer, four cells a row; an old maker's page laid out in tables, the related products in the
    box its text is found in, not written) and a government's service guide (办事指南, two cells a row) are
    records, however long. An article with a table of its data (numbered rows, figures) or with a
    few facts beside a longer text stays an article, and so does a letter under its label among facts
    (a hotline's page: 信件编号, 来信时间, then 来信内容 and the letter's sentences), whose title is the
    line over the facts, not a fact's value."""
    specs = fact_table([("公称通径", "DN50"), ("公称压力", "PN16 / 1.6MPa"), ("阀体材质", "CF8(304)"),
                        ("密封材质", "RPTFE"), ("连接方式", "法兰连接"), ("驱动方式", "手柄"),
                        ("适用温度", "-29℃～180℃"), ("执行标准", "GB/T 12237")], columns=4)
    offer = page(f"<h1>供应不锈钢法兰球阀</h1><div class='detail'><p>阀体采用不锈钢精密铸造，球体经精磨抛光，启闭轻便、"
                 f"密封可靠。</p><p>本厂专业生产各类工业阀门二十余年，质量保证，价格优惠，全国可发货。</p>{specs}</div>",
                 "供应不锈钢法兰球阀_某某商务网")
    guide = fact_table([("事项名称", "个体工商户设立登记"), ("事项类型", "行政许可"), ("实施机关", "某县市场监督管理局"),
                        ("受理条件", "有经营能力的公民，经营范围不属于法律、行政法规禁止进入的行业，有固定的经营场所。"),
                        ("申请材料", "个体工商户开业登记申请书原件一份，经营者身份证明复印件一份，经营场所证明复印件一份。"
                                     "委托代理人办理的，提交经营者签署的委托代理人证明及委托代理人身份证明。"),
                        ("办理流程", "申请、受理、审查、决定、发照"), ("办理地点", "县政务服务中心一楼市场监管窗口"),
                        ("收费标准", "不收费")])
    service = page(f"<h1>个体工商户设立登记办事指南</h1><div class='content'>{guide}</div>", "办事指南_某县市场监督管理局")
    # An old maker's page laid out in tables: the box the text is found in holds the related products too,
    # and the specifications are what is written of it, a third of its words at least.
    facts = fact_table([("公称通径", "DN50"), ("公称压力", "PN16 / 1.6MPa"), ("阀体材质", "CF8(304)"),
                        ("密封材质", "RPTFE"), ("连接方式", "法兰连接"), ("驱动方式", "手柄"),
                        ("适用温度", "-29℃～180℃"), ("执行标准", "GB/T 12237"), ("颜　　色", "本色、银灰，可按色板定做"),
                        ("起 订 量", "10台"), ("交 货 期", "15-25天"), ("点击次数", "1047")])
    related = "".join(f"<td><a href='/ProductShow.asp?id={n}'><img src='/{n}.jpg'></a><br>"
                      f"<a href='/ProductShow.asp?id={n}'>不锈钢法兰球阀 Q41F-{n} 耐腐蚀耐高温工业阀门</a></td>"
                      for n in range(1, 9))
    laid_out = page("<table><tr><td>您现在的位置：<a href='/'>首页</a> &gt;&gt; <a href='/Product.asp'>产品展示</a></td></tr>"
                    f"<tr><td><table><tr><td><img src='/1.jpg'></td><td>{facts}<br><a href='/Feedback.asp?id=1'>"
                    "<img src='/order.gif' alt='在线订购'></a></td></tr></table></td></tr>"
                    "<tr><td><b>产品说明</b></td></tr><tr><td class='content'>阀体采用不锈钢精密铸造，球体经精磨抛光。<br>"
                    "密封圈采用增强聚四氟乙烯，耐腐蚀，启闭轻便。<br>适用于水、蒸汽、油品等介质。<br>"
                    "本厂专业生产各类工业阀门，欢迎来样来图定做，OEM订单请与业务部联系。</td></tr>"
                    f"<tr><td><b>相关产品</b></td></tr><tr><td><table><tr>{related}</tr></table></td></tr></table>",
                    "供应不锈钢法兰球阀-产品展示")
    for record in (offer, service, laid_out):
        assert outcome(record).startswith("a record"), record
    results = "".join(f"<tr><td>{n}</td><td>电动自行车</td><td>某某车业有限公司</td><td>合格</td></tr>" for n in range(1, 9))
    notice = page(f"<h1>某市电动自行车产品质量抽查结果</h1><div class='text'>{ARTICLE}<table>{results}</table></div>",
                  "某市电动自行车产品质量抽查结果_某某网")
    profile = fact_table([("姓名", "张某"), ("职务", "局长"), ("籍贯", "某省某县"), ("学历", "大学")])
    story = page(f"<h1>某地开展电梯安全检查</h1><div class='text'>{ARTICLE}{profile}{ARTICLE}</div>",
                 "某地开展电梯安全检查_某某网")
    for article in (notice, story):
        assert outcome(article) == "article"
    letter = "<br>".join(("市长您好：", ARTICLE[3:-4], "恳请相关部门对该超市进行检查。", "谢谢！"))
    reply = "<br>".join(("王先生：您好！", ARTICLE[3:-4], "经调查，该超市确有销售过期食品的行为，已立案查处。", "感谢监督。"))
    title = "石化路某超市销售过期酸奶，投诉后只退款不赔偿"
    rows = (f"<tr><td colspan='4' align='center'>{title}</td></tr>"
            "<tr><td>信件编号：</td><td>LJ201603140087</td><td>信件类型：</td><td>投诉</td></tr>"
            "<tr><td>来 信 人：</td><td>王**</td><td>来信时间：</td><td>2016-03-14 09:21:33</td></tr>"
            "<tr><td>问题类别：</td><td>食品药品安全</td><td>办理状态：</td><td>已办结</td></tr>"
            f"<tr><td>来信内容：</td><td colspan='3'>{letter}</td></tr>"
            "<tr><td colspan='4'>办理情况</td></tr>"
            "<tr><td>办理单位：</td><td>某市市场监督管理局</td><td>回复时间：</td><td>2016-03-22 16:05:12</td></tr>"
            f"<tr><td>回复内容：</td><td colspan='3'>{reply}</td></tr>")
    hotline = page(f"<table><tr><td><table>{rows}</table></td></tr></table>", "某市12345市长热线--来信详情")
    result = extract_article(hotline, URL)
    assert isinstance(result, Extraction) and result.fields["headline"] == title


FLASHES = (("15:42", "市场监管总局通报上半年产品质量监管情况，共立案查处违法案件2.3万件，案值4.6亿元。"),
           ("15:31", "中消协发布上半年投诉分析，全国消协组织共受理消费者投诉37.5万件，挽回经济损失5.9亿元。"),
           ("15:18", "某乳企回应抽检不合格：已下架并召回涉事批次产品，并将全面排查原因，接受社会监督。"),
           ("14:47", "工信部将组织新能源汽车企业开展安全隐患排查，重点检查动力电池等关键部件，九月底前完成。"))


@pytest.mark.parametrize("heading", ["7x24快讯", "滚动新闻"])
def test_rolling_news_flashes_under_a_channel_s_name_are_no_article(heading):
    """What it recognises: a channel's rolling flashes, entries each under its time of day, headed by
    the channel's name, which says none of their words: each entry is a story of its own. A live
    blog's entries under times of day, its headline naming the event they report, are an article."""
    entries = "".join(f"<div class='flash'><p>{time}</p><p>{text}</p></div>" for time, text in FLASHES)
    assert outcome(page(f"<h1>{heading}</h1><div class='list'>{entries}</div>")).startswith("rolling news flashes")
    live = page(f"<h1>市场监管总局通报上半年产品质量监管情况图文直播</h1><div class='list'>{entries}</div>")
    assert outcome(live) == "article"


def assert_a_form_s_page_undated_only(fields: tuple[tuple[str, str, str], ...]) -> None:
    """A box of the fields (a label, a control, a tip each) is a form's page where the page dates
    nothing, in a <form> or not, and an article under a date line."""
    cards = "".join(f"<section><div class='hd'>{label}</div>{control}<p>{tip}</p></section>" for label, control, tip in fields)
    submit = "<input type='hidden' name='token'><button type='submit'>提交预约</button>"
    undated = "https://www.example.com.cn/m/booking"
    for box in ("form", "div"):
        booking = page(f"<h1>预约到店</h1><{box} class='booking'>{cards}{submit}</{box}>", "预约到店_某某理容")
        assert extract_article(booking, undated).detail.startswith("a form's page"), booking
        dated = page(f"<h1>预约到店</h1><div class='info'>2024-03-15 10:00</div><{box} class='booking'>{cards}{submit}</{box}>",
                     "预约到店_某某理容")
        assert isinstance(extract_article(dated, undated), Extraction)


def test_an_undated_text_among_a_form_s_fields_asking_for_a_phone_number_is_a_form_s_page():
    """What it recognises: the text found shares its box with four fields or more that a reader fills
    in or chooses from, one asking for a phone number, and the page dates nothing: a barber's
    booking form, a carrier's quote request, the text their fields' labels and notes; the phone's
    field a tel one, so named, or so labelled (联系电话：<input name='lxdh'>, or in a table's row: <th>手机号码</th>
    <td><input name='info[shouji]'>, the markup's whitespace between them). Under a date line the
    same box stays an article; so do an undated text among buttons (a blog's contents buttons beside
    its headings) and one over a reply box, which asks for no phone number."""
    contacts = ("<input type='text' name='name'><input type='tel' name='contact'>",
                "姓名：<input type='text' name='xm'> 联系电话：<input type='text' name='lxdh'>",
                "<table><tr><th>联系人</th>\n    <td><input type='text' name='info[lianxiren]'></td></tr>"
                "<tr><th>手机号码</th>\n                        <td><input type='text' name='info[shouji]'></td></tr></table>")
    for contact in contacts:
        fields = (("选择门店", "<select name='store'><option>静安店</option><option>徐汇店</option></select>",
                   "迟到15分钟以上预约将自动取消，如需取消请至少提前1小时操作，高峰时段请尽量提前到店等候。"),
                  ("选择服务", "<select name='service'><option>经典剪发（40分钟）</option></select>",
                   "每位理容师均持有职业资格证书，不指定理容师时将由门店根据当日排班为您安排合适的人选。"),
                  ("联系方式", contact, "到店后请向前台出示预约码，我们将以短信通知预约结果，如未收到短信请致电门店查询确认。"))
        assert_a_form_s_page_undated_only(fields)
    tips = [tip for _, _, tip in fields]
    undated = "https://www.example.com.cn/m/blog"
    buttons = "".join(f"<h2>第{n}节<button class='toc'>目录</button></h2><p>{tip}</p>" for n, tip in enumerate(tips * 2))
    reply = ("<form class='reply'><textarea name='message'></textarea><input type='text' name='username'>"
             "<input type='text' name='seccode'><input type='checkbox' name='usesig'><input type='checkbox' name='smileyoff'>"
             "<button type='submit'>发表回复</button></form>")
    for text in (buttons, "".join(f"<p>{tip}</p>" for tip in tips) + reply):
        assert isinstance(extract_article(page(f"<h1>理容师手记</h1><div class='post'>{text}</div>", "理容师手记_某某理容"),
                                          undated), Extraction), text


def test_a_short_undated_note_over_a_form_asking_for_a_phone_number_is_a_form_s_page():
    """What it recognises: a short text dated nowhere (入会须知 and its points) followed by a form of
    four fields or more, one labelled as asking for a phone number, nothing between them but the
    form's heading: a sign-up's or an application's page, the text found its notes. The same note
    under a date line, or over a reply form (no phone asked), stays an article."""
    note = ("<div class='notes'><b>入会须知：</b><br>1. 凡热爱钓鱼运动、遵守协会章程的本市常住居民，均可申请入会。<br>"
            "2. 请如实填写以下各项，带*号的为必填项。<br>3. 提交申请后，秘书处将在七个工作日内电话联系您办理入会手续。</div>")
    rows = "".join(f"<tr><td>{label}：</td><td><input type='text' name='{name}'></td></tr>"
                   for label, name in (("真实姓名", "realname"), ("身份证号", "idcard"), ("联系电话", "lxdh"),
                                       ("通讯地址", "dz")))
    application = f"<form action='join_save.asp'><table>{rows}</table><input type='submit' value='提交申请'></form>"
    reply = ("<form class='reply'><input type='text' name='username'><input type='text' name='mail'>"
             "<input type='text' name='seccode'><textarea name='message'></textarea></form>")

    def join_page(date_line: str, between: str, form: str) -> str:
        return outcome_at(page(f"<h1>在线入会申请</h1>{date_line}{note}{between}{form}", "在线入会申请_某某钓鱼协会"),
                          "https://www.example.com.cn/member/join.asp")
    for heading in ("", "<h3>个人会员入会申请表</h3>"):
        assert join_page("", heading, application).startswith("a form's page"), heading
    for date_line, form in (("<div class='info'>2024-03-15</div>", application), ("", reply)):
        assert join_page(date_line, "", form) == "article", date_line + form


def test_an_undated_text_quoting_prices_as_offered_is_a_price_list():
    """What it recognises: a text dated nowhere that quotes three prices or more as a shop or a
    service offers them (per unit, from an amount, marked ¥): a park's tickets, a repair shop's
    services, an orchard's fruit; or whose words are most of them a table with a column of prices
    (价格, 票价（元）: a venue's charges); or whose region shows the prices in boxes the text leaves out
    (a noodle shop's menu of dish cards, ¥16 each, over its notes). The same text under a date is a
    notice of prices; an undated story quoting two prices stays an article."""
    offers = ("<p>成人票 <b>60元/人</b>，学生票 <b>30元/人</b>，1.2米以下儿童免票。</p>"
              "<p>常规保养 1800元起，更换表镜 ¥600，均含检测费用，具体以到店检测结果为准。</p>"
              "<p>团队游客请至少提前三天预约，预约成功后将以短信通知，入园时请出示预约短信。</p>")
    prices = page(f"<h1>游园须知</h1><div class='text'>{offers}</div>", "游园须知_某某园")
    undated = "https://www.example.com.cn/service/tickets.html"
    assert extract_article(prices, undated).detail.startswith("a price list"), prices
    dated = page(f"<h1>关于调整门票价格的公告</h1><div class='info'>2024-03-15 10:00</div><div class='text'>{offers}</div>",
                 "关于调整门票价格的公告_某某园")
    assert isinstance(extract_article(dated, undated), Extraction)
    story = ("<p>今年当地苹果喜获丰收，红富士收购价每斤3.5元，比去年高出五角，果农们脸上洋溢着笑容。</p>"
             "<p>合作社负责人介绍，精品果礼盒售价¥88，已通过电商平台销往全国各地，订单量同比增长三成。</p>"
             "<p>下一步，合作社将继续扩大种植规模，带动更多农户增收致富，让小苹果成为乡村振兴的大产业。</p>")
    story_page = page(f"<h1>小苹果成了致富果</h1><div class='text'>{story}</div>", "小苹果成了致富果_某某网")
    assert isinstance(extract_article(story_page, undated), Extraction)
    def dishes(*offered: tuple[str, int]) -> str:
        return "".join(f"<div class='dish-card'><img src='/menu/{price}.webp' alt='{name}'><div><h3>{name}</h3>"
                       f"<p class='price'>¥{price}</p></div></div>" for name, price in offered)
    sections = "".join(f"<section><h2>{heading}</h2><div class='grid'>{dishes(*offered)}</div></section>"
                       for heading, offered in (("招牌米粉", (("红烧牛肉粉", 16), ("酸辣肉丝粉", 14))),
                                                ("早餐时段（6:30-10:00）", (("早餐肉丝粉", 9), ("早餐牛肉粉", 11))),
                                                ("小食·饮品", (("卤蛋", 3), ("豆浆", 4)))))
    notes = ("<div class='notes'><p>* 以上为长沙地区门店参考价格，其他城市门店价格以店内公示为准。</p>"
             "<p>* 米粉可选宽汤、少汤、免葱、加辣，点餐时请告知店员或在小程序备注。</p>"
             "<p>* 如对牛肉、花生、麸质等过敏，请在点餐时主动告知。</p></div>")
    menu = page(f"<main><section class='hero'><h1>招牌菜单</h1></section><div class='container'>{sections}{notes}</div>"
                "</main>", "招牌菜单_某某米粉")
    assert extract_article(menu, undated).detail.startswith("a price list"), menu
    # A table of prices (its column headed 价格, 票价（元）) for most of the text, its note under it.
    for column in ("价格", "票价（元）"):
        charges = "".join(f"<tr><td>彩弹射击</td><td>{n}0发</td><td>{n}0元</td><td>含面罩、护具、迷彩服及场地使用</td></tr>"
                          for n in range(3, 9))
        table = f"<table><tr><th>项目</th><th>规格</th><th>{column}</th><th>备注</th></tr>{charges}</table>"
        note = "<p>* 以上价格自2014年3月1日起执行；周末及节假日团体活动请至少提前一周预约。</p>"
        listed = page(f"<h1>活动套餐</h1><div class='text'><h3>单项收费标准</h3>{table}{note}</div>", "活动套餐_某某拓展基地")
        assert extract_article(listed, undated).detail.startswith("a price list"), column
        notice = page(f"<h1>关于调整收费标准的公告</h1><div class='info'>2024-03-15 10:00</div>"
                      f"<div class='text'>{table}{note}</div>", "关于调整收费标准的公告_某某拓展基地")
        assert isinstance(extract_article(notice, undated), Extraction), column


@pytest.mark.parametrize("column", ["咨询电话", "联系电话", "服务热线"])
def test_an_undated_table_with_a_column_of_numbers_to_call_is_a_directory(column):
    """What it recognises: a text dated nowhere whose words are most of them a table with a column of
    numbers to call (咨询电话, 联系电话): a bureau's service halls, a chain's branches, their office
    hours the note over it. The same table under a date line is a notice of them (an article)."""
    halls = "".join(f"<tr><td>{n}</td><td>第{n}税务分局办税服务厅</td><td>某县城厢镇新兴路{n * 11}号</td>"
                    f"<td>0775-78223{n:02}</td><td>综合业务、发票业务、社保费缴纳、个人所得税</td></tr>" for n in range(1, 8))
    table = (f"<table><tr><th>序号</th><th>名称</th><th>地址</th><th>{column}</th><th>主要办理业务</th></tr>{halls}"
             "</table>")
    hours = "<p>办公时间：周一至周五（法定节假日除外）上午8:00—12:00，下午15:00—18:00。</p>"
    undated = "https://www.example.gov.cn/bsfw/bsdt/"
    directory = page(f"<h1>办税地点</h1><div class='text'>{hours}{table}</div>", "办税地点_某县税务局")
    assert extract_article(directory, undated).detail.startswith("a directory"), directory
    notice = page(f"<h1>关于公布办税服务厅地址和电话的通告</h1><div class='info'>2024-03-15 10:00</div>"
                  f"<div class='text'>{hours}{table}</div>", "关于公布办税服务厅地址和电话的通告_某县税务局")
    assert isinstance(extract_article(notice, undated), Extraction)


def test_a_short_undated_note_beside_a_data_table_holding_more_is_the_table_s_page():
    """What it recognises: the text found is a short note dated nowhere, and a data table outside it
    (five rows of three cells or more at least) is longer: a shop's price list in an old site's
    layout tables, a bus company's timetable. The same note beside a shorter table (a weather box),
    or a short notice whose own table is inside its text, stays an article."""
    note = "本站价格为各大商场专柜零售参考价，单位：人民币元。实际价格以各商场为准，欢迎网友来信纠错。"

    def rows(count: int) -> str:
        return "".join(f"<tr><td>{n}</td><td><a href='/brand/{n}.html'>某某品牌</a></td><td>某某型号产品（标准装）</td>"
                       f"<td>50ml</td><td>{350 + 10 * n}</td></tr>" for n in range(1, count + 1))
    price_list = page("<table width='778'><tr><td width='190' valign='top'><table>"
                      "<tr><td><b>按品牌查看</b></td></tr><tr><td><a href='/b/1'>品牌一</a> <a href='/b/2'>品牌二</a></td></tr>"
                      f"<tr><td><b>价格说明</b></td></tr><tr><td>{note}</td></tr></table></td>"
                      "<td width='588' valign='top'><table><tr><td>产品参考价格</td></tr><tr><td>"
                      "<form action='/price'>名称：<input name='kw'><select name='b'><option>全部</option></select>"
                      f"<input type='submit' value='查询'></form></td></tr><tr><td><table>{rows(20)}</table></td></tr>"
                      "</table></td></tr></table>", "产品价格查询_某某网")
    times = "".join(f"<tr><td>{6 + n // 2}:{n % 2 * 3}0</td><td>城东客运站</td><td>某某县汽车站</td><td>{30 + n}元</td></tr>"
                    for n in range(20))
    timetable = page("<div class='main'><h2>城际班车时刻表</h2><table><tr><th>发车时间</th><th>起点</th><th>终点</th>"
                     f"<th>票价</th></tr>{times}</table></div><div class='side'><h3>温馨提示</h3>"
                     "<p>以上班次时间仅供参考，节假日期间班次如有调整，以车站当日公告为准。请旅客提前半小时到站购票，携带有效身份证件乘车。</p></div>",
                     "班车时刻_某某客运公司")
    undated = "http://www.example.com.cn/price/list.asp?page=1"
    for table_page in (price_list, timetable):
        assert extract_article(table_page, undated).detail.startswith("a table's page"), table_page
    notice = "因店面装修，本店自即日起暂停营业，装修期间各项会员服务照常办理。恢复营业时间另行通知，给您带来不便，敬请谅解。"
    weather = "".join(f"<tr><td>周{day}</td><td>晴</td><td>2{day.count('一')}℃</td></tr>" for day in "一二三四五")
    smaller = page(f"<h1>关于调整营业时间的通知</h1><div class='text'><p>{notice}</p></div>"
                   f"<div class='side'><table>{weather}</table></div>", "关于调整营业时间的通知_某某网")
    own_table = page(f"<h1>关于调整班车时刻的通知</h1><div class='text'><p>{notice}</p><table>{times}</table></div>",
                     "关于调整班车时刻的通知_某某客运公司")
    for article in (smaller, own_table):
        assert isinstance(extract_article(article, undated), Extraction), article


def test_a_short_note_under_a_data_table_standing_under_the_headline_is_the_table_s_page_though_dated():
    """What it recognises: a data table (five rows of three cells or more) between the headline and a
    short text found, longer than it: a day's prices under their update time (更新时间：2024-04-08), the
    text their notes (说明：1. 价格为当日主流成交价…). A short dated story beside a longer table in its
    sidebar, or with its own table in its text, stays an article."""
    prices = "".join(f"<tr><td>铸造生铁</td><td>Z{14 + n}</td><td>河北</td><td>{3180 + 10 * n}</td>"
                     f"<td><a href='/price/chart?code=Z{14 + n}'>走势</a></td></tr>" for n in range(12))
    notes = ("<div class='price-note'><h4>说明</h4><p>1. 价格为当日主流成交价或企业报价，由本站价格中心采集整理，仅供参考；</p>"
             "<p>2. 周末及法定节假日不更新，节后首个工作日统一补录；</p>"
             "<p>3. 如需引用本站价格数据，请注明来源，未经许可不得用于商业用途。</p></div>")
    day = page(f"<h1>今日生铁价格</h1><p class='update'>更新时间：2024-04-08 16:30　单位：元/吨</p>"
               f"<div class='table-wrap'><table>{prices}</table></div>{notes}", "今日生铁价格_某某网")
    url = "https://www.example.com/price/shengtie/?date=2024-04-08"
    assert extract_article(day, url).detail.startswith("a table's page"), day
    story = ("某地铸造企业近日联合发布倡议，呼吁上下游企业稳定生铁采购节奏，共同维护市场秩序。倡议提出，各企业要合理安排库存，"
             "不囤货、不炒作，按合同约定及时结算货款。")
    sidebar = page(f"<h1>某地铸企发布倡议</h1><p class='info'>2024-04-08 16:30</p><div class='text'><p>{story}</p></div>"
                   f"<div class='side'><h3>今日行情</h3><table>{prices}</table></div>", "某地铸企发布倡议_某某网")
    own = page(f"<h1>某地铸企发布倡议</h1><p class='info'>2024-04-08 16:30</p><div class='text'><p>{story}</p>"
               f"<table>{re.sub('<a [^>]*>走势</a>', '', prices)}</table></div>", "某地铸企发布倡议_某某网")
    for article in (sidebar, own):
        assert isinstance(extract_article(article, url), Extraction), article


def test_a_short_text_under_a_slideshow_s_controls_is_a_photo_gallery():
    """What it recognises: a slideshow's controls stepping back and on through its pictures (上一张,
    下一张: in words, or in titles over arrows) over a short text: a photo gallery, the text its
    blurb and a picture's caption. A story as long as an article under the same slideshow, and a
    short story with no slideshow, stay articles."""
    pictures = "".join(f"<li><img src='/photo/{n}.jpg' alt='比赛瞬间{n}'></li>" for n in range(8))
    blurb = ("<div class='description'>10月10日至11日，首届滑翔伞留空赛在基地举行，来自全国各地的四十余名飞行员参加比赛，"
             "以下为比赛精彩瞬间。（摄影：韦海）</div>")
    for prev, next_ in (("<a href='javascript:;'>上一张</a>", "<a href='javascript:;'>下一张</a>"),
                        ("<a href='javascript:prev();' title='上一张'>&lt;</a>",
                         "<a href='javascript:next();' title='下一张'>&gt;</a>")):
        slideshow = f"<div class='tool'>{prev}{next_}<span>1/8</span></div><ul>{pictures}</ul>"
        gallery = page(f"<h1>首届留空赛精彩瞬间</h1><div class='info'>2015-10-13 10:24</div>{slideshow}"
                       f"<div class='text'>比赛瞬间0</div>{blurb}", "首届留空赛精彩瞬间_某某滑翔伞基地")
        assert outcome(gallery).startswith("a photo gallery"), prev
        story = page(f"<h1>首届留空赛圆满落幕</h1><div class='info'>2015-10-13 10:24</div>{slideshow}"
                     f"<div class='text'>{ARTICLE * 3}</div>", "首届留空赛圆满落幕_某某滑翔伞基地")
        assert outcome(story) == "article", prev
    short = page(f"<h1>首届留空赛精彩瞬间</h1><div class='info'>2015-10-13 10:24</div><ul>{pictures}</ul>{blurb}",
                 "首届留空赛精彩瞬间_某某滑翔伞基地")
    assert outcome(short) == "article"


def test_a_shop_s_buy_box_with_its_price_before_the_text_makes_a_product_s_page_however_dated():
    """What it recognises: before the text found, a box of a buy box's size showing the price the
    product sells at beside a control acting on the page (促销价 ¥69.90 … 立即购买 加入购物车): a shop's
    page of a product, though a buyer's review under it shows a date, and the title names the product
    as its facts below the box do, not as its heading. A story dated by its date line
    keeps its site's header button (no price beside it), and a product's card after its text."""
    buy_box = ("<div class='info'><h1>渝味坊 麻辣牛肉自热火锅 385g×3盒</h1><dl><dt>促 销 价</dt><dd>¥<b>69.90</b></dd></dl>"
               "<div class='btns'><a href='javascript:;'>立即购买</a> <a href='javascript:;'>加入购物车</a></div></div>")
    review = "<div class='review'><p>宿舍囤货必备，牛肉有好几块，辣度刚好。</p><span>2019-06-08 10:12</span></div>"
    facts = "<table><tr><td>产品名称</td><td>麻辣牛肉自热火锅</td></tr><tr><td>净含量</td><td>385g</td></tr></table>"
    shop = page(f"{buy_box}<div class='tabs'>{facts}<div class='desc'>{ARTICLE}</div>{review}</div>",
                "麻辣牛肉自热火锅_渝味坊官方商城")
    assert outcome(shop).startswith("a shop's page of a product")
    card = ("<div class='card'><p>文中同款：渝味坊自热火锅 ¥69.90</p><a href='javascript:;'>加入购物车</a></div>")
    story = page(f"<h1>自热火锅怎么选</h1><div class='info'>2024-03-15 10:00</div><div class='text'>{ARTICLE}</div>{card}",
                 "自热火锅怎么选_某某网")
    assert outcome(story) == "article"
