"""The page object every layout is: one method per field of the article.

`Layout` reads a page from structure and text alone (where the title is, the date line after it,
the position line, the longest run of paragraphs), so it works on pages of any layout and is the
generic extractor. A site layout (in `crawler/sites/`) subclasses it and names the CSS selectors
of the hooks its template is known to have; each field falls back to structure where a hook is
missing. Reading a page never changes its document.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice, pairwise
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

from crawler.extraction.blocks import (
    BLOCK_TAGS,
    BOLD_WEIGHT,
    STRONG_TAGS,
    Block,
    Run,
    is_centered,
    is_data_table,
    read_blocks,
    web_address,
)
from crawler.extraction.dates import (
    DATE_PATTERN,
    ROC_PUBLICATION_DATE,
    date_in_month_name,
    date_in_scripts,
    date_in_url,
    labels_another_event,
    parse_date,
    read_date,
    shows_modification,
)
from crawler.extraction.dom import Element, TextIndex, select, tag_of, text_of
from crawler.extraction.keywords import keywords, written_either_way
from crawler.extraction.people import (
    EDITOR_NAMED,
    HAN,
    NAME_JOINER,
    body_authors,
    byline_people,
    credited_byline_people,
    dateline_of,
    editor_name,
    find_editor,
    mark_spaced_names,
    names_nobody,
    once_each,
    own_outlet,
    search_editor,
    split_people,
)
from crawler.extraction.region import (
    ELLIPSIS,
    HEADING_TAGS,
    LABEL_PUNCTUATION,
    LINK_TAGS,
    LIST_ITEM_LEVELS,
    MAX_POSTER_LINE_CHARS,
    MIN_ALIKE_BOXES,
    MIN_ALIKE_ITEMS,
    MIN_HOME_SECTIONS,
    MIN_LISTED_TITLE_CHARS,
    PRICE,
    SECTION_LABEL,
    SENTENCE_STOPS,
    TEXT_FIELD_TYPES,
    WIDGET_LABEL,
    Body,
    boilerplate,
    broken_lines,
    cut_short,
    fact_rows,
    find_body,
    headline_sections,
    in_hidden,
    in_labelled_section,
    is_fact_line,
    kinds_of_children,
    leads_to_a_page,
    list_of,
    listing_items,
    main_parts,
    poster_lines,
    replies,
    runs_a_script,
    says_again,
    widest,
)
from crawler.extraction.render import attach_captions, render_body
from crawler.extraction.text import (
    ACCOUNT_ID_ONWARDS,
    CONTROL_ROW,
    FIELD_LABEL,
    FIELD_LINE,
    LABELLED_ADDRESS,
    READER_COUNTER,
    RECORDS_PAGER,
    TEXT_AND_PICTURES,
    clean_block,
    clean_text,
    credit_lines_at_ends,
    is_notice,
    is_own_offer,
    is_prose,
    prose_length,
    up_to_the_end_mark,
    without_closing_headings,
    without_furniture_at_ends,
    without_inserted_lines,
)


def headline_part(title: str) -> str:
    """A page's title without the site's and column's names: the part before the first separator."""
    return TITLE_SEPARATORS.split(title)[0].strip(BRACKETS)


def reads_as_title(line: str, shortest: int | None = None) -> bool:
    """Whether a line reads as a title: of a headline's length (`shortest` characters or more, else
    MIN_HEADLINE_CHARS), no date, no sentence's end (nor a full stop within it: a title is never
    two sentences), no credit's label (作者：, 来源：: a byline), no date line's label (发布日期：, 点击：:
    a date line showing its date in a way not read, 99-08-16 in Taiwan's years)."""
    return ((shortest or MIN_HEADLINE_CHARS) <= len(line) <= MAX_HEADLINE_CHARS and not DATE_PATTERN.search(line)
            and line[-1] not in SENTENCE_END and SENTENCE_STOP not in line
            and not AUTHOR_LABEL.search(line) and not SOURCE_LABEL.search(line) and not DATE_LINE_LABEL.search(line))


def opens_with_a_date(line: str) -> re.Match[str] | None:
    """The date a line opens with (no letter or digit before it), or None."""
    match = DATE_PATTERN.search(line)
    return None if match is None or any(map(str.isalnum, line[:match.start()])) else match


def is_date_and_counters(line: str) -> bool:
    """Whether a line is a date and a post's counters after it, each marked by an icon alone
    (2017年3月14日 6 2,318 约4分钟): it opens with the date, and a few words at most follow it."""
    date = opens_with_a_date(line)
    return date is not None and prose_length(line[date.end():]) <= MAX_WORDS_BESIDE_COUNTERS


def opens_a_sentence(line: str, date: re.Match[str]) -> bool:
    """Whether a line's date is the subject of a sentence of the text (2021年12月27日，《…》正式上线。):
    a clause runs on from it after a comma, and the line holds a full stop. A date line shows its
    date beside labels and names, in no sentence."""
    return SENTENCE_STOP in line and line[date.end():date.end() + 1] in CLAUSE_BREAKS


def names_no_story(line: str) -> bool:
    """Whether a line is no story's title: the label of a section of furniture (网友评论, 相关阅读), an
    address with its label (Trackback: http://...), a line that introduces what follows it (it ends
    with a colon: 请填入您的邮件地址：), a notice of the site's (All rights reserved 联系版主：...), a row
    of controls (【评论】【打印】【关闭】), a widget's words (字号：大 中 小, 分享到：), a position line (论坛 »
    版块 » ...), a list's pager counting its records (共86条记录 每页15条 …), or no words at all (a rule
    of dashes)."""
    label = LABEL_PUNCTUATION.sub("", line)
    return bool(SECTION_LABEL.match(label) or WIDGET_LABEL.match(label) or LABELLED_ADDRESS.match(line)
                or line.rstrip()[-1:] in (":", "：") or not prose_length(line) or is_notice(line)
                or CONTROL_ROW.match(line) or len(POSITION_SEPARATOR.findall(line)) >= MIN_POSITION_SEPARATORS
                or RECORDS_PAGER.search(line))


HEADLINE_TAGS = ("h1", "h2", "h3")  # in the order they are preferred
BRACKETS = " 【】[]「」"
# What frames a link set after a text ([详细], 【全文】, 更多>>), and the spaces around it.
LINK_BRACKETS = " \u3000\xa0\t\n[]【】()（）>»"
# A link to the rest of a story a summary stands for ([详细], 阅读全文, 查看详情, 更多>>, more), or to read
# on, naming the story for a screen reader maybe (a blog's excerpt: 继续阅读〈某某〉 →, Continue reading “…”).
READ_MORE = keywords(r"^(?:点击)?(?:查看|阅读|浏览)?(?:详细|详情|全文|更多)(?:内容|信息)?[>»]*$"
                       r"|^(?:read\s+)?more[>»]*$"
                       r"|^(?:继续阅读|continue\s+reading)\s*(?:[〈《“\"「‘][^〉》”\"」’]*[〉》”\"」’])?\s*[>»→]*$", re.I)
# A thread's or a story's category tag shown before its title ([求助], 【地板】), no part of it.
CATEGORY_TAG = keywords(r"\s*[\[【][^\]】]{1,8}[\]】]\s*")
# A badge a heading opens with, set in an inline element of its own (<span>原创</span>, <em>独家</em>).
BADGE_TAGS = frozenset({"span", "em", "i", "b", "strong", "font", "label", "sup"})
MAX_BADGE_CHARS = 4
# The label of a line that names a thread's or a message's subject (主题：…, 标 题: …, 帖子主题：…): a
# title shown as a field, no part of it.
SUBJECT_LABEL = keywords(r"^\s*(?:帖子|文章)?(?:主\s*题|标\s*题|题\s*目)\s*[:：]\s*")
# Where to look for one: a search of the whole text without the optional prefix is 7 times faster.
SUBJECT_WORD = keywords(r"(?:主\s*题|标\s*题|题\s*目)\s*[:：]")
SUBTITLE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
LINK_OR_FORM = frozenset({"a", "form"})  # a subject's label in either is a link's or a form field's
# Shortest and longest title a page shows; longer "headlines" are paragraphs.
MIN_HEADLINE_CHARS = 4
MAX_HEADLINE_CHARS = 120
# A title ends without a sentence's punctuation.
SENTENCE_END = frozenset("。！？；，.!?;,:：")
STATEMENT_END = frozenset("。；，.;,")  # of these, what ends a paragraph's sentence and never a title
OPENING_END = frozenset("。！？!?")  # what ends a body's first sentence, a headline of last resort
# Search results echo the query (this many letters at least) in this many links at least.
MIN_QUERY_WORDS = 2
MIN_ECHOED_RESULTS = 3
MIN_QUERY_FORM_FIELDS = 2  # a lookup asks for a record's keys (准考证号, 身份证号); a search box or a sign-up asks one
# The fields a lookup asks its keys in: what a reader types, and the day or month it picks (历史预报查询：<input type=date>).
QUERY_FIELD_TYPES = TEXT_FIELD_TYPES | {"date", "month", "week", "datetime-local"}
# The fields a reader fills in or chooses from (not a button: a blog's buttons open its contents, copy
# its code): this many of them among the text found, one asking for a phone number, make it a
# booking's or a quote request's form, the text its fields' labels and notes. A reply box asks for
# no phone number.
FORM_FIELD_TAGS = frozenset({"input", "select", "textarea"})
FORM_TAG = frozenset({"form"})
NOT_A_FIELD_TYPES = frozenset({"hidden", "submit", "button", "reset", "image"})
MIN_FORM_FIELDS = 4
PHONE_FIELD = keywords(r"tel|phone|mobile|手机|电话", re.I)
FIELD_LABEL_REACH = 12  # a field's label ends this near it (联系电话：<input name="lxdh">)
MAX_FORM_HEADING_WORDS = 20  # what may stand between a form's notes and the form: its heading
# A home page's linked headlines hold this many times the text of the body found, at least.
HOME_LINKS_OVER_BODY = 3
# A body is a record (specifications, a profile, a service guide) when this share of its words at
# least are facts under their labels, in this many rows at least. The articles of the labelled and
# development pages hold a fifth at most; the records among them, a third and more.
RECORD_SHARE_OF_FACTS = 1 / 3
# A body this much of whose words are a table's cells, its rows linking to pages, with fewer words
# in sentences beside it, is a table of records (the articles of the labelled and development pages
# say 327 or more; the listings 154 at most).
TABLE_SHARE_OF_A_LISTING = 1 / 2
# The heading of a table's column of prices (价格, 收费标准, 票价（元）, 单价/元).
PRICE_COLUMN = keywords(r"^\s*(?:价格|价钱|收费|收费标准|费用|单价|售价|票价|报价|零售价|会员价)"
                          r"\s*(?:[(（/]?\s*元[^)）]{0,4}[)）]?)?\s*$")
# The heading of a table's column of numbers to call (咨询电话, 联系电话, 服务热线): a directory's.
CONTACT_COLUMN = keywords(r"^\s*(?:联系|咨询|办公|服务|值班|报名|预约|办事|投诉)?(?:电话|热线)(?:号码)?\s*$")
MIN_WORDS_BESIDE_A_TABLE = 200
MIN_FACT_ROWS = 4
# A data table beside a short undated body found, of this many records (rows of three cells or more)
# at least and longer than the body (its times and prices count: a timetable says few words), is what
# the page shows: a price list's, a timetable's page, the text found its note.
MIN_TABLE_RECORDS = 5
# An entry of rolling news opens its line with its time of day (15:42, [21:50] …). A live blog's
# headline names the event its entries report; a channel's rolling flashes (7x24快讯) are headed by
# the channel's name, which says under this share of its pairs of characters in the entries (the
# flashes of the development pages 0 and 0.14, the live blogs 0.36 and up).
ENTRY_TIME = keywords(r"^[\[【(（]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:[\]】)）]|\s|$)")
HEADLINE_SAID_SHARE = 1 / 4
# Where an item's headline came from (its metadata.headlineSource).
HEADLINE_SOURCES = ("page", "og:title", "title", "above body", "body's first line", "body's first words")
# The longest text that can be a page's message about itself ("the page is not found").
MAX_SAYING_CHARS = 80
# Longest line that can be a date line (date, source, author, counters).
MAX_DATE_LINE_CHARS = 150
# How far after and before the headline a date or source line is looked for, in elements; after
# the body, in lines of text (a widget of empty boxes and icons there counts for its words only).
LINES_AFTER_HEADLINE = 40
LINES_AFTER_BODY = 20
LINES_BEFORE_HEADLINE = 12
# The meta elements that give a page's title for sharing.
SHARED_TITLE_META = ("og:title", "twitter:title")
# The paths of a site's home page: a heading that only links there is the site's name. With a query
# the path is a script's that serves every page (index.php?m=content&a=show&id=268), not the home.
# The index file a server gives for the root is named so, in any of the servers' page formats
# (index.html, index.php, default.asp, index.aspx, index.jsp).
HOME_PATH = keywords(r"/?(?:(?:index|default)\.(?:s?html?|php|aspx?|jsp))?", re.I)
# What names a page's site: its declared name (Open Graph's, a web app's, or the SiteName a Chinese government
# site declares by the national standard of its pages' metadata), the words of a copyright line (版权所有：X, ©
# X), at most so long.
SITE_NAME_META = ("og:site_name", "application-name", "sitename")
COPYRIGHT_WORDS = written_either_way(("版权所有", "Copyright", "copyright", "COPYRIGHT", "©"))
MAX_NOTICE_CHARS = 200
# What a page's <title> appends to the headline: "标题_站名", "标题 - 站名", "标题|站名".
SEPARATOR_AHEAD = keywords(r"\s*(?:[-–—_|｜@:：·•/»>]|\s)")  # what follows a title's headline part
TITLE_SEPARATORS = keywords(r"\s*(?:[_|｜]|--|\s[-–—»]\s|-(?=[^-]*$))\s*")
POSITION_LABEL = keywords(r"^\s*(?:您(?:当前|目前|现在|所在)?的?(?:所在)?位置|(?:当前|目前|现在|所在)位置|位置)\s*[:：]?\s*")
MAX_POSITION_LINE_CHARS = 200
# A menu's link marked as the page's own (a section's name, not a sentence), among so many others.
CURRENT_CLASSES = frozenset({"cur", "curr", "current", "active", "on", "selected"})
MAX_SECTION_NAME_CHARS = 12
MIN_MENU_LINKS = 3
# A position line, its parts between arrows.
POSITION_SEPARATOR = keywords(r"»|›|→|>>|＞|>")
MIN_POSITION_SEPARATORS = 2
CRUMB_SEPARATORS = keywords(r"\s*(?:>>|>|»|›|→|＞＞|＞|/|／|\||｜)\s*")
MAX_EDITOR_LINE_CHARS = 40
# The editor line follows the body closely: how many labelled texts after it are looked at.
EDITOR_LINES_AFTER_BODY = 5
NAME_CHARACTER = keywords(rf"[{HAN}A-Za-z]")
# What follows a source's name on a date line without a label of its own: a view count, a tool.
AFTER_SOURCE = keywords(r"\s.*$|[\d.,]+[万千]?$")
# What a date line shows after its date that is no outlet's name: the day of the week (星期六, 周三),
# the verb the date goes with (于 2024-05-07 发布), the rest of a sentence (a dateline's 报道】...，).
NO_SOURCE_NAME = keywords(r"^(?:(?:星期|礼拜|周)[一二三四五六日天]|发布|发表|更新|修改|编辑|上传)$|[，。！？；】]")
# Markup a broken template shows as text where a field's value should be (作者： size="20"): no name.
MARKUP_AS_TEXT = keywords(r"""[A-Za-z-]+\s*=\s*["']""")
# A separator between the date and the name after it (2024-05-09 22:30·新华社): none of the name.
NAME_SEPARATORS = "·•|｜/"
# A shop's control to buy what its page shows (加入购物车, 立即购买, 立即抢购), an operator's to order
# its plan (立即办理, 立即订购), a travel agent's to book its trip (立即预订), a venue's to sell its
# show's tickets (立即购票), or a maker's to ask its price (在线询价, 发送询价, 获取报价), as a business-to-business
# catalogue offers it; or any to order the very thing shown (订购此产品, 预订此房型).
# (Each word spelt out: an alternation of plain words is searched for at str.find's speed, one with groups is not.)
BUY_WORDS = keywords(r"加入购物车|放入购物车|加入购物袋|立即购买|立即抢购|在线购买|立即办理|立即订购|在线订购|"
                       r"立即预订|在线预订|立即预定|立即购票|在线购票|立即订票|在线订票|"
                       r"在线询价|立即询价|我要询价|发送询价|获取报价|索取报价|"
                       r"订购此产品|购买此产品|订购该产品|购买该产品|购买此商品|订购此商品|预订此房型|预订此线路")
BUY_CONTROL = keywords(rf"^\s*(?:{BUY_WORDS.pattern})\s*$")
# A shop's buy box (its product's name, price, options and buttons) holds this many characters at most.
MAX_BUY_BOX_CHARS = 800
# A button of one word to book or buy (预订, 购票), on each of several offers, each to its order's step: a
# shop's or a venue's list of what it sells (one such link is a menu's tab to the shop).
OFFER_CONTROL_WORDS = keywords(r"预订|预定|购买|购票|订票|抢购|下单")
OFFER_CONTROL = keywords(rf"^\s*(?:{OFFER_CONTROL_WORDS.pattern})\s*$")
# A link that takes what the page shows to a step of its order (/order/create?code=…, /cart/add?sku=…,
# an old site's order.asp?pid=12, a shop's cart host: //cart.example.com/gate.action?pid=…): the control
# acts on this page, as a button does; a shop's page of it, or the site's booking page (/booking, a
# sidebar card's link), is another page.
ORDER_STEP = keywords(r"/(?:order|cart|checkout|booking)s?(?:\.(?:aspx?|php|jsp|s?html?))?[/?][^/?#\s]"
                      r"|^(?:https?:)?//(?:cart|checkout|buy|trade)\.[^/?#\s]+/[^?#\s]*\?", re.I)
# Between a product's name and its description, a control may name where to buy it (天猫旗舰店购买,
# 京东自营购买, 微信小程序购买): a short phrase ending in the act.
BUY_AT_CONTROL = keywords(r"^\s*[^\s，。；！？、]{0,8}(?:购买|订购|抢购|下单)\s*$")
# A kind of article as schema.org names it (Article, NewsArticle, BlogPosting, ReportageNewsArticle,
# a Review): a page whose structured data names one is a story, whatever else it declares.
ARTICLE_TYPE = keywords(r"Article\b|BlogPosting|Review\b|LiveBlogPosting")
JSON_LD = re.compile(rb"<script[^>]*\btype\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script", re.I | re.S)
# The <meta> names that declare when a page was published, in the vocabularies that have one: Open
# Graph's article and its variants, schema.org's itemprop, Highwire Press's (journals, for Google
# Scholar), Dublin Core's, PRISM's, and the plain names CMSs and portals write.
DECLARED_PUBLISHED_META = frozenset({
    "article:published_time", "og:article:published_time", "og:published_time", "og:release_date", "datepublished",
    "citation_publication_date", "citation_date", "citation_online_date", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.issued", "prism.publicationdate", "publishdate", "publish_date", "pubdate", "publication_date",
    "publishtime", "sailthru.date", "parsely-pub-date",
})
# The date a page's own markup marks as the publication's: schema.org's itemprop (not its JSON-LD,
# which names no element), hAtom's class as WordPress has it. A page whose source lacks both has no
# such markup and is not searched: this search of the source costs far less than looking at every
# element's class. It opens with a plain word so that it runs at str.find's speed.
PUBLISHED_HINT = re.compile(rb"ublished(?:(?<=itemprop=\"datePublished)|(?<=itemprop='datePublished)"
                            rb"|(?<=itemprop=datePublished)|(?<=\bpublished)\b)")
# Labels of the parts of a date line: "发布时间:... 来源:... 作者:... 浏览次数:..."
# (供稿单位, 供稿部门: the office that supplied a government site's story.) A label in quotes is
# quoted; a picture's (图片来源：) names where the pictures come from, not the text. (What stands before
# a label is looked behind from its end: a pattern opening with its words is searched for at
# str.find's speed, one opening with an assertion is tried at every character.)
SOURCE_LABEL = keywords(r"(?:(?:来源|稿源|出处)(?<![“\"「『]..)(?<!图片..)(?<!图..)|供稿(?:单位|部门)(?<![“\"「『]....))"
                          r"\s*[:：]\s*")
# Where a date line's field ends: at a wide gap, or before the next label and its colon (来源：).
NEXT_FIELD = keywords(r"\s{2,}|\s+(?=[^\s:：]{1,6}[:：])")
AUTHOR_LABEL = keywords(rf"(?:^|(?<=[\s|｜】\]]))(?:(?:作者|记者|{TEXT_AND_PICTURES}|文)\s*[:：/]|by\s)\s*", re.I)
# A label of a date line's field, with its colon (发布时间：, 来源：, 作者：), a word of its own (会议时间：
# labels a notice's fact): what sets a date line apart from a sentence that opens with a date. A
# body's element may open with such a line, in so many lines.
DATE_WORDS = r"(?:发布|发表|更新|录入|创建)?(?:时间|日期)"
DATE_LINE_LABEL = keywords(rf"(?<![{HAN}])(?:{DATE_WORDS}|(?:文章|稿件|信息|新闻)?(?:来源|出处)|"
                             r"稿源|作者|记者|编辑|责任编辑|点击|浏览|阅读)(?:次数|数|量)?\s*[:：]")
# The label of a date line's date alone (发布时间：, 创建时间：): a line closing the text under another
# label (（来源：上海证券报）) is a credit line, not its date line.
DATE_LABEL = keywords(rf"(?<![{HAN}]){DATE_WORDS}\s*[:：]")
# The label of the date a text was published on (发布日期：, 发表时间：): a story's meta line, whatever its date says.
PUBLICATION_DATE_LABEL = keywords(rf"(?<![{HAN}])(?:发布|发表)(?:时间|日期)\s*[:：]")
LINES_AT_BODY_START = 8
# A stamp of the text's day may stand under a label of this many words (投诉进度 发起投诉).
MAX_STAMP_LABEL_WORDS = 8
# A line opening with its date is a date line where this many words at most follow (a reading
# time's 约4分钟, a counter's 阅读); a clause of the text is longer.
MAX_WORDS_BESIDE_COUNTERS = 6
# A line set as a title by type (`Layout.line_set_as_title`) may be this short: its type says what it is.
MIN_SET_TITLE_CHARS = 2
# Type set larger or bolder than a text's: bold, or 16 px and up, in a style; <font size> 4 and up, or +1 and up.
LARGE_TYPE = keywords(rf"{BOLD_WEIGHT}|font-size\s*:\s*(?:1[6-9]|[2-9]\d)(?:\.\d+)?px", re.I)
LARGE_FONT_SIZE = keywords(r"\s*(?:[4-7]|\+[1-4])\s*$")
SENTENCE_STOP = "。"
CLAUSE_BREAKS = frozenset("，,")
# (来自 X after a post's time is where its poster is or what they posted with: 来自甘肃, 来自iPhone客户端.)
OTHER_LABEL = keywords(
    r"(?:发布时间|发布日期|发布于|首次发布|首发|修改|更新|IP属地|来自|时间|日期|来源|稿源|出处|供稿|作者|记者|编辑|责任编辑|点击|浏览|阅读|字号|字体|【)"
    r"[^\s:：]{0,4}\s*[:：]?"
)


def declared_published(root: Element) -> str | None:
    """The publication time a page declares for machines, where it shows none a date line has: a
    <meta> that names it (`DECLARED_PUBLISHED_META`), HTML's <time pubdate>; the first in the document."""
    for element in root.iter("meta", "time"):
        if element.tag == "meta":
            name = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
            value = element.get("content") if name in DECLARED_PUBLISHED_META else None
        else:
            value = element.get("datetime") if element.get("pubdate") is not None else None
        if value is not None and value.strip():
            return value.strip()
    return None


def leads_home(url: str) -> bool:
    """Whether an address is a site's home page."""
    parts = urlsplit(url)
    return HOME_PATH.fullmatch(parts.path) is not None and not parts.query


def ends_cut_short(block: Block) -> bool:
    """Whether a paragraph's text outside its links ends with an ellipsis (……[详细]): a summary cut
    short before the link to its story."""
    for run in reversed(block.runs):
        if not run.href and (text := run.text.rstrip()):
            return text.endswith(ELLIPSIS)
    return False


def links_closing(block: Block) -> tuple[str, list[Run]]:
    """The text of a paragraph before the links closing it, and those links (with nothing but
    brackets between and after them)."""
    runs, said = block.runs, len(block.runs)
    while said and (runs[said - 1].href or not runs[said - 1].text.strip(LINK_BRACKETS)):
        said -= 1
    return "".join(run.text for run in runs[:said]), [run for run in runs[said:] if run.href]


def stops_short(closing: tuple[str, list[Run]]) -> bool:
    """Whether a paragraph's words end with an ellipsis before the links closing it."""
    said, links = closing
    return bool(links) and said.rstrip(LINK_BRACKETS).endswith(ELLIPSIS)


@dataclass
class Page:
    """A fetched page: its production URL, its parsed document, the URL it was fetched at, its
    source (None where it is not at hand), and what its site calls its own outlets in datelines
    (`本报` on cqn.com.cn is 中国质量报)."""

    url: str
    root: Element  # the document
    fetched_url: str = ""
    source: bytes | None = None
    own_outlets: Mapping[str, str] = field(default_factory=dict)
    selected: dict[str | None, list[Element]] = field(default_factory=dict, repr=False)

    @cached_property
    def scripted_date(self) -> str | None:
        """The publication time the page's scripts write in (`date_in_scripts`), its source at hand."""
        return date_in_scripts(self.source) if self.source else None

    @cached_property
    def title(self) -> str:
        title = next(self.root.iter("title"), None)
        return element_text(title) if title is not None else ""

    @cached_property
    def titles(self) -> list[str]:
        """What the page calls itself: its <title>, and the title it gives for sharing (og:title)."""
        shared = [clean_text(meta.get("content")) for meta in self.root.iter("meta")
                  if (meta.get("property") or meta.get("name") or "").lower() in SHARED_TITLE_META]
        return [title for title in dict.fromkeys([self.title, *shared]) if title]

    @cached_property
    def declared_kind(self) -> str:
        """The kind of object the page declares itself for sharing (Open Graph's og:type: article,
        video.other, product, profile), lowercased; empty where it declares none."""
        return next(((clean_text(meta.get("content")) or "").lower() for meta in self.root.iter("meta")
                     if (meta.get("property") or meta.get("name") or "").lower() == "og:type"), "")

    @cached_property
    def declared_types(self) -> tuple[list[str], bool]:
        """The schema.org types the page's structured data (JSON-LD, read from its source where it is
        at hand) gives its top-level items, lowercased, and whether it names a kind of article anywhere (Article, NewsArticle,
        BlogPosting, a Review: a story about a product declares itself so beside the product)."""
        types: list[str] = []
        names_an_article = False
        scripts = JSON_LD.findall(self.source) if self.source and b"ld+json" in self.source else []
        for script in (raw.decode("utf-8", "replace") for raw in scripts):
            names_an_article = names_an_article or bool(ARTICLE_TYPE.search(script))
            try:
                data = json.loads(script)
            except ValueError:
                continue  # a site's broken JSON declares nothing
            items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
            for item in items:
                kinds = item.get("@type") if isinstance(item, dict) else None
                types += [kind.lower() for kind in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(kind, str)]
        return types, names_an_article

    @cached_property
    def index(self) -> TextIndex:
        return TextIndex(self.root)

    def select(self, selector: str | None) -> list[Element]:
        """The elements a CSS selector picks (each selector run once per page: a layout's hooks are
        asked for by `matches` and by several fields)."""
        if selector not in self.selected:
            self.selected[selector] = select(self.root, selector)
        return self.selected[selector]

    def says(self, pattern: re.Pattern[bytes]) -> bool:
        """Whether the page's source holds a match of `pattern` anywhere (markup included); True when unknown."""
        return self.source is None or pattern.search(self.source) is not None


WITHOUT_QUOTATION_MARKS = str.maketrans("", "", "“”‘’\"'「」『』")


@lru_cache(maxsize=16)  # a page has one or two titles, each matched against every heading of it
def title_segments(title: str) -> tuple[str, ...]:
    """The parts of a title between its separators (the headline, the column's, the site's name)."""
    return tuple(segment.strip(BRACKETS) for segment in TITLE_SEPARATORS.split(title) if segment.strip(BRACKETS))


def title_match(text: str, title: str) -> int:
    """How much of the title a heading's text shows: the length of the title's start up to a
    separator that it is (a headline may hold a separator: 新竹尖石_美樹營地賞楓 @ 某某的家); of the
    title, or of the part of it, that it is (its quotation marks aside: a <title> often drops them)
    or starts with; or of itself, where it is a good part of one of the title's parts (at least
    MIN_HEADLINE_CHARS, and half of that part); 0 where it is none of these."""
    if not text:
        return 0
    if len(text) >= MIN_HEADLINE_CHARS and title.startswith(text) and SEPARATOR_AHEAD.match(title, len(text)):
        return len(text)
    unquoted = text.translate(WITHOUT_QUOTATION_MARKS)
    for part in (title, *title_segments(title)):
        if text == part or unquoted == part.translate(WITHOUT_QUOTATION_MARKS):
            return len(text)
        if len(part) >= MIN_HEADLINE_CHARS and text.startswith(part):
            return len(part)
    return max((len(text) for segment in title_segments(title)
                if len(text) >= MIN_HEADLINE_CHARS and text in segment and 2 * len(text) >= len(segment)), default=0)


def is_current(element: Element) -> bool:
    """Whether an element says it is the current one of its menu."""
    return element.get("aria-current") not in (None, "false") or not CURRENT_CLASSES.isdisjoint(
        (element.get("class") or "").lower().split())


def in_menu(link: Element) -> bool:
    """Whether a link is one of a row of links (a menu): its parent, or its list item's list, holds
    MIN_MENU_LINKS links or more."""
    parent = link.getparent()
    holder = parent.getparent() if parent is not None and tag_of(parent) == "li" else parent
    return holder is not None and sum(1 for _ in holder.iter("a")) >= MIN_MENU_LINKS


def element_text(element: Element) -> str:
    return clean_text(text_of(element)) or ""


class Layout:
    """The generic layout: a page of no known site or template."""

    name = "generic"
    # When the template is known to have been live (years): from the oldest page seen in it to the
    # newest (None: not known, or still live). A site lists its layouts newest first.
    seen_from: str | None = None
    seen_until: str | None = None
    # CSS selectors of the template's known hooks; None where the template has none known.
    headline_selector: str | None = None  # the title (its presence is what tells the template)
    title_box_selector: str | None = None  # the box holding the title and its subtitles
    date_line_selector: str | None = None
    breadcrumbs_selector: str | None = None
    body_selector: str | None = None

    def __init__(self, page: Page) -> None:
        self.page = page
        self.texts: dict[Element, str] = {}  # element -> its text: the date, source and editor searches share them
        self.site_name_checks: dict[str, bool] = {}  # words -> whether they are the site's name (`names_the_site`)

    def text(self, element: Element) -> str:
        """An element's text, whitespace collapsed (computed once per element)."""
        if element not in self.texts:
            index = self.page.index
            self.texts[element] = clean_text(index.text(index.position[element])) or ""
        return self.texts[element]

    @classmethod
    def matches(cls, page: Page) -> bool:
        """Whether this layout reads the page: its title hook is there (the generic one reads any)."""
        return cls.headline_selector is None or bool(page.select(cls.headline_selector))

    def fields(self) -> dict:
        """Every field of the article the page shows (the contract's, but the crawl's own)."""
        raw = self.date_raw()
        published = read_date(raw)
        return {
            "canonicalUrl": self.canonical_url(),
            "headline": self.headline(),
            "alternativeHeadline": self.alternative_headline(),
            "datePublished": published.moment if published else None,
            "datePublishedRaw": raw,
            "datePublishedPrecision": published.precision if published else None,
            "source": self.source(),
            "authors": self.authors(),
            "editor": self.editor(),
            "breadcrumbs": self.breadcrumbs(),
            **self.rendered,
        }

    @cached_property
    def rendered_blocks(self) -> list[Block]:
        """The body's blocks as rendered: a picture's caption joined to it."""
        return attach_captions(self.body)

    @cached_property
    def rendered(self) -> dict:
        return render_body(self.rendered_blocks)

    def hook(self, selector: str | None) -> Element | None:
        """The first element of a known hook, or None."""
        found = self.page.select(selector)
        return found[0] if found else None

    # -- title --------------------------------------------------------------------------------

    @cached_property
    def headline_element(self) -> Element | None:
        """The element showing the title: the hook, else the heading the page's title (<title>, or
        og:title) names, else the element showing the title otherwise marked up, else the line
        right above the first date line (or the title over it, where it is a subtitle), else the
        first heading that is no link to the home page."""
        hooked = self.hook(self.headline_selector)
        if hooked is not None:
            return hooked
        if self.labelled_subject is not None:
            return self.labelled_subject
        headings = [heading for heading in self.page.root.iter(*HEADLINE_TAGS)
                    if 0 < len(self.text(heading)) <= MAX_HEADLINE_CHARS]
        words = [self.untagged(self.unbadged(heading, self.heading_text(heading))) for heading in headings]
        index = self.page.index
        for title in self.story_titles:
            named = [(title_match(text, title), -HEADLINE_TAGS.index(tag_of(heading)), heading, text)
                     for text, heading in zip(words, headings, strict=True)]
            # The costlier test last; of a heading showing more than the title names, the part named.
            named = [match for match in named if match[0] and self.heads_a_story(match[2], match[3][:match[0]])]
            if named:
                # A heading the page shows before one it hides (a hidden comment box's copy of the title);
                # then one another title gives whole (og:title 红烧肉) before a longer one only inside
                # this title's words (【红烧肉的做法步骤图】: the steps' heading 红烧肉的做法).
                whole = {self.story_part(other) for other in self.story_titles}
                best = max(named, key=lambda match: (not in_hidden(index, index.position[match[2]]),
                                                     match[3][:match[0]] in whole, *match[:2]))
                first = self.first_part_shown(title, best[3][:best[0]])
                return first if first is not None else best[2]
        for title in self.story_titles:  # a heading either title names first: then text a title holds
            shown = self.title_shown_in_body(title)
            # Away from the text, over a line set as its title, the title's words are a banner's or a
            # sidebar box's: the site's name, the column's.
            if shown is not None and not self.names_a_column(shown) and (
                    self.line_set_as_title is None or self.page.index.position[shown] in self.lines_at_text_start):
                return shown
        own = self.link_to_itself()
        if own is not None:
            return own
        if self.shared_headline():
            return None  # the page's own word for its headline, over a guess by position
        if self.line_set_as_title is not None:
            return self.line_set_as_title
        above = self.line_above_date_line()
        if above is not None:
            return self.over_its_subtitle(above)
        # Judged by the words it shows as a title: not by a date line it sets inside itself.
        return next((heading for heading, shown in zip(headings, words, strict=True) if self.heads_a_story(heading, shown)),
                    None)

    @cached_property
    def labelled_subject(self) -> Element | None:
        """The first line the page labels as its subject (主题：…): a thread's or a message's title,
        shown as a field rather than as a heading. Not in a link or a form (标题：<input>), its
        words of a headline's length, with no date."""
        index = self.page.index
        for piece in index.pieces_matching(SUBJECT_WORD):  # most pages: none
            line = index.line[piece]
            block = index.nearest_of(line, BLOCK_TAGS)
            if block < 0 or index.nearest_of(line, LINK_OR_FORM) >= 0 or not SUBJECT_LABEL.match(index.pieces[piece]):
                continue
            element = index.elements[block]  # the line the label opens
            words = self.text(element)
            label = SUBJECT_LABEL.match(words)
            subject = words[label.end():] if label else ""
            if (MIN_HEADLINE_CHARS <= len(subject) <= MAX_HEADLINE_CHARS and not DATE_PATTERN.search(subject)
                    and not names_no_story(subject)):
                return element
        return None

    def shared_title(self) -> str:
        """The title the page gives for sharing (og:title), where it is not its <title>."""
        return next((title for title in self.page.titles if title != self.page.title), "")

    def shared_headline(self) -> str | None:
        """The headline part of the title given for sharing, where it is of a headline's length."""
        headline = headline_part(self.shared_title())
        return headline if len(headline) >= MIN_HEADLINE_CHARS else None

    def heads_a_story(self, heading: Element, shown: str | None = None) -> bool:
        """Whether a heading may be the page's title: no link to the home page (a logo, the site's
        name), no line that names no story (its text, or the part of it `shown` as the title), no
        column's name (`names_a_column`), not the site's name (`names_the_site`)."""
        return (not self.links_home(heading) and not self.links_up(heading)
                and not names_no_story(self.text(heading) if shown is None else shown)
                and not self.names_a_column(heading) and not self.names_the_site(self.text(heading)))

    def names_a_column(self, element: Element) -> bool:
        """Whether an element shows the name of a column the position line links (首页 > 新闻动态 >
        公司新闻, over a sidebar box titled 新闻动态): the column's, not a story's title. (A heading
        linked to another page may be a post's title linked to its permalink: no sign of a column.)"""
        return self.is_a_column_name(self.text(element))

    def is_a_column_name(self, text: str) -> bool:
        """Whether words are the name of a column the position line links (`names_a_column`)."""
        crumbs, own = self.breadcrumbs_element, urldefrag(self.page.url)[0]
        return crumbs is not None and any(
            self.text(link) == text and leads_to_a_page(href := link.get("href"))
            and urldefrag(urljoin(self.page.url, (href or "").strip()))[0] != own for link in crumbs.iter("a"))

    def over_its_subtitle(self, line: Element) -> Element:
        """The title where `line` is a subtitle under it (a 副题): the nearest heading of a higher level
        before it in its box (h1 over h2, h2 over h3) that reads as a title; else the line itself."""
        if tag_of(line) not in SUBTITLE_TAGS:
            return line
        higher = SUBTITLE_TAGS[:SUBTITLE_TAGS.index(tag_of(line))]
        return next((sibling for sibling in line.itersiblings(preceding=True) if tag_of(sibling) in higher
                     and reads_as_title(self.text(sibling)) and self.heads_a_story(sibling)), line)

    def link_to_itself(self) -> Element | None:
        """The first link to the page itself that reads as a title (a blog's post title, linked to
        its permalink): of a headline's length, no date, no section's label or address. A title cut
        short (江苏名牌...) is a list's entry for the page (a sidebar's latest news), not its title."""
        for link in self.links_to_itself():
            text = self.text(link)
            if (MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS and not DATE_PATTERN.search(text)
                    and not names_no_story(text) and not text.rstrip().endswith(ELLIPSIS)):
                index = self.page.index
                return index.elements[widest(index, index.position[link], len(text))]
        return None

    def links_to_itself(self) -> Iterator[Element]:
        """The page's links to itself (a post's permalink), however their address is written."""
        own = urldefrag(self.page.url)[0]
        name = own.rstrip("/").rsplit("/", 1)[-1]  # what a link to the page holds however it is written
        # A name of plain characters is written so in any link to the page (a query's & maybe as
        # &amp;): where the bytes never hold it, no link names the page, and the links are not walked.
        path_name = name.split("?")[0]
        if self.page.source is not None and path_name.isascii() and "%" not in path_name \
                and path_name.encode() not in self.page.source:
            return
        for link in self.page.root.iter("a"):
            href = (link.get("href") or "").strip()
            if name in href and not href.startswith("#") and urldefrag(urljoin(self.page.url, href))[0] == own:
                yield link

    @cached_property
    def headline_confirmed(self) -> bool:
        """Whether the page's title names the headline found (or a hook shows it)."""
        text = self.shown_headline
        if not text:
            return False
        return self.hook(self.headline_selector) is not None or any(
            title_match(text, title) or text in title for title in self.story_titles)

    def headline_names_a_column(self) -> bool:
        """Whether the heading found is the name of a column the position line links (首页 > 互动交流 >
        留言板 over a heading 互动交流): the page is that column's, and the title names it too."""
        own = urldefrag(self.page.url)[0]
        return bool(self.shown_headline) and any(
            crumb["name"] == self.shown_headline and crumb["url"] and urldefrag(crumb["url"])[0] != own
            for crumb in self.breadcrumbs())

    def links_home(self, element: Element) -> bool:
        """Whether all of an element's text is a link to the site's home page (a logo, a site name)."""
        links = [link for link in element.iter("a") if self.text(link)]
        return bool(links) and "".join(map(self.text, links)) == self.text(element) and all(  # the cheap test first
            leads_home(urljoin(self.page.url, link.get("href") or "")) for link in links)

    def links_up(self, element: Element) -> bool:
        """Whether all of an element's text is a link to a page above this one on its site: the
        folder the page's address is in, or one above it (a blog's home over its post: a heading
        naming the blog, not the story)."""
        links = [link for link in element.iter("a") if self.text(link)]
        if not links or "".join(map(self.text, links)) != self.text(element):
            return False
        own = urlsplit(self.page.url)
        for link in links:
            target = urlsplit(urljoin(self.page.url, link.get("href") or ""))
            folder = target.path if target.path.endswith("/") else ""
            if target.netloc != own.netloc or not folder or not own.path.startswith(folder) or folder == own.path:
                return False
        return True

    def line_above_date_line(self) -> Element | None:
        """The short line right before the date line of the text found without a headline (the
        last date shortly before it, else the first in its opening lines), else before the first
        date of the page: a title without a heading, not a paragraph's sentence (a title may ask
        or exclaim, and end so, but holds no full stop), nor a part of the date's own line (a link
        beside the date). A sidebar's dated list before the text (a blog's archive) holds no title
        of the page's."""
        index = self.page.index
        block, in_head = index.nearest(BLOCK_TAGS), index.nearest(frozenset({"head"}))
        # Dates on lines of their own: not one a sentence of a text gives (将于2019年12月1日起生效。).
        dated_pieces = [piece for piece in index.pieces_matching(DATE_PATTERN)
                        if SENTENCE_STOP not in self.text(index.elements[max(block[index.line[piece]], 0)])]
        if not dated_pieces:
            return None
        dated = dated_pieces[0]
        if self.unheaded_body is not None:
            start = index.first_piece[self.unheaded_body.element]
            shortly_before = [piece for piece in dated_pieces if start - LINES_BEFORE_HEADLINE <= piece < start]
            in_opening = [piece for piece in dated_pieces if start <= piece < start + LINES_BEFORE_HEADLINE]
            dated = shortly_before[-1] if shortly_before else in_opening[0] if in_opening else dated
        others = (before for before in index.before_piece(dated)  # the <title> is no line the page shows
                  if block[before] != block[index.line[dated]] and in_head[before] < 0)
        body = self.unheaded_body
        if body is not None and dated >= index.end_piece[body.element]:
            return None  # a date line under the text found, its foot: the lines over it are the text's own
        for before in islice(others, LINES_BEFORE_HEADLINE):
            line = self.text(index.elements[before])
            if (MIN_HEADLINE_CHARS <= len(line) <= MAX_HEADLINE_CHARS and not DATE_PATTERN.search(line)
                    and line[-1] not in STATEMENT_END and SENTENCE_STOP not in line
                    and not names_no_story(line) and not self.links_away(before)
                    and not self.in_a_box_of_fields(before) and not self.is_a_labelled_value(before)):
                return index.elements[widest(index, before, len(line))]
        return None

    @cached_property
    def line_set_as_title(self) -> Element | None:
        """The line the page sets as its text's title by type alone: before the text found (among its
        opening lines, before its first sentence, or among the lines right above it, nearest first),
        centred and emphasised (`is_set_as_title`), reading as a title though it be as short as
        MIN_SET_TITLE_CHARS (旧书摊), no link away and no name of the site's. An early site titles
        all its pages with its name and shows each text's title so, in no heading."""
        index = self.page.index
        for element in self.lines_at_text_start:
            line = self.text(index.elements[element])
            if (reads_as_title(line, MIN_SET_TITLE_CHARS) and self.is_set_as_title(element) and not names_no_story(line)
                    and not self.links_away(element) and not self.names_the_site(line)):
                return index.elements[element]
        return None

    @cached_property
    def lines_at_text_start(self) -> list[int]:
        """Where a text's title stands (elements of the index): the opening lines of the text found
        before its first sentence, in order, then the lines right above it, nearest first."""
        if self.unheaded_body is None:
            return []
        index = self.page.index
        region = self.unheaded_body.element
        opening = []
        for element in range(region + 1, min(index.end[region], region + 1 + LINES_AT_BODY_START)):
            if SENTENCE_STOP in self.text(index.elements[element]):
                break
            opening.append(element)
        return [*opening, *index.preceding(region, LINES_BEFORE_HEADLINE)]

    def is_set_as_title(self, element: int) -> bool:
        """Whether a line (element `element` of the index) is set as a title: centred (it, or the
        block it is the whole of), and every word of it emphasised (bold, or a larger font than
        the text's)."""
        index = self.page.index
        parent = index.parent[element]
        centred = is_centered(index.elements[element]) or (
            parent >= 0 and is_centered(index.elements[parent]) and index.size(parent) == index.size(element))
        if not centred:
            return False
        words = [piece for piece in range(index.first_piece[element], index.end_piece[element])
                 if prose_length(index.pieces[piece])]
        return bool(words) and all(self.emphasised(index.line[piece], element) for piece in words)

    def emphasised(self, line: int, top: int) -> bool:
        """Whether the words of element `line` are set in bold or a larger font by it or an element
        around it, up to element `top`."""
        index = self.page.index
        while line >= 0:
            element = index.elements[line]
            if index.tags[line] in STRONG_TAGS or LARGE_TYPE.search(element.get("style") or "") or (
                    index.tags[line] == "font" and LARGE_FONT_SIZE.match(element.get("size") or "")):
                return True
            if line == top:
                break
            line = index.parent[line]
        return False

    def in_a_box_of_fields(self, element: int) -> bool:
        """Whether a line (element `element` of the index) is one of a box's fields: it and another
        line of its box each open with a short label and a colon (拼音：… 分类：…, a poster's UID：…
        积分：…). A title may open so (质检总局：…), never among fields."""
        index = self.page.index
        if not FIELD_LINE.match(self.text(index.elements[element])) or index.parent[element] < 0:
            return False
        fields = (child for child in index.children(index.parent[element])
                  if FIELD_LINE.match(self.text(index.elements[child])))
        return next(islice(fields, 1, None), None) is not None

    def is_a_labelled_value(self, element: int) -> bool:
        """Whether a line (element `element` of the index) is the value of the label set right before
        it (a table's cell after 信件编号：): a field, no title."""
        previous = self.page.index.elements[element].getprevious()
        label = self.text(previous).strip() if previous is not None else ""
        return FIELD_LABEL.match(label) is not None

    def links_away(self, element: int) -> bool:
        """Whether all of an element's words (element `element` of the index) are in links to other
        pages or to a script's action: an account's or a channel's name, a listed story's title, an
        app banner's 打开APP button, a menu (the separators between its links are no words); a page's
        own title does not lead away from it."""
        index = self.page.index
        in_link = index.nearest(LINK_TAGS)
        links = {in_link[index.line[piece]] for piece in range(index.first_piece[element], index.end_piece[element])
                 if prose_length(index.pieces[piece])}
        return bool(links) and -1 not in links and all(
            leads_to_a_page(href := index.elements[link].get("href")) or runs_a_script(href) for link in links)

    def first_part_shown(self, title: str, named: str) -> Element | None:
        """Where the part of the title a heading shows is one after its first, and shorter (a
        column's or a site's name: a mobile header's 消费维权, over a thread's title in a <div>,
        under the title 标题 - 消费维权 - 某某论坛), the element showing the title's first part, where
        one does. A title that puts the site first (某某局_工作动态_标题) names the story last, at
        its length: the heading showing it stays."""
        parts = title_segments(title)
        if named not in parts[1:] or len(named) >= len(parts[0]):
            return None
        shown = self.title_shown_in_body(title)
        if shown is None or self.untagged(self.text(shown)) != parts[0]:
            return None
        return shown if self.heads_a_story(shown) else None

    def title_shown_in_body(self, title: str) -> Element | None:
        """The element showing the headline part of the title (before or after the site's and
        column's names), in whatever markup the page uses for it (a bold cell, a font tag): the
        longest text the title holds, half of that part at least (a game's name in bold on its card,
        萌宠大冒险, only opens the title 萌宠大冒险第三章迷雾森林三星攻略)."""
        best: Element | None = None
        best_length = max(MIN_HEADLINE_CHARS, (len(self.story_part(title) or title) + 1) // 2) - 1
        for element in self.page.root.iter("td", "div", "span", "b", "strong", "font", "p"):
            own = (element.text or "").strip()
            if not own and len(element) and CATEGORY_TAG.fullmatch(self.text(element[0])):
                own = (element[0].tail or "").strip()  # the title after its category tag: <em>[求助]</em>...
            own = own[tag.end():] if (tag := CATEGORY_TAG.match(own)) else own
            if not own or own[:MIN_HEADLINE_CHARS] not in title:
                continue
            text = self.untagged(self.text(element))
            if best_length < len(text) <= MAX_HEADLINE_CHARS and text in title:
                best, best_length = element, len(text)
        return best

    def headline(self) -> str | None:
        return self.headline_and_source[0]

    def headline_source(self) -> str | None:
        """Where the headline came from (`HEADLINE_SOURCES`), None where the page shows none."""
        return self.headline_and_source[1]

    @cached_property
    def headline_and_source(self) -> tuple[str | None, str | None]:
        """The headline, and where it came from: the element showing it ("page"), else the title the
        page gives for sharing ("og:title") or its <title> ("title"), without the site's name (the
        part before the first separator) where it is of a headline's length, else the first
        heading-like line above the body ("above body"), else the body's first line where it reads
        as a title ("body's first line"), else a title too short for a headline (a CMS's 显示, a page
        number), else the body's first words (its first sentence, "body's first words"): a page with
        a body is an article, and an article has a headline."""
        if self.shown_headline:
            return self.shown_headline, "page"
        # A title naming the column the position line links (最新消息 - 某某协会: an ASP.NET site's every
        # page's) names no story.
        titles = [(part, source) for source, title in (("og:title", self.shared_title()), ("title", self.page.title))
                  if title in self.story_titles and not self.is_a_column_name(part := self.story_part(title) or "")]
        short = next(((headline, source) for headline, source in titles if headline), (None, None))
        for headline, source in titles:
            if len(headline) >= MIN_HEADLINE_CHARS:
                return headline, source
        above = self.line_above_body()
        if above:
            return above, "above body"
        first = self.first_line_of_body()
        if first:
            return first, "body's first line"
        if short[0]:
            return short
        opening = self.opening_of_body()
        return (opening, "body's first words") if opening else (None, None)

    @cached_property
    def story_titles(self) -> list[str]:
        """The page's titles (`Page.titles`) but those that are only its site's name: no story's."""
        return [title for title in self.page.titles if self.story_part(title) is not None]

    def story_part(self, title: str) -> str | None:
        """The part of a title that names its story: the first, or, where the first is the site's
        name (a title set site first: 齐鲁消费维权网--新买手机竟是翻新机…), the next part long enough
        for a story's title (a column's name is shorter); None where no part is a story's."""
        first = headline_part(title)
        if not self.names_the_site(first):
            return first
        return next((part for part in title_segments(title)[1:]
                     if len(part) >= MIN_LISTED_TITLE_CHARS and not self.names_the_site(part)), None)

    def names_the_site(self, words: str) -> bool:
        """Whether these words (a title's, a heading's) are the name the page gives its site, not a
        story's: its og:site_name, a home link's words (the logo's alt, the site's name in the
        header), the holder a copyright line names (版权所有：某某电视台). An early site's pages all
        bear its name as their <title>."""
        if words not in self.site_name_checks:
            self.site_name_checks[words] = bool(words) and (words in self.declared_site_names
                                                            or self.shows_as_site_name(words))
        return self.site_name_checks[words]

    @cached_property
    def declared_site_names(self) -> set[str]:
        return {clean_text(meta.get("content")) or "" for meta in self.page.root.iter("meta")
                if (meta.get("property") or meta.get("name") or "").lower() in SITE_NAME_META}

    @cached_property
    def linked_images_alt(self) -> dict[str, list[Element]]:
        """The links around images, by the images' alt (a logo's: the site's name), read once from
        the index (walking the tree's images and their ancestors costs several times more)."""
        index = self.page.index
        in_link = index.nearest(LINK_TAGS)
        links: dict[str, list[Element]] = {}
        for image in index.tagged("img"):
            if in_link[image] >= 0 and (alt := clean_text(index.elements[image].get("alt"))):
                links.setdefault(alt, []).append(index.elements[in_link[image]])
        return links

    def shows_as_site_name(self, words: str) -> bool:
        """Whether the page shows these words in a copyright line or as a link to its home page (its
        words, or its logo's alt). Only the elements showing them are looked at: a walk of every
        link costs more."""
        index = self.page.index
        lines = index.lines_holding(words)
        block = index.nearest(BLOCK_TAGS)
        if any(len(notice := index.text(block[line])) <= MAX_NOTICE_CHARS and any(word in notice for word in COPYRIGHT_WORDS)
               for line in lines if block[line] >= 0):
            return True
        in_link = index.nearest(LINK_TAGS)
        named = [link for line in lines if in_link[line] >= 0 and self.text(link := index.elements[in_link[line]]) == words]
        named += self.linked_images_alt.get(words, [])
        return any(leads_home(urljoin(self.page.url, link.get("href") or "")) for link in named)

    @cached_property
    def shown_headline(self) -> str | None:
        """The text of the element showing the title."""
        element = self.headline_element
        if element is None:
            return None
        words = (self.unbadged(element, self.heading_text(element)) if tag_of(element) in HEADLINE_TAGS
                 else self.heading_text(element) if element.find(".//br") is not None else self.text(element))
        # A category tag the heading opens with as a link of its own (to the board's or the
        # column's list of that category) is no part of the title, whatever the <title> holds; a
        # tag the poster wrote in the subject after it ([避雷]【避雷】标题) is the subject's.
        first = element[0] if len(element) and not (element.text or "").strip() else None
        linked_tag = self.text(first).strip() if first is not None and tag_of(first) == "a" else ""
        if CATEGORY_TAG.fullmatch(linked_tag) and words.startswith(linked_tag) and words[len(linked_tag):].strip():
            words = words[len(linked_tag):].strip()
        return self.untagged(words) or None

    def unbadged(self, heading: Element, words: str) -> str:
        """A heading's words without the badge they open with: its first child, an inline element
        of a few words with no text before it (<span>原创</span>, a shop's <span>自营</span>), where
        the page's title holds what follows it and not the badge."""
        first = heading[0] if len(heading) and not (heading.text or "").strip() else None
        if first is None or tag_of(first) not in BADGE_TAGS:
            return words
        badge = self.text(first)
        rest = words[len(badge):].strip() if badge and len(badge) <= MAX_BADGE_CHARS and words.startswith(badge) else ""
        return rest if rest and any(rest in title and words not in title for title in self.page.titles) else words

    def untagged(self, words: str) -> str:
        """A heading's words without the label of a subject they open with (主题：), and without the
        category tag they open with ([求助] 标题) where the page's title holds what follows it and
        not the tag."""
        words = SUBJECT_LABEL.sub("", words, count=1)
        tag = CATEGORY_TAG.match(words)
        if tag is None:
            return words
        rest = words[tag.end():]
        return rest if rest and any(rest in title and words not in title for title in self.page.titles) else words

    def label_over_body(self) -> str:
        """The words of the nearest element before the body found that shows any (a label over the
        text, 专题简介; a heading; a date line), or none."""
        if self.body_found is None:
            return ""
        index = self.page.index
        return next((words for before in index.preceding(self.body_found.element, LINES_BEFORE_HEADLINE)
                     if (words := self.text(index.elements[before]))), "")

    def line_above_body(self) -> str | None:
        """The nearest line before the body that reads as a title: of a headline's length, no
        sentence's end, no date, not a link."""
        if self.body_found is None:
            return None
        index = self.page.index
        in_link = index.nearest(frozenset({"a"}))
        for before in index.preceding(self.body_found.element, LINES_BEFORE_HEADLINE):
            line = self.text(index.elements[before])
            if in_link[before] < 0 and reads_as_title(line) and not names_no_story(line):
                return line
        return None

    def opening_of_body(self) -> str | None:
        """The body's first sentence (its first line up to its first sentence's end), at most a
        headline's length."""
        line = next((block.text for block in self.body_read[0] if block.kind != "img" and block.text), "")
        end = next((at + 1 for at, character in enumerate(line[:MAX_HEADLINE_CHARS]) if character in OPENING_END), None)
        return line[:end or MAX_HEADLINE_CHARS].strip() or None

    def first_line_of_body(self) -> str | None:
        """The body's first line where it reads as a title and more lines follow it: a page that
        shows its title nowhere else (no heading, no <title>: an early page's centred line over
        its text). It is then no line of the body."""
        blocks = self.body_read[0]
        first = blocks[0] if len(blocks) > 1 else None
        if first is None or first.kind != "p" or all(run.href for run in first.runs):
            return None
        return first.text if reads_as_title(first.text) else None

    def heading_text(self, element: Element) -> str:
        """A heading's words: its text, but not what block elements inside it hold (a heading holds
        inline content; a block inside it is a widget, an audio player's or a share bar's), nor its
        lines from a line break on that shows a date (its date line, set inside it). A title set on
        two lines (标题前半<br>后半) is words a space apart, or none, as its <title> has them."""
        index = self.page.index
        at, block = index.position[element], index.nearest(BLOCK_TAGS)
        end = index.end_piece[at]
        breaks = [index.end_piece[inner] for inner in range(at + 1, index.end[at]) if index.tags[inner] == "br"]
        if breaks:
            end = next((line for line, after in pairwise([*breaks, end]) if line > index.first_piece[at]
                        and DATE_PATTERN.search("".join(index.pieces[line:after]))), end)
        pieces = [(piece in breaks, index.pieces[piece])
                  for piece in range(index.first_piece[at], end) if block[index.line[piece]] <= at]

        def joined(separator: str) -> str:
            return clean_text("".join((separator if after_break else "") + text for after_break, text in pieces)) or ""

        titles = self.page.titles
        spaced = joined(" ")
        if not breaks or any(spaced in title for title in titles):
            return spaced
        unspaced = joined("")
        return unspaced if any(unspaced in title for title in titles) else spaced

    def alternative_headline(self) -> str | None:
        """A 引题 above or 副题 below the title: in the title box where the template has one,
        else a short heading right before or after the title, else the line between the title and
        its date line (`subtitle_lines`)."""
        box = self.hook(self.title_box_selector)
        if box is not None:
            candidates = [element for element in box.iter(*SUBTITLE_TAGS, "p", "div") if element is not box]
        elif self.headline_element is not None:
            candidates = [sibling for sibling in (self.headline_element.getprevious(), self.headline_element.getnext())
                          if sibling is not None and tag_of(sibling) in SUBTITLE_TAGS]
        else:
            candidates = []
        headline = self.headline_element
        for element in candidates:
            text = self.text(element)
            if text and (headline is None or headline not in element.iter()) and len(text) <= MAX_HEADLINE_CHARS:
                return text
        return " ".join(map(self.text, self.subtitle_lines)) or None

    # -- date line ----------------------------------------------------------------------------

    @cached_property
    def date_line_element(self) -> Element | None:
        """The hook, else the nearest short element that shows a date: between the headline and the
        body, else just above the headline, else below the body."""
        hooked = self.hook(self.date_line_selector)
        if hooked is not None:
            return hooked
        candidates = self.page.index.elements if self.page.says(PUBLISHED_HINT) else []
        marked = [element for element in candidates
                  if (element.get("itemprop") == "datePublished" or "published" in (element.get("class") or "").split())
                  and DATE_PATTERN.search(self.text(element))]
        if marked:  # schema.org or hAtom markup says which date is the publication's
            return marked[0]
        between = set(self.lines_near_date[0])
        index = self.page.index
        headline = self.headline_element  # the sections the body was looked for beside (body_found)
        in_section = in_labelled_section(index, index.position[headline] if self.headline_confirmed and headline is not None
                                         else None)
        has_sections = in_section.find(1) >= 0

        def in_a_section(element: Element) -> bool:
            """Whether the element's first date is in a section a label opens (a comment's, a related story's)."""
            at = index.position[element]
            found = DATE_PATTERN.search(index.text(at))
            if found is None:
                return False
            piece, offset = index.first_piece[at], len(index.pieces[index.first_piece[at]])
            while offset <= found.start():  # the piece the date starts in
                piece += 1
                offset += len(index.pieces[piece])
            return bool(in_section[piece])

        def dates_another_event(element: Element) -> bool:
            return labels_another_event(self.label_beside(element) + self.text(element), element.tail or "")

        def dated(element: Element) -> bool:
            text = self.text(element)
            shown = DATE_PATTERN.search(text)
            return (len(text) <= MAX_DATE_LINE_CHARS and shown is not None and not opens_a_sentence(text, shown)
                    and not dates_another_event(element) and not self.date_links_a_story(element)
                    and (element in between or not self.links_a_headline(element))
                    and not (has_sections and in_a_section(element))
                    and not in_hidden(index, index.position[element]))  # an attachment's pop-up: its upload time

        def published(element: Element) -> bool:
            return dated(element) and not shows_modification(self.text(element))

        found = self.nearest_line(published, self.lines_near_date)
        if found is None:  # a poster's line; not a related story's, listed with its time in a section (相关报道),
            # nor a form's window (报名时间：… 至 …)
            found = self.poster_line(lambda line: not shows_modification(self.text(line)) and not dates_another_event(line)
                                     and not (has_sections and in_a_section(line)))
        if found is None:
            found = self.opening_date_line(published)
        if found is None:
            found = self.permalink_date_line(published)
        if found is None:
            found = self.closing_date_line(published, in_section)
        for wanted in (published, dated):  # a text's last change only where no line shows its publication
            if found is None:
                found = self.nearest_line(wanted, self.lines_near_date, after_body=True)
        return found

    def opening_date_line(self, wanted: Callable[[Element], bool]) -> Element | None:
        """The `wanted` date line the body's element opens with, before its text (来源：X 作者：Y
        发布时间：...): among its first lines, a short one with a field's label and its colon, or
        a date and the post's counters (`is_date_and_counters`), no sentence; the text's first
        sentence, however it opens with a date, is none."""
        if self.body_region is None:
            return None
        index = self.page.index
        region = index.position[self.body_region]
        for element in range(region + 1, min(index.end[region], region + 1 + LINES_AT_BODY_START)):
            if index.size(element) > 2 * MAX_DATE_LINE_CHARS:
                continue  # a box holding the text, not a line of it
            text = self.text(index.elements[element])
            if SENTENCE_STOP in text:
                return None  # the text has begun
            if (DATE_LINE_LABEL.search(text) or is_date_and_counters(text)) and wanted(index.elements[element]):
                return index.elements[element]
        return None

    def closing_date_line(self, wanted: Callable[[Element], bool], in_section: bytearray) -> Element | None:
        """The `wanted` date line the body's element closes with, after its text (创建时间：2020-11-23
        under a recipe's tips): among its last lines, a short one with a date's label and its colon;
        a notice's own signature date has no label, and the text's last sentence is none. The sections
        a label opens after it (问答, 评论: `in_section`, by piece) are none of the text."""
        if self.body_region is None:
            return None
        index = self.page.index
        region = index.position[self.body_region]
        lines = 0
        for element in range(index.end[region] - 1, region, -1):
            if (index.tags[element] not in BLOCK_TAGS or index.size(element) > 2 * MAX_DATE_LINE_CHARS
                    or in_section[index.first_piece[element]:index.end_piece[element]].find(1) >= 0):
                continue  # words inside a line, a box holding the text, or a section after it
            text = self.text(index.elements[element])
            if SENTENCE_STOP in text or (lines := lines + 1) > LINES_AT_BODY_START:
                return None  # the text goes on to here
            if DATE_LABEL.search(text) and wanted(index.elements[element]):
                return index.elements[element]
        return None

    def permalink_date_line(self, wanted: Callable[[Element], bool]) -> Element | None:
        """The `wanted` line showing a date in a link to the page itself, wherever it is: an answer's
        time linked to its permalink (发布于 2020-06-23 14:07) under its text, far below the
        question's title. Another post's or story's time links to that one."""
        index = self.page.index
        block = index.nearest(BLOCK_TAGS)
        for link in self.links_to_itself():
            if DATE_PATTERN.search(self.text(link)):
                at = index.position[link]
                line = index.elements[block[at] if block[at] >= 0 else at]
                if wanted(line):
                    return line
        return None

    def label_beside(self, element: Element) -> str:
        """The text of the element before this one, where it may label it: a definition list's term
        (<dt>注册时间</dt><dd>2016-5-21</dd>), a table's header cell; else nothing."""
        previous = element.getprevious()
        return self.text(previous) + (previous.tail or "") if previous is not None else ""

    def poster_line(self, wanted: Callable[[Element], bool]) -> Element | None:
        """The first `wanted` short line with a date and its time in the body's element, before its
        text or after it, or right after that element, nothing said between them and its time in no
        link (a link's time is a permalink's): a forum post's or a blog entry's line with the poster's
        name and when they posted (本贴由X于...发表). Not one of the replies' or comments' under it."""
        if self.body_region is None:
            return None
        index = self.page.index
        region = index.position[self.body_region]
        lines = poster_lines(index)
        answers = replies(index, region)
        inside = lines[bisect_left(lines, index.first_piece[region]):bisect_left(lines, index.end_piece[region])]
        after = [piece for piece in lines[bisect_left(lines, index.end_piece[region]):][:1]
                 if index.nearest(LINK_TAGS)[index.line[piece]] < 0]
        for piece in (*inside, *after):
            line = index.line[piece]
            if answers.hold(line):
                continue
            poster = widest(index, line, MAX_POSTER_LINE_CHARS)
            if piece in after and any(index.pieces[between].strip()
                                      for between in range(index.end_piece[region], index.first_piece[poster])):
                break
            if wanted(index.elements[poster]):
                return index.elements[poster]
        return None

    @cached_property
    def lines_near_headline(self) -> tuple[list[Element], list[Element], list[Element]]:
        """The elements between the headline and the body, those just before the headline
        (nearest first), and those just after the body: where date, source and author lines are."""
        index = self.page.index
        if self.headline_element is None:
            return index.elements, [], []
        start = index.position[self.headline_element]
        region = index.position[self.body_region] if self.body_region is not None else None
        # A heading's lines after a line break (its date line, set inside it) come first.
        line_break = next((inner for inner in range(start + 1, index.end[start]) if index.tags[inner] == "br"), None)
        inside = list(range(line_break + 1, index.end[start])) if line_break is not None else []
        following = inside + index.following(start, LINES_AFTER_HEADLINE)
        # Without a body right after the headline, nothing follows it (below a body far from its
        # headline, a thread's or a question's other posts); a long body pushes no line after it away.
        after = index.following_lines(region, LINES_AFTER_BODY) if region is not None and region in following else []
        # All the lines down to a body that follows, however many (a forum's poster card between them).
        if region is not None and region >= index.end[start]:
            following = inside + index.following(start, region + 1 - index.end[start])
        body_at = following.index(region) if region in following else len(following)
        between, before, after_body = ([index.elements[element] for element in lines]
                                       for lines in (following[:body_at], index.preceding(start, LINES_BEFORE_HEADLINE), after))
        return between, before, after_body

    @cached_property
    def lines_near_date(self) -> tuple[list[Element], list[Element], list[Element]]:
        """Where the date line is looked for: the lines near the headline; without a headline, those
        just before the body and just after it. A page's first date anywhere (a header's today's date,
        a sidebar's latest story) is not its text's because no headline was found."""
        if self.headline_element is not None or self.body_region is None:
            return self.lines_near_headline
        index = self.page.index
        region = index.position[self.body_region]
        return [], [index.elements[line] for line in index.preceding(region, LINES_BEFORE_HEADLINE)], [
            index.elements[line] for line in index.following_lines(region, LINES_AFTER_BODY)]

    def nearest_line(self, wanted: Callable[[Element], object],
                     lines: tuple[list[Element], list[Element], list[Element]] | None = None,
                     after_body: bool = False) -> Element | None:
        """The `wanted` element of `lines` (those near the headline, by default): the first between
        the headline and the body, else the nearest before the headline, else (`after_body`) the
        first after the body."""
        between, before, after = self.lines_near_headline if lines is None else lines
        for element in (*between, *before, *(after if after_body else ())):
            if wanted(element):
                return element
        return None

    def links_a_headline(self, element: Element) -> bool:
        """Whether the block an element is in (itself, or the list item or paragraph around it) holds
        a link to a page, of a headline's length (MIN_LISTED_TITLE_CHARS words): away from the title,
        a date beside such a link is another story's, listed with its date (相关新闻, a sidebar's
        latest news)."""
        index = self.page.index
        block = index.nearest(BLOCK_TAGS)[index.position[element]]
        line = index.elements[block] if block >= 0 else element
        return any(prose_length(self.text(link)) >= MIN_LISTED_TITLE_CHARS and leads_to_a_page(link.get("href"))
                   for link in line.iter("a"))

    def date_links_a_story(self, element: Element) -> bool:
        """Whether the first date an element shows is inside a link to another story or an archive
        (其他文章(截止2006年8月10日)): a link that says more than the date, which shows no time. Its
        date is not this page's. A link that shows only a date is a post's link to itself (a
        permalink), and a time is a post's stamp (2024年01月25日 18:03:35 来自...), not a headline's."""
        index = self.page.index
        at, in_link = index.position[element], index.nearest(LINK_TAGS)
        for piece in range(index.first_piece[at], index.end_piece[at]):
            if shown := DATE_PATTERN.search(index.pieces[piece]):
                link = in_link[index.line[piece]]
                return (link >= 0 and not shown.group("minute")
                        and prose_length(DATE_PATTERN.sub("", self.text(index.elements[link]))) > 0)
        return False

    @cached_property
    def date_line(self) -> str | None:
        """The date line's text: its element's, or, where that element is a longer text whose lines
        are set loose (broken by <br>: a post's foot after its text), the line showing the date."""
        element = self.date_line_element
        if element is None:
            return None
        text = self.text(element)
        if len(text) <= MAX_DATE_LINE_CHARS:
            return text
        index = self.page.index
        lines = broken_lines(index, index.position[element], lambda piece: True)
        return next((line for line in lines if DATE_PATTERN.search(line)), text)

    def date_raw(self) -> str | None:
        """The date the date line shows; else a date of Taiwan's calendar labelled as the
        publication's near the headline (發布日期：113-07-15); else the publication time the page's
        metadata declares; else the day its address files it under; else the time its scripts write in."""
        match = DATE_PATTERN.search(self.date_line or "")
        if match:
            return match.group(0).strip()
        return (self.date_in_taiwan_calendar() or declared_published(self.page.root) or self.time_near_headline()
                or self.month_name_date_near_headline() or date_in_url(self.page.url) or self.page.scripted_date)

    def time_near_headline(self) -> str | None:
        """The machine's form of a date the page shows near the headline in a way no date line reads
        (<time datetime="2022-09-15T12:00:00Z">15.09.2022</time>, day first): HTML's <time> says
        what it shows, unless its line says it is the text's last change. A <time> under the text is a
        comment's or another story's."""
        between, before, _ = self.lines_near_date
        index = self.page.index
        block = index.nearest(BLOCK_TAGS)
        for line in (*between, *before):
            for element in line.iter("time"):
                at = index.position[element]
                holder = index.elements[block[at]] if block[at] >= 0 else element
                if (read_date(value := (element.get("datetime") or "").strip()) is not None
                        and not shows_modification(self.text(holder))):
                    return value
        return None

    def month_name_date_near_headline(self) -> str | None:
        """A date near the headline written with its month's English name first (Mar 12 Mon 2018 21:35,
        a Taiwan blog platform's), which no date line reads; not on a line of the text's last change
        or of another event."""
        between, before, _ = self.lines_near_date
        for line in (*between, *before):
            text = self.text(line)
            if (len(text) <= MAX_DATE_LINE_CHARS and (found := date_in_month_name(text))
                    and not shows_modification(text) and not labels_another_event(f"{text} {found}")):
                return found
        return None

    def date_in_taiwan_calendar(self) -> str | None:
        """The date of the Republic's calendar a line near the headline labels as the publication's."""
        line = self.nearest_line(lambda element: ROC_PUBLICATION_DATE.search(self.text(element)))
        found = ROC_PUBLICATION_DATE.search(self.text(line)) if line is not None else None
        return found.group("date").strip() if found else None

    def source(self) -> str | None:
        """The outlet the story comes from: the source the date line names, else the outlet of the
        dateline opening the body (`本报` resolved to the site's own)."""
        named = self.date_line_source() or self.credit_line_source()
        if named is None:
            dateline = dateline_of(self.paragraphs)
            named = dateline.group("outlet") if dateline else None
        return own_outlet(named, self.page.own_outlets)

    def date_line_after_body(self) -> bool:
        """Whether the date line stands after the body: a post's foot (posted @ date, its poster's
        name, its counts), where a bare name after the date is the poster's, not a source's."""
        element, region = self.date_line_element, self.body_region
        if element is None or region is None:
            return False
        index = self.page.index
        return index.position[element] >= index.end[index.position[region]]

    def credit_line_source(self) -> str | None:
        """The source a credit line that opens or closes the body names (来源：X)."""
        for line in self.body_and_editor[2]:
            labelled = SOURCE_LABEL.search(line)
            if labelled and (named := source_name(line[labelled.end():].rstrip(")）】]"))):
                return named
        return None

    def date_line_source(self) -> str | None:
        """The source the date line names (来源:X, or a bare name after its date), else the one a
        labelled line near the title names (not a notice quoting a label: 本网注明“来源:X”的作品...)."""
        line = self.date_line or ""
        labelled = SOURCE_LABEL.search(line)
        if labelled:
            return source_name(line[labelled.end():])
        after_date = DATE_PATTERN.search(line)
        rest = line[after_date.end():].strip() if after_date and not self.date_line_after_body() else ""
        # A bare name is one word that holds no field's label (a control's 只看该作者 names one) and
        # counts nothing (收藏87 评论35: the post's counters after its date; 我要评论(0): the link to them).
        word = rest.strip(" |｜").split(maxsplit=1)[0] if rest.strip(" |｜") else ""
        named = source_name(rest) if word and not OTHER_LABEL.search(word) and not AUTHOR_LABEL.match(rest) \
            and not READER_COUNTER.match(rest) and not READER_COUNTER.search(word) else None
        if named:
            return named
        other = self.nearest_line(lambda element: len(text := self.text(element)) <= MAX_DATE_LINE_CHARS
                                  and SOURCE_LABEL.search(text) and not is_notice(text))
        other_label = SOURCE_LABEL.search(self.text(other)) if other is not None else None  # found when `other` is
        return source_name(self.text(other)[other_label.end():]) if other is not None and other_label else None

    def authors(self) -> list[dict]:
        """Each person named on the date line, in the dateline and in a closing attribution, once."""
        credited = [author for line in self.body_and_editor[2] for author in labelled_authors(line) or byline_people(line)]
        return once_each(self.date_line_authors() + credited + body_authors(self.paragraphs))

    def date_line_authors(self) -> list[dict]:
        """Authors a labelled line near the title names (作者:X, often on the date line), else the
        date line found elsewhere (the line the body's element opens with)."""
        line = self.nearest_line(lambda element: len(text := self.text(element)) <= MAX_DATE_LINE_CHARS
                                 and AUTHOR_LABEL.search(text))
        text = self.text(line) if line is not None else self.date_line or ""
        return labelled_authors(text) if AUTHOR_LABEL.search(text) else []

    # -- editor line ---------------------------------------------------------------------------

    def editor(self) -> str | None:
        """The name on the editor line: the one that ends the body, else one right after it."""
        return self.body_and_editor[1] or self.editor_after_body()

    def editor_after_body(self) -> str | None:
        """The name on an editor line that follows the body region."""
        found = self.body_found
        if found is None:
            return None
        index = self.page.index
        after_body = index.end_piece[found.last if found.last is not None else found.element]
        for line in index.lines_with(("编辑", "责编"), after_body, limit=EDITOR_LINES_AFTER_BODY):
            text = self.text(index.elements[widest(index, line, MAX_EDITOR_LINE_CHARS)])
            match = search_editor(EDITOR_NAMED, mark_spaced_names(text)) if len(text) <= MAX_EDITOR_LINE_CHARS else None
            if match and editor_name(match):
                return clean_text(editor_name(match))
        return None

    # -- position line, canonical -------------------------------------------------------------

    @cached_property
    def breadcrumbs_element(self) -> Element | None:
        """The position line: the shortest element, among the hook's (or those holding the word
        位置), that starts with its label and holds links; else the hook's first with links."""
        index = self.page.index
        if self.breadcrumbs_selector:
            boxes = [index.position[box] for box in self.page.select(self.breadcrumbs_selector)]
        else:
            boxes = [box for line in index.lines_with(("位置",))
                     for box in (line, widest(index, line, MAX_POSITION_LINE_CHARS))]
        candidates = [box for box in boxes if "a" in index.tags[box + 1:index.end[box]]]
        texts = {box: index.text(box) for box in candidates}
        labelled = [box for box in candidates if len(texts[box]) <= MAX_POSITION_LINE_CHARS
                    and POSITION_LABEL.match(texts[box])]
        if labelled:  # the line, not a box around it
            return index.elements[min(labelled, key=lambda box: len(texts[box]))]
        return index.elements[candidates[0]] if self.breadcrumbs_selector and candidates else None

    def breadcrumbs(self) -> list[dict]:
        """The position line's names in order: its links, and the text between them split at the
        separators (>>, >, »); a name that is no link has no URL. A page with no position line
        names its section by the menu above its title (`current_section`)."""
        element = self.breadcrumbs_element
        if element is None:
            section = self.current_section()
            if section is None:
                return []
            return [{"name": self.text(section), "url": urljoin(self.page.url, section.get("href") or "")}]
        crumbs: list[dict[str, str | None]] = []
        self._read_crumbs(element, crumbs)
        return crumbs

    def current_section(self) -> Element | None:
        """The link of a menu above the title that the page marks as the one it is in (aria-current,
        or a class saying so: cur, current, active, on, selected, on it or its list item), where it
        leads to a section of the site rather than its home page: the channel a mobile page's header
        names instead of a position line."""
        if self.headline_element is None:
            return None
        index = self.page.index
        for link in self.page.root.iter("a"):
            if index.position[link] >= index.position[self.headline_element]:
                return None  # menus naming the page's section come before its title
            parent = link.getparent()
            item = parent if parent is not None and tag_of(parent) == "li" else None
            if not (is_current(link) or (item is not None and is_current(item))):
                continue  # most links: the address is not worth resolving
            href = urlsplit(urljoin(self.page.url, link.get("href") or ""))
            if (href.scheme in ("http", "https") and not leads_home(href.geturl())
                    and 0 < len(self.text(link)) <= MAX_SECTION_NAME_CHARS and in_menu(link)):
                return link
        return None

    def _read_crumbs(self, node: Element, crumbs: list[dict[str, str | None]]) -> None:
        """The names of a node of the position line, added to `crumbs`. (A method, not a recursive
        closure: a closure that calls itself is a reference cycle, which would leave the whole page
        to the garbage collector.)"""
        if tag_of(node) == "a":
            href, name = node.get("href"), self.text(node)
            if name:
                # A name whose link leads to no page (mailto:, javascript:) is named without an address.
                crumbs.append({"name": name, "url": web_address(self.page.url, href) if href else None})
        elif tag_of(node) not in ("script", "style"):
            _add_crumb_text(crumbs, node.text)
            for child in node:
                self._read_crumbs(child, crumbs)
                _add_crumb_text(crumbs, child.tail)

    def canonical_url(self) -> str | None:
        for link in self.page.root.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and (href := link.get("href")):
                return web_address(self.page.url, href)
        return None

    # -- body ---------------------------------------------------------------------------------

    @cached_property
    def body_found(self) -> Body | None:
        """The body's element (the hook's, else found by structure), and its children that are not
        the body's."""
        index = self.page.index
        hooked = [index.position[element] for element in self.page.select(self.body_selector)]
        if hooked:
            return self.hooked_body(hooked)
        # The body follows the headline; a headline the title does not name may be no headline at all,
        # and one followed by no body is the title repeated elsewhere (a sidebar's, a footer's).
        headline = self.headline_element
        if self.headline_confirmed and headline is not None:  # a confirmed headline is one found
            found = find_body(index, index.position[headline])
            if found is not None:
                return found.after(index, index.position[headline])
        return self.unheaded_body

    @cached_property
    def unheaded_body(self) -> Body | None:
        """The body found in the whole page, whatever its headline."""
        return find_body(self.page.index, None)

    def hooked_body(self, hooked: list[int]) -> Body:
        """The body the hook names: its first element, or, where the hook names boxes side by side
        (the article in parts around an inserted box), their container without its other children."""
        index = self.page.index
        parent = index.parent[hooked[0]]
        parts = [element for element in hooked if index.parent[element] == parent]
        if len(parts) < 2 or parent < 0:
            return Body(hooked[0])
        return Body(parent, tuple(child for child in index.children(parent) if child not in parts), parts[-1])

    @property
    def body_region(self) -> Element | None:
        return self.page.index.elements[self.body_found.element] if self.body_found is not None else None

    def furniture(self) -> list[Element | None]:
        """Elements the body region may hold that are the page's, not the body's."""
        return [self.hook(self.title_box_selector), self.headline_element, self.date_line_element,
                self.breadcrumbs_element, *self.subtitle_lines]

    @cached_property
    def subtitle_lines(self) -> list[Element]:
        """The elements between the title and the date line under it, where what they show is one
        line that reads as a title (no sentence, no byline): the story's subtitle (副题), none of
        its text, wherever the box the text was found in begins."""
        headline, dated = self.headline_element, self.date_line_element
        if headline is None or dated is None:
            return []
        index = self.page.index
        title, date_line = index.position[headline], index.position[dated]
        if index.end[title] > date_line:  # the date line before the title, or inside it
            return []
        text = " ".join("".join(index.pieces[index.end_piece[title]:index.first_piece[date_line]]).split())
        if not reads_as_title(text) or names_no_story(text) or byline_people(text):
            return []
        lines, at = [], index.end[title]
        while at < date_line:  # the elements wholly between them: not the date line's ancestors
            if index.end[at] <= date_line:
                lines.append(index.elements[at])
                at = index.end[at]
            else:
                at += 1
        return lines

    @cached_property
    def body_and_editor(self) -> tuple[list[Block], str | None, list[str]]:
        """The body's blocks, cleaned, up to the editor line, without the title shown again where
        it starts, a date line set loose among its lines and the site's own offer closing them
        (`is_own_offer`); the name on the editor line; and the
        credit lines (来源：X, 文：X) that opened or closed the body."""
        blocks, editor, credits = self.body_read
        # A headline of the body's first words is no title shown again: the body keeps them.
        headline = (self.headline() or "") if self.headline_source() != "body's first words" else ""
        if blocks and blocks[0].kind == "p" and len(blocks[0].text) >= MIN_HEADLINE_CHARS and blocks[0].text in headline:
            blocks = blocks[1:]  # the title (or a part of it) shown again where the body starts
        if (len(blocks) > 1 and blocks[0].kind == "p" and blocks[0].text.endswith(ELLIPSIS)
                and says_again(blocks[0].text, " ".join(block.text for block in blocks[1:]))):
            blocks = blocks[1:]  # the text's excerpt cut short (its description) over the text itself
        if self.body_region is not None and self.date_line_element is not None:
            index = self.page.index
            region, dated = index.position[self.body_region], index.position[self.date_line_element]
            # A date line around the body's element may be set loose at either end (a post's foot);
            # one outside it shows the date again only as the body's opening stamp (发起投诉 2023-08-14
            # 21:37), as the body's last line is a notice's own signature date.
            around = dated <= region < index.end[dated]
            blocks = self.without_loose_date_line(blocks, (0, -1) if around else (0,))
        elif self.body_region is not None:
            # No date line found outside the body (the date read from the address or the metadata):
            # a blog's line of the post's date and counters may open the body's own box.
            blocks = self.without_loose_date_line(blocks, (0,))
        if blocks and is_own_offer(blocks[-1], self.site_names):
            blocks = blocks[:-1]  # the site's advertisement closing its news
        return blocks, editor, credits

    @cached_property
    def site_names(self) -> set[str]:
        """What the page calls its site: the parts of its title after the story's (the column's, the
        site's), and the names its metadata declares."""
        return {*title_segments(self.page.title)[1:], *self.declared_site_names}

    @cached_property
    def body_read(self) -> tuple[list[Block], str | None, list[str]]:
        """The body's blocks as read, cleaned, up to the editor line and the mark of the text's end;
        the name on that line; and the credit lines that opened or closed the body."""
        found, body_region = self.body_found, self.body_region
        if found is None or body_region is None:  # both or neither
            return [], None, []
        index = self.page.index
        region = index.position[body_region]
        furniture = {index.position[element] for element in self.furniture() if element is not None}
        furniture = {element for element in furniture if index.is_inside(element, region)}
        left_out = (*furniture, *found.left_out, *boilerplate(index, region, furniture))
        cleaned = [clean_block(block) for block in read_blocks(index, region, self.page.url, set(left_out),
                                                               dict(replies(index, region).spans))]
        # The headline (the title confirms it) shown again in the text, over each picture of a slideshow
        # or as a print header, is none of it.
        again = self.shown_headline if self.headline_confirmed else None
        editor, blocks = find_editor([block for block in cleaned if block is not None
                                      and not (block.kind == "p" and block.text == again)])
        def is_byline(line: str) -> bool:
            return bool(credited_byline_people(line))

        credits, blocks = credit_lines_at_ends(without_furniture_at_ends(without_inserted_lines(blocks)), is_byline)
        ended = up_to_the_end_mark(blocks)
        if len(ended) == len(blocks):
            return without_closing_headings(without_furniture_at_ends(blocks)), editor, credits
        # The credits over the mark of the text's end (图片来源：…, then - END -) close it once the mark is cut.
        closing, blocks = credit_lines_at_ends(without_furniture_at_ends(ended), is_byline)
        return without_closing_headings(blocks), editor, credits + closing

    def without_loose_date_line(self, blocks: list[Block], ends: tuple[int, ...]) -> list[Block]:
        """The blocks without the date line shown among the body's own lines (a post's foot after
        its text, a stamp before it): the block at one of the `ends` that is of a date line's
        length, shows the date read (as read, or opening the line with its day written another way)
        and is no sentence."""
        shown = self.date_raw()
        for end in ends:
            text = blocks[end].text if blocks else ""
            if not (shown and len(text) <= MAX_DATE_LINE_CHARS and SENTENCE_STOP not in text):
                continue
            if shown in text or self.opens_with_the_day(text, shown) or self.stamps_the_day(text, shown):
                return blocks[1:] if end == 0 else blocks[:-1]
        return blocks

    def stamps_the_day(self, text: str, shown: str) -> bool:
        """Whether a line is a stamp of the day the date line shows (`shown`), written its own way,
        under a few words of label (投诉进度 发起投诉 2022-05-17 09:21:46 for 2022年05月17日 09:21); not
        a notice's fact labelled as another event's (一、会议时间：2024年3月15日), nor a line dated by the
        address alone."""
        match = DATE_PATTERN.search(text)
        if (match is None or self.date_line_element is None or labels_another_event(text, "")
                or prose_length(text[:match.start()] + text[match.end():]) > MAX_STAMP_LABEL_WORDS):
            return False
        day = (parse_date(shown) or "")[:10]
        return bool(day) and (parse_date(match.group(0)) or "")[:10] == day

    @staticmethod
    def opens_with_the_day(text: str, shown: str) -> bool:
        """Whether a line opens with the day of the date `shown`, written its own way (2018年06月07日
        for 2018/06/07)."""
        match = opens_with_a_date(text)
        if match is None:
            return False
        day = (parse_date(shown) or "")[:10]
        return bool(day) and (parse_date(match.group(0)) or "")[:10] == day

    @property
    def body(self) -> list[Block]:
        return self.body_and_editor[0]

    def body_prose(self, up_to: int) -> int:
        """How much of the body is words outside links (`text.prose_length`), counted up to `up_to`:
        what is asked is whether a body is short, and counting a long one to its end costs."""
        counted = 0
        for block in self.body:
            for text in [block.text] if block.kind == "table" else [run.text for run in block.runs if not run.href]:
                counted += prose_length(text)
                if counted >= up_to:
                    return counted
        return counted

    def body_ends_cut_short(self) -> bool:
        """Whether the body's words stop short before a link: its last paragraph ends with an
        ellipsis, then a link and nothing but brackets (……[详细], ...<a>阅读全文</a>): a listing's
        lead item, its summary linking its story. An article's text ends where it ends."""
        return stops_short(self.closing_links)

    def body_stops_short_anywhere(self) -> bool:
        """Whether any paragraph of the body stops short before a link to its rest (…… 查看全部简介 >):
        a profile's or an overview's intro, cut short, over its other boxes."""
        return any(stops_short(links_closing(block)) for block in self.body if block.kind == "p")

    def body_hands_over(self) -> bool:
        """Whether the body's last paragraph ends with a link to the rest of its story ([详细], 阅读全文,
        更多>>): a listing's lead item, its summary's sentences ending before it. An article may close
        with a link to its source ([原文链接]), never to more of itself."""
        return any(READ_MORE.match(link.text.strip(LINK_BRACKETS)) for link in self.closing_links[1])

    @cached_property
    def closing_links(self) -> tuple[str, list[Run]]:
        """The text of the body's last paragraph before the links closing it, and those links."""
        paragraphs = [block for block in self.body if block.kind == "p"]
        return links_closing(paragraphs[-1]) if paragraphs else ("", [])

    @cached_property
    def text_begins(self) -> int | None:
        """Where the text found begins: the first element inside the body found, after the headline
        where the headline stands in it, whose words hold a sentence's end (not a tab's, a form's
        labels, a breadcrumb); the body found's element where none does."""
        found = self.body_found
        if found is None:
            return None
        index = self.page.index
        start = found.element + 1
        if self.headline_element is not None and index.is_inside(headline := index.position[self.headline_element],
                                                                 found.element):
            start = index.end[headline]
        return next((at for at in range(start, index.end[found.element])
                     if not SENTENCE_STOPS.isdisjoint(index.text(at))), found.element)

    def offers_to_buy(self) -> bool:
        """Whether the page offers to buy (加入购物车, 立即购买), to order (立即办理), to book (立即预订)
        or to ask the price (在线询价) of what it shows, in words or a button's picture: by a control
        that acts on this page (a button, a link run by a script, to a place on the page or to a step
        of its order; an ad's or a sidebar's card links to the shop's page instead) on a page no date
        line dates, or by any such control between the headline and the text found, or one naming
        where to buy it (天猫旗舰店购买) in the headline's own box, or by buttons of one word (预订) each
        to its offer's order: a shop's, a maker's or an operator's page of a product, the text its
        description. A story offers no cart; a shelf after it offers other products, alike buttons on
        MIN_ALIKE_ITEMS cards or more."""
        begins = self.text_begins
        if begins is None:
            return False
        index = self.page.index
        headline = index.position[self.headline_element] if self.headline_element is not None else begins
        in_link = index.nearest(LINK_TAGS)
        # A control's words are the whole text of the element they show in: a sentence whose last words
        # are set apart (上传模型，<b>30秒</b>获取报价) offers nothing.
        # A heading's words title a box (a sidebar's 获取报价 over its form): no control.
        controls = [line for piece in index.pieces_matching(BUY_WORDS)
                    if BUY_CONTROL.search(index.text(line := index.line[piece])) and index.tags[line] not in HEADING_TAGS]
        # A button drawn as a picture says what it does in its alt text, a form's button in its value.
        controls += [at for at in index.tagged("img") if BUY_CONTROL.search(index.elements[at].get("alt") or "")]
        controls += [at for at in index.tagged("input") if BUY_CONTROL.search(index.elements[at].get("value") or "")]
        # A quote form after the text's start (起运港, 目的港, 联系电话, 获取报价) is the site's, beside
        # every page of it, a story's too: its button sends the reader's contact, not what the page shows.
        in_form = index.nearest(FORM_TAG)
        controls = [control for control in controls if not (
            control > begins and (form := in_form[control]) >= 0 and self._asks_for_a_phone(form))]
        # After the text, a shelf of other products, each card with its own button (加入購物車 four times under
        # a shop's blog post), offers those products, not what the page shows.
        if self.body_region is not None:
            text_ends = index.end[index.position[self.body_region]]
            after = Counter(index.text(control).strip() for control in controls if control >= text_ends)
            controls = [control for control in controls
                        if control < text_ends or after[index.text(control).strip()] < MIN_ALIKE_ITEMS]
        # Elsewhere than between the headline and the text, a control acting on the page is the site's
        # own (a brand's header button to its shop) on a page a date line dates: a story's.
        dated = self.date_line_element is not None

        def acts_on_the_page(control: int) -> bool:
            link = in_link[control]
            href = index.elements[link].get("href") if link >= 0 else None
            return link < 0 or not leads_to_a_page(href) or bool(ORDER_STEP.search(href or ""))

        if any(headline < control < begins or not dated and acts_on_the_page(control) for control in controls):
            return True
        # Before the text, in a box with the price it sells at (促销价 ¥69.90 … 加入购物车): a shop's buy
        # box, however the page is dated (a buyer's review under it dates it).
        if any(control < begins and acts_on_the_page(control) and self.priced_box(control) for control in controls):
            return True
        offers = {href for piece in index.pieces_matching(OFFER_CONTROL_WORDS)  # in a link: the cheap test first
                  if (link := in_link[line := index.line[piece]]) >= 0 and OFFER_CONTROL.match(index.text(line))
                  and ORDER_STEP.search(href := index.elements[link].get("href") or "")}
        if len(offers) >= MIN_ALIKE_ITEMS:
            return True
        # In the headline's own box, apart from the text's: a deal's shop card opening a story (去购买)
        # stands in the text's box.
        box = index.parent[headline]
        return box >= 0 and not index.is_inside(begins, box) and any(
            BUY_AT_CONTROL.match(index.pieces[piece]) for piece in range(index.end_piece[headline], index.end_piece[box]))

    def priced_box(self, control: int) -> bool:
        """Whether a control stands in a box of a buy box's size (MAX_BUY_BOX_CHARS) that shows a price."""
        index = self.page.index
        box = index.parent[control]
        while box >= 0 and index.size(box) <= MAX_BUY_BOX_CHARS:
            if PRICE.search(index.text(box)):
                return True
            box = index.parent[box]
        return False

    def shows_facts_over_text(self) -> bool:
        """Whether MIN_FACT_ROWS facts under their labels or more stand between the headline and
        the box of the text found, and no date: a table's rows of label and value (`fact_rows`) or
        lines of one label and its value (产品型号：MFZ/ABC4): what a maker's or a shop's page shows
        under a product's name, the text its description in a box (a tab) of its own. A story's
        meta lines (来源：, 作者：) date it, as a document's record (索引号, 发布日期) does, or label its
        publication's date in a calendar not read (發布日期：113-07-15, Taiwan's); an entry's infobox, a
        review's verdict (优点：, 不足：) open the text's own box."""
        begins, found = self.text_begins, self.body_found
        if begins is None or found is None or self.headline_element is None:
            return False
        index = self.page.index
        facts: list[str] = []
        at = index.end[index.position[self.headline_element]]
        while at < min(begins, found.element):
            tag = index.tags[at]
            if tag == "table" and (rows := fact_rows(index, at)):
                facts += [index.text(row) for row in rows]
                at = index.end[at]
                continue
            if (tag in BLOCK_TAGS and is_fact_line(" ".join(index.text(at).split()))
                    and not any(index.tags[inside] in BLOCK_TAGS for inside in range(at + 1, index.end[at]))):
                facts.append(index.text(at))
            at += 1
        # From the headline's end (its tail on): a headline closing the document has no element after it.
        between = "\n".join(index.pieces[index.end_piece[index.position[self.headline_element]]:index.first_piece[begins]])
        return len(facts) >= MIN_FACT_ROWS and not DATE_PATTERN.search(between) and not PUBLICATION_DATE_LABEL.search(between)

    def asks_for_a_record(self) -> bool:
        """Whether a form asking for a record's keys (two text fields or more, none to write a
        text in, no password) stands between the headline and the text found: a lookup service (a
        score's, a certificate's), the text its notes. A story shows no such form over its text; a
        search box or a sign-up asks one field, a comment form a text, a login form a password."""
        end = self.text_begins
        if self.headline_element is None or end is None:
            return False
        index = self.page.index
        start = index.position[self.headline_element]
        for form in index.tagged("form"):
            if start < form < end and not index.is_inside(end, form):  # a form wrapping the page holds the body
                inside = range(form + 1, index.end[form])
                fields = [at for at in inside if index.tags[at] == "input"
                          and (index.elements[at].get("type") or "text").lower() in QUERY_FIELD_TYPES]
                writes_or_signs_in = any(index.tags[at] == "textarea" or (index.tags[at] == "input" and (
                    index.elements[at].get("type") or "").lower() == "password") for at in inside)
                if len(fields) >= MIN_QUERY_FORM_FIELDS and not writes_or_signs_in:
                    return True
        return False

    def words_down_to_body_end(self) -> str:
        """The page's words from the headline (or the body found's region) to the region's end, the
        boxes left out of the text included (a menu's cards of dishes and their prices over its notes)."""
        if self.body_region is None:
            return ""
        index = self.page.index
        region = index.position[self.body_region]
        start = region if self.headline_element is None else min(region, index.position[self.headline_element])
        return "".join(index.pieces[index.first_piece[start]:index.end_piece[region]])

    def body_is_a_form(self) -> bool:
        """Whether the region of the text found holds a form's fields (`_asks_for_a_phone`), on a
        page dated nowhere: a booking's or a quote request's form, the text its fields' labels and
        notes. A story's reply box asks for no phone number, and sits under a dated text."""
        if self.body_region is None or self.date_raw() is not None:
            return False
        return self._asks_for_a_phone(self.page.index.position[self.body_region])

    def body_is_a_forms_note(self) -> bool:
        """Whether a form asking for a phone number (`_asks_for_a_phone`) follows the body found,
        nothing said between them but a heading (个人会员入会申请表): the page is the form's (a
        sign-up, an application), the text found its notes (入会须知). (Asked of a short body dated
        nowhere: a story's reply box asks for no phone number, under a dated text.)"""
        if self.body_region is None:
            return False
        index = self.page.index
        region = index.position[self.body_region]
        form = next((form for form in index.tagged("form") if form >= index.end[region]), None)
        return form is not None and self._asks_for_a_phone(form) and prose_length(
            "".join(index.pieces[index.end_piece[region]:index.first_piece[form]])) <= MAX_FORM_HEADING_WORDS

    def _asks_for_a_phone(self, box: int) -> bool:
        """Whether a box holds MIN_FORM_FIELDS fields a reader fills in or chooses from, or more, one
        of them asking for a phone number (type tel, so named, or so labelled: 联系电话：)."""
        index = self.page.index
        fields = [at for at in range(box + 1, index.end[box]) if index.tags[at] in FORM_FIELD_TAGS
                  and (index.elements[at].get("type") or "").lower() not in NOT_A_FIELD_TYPES]
        if len(fields) < MIN_FORM_FIELDS:
            return False
        # A field's label is the text between the field before it (or the box's start) and it, the
        # markup's whitespace aside (a form laid out in a table: <th>手机号码</th> <td><input>).
        label_starts = [index.first_piece[box], *(index.end_piece[field] for field in fields)]
        return any(PHONE_FIELD.search(" ".join(index.elements[field].get(name) or ""
                                               for name in ("type", "name", "id", "placeholder")))
                   or PHONE_FIELD.search("".join(index.pieces[start:index.first_piece[field]]).rstrip()[-FIELD_LABEL_REACH:])
                   for field, start in zip(fields, label_starts, strict=False))

    def body_is_directory(self) -> bool:
        """Whether the body found is boxes of the same tag and class (MIN_ALIKE_BOXES or more, most
        of its text; or MIN_ALIKE_ITEMS or more each dialling a number, tel:), each a heading over
        its own text (a person's name and role over a bio, a department's name over its duties, a
        shop's name over its address and hours), on a page dated nowhere: a directory's page
        (leaders' profiles, departments, a chain's stores), no article. A dated feature's alike
        sections are a story's."""
        if self.body_region is None or self.date_raw() is not None:  # the date first: most pages show one
            return False
        index = self.page.index
        region = index.position[self.body_region]
        boxes = next((boxes for part in main_parts(index, region)
                      if (boxes := list_of(index, part, linked=False) or self._dialled_boxes(part))), [])
        return bool(boxes or (boxes := self._boxes_around(region))) and all(
            any(index.tags[inside] in HEADING_TAGS for inside in range(box + 1, index.end[box])) for box in boxes)

    def _boxes_around(self, region: int) -> list[int]:
        """The boxes of the same tag and class (MIN_ALIKE_BOXES or more) among which the body found
        is one, or inside one at most LIST_ITEM_LEVELS below it: the body found is a directory's
        first entry (a chain's first store, its address and hours); [] otherwise."""
        index = self.page.index
        element = region
        for _ in range(LIST_ITEM_LEVELS + 1):
            parent = index.parent[element]
            if parent < 0:
                return []
            kinds = kinds_of_children(index, parent)
            boxes = [box for box, kind in kinds.items() if kind == kinds[element]]
            if len(boxes) >= MIN_ALIKE_BOXES:
                return boxes
            element = parent
        return []

    def _dialled_boxes(self, part: int) -> list[int]:
        """MIN_ALIKE_ITEMS or more of a part's children of the same tag and class, holding most of its
        text, each holding a link that dials a number (tel:): a directory's places, each with its own
        line to call; [] otherwise."""
        index = self.page.index
        kinds = kinds_of_children(index, part)
        for kind in dict.fromkeys(kinds.values()):
            boxes = [box for box, its in kinds.items() if its == kind]
            if len(boxes) >= MIN_ALIKE_ITEMS and all(
                    any(index.tags[at] == "a" and (index.elements[at].get("href") or "").strip().lower().startswith("tel:")
                        for at in range(box + 1, index.end[box])) for box in boxes) \
                    and 2 * sum(index.length(box) for box in boxes) >= index.length(part):
                return boxes
        return []

    def body_is_news_flashes(self) -> bool:
        """Whether the body found is entries each under its time of day (MIN_ALIKE_ITEMS or more),
        and the headline says almost none of their words (`HEADLINE_SAID_SHARE`): a channel's
        rolling flashes, each entry a story of its own, not a live blog of one event."""
        blocks = self.body_read[0]
        if sum(1 for block in blocks if block.kind == "p" and ENTRY_TIME.match(block.text)) < MIN_ALIKE_ITEMS:
            return False
        headline = "".join((self.headline() or "").split())
        pairs = {headline[at:at + 2] for at in range(len(headline) - 1)}
        text = "\n".join(block.text for block in blocks)
        return sum(pair in text for pair in pairs) < HEADLINE_SAID_SHARE * len(pairs)

    def body_is_listing(self) -> bool:
        """Whether the body found is a list of alike items, or one of them (a listing, search results)."""
        index = self.page.index
        return self.body_region is not None and bool(listing_items(index, index.position[self.body_region]))

    def body_is_a_list(self) -> bool:
        """Whether the body found is itself a list of alike items, each linking its story, or its
        box holding most of its text is (an author's page: the bio and counters over the posts)."""
        index = self.page.index
        return self.body_region is not None and any(
            list_of(index, part) for part in main_parts(index, index.position[self.body_region]))

    def body_is_a_record(self) -> bool:
        """Whether a third of the body's words at least are facts under their labels, in
        MIN_FACT_ROWS rows or more of its tables (`fact_rows`): a product's specifications, a
        member's profile, a service guide (办事指南), not a story. An article's tables are its data
        beside a longer text. The body is what is written of it: the box it was found in may be a
        layout's table holding other boxes (a product's related products), and tables there that are
        not written (an entry's navigation boxes) are none of it."""
        if self.body_region is None:
            return False
        index = self.page.index
        region = index.position[self.body_region]
        written = "".join(self.rendered["articleBody"].split())
        rows = [row for table in index.tagged("table") if region <= table < index.end[region]
                for row in fact_rows(index, table) if "".join(index.text(row).split()) in written]
        return len(rows) >= MIN_FACT_ROWS and \
            RECORD_SHARE_OF_FACTS * prose_length(written) <= sum(prose_length(index.text(row)) for row in rows)

    def body_is_a_table(self) -> bool:
        """Whether the body is a table of records with little said beside it: half of its words at
        least in its tables' cells, and its lines in sentences fewer words than an article says
        around its tables (MIN_WORDS_BESIDE_A_TABLE); and either most of its tables' rows link to
        another page (each row a record's entry: 查看详情: a catalogue of standards, a ranking), or a
        form over its rows asks which records to show (所在区域：<select>, 查询时间：<input>: a query's
        results, a day's prices), or a pager among its lines counts the records (共 15 条 第 1/1 页: a
        court's hearings, a register). An article's table (a notice's results) links no page from
        each row, stands under no form or pager, and follows a text that says what it is."""
        blocks = self.body_read[0]
        in_tables = sum(prose_length(cell) for block in blocks if block.kind == "table" for row in block.rows
                        for _, cell in row)
        if not in_tables or self.body_region is None:
            return False
        lines = sum(prose_length(block.text) for block in blocks if block.kind == "p")
        said = sum(prose_length(block.text) for block in blocks if is_prose(block))
        if in_tables < TABLE_SHARE_OF_A_LISTING * (in_tables + lines) or said >= MIN_WORDS_BESIDE_A_TABLE:
            return False
        index = self.page.index
        region = index.position[self.body_region]
        rows = [row for row in index.tagged("tr") if region <= row < index.end[region]]
        linked = [row for row in rows if any(leads_to_a_page(index.elements[link].get("href"))
                                             for link in range(row, index.end[row]) if index.tags[link] == "a")]
        return len(linked) >= MIN_ALIKE_ITEMS and 2 * len(linked) >= len(rows) or any(
            region < form and rows and form < rows[-1] and self._asks_which_records(form) for form in index.tagged("form")
        ) or any(RECORDS_PAGER.search(block.text) for block in blocks if block.kind == "p")

    def _asks_which_records(self, form: int) -> bool:
        """Whether a form asks its reader for MIN_QUERY_FORM_FIELDS keys or choices or more (text
        fields, lists to choose from), nothing to write and no password: a query's form, not a
        search box's (one field), a comment's or a login's."""
        index = self.page.index
        inside = range(form + 1, index.end[form])
        asked = sum(1 for at in inside if index.tags[at] == "select" or index.tags[at] == "input"
                    and (index.elements[at].get("type") or "text").lower() in QUERY_FIELD_TYPES)
        return asked >= MIN_QUERY_FORM_FIELDS and not any(index.tags[at] == "textarea" or index.tags[at] == "input"
                                and (index.elements[at].get("type") or "").lower() == "password" for at in inside)

    def body_is_a_price_table(self) -> bool:
        """Whether the body is mostly a table with a column of prices (its heading 价格, 收费, 票价, 单价
        (元)): a price list's page (a venue's charges, a shop's rates), the lines beside it its notes.
        (Asked of a page dated nowhere: a dated notice of new charges is a story.)"""
        return self.body_is_a_table_headed(PRICE_COLUMN)

    def body_is_a_directory_table(self) -> bool:
        """Whether the body is mostly a table with a column of numbers to call (its heading 咨询电话,
        联系电话): a directory's page (a bureau's service halls, a chain's branches), the lines beside it
        its notes (office hours). (Asked of a page dated nowhere.)"""
        return self.body_is_a_table_headed(CONTACT_COLUMN)

    def body_is_a_table_headed(self, column: re.Pattern) -> bool:
        """Whether half of the body's words at least are the cells of tables one of which has a
        column under a heading `column` matches."""
        tables = [block for block in self.body_read[0] if block.kind == "table"]
        if not any(column.match(cell) for table in tables for row in table.rows[:1] for _, cell in row):
            return False
        in_tables = sum(prose_length(cell) for table in tables for row in table.rows for _, cell in row)
        lines = sum(prose_length(block.text) for block in self.body_read[0] if block.kind == "p")
        return in_tables >= TABLE_SHARE_OF_A_LISTING * (in_tables + lines)

    def body_is_a_tables_note(self) -> bool:
        """Whether a data table outside the body found is longer than the body (`tables_beside_body`):
        the page is the table's (a price list, a timetable), the text found a note beside it."""
        return bool(self.tables_beside_body())

    def shows_a_table_over_its_note(self) -> bool:
        """Whether such a table (`tables_beside_body`) stands between the headline and the body found:
        what the page shows under its name, the text found its note (说明：1. 价格为当日主流成交价…), though
        the page dates its data (更新时间：…): a day's prices. A story's table stands in its text."""
        begins = self.text_begins
        if begins is None or self.headline_element is None:
            return False
        headline = self.page.index.position[self.headline_element]
        return any(headline < table < begins for table in self.tables_beside_body())

    def tables_beside_body(self) -> list[int]:
        """The data tables outside the body found (MIN_TABLE_RECORDS rows of three cells or more,
        each cell short) longer than the body. A table laying out the page holds the body, or
        pictures and forms, and is no data table."""
        if self.body_region is None:
            return []
        index = self.page.index
        region = index.position[self.body_region]
        note = len(self.rendered["articleBody"])
        tables = []
        for table in index.tagged("table"):
            if index.is_inside(region, table) or index.is_inside(table, region) or table == region:
                continue
            rows = [row for row in index.tagged("tr", table, index.end[table])
                    if sum(1 for cell in index.elements[row] if tag_of(cell) in ("td", "th")) >= 3]
            if len(rows) >= MIN_TABLE_RECORDS and index.length(table) > note \
                    and is_data_table(index.elements[table]):
                tables.append(table)
        return tables

    def body_lists_summaries(self) -> bool:
        """Whether the body found, or the part of it that holds most of its text, is a list whose
        items' summaries are cut short (a listing of stories with their summaries under the tag's or
        topic's own blurb, search results with their snippets, a question's answers folded under 阅读全文
        with no link to each), whatever its length; or whose paragraphs are, most of them, summaries
        cut short outside their links (……[详细]: a list whose every item is a title's row over a
        summary's row)."""
        if self.body_region is None:
            return False
        index = self.page.index
        paragraphs = [block for block in self.rendered_blocks if block.kind == "p"]
        cut = sum(1 for block in paragraphs if ends_cut_short(block))
        return (cut >= MIN_ALIKE_ITEMS and 2 * cut > len(paragraphs)) or any(
            items and cut_short(index, items) for box in main_parts(index, index.position[self.body_region])
            for items in (list_of(index, box), list_of(index, box, linked=False)))

    def is_home_page(self) -> bool:
        """Whether the page is a site's home page: at its root, or made of many sections of linked
        headlines whose links hold more text than the body found (a lead story's summary), under a
        title that names no headline of it (the site's name). A short article (a poem) on a portal
        full of links has its title."""
        if leads_home(self.page.url):
            return True
        if self.headline_confirmed or (self.body_found is not None and self.body_found.thread):
            return False  # a page of posts is a thread, however many links it shows beside them
        sections, linked = headline_sections(self.page.index)
        return sections >= MIN_HOME_SECTIONS and linked > HOME_LINKS_OVER_BODY * len(self.rendered["articleBody"])

    def body_is_among_headlines(self) -> bool:
        """Whether the body's own element holds linked headlines (MIN_LISTED_TITLE_CHARS words at
        least) that hold more text than the body: a note beside a list of files or of stories, not
        a text with the page's lists elsewhere."""
        if self.body_region is None:
            return False
        index = self.page.index
        region = index.position[self.body_region]
        links = [link for link in index.tagged("a") if region < link < index.end[region]]
        return sum(length for link in links if (length := index.length(link)) >= MIN_LISTED_TITLE_CHARS) \
            > len(self.rendered["articleBody"])

    def search_words(self) -> list[str]:
        """The values of the page's URL query that hold words (what a search was for), read as
        UTF-8 and as GBK."""
        query = urlsplit(self.page.url).query
        return [value for encoding in ("utf-8", "gb18030")
                for value in (value.strip() for _, value in parse_qsl(query, encoding=encoding, errors="replace"))
                if prose_length(value) >= MIN_QUERY_WORDS and "\ufffd" not in value] if query else []

    def echoed_query(self, count_of_results: re.Pattern) -> str | None:
        """The search words of the page's URL where the page echoes them as search results do: in
        several links (the results' titles), or in a short line outside links that counts what it
        found (您搜索的关键字是：X，共搜索到 2 条), or in its title saying so. However few the results."""
        words = self.search_words()
        if not words:
            return None
        index = self.page.index
        links = [self.text(index.elements[element]) for element, tag in enumerate(index.tags) if tag == "a"]
        in_link = index.nearest(frozenset({"a"}))
        # A line whole, whatever inline elements split it (the query and the count in bold).
        lines = [self.page.title, *(index.text(line) for line in dict.fromkeys(index.line)
                                    if in_link[line] < 0 and index.length(line) <= MAX_SAYING_CHARS)]
        counts = [line for line in lines if count_of_results.search(line)]
        return next((value for value in words if sum(value in link for link in links) >= MIN_ECHOED_RESULTS
                     or any(value in line for line in counts)), None)

    def says(self, wording: re.Pattern) -> bool:
        """Whether the page's title or one of its short texts outside links says `wording`: a piece
        of text, or the whole line it is in, its numbers set apart (共 <b>2</b>页 <b>17</b>条)."""
        index = self.page.index
        in_link = index.nearest(frozenset({"a"}))
        return bool(wording.search(self.page.title)) or any(
            len(text) <= MAX_SAYING_CHARS and in_link[line] < 0 and wording.search(text)
            for text, line in zip(index.pieces, index.line, strict=True)) or any(
            wording.search(text) for text in self.short_lines_of_pieces)

    @cached_property
    def short_lines_of_pieces(self) -> list[str]:
        """The texts of the short lines outside links made of several pieces (共 <b>2</b>页 <b>17</b>条),
        whose pieces alone say less: found once, each line by its size (at once)."""
        index = self.page.index
        in_link = index.nearest(frozenset({"a"}))
        return [index.text(line) for line in dict.fromkeys(index.line) if in_link[line] < 0
                and index.end_piece[line] - index.first_piece[line] > 1 and index.size(line) <= MAX_SAYING_CHARS]

    @cached_property
    def paragraphs(self) -> list[str]:
        """The texts of the body's paragraphs, where datelines and attributions are."""
        return [block.text for block in self.body if block.kind == "p"]


def labelled_authors(text: str) -> list[dict]:
    """The authors a labelled field names (作者:X): each person with their role (作者:记者 张三 通讯员
    李四), else the field as one name; none where it names nobody (作者：本网记者)."""
    labelled = AUTHOR_LABEL.search(text)
    if not labelled:
        return []
    rest = mark_spaced_names(text[labelled.end():])  # a name typeset with a space is one word
    people = split_people(NEXT_FIELD.split(rest.strip(), maxsplit=1)[0].replace(NAME_JOINER, " "))
    if not people:
        name = clean_text(AFTER_SOURCE.sub("", _first_field(rest) or "").replace(NAME_JOINER, ""))  # "刘洋 评论(0)"
        people = [{"name": name, "nameRaw": name}] if name else []
    return [person for person in people if not names_nobody(person["name"]) and not MARKUP_AS_TEXT.search(person["name"])]


def source_name(rest: str) -> str | None:
    """The outlet named at the start of what follows a source's label or a date, without counters
    after it; None where that is a view count, a second date, or no name (NO_SOURCE_NAME, markup)."""
    name = AFTER_SOURCE.sub("", (_first_field(ACCOUNT_ID_ONWARDS.sub("", rest)) or "").lstrip(NAME_SEPARATORS))
    if (not NAME_CHARACTER.search(name) or DATE_PATTERN.search(name) or NO_SOURCE_NAME.search(name)
            or MARKUP_AS_TEXT.search(name)):
        return None
    return clean_text(name)


def _add_crumb_text(crumbs: list[dict[str, str | None]], chunk: str | None) -> None:
    """The names of a text of the position line (split at its separators), added to `crumbs`; the
    label goes before the first."""
    chunk = clean_text(chunk) or ""
    if not crumbs:
        chunk = POSITION_LABEL.sub("", chunk)
    crumbs.extend({"name": name, "url": None} for name in CRUMB_SEPARATORS.split(chunk) if name)


def _first_field(text: str) -> str | None:
    """The text up to the next label or wide gap of a date line."""
    value = OTHER_LABEL.split(text.strip(), maxsplit=1)[0]
    value = re.split(r"\s{2,}|\s+(?=\S+[:：])", value.strip(), maxsplit=1)[0]
    return value.strip(" :：|") or None

