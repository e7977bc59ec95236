"""A page's bytes -> the fields of its article, or the reason it is no article.

The page is read by the first of its site's layouts (newest first) whose `matches(page)` is true,
else by the generic `Layout`, which reads any page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin

from lxml import etree

from crawler.extraction.blocks import PLAYER_TAGS, Block
from crawler.extraction.dates import shows_modification
from crawler.extraction.dom import Element, parse_html
from crawler.extraction.encoding import decode_html
from crawler.extraction.keywords import keywords, written_either_way
from crawler.extraction.layout import BRACKETS, LINES_AFTER_BODY, TITLE_SEPARATORS, Layout, Page, headline_part
from crawler.extraction.people import HAN
from crawler.extraction.text import PAYWALL, RECORDS_PAGER, prose_length

# A body with fewer words than this (Han characters and letters outside links) is no article: an
# empty template, a video page's caption, a menu.
MIN_BODY_PROSE = 40
# A body no longer than this is looked at twice: a page saying it does not exist (a soft 404,
# served with status 200), or one item of a listing, is no article.
SHORT_BODY_PROSE = 300
# A text shorter than this that the page dates nowhere (no date line, no declared time, no date in
# its address), under no title the page names, in a box of linked headlines that hold more text, is
# a section's note (a download centre's under its files). The shortest undated article of the
# labelled pages is twice as long; a poem under its title, dated nowhere, stays one.
SHORT_UNDATED_PROSE = 150
# A text this short beside a player (<video>, <audio>, a Flash <embed>, a script's box named for its
# player) is the description of its video or programme, a sentence or two, and beside an account's
# counters its bio, not a story. The descriptions of the development pages say 35 to 60 words; the
# shortest article beside a player says 300, a brief report beside its video two sentences more.
MAX_DESCRIPTION_PROSE = 80
PLAYER_NAME = keywords(r"player", re.I)
# An account's counters (文章 412 订阅 2.6万, 关注数312 粉丝数12.6万): how many follow it, beside how much it
# posted or earned; a post counts its readers, never its followers.
# The number may come first, over its label (128 文章 3.6万 粉丝).
COUNTED = r"(?:文章|作品|投稿|视频|粉丝|订阅|关注|获赞|播放)"
ACCOUNT_COUNTER = keywords(rf"{COUNTED}数?\s*[:：]?\s*\d[\d.,]*\s*[万亿wW]?|\d[\d.,]*\s*[万亿wW]?\s*{COUNTED}")
FOLLOWERS = keywords(r"(?:粉丝|订阅)数?\s*[:：]?\s*\d|\d\s*[万亿wW]?\s*(?:粉丝|订阅)")
MAX_ACCOUNT_LINE_CHARS = 80
# A blurb under its label (导语：, 专题导语, 简介：, 编者按：; in brackets, a colon or none: 【导语】), alone: what a
# topic's page (专题) says over its sections, or a video's, a product's or a book's page of it, not a story.
# A label naming what it introduces (专题导语, 节目简介) may be set in an element of its own before the
# blurb, with no colon (<span class="lbl">专题导语</span>…): words no sentence opens with. A column's
# blurb names it instead (本栏目发布…, 本频道…): a column's page says so over its list.
NAMED_BLURB_LABEL = r"(?:内容|节目|视频|产品|图书|作品|剧情|专题|图集)(?:简介|导语|导读)"
BLURB_LABEL = rf"(?:编者按|{NAMED_BLURB_LABEL}|简介|导语|导读)"
BLURB = keywords(rf"^(?:[【\[]{BLURB_LABEL}[】\]]\s*[:：]?|{BLURB_LABEL}\s*[:：]|{NAMED_BLURB_LABEL}"
                 r"|本(?:栏目|专栏|频道|版块))")
BLURB_LABEL_ALONE = keywords(rf"^[【\[]?{BLURB_LABEL}[】\]]?\s*[:：]?$")
# (A story withdrawn says so too: 稿件已撤下, 链接已失效; a thread whose post is gone, that its
# content is blocked: 该帖已被删除, 作者被禁止或删除 内容自动屏蔽; a programme, a live room, a video that
# is gone: 该直播不存在或已被删除.)
NOT_FOUND = keywords(r"(?:页面|网页|文章|内容|信息|稿件|新闻|资源|链接|帖子?|贴子?|主题|节目|直播|视频|音频)[^。，,.]{0,10}"
                       r"(?:不存在|已被?删除|被删除|找不到|未找到|已下线|已过期|无法访问|不能访问|已?撤下|已失效|被?屏蔽)|"
                       r"\b404\b|not found", re.I)
# What a page of search results says of itself; its results can hold more prose than an article.
# A count of what a list found (共找到 326 条信息), as a search's or a classifieds' list says it.
FOUND_COUNT = r"共(?:找到|检索到|搜索到)\s*[\d,]+\s*(?:条|篇|个|项)"
SEARCH_RESULTS = keywords(rf"(?:搜索|检索|查询)结果|{FOUND_COUNT}|共(?:查到|有)\s*[\d,]+\s*(?:条|篇|个|项)|"
                            r"(?:检索|搜索)到\s*[\d,]+\s*(?:条|篇|个|项)|相关结果\s*(?:约|共)?\s*[\d,]+\s*(?:条|篇|个|项)|"
                            r"找到(?:相关)?(?:结果|信息|内容|新闻|网页)约?\s*[\d,]+|search results", re.I)
# A forum board's counters: its posts today beside its topics or posts (今日: 12 | 主题: 3456, 主题数：216,548
# 帖子数：3,871,205 今日：386), or its topics over their replies, each number before its word ([ 3916 主题 /
# 58721 回复 ]). A poster's counters in a thread (主题 12 帖子 345 积分 678) count no day, each word first.
LIST_FOUND_COUNT = keywords(FOUND_COUNT)
BOARD_COUNTERS = keywords(r"今日\s*[:：]?\s*\d[^。！？]{0,24}?(?:主题|帖子|帖数)数?\s*[:：]?\s*\d"
                            r"|(?:主题|帖子|帖数)数?\s*[:：]?\s*\d[^。！？]{0,40}?今日\s*[:：]?\s*\d"
                            r"|\d[\d,]*\s*主题\s*/\s*\d[\d,]*\s*(?:回复|帖子?)")
# What a page that asks to log in or register calls itself, maybe naming who does (读者登录, 企业用户注册,
# 定点医药机构登录), in its title's first part or another.
WHO = r"(?:读者|学员|学生|教师|个人|企业|单位|机构|商户|员工|管理员)"
WHO_LOGS_IN = rf"(?:(?:[^\s，。,:：“”\"]{{0,6}}{WHO})?(?:用户|会员)?|账号|帐号)"
LOGIN = keywords(rf"^{WHO_LOGS_IN}(?:登录|登陆|注册)(?:[/|或]?(?:注册|登录))?$"
                   r"|^(?:log ?in|sign ?in|sign ?up|register)$", re.I)
# What an institution calls itself at the end of its name (剧院, 学校, 集团, 中心): its profile's page
# is titled by it.
INSTITUTION = r"(?:院|校|馆|团|会|公司|厂|局|所|站|园|中心|企业|社|店|行|场|宫|坊|堂)"
# The names of a site's pages about itself and its services (who runs it, its leaders, its members,
# how to reach them, its terms, its guestbook, its forms to write to it or to ask it for a quote or a
# booking, its links to friends' sites, its downloads, its services' prices, hours and steps): such a
# page is no article, however long its prose. A whole name, not a title's start (关于我们身边的... is
# news); a guestbook maybe under the site's short name (红叶留言本), a download under its program's
# (某某客户端下载); where its stores or branches are (门店查询, 网点分布, 服务网点); an institution's profile under
# the word for what it is (剧院概况, 学校简介, 本院介绍, 集团简介), not a report's under its subject
# (全省疫情概况).
SITE_OWN_PAGE = keywords(
    rf"^(?:关于(?:我们?|本站|本网|博主|站长)|联系(?:我们|方式)|(?:网站|本站|本网|单位|[{HAN}]{{0,4}}{INSTITUTION})(?:简介|介绍|概况)|"
    r"(?:免责|版权|法律)声明|隐私(?:政策|条款|保护)|(?:用户|服务)(?:协议|条款)|(?:网站|站点)地图|"
    r"广告服务|加入我们|招贤纳士|(?:门店|网点|营业厅|服务网点|经销商|销售网点)(?:查询|分布|地址|列表|信息)|(?:服务|售后|维修|销售)网点|(?:收费|资费|服务|价格|门票|票价)(?:标准|项目|流程|时间|信息)|价目表|价格表|票价|(?:开放|营业)时间|"
    r"about(?: us)?|contact(?: us)?|privacy(?: policy)?|terms of (?:use|service)|sitemap|"
    r".{0,8}(?:留言[本板簿]|访客留言|相册)|guest ?book|友情链接|链接交换|下载中心|(?:资料|软件)下载|"
    r"领导(?:之窗|信息|简介|分工|班子)|(?:会员|成员|社员)(?:名录|名单|风采)|(?:我要|在线|网上)(?:投诉|留言|咨询|信访|举报|报价|询价|预约|下单)|"
    r".{1,30}(?:客户端|APP|版)下载)$",
    re.I,
)
ABOUT = written_either_way(("关于",))
MIN_SITE_NAME_CHARS = 2
# A heading that is a person's name and professional titles alone (王振华 主任中医师, 周建国 主任医师 教授,
# 郑淑芬教授) heads that person's profile: a story about someone says what happened in its headline.
PROFESSIONAL_TITLE = (r"(?:(?:副?主任|主治)?(?:中医师|医师|药师|护师|技师)|副?教授|(?:副|助理)?研究员|讲师"
                      r"|(?:高级)?工程师|律师|院士|主持人|专栏作家)")
PROFILE_HEADING = keywords(rf"^[{HAN}·]{{2,4}}\s*{PROFESSIONAL_TITLE}(?:\s*[、/]?\s*{PROFESSIONAL_TITLE})*$")
# What a title's part ends with on a topic's page (2021年儿童用品质量安全专题, 3·15专题) or a zone's (疫情防控专区,
# a shop's 鞋垫专区): its short text, under no date line, introduces the sections of stories or products under it.
TOPIC = written_either_way(("专题", "专区"))
# What a title's part ends with on a shop's or a service's list of its prices (苹果手机回收价格表, 洗衣价目表):
# a list kept up to date, dated as an update (报价更新：) if at all, no article.
PRICE_LIST = written_either_way(("价格表", "价目表", "报价表", "报价单"))
# A title's part naming the column of the site's products (晶盾X7系列隐形车衣-隐形车衣-产品中心-晶盾官网): an
# undated page under it shows a product, its text the product's description.
PRODUCT_COLUMN = frozenset(written_either_way(("产品中心", "产品展示", "产品详情", "产品介绍", "产品信息", "产品列表")))
# The parts of a title: a small site's names its page after its own name as often as before it
# (阿峰的个人主页 - 留言簿, 墨香阁 >> 友情链接, 标题_活动相册_某某俱乐部), and a bare hyphen beside a word
# sets it apart (服务网点-服务支持-某某官网, 蕾丝头套 RM-FL008-产品展示; a model's number, RM-FL008, is one word).
TITLE_PARTS = keywords(rf"\s*(?:[_|｜»>]+|--|\s[-–—]\s)\s*|(?<=[{HAN}])-|-(?=[{HAN}])")
# The facts a download site lists of a program (its size, language, system, kind, licence), or an
# app's download page of its app (its version, its developer, under their labels): two of them over
# a short text make the page a program's, not an article.
PROGRAM_FACTS = keywords(r"软件大小|软件语言|运行环境|软件类别|授权方式|软件授权|应用平台|"
                           r"(?:当前|最新)版本\s*[:：]|版本号\s*[:：]|开发(?:者|商)\s*[:：]|应用大小\s*[:：]")
MIN_PROGRAM_FACTS = 2
# ... or over any text, where the page heads its links to download the program (青蛙看图下载地址, 本地下载).
DOWNLOAD_HEADING = keywords(r"下载地址|本地下载|高速下载|普通下载|下载链接")
# A price as a shop or a service offers it: per unit (20元/人, 15元/斤, 100元每张), from an amount
# (1800元起), or marked ¥. A story quotes such prices under its date; several of them on a page
# dated nowhere make it a price list (a park's tickets, a repair shop's services, an orchard's fruit).
OFFERED_PRICE = keywords(r"\d(?:\.\d+)?\s*元\s*(?:/|每)\s*[^\s\d，。、；：,.;:()（）]|\d\s*元起|[¥￥]\s*\d")
MIN_OFFERED_PRICES = 3
# An organisation's name alone (某某车业有限公司, 某某行业协会): the headline of a directory's entry on
# it (a member's or a supplier's profile), not of a story, whose title says what happened.
ORGANISATION_NAME = keywords(r"[^\s，。、：:！？!?“”\"]{2,30}"
                               r"(?:有限公司|有限责任公司|公司|集团|厂|协会|学会|商会|研究院|研究所)")
REFRESH_TARGET = keywords(r"url\s*=\s*(\S+)", re.I)
# A form to log in with: a password's field, or a form whose fields are filled in (a phone number and
# the code a text message sends have no password).
LOGIN_FORM = "//input[translate(@type, 'PASSWORD', 'password')='password'] | //form[.//input[not(@type='hidden')]]"
# A slideshow's controls, stepping back and on through its pictures (上一张 and 下一张, in words or
# in a title over an arrow): over a short text, the page is a photo gallery, the text its blurb.
SLIDESHOW_CONTROLS = ("boolean(//*[@title='上一张' or normalize-space(text())='上一张'])"
                      " and boolean(//*[@title='下一张' or normalize-space(text())='下一张'])")
# The kinds of object Open Graph names that are no article (og:type video.other, product.item):
# the short text of a page declaring one is its description.
DECLARED_NOT_ARTICLES = ("video", "music", "product", "profile", "book")
# What a page's structured data (schema.org's @type) declares it that no story is: a product or a
# service on offer, a hotel, a book, a person's or a company's profile page.
DECLARED_NOT_ARTICLE_TYPES = frozenset({"product", "productgroup", "offer", "service", "hotel", "lodgingbusiness",
                                        "book", "profilepage"})
# A video declared so is the page's content where its text is short, a description; a long text is
# a story told beside its video (a TV station's report and its transcript).
DECLARED_VIDEO_TYPE = "videoobject"
NOT_AN_ARTICLE = "not an article"
SOFT_404 = "the page says it is not found (a soft 404)"
# libxml2 drops what lies deeper than this (huge_tree lifts its smaller default, not this one).
PARSER_MAX_DEPTH = 2000
# Bytes that no text page holds: a page with them is binary (an image, an archive) sent as HTML.
# Counted as what is left when every other byte is deleted (bytes.translate: no regex scan).
BINARY = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
TEXT_BYTES = bytes(byte for byte in range(256) if byte not in BINARY)
MAX_BINARY_SHARE = 0.01


@dataclass(frozen=True)
class Extraction:
    """An article: its fields (the contract's, but those of the crawl: url, site, inLanguage,
    metadata), the name of the layout that read them, where its headline came from, and the
    blocks its body was rendered from."""

    fields: dict
    layout: str
    headline_source: str | None = None
    blocks: tuple = ()  # the body's blocks, as rendered (a crawl strips its site's template from them)


@dataclass(frozen=True)
class NotAnArticle:
    """Why a page gave no article: a reason (counted in the crawl's stats) and what was seen."""

    reason: str
    detail: str | None = None


def is_a_blurb(body: Sequence[Block]) -> bool:
    """Whether a body is a blurb under its label (导语：, 简介：..., or the label alone on the line over
    it: 图集简介) and its other lines (a player's controls, its counters, a picture's caption) hold
    fewer words. (A heading or a line over the text that is the label alone, 专题简介, heads a blurb too.)"""
    lines = [block.text for block in body if block.kind == "p"]
    for at, line in enumerate(lines):
        if BLURB_LABEL_ALONE.match(line):
            blurb = line + lines[at + 1] if at + 1 < len(lines) else ""
        elif BLURB.match(line):
            blurb = line
        else:
            continue
        return 2 * prose_length(blurb) > sum(map(prose_length, lines))
    return False


def sends_elsewhere(page: Page) -> bool:
    """Whether the page's <meta http-equiv="refresh"> sends its reader to another address (a page
    that moved, counting down to its new one); a refresh of the page itself reloads a live page."""
    for meta in page.root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "refresh":
            target = REFRESH_TARGET.search(meta.get("content") or "")
            if target and urldefrag(urljoin(page.url, target.group(1).strip("'\" ")))[0] != urldefrag(page.url)[0]:
                return True
    return False


def parse_page(url: str, body: bytes, content_type: str | None = None, fetched_url: str = "",
               own_outlets: Mapping[str, str] | None = None) -> Page | None:
    """The page's document, read in the encoding its bytes are in; None for an empty document.
    NUL characters are no text (an HTML parser shows them as U+FFFD): they are left out."""
    text, encoding = decode_html(body, content_type)
    try:
        root = parse_html(body.replace(b"\x00", b"") if encoding == "utf-8" else text.replace("\x00", ""))
    except (etree.ParserError, ValueError):
        return None
    return Page(url, root, fetched_url or url, body, dict(own_outlets or {})) if root is not None else None


def counts_an_account(layout: Layout) -> bool:
    """Whether a short line from the headline to just after the body found counts an account's
    followers and its posts or their worth (文章 412 订阅 2.6万): the body is the account's bio, on
    its profile page."""
    index = layout.page.index
    if layout.body_region is None:
        return False
    region = index.position[layout.body_region]
    start = index.position[layout.headline_element] if layout.headline_element is not None else region
    for element in range(min(start, region), min(index.end[region] + LINES_AFTER_BODY, len(index.elements))):
        text = index.text(element)
        if len(text) <= MAX_ACCOUNT_LINE_CHARS and FOLLOWERS.search(text) and len(ACCOUNT_COUNTER.findall(text)) >= 2:
            return True
    return False


def shows_a_player(page: Page) -> bool:
    """Whether the page plays a video or a sound: a media element, or an element its class or id
    names a player (the box a script fills with one)."""
    return next(page.root.iter(*PLAYER_TAGS), None) is not None or any(
        PLAYER_NAME.search(f"{element.get('class') or ''} {element.get('id') or ''}")
        for element, tag in zip(page.index.elements, page.index.tags, strict=True) if tag)


def depth(root: Element) -> int:
    """How deep the document nests (one walk, whatever the depth)."""
    deepest = level = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        level += 1 if event == "start" else -1
        deepest = max(deepest, level)
    return deepest


def choose_layout(page: Page, layouts: Sequence[type[Layout]] = ()) -> Layout:
    """The first of `layouts` that matches the page, else the generic one."""
    return next((layout for layout in layouts if layout.matches(page)), Layout)(page)


def shows_program_facts(page: Page) -> bool:
    """Whether the page lists a program's facts, MIN_PROGRAM_FACTS of them (`PROGRAM_FACTS`)."""
    return len(set(PROGRAM_FACTS.findall(page.index.joined[0]))) >= MIN_PROGRAM_FACTS


def about_the_site(title_parts: list[str]) -> bool:
    """Whether a title's part is 关于 and the name another part gives the site, or a part of it
    (关于楚天网--楚天网, 关于某某在线 | 某某在线, 關於慶隆 - 鹿港慶隆古典傢俱): the page about the site, as
    关于我们 is."""
    names = {part for part in title_parts if part}
    return any(part.startswith(ABOUT) and len(about := part[len(ABOUT[0]):]) >= MIN_SITE_NAME_CHARS
               and any(about in name for name in names - {part}) for part in names)


def extract_article(body: bytes, url: str, *, layouts: Sequence[type[Layout]] = (),
                    own_outlets: Mapping[str, str] | None = None, content_type: str | None = None,
                    fetched_url: str = "") -> Extraction | NotAnArticle:
    """The article of a page at its production `url` (fetched at `fetched_url`, if elsewhere: the
    mobile host), read by its site's `layouts` (newest first) or the generic one; `own_outlets`
    are what the site calls its own outlets in datelines (`本报` -> 中国质量报)."""
    head = body[:4096]
    if head and len(head.translate(None, TEXT_BYTES)) > MAX_BINARY_SHARE * len(head):
        return NotAnArticle(NOT_AN_ARTICLE, "binary content, not HTML")
    if not body.strip():
        return NotAnArticle(NOT_AN_ARTICLE, "empty page")
    page = parse_page(url, body, content_type, fetched_url, own_outlets)
    if page is None:
        return NotAnArticle(NOT_AN_ARTICLE, "empty page")
    layout = choose_layout(page, layouts)
    fields = layout.fields()
    prose = layout.body_prose(up_to=SHORT_BODY_PROSE + 1)  # every test below is of a short body
    if prose <= SHORT_BODY_PROSE and layout.says(NOT_FOUND):
        return NotAnArticle(NOT_AN_ARTICLE, SOFT_404)
    # By the title alone: a sidebar's box 联系我们 taken for the heading would lose an article.
    parts = TITLE_PARTS.split(page.title)
    if any(SITE_OWN_PAGE.match(part) for part in (headline_part(page.title), *parts)) or about_the_site(parts):
        return NotAnArticle(NOT_AN_ARTICLE, "a page of the site about itself (关于我们, 联系我们, its terms): "
                                            "its title names it")
    if any(part.endswith(PRICE_LIST) for part in parts) and (
            layout.date_line_element is None or shows_modification(layout.date_line or "")):
        return NotAnArticle(NOT_AN_ARTICLE, "a list of prices (价格表, 价目表): its title names it, and no date line "
                                            "dates it but as an update")
    if fields["datePublishedRaw"] is None and not PRODUCT_COLUMN.isdisjoint(part.strip() for part in parts):
        return NotAnArticle(NOT_AN_ARTICLE, "a page of a product: its title names the column of the site's products "
                                            "(产品中心, 产品展示), and nothing dates it")
    if any(PROFILE_HEADING.match(name) for name in (fields["headline"] or "", headline_part(page.title))):
        return NotAnArticle(NOT_AN_ARTICLE, "a person's profile: its heading is a name and professional titles alone")
    if prose < MIN_BODY_PROSE:
        # A page nests no deeper than it has elements: most pages are not walked for it.
        if len(page.index.elements) >= PARSER_MAX_DEPTH and depth(page.root) >= PARSER_MAX_DEPTH:
            return NotAnArticle(NOT_AN_ARTICLE, f"nested deeper than the {PARSER_MAX_DEPTH} levels an HTML parser reads")
        return NotAnArticle(NOT_AN_ARTICLE, "no article body")
    listing = layout.body_is_listing()
    if listing and layout.says(SEARCH_RESULTS):
        return NotAnArticle(NOT_AN_ARTICLE, "search results: the text found is a list of them")
    query = layout.echoed_query(SEARCH_RESULTS)
    if query:
        return NotAnArticle(NOT_AN_ARTICLE, f"search results: the query ({query}) is echoed in the results' links or count")
    if layout.is_home_page():
        return NotAnArticle(NOT_AN_ARTICLE, "a home page: many sections of linked headlines")
    if layout.body_lists_summaries():
        return NotAnArticle(NOT_AN_ARTICLE, "a listing: the text found is its items' summaries, cut short")
    declared, names_an_article = page.declared_types
    if not names_an_article and (kind := next((kind for kind in declared if kind in DECLARED_NOT_ARTICLE_TYPES), None)):
        return NotAnArticle(NOT_AN_ARTICLE, f"a page of a {kind} (its structured data's @type, naming no article): the text "
                                            "found describes it")
    if layout.offers_to_buy():
        return NotAnArticle(NOT_AN_ARTICLE, "a shop's page of a product: a control to buy it, order it or ask its price "
                                            "(加入购物车, 立即办理, 在线询价); the text found is its description")
    if layout.shows_facts_over_text():
        return NotAnArticle(NOT_AN_ARTICLE, "a page of a product: facts under their labels (型号, 规格, 价格) between "
                                            "its name and the text's box, no date there; the text found describes it")
    if layout.asks_for_a_record():
        return NotAnArticle(NOT_AN_ARTICLE, "a lookup service: a form asking for a record's keys (准考证号, 证书编号) "
                                            "between its name and the text found, its notes")
    if layout.body_is_directory():
        return NotAnArticle(NOT_AN_ARTICLE, "a directory's page: the text found is alike boxes, each a heading over "
                                            "its own text (profiles, departments), dated nowhere")
    if shows_program_facts(page) and (prose <= SHORT_BODY_PROSE or layout.says(DOWNLOAD_HEADING)):
        return NotAnArticle(NOT_AN_ARTICLE, "a program's download page: its facts (软件大小, 运行环境, 当前版本：) "
                                            "over a short text, or over its links to download it (…下载地址)")
    if layout.body_is_a_record():
        return NotAnArticle(NOT_AN_ARTICLE, "a record: a third of the text found at least is facts under their "
                                            "labels (a product's specifications, a profile, a service guide)")
    if fields["datePublishedRaw"] is None and (len(OFFERED_PRICE.findall(layout.words_down_to_body_end())) >= MIN_OFFERED_PRICES
                                               or layout.body_is_a_price_table()):
        return NotAnArticle(NOT_AN_ARTICLE, "a price list (a service's, a shop's): the text found quotes prices as "
                                            "offered (20元/人, 1800元起, ¥128) or is a table of them, dated nowhere")
    if fields["datePublishedRaw"] is None and layout.body_is_a_directory_table():
        return NotAnArticle(NOT_AN_ARTICLE, "a directory (a bureau's service halls, a chain's branches): the text found "
                                            "is mostly a table with a column of numbers to call, dated nowhere")
    if layout.body_is_a_form():
        return NotAnArticle(NOT_AN_ARTICLE, "a form's page (a booking, a quote request): the text found is its fields' "
                                            "labels and notes, among its controls, dated nowhere")
    if layout.body_is_news_flashes():
        return NotAnArticle(NOT_AN_ARTICLE, "rolling news flashes: the text found is entries each under its time "
                                            "of day, and the headline (a channel's name) says none of them")
    if prose <= SHORT_BODY_PROSE:
        if listing:
            return NotAnArticle(NOT_AN_ARTICLE, "a listing: the text found is one of its items")
        if layout.body_ends_cut_short():
            return NotAnArticle(NOT_AN_ARTICLE, "a listing's lead item: the text found stops short (……) before "
                                                "the link to its story")
        if layout.date_raw() is None and layout.body_stops_short_anywhere():
            return NotAnArticle(NOT_AN_ARTICLE, "an overview (a profile, a directory's entry): a paragraph of a short "
                                                "text dated nowhere stops short (……) before the link to its rest")
        if layout.body_hands_over():
            return NotAnArticle(NOT_AN_ARTICLE, "a listing's lead item: the text found ends with a link to the rest of "
                                                "its story ([详细], 阅读全文)")
        if layout.says(PAYWALL):
            return NotAnArticle(NOT_AN_ARTICLE, "a paywall's teaser: the text found is the story's first lines, and the "
                                                "page asks to pay, subscribe or log in to read the rest")
        if layout.says(BOARD_COUNTERS):
            return NotAnArticle(NOT_AN_ARTICLE, "a forum board: its counters (今日, 主题, 帖子) over a short text "
                                                "(its intro, its rules)")
        if layout.says(RECORDS_PAGER):
            return NotAnArticle(NOT_AN_ARTICLE, "a listing: its pager counts records (共 23 条记录, 页次：1/3), "
                                                "and the text found is short")
        if layout.says(LIST_FOUND_COUNT):
            return NotAnArticle(NOT_AN_ARTICLE, "a listing: it counts what it found (共找到 326 条信息), and the text "
                                                "found is short (a tip beside its items)")
        if page.root.xpath(SLIDESHOW_CONTROLS):
            return NotAnArticle(NOT_AN_ARTICLE, "a photo gallery: a slideshow's controls (上一张, 下一张) over a short "
                                                "text (its blurb, a picture's caption)")
        # The page's heading or a part of its title names a login (a slogan, or the service's name, may
        # stand where a heading would).
        named = (fields["headline"] or "", *(part.strip(BRACKETS) for part in TITLE_SEPARATORS.split(page.title)))
        if any(LOGIN.match(name) for name in named) and page.root.xpath(LOGIN_FORM):
            return NotAnArticle(NOT_AN_ARTICLE, "a login page")
        if page.declared_kind.split(".")[0] in DECLARED_NOT_ARTICLES:
            return NotAnArticle(NOT_AN_ARTICLE, f"a {page.declared_kind} page (og:type): its text is a short description")
        if DECLARED_VIDEO_TYPE in declared and not names_an_article:
            return NotAnArticle(NOT_AN_ARTICLE, "a video's page (its structured data's @type): its text is a short "
                                                "description")
        if sends_elsewhere(page):
            return NotAnArticle(NOT_AN_ARTICLE, "a redirect: the page sends its reader to another address")
        # A bio may run longer where the page dates nothing.
        bio_length = prose <= MAX_DESCRIPTION_PROSE or prose < SHORT_UNDATED_PROSE and layout.date_raw() is None
        if bio_length and counts_an_account(layout):
            return NotAnArticle(NOT_AN_ARTICLE, "an account's profile: the text found is its bio, beside the count of "
                                                "its followers and its posts")
        if prose <= MAX_DESCRIPTION_PROSE and shows_a_player(page):
            return NotAnArticle(NOT_AN_ARTICLE, "a video's or a programme's page: the text found is a short "
                                                "description beside its player")
        if is_a_blurb(layout.body) or any(BLURB_LABEL_ALONE.match(words)
                                          for words in (fields["headline"] or "", layout.label_over_body())):
            return NotAnArticle(NOT_AN_ARTICLE, "a blurb under its label (导语：, 简介：), alone: a topic's, a video's "
                                                "or a product's page")
        if any(part.endswith(TOPIC) for part in parts) and layout.date_line_element is None:
            return NotAnArticle(NOT_AN_ARTICLE, "a topic's or a zone's page (专题, 专区): its title names it, over a "
                                                "short text that no date line dates, its introduction")
        if (prose < SHORT_UNDATED_PROSE and not layout.headline_confirmed and layout.date_raw() is None
                and layout.body_is_among_headlines()):
            return NotAnArticle(NOT_AN_ARTICLE, "a short text dated nowhere, under no title the page names, in a box "
                                                "of linked headlines that hold more: a section's page")
        if prose < SHORT_UNDATED_PROSE and layout.date_raw() is None and layout.body_is_a_tables_note():
            return NotAnArticle(NOT_AN_ARTICLE, "a table's page (a price list, a timetable): the text found is a short "
                                                "note dated nowhere, beside a longer data table")
        if prose < SHORT_UNDATED_PROSE and layout.shows_a_table_over_its_note():
            return NotAnArticle(NOT_AN_ARTICLE, "a table's page (a day's prices): the text found is a short note under "
                                                "a longer data table that stands under the headline")
        if prose < SHORT_UNDATED_PROSE and layout.date_raw() is None and layout.body_is_a_forms_note():
            return NotAnArticle(NOT_AN_ARTICLE, "a form's page (a sign-up, an application): the text found is a short "
                                                "note dated nowhere, over a form asking for a phone number")
        if ORGANISATION_NAME.fullmatch(fields["headline"] or "") and layout.date_line_element is None:
            return NotAnArticle(NOT_AN_ARTICLE, "an organisation's profile: its name is the headline, over a short "
                                                "text that no date line dates")
    if layout.body_is_a_table():
        return NotAnArticle(NOT_AN_ARTICLE, "a table of records: half of the text found at least is a table whose rows "
                                            "link to their pages, or under a form asking which to show, or over a pager "
                                            "counting them, with few sentences beside it (a catalogue, a ranking, a "
                                            "query's results, a register)")
    # A roundup is headed by its own title; a column's page by the column's name.
    if layout.body_is_a_list() and (not layout.headline_confirmed or layout.headline_names_a_column()):
        return NotAnArticle(NOT_AN_ARTICLE, "a listing: the text found is its items, under no headline the title names")
    return Extraction(fields, layout.name, layout.headline_source(), tuple(layout.rendered_blocks))
