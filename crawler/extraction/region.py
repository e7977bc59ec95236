"""Finding the body of an article in a page whose body container is not known by name.

The body is the element that holds the most paragraph text that is not link text, among the
elements that come after the headline, leaving out what is the page's furniture: furniture
elements (navigation, lists, small forms), the site's notices, and the sections that a heading
opens for other stories or for readers' comments. Where paragraphs of the article stand in the
body's container before it (a lead, a summary), the body is the container, without its other
children; a box that says again what the body says (its first sentence) is none of them.
Inside the body, whole blocks that are not content are dropped by their structure (lists of
links, hidden elements, boxes of notices, widgets recognised by their one-word labels).
No class name or id is trusted: they differ between sites and change with redesigns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass
from itertools import accumulate, chain, pairwise

from crawler.extraction.blocks import (
    BLOCK_TAGS,
    HEADING_TAGS,
    IMAGE_SOURCE_ATTRIBUTES,
    IMAGE_TAGS,
    PLAYER_TAGS,
    SKIPPED_TAGS,
    STEP_NUMBER,
)
from crawler.extraction.dates import DATE_PATTERN, read_date
from crawler.extraction.dom import HIDDEN_CLASSES, Element, TextIndex
from crawler.extraction.keywords import keywords, written_either_way
from crawler.extraction.text import (
    LEAD_LABELLED,
    LINKED_CALL,
    PROMOTION_LABEL,
    PROMOTION_LABEL_WORDS,
    SENTENCE_END,
    STATEMENT_STOPS,
    UPLOAD_STAMP,
    is_notice,
    prose_length,
    site_information_markers,
)

# Text inside these is page furniture, never article text (a <marquee> scrolls a site's notices or
# headlines past). A form is, where it is a widget (a login or comment box: little text); some sites
# wrap the whole page in one. A list is, unless its items hold paragraphs (`lists_of_paragraphs`).
LIST_TAGS = frozenset({"ul", "ol"})
# A list of steps numbered in their own words holds this many at least.
MIN_STEPS = 3
NUMBER = re.compile(r"\d+")
FURNITURE_TAGS = frozenset({"nav", "footer", "header", "aside", "select", "option", "marquee"}) | LIST_TAGS
MAX_WIDGET_FORM_PROSE = 200
TEXT_FIELD_TYPES = frozenset({"text", "tel", "email", "number", "search"})  # inputs a reader types in
# A paragraph shorter than this contributes nothing to its container's score; a body scores at least
# this much paragraph text.
MIN_PARAGRAPH_CHARS = 10
MIN_BODY_SCORE = 40
# A body is words: of a short candidate (a footer's line of times and counters: GMT+8, 2025-6-12
# 09:14, Processed in 0.048 second(s), 18 queries), only the letters and Han characters count
# towards MIN_BODY_SCORE. A longer one holds words enough unless three quarters of it are signs.
SURELY_WORDS = 4 * MIN_BODY_SCORE
MIN_LINE_BREAKS_OF_A_TEXT = 2  # a <div> with this many <br>s holds lines of text, not one paragraph
# Paragraph-like elements hand their score to the element that holds them; so do these, where they
# hold text and no block (a <div> used as a paragraph).
PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt"})
TEXT_BLOCK_TAGS = frozenset({"div", "section", "center"})
# Parts of the article beside the body are looked for in its container and the one above it.
SECTION_LEVELS = 2
# A block before the body, in its container, that is a paragraph of the article (a lead): this
# long, with a sentence's end, few links; shorter under a lead's label (核心提示：, 【导读】), where its
# words after the label are a clause at least (MIN_LEAD_PROSE).
MIN_LEAD_CHARS = 40
MAX_LEAD_LINK_DENSITY = 0.3
SENTENCE_PUNCTUATION = frozenset("。！？；，")
SENTENCE_STOPS = frozenset("。！？")  # what ends a sentence: a part of a text holds one, a sidebar's facts none
CLOSING_QUOTES = "”’」』\"')）"  # what may close a sentence after its stop
URL = keywords(r"(?:https?://|www\.)\S+")
# A short line's text with the whitespace of its markup is at most this many times as long.
MARKUP_WHITESPACE = 16
HIDDEN_STYLE = keywords(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# A hidden element holding at least this share of its region's words is the article, hidden until
# a script shows it; a smaller one is furniture.
HIDDEN_SHARE_OF_TEXT = 0.5
SCRIPT_DATUM = keywords(r"^(?:(?:https?:)?//[!-~]+|\d+)$")  # an address (printable ASCII), a number
# A block with at least this many links, most of its text linked, is a list of links, unless what
# stands between them is prose (this many words, and a sentence's punctuation).
LINK_LIST_MIN_LINKS = 2
CONTACT_LINK = keywords(r"\s*(?:tel|mailto|sms):", re.I)
LINK_LIST_MIN_DENSITY = 0.5
MIN_PROSE_BETWEEN_LINKS = 10
# Controls in a body: inline elements that run a script, icons with a word (播报, 编辑), ad links.
INLINE_CONTROL_TAGS = frozenset({"a", "span", "button", "i", "em", "div"})
MAX_BUTTON_CHARS = 4
MIN_NOTES = 2
MIN_SUMMARY_ROWS = 3
MIN_LEAD_PROSE = 20  # words of a paragraph that say the text has begun
BRACKETED_CONTROL = keywords(rf"^[\[【]\s*[^\]】]{{1,{MAX_BUTTON_CHARS}}}\s*[\]】]$")  # [编辑], [edit], 【修改】
AD_WORD = keywords(PROMOTION_LABEL_WORDS, re.I)  # looked for in a box's text before its elements are
# The labels of the widgets news pages put in and around a body (ads, related and recommended
# lists, share buttons and the bid over them (喜欢这篇文章？分享给朋友：), print and close buttons,
# pagers, comment boxes, font-size switches, likes, QR codes to follow an account): a block that
# says only this, with its icons and images, is the widget. A call to scan is alone or says what
# the scan is for (to follow, to read on a phone): a subheading that opens with 扫码 (扫码就能看到“身份证”)
# tells how a code on a product works.
SCAN_PURPOSE = (r"(?=.{0,20}(?:关注|订阅|下载|阅读|查看|分享|打开|访问|浏览|观看|收听|手机|移动|客户端|APP|"
                r"公众号|小程序|二维码))")
# How a box of other stories is labelled: related, recommended, popular, earlier (往期推荐, 往期回顾).
OTHER_STORIES = "(?:相关|推荐|延伸|热门|热点|精彩|更多|往期)"
OTHER_STORIES_KIND = "(?:新闻|阅读|文章|链接|报道|推荐|内容|回顾|精选)"
WIDGET_LABEL = keywords(
    r"^(?:.{0,4}广告|赞助商?链接|推广|"
    rf"{OTHER_STORIES}{OTHER_STORIES_KIND}?|猜你喜欢|"
    r"(?:喜欢|觉得)[^？?！!]{0,12}[？?！!]?(?=分享)|分享到?.{0,12}|打印(?:本页|此文)?|关闭(?:窗口|本页)?|收藏(?:本文)?|编辑|返回(?:顶部|首页)|"
    r"上一(?:页|篇)|下一(?:页|篇)|"
    r"(?:我要|发表|最新|网友|查看)?评论|"
    # a likes widget (赞过：, 请按赞：, 喜欢), its placeholder loading
    r"字号|字体|[大中小]{1,3}|点赞|赞过?|(?:请)?按赞|喜欢|(?:正在)?(?:加载|载入)中?[.…。]*|"
    rf"{SCAN_PURPOSE}(?:扫一?扫|扫码|扫描二维码|长按二维码|长按识别).{{0,24}}|扫一?扫|扫码|"
    r"关注.{0,16}(?:公众号|微信|微博|客户端|抖音|视频号))+$"
)
# A short block with a picture that asks to scan, follow or download is a promotion (a QR code).
PROMOTION = keywords(r"二维码|公众号|扫码|扫一扫|关注|下载|客户端|APP", re.I)
MAX_PROMOTION_CHARS = 80
# A short box closed by a link calling to act on it (立即投诉 →, 点击报名>>, 免费订阅, 查看课程详情 >): the site's
# card offering its service among the paragraphs (投诉直通车 遇到纠纷？一键发起投诉… 立即投诉 →), none of the text.
CALL_STOPS = "。！!"  # what may close the call after its link (欢迎<a>在线咨询</a>。)
# ... and a line to call beside its button, after it (服务热线：400-860-1234).
NUMBER_AFTER_CALL = keywords(r"^\s*[^\s:：]{0,6}(?:电话|热线|手机|微信)\s*[:：]\s*[\dXx*\-—\s()（）]{5,24}$")
CALL_LINK = keywords(rf"{LINKED_CALL.pattern}|^(?:立即|马上|免费|在线)|^去(?:看看|逛逛|购买|抢购|领取|下单|预约|报名)$")
# A box a label says a machine wrote (AI摘要, 内容由AI生成), up to a summary's length.
MACHINE_MADE = keywords(r"^\s*(?:AI|智能)\s*(?:摘要|总结|导读|速览|概要)|由\s*AI\s*生成")
MAX_MACHINE_SUMMARY_CHARS = 500
MACHINE_SUMMARY_WORDS = written_either_way(("AI", "智能"))  # looked for before the box is read
# A product's card set in a text (a review's price box, a deal's shop card): its name, its price
# (参考价：￥8999, 京东 ￥299) and links to its quotes or shops, in no sentence.
PRICE = keywords(r"[￥¥]\s*\d|(?:参考价|报价|售价|价格|指导价)(?:格)?\s*[:：]\s*\d")
MAX_PRODUCT_CARD_CHARS = 160
# A shop's or an account's card set in a text (鑫达油漆建材 / 地址：… / 电话：… 微信：…): its name, its
# address and a number to call, each on a line of its own, in no sentence.
CARD_ADDRESS = keywords(r"地址\s*[:：]")
CARD_NUMBER = keywords(r"(?:电话|手机|微信|热线|tel)\s*[:：]", re.I)
MIN_CARD_LINES = 3
COMMENT_COUNT = r"(?:共|已有)?\d+(?:条|人参与)?(?:评论|留言|回复)?"
# The heading of a section of other stories, of readers' comments, of a box to tip the author (赞赏：…
# 扫码赞赏), or of the site's statement: the section follows it, to the end of its container. (更多
# alone is a link to more of the same.)
# A box of related items may name their subject first (凌霄X5相关投诉, 电梯相关新闻), or a vendor's products (相关产品与服务).
SECTION_LABEL = keywords(r"^(?:相关|推荐|热门)$|^(?:打赏|赞赏)(?:作者|一下|支持)?$|"  # or of a box to tip the author
                           r"^(?:关于作者|作者(?:简介|介绍)|about\s*the\s*author)$|"  # or of the author's box under a post
                           rf"^{OTHER_STORIES}{OTHER_STORIES_KIND}$|^猜你喜欢$|"
                           r"^[^\s，。、：:]{0,10}相关(?:新闻|阅读|文章|链接|报道|内容|资讯|投诉|视频|专题|产品(?:与服务)?|车型)$|"
                           r"^(?:(?:网友|最新|最热|热门|全部|精彩|精选|读者|用户|查看|游客|顾客|买家|住客|商品)?"
                           r"(?:评论|点评|留言|跟[帖贴]|回[帖贴]|回复|问答)|(?:商品|买家|累计)评价)(?:列表|区)?"
                           # with its counts (共5条, 已有27人参与, 已有3条评论，共26人参与), and a link to all of them
                           # (已有37条评论，查看全部)
                           rf"(?:{COMMENT_COUNT}(?:[，,]{COMMENT_COUNT})*)?(?:[，,]?(?:查看全部|查看更多|更多|全部))?$|^comments?$|"
                           r"^(?:共|全部|已有|有)?\d+条?(?:评论|留言|回复)$|"  # or the count first: 共 248 条评论, 3 评论
                           # the count on the post, its title quoted (《某某》上有4条评论, 17 条评论 to “某某”), quotes
                           # inside the title's angle brackets maybe (《超市里的“有机”标签怎么看》上有4条评论)
                           r"^(?:《[^》]{1,60}》|[“\"][^”\"]{1,60}[”\"])(?:上|的)?(?:共|有|已有)?\d+(?:条|个)(?:评论|留言|回复|想法)$|"
                           r"^\d+条(?:评论|回复)to[“\"][^”\"]{1,60}[”\"]$|"
                           r"^(?:我来|我要|来)?说两句$|"  # a portal's name for its readers' comments
                           r"^.{0,8}?(?:版权|免责|特别|郑重|法律)?声明$",
                           re.I)
SECTION_WORDS = written_either_way(("相关", "推荐", "延伸", "热门", "热点", "精彩", "更多", "猜你喜欢", "评论", "点评",
                                    "留言", "跟帖", "跟贴", "回帖", "回贴", "回复", "问答", "评价", "说两句", "omment", "声明",
                                    "作者", "uthor"))
MAX_WIDGET_CHARS = 60
IMAGE_FILE = keywords(r"\.(?:jpe?g|png|gif|webp|bmp)$")  # longer than any widget's label
# A word of a picture's file name this long names that picture (a viewer's address holding it opens it);
# shorter ones are sizes and suffixes (690, small, s).
FILE_NAME_WORD = keywords(r"[^0-9a-z]+")
MIN_PICTURE_NAME_CHARS = 8
# What stands around a label's words: punctuation, and the marks it is framed with (▼ 往期推荐 ▼, ■ 相关阅读).
LABEL_PUNCTUATION = keywords(r"[\s:：【】\[\]()（）|·>»›▼▲▶►◆◇■□●○★☆]+")
# A note in brackets after a label (精选留言（写留言请打开APP）, 网友评论（仅代表网友个人观点）, 网友评论：（只显示最新10条。
# 评论内容只代表网友观点，与本站立场无关！）) is no part of it.
LABEL_ASIDE = keywords(r"(?<=[^\s(（])\s*[(（][^()（）]{1,40}[)）]\s*$")
LEAD_LABEL = keywords(r"^(?:[【\[(（][^】\])）]{1,8}[】\])）][:：]?|[^，。；;:：]{1,8}[:：])")


# A box of notices: at least this many paragraphs, at least this share of its text notices.
MIN_NOTICE_BOX_PARAGRAPHS = 2
MIN_NOTICE_SHARE = 0.6
# A body is looked for as one item of a list this many levels up (the item, its cell, its row).
LIST_ITEM_LEVELS = 3
MIN_ALIKE_ITEMS = 3
# Boxes with no link each are a list of excerpts when there are this many, most cut short: an
# article folds a few of its own sections (注释, 赏析), a list of answers or comments runs longer.
MIN_ALIKE_BOXES = 5
ELLIPSIS = ("...", "…", "。。。")
# An excerpt cut short says the body again where more than this share of its clauses (between these
# marks) stand in it word for word; an intro over it not cut short (an editor's summary maybe), where
# more than the larger share do: a summary in words of its own stays.
CLAUSE_BREAK = keywords(r"[，,。；;！？!?、：:]")
MOST_OF_AN_EXCERPT = 0.5
MOST_OF_AN_INTRO = 0.6
WITHOUT_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』《》")
# A text's aside in brackets ((以下简称“建材公司”)), which an intro retelling the text's words leaves out.
BRACKETED_ASIDE = keywords(r"[（(][^（）()]{1,30}[）)]")
# ... or where nearly all of its phrases of this many characters stand in it: the text's opening with a
# word cut out of most clauses (近日, 已经). An editor's lead in words of its own shares far fewer (a
# live blog's 【导语】 over its entries, about 0.6).
PHRASE_CHARS = 4
NEARLY_ALL_PHRASES = 0.7
WITHOUT_PUNCTUATION = str.maketrans("", "", "“”‘’\"'「」『』《》，,。；;！？!?、：:（）() ")
MIN_LISTED_TITLE_CHARS = 8
# A post of a forum thread, or a comment under a post: a container (no paragraph) whose short
# line shows a date with its time (the poster's line). Alike ones side by side are a thread: the
# first, where the article's text has not come before it, is the article; the others are replies.
MIN_THREAD_ENTRIES = 2
MAX_POSTER_LINE_CHARS = 80
# A day of the year and a time (03-24 22:47), and a reply's floor (12楼, 沙发; not 楼主, the poster).
DAY_AND_TIME = keywords(r"(?<![\d/.-])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\s+\d{1,2}:\d{2}(?!\d)")
FLOOR = keywords(r"(?<!\d)\d{1,5}\s*楼(?!主)|沙发|板凳|地板")
FLOOR_WORDS = written_either_way(("楼", "沙发", "板凳", "地板"))
ENTRY_LEVELS = 8  # how far above the body's element its post is looked for (table layouts nest deep)
# A home page: many sections of linked headlines, their links more text than the body found.
SECTION_BOX_TAGS = frozenset({"ul", "ol", "dl", "table"})
CELL_TAGS = frozenset({"td", "th"})
MAX_FACT_LABEL_CHARS = 8  # 事项名称, 公称通径, 联系电话: a fact's label is a name of a few words
MAX_FACT_VALUE_CHARS = 40  # 磷酸铵盐干粉（含量≥75%）: a value is a phrase, not a sentence's text
MIN_TEXT_SENTENCES = 3  # a letter under its label (来信内容), not a guide's one-sentence 办理依据
MIN_SECTION_HEADLINES = 4
MIN_HOME_SECTIONS = 6
UNSAID_TAGS = FURNITURE_TAGS | SKIPPED_TAGS  # what an element holds but does not say: lists, menus, scripts
EXCLUDED_TAGS = UNSAID_TAGS | {"a"}
LINK_TAGS = frozenset({"a"})
# The boxes a framework writes each part of a text in, between the ads or cards set in it.
PART_BOX_TAGS = frozenset({"div", "section"})


@dataclass(frozen=True)
class Body:
    """The element holding an article's body, its children that are not the body's, and the
    element the body ends with (itself, or its last child that is the body's)."""

    element: int
    left_out: tuple[int, ...] = ()
    last: int | None = None
    thread: bool = False  # the element holds alike posts (a forum thread, a blog's entries), the first the article

    def after(self, index: TextIndex, headline: int) -> Body:
        """This body without what its element holds before the headline, where it holds the headline
        (a flat page's header lines and menus, all in <body>): the article follows its headline."""
        if self.thread or not index.is_inside(headline, self.element):
            return self
        before = tuple(child for child in index.children(self.element) if index.end[child] <= headline)
        return Body(self.element, (*self.left_out, *before), self.last) if before else self


def mark(mask: list[bool], index: TextIndex, element: int) -> None:
    for inside in range(element, index.end[element]):
        mask[inside] = True


def furniture_mask(index: TextIndex, after: int | None = None) -> list[bool]:
    """For every element, whether it is page furniture, never article text: inside a link or a
    furniture element, a form that is a widget, or a section of other stories or of comments that
    a heading after the headline (`after`) opens (the heading and the elements after it)."""
    mask = list(furniture_elements(index))
    for heading in section_headings(index, after):
        for opened in (heading, *_section_opened(index, heading)):
            mark(mask, index, opened)
    return mask


def lists_of_paragraphs(index: TextIndex) -> frozenset[int]:
    """The lists that hold the page's text, set in a list by their markup (a live blog's entries, a
    guide's steps): their items hold paragraphs (<p>) of sentences, MIN_LEAD_CHARS long outside
    links, and say more in them than the page's paragraphs outside lists (a lead, a note), or are
    steps numbered in order in their own words (`numbered_steps`); few of
    their items link a story by its title (a listing's do). A menu, a list of links, tags or facts
    holds no paragraph; readers' comments in a list say less than the article above them."""
    def compute() -> frozenset[int]:
        lists = [listed for tag in LIST_TAGS for listed in index.tagged(tag)]
        steps = {listed: words for listed in lists if (words := numbered_steps(index, listed))}
        if not steps and not any("p" in index.tags[listed + 1:index.end[listed]] for listed in lists):
            return frozenset()  # most pages: no list holds a paragraph
        in_list, in_link = index.nearest(LIST_TAGS), index.nearest(LINK_TAGS)
        listed: dict[int, int] = defaultdict(int)  # the outermost list of each paragraph: its paragraphs' words
        for steps_list, words in steps.items():
            listed[[ancestor for ancestor in _up_to(index, steps_list, 0) if index.tags[ancestor] in LIST_TAGS][-1]] += words
        unlisted = 0
        for paragraph in index.tagged("p"):
            said = "".join(index.pieces[piece] for piece in range(index.first_piece[paragraph], index.end_piece[paragraph])
                           if in_link[index.line[piece]] < 0)
            words = prose_length(said)
            if in_list[paragraph] < 0:
                unlisted += words
            elif words >= MIN_LEAD_CHARS and not SENTENCE_STOPS.isdisjoint(said):
                outermost = [ancestor for ancestor in _up_to(index, paragraph, 0) if index.tags[ancestor] in LIST_TAGS][-1]
                listed[outermost] += words
        # Steps numbered in order are the text's wherever they stand, however much the page says elsewhere.
        return frozenset(found for found, words in listed.items()
                         if (words > unlisted or found in steps) and not _links_stories(index, found))
    return index.memo("lists of paragraphs", compute)


def numbered_steps(index: TextIndex, listed: int) -> int:
    """The words of a list's items where each opens with its own number, in order (1.鸡翅中洗净…,
    2.冷水下锅…; 步骤3：) and says a sentence: a guide's steps, however their text is set (in a <div>,
    beside its picture); 0 where the list is none such (MIN_STEPS items at least)."""
    items = [item for item in index.children(listed) if index.tags[item] == "li"]
    if len(items) < MIN_STEPS:
        return 0
    words = 0
    for number, item in enumerate(items, 1):
        text = index.text(item).strip()
        opened = STEP_NUMBER.match(text)
        if opened is None or [int(found) for found in NUMBER.findall(opened.group(0))] != [number] \
                or SENTENCE_STOPS.isdisjoint(text):
            return 0
        words += prose_length(text)
    return words


def _links_stories(index: TextIndex, listed: int) -> bool:
    """Whether half of a list's items at least link a story by its title (a listing's items)."""
    items = [item for item in index.children(listed) if index.tags[item] == "li"]
    linking = sum(1 for item in items if any(index.tags[inside] == "a" and index.length(inside) >= MIN_LISTED_TITLE_CHARS
                                             for inside in range(item + 1, index.end[item])))
    return 2 * linking >= len(items)


def unsaid_nearest(index: TextIndex, tags: frozenset[str]) -> list[int]:
    """`index.nearest(tags)`, where the lists of paragraphs (`lists_of_paragraphs`) are none of them."""
    text_lists = lists_of_paragraphs(index)
    if not text_lists:
        return index.nearest(tags)

    def compute() -> list[int]:
        found, parent = [-1] * len(index.elements), index.parent
        for element, tag in enumerate(index.tags):
            if tag in tags and element not in text_lists:
                found[element] = element
            elif element:  # the root (0) has no parent
                found[element] = found[parent[element]]
        return found
    return index.memo(("unsaid nearest", tags), compute)


def furniture_elements(index: TextIndex) -> list[bool]:
    """For every element, whether it is inside a link or a furniture element, or a form that is a widget."""
    def compute() -> list[bool]:
        mask = [nearest >= 0 for nearest in unsaid_nearest(index, EXCLUDED_TAGS)]
        for form in widget_forms(index):
            if not mask[form]:
                mark(mask, index, form)
        return mask
    return index.memo("furniture elements", compute)


def section_headings(index: TextIndex, after: int | None = None) -> list[int]:
    """The headings after the headline (`after`) that open a section with their label (相关阅读,
    网友评论, 声明). A line in a link or in furniture, or in a section already opened, opens none."""
    def compute() -> list[int]:
        furniture = furniture_elements(index)
        headings: list[int] = []
        start = index.end_piece[after] if after is not None else 0
        for line in index.lines_with(SECTION_WORDS, start):
            if furniture[line] or any(heading <= line < index.end[index.parent[heading]] for heading in headings):
                continue
            heading = widest(index, line, MAX_WIDGET_CHARS)  # the heading's box: the label, and a count or a link
            # The label opens its box: a count of comments among a post's counters (沈一舟 2022-11-03
            # 收藏87 评论35 赞214) heads no section.
            box = _label(index, heading)
            if index.parent[heading] >= 0 and any(SECTION_LABEL.match(label := _label(index, element))
                                                  and box.startswith(label) for element in _up_to(index, line, heading)):
                headings.append(heading)
        return headings
    return index.memo(("section headings", after), compute)


def in_labelled_section(index: TextIndex, after: int | None = None) -> bytearray:
    """For every piece of text, whether it is in a section a heading opens: from the heading to the
    end of the element holding it, the text between the elements after it included (an early-web
    page sets its comments loose between their headers); a card holding its stories closes with
    its own element."""
    def compute() -> bytearray:
        inside = bytearray(len(index.pieces))
        for heading in section_headings(index, after):
            closing = heading if _is_card_between_parts(index, heading) else index.parent[heading]
            first, end = index.first_piece[heading], index.end_piece[closing]
            inside[first:end] = b"\x01" * (end - first)
        return inside
    return index.memo(("labelled section pieces", after), compute)


def _up_to(index: TextIndex, element: int, ancestor: int) -> list[int]:
    """An element and its ancestors, up to `ancestor` (at or above it)."""
    chain = [element]
    while chain[-1] != ancestor:
        chain.append(index.parent[chain[-1]])
    return chain


def widget_forms(index: TextIndex) -> frozenset[int]:
    """The forms that are widgets (`is_widget_form`): <form>s, and the boxes holding a text field
    without one (a comment box a script sends, a quote's box of fields set between paragraphs)."""
    fields = (*index.tagged("textarea"), *(field for field in index.tagged("input")
                                           if (index.elements[field].get("type") or "text").lower() in TEXT_FIELD_TYPES))
    return index.memo("widget forms", lambda: frozenset(
        form for form in (*index.tagged("form"), *(field_box(index, field) for field in fields))
        if is_widget_form(index, form)))


def field_box(index: TextIndex, field: int) -> int:
    """The box of a text field without a form: its parent, and the boxes around it of a widget's
    few words (装修前先算一算 / 输入面积… over the fields), below the page's <body>."""
    box = index.parent[field]
    while (parent := index.parent[box]) >= 0 and index.tags[parent] not in ("body", "html") \
            and index.length(parent) <= MAX_WIDGET_CHARS:
        box = parent
    return box


def is_widget_form(index: TextIndex, form: int) -> bool:
    """A form that is a box of controls (a login, a comment, a search box): little text, and no
    paragraph. A form that holds a page's paragraphs (ASP.NET pages are one) wraps the page."""
    return prose_length(index.text(form)) <= MAX_WIDGET_FORM_PROSE and not any(
        index.tags[inside] == "p" and prose_length(index.text(inside)) >= MIN_LEAD_CHARS
        for inside in range(form + 1, index.end[form]))


def widest(index: TextIndex, element: int, max_chars: int) -> int:
    """The outermost element around `element` (itself at least) whose text is at most `max_chars`
    long: a whole line whose parts sit in several elements."""
    while (parent := index.parent[element]) >= 0:
        size = index.size(parent)  # at once; its length, whitespace collapsed, only where it may be short
        if size > max_chars and (size > MARKUP_WHITESPACE * max_chars or index.length(parent) > max_chars):
            break
        element = parent
    return element


def paragraph_holders(index: TextIndex) -> list[int]:
    """For every element, the element its text is a paragraph of: its nearest block, or the page's
    <body> for text set in it directly (a page of the early web, its lines broken by <br>)."""
    def compute() -> list[int]:
        block, bodies = index.nearest(BLOCK_TAGS), index.tagged("body")
        if not bodies or not _sets_text_itself(index, bodies[0]):  # most pages: at once
            return block
        body, end = bodies[0], index.end[bodies[0]]
        return [*block[:body], *(body if holder < 0 else holder for holder in block[body:end]), *block[end:]]
    return index.memo("paragraph holders", compute)


def _sets_text_itself(index: TextIndex, body: int) -> bool:
    """Whether the page's <body> holds text outside its blocks: its own, a child's tail, an inline child's."""
    return bool((index.texts[body] or "").strip()) or any(
        (index.tails[child] or "").strip() or (index.tags[child] not in BLOCK_TAGS | SKIPPED_TAGS and index.size(child))
        for child in index.children(body))


def paragraph_texts(index: TextIndex, mask: list[bool], after: int | None = None) -> dict[int, str]:
    """Non-link text per paragraph element (the nearest block element of each text), for
    the text after element `after` (the headline) when it is given. Text inside the furniture is
    left out, and so are the site's notices (a statement, a copyright line) and addresses (URLs)."""
    block, in_section = paragraph_holders(index), in_labelled_section(index, after)
    texts: dict = defaultdict(list)
    start = index.end_piece[after] if after is not None else 0
    for line, piece, sectioned in zip(index.line[start:], index.pieces[start:], in_section[start:], strict=True):
        if not (mask[line] or sectioned) and (paragraph := block[line]) >= 0 and (text := piece.strip()):
            texts[paragraph].append(text)
    totals = {}
    for paragraph, pieces in texts.items():
        text = URL.sub("", "".join(pieces))
        if text and is_notice(text):
            lines = broken_lines(index, paragraph, lambda piece: piece >= start and not (mask[index.line[piece]]
                                                                                         or in_section[piece]))
            text = "".join(line for line in (URL.sub("", line) for line in lines) if is_article_sentence(line))
        if text:
            totals[paragraph] = text
    return totals


def is_article_sentence(line: str) -> bool:
    """Whether a line of a paragraph that is a notice as a whole is a sentence of the article all the
    same: a site that breaks its lines (<br>) instead of making paragraphs puts the article's text
    and a notice under it in one element. A footer's lines are short, or name what a site's notice
    names (a copyright, a phone number), and some are notices only together."""
    return (prose_length(line) >= MIN_LEAD_CHARS and SENTENCE_END in line and not site_information_markers(line)
            and not is_notice(line))


def broken_lines(index: TextIndex, paragraph: int, wanted: Callable[[int], bool]) -> list[str]:
    """A paragraph's text (its `wanted` pieces, those of no block inside it) as the lines its line
    breaks (<br>) make, each with its whitespace collapsed."""
    block, line_of, pieces = paragraph_holders(index), index.line, index.pieces
    breaks = {index.end_piece[element] for element in range(paragraph + 1, index.end[paragraph])
              if index.tags[element] == "br"}
    lines: list[str] = []
    current: list[str] = []
    for piece in range(index.first_piece[paragraph], index.end_piece[paragraph]):
        if piece in breaks:
            lines.append(" ".join("".join(current).split()))
            current = []
        if block[line_of[piece]] == paragraph and wanted(piece):
            current.append(pieces[piece])
    lines.append(" ".join("".join(current).split()))
    return [line for line in lines if line]


def link_density(index: TextIndex, element: int) -> float:
    """The share of an element's text (whitespace collapsed) that is inside its links."""
    text = index.length(element)
    if not text:
        return 1.0
    in_link, line = index.nearest(LINK_TAGS), index.line
    linked = "".join(index.pieces[piece] for piece in range(index.first_piece[element], index.end_piece[element])
                     if in_link[line[piece]] > element)  # a link inside the element
    return min(1.0, len(linked.strip()) / text)


def text_link_density(index: TextIndex, element: int) -> float:
    """The share of an element's text that is inside its links, its lists and other furniture left
    out: how much of what it says is links. A list of related stories in the article's box is no
    more the article's than a footer's links are (the body leaves it out)."""
    furniture, in_link, line = unsaid_nearest(index, UNSAID_TAGS), index.nearest(LINK_TAGS), index.line
    said, linked = [], []
    for piece in range(index.first_piece[element], index.end_piece[element]):
        if furniture[line[piece]] <= element:  # not inside furniture of the element's own
            said.append(index.pieces[piece])
            if in_link[line[piece]] > element:
                linked.append(index.pieces[piece])
    text = len(" ".join("".join(said).split()))
    return min(1.0, len("".join(linked).strip()) / text) if text else 1.0


def holder_of(index: TextIndex, paragraph: int) -> int:
    """The element a paragraph's text counts for: the paragraph's own container, where it is a
    paragraph (a <p>, or a <div> with text and no block inside, in one line or two: a <div> whose
    lines are broken by <br> holds the article's paragraphs itself)."""
    tag = index.tags[paragraph]
    if tag in PARAGRAPH_TAGS:
        return index.parent[paragraph]
    inside = index.tags[paragraph + 1:index.end[paragraph]] if tag in TEXT_BLOCK_TAGS else []
    is_paragraph = (tag in TEXT_BLOCK_TAGS and BLOCK_TAGS.isdisjoint(inside)
                    and inside.count("br") < MIN_LINE_BREAKS_OF_A_TEXT)
    return index.parent[paragraph] if is_paragraph else paragraph


def outermost_wrapper(index: TextIndex, element: int) -> int:
    """The outermost of the wrappers around an element that hold it alone (a framework's boxes
    around each paragraph), or the element itself: a wrapper is no level of a layout, and the
    paragraphs' container is the element around it."""
    pieces, end = index.pieces, index.end
    # The only child of its parent: its first (next in document order), and ending where it ends.
    while element > 0 and (parent := index.parent[element]) == element - 1 and end[element] == end[parent] and not any(
            pieces[piece].strip() for piece in chain(range(index.first_piece[parent], index.first_piece[element]),
                                                      range(index.end_piece[element], index.end_piece[parent]))):
        element = parent  # no text of its own beside the element's, but the whitespace of its markup
    return element


def find_body(index: TextIndex, after: int | None = None) -> Body | None:
    """The body of the article (after the headline `after`, where given), or None when no element
    holds paragraph text."""
    mask = furniture_mask(index, after)
    scores: dict = defaultdict(float)
    texts = paragraph_texts(index, mask, after)
    paragraphs = {paragraph: len(text) for paragraph, text in texts.items()}
    for paragraph, length in paragraphs.items():
        if length < MIN_PARAGRAPH_CHARS:
            continue
        holder = holder_of(index, paragraph)
        if holder < 0:
            continue
        scores[holder] += length
        if (around := index.parent[outermost_wrapper(index, holder)]) >= 0:
            scores[around] += length / 2
    best, best_score = None, MIN_BODY_SCORE
    for element in sorted(scores, key=scores.__getitem__, reverse=True)[:5]:
        if scores[element] < best_score:  # links only lower a score: no later one can win
            break
        score = scores[element] * (1 - text_link_density(index, element))
        if score >= best_score and not NoticeBoxes(index, element).is_box(element) and \
                (scores[element] >= SURELY_WORDS or words_of(index, element, texts) >= MIN_BODY_SCORE):
            best, best_score = element, score
    if best is None:
        return None
    thread = thread_of(index, best) if len(poster_lines(index)) >= MIN_THREAD_ENTRIES else None
    if thread is not None:
        return Body(thread, thread=True)
    # An item of a list that holds the text (a live blog's entry, a guide's step) is one part of it: the list is.
    text_lists = lists_of_paragraphs(index)
    best = next((list_ for list_ in reversed(_up_to(index, best, 0)) if list_ in text_lists), best)
    return with_the_rest(index, best, paragraphs, mask, after)


def words_of(index: TextIndex, element: int, texts: dict[int, str]) -> int:
    """How many words (letters, Han characters) the paragraphs an element scored on hold."""
    return sum(prose_length(text) for paragraph, text in texts.items()
               if len(text) >= MIN_PARAGRAPH_CHARS and (paragraph == element or index.is_inside(paragraph, element)))


def timed(text: str) -> bool:
    """Whether a text shows a date with its time (a post's or a comment's)."""
    return any(match.group("minute") for match in DATE_PATTERN.finditer(text))


def poster_lines(index: TextIndex) -> list[int]:
    """The pieces of text that are short and show a date with its time, in order, or a day of the
    year and a time in a line of no sentence that numbers its floor (12楼 03-24 22:47: a reply, as
    forums show those of the year); not an attachment's upload time, nor those a hidden element holds
    (an attachment's pop-up): the page does not show them."""
    def compute() -> list[int]:
        # Looked for from the floors' words (few lines hold them), not from the times (a scan for
        # which costs 2 ms a page).
        block = index.nearest(BLOCK_TAGS)
        floors = [piece for line in dict.fromkeys(block[line] for line in index.lines_with(FLOOR_WORDS)) if line >= 0
                  and FLOOR.search(text := index.text(line)) and SENTENCE_PUNCTUATION.isdisjoint(text)
                  for piece in range(index.first_piece[line], index.end_piece[line])
                  if DAY_AND_TIME.search(index.pieces[piece])]
        dated = index.pieces_matching(DATE_PATTERN, lambda match: match.group("minute"))
        return [piece for piece in sorted({*dated, *floors})
                if len(text := index.pieces[piece].strip()) <= MAX_POSTER_LINE_CHARS and not UPLOAD_STAMP.match(text)
                and not in_hidden(index, index.line[piece])]
    return index.memo("poster lines", compute)


def in_hidden(index: TextIndex, element: int) -> bool:
    """Whether an element is hidden or inside a hidden one: what the page does not show. Each
    element's answer is kept: the elements asked share most of their ancestors."""
    known: dict[int, bool] = index.memo("in hidden", dict)
    unknown = []
    while element >= 0 and element not in known:
        unknown.append(element)
        element = index.parent[element]
    hidden = element >= 0 and known[element]
    for ancestor in reversed(unknown):  # the root's side first
        hidden = known[ancestor] = hidden or _is_hidden(index, ancestor)
    return hidden


def is_entry(index: TextIndex, element: int) -> bool:
    """A post or a comment: a container, not a paragraph, that opens or closes with a short line
    showing a date and its time (its poster's line; a time after its text is another's, a comment
    under it), and with no link to a story."""
    tag = index.tags[element]
    if tag not in BLOCK_TAGS or tag in PARAGRAPH_TAGS:
        return False
    lines, first, end = poster_lines(index), index.first_piece[element], index.end_piece[element]
    at, after = bisect_left(lines, first), bisect_left(lines, end)
    if at == after:
        return False
    opens = _short(index, first, lines[at])  # a title at most before it
    closes = _short(index, lines[after - 1] + 1, end, sentence=False)  # controls at most after it (回复 | 评论(3))
    return (opens or closes) and not alike(index, [element], kind_of(index, element))  # a list's item links a story


def _short(index: TextIndex, first: int, end: int, sentence: bool = True) -> bool:
    """Whether the text pieces `first` to `end` hold MAX_POSTER_LINE_CHARS words at most (and,
    unless `sentence`, no sentence's punctuation): read only as far as needed, a post being long."""
    words = 0
    for piece in range(first, end):
        text = index.pieces[piece]
        if not (sentence or SENTENCE_PUNCTUATION.isdisjoint(text)):
            return False
        read = 0
        while read < len(text):
            chunk = text[read:read + MAX_POSTER_LINE_CHARS + 1 - words]  # no more words than would decide
            words += prose_length(chunk)
            if words > MAX_POSTER_LINE_CHARS:
                return False
            read += len(chunk)
    return True


def thread_entries(index: TextIndex, container: int) -> list[int]:
    """The children of an element that are alike posts or comments (the largest such group), or
    none where fewer than MIN_THREAD_ENTRIES are."""
    kids = index.children(container)
    groups: dict = defaultdict(list)
    for kid in kids:
        groups[kind_of(index, kid)].append(kid)
    best: list[int] = []
    for group in groups.values():
        if len(group) >= MIN_THREAD_ENTRIES and len(group) > len(best):
            entries = [kid for kid in group if is_entry(index, kid)]
            if len(entries) >= MIN_THREAD_ENTRIES:
                best = entries
    return best


def is_label(index: TextIndex, element: int) -> bool:
    """A heading or a short line without a sentence's punctuation: the title over a section (some
    words: a picture or an empty box is none)."""
    return 0 < index.length(element) <= MAX_WIDGET_CHARS and (
        index.tags[element] in HEADING_TAGS or SENTENCE_PUNCTUATION.isdisjoint(index.text(element)))


def thread_of(index: TextIndex, region: int) -> int | None:
    """The thread holding the body found, where that is a reply (a later post of a forum thread, a
    long comment, a blog's later entry): the element holding the posts, whose first post is the
    article. The outermost such within ENTRY_LEVELS: a post's own parts (its title row and its
    text row, each with a time) are alike too, inside the thread."""
    thread, element = None, region
    for _ in range(ENTRY_LEVELS):
        parent = index.parent[element]
        if parent < 0:
            break
        if is_entry(index, element):
            entries = thread_entries(index, parent)
            if element in entries and element != entries[0]:
                thread = parent
        element = parent
    return thread


@dataclass(frozen=True)
class Replies:
    """The replies and comments inside a body's region, as spans of their posts' container: each
    from a child of it (`first`) up to the element the text resumes at (`resume`: the post that
    opened a thread shown newest first; the container's end, else). The text set loose between the
    children of a span is the replies' too."""

    spans: tuple[tuple[int, int], ...] = ()

    def hold(self, element: int) -> bool:
        """Whether an element is one of the replies'."""
        return any(first <= element < resume for first, resume in self.spans)


def replies(index: TextIndex, region: int) -> Replies:
    """The replies and comments inside the region. Of each group of alike posts: all of them where
    the article's text came before them (comments under a post, the heading over them with it),
    else all but the first in time (a forum thread, whose first post is the article: the first
    shown, or the last where the posts run newest first and it says the most, as a complaint's
    timeline shows the replies over it). From the first reply on, all of the posts' container is the thread's: its
    posts, the ads between them, and the text a post sets loose after its poster's line (作者：X
    回复日期：Y, the reply following outside any element)."""
    lines = poster_lines(index)
    first = bisect_left(lines, index.first_piece[region])
    if bisect_left(lines, index.end_piece[region]) - first < MIN_THREAD_ENTRIES:
        return Replies()  # no two times shown: no thread (the common case, decided at once)
    spans: list[tuple[int, int]] = []
    element = region
    while element < index.end[region]:
        tag = index.tags[element]
        holds_posts = element == region or (tag in BLOCK_TAGS and tag not in PARAGRAPH_TAGS)  # a thread may be <body>
        entries = thread_entries(index, element) if holds_posts else []
        if entries:
            in_link = index.nearest(LINK_TAGS)
            before = "".join(index.pieces[piece] for piece in range(index.first_piece[region], index.first_piece[entries[0]])
                             if in_link[index.line[piece]] < 0)
            if prose_length(before) >= MIN_BODY_SCORE:  # comments under the post, and the heading over them
                kids = index.children(element)
                heading = kids[kids.index(entries[0]) - 1] if kids[0] != entries[0] else None
                spans.append((heading if heading is not None and is_label(index, heading) else entries[0], index.end[element]))
            elif newest_first(index, entries) and opened_by_the_longest(index, entries):
                spans.append((entries[0], entries[-1]))
            else:
                spans.append((entries[1], index.end[element]))
            element = index.end[element]
        else:
            element += 1
    return Replies(tuple(spans))


def newest_first(index: TextIndex, entries: list[int]) -> bool:
    """Whether posts run newest first: the times their poster's lines show never rise, and fall."""
    times = [posted_at(index, entry) for entry in entries]
    return all(times) and all(later >= earlier for later, earlier in pairwise(times)) and times[0] > times[-1]


def opened_by_the_longest(index: TextIndex, entries: list[int]) -> bool:
    """Whether the last of posts shown newest first, the one that opened them, says the most: the
    complaint under its replies. A blog's archive, its posts newest first, is none such. A post
    says what is shown from its poster's line to the next post's (its text may be set loose)."""
    bounds = [index.first_piece[entry] for entry in entries] + [index.end_piece[index.parent[entries[-1]]]]
    said = [prose_length("".join(index.pieces[start:end])) for start, end in pairwise(bounds)]
    return said[-1] == max(said)


def posted_at(index: TextIndex, entry: int) -> str:
    """The time an entry's first poster's line shows (RFC 3339), or "" where it shows none."""
    lines = poster_lines(index)
    at = bisect_left(lines, index.first_piece[entry])
    shown = read_date(index.pieces[lines[at]]) if at < len(lines) and lines[at] < index.end_piece[entry] else None
    return shown.moment if shown else ""


def with_the_rest(index: TextIndex, region: int, paragraphs: dict[int, int], mask: list[bool],
                  after: int | None) -> Body:
    """The body of the region: its container instead (or its container's, one level up), where
    more of the article stands in it beside the region, after the headline: paragraphs before it (a
    lead), or sections of paragraph text before or after it (an article in several parts). The
    container's other children are left out. A wrapper around one element alone (a table's row and
    cell, a framework's box) is no level of the layout. Where the region's only company is boxes
    alike it (a live blog's entries), they are one text, and their container's may hold its lead."""
    element, levels, body = region, 0, None
    said_again: list[int] = []  # boxes saying the text again, left out at whatever level the body ends
    while levels < SECTION_LEVELS and (parent := index.parent[element]) >= 0:
        siblings = [sibling for sibling in index.children(parent) if sibling != element]
        rest = [sibling for sibling in siblings if (
            (after is None or sibling >= index.end[after])
            and ((sibling < element and is_lead(index, sibling, mask)) or is_section(index, sibling, paragraphs, mask)
                 or is_another_part(index, sibling, element, paragraphs, mask))
            # the box of the headline, where the article's first part follows the headline in it
            or (after is not None and sibling < after < index.end[sibling] and is_section(index, sibling, paragraphs, mask)))
            and not shows_few_words(index, sibling)]
        said_again += [sibling for sibling in rest if is_said_again(index, sibling, element)]
        rest = [sibling for sibling in rest if sibling not in said_again]
        if rest:
            # a box alike the parts between two of them is one too, however little it says (茶歇。)
            first, last = min(element, *rest), max(element, *rest)
            rest += [sibling for sibling in siblings if first < sibling < last and sibling not in rest
                     and _alike_boxes(index, element, sibling) and not SENTENCE_STOPS.isdisjoint(index.text(sibling))]
            left_out = (*(body.left_out if body else ()), *said_again,
                        *(sibling for sibling in siblings if sibling not in rest))
            body = Body(parent, left_out, max(body.last if body and body.last is not None else element, element, *rest))
            if not all(_alike_boxes(index, element, sibling) for sibling in rest):
                return body
            element = parent  # the boxes and their container are one level
            continue
        levels += bool(siblings)
        element = parent
    return body or Body(region)


def is_section(index: TextIndex, element: int, paragraphs: dict[int, int], mask: list[bool]) -> bool:
    """Whether an element beside the body holds a part of the article: paragraph text enough for a
    body of its own, in sentences that end (not a line of names and labels, nor a sidebar's facts:
    a weather box, a ticket's price), few links, and no box of notices; nor a box holding a field to
    write a comment in (a <textarea>: the comment box, its rules and its count over the form)."""
    if mask[element] or index.tagged("textarea", element, index.end[element]):
        return False
    scored = sum(length for paragraph, length in paragraphs.items() if element <= paragraph < index.end[element]
                 and length >= MIN_PARAGRAPH_CHARS)
    text = index.text(element)
    return (scored >= MIN_BODY_SCORE and prose_length(text) >= MIN_BODY_SCORE and not SENTENCE_STOPS.isdisjoint(text)
            and link_density(index, element) < MAX_LEAD_LINK_DENSITY and not NoticeBoxes(index, element).is_box(element))


def is_another_part(index: TextIndex, element: int, part: int, paragraphs: dict[int, int], mask: list[bool]) -> bool:
    """Whether an element beside a part of the article is another part of it, however short: the
    same box as that part (its tag and class: a framework writes each part of the text between two
    ads or cards in one), holding paragraph text in sentences."""
    if mask[element] or not _alike_boxes(index, part, element):
        return False
    text = index.text(element)
    return any(element <= paragraph < index.end[element] and length >= MIN_PARAGRAPH_CHARS
               for paragraph, length in paragraphs.items()) and not SENTENCE_PUNCTUATION.isdisjoint(text)


def is_said_again(index: TextIndex, element: int, body: int) -> bool:
    """Whether an element beside the body says the body's own words again (an intro over it, in the
    body's words for the most part, too)."""
    return says_again(index.text(element), index.text(body), intro=element < body and is_one_paragraph(index, element))


def is_one_paragraph(index: TextIndex, element: int) -> bool:
    return sum(tag in BLOCK_TAGS for tag in index.tags[element + 1:index.end[element]]) <= 1


def intros_said_again(index: TextIndex, region: int) -> list[int]:
    """The region's boxes of one paragraph, over all of its text (no sentence before them), that say
    that text's words again for the most part (a CMS's intro box beside the text's box, both in the
    region)."""
    children = [child for child in index.children(region) if index.tags[child]]
    opening = next((at for at, child in enumerate(children) if SENTENCE_END in index.text(child)), len(children))
    return [child for at, child in enumerate(children[:opening + 1])
            if index.tags[child] in PART_BOX_TAGS and is_one_paragraph(index, child)
            and len(said := index.text(child).strip()) >= MIN_LEAD_CHARS
            and says_again(said, "".join(index.text(later) for later in children[at + 1:]), intro=True)]


def says_again(said: str, told: str, intro: bool = False) -> bool:
    """Whether a lead's text says the body's text `told` again: its text, a label (核心提示：) aside
    and an ellipsis cutting it short (……) too, stands word for word in the body (a site sets the
    text's first sentences, or the description it keeps, in a box over the text). A text cut short is
    a machine's excerpt, never an editor's lead: most of its clauses in the body will do, where the
    description was shortened (省内杭州、台州等地46家企业 told as 省内46家企业), its quotation marks left
    out; an `intro` in a box over the body, not cut short, says it again where most of its clauses
    stand in it (a CMS's intro of the first sentences, their subject left out; a summary, 核心提示：…, made
    of the text's own clauses), or where nearly all of its phrases do (the opening, a word cut out of
    most clauses); the body's asides in brackets ((以下简称“建材公司”)) may be left out of it. The
    article says it once. A lead under its label (摘要 as a badge) is
    compared however short, as it is read however short (`is_labelled_lead`)."""
    labelled = is_labelled_lead(said)
    said = LEAD_LABEL.sub("", "".join(said.split()), count=1)
    said = LEAD_LABELLED.sub("", said, count=1) if labelled else said
    an_excerpt = said.endswith(ELLIPSIS)
    while said.endswith(ELLIPSIS):
        said = said.removesuffix(next(mark for mark in ELLIPSIS if said.endswith(mark)))
    if len(said) < (MIN_LEAD_PROSE if labelled else MIN_LEAD_CHARS):
        return False
    told = "".join(told.split())
    if said in told:
        return True
    told = told.translate(WITHOUT_QUOTES)
    if "（" in told or "(" in told:  # told without its asides too, as an intro retells it
        told = f"{told}\n{BRACKETED_ASIDE.sub('', told)}"
    found = sum(len(clause) for clause in CLAUSE_BREAK.split(said.translate(WITHOUT_QUOTES)) if clause in told)
    if an_excerpt:
        return found > len(said) * MOST_OF_AN_EXCERPT
    return intro and (found > len(said) * MOST_OF_AN_INTRO or shares_most_phrases(said, told))


def shares_most_phrases(said: str, told: str) -> bool:
    """Whether nearly every run of PHRASE_CHARS characters of `said` (its punctuation aside) stands in
    `told`: a CMS's intro made of the text's opening with a word or a clause cut out here and there."""
    said, told = said.translate(WITHOUT_PUNCTUATION), told.translate(WITHOUT_PUNCTUATION)
    phrases = {said[at:at + PHRASE_CHARS] for at in range(len(said) - PHRASE_CHARS + 1)}
    if not phrases:
        return False
    return sum(phrase in told for phrase in phrases) >= len(phrases) * NEARLY_ALL_PHRASES


def shows_few_words(index: TextIndex, element: int) -> bool:
    """Whether an element shows fewer words than a lead's once the elements hidden inside it are
    left out: its words are a card's shown on a tap or on hover (a public account's profile under
    its meta line, a blogger's bio under the byline), not the article's."""
    hidden = [inside for inside in range(element + 1, index.end[element]) if _is_hidden(index, inside)]
    return bool(hidden) and len("".join(index.without(hidden).text(element).split())) < MIN_LEAD_CHARS


def is_lead(index: TextIndex, element: int, mask: list[bool]) -> bool:
    """Whether an element before the body reads as a paragraph of the article."""
    if mask[element] or index.tags[element] in HEADING_TAGS:
        return False
    text = index.text(element)
    return ((index.length(element) >= MIN_LEAD_CHARS or is_labelled_lead(text)) and not SENTENCE_PUNCTUATION.isdisjoint(text)
            and link_density(index, element) < MAX_LEAD_LINK_DENSITY and not is_notice(text.strip()))


def is_labelled_lead(text: str) -> bool:
    """Whether a text opens with a lead's label (核心提示：, 【导读】, 摘要 as a badge) and says a
    clause after it."""
    label = LEAD_LABELLED.match(text)
    return label is not None and prose_length(text[label.end():]) >= MIN_LEAD_PROSE


def alike(index: TextIndex, elements: list[int], kind: tuple) -> list[int]:
    """The elements of the same (tag, class) `kind` that each hold a link to a story: its title, of
    MIN_LISTED_TITLE_CHARS words at least (not a post's permalink showing its time, a control's label
    and arrows, 发表评论 >>>, or an address shown as it is): items of a list."""
    tag, _ = kind
    parent = index.parent[elements[0]] if elements else -1  # the elements are siblings
    kinds = kinds_of_children(index, parent) if parent >= 0 else {element: kind_of(index, element) for element in elements}
    return [element for element in elements if index.tags[element] == tag and kinds[element] == kind
            and any(index.tags[inside] == "a" and index.length(inside) >= MIN_LISTED_TITLE_CHARS  # at once: words are fewer
                    and prose_length(URL.sub("", index.text(inside))) >= MIN_LISTED_TITLE_CHARS
                    for inside in range(element + 1, index.end[element]))]


def kind_of(index: TextIndex, element: int) -> tuple:
    """An element's tag and class; a table row's tag alone (rows take turns with two classes: stripes)."""
    tag = index.tags[element]
    return tag, None if tag == "tr" else index.elements[element].get("class")


def kinds_of_children(index: TextIndex, parent: int) -> dict[int, tuple]:
    """The kind (`kind_of`) of each child of an element, found once."""
    return index.memo(("kinds", parent), lambda: {kid: kind_of(index, kid) for kid in index.children(parent)})


def listing_items(index: TextIndex, region: int) -> list[int]:
    """The items of the list of alike items the region is, or is one item (or inside one) of, as on
    a listing, a search result page or a home page: MIN_ALIKE_ITEMS elements of the same tag and
    class, each holding a link, among the region's children (holding most of its text), or among
    the siblings of the region or of an element at most LIST_ITEM_LEVELS above it; none where it is
    no list."""
    listed = list_of(index, region)
    if listed:
        return listed
    element = region
    for _ in range(LIST_ITEM_LEVELS + 1):
        parent = index.parent[element]
        if parent < 0:
            return []
        listed = alike(index, index.children(parent), kind_of(index, element))
        if len(listed) >= MIN_ALIKE_ITEMS:
            return listed
        element = parent
    return []


def list_of(index: TextIndex, region: int, linked: bool = True) -> list[int]:
    """The alike items among the region's children (MIN_ALIKE_ITEMS at least, each holding a link;
    or, not `linked`, boxes of the same tag and class, no paragraphs) that hold most of its text: the
    region is their list. None where it is no list."""
    return index.memo(("list of", region, linked), lambda: _list_of(index, region, linked))


def _list_of(index: TextIndex, region: int, linked: bool) -> list[int]:
    items, kinds = index.children(region), kinds_of_children(index, region)
    for kind in dict.fromkeys(kinds.values()):
        listed = alike(index, items, kind) if linked else [
            item for item in items if kinds[item] == kind and kind[0] not in PARAGRAPH_TAGS]
        enough = MIN_ALIKE_ITEMS if linked else MIN_ALIKE_BOXES
        if len(listed) >= enough and 2 * sum(index.length(item) for item in listed) >= index.length(region):
            return listed
    return []


def main_parts(index: TextIndex, region: int) -> tuple[int, ...]:
    """The region, then the child holding most of its text, then that child's, and so on: where a
    box's text mostly is, under the headers and blurbs beside it (found once: several page kinds are
    looked for there)."""
    return index.memo(("main parts", region), lambda: _main_parts(index, region))


def _main_parts(index: TextIndex, region: int) -> tuple[int, ...]:
    parts = [region]  # sized with their whitespace: found at once, where a trimmed length joins the text
    while (main := next((child for child in index.children(parts[-1])
                         if 2 * index.size(child) > index.size(parts[-1])), None)) is not None:
        parts.append(main)
    return tuple(parts)


def cut_short(index: TextIndex, items: list[int]) -> bool:
    """Whether most items of a list show a summary cut short: a text outside links that ends with an
    ellipsis (a search result's snippet, a listing's summary before its 详细 link)."""
    in_link = index.nearest(frozenset({"a"}))
    cut = sum(1 for item in items if any(
        in_link[index.line[piece]] < 0 and index.pieces[piece].rstrip().endswith(ELLIPSIS)
        for piece in range(index.first_piece[item], index.end_piece[item])))
    return 2 * cut > len(items)


def _label(index: TextIndex, element: int) -> str:
    text = index.text(element)
    if text.rstrip()[-1:] in (")", "）"):
        text = LABEL_ASIDE.sub("", text)
    return LABEL_PUNCTUATION.sub("", text)


def _is_hidden(index: TextIndex, at: int) -> bool:
    """Whether an element is hidden: by its attribute, its style, or a class the page's style sheets hide."""
    element = index.elements[at]
    if element.get("hidden") is not None or HIDDEN_STYLE.search(element.get("style") or ""):
        return True
    classes = element.get("class")
    if not classes:
        return False
    hidden = index.memo("hidden classes", lambda: frozenset((index.elements[0].get(HIDDEN_CLASSES) or "").split()))
    return bool(hidden) and not hidden.isdisjoint(classes.split())


def _is_hidden_furniture(index: TextIndex, element: int, region: int) -> bool:
    """A hidden element that is not the region's main text (a menu, a pop-up, a tracking pixel).
    One that holds most of the region's words is the article a script shows once the page has
    loaded (self-media platforms hide the post until their scripts run); one that goes on from the
    part of the text the page shows is the rest of it (`folds_the_rest`)."""
    if not _is_hidden(index, element):
        return False
    region_prose = index.memo(("prose", region), lambda: prose_length(index.text(region)))
    prose = prose_length(text := index.text(element))
    return HIDDEN_SHARE_OF_TEXT * region_prose > prose and not _folds_the_rest(index, element, text, prose)


def _folds_the_rest(index: TextIndex, element: int, text: str, prose: int) -> bool:
    """Whether a hidden element is the rest of the text, folded away until the reader asks for it
    (展开全文, 展开剩余内容, as mobile pages do): text enough for a body, ending a sentence, after a
    part of the text the page shows beside it (a sibling before it that ends a sentence), and no
    copy of what the page shows (its first words nowhere else). A pop-up's line, a hidden menu or
    a dialog says too little."""
    text = text.strip()
    if prose < MIN_BODY_SCORE or text.rstrip(CLOSING_QUOTES)[-1:] not in SENTENCE_STOPS:
        return False
    shown_before = any(not in_hidden(index, sibling) and prose_length(part := index.text(sibling)) >= MIN_LEAD_CHARS
                       and part.strip().rstrip(CLOSING_QUOTES)[-1:] in SENTENCE_STOPS
                       for sibling in index.children(index.parent[element]) if sibling < element)
    if not shown_before:
        return False
    pieces = index.pieces[index.first_piece[element]:index.end_piece[element]]
    opening = next(piece.strip() for piece in pieces if piece.strip())
    return len(index.lines_holding(opening[:MIN_LEAD_CHARS])) == 1


def links_with_text(index: TextIndex, region: int) -> list[int]:
    """The links inside the region that show some text, in order: found once (every block of a
    region is asked how many it holds, and blocks nest), by list.index over the tags, in C."""
    found, link, end = [], region, index.end[region]
    try:
        while True:
            link = index.tags.index("a", link + 1, end)
            if index.text(link).strip():
                found.append(link)
    except ValueError:
        return found


def _is_link_list(index: TextIndex, element: int, links: list[int]) -> bool:
    """Links to pages, most of the text, with nothing but separators between them (a paragraph that
    links many of its words still says something between them: it is prose; a table of numbers to
    dial is a notice's data). `links` are the region's links with text."""
    first, end = bisect_right(links, element), bisect_left(links, index.end[element])
    if end - first < LINK_LIST_MIN_LINKS or link_density(index, element) < LINK_LIST_MIN_DENSITY:
        return False
    in_link = index.nearest(LINK_TAGS)
    between = "".join(index.pieces[piece] for piece in range(index.first_piece[element], index.end_piece[element])
                      if in_link[index.line[piece]] < 0)
    if prose_length(between) >= MIN_PROSE_BETWEEN_LINKS and not SENTENCE_PUNCTUATION.isdisjoint(between):
        return False
    # A number to dial or an address to write to (tel:, mailto:) is what the text says, not a page to go to.
    return sum(1 for link in links[first:end]
               if not CONTACT_LINK.match(index.elements[link].get("href") or "")) >= LINK_LIST_MIN_LINKS


def _is_notes_list(index: TextIndex, element: int) -> bool:
    """A list of notes or references: MIN_NOTES items or more, each holding a link back into the page
    (to the note's mark in the text, ^ or ↩), as a wiki's entry or a footnoted post ends."""
    items = [child for child in index.children(element) if index.tags[child] == "li"]
    return len(items) >= MIN_NOTES and all(
        any(index.tags[inside] == "a" and (index.elements[inside].get("href") or "").startswith("#")
            for inside in range(item + 1, index.end[item])) for item in items)


def _is_summary_box(index: TextIndex, box: int, region: int) -> bool:
    """A box of facts that opens an entry (a wiki's infobox): a table or a definition list before
    the region's first paragraph of prose, most of whose rows (MIN_SUMMARY_ROWS at least) are a
    label then a value (th then td; dt then dd). A table of the article's data comes after its text
    has begun, and labels its columns, not its rows."""
    if any(index.tags[before] == "p" and prose_length(index.text(before)) >= MIN_LEAD_PROSE
           for before in range(region + 1, box)):
        return False
    if index.tags[box] == "dl":
        terms = [index.tags[child] for child in index.children(box)]
        labelled = sum(1 for pair in zip(terms, terms[1:], strict=False) if pair == ("dt", "dd"))
        return labelled >= MIN_SUMMARY_ROWS and 2 * labelled >= len(terms)
    in_table = index.nearest(frozenset({"table"}))
    rows = [row for row in range(box + 1, index.end[box]) if index.tags[row] == "tr" and in_table[row] == box]
    labelled = sum(1 for row in rows if [index.tags[cell] for cell in index.children(row)][:2] == ["th", "td"])
    return labelled >= MIN_SUMMARY_ROWS and 2 * labelled >= len(rows)


def _heading_over(index: TextIndex, box: int) -> list[int]:
    """The heading right before a box in their parent, where one is (a label: `is_label`)."""
    parent = index.parent[box]
    kids = index.children(parent) if parent >= 0 else []
    at = kids.index(box) if box in kids else 0
    return [kids[at - 1]] if at and is_label(index, kids[at - 1]) and index.tags[kids[at - 1]] in HEADING_TAGS else []


def fact_rows(index: TextIndex, table: int) -> list[int]:
    """The rows of a table holding no table (a layout's table holds its boxes) that give facts under
    their labels: two or four cells, each pair a label then its value (公称通径 | DN50; 事项名称 |
    个体工商户设立登记). A label is a short name, with no number (a table of data numbers its rows
    or holds figures in its first column) and no sentence's punctuation; a value of several sentences
    is a text under its label (来信内容 | the letter a hotline's page shows), no fact."""
    inside = range(table + 1, index.end[table])
    if any(index.tags[element] == "table" for element in inside):
        return []
    found = []
    for row in (element for element in inside if index.tags[element] == "tr"):
        cells = [" ".join(index.text(cell).split()) for cell in index.children(row) if index.tags[cell] in CELL_TAGS]
        if len(cells) in (2, 4) and all(value and sentences_in(value) < MIN_TEXT_SENTENCES for value in cells[1::2]) and all(
                0 < len(label) <= MAX_FACT_LABEL_CHARS and not any(map(str.isdigit, label))
                and SENTENCE_PUNCTUATION.isdisjoint(label) for label in cells[::2]):
            found.append(row)
    return found


def sentences_in(text: str) -> int:
    return sum(text.count(stop) for stop in STATEMENT_STOPS)


def is_fact_line(line: str) -> bool:
    """Whether a line is one fact under its label: 产品型号：MFZ/ABC4, 规　　格：5斤装. A label is a short
    name, its letters perhaps spaced out, with no number and no sentence's punctuation; the value a
    short phrase. A meta line (来源：X 作者：Y) gives several."""
    label, colon, value = line.partition("：" if "：" in line else ":")
    label = "".join(label.split())
    value = value.strip()
    return (bool(colon) and 0 < len(label) <= MAX_FACT_LABEL_CHARS and 0 < len(value) <= MAX_FACT_VALUE_CHARS
            and not any(map(str.isdigit, label)) and SENTENCE_PUNCTUATION.isdisjoint(label)
            and ":" not in value and "：" not in value)


def _is_button(index: TextIndex, element: int) -> bool:
    """A control, not content: a link that runs a script, a word or two that runs one when clicked
    (a tips box's close mark x), an icon with a word or two (播报, 编辑), a bracketed link of a word
    or two in a heading (a wiki section's [编辑]), or a link labelled as an advertisement by an
    element of its own (<i>广告</i>..., or after its picture)."""
    tag, at = index.tags[element], index.elements[element]
    if tag == "a" and (at.get("href") or "").strip().lower().startswith("javascript:"):
        return True
    if tag != "a" and at.get("onclick") is not None and index.length(element) <= MAX_BUTTON_CHARS:  # a link's are words
        return True
    inside = index.tags[element + 1:index.end[element]]
    if "svg" in inside and index.length(element) <= MAX_BUTTON_CHARS:
        return True
    if (tag != "a" and "a" in inside and index.nearest(HEADING_TAGS)[element] >= 0
            and BRACKETED_CONTROL.match(index.text(element).strip())):
        return True
    return tag == "a" and any(isinstance(child.tag, str) and PROMOTION_LABEL.match((child.text or "").strip()) for child in at)


def leads_to_a_page(href: str | None) -> bool:
    """Whether a link's target is a page (a story's), not a control run by a script (收藏本文) or a
    place on the same page."""
    target = (href or "").strip()
    return bool(target) and not target.startswith("#") and not runs_a_script(target)


def runs_a_script(href: str | None) -> bool:
    """Whether a link is a control: its target is a script's action (javascript:), not a page."""
    return (href or "").strip().lower().startswith("javascript:")


def _is_labelled_ad(index: TextIndex, box: int, text: str) -> bool:
    """A short box the site labels as its advertisement by an element of its own saying only so
    (<span class="ad-label">广告</span> over a picture, a line and a control), no sentence in it."""
    return STATEMENT_STOPS.isdisjoint(text) and any(
        index.tags[child] and PROMOTION_LABEL.match(index.text(child).strip()) for child in index.children(box))


def _is_machine_summary(index: TextIndex, box: int) -> bool:
    """A box an element of its own labels as made by a machine (AI摘要, 内容由AI生成，仅供参考): the
    site's summary of the story, none of its text."""
    return any(index.tags[child] and index.length(child) <= MAX_WIDGET_CHARS and MACHINE_MADE.search(index.text(child))
               for child in index.children(box))


def _is_call_card(index: TextIndex, box: int, text: str) -> bool:
    """A short box whose words close with a link calling to act on it (`CALL_LINK`), more words before
    it: in no sentence, or set as a card, a label and a line in elements of their own over the link
    (订阅《某某周报》 每周一封，…一次看全。 免费订阅): the site's offer, none of the text. A card may close
    with a link dialling its number (tel:) instead (手机进水了？… 立即预约 400-820-6618). A paragraph of
    the text that closes with a link to read more (…已在官网公布。点击查看>>), or with a number to dial
    (请拨打<a href="tel:96333">96333</a>), is none; nor is a summary cut short (……) before the link to
    its rest (…… 查看全部简介 >). A line to call may stand beside the card's button, after it (立即咨询
    服务热线：400-860-…). A box is short by its words, not by the spaces its markup is indented with."""
    if len(text) > MAX_PROMOTION_CHARS and (len(text) > 4 * MAX_PROMOTION_CHARS
                                            or len("".join(text.split())) > MAX_PROMOTION_CHARS):
        return False
    last_link = next((at for at in range(index.end[box] - 1, box, -1)
                      if index.tags[at] == "a" and index.text(at).strip()), None)
    if last_link is None:
        return False
    call = index.text(last_link).strip()
    said = text.rstrip(CALL_STOPS)
    if (at := said.rfind(call)) > 0 and NUMBER_AFTER_CALL.match(said[at + len(call):]):
        said = said[:at + len(call)]  # the card's line to call beside its button (立即咨询 服务热线：400-…)
    if not (said.endswith(call) and len(call) < len(text)) or said[:-len(call)].rstrip().endswith(ELLIPSIS):
        return False
    above_the_link = [child for child in index.children(box) if child < last_link and index.text(child).strip()]
    set_as_card = len(above_the_link) >= 2
    if CALL_LINK.search(call):
        return SENTENCE_END not in text or set_as_card
    return set_as_card and (index.elements[last_link].get("href") or "").strip().lower().startswith("tel:")


def _is_contact_card(index: TextIndex, box: int, text: str) -> bool:
    """A shop's or an account's card (`CARD_ADDRESS`, `CARD_NUMBER`): a short box of MIN_CARD_LINES
    lines or more, each in an element of its own, giving an address and a number to call, no
    statement among them. A notice's contact lines stand among its paragraphs, in no box of their own."""
    return (len(text) <= MAX_PRODUCT_CARD_CHARS and index.tags[box] not in ("p", "td", "li")
            and STATEMENT_STOPS.isdisjoint(text) and CARD_ADDRESS.search(text) is not None
            and CARD_NUMBER.search(text) is not None
            and sum(1 for child in index.children(box) if index.text(child).strip()) >= MIN_CARD_LINES)


def _is_product_card(index: TextIndex, box: int, text: str) -> bool:
    """A product's card (`PRICE`): a short box showing a price and linking elsewhere, no sentence."""
    return (len(text) <= MAX_PRODUCT_CARD_CHARS and SENTENCE_END not in text and bool(PRICE.search(text))
            and any(index.tags[link] == "a" and leads_to_a_page(index.elements[link].get("href"))
                    for link in range(box + 1, index.end[box])))


def _is_banner(index: TextIndex, link: int) -> bool:
    """A picture that links somewhere other than to a bigger picture of itself, and says nothing
    but a promotion's few words (an app's card: its logo, 某某APP 降温预警早知道 立即打开), or a card's
    closed by a button's call (a shop's: its picture, 某某严选·安全帽专区 每款附检验报告 去看看): an
    advertisement or a promotion, not an article's photograph. A bigger picture is an image file, or
    a viewer whose address names the picture's own file (showpic.html#...&url=.../<its id>)."""
    pictures = [index.elements[at] for at in range(link + 1, index.end[link]) if index.tags[at] in IMAGE_TAGS]
    if not pictures:
        return False
    words = index.text(link).strip()
    if words and not (len(words) <= MAX_PROMOTION_CHARS and (PROMOTION.search(words) or _closes_with_a_call(index, link))):
        return False
    href = (index.elements[link].get("href") or "").lower()
    return not IMAGE_FILE.search(href.split("?")[0]) and not any(
        name in href for picture in pictures for name in picture_file_names(picture))


def _closes_with_a_call(index: TextIndex, box: int) -> bool:
    """Whether a box's last element that says something is a call to act (`CALL_LINK`: 去看看,
    立即打开), a button's words closing a card; the box being one link, a single arrow after its last
    words calls too (`LINKED_CALL`: 一键查看资质和投诉记录 >)."""
    last = next((at for at in range(index.end[box] - 1, box, -1) if index.tags[at] and index.text(at).strip()), None)
    return last is not None and (CALL_LINK.search(words := index.text(last).strip()) is not None
                                 or LINKED_CALL.search(words) is not None)


def _is_story_card(index: TextIndex, link: int) -> bool:
    """A link to another story shown as a card set among the paragraphs: its first element labels it
    as other stories (<span>推荐阅读</span>, then the story's picture and title)."""
    first = next((child for child in index.children(link) if index.tags[child] and index.text(child).strip()), None)
    return first is not None and SECTION_LABEL.match(_label(index, first)) is not None \
        and index.length(link) - index.length(first) >= MIN_LISTED_TITLE_CHARS


def picture_file_names(picture: Element) -> list[str]:
    """The words of a picture's file name long enough to name it alone (its id, its upload's stamp;
    not a size, not an extension): 4a7c3e5bt4a1b2c3d of .../middle/4a7c3e5bt4a1b2c3d&690."""
    source = next((value for attribute in IMAGE_SOURCE_ATTRIBUTES if (value := picture.get(attribute))), "")
    file_name = source.lower().split("?")[0].rsplit("/", 1)[-1]
    return [word for word in FILE_NAME_WORD.split(file_name) if len(word) >= MIN_PICTURE_NAME_CHARS]


def _is_script_data(index: TextIndex, element: int, text: str, region: int) -> bool:
    """A field of the records a script reads from a hidden box it shows as a slideshow (a picture's
    address, a count): a block whose text is only an address or a number, in a hidden element. The
    box is read as the article (its pictures' texts), its fields are no text."""
    if not (SCRIPT_DATUM.match(text) and text):
        return False
    ancestor = element
    while ancestor > region:
        if _is_hidden(index, ancestor):
            return True
        ancestor = index.parent[ancestor]
    return False


def player_boxes(index: TextIndex, region: int) -> set[int]:
    """The boxes below the region that a media player stands in: the outermost ancestor of a player
    whose words besides the player's are a widget's few, stating nothing (a TV station's bar under
    its video: 02:16 扫码手机看)."""
    boxes = set()
    players = (at for tag in PLAYER_TAGS for at in index.tagged(tag) if region < at < index.end[region])
    for player in players:
        box = player
        while (parent := index.parent[box]) != region and _says_nothing_beside(index, parent, player):
            box = parent
        if box != player:
            boxes.add(box)
    return boxes


def _says_nothing_beside(index: TextIndex, box: int, player: int) -> bool:
    """Whether a box's words besides a player's are a widget's few, no sentence among them."""
    pieces = index.pieces
    beside = "".join((*pieces[index.first_piece[box]:index.first_piece[player]],
                      *pieces[index.end_piece[player]:index.end_piece[box]]))
    words = "".join(beside.split())
    return len(words) <= MAX_WIDGET_CHARS and SENTENCE_STOPS.isdisjoint(words)


def _widget_root(index: TextIndex, element: int, region: int) -> int:
    """The outermost ancestor (below the region) that holds nothing but this widget's label."""
    label = _label(index, element)
    while index.parent[element] not in (region, -1) and _label(index, index.parent[element]) == label:
        element = index.parent[element]
    return element


def _section_header(index: TextIndex, label_box: int, region: int, label: str) -> int:
    """The box a section's label heads with its controls (3 评论 over 按倒序 按正序 按热度): the outermost
    ancestor below the region, a widget's length, whose words open with the label and go on in no
    link and no sentence (a box of related links is the section itself); the section is what
    follows it."""
    header = label_box
    while ((parent := index.parent[header]) not in (region, -1) and index.length(parent) <= MAX_WIDGET_CHARS
           and _label(index, parent).startswith(label) and STATEMENT_STOPS.isdisjoint(index.text(parent))
           and "a" not in index.tags[parent + 1:index.end[parent]]):
        header = parent
    return header


def _counts_up(index: TextIndex, box: int) -> bool:
    """Whether a box shows nothing but the numbers from 1 up, in order, each a word or an element of
    its own (1 2 3, <li>1</li><li>2</li>): a code block's line numbers beside its lines, a pager's
    pages; none of the text."""
    numbers = [word for piece in index.pieces[index.first_piece[box]:index.end_piece[box]] for word in piece.split()]
    return len(numbers) >= 2 and numbers == [str(number) for number in range(1, len(numbers) + 1)]


def _points_to_its_place(index: TextIndex, element: int, label: str) -> bool:
    """Whether a section's label is a link to a place on a page (<a href="…#comments">4 条回复</a>
    under a post's title): it points to the section wherever that stands, and heads nothing."""
    return any(index.tags[at] == "a" and "#" in (index.elements[at].get("href") or "") and _label(index, at) == label
               for at in range(element, index.end[element]))


def _section_opened(index: TextIndex, heading: int) -> list[int]:
    """What a section's heading opens: the elements after it in its box, unless it is a card set
    between two parts of a text (`_is_card_between_parts`), which closes with its own element."""
    return [] if _is_card_between_parts(index, heading) else _following_siblings(index, heading)


def _is_card_between_parts(index: TextIndex, heading: int) -> bool:
    """Whether a section's heading element is a card holding its linked stories (相关阅读 and its
    story) between two alike boxes of text, the parts a framework writes an article in."""
    previous, after = index.elements[heading].getprevious(), index.end[heading]
    if previous is None or after >= index.end[index.parent[heading]] or \
            not _alike_boxes(index, index.position[previous], after):
        return False
    in_link = index.nearest(LINK_TAGS)
    return any(in_link[element] == element and index.length(element) >= MIN_LISTED_TITLE_CHARS
               for element in range(heading + 1, index.end[heading]))


def _alike_boxes(index: TextIndex, one: int, other: int) -> bool:
    """Whether two elements are boxes of one kind: a <div> or <section> of the same class."""
    kind = index.elements[one].get("class")
    return bool(kind) and index.tags[one] == index.tags[other] and index.tags[one] in PART_BOX_TAGS \
        and index.elements[other].get("class") == kind


def _following_siblings(index: TextIndex, element: int) -> list[int]:
    siblings, parent_end = [], index.end[index.parent[element]]
    sibling = index.end[element]
    while sibling < parent_end:
        siblings.append(sibling)
        sibling = index.end[sibling]
    return siblings


class NoticeBoxes:
    """Which elements of a region are boxes of the site's notices (a statement, copyright and
    contact lines): several paragraphs, most of their text notices (`text.is_notice`)."""

    def __init__(self, index: TextIndex, region: int):
        block = paragraph_holders(index)
        texts: dict = defaultdict(list)
        first, end = index.first_piece[region], index.end_piece[region]
        for line, piece in zip(index.line[first:end], index.pieces[first:end], strict=True):
            texts[block[line]].append(piece)
        self.paragraphs = sorted(texts)  # paragraph elements, in document order
        paragraph_texts = ["".join(texts[paragraph]).strip() for paragraph in self.paragraphs]
        lengths = list(map(len, paragraph_texts))
        notices = [len(text) - sum(len(line) for line in broken_lines(index, paragraph, lambda piece: first <= piece < end)
                                   if is_article_sentence(line)) if is_notice(text) else 0
                   for paragraph, text in zip(self.paragraphs, paragraph_texts, strict=True)]
        self.total, self.notice = list(accumulate(lengths, initial=0)), list(accumulate(notices, initial=0))
        self.index = index

    def is_box(self, element: int) -> bool:
        first = bisect_left(self.paragraphs, element)
        end = bisect_left(self.paragraphs, self.index.end[element])
        total, notice = self.total[end] - self.total[first], self.notice[end] - self.notice[first]
        return end - first >= MIN_NOTICE_BOX_PARAGRAPHS and notice >= MIN_NOTICE_SHARE * total > 0


def boilerplate(index: TextIndex, region: int, furniture: Collection[int] = ()) -> list[int]:
    """The blocks of the region that are not article content, in document order. The
    `furniture` elements (title, date line) are not looked into, and their text is not counted."""
    index = index.without(furniture)
    notice_boxes, links, forms = NoticeBoxes(index, region), links_with_text(index, region), widget_forms(index)
    players = player_boxes(index, region)
    doomed = intros_said_again(index, region)
    element = region + 1
    while element < index.end[region]:
        tag = index.tags[element]
        current, element = element, element + 1
        if current in furniture:
            element = index.end[current]
            continue
        if not tag:
            continue
        if (tag in SKIPPED_TAGS or tag == "aside" or _is_hidden_furniture(index, current, region)
                or (tag == "a" and (_is_banner(index, current) or _is_story_card(index, current)))
                or current in forms or current in players
                or (tag in INLINE_CONTROL_TAGS and _is_button(index, current))):
            doomed.append(current)
            element = index.end[current]
            continue
        if tag not in BLOCK_TAGS:
            continue
        if _is_link_list(index, current, links):
            doomed.append(current)
            continue
        if tag in ("table", "dl") and _is_summary_box(index, current, region):
            doomed += [*_heading_over(index, current), current]  # 基本信息, 投诉信息: the box's, none of the text
            element = index.end[current]
            continue
        if tag in ("ol", "ul") and _is_notes_list(index, current):
            doomed.append(current)
            element = index.end[current]
            continue
        if notice_boxes.is_box(current):
            doomed.append(current)
            element = index.end[current]
            continue
        text = index.text(current).strip()
        if text[:1] == "1" and _counts_up(index, current):
            doomed.append(current)
            element = index.end[current]
            continue
        if _is_script_data(index, current, text, region):
            doomed.append(current)
            element = index.end[current]
            continue
        label = _label(index, current) if len(text) <= MAX_WIDGET_CHARS else None
        if label is not None and (WIDGET_LABEL.match(label) or SECTION_LABEL.match(label)):
            widget = _widget_root(index, current, region)
            if SECTION_LABEL.match(label) and not _points_to_its_place(index, current, label):
                widget = _section_header(index, widget, region, label)
                doomed.extend(_section_opened(index, widget))
            doomed.append(widget)
        elif (len(text) <= MAX_PROMOTION_CHARS and PROMOTION.search(text)
              and "img" in index.tags[current + 1:index.end[current]]):
            doomed.append(current)  # a promotion: a short block with a picture (a QR code)
        elif len(text) <= MAX_MACHINE_SUMMARY_CHARS and any(word in text for word in MACHINE_SUMMARY_WORDS) \
                and _is_machine_summary(index, current):
            doomed.append(current)
            element = index.end[current]
        elif len(text) <= MAX_PROMOTION_CHARS and AD_WORD.search(text) and _is_labelled_ad(index, current, text):
            doomed.append(current)
            element = index.end[current]
        elif _is_call_card(index, current, text):
            doomed.append(current)
            element = index.end[current]
        elif _is_product_card(index, current, text) or _is_contact_card(index, current, text):
            doomed.append(current)
            element = index.end[current]
    return doomed


def headline_sections(index: TextIndex) -> tuple[int, int]:
    """The sections of linked headlines of a page (lists, tables or boxes holding at least
    MIN_SECTION_HEADLINES links of a headline's length), and how much text their links hold."""
    in_box = index.nearest(SECTION_BOX_TAGS)
    sections: dict = defaultdict(int)
    linked = 0
    for element, tag in enumerate(index.tags):
        if tag == "a" and (length := index.length(element)) >= MIN_LISTED_TITLE_CHARS:
            box = in_box[element] if in_box[element] >= 0 else index.parent[index.parent[element]]
            sections[box] += 1
            linked += length
    return sum(count >= MIN_SECTION_HEADLINES for count in sections.values()), linked
