"""Text: whitespace, &nbsp; and U+3000 in every field; body lines that only their text reveals.

A paragraph's text is trimmed and its inner whitespace runs become one space. Blocks that are
not content but look like it in the DOM are recognised here by their text: a paragraph that is
only an image file name, and what trails an article (notices, lone links), which the body drops
once it knows where the article ends.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate, pairwise

from crawler.extraction.blocks import Block, Run
from crawler.extraction.dates import DATE_PATTERN, shows_modification
from crawler.extraction.keywords import keywords, written_either_way

# str.split() already splits on Unicode spaces (&nbsp;, U+3000); these are the invisible ones.
INVISIBLE = keywords("[\u200b\u200c\u200d\u2060\ufeff]")
IMAGE_FILE_NAME = keywords(r"^[^\s/\\]{0,80}\.(?:png|jpe?g|gif|bmp|webp|tiff?|svg)$", re.I)
MAX_LINK_LINE_CHARS = 30
# A number to call: a service number (400-806-3127), a landline with its area code (0571-87654321), a
# mobile number (13812345678); not a short service code (12315).
BRACKETED_ASIDE = keywords(r"[(（][^()（）]*[)）]")
PHONE_NUMBER = keywords(r"(?<![\d-])(?:[48]00-?\d{3}-?\d{4}|0\d{2,3}-\d{7,8}|1[3-9]\d{9})(?![\d-])")
# A pager's line: page numbers, the words that move between pages, brackets and separators.
PAGER = keywords(r"^(?:[上下前后]一?页|首页|尾页|末页|第\s*\d+\s*页|(?:本文|全文|本篇)?共\s*\d+\s*页|\d+"
                   r"|[<>«»‹›….\s\[\]【】|/:：·-])+$")
MAX_PAGER_CHARS = 60
PAGE_WORD = written_either_way(("页",))  # a pager run by a script shows 下一页 as plain text
# A list's pager counts its records (共 1268 条记录, 共 128 条留言, 共 2页 17条, 共1296条 第1/87页, 共 13 个型号
# 第 1/1 页, 页次：1/85, 每页15条, a shop's 显示 1 到 8 (共 8 项商品) or 共 8 件商品); an article's pager counts
# pages (共3页, 第2页).
RECORDS_PAGER = keywords(r"共\s*[\d,]+\s*条(?:记录|留言)|共\s*\d+\s*页\s*[\d,]+\s*条"
                           r"|共\s*[\d,]+\s*(?:条|个|款|种|件|家)\D{0,4}?\s*第?\s*\d+\s*/\s*\d+\s*页"
                           r"|页次\s*[：:]\s*\d+\s*/\s*\d+|每页\s*\d+\s*条"
                           r"|显示\s*\d+\s*(?:到|至|-)\s*\d+\s*[(（]?\s*共\s*[\d,]+\s*(?:项|条|个|件)"
                           r"|共\s*[\d,]+\s*(?:件|个|款)(?:商品|宝贝)")
NUMBER = keywords(r"\d+")
TIME_OF_DAY = keywords(r"^\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$")  # 09:05, 21:30:15
SENTENCE_PUNCTUATION = frozenset("。！？；，!?;")
STATEMENT_STOPS = frozenset("。！？!?")  # what closes a statement
# A notice is a paragraph a site puts around its articles, recognised as a whole by its wording:
# a statement (声明:, 免责声明:), a line of site information (copyright, licence numbers, who runs
# the site, how to reach it), or a rule addressed to readers about reprinting. One word inside a
# sentence ("Copyright" quoted by an article) makes no notice.
STATEMENT_LABEL = keywords(r"^\s*[【\[(（]?\s*.{0,8}?(?:版权|免责|特别|郑重|法律)?声明\s*[】\])）]?\s*[:：]")
# (A contact's label and its numbers are one thing: 举报电话：0370-7112316, a campaign's hotline closing a
# text; 举报电话：0746-12345（市长热线）、0746-8236118（…基金监管科）, a bureau's two lines under one label.)
CONTACT_LABEL = r"举报(?:电话|邮箱|中心)|(?:新闻|广告|投诉|服务)热线"
CONTACT_NUMBER = r"\d{3,4}-?\d{5,8}(?:\s*[(（][^()（）]{0,20}[)）])?"
SITE_INFORMATION = keywords(
    rf"(?:{CONTACT_LABEL})\s*[:：]?\s*{CONTACT_NUMBER}(?:\s*[、/或和]\s*{CONTACT_NUMBER})*|"
    r"版权所有|copyright|©|all rights reserved|icp[备证]|公网安备|许可证(?:[号编]|\s*[:：])|主办单位|承办单位|协办单位|"
    rf"主办[:：]|承办[:：]|违法和不良信息举报|{CONTACT_LABEL}|联系我们|关于我们|网站地图|广告服务|"
    r"法律顾问|技术支持[:：]|投稿邮箱|邮编[:：]\s*\d{6}|\d{3,4}-\d{7,8}|\(\d{3}\)\s*\d{3}-\d{4}|[\w.-]+@[\w-]+\.[\w.]+",
    re.I)
POSTED_BY_OTHERS = r"(?:本文|该文|文章|以上内容|上述内容)(?:为|系|由)[^。]{0,24}(?:发布|上传)[^。]{0,4}不代表"
# ... which, saying so of what is above it, marks the text's end: a complaint platform's timeline follows.
DISCLAIMS_THE_ABOVE = keywords(rf"^\W*(?=以上|上述){POSTED_BY_OTHERS}")
READER_RULE = keywords(
    r"(?:不得|禁止|严禁|请勿)(?:擅自)?(?:以任何(?:形式|方式))?(?:转载|复制|摘编|镜像)|转载.{0,20}(?:请|务请|须|需|应|要)(?:注明|标明|保留)[^。]{0,12}?(?:出处|来源|出自|来自|转自|转载自)|"
    r"^转载请注明\s*[:：]|"  # a blog's 转载请注明：某某 » 标题
    r"版权(?:均|皆)(?:归|属于?)|版权归(?:本网|本站|本报|原作者)|(?:本文|本帖|本作品)[^。，,]{0,6}?版权(?:归|属于?).{0,16}所有|"
    r"转载.{0,12}(?:请|须|需)联系|本(?:站|网|平台)(?!提醒|提示)[^。]{0,16}仅供参考|不代表本(?:网|站|报|刊|平台)|仅代表(?:该|其)?作者.{0,6}观点|"
    # what a site says over its readers' comments (网友评论仅供其表达个人看法，并不表明本网同意其观点)
    r"仅供其?表达个人看法|不表明.{0,12}同意其观点|"
    r"如(?:有|涉及?)(?:侵权|版权问题)|侵权必究|"
    # what a platform of self-media accounts says under each of their posts (网易号, 搜狐号, 百家号, 澎湃号:
    # 仅代表该作者或机构观点…仅提供信息发布平台)
    r"仅提供信息(?:存储(?:空间)?服务|发布平台)|provides?\s+(?:\w+\s+)?information storage|"
    # or saying who posted it there and that it is not the platform's view (本文为某某号作者发布，不代表某某立场,
    # 以上内容由消费者本人发布，不代表某某立场)
    rf"{POSTED_BY_OTHERS}|"
    # or what the text is not to be taken for (本文仅供健康科普，不作为诊疗依据, 以上内容仅供参考，不构成投资建议,
    # （本文仅为科普，不构成诊疗建议。…）, （本文案例系根据公开裁判文书改编，仅供参考，不构成法律意见。）)
    r"^\W*(?:本文|以上内容|文中(?:内容|观点))[^。]{0,24}?仅(?:供|为|作)[^。]{0,12}[，,]\s*不(?:作为|构成|能作为|能代替|替代)|"
    # or that its links earn the writer a share of what is bought through them (本文含有联盟行销连结，透过连结购买
    # 我可能会获得少量分润; 文中部分链接为推广链接)
    r"(?:本文|文中|本篇)[^。]{0,12}(?:联盟(?:行销|营销)|推广|返利|广告|affiliate\s*)(?:链接|连结|links?)|"
    r"(?:通过|透过|经由)[^。]{0,8}(?:链接|连结)购买[^。]{0,20}(?:分润|佣金|收益|回馈|报酬)"
)
MIN_SITE_INFORMATION_MARKERS = 2
# What forum software says in its footer of the page's making (Discuz!: Processed in 0.071 second(s),
# 19 queries; phpwind: Total 0.022(s) query 6): a notice of the site's, whatever else the line holds.
# The site's report of its making and its visits: its server's timings, the software it runs on alone on
# a line (Powered by osCommerce), its visitors counted since a day (自 2006年03月12日 以来，共 2817364 次浏览,
# 您是第 12345 位访客).
SERVER_REPORT = keywords(r"processed in [\d.]+\s*s|\b\d+\s*queries\b|\btotal [\d.]+\s*\(s\)\s*quer|"
                           r"^\s*powered by\b[^。]{0,40}$|"
                           r"自\s*[^。，,]{4,16}以来[，,]?\s*(?:共|已有|累计)?\s*[\d,]+\s*(?:次|人次|位)\s*(?:浏览|访问|来访)|"
                           r"您是(?:本站)?第\s*[\d,]+\s*位(?:访客|访问者|来访者)", re.I)
# A notice holds one of these (each expression above needs one of them): looked for first, with `in`.
NOTICE_WORDS = written_either_way((
    "声明", "版权", "opyright", "OPYRIGHT", "©", "ights", "IGHTS", "ICP", "icp", "公网安备", "许可证", "主办",
    "承办", "协办", "举报", "联系我们", "关于我们", "网站地图", "广告服务", "法律顾问", "技术支持", "投稿邮箱",
    "邮编", "热线", "@", "-", "转载", "复制", "摘编", "镜像", "不代表", "观点", "看法", "侵权", "信息存储",
    "信息发布", "仅供", "仅为", "仅作", "information storage", "rocessed", "queries", "链接", "连结", "links",
    "owered", "OWERED", "以来", "访客", "访问者"))
# A credit line: where the story comes from or who wrote it, under its label, alone on a short line
# (来源：某报, 文章来源：某网, 文：某某, 2005年8月25日（来源：某报）). At the start or the end of a body it is
# no text of the article: the fields read it.
# A credit: a role and a name (来源：X, 文/X, 审核：X, 文章录入：X as a CMS records its typist), or a name
# and what it gave (学生处 供稿, X 摄).
# A bar may stand for the colon (文 | 阿秀 图 | 小陈, as self-media accounts credit). A role may credit
# a few names set apart by a space (来源：某区农业农村局 某区电商中心, 文字：张三 李四).
# A public account names the account it reposts by its ID too (来源：中国青年报（ID：zqbcyol）): no part of
# the name.
ACCOUNT_LABEL = r"[(（]\s*(?:ID|微信号|微信ID|公众号)\s*[:：]"
ACCOUNT_ID = rf"{ACCOUNT_LABEL}\s*[\w.-]{{1,30}}\s*[)）]"
ACCOUNT_ID_ONWARDS = keywords(rf"\s*{ACCOUNT_LABEL}.*$")
# Where the text comes from (本文部分内容来源, 本文来自), and a site's address after its name (某某网（www.…）).
CREDITED_SOURCE = r"(?:(?:本文|文章|稿件|新闻|信息|图片|资料)(?:部分)?(?:内容|素材)?)?来源|(?:本文|文章|稿件)来自"
SITE_ADDRESS = r"[（(]\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+/?\s*[）)]"
# One credit for a text and its pictures (文/图：, 图文：).
TEXT_AND_PICTURES = r"文\s*/\s*图|图\s*/\s*文|图文|文图"
CREDIT_ROLE = (rf"(?:{CREDITED_SOURCE}|稿源|出处|转自|作者|{TEXT_AND_PICTURES}|文字?|图片?|摄影|记者|通讯员|"
               r"撰稿|撰文|采写|(?:采访)?整理|采访|策划|统筹|排版|美编|供稿|供图|(?:文章|信息|稿件|新闻)?录入|校对|审核|审校|初审|复审|终审|"
               r"编审|监制)")
# A credit may name several roles of one person (采访、撰文：小雅).
CREDIT = (rf"(?:{CREDIT_ROLE}(?:、{CREDIT_ROLE})*\s*[:：/|｜]\s*"
          r"[^\s:：()（）|｜]{1,24}(?:\s[^\s:：()（）|｜，。；！？]{1,24}){0,2}"
          rf"(?:\s*{ACCOUNT_ID}|{SITE_ADDRESS})?|"
          r"[^\s:：()（）|｜]{1,12}(?:\s[^\s:：()（）|｜，。；！？]{1,6})?\s*(?:供稿|撰稿|供图|摄))")  # 协会秘书处 周宁 供稿
# A line of credits alone, after the day it was written maybe, set apart by spaces or bars, in brackets maybe.
# 丨, a Han character, is set as a bar by public accounts (编辑丨张瑶, 文丨林小满, 来源丨某某发布): the
# credit patterns read it as the bar it stands for, and a full-width slash (文／张三) as a slash.
CREDIT_MARKS = str.maketrans("丨／", "｜/")


def bars_read(text: str) -> str:
    """The text as the credit patterns read it: a Han bar as a bar, a full-width slash as a slash
    (same length)."""
    return text.translate(CREDIT_MARKS)


CREDIT_LINE = keywords(
    r"^(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*)?[(（【\[]?\s*"
    rf"{CREDIT}(?:\s*[|｜/，,；;]?\s*{CREDIT})*\s*[)）】\]]?$")
# A line of the story's keywords or tags, as a CMS prints them under the text (关键词：电梯 安全, 文章标签：
# ..., Tags: ...), or their label alone, the words on the line after it.
KEYWORDS_LABEL = r"^[(（【\[]?\s*[^\s:：]{0,4}?(?:关键词|关键字|标签|tags?|keywords?)\s*[)）】\]]?\s*[:：]"
KEYWORDS_LINE = keywords(rf"{KEYWORDS_LABEL}\s*[^\n]{{0,60}}$", re.I)
KEYWORDS_ALONE = keywords(rf"{KEYWORDS_LABEL}\s*$", re.I)
MAX_KEYWORDS_CHARS = 60
# A blog's line filing its post: under its category and its tags (本文发表于 2009年04月11日，分类：口腔科普。
# 标签：种植牙。你可以通过 RSS 2.0 订阅本文的评论…), both labels on one line.
POST_FILING = keywords(r"(?:分类|栏目)\s*[:：][^\n]{1,60}?标签\s*[:：]|标签\s*[:：][^\n]{1,60}?(?:分类|栏目)\s*[:：]")
# A line of facts under their short labels, three at least, and no sentence (节目：《某某》　频率：FM101.8
# 播出时间：周一至周五 11:00-12:00　主持人：某某): the page's record of the story (a programme's), not its text.
LABELLED_FACT = keywords(r"(?:^|\s)[^\s:：，。]{1,6}[:：]")
MIN_FACTS_IN_LINE = 3
MAX_FACTS_LINE_CHARS = 120
# A note of where the story was first published, as a portal or a blog reposting it writes it over or
# under the text: its title there (原标题：..., in brackets maybe), or its address (原文地址：<its title,
# linked> 作者：..., 原文链接：...): another page's title, none of the text.
ORIGINAL_NOTE = keywords(r"^[(（【\[]?\s*(?:原(?:标)?题|原文(?:地址|链接|出处))\s*[:：]\s*[^\n]{1,120}$")
# The label of a line of links to other stories (延伸阅读：<a>...</a>, 【相关报道】<a>...</a>), to the site's
# page of stories on the topic (【专题】<a>...</a>), to what the site or its editor recommends (【某某网推荐】<a>
# ...</a>, 编辑推荐：), or a call to click another page's (点击查看：<a>...</a>); marks before it (👉 延伸阅读：,
# ▶ 相关阅读：) point at the line, no words of it.
RELATED_LABEL = keywords(r"^\W*?[【\[]?(?:(?:相关|推荐|延伸|拓展|扩展|更多)(?:新闻|阅读|文章|链接|报道|专题)|专题(?:报道|链接)?"
                           r"|[^【】\[\]\s:：]{0,8}推荐"
                           r"|(?:点击|点此)(?:查看|阅读|进入|了解))[】\]]?\s*[:：]?$")
# A link to more of a box's kind (更多图册, 查看更多>>): the line holding it, short, is the box's header.
MORE_LINK = keywords(r"^(?:查看|浏览|阅读)?更多")
# A link's words calling to click it: 点击了解详情, 点此报名, 详情>>.
# A caption may open with a mark pointing at the picture above it (▲ 检测现场, △, ↑).
CAPTION_MARK = ("▲", "△", "↑")
# Spaces, and the marks a line sets before a link to point at it.
LINK_MARKS = " \t\n\u3000\xa0►▶▷▸→»›·•●■◆◇★☆※"
CLICK_CALL = keywords(r"^(?:点击|点此)|(?:>>|》》|»|→)$")
# ... and a line wholly one link may call with a single arrow after a space (…第一时间通知你 >), or open
# with an arrow (>>2016中国国际家纺展即将开幕，免费预登记通道已开启).
LINKED_CALL = keywords(rf"{CLICK_CALL.pattern}|\s[>›]$|^(?:>>|》》|»|→)")
# A row of controls, each a word or two in brackets ([ 返回文集 ] [ 回到顶部 ]), or brackets a script's
# control left empty.
# A mobile page's hint to swipe or turn the phone to see what is cut off (左右滑动查看完整表格, 横屏查看): the
# page's, wherever it stands.
SWIPE_HINT = keywords(r"^\W*(?:(?:左右|向左|向右|横向|上下)?滑动|横屏)\s*(?:即可|可)?(?:查看|浏览)[^。，,]{0,8}$")
SWIPE_WORDS = written_either_way(("滑动", "横屏"))  # looked for before the pattern is run
# A control that unfolds the rest of a folded text (展开全文, 展开剩余 62%, 点击查看全文 ∨).
UNFOLD_CONTROL = keywords(r"^(?:点击)?(?:展开(?:剩余|全部)?(?:全文|内容)?|查看全文|阅读全文)"
                            r"\s*(?:\d{1,3}\s*%)?\s*[>›∨﹀↓▼]*$")
CONTROL_ROW = keywords(r"^(?:\s*[【\[][^】\]]{0,8}[】\]]\s*){2,}$")
LABELLED_ADDRESS = keywords(r"^[^\s:：]{0,16}\s*[:：]?\s*(?:https?://|www\.)\S+$", re.I)
# A field's line: a short label (spaced maybe, 标  题:) and a colon, then its value (拼音：tàn dá fēng,
# 积分：1204); a numbered point (一、会议时间：) is none. A box of facts opening a text shows this many fields or more, each
# line this short (参考价格：￥6999 / 优点：… / 不足：… / 编辑评分：8.6 分).
FIELD_LINE = keywords(r"^(?:[^\s:：、，。]\s*){1,8}[:：]\s*\S")
FIELD_LABEL = keywords(r"^(?:[^\s:：、，。]\s*){1,8}[:：]$")  # a field's label alone, its value in the next cell
MIN_FACT_BOX_FIELDS = 3
MAX_FIELD_LINE_CHARS = 60
# A rule of dashes, maybe naming itself in its middle (------分隔线------, as a CMS's template draws one).
RULE_LINE = keywords(r"^[-—=_*·~━─]{4,}(?:\s*(?:分隔线|分割线)\s*[-—=_*·~━─]{4,})?$")
# An attachment's line: a file's name and its size, maybe its download count and upload time after
# it (附件：报价单.xls (18.5 KB), IMG_2031.JPG (156.3 KB, 下载次数: 12)); a text never says so little.
ATTACHMENT_LINE = keywords(r"^(?:附件\s*[:：]?\s*)?[^\s。，,]{1,60}\.[A-Za-z0-9]{2,5}\s*[(（]\s*\d+(?:\.\d+)?\s*[KMG]i?B"
                             r"(?:\s*[,，]\s*下载次数\s*[:：]\s*\d+)?\s*[)）][^。！？]{0,40}$", re.I)
# The time an attachment was uploaded, on its own line under the file's (2010-8-14 21:35 上传, 上传于
# 2019-03-02): what a forum shows of the file, none of the post's text.
UPLOADED_AT = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
UPLOAD_STAMP = keywords(rf"^[(（]?\s*(?:上传于\s*{UPLOADED_AT}|{UPLOADED_AT}\s*上传)\s*[)）]?$")
# The site bidding its reader to act on its own channels, wherever it stands in the text: to follow
# its account (点击上方蓝字“某某”关注我们, 长按识别二维码关注我们, 扫描文末二维码关注, 欢迎关注), to
# download or open its app, the bid opening its clause and going on to what the app gives
# (（下载某某客户端，随时随地掌握资讯）, 打开某某APP看更多, 【某某网提示】免费下载“某某”行情软件，…), to
# click a control of the page (👇 点击下方小程序);
# or offering its readers a deal (本号读者专享：…首单9折, 本报读者凭本报购机可获赠…), or its own line to
# call (欢迎拨打本报消费维权热线…, ★本报“质量维权”热线 0451-… 欢迎读者来电★), or to pass the post on to
# friends (请转发给身边骑电动车的亲朋好友), or to text a code to subscribe (发送JCWB到10658000订阅,
# 编辑短信“DJ”发送至…), or to visit it for more (更多消费资讯，请登录某某网消费频道, 想了解更多本地资讯？请登录…,
# 详情点击这里) or to post there (欢迎到本站“曝光台”版块发帖). A bare 点
# bids where it opens its words (点个关注), not inside one (应重点关注以下几点).
CALL_TO_ACT = keywords(r"(?:点击|(?<!\w)点|长按|扫码|扫描|扫一扫|识别二维码|欢迎)[^。！？!?，,]{0,20}(?:关注|订阅)"
                         r"|(?:^|[(（【\[】\]；;\s])(?:立即|马上|赶快|赶紧)?(?:免费)?(?:下载|打开)[^。！？!?，,]{0,12}(?:客户端|APP|App|app|软件)\s*(?:[，,]|看|阅读|查看|浏览)"
                         r"|[，,](?:免费)?(?:下载|打开)[^。！？!?，,]{0,12}(?:客户端|APP|App|app)\s*[>＞»]+$"
                         r"|点击(?:下方|上方|底部|文末)|读者(?:专享|专属|福利|凭)|(?:欢迎|请)(?:拨打|致电)本(?:报|台|网|刊|站)|欢迎(?:到|来|登录|访问)本(?:站|网)"
                         r"|本(?:报|台|网|刊|站)[^。！？!?，,]{0,12}热线"
                         r"|(?:转发|分享)给[^。！？!?，,]{0,10}(?:朋友|好友|亲友|亲朋)"
                         r"|更多[^。！？!?，,]{0,16}[，,？?]?\s*(?:请|敬请|欢迎)(?:登录|访问|浏览|关注|点击|下载)"
                         r"|(?:详情|更多)请?点击(?:这里|此处|进入|查看)"
                         r"|(?:发送|编辑短信|短信)\s*[“\"']?[A-Za-z0-9]{1,12}[”\"']?\s*(?:发送)?(?:到|至)\s*\d{4,}")
# A station's or a paper's line promoting itself, wherever it stands, a sentence or not: a programme,
# when it airs (每周四晚21:00…播出, 每周一至周五11:00-12:00直播, 每天7:00、12:00…播出, 已于6月21日17:00在…播出)
# and its line to call (热线：96101) or its bid to tune in (敬请收听, 请锁定FM101.2); a paper's or a
# magazine's subscription (…年度杂志征订工作已经开始，邮发代号：28-135…); a help column's hotline.
AIRS_AT = r"\d{1,2}[:：]\d{2}"
PROGRAMME_AIRTIME = keywords(rf"(?:每(?:周|天|日|晚)|已?于)[^。，,]{{0,16}}?{AIRS_AT}(?:[、和及]{AIRS_AT})*[^。]{{0,24}}?"
                               r"(?:播出|直播|首播|重播)")
TUNE_IN = keywords(r"(?:敬请|欢迎|请)(?:收听|收看|锁定)")
# The words one of those lines holds, looked for before its patterns are run.
OWN_PROMOTION_WORDS = written_either_way(("热线", "播", "征订", "邮发"))
HOTLINE = keywords(r"热线\D{0,4}\d{3,}")  # 96101, 0768-…, 400-…
SUBSCRIPTION = keywords(r"邮发代号|(?:报纸|杂志|期刊)征订")
# ... or its help column's line to call, in its own voice (…热线：0768-…，我们帮您解决身边的烦心事。, 记者帮您跑一趟)
OUTLET_HELP = keywords(r"(?:我们|记者)(?:帮|为)(?:您|你)")
MAX_OWN_PROMOTION_CHARS = 120
# What a page shows where its player cannot play (您的浏览器不支持视频播放，请升级浏览器, 您需要安装Flash播放器
# 才能收听…): the player's, none of the text.
# The message is the page's to its reader: it opens the line.
PLAYER_FALLBACK = keywords(r"^\W*(?:(?:您|你)的?(?:浏览器|设备)(?:暂)?不支持[^。]{0,16}(?:播放|视频|音频|HTML5)"
                             r"|(?:(?:您|你)(?:需要|还?没有|未)|请)(?:先)?(?:安装|升级|下载)[^。，,]{0,6}(?:Flash|播放器|插件))",
                             re.I)
MAX_PLAYER_FALLBACK_CHARS = 60
# ... on a line this short, which states nothing: no sentence's stop but a closing exclamation.
MAX_CALL_CHARS = 60
# An author's bid for a tip (请我喝杯咖啡, 打赏一下, 赞赏支持), as a blog or an account closes a post.
TIP_CALL = keywords(r"请(?:我|作者|博主|小编)喝[^。！？!?，,]{0,4}(?:咖啡|茶|奶茶)|(?:打赏|赞赏)(?:作者|一下|支持)")
# A bid to follow an account, opening its line, may be one whole sentence (扫描下方二维码，关注“某某导报”
# 微信公众号，获取更多资讯。, —— 关注“某某市场监管”微信公众号，获取更多消费提示 ——): what it asks is the
# site's, whatever follows. The account may be named by its handle (关注@某某观察，后台回复…) or in brackets
# (关注【某某笔记】，每周…), or the button
# to press (点击右上角“关注”，获取更多…), or the site say "us" (关注我们，…); the bid may follow what more
# the account gives (更多比较试验结果，请关注“某某消保委”微信公众号。), or name the site's own zone, channel or
# topic for it (更多萌宠大冒险攻略、礼包，请关注某某手游网萌宠大冒险专区。), or welcome the reader to it
# (欢迎关注公众号“某某的厨房”，每周更新…).
FOLLOW_ACCOUNT_CALL = keywords(r"^\W*(?:(?:点击|长按|扫描|扫码|扫一扫|识别)[^。！？!?]{0,20}|欢迎"
                                 r"|更多[^。！？!?，,]{0,16}[，,]?\s*(?:请|敬请|欢迎))?关注"
                                 r"(?:[^。！？!?，,]{0,20}(?:公众号|微信|微博|视频号|抖音|头条号|专区|频道|专题)|\s*@|[”\"]"
                                 r"|我们(?=[，,。！!]|$)"
                                 r"|【[^】]{1,16}】[，,])")
# The words a site labels its promotions with: an element saying only one of them (<i>广告</i>),
# or one in brackets opening a line, named the site's own maybe (【福利】文末留言…, [推广]…, （推广）…, 【本版推广】…),
# or an ad's before a colon or a bar (小广告：…, 广告时间：…), or one alone on its line, between dashes
# maybe (- 广告 -: the slot of an ad a script fills).
# A line labelled a call for recruits opening it (【招募】…, 招募｜…), or the site's own recommendation
# (【本站推荐】…: a plain 【推荐】 may head a buying guide's pick), is the site's own promotion too.
PROMOTION_LABEL_WORDS = r"广告|推广|赞助|福利|AD"
PROMOTION_LABEL = keywords(rf"^(?:{PROMOTION_LABEL_WORDS})$", re.I)  # an element saying only the label
RECRUITMENT_LABEL = "招募"
OWN = r"(?:本[版站网刊报台号]|会员|站内)"  # the site's own (本版推广, 会员福利), not a case's kind (【虚假广告】)
PROMOTION_LABELLED = keywords(rf"^(?:[【\[（(]\s*(?:{OWN}?小?(?:{PROMOTION_LABEL_WORDS}|{RECRUITMENT_LABEL})|{OWN}推荐)"
                                r"\s*[】\]）)]"
                                rf"|(?:小?(?:广告|推广)(?:时间)?|{RECRUITMENT_LABEL})\s*[:：|｜]"
                                rf"|[-—–·\s]*(?:{PROMOTION_LABEL_WORDS})[-—–·\s]*$)", re.I)
# A line the site sets apart, in brackets under a label opening it (【招生快讯】…, 〖某某网提示〗…) or wholly
# (【本馆…电话预约：…】, （…活动正在进行中…详询服务热线：400-…）), or after a mark (★…招募中…详询：010-…, 📣…),
# or under the site's own tip label (某某网提示：欢迎订阅…), that offers the site's own service or deal:
# a number to ask, book or order by (咨询电话, 服务热线, 详询, 详情请致电, 如需完整版请致电…, 电话预约,
# 电话：0595-…, 电话/微信：138…), a franchise (招商加盟), a trial of its product to apply for (免费试用), its own job
# opening (诚聘…，简历请发至…), or a bid to join its group (加入本网…QQ群, 读者群已开放，后台回复“进群”,
# 读者QQ群：8623…), follow its account, open its app, click to buy, text a code. A number for the
# public to report or complain to (举报电话, 投诉电话：12315) is the article's advice, and a dateline's
# label (【本报讯】, 【某某网深圳报道】) opens the text.
SET_APART_LINE = keywords(r"^[【〖\[](?:[^】〗\]]{1,12}[】〗\]]|.*[】〗\]]$)|^[（(].*[）)]$|^[★☆▶►▲◆◇■●\U0001F300-\U0001FAFF]"
                            r"|^[^，。！？\s]{0,10}[网站报刊]提示\s*[:：]")
# not 【招生快讯】, 【好消息】
DATELINE_LABEL = keywords(r"^[【〖\[][^】〗\]]{0,12}(?:(?<!快)讯|电|报道|(?<![好喜])消息)[】〗\]]")
SERVICE_OFFER = keywords(r"(?:咨询|报名|预约|订购|服务|联系|垂询)(?:电话|热线)|电话(?:咨询|预约|报名|订购)|联系(?:在线)?客服"
                           r"|(?:请|详情请?|欢迎)致电|详情请?(?:咨询|联系)|详询|(?:订阅|订购|咨询|报名|预约|购买)请?(?:拨打|致电)"
                           r"|欢迎(?:来电|垂询)|(?:来电|致电)(?:咨询|垂询|洽谈)|(?<!举报)(?<!投诉)(?:电话|热线)(?:\s*[/、]\s*(?:微信|手机|QQ))*\s*[:：]\s*\d|咨询\s*[:：]\s*[\d(（]"
                           r"|关注[^。！？!?，,]{0,20}(?:公众号|微信|微博|视频号|抖音|头条号)"
                           r"|(?:下载|打开)[^。，,]{0,12}(?:客户端|APP|App|app)|(?:点击|点此)[^。，,]{0,6}(?:购买|下单|报名|预约|投诉|咨询)"
                           r"|申请试用|免费(?:试用|检测|体验|咨询)|加入[^。，,]{0,12}(?:QQ群|微信群|读者群|粉丝群|交流群)|(?:QQ群|读者群|交流群)号?\s*[:：]\s*\d|(?:读者|粉丝|交流)群已?开放|回复\W?进群\W?|招商加盟|诚招(?:代理|加盟|经销)"
                           r"|诚聘|简历(?:请)?(?:发至|发送至|投至|寄至)")
CALL_CLOSING = "!！~～"
# A short question to the reader leading a call in (觉得有用？, 喜欢这篇文章吗？, 想第一时间获取港闻资讯？).
READER_QUESTION = keywords(r"^[^。！？!?，,]{1,16}[？?]\s*")
# A call to open the post's link to its source (点击文末“阅读原文”，购买本书, 点击阅读原文查看详情): the link
# a self-media platform sets under every post, none of its text.
READ_ORIGINAL_PROMPT = keywords(r"^[^。！？!?]{0,12}(?:点击|点)[^。！？!?，,]{0,8}阅读原文[^。！？!?]{0,16}[!！~～]*$")
# ... and what it opens, on a line of its own (查看《某某办法》全文, 了解活动详情): the call's other half.
VIEW_IN_FULL_CALL = keywords(r"^(?:点击)?(?:查看|阅读|下载|了解)[^。！？!?，,]{0,40}?(?:全文|原文|详情)[!！~～>»]*$")
# A note that the text goes on on another page ((未完，请看下一页：各机型详细测试数据), （未完待续）, （转下页）): the
# pager's, none of the text.
CONTINUED_NOTE = keywords(r"^[(（【\[]?\s*(?:未完(?:待续)?|待续|转下页|接下页|续下页|请看下一页)"
                            r"(?:[，,：:。\s][^()（）【】\[\]]{0,30})?[)）】\]]?$")
# A column's name and the issue of it a post is (冰场里的人 · 第07期, 第127期, Vol.12): a series' badge over
# or under the text, none of it.
ISSUE_BADGE = keywords(r"^(?:[^\s。，！？、：:]{1,16}\s*[·•|｜/]?\s*)?(?:第\s*[0-9一二三四五六七八九十百零〇]{1,5}\s*期"
                         r"|vol\.?\s*\d{1,4}|no\.\s*\d{1,4})$", re.I)
# The app a forum post was sent from, as its client signs it (发自虎扑Android客户端, 来自 iPhone 客户端, 发自我的
# iPhone): none of the text.
DEVICE_SIGNATURE = keywords(r"^[-—\s]*(?:发自|来自|发送自)\s*[^。！？，,\s]{0,12}?\s*(?:客户端|iPhone|iPad|Android|安卓|手机)"
                              r"(?:\s*(?:版|客户端))?$", re.I)
# A mark of a text's end alone on its line, between rules or in brackets maybe (- END -, — END —, THE
# END, 全文完, （完）): an account or a site sets its credits and its other posts after it. Two dashes
# alone open a signature, as in mail and on a BBS (a poster's motto, the station's 来源 line); so does a
# rule of underscores, as forum software draws it over the poster's signature (vBulletin's, phpBB's).
END_MARK = keywords(r"^[-—–=_*·~━─\s]*[(（【\[]?\s*(?:(?:the\s+)?end|全文完|完)\s*[)）】\]]?[-—–=_*·~━─\s]*$"
                    r"|^--$|^_{8,}$", re.I)
# A video's caption under its player (视频：长江沿线省市签署联防联控协议（时长1分28秒）, 【视频】…): a short
# line under its label, no sentence; the player itself is no text.
VIDEO_CAPTION = keywords(r"^(?:[【\[]视频[】\]]\s*[:：]?|视频\s*[:：])\s*\S")
MAX_VIDEO_CAPTION_CHARS = 80
# A post's counters: how often it was read, commented on, liked or shared (阅读(1234), 评论：5, 浏览
# 272次, views 1,024), how long it is and takes to read (本文共 1,416 字，阅读约需 4 分钟, 阅读时长：3分钟); a line
# of them, with the controls beside them (收藏, 分享) and separators, is no text.
# A counter's number, whole or rounded to thousands or ten-thousands (2,876; 2.3万; 1.2k; 10万+).
COUNT = r"\d[\d,]*(?:\.\d+)?(?:\s*[万千wk]\+?)?"
READER_COUNTER = keywords(rf"(?:阅读|浏览|点击|评论|回复|跟帖|收藏|点赞|转发|分享|访问|人气|views?|reads?|comments?|likes?)"
                            rf"(?:数|量|次数)?\s*(?:[(（\[【]\s*{COUNT}\s*[)）\]】]|[:：]?\s*{COUNT})\s*(?:次|人|条)?|"
                            rf"{COUNT}\s*(?:人|次)\s*(?:阅读|浏览|赞|点赞|喜欢|转发|分享|收藏|评论)|"  # 2876 人 赞
                            # how many made or read it (236 人做过这道菜), its rating (8.1 综合评分, 评分：4.5)
                            rf"{COUNT}\s*人\s*(?:做过|看过|读过|买过|用过|学过|想做|想看|参与|在看)(?:[这此本][^\s\d，。！？]{{0,3}})?|"
                            r"(?:综合|用户|平均)?评分\s*[:：]?\s*\d(?:\.\d)?\s*分?|\d(?:\.\d)?\s*分?\s*(?:综合|用户|平均)?评分|"
                            r"(?:预计)?阅读(?:时长|时间|用时)?\s*[:：]?\s*(?:约|大约)?需?\s*\d+\s*(?:分钟|min)|"
                            rf"(?:本文|全文)(?:共|约|字数)?\s*[:：]?\s*{COUNT}\s*字", re.I)
# A prompt to log in before taking part (登录后才能回应, 请登录后发表评论, 您需要 登录 才可以下载或查看), or to sign
# up (马上注册，结交更多好友…): the comment box's or the attachment's, shown as text.
LOGIN_PROMPT = keywords(r"^(?:(?:请|您需要)?\s*先?\s*登录\s*后?\s*(?:才能|才可以|即可|方可|再)?"
                          r"(?:回应|评论|发表|回复|回帖|参与|查看|下载|收藏)|(?:马上|立即|免费)注册)")
# A paywall: the site asks its reader to pay, subscribe or log in to read the rest or to read on
# (本文为付费内容, 订阅电子版后可阅读全文, 登录后查看完整内容, 本文为某某会员专享内容，剩余 92% 未读; a report's
# 本报告为会员专享内容, 开通会员，即可阅读全部报告); 登入 is Taiwan's word for logging in (登入繼續閱讀).
PAY_OR_LOG_IN = r"(?:付费|订阅|会员|购买|登[录入]|注册)"
READ = r"(?:阅读|查看|浏览|畅读|查阅|阅览)"
READ_ON = rf"(?:{READ}(?:全文|完整|全部(?:内容|报告|文章)|剩余)|继续阅读)"
PAYWALL = keywords(rf"{PAY_OR_LOG_IN}[^。！？!?]{{0,16}}?{READ_ON}"
                     r"|本(?:文|篇|报告)为[^。，,]{0,8}?(?:付费|会员)(?:内容|专[享属])"
                     r"|剩余\s*\d{1,2}\s*%\s*未读")
# A line of a paywall's box closing the free part of a text: the above, or the rest said to be for
# subscribers or members only (完整测试结果只供订户阅览), or shown to those who pay (订阅月刊网上版，即可
# 查阅…的详细评分); a line this short.
PAYWALL_PROMPT = keywords(rf"{PAYWALL.pattern}"
                            rf"|(?:仅|只)(?:供|限|对|向)?(?:订户|订阅用户|会员|付费用户|VIP)[^。！？!?]{{0,6}}{READ}"
                            rf"|^[^。！？!?]{{0,4}}{PAY_OR_LOG_IN}[^。！？!?]{{0,30}}?(?:即可|才能|方可|后可){READ}", re.I)
MAX_PAYWALL_PROMPT_CHARS = 80
# A note of who checked the text (✅ 本文经 陈冠宇 物理治疗师 审阅, 本文由某某医生审核), a health site's, maybe beside
# its reading time: a credit, no line of the text.
REVIEWED_BY = keywords(r"^\W*本文(?:经|由|已经?)\s*[^。，,！？]{1,24}?(?:审阅|审核|审定|审校|把关)(?![^｜|]*[。！？])")
BESIDE_COUNTERS = keywords(r"^(?:[\s|｜/·•,，;；]|收藏|分享|打印|举报|引用|回复|评论|点赞)*$")
MAX_COUNTERS_LINE_CHARS = 60
# A stamp of the text's last change (本帖最后由 X 于 2024-11-2 10:05 编辑, 最后修改于 ...) is a line this short.
MAX_CHANGE_STAMP_CHARS = 60
# The words a lead box is labelled with (摘要, 导读, 核心提示, 划重点), alone, and the colons a label is written with.
LEAD_BADGE = keywords(r"摘要|内容提要|提要|导读|导语|核心提示|编者按|划重点")
MAX_BADGE_CHARS = 8  # 【内容提要】 and the spaces around it
# The label a lead may open with: its word before a colon (核心提示：) or in brackets ([导读]).
LEAD_LABELLED = keywords(rf"^\s*(?:[【\[]\s*(?:{LEAD_BADGE.pattern})\s*[】\]][:：]?|(?:{LEAD_BADGE.pattern})\s*[:：]?)")
LABEL_COLONS = ":："


SENTENCE_END = "。"
MANY_SITE_INFORMATION_MARKERS = 3
BARE_PHONE_NUMBER = keywords(r"\d{3,4}-\d{7,8}")


def site_information_markers(text: str) -> int:
    """How many different things of a site's information a text names. © and Copyright are one; so
    are a phone number and a second one (预订热线：020-… 传真：020-…, a contact line closing an article
    as often as a footer's), while each of three or more counts (a directory of branches' numbers)."""
    markers = {marker.lower().replace("©", "copyright") for marker in SITE_INFORMATION.findall(text)}
    phones = sum(1 for marker in markers if BARE_PHONE_NUMBER.fullmatch(marker))
    return len(markers) - phones + (phones if phones >= MANY_SITE_INFORMATION_MARKERS else min(phones, 1))


@lru_cache(maxsize=8192)  # asked of the same paragraphs when scoring a page and when reading its body
def is_notice(text: str) -> bool:
    """Whether a paragraph is a notice of the site's (its statement, its information, its rules
    for readers, its report of the page's making), not text of an article. Lines of site information are strings of names and
    numbers: a sentence (it ends with 。) that names a copyright and a phone number is none, one
    that names three things of the kind is."""
    if not any(word in text for word in NOTICE_WORDS):  # most paragraphs: no expression to run
        return False
    if STATEMENT_LABEL.match(text) or READER_RULE.search(text) or SERVER_REPORT.search(text):
        return True
    markers = site_information_markers(text)
    return markers >= MANY_SITE_INFORMATION_MARKERS or (markers >= MIN_SITE_INFORMATION_MARKERS and SENTENCE_END not in text)


# Texts are cleaned with str methods: a regular expression over a long Chinese text costs
# several times more, and most texts hold no invisible character at all.
def without_invisible(text: str) -> str:
    # The five characters of INVISIBLE, each looked for with `in`: quicker than the expression on
    # a long text, and than a loop over them on a short one.
    if "\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text or "\ufeff" in text:
        return INVISIBLE.sub("", text)
    return text


def collapse_whitespace(text: str) -> str:
    """Each run of whitespace as one space, kept at either end."""
    collapsed = " ".join(text.split())
    if not collapsed:
        return " " if text else ""
    return f"{' ' if text[0].isspace() else ''}{collapsed}{' ' if text[-1].isspace() else ''}"


def clean_text(text: str | None) -> str | None:
    """Trimmed, inner whitespace collapsed to one space; None when nothing is left."""
    if text is None:
        return None
    text = " ".join(without_invisible(text).split())
    return text or None


def without_lead_badge(runs: list[Run]) -> list[Run]:
    """A paragraph's runs without the badge of a lead box they open with: a lead's label set apart
    in an element of its own and followed by no colon (<span class="tag">摘要</span>一家…), which a
    page shows as a tag over the box, not as words of the text. A label written with its colon
    (核心提示：…) is the text's."""
    if len(runs) > 1 and LEAD_BADGE.fullmatch(runs[0].text.strip()) and runs[1].text.lstrip()[:1] not in LABEL_COLONS:
        return runs[1:]
    return runs


def clean_runs(runs: list[Run]) -> list[Run]:
    """The runs of a paragraph with its whitespace cleaned as one text, markup kept."""
    cleaned: list[Run] = []
    for run in runs:
        text = collapse_whitespace(without_invisible(run.text))
        if not cleaned or cleaned[-1].text.endswith(" "):
            text = text.lstrip(" ")
        if not text:
            continue
        previous = cleaned[-1] if cleaned else None
        if previous and previous.markup() == run.markup():
            previous.text += text
        else:
            cleaned.append(Run(text, *run.markup()))
    while cleaned and cleaned[-1].text.endswith(" "):
        cleaned[-1].text = cleaned[-1].text.rstrip(" ")
        if not cleaned[-1].text:
            cleaned.pop()
    return cleaned


def clean_block(block: Block) -> Block | None:
    """The block with clean text, or None when it holds nothing an article would show."""
    if block.kind == "p":
        block.runs = clean_runs(without_lead_badge(block.runs))
        if not block.runs or IMAGE_FILE_NAME.match(block.text):
            return None
    elif block.kind == "table":
        block.rows = [[(tag, clean_text(text) or "") for tag, text in row] for row in block.rows]
    else:
        block.alt = clean_text(block.alt)
        block.caption = clean_text(block.caption)
    return block


def prose_length(text: str) -> int:
    """How much of a text is words (Han characters and letters): not digits, dates, punctuation,
    separators or spaces, which pagers, counters and menus are made of."""
    return sum(map(str.isalpha, text))


def is_furniture_line(block: Block) -> bool:
    """What stands before or after an article's text, but is none of it: a notice (声明, 版权), a
    short line that is all links (返回首页), links to other stories under their label (延伸阅读：<a>...
    </a>), an address with its label (Trackback: http://...), a rule of dashes, a line of the post's
    counters (阅读(1234) | 评论(5), 2876 人 赞), a prompt to log in (登录后才能回应), a stamp of the text's
    last change (本帖最后由 X 于 ... 编辑), a note of the story's original title or address (原标题：...,
    原文地址：...), a line of its keywords (关键词：...) or one filing it (分类：… 标签：…), a box's
    header with its link to more (词条图册 更多图册), a row of bracketed controls ([ 返回文集 ] [ 回到顶部 ]),
    a video's caption (视频：…), a call to open the post's link (点击阅读原文) or what it opens (查看《…》全文),
    a control unfolding the rest of the text (展开剩余 62%), a paywall's prompt (只供订户阅览, 订阅即可查阅…), a note
    of who checked the text (本文经某某医生审阅),
    the app a post was sent from (发自X客户端), a line of facts under
    their labels (节目：… 频率：… 主持人：…), a note that the text goes on on the next page (（未完待续）), a
    series' badge (冰场里的人 · 第07期)."""
    if block.kind != "p":
        return False
    text = block.text
    short = len(text) <= MAX_LINK_LINE_CHARS
    only_links = short and (all_links(block)
                            or any(run.href and MORE_LINK.match(run.text.strip()) for run in block.runs))
    return (only_links or is_related_links(block) or is_notice(text)
            or bool(LABELLED_ADDRESS.match(text) or RULE_LINE.match(text) or CONTROL_ROW.match(text)
                    or UNFOLD_CONTROL.match(text) or ISSUE_BADGE.match(bars_read(text)))
            or is_counters_line(text) or is_change_stamp(text) or is_video_caption(text) or is_facts_line(text)
            or (len(text) <= MAX_PAYWALL_PROMPT_CHARS and (PAYWALL_PROMPT.search(text) or REVIEWED_BY.match(text)) is not None)
            or bool(LOGIN_PROMPT.match(text) or ORIGINAL_NOTE.match(text) or KEYWORDS_LINE.match(text)
                    or POST_FILING.search(text)
                    or READ_ORIGINAL_PROMPT.match(text) or VIEW_IN_FULL_CALL.match(text) or DEVICE_SIGNATURE.match(text)
                    or CONTINUED_NOTE.match(text)))


def is_facts_line(text: str) -> bool:
    return (len(text) <= MAX_FACTS_LINE_CHARS and SENTENCE_PUNCTUATION.isdisjoint(text)
            and len(LABELLED_FACT.findall(text)) >= MIN_FACTS_IN_LINE)


def is_related_links(block: Block) -> bool:
    """Links to other stories under their label, on one line (延伸阅读：<a>…</a>, 相关阅读：<a>…</a>)."""
    unlinked = "".join(run.text for run in block.runs if not run.href).strip()
    return unlinked != block.text.strip() and bool(RELATED_LABEL.match(unlinked))


def is_video_caption(text: str) -> bool:
    """A short line under the label 视频 and no sentence: the caption of a video's player."""
    return len(text) <= MAX_VIDEO_CAPTION_CHARS and SENTENCE_END not in text and bool(VIDEO_CAPTION.match(text))


def is_change_stamp(text: str) -> bool:
    """A short line that dates the text's last change, nothing of the text itself."""
    return len(text) <= MAX_CHANGE_STAMP_CHARS and shows_modification(text) and bool(DATE_PATTERN.search(text))


def is_counters_line(text: str) -> bool:
    """A short line of a post's counters (how often it was read, commented on, shared), nothing
    beside them but controls and separators."""
    if len(text) > MAX_COUNTERS_LINE_CHARS:
        return False
    rest = READER_COUNTER.sub("", text)
    return rest != text and bool(BESIDE_COUNTERS.match(rest))


# A line wholly in round brackets that opens with its source's label, and what it says inside them: a
# byline set so ((来源：某报 记者 某某)). A reporter's name alone in brackets ((记者 某某)) is the text's
# last words on the labelled pages of cqn.com.cn, and stays.
BRACKETED_SOURCE = keywords(rf"^[(（]((?:{CREDITED_SOURCE}|稿源|出处)\s*[:：].*)[)）]$")


# A speaker's label opening paragraphs of an interview (记者：, 王建华：); this many of them make the
# label a speaker's, whatever its word (记者 is also a credit's role).
TURN_LABEL = keywords(r"^\s*([^\s:：，。；！？]{1,8})\s*[:：]")
MIN_TURNS = 3


def credit_lines_at_ends(blocks: list[Block], is_byline: Callable[[str], bool]) -> tuple[list[str], list[Block]]:
    """The credit lines that open or close the blocks (`CREDIT_LINE`, or a byline, in brackets maybe), and the blocks
    without them. A lead under its label (核心提示：…) may stand over the opening credits (本网记者 某某,
    then the text): they open the text all the same. An interview's turn is no credit, though its
    speaker's label is a role (记者：谢谢您接受采访。)."""
    turns = Counter(match.group(1) for block in blocks if block.kind == "p" and (match := TURN_LABEL.match(block.text)))

    def is_credit(block: Block) -> bool:
        if (turn := TURN_LABEL.match(block.text)) and turns[turn.group(1)] >= MIN_TURNS:
            return False  # an interview's turn (记者：谢谢您接受采访。), as its other turns open with the label
        return block.kind == "p" and bool(CREDIT_LINE.match(text := bars_read(block.text))
                                          or is_byline(BRACKETED_SOURCE.sub(r"\1", text)))
    lead = 1 if blocks and blocks[0].kind == "p" and LEAD_LABELLED.match(blocks[0].text) else 0
    credits = [lead + at for at in lines_at_ends(blocks[lead:], is_credit)]
    return [blocks[at].text for at in credits], [block for at, block in enumerate(blocks) if at not in credits]


def without_furniture_at_ends(blocks: list[Block]) -> list[Block]:
    """The blocks without the furniture lines that open or close them, the keywords a label alone
    on its line names on the next (词条标签： / 法律，汽车), a lead box's badge alone over its lead
    (`is_badge_over_lead`), and a box of facts opening them."""
    keywords = {id(words) for label, words in pairwise(blocks) if label.kind == words.kind == "p"
                and KEYWORDS_ALONE.match(label.text) and len(words.text) <= MAX_KEYWORDS_CHARS}
    at_of = {id(block): at for at, block in enumerate(blocks)}
    furniture = lines_at_ends(blocks, lambda block: is_furniture_line(block) or id(block) in keywords
                              or is_badge_over_lead(blocks, at_of[id(block)]))
    kept = [block for at, block in enumerate(blocks) if at not in furniture]
    facts = fact_box_opening(kept)
    return without_furniture_at_ends(kept[facts:]) if facts else kept


def without_closing_headings(blocks: list[Block]) -> list[Block]:
    """The blocks without the headings that close them: a heading heads what follows it, and what
    followed one at the text's end was left out (a box of links under 被加入以下菜单, a form under 发表评论)."""
    end = len(blocks)
    while end > 1 and blocks[end - 1].heading:
        end -= 1
    return blocks[:end] if any(not block.heading for block in blocks[:end]) else blocks


def is_badge_over_lead(blocks: list[Block], at: int) -> bool:
    """Whether the block at `at` is a lead box's badge alone on its line (核心提示, 导读 over the lead, as
    `without_lead_badge` reads one in the lead's own line) with more text after the lead than the lead
    holds: the box's label, no text. Over a lead that is most of the text, it is a blurb's label (a
    topic's or a video's page), which the page's kind is read from (`article.is_a_blurb`)."""
    badge = blocks[at]
    if badge.kind != "p" or len(badge.text) > MAX_BADGE_CHARS or at + 1 >= len(blocks) \
            or not LEAD_BADGE.fullmatch(badge.text.strip(" 【】[]")):
        return False
    lead = blocks[at + 1]
    return lead.kind == "p" and sum(prose_length(block.text) for block in blocks[at + 2:]) > prose_length(lead.text)


def up_to_the_end_mark(blocks: list[Block]) -> list[Block]:
    """The blocks before the first line that marks the text's end (`END_MARK`, or a platform's word
    that what is above was posted by others, `DISCLAIMS_THE_ABOVE`) after most of its words: what
    follows the mark is the account's or the site's, not the text's. A text ends once: a mark said
    twice is a line of its own (a code listing's END closing its BEGIN)."""
    marks = [at for at, block in enumerate(blocks)
             if block.kind == "p" and (END_MARK.match(block.text) or DISCLAIMS_THE_ABOVE.match(block.text))]
    if not marks:  # most texts: their words need not be counted
        return blocks
    said = Counter(blocks[at].text.strip().lower() for at in marks)
    marks = [at for at in marks if said[blocks[at].text.strip().lower()] == 1]
    words = list(accumulate((prose_length(block.text) for block in blocks), initial=0))
    return next((blocks[:at] for at in marks if words[at] > words[-1] - words[at]), blocks)


def fact_box_opening(blocks: list[Block]) -> int:
    """How many lines of a box of facts open the blocks: MIN_FACT_BOX_FIELDS short field lines or
    more in a row, before any text (a product's price, merits and rating over its review; an
    office's index number, issuer and date over its notice); 0 where fewer do."""
    fields = 0
    for block in blocks:
        if not (block.kind == "p" and len(block.text) <= MAX_FIELD_LINE_CHARS and FIELD_LINE.match(block.text)):
            break
        fields += 1
    return fields if fields >= MIN_FACT_BOX_FIELDS else 0


def lines_at_ends(blocks: list[Block], wanted: Callable[[Block], bool]) -> list[int]:
    """Where the `wanted` lines stand that open or close the blocks, in order: each before the
    first line of text that is not wanted, or after the last; the article's pictures beside them,
    and a caption pointing up at one (▲…), are no lines (a credit line under the lead picture and
    its caption still opens the text)."""
    found: set[int] = set()
    for ordered in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        for at in ordered:
            if blocks[at].kind == "img" or (at and blocks[at - 1].kind == "img" and blocks[at].text.startswith(CAPTION_MARK)):
                continue
            if at in found or not wanted(blocks[at]):
                break
            found.add(at)
    return sorted(found)


def is_pager_line(block: Block, text: str) -> bool:
    """A pager: a short line of page numbers and the words that move between pages (上一页 2 3 下一页,
    共3页, 第2页), with numbers, a link, a page's count or a word that turns a page (a pager run by a
    script shows 下一页 as plain text). The words are those of pagers, whatever the site; a line of
    punctuation alone (……) is none, nor a number alone in plain text (a public account's 01 over a
    section), nor a time of day (a live blog's 09:05 over its entry)."""
    return (len(text) <= MAX_PAGER_CHARS and block.kind == "p" and bool(PAGER.match(text))
            and (len(NUMBER.findall(text)) >= 2 or any(word in text for word in PAGE_WORD)
                 or any(run.href for run in block.runs))
            and not TIME_OF_DAY.match(text))


def all_links(block: Block) -> bool:
    """Whether all of a line's words are in its links: beside them, only spaces and the marks pointing
    at them (►<a>…</a>, ▶ <a>…</a>, as a news site sets its related stories among its paragraphs)."""
    return all(run.href or not run.text.strip(LINK_MARKS) for run in block.runs)


def is_inserted_link(block: Block, text: str) -> bool:
    """A one-line advertisement between paragraphs: a short line with no statement (no full stop)
    all of whose text is a link (`all_links`), or whose link is a call to click (〖频道推荐〗论坛报名进行中，<a>点击了解详情
    >></a>): its clauses parted by commas or closed by ！ or >>; or a link to another story under its
    label (相关阅读：<a>…</a>) set among the paragraphs."""
    return block.kind == "p" and any(run.href for run in block.runs) and (
        "。" not in text and (all_links(block)
                             or any(run.href and CLICK_CALL.search(run.text.strip()) for run in block.runs))
        or is_related_links(block))


# The formula closing a notice over its signature (特此公告。, 特此通知。): no paragraph of its text.
CLOSING_FORMULA = keywords(r"^\s*特此(?:公告|通告|通知|声明|函告|告知|说明)[。！!]?\s*$")


# What a company adds to its name, common to many (有限公司, 集团): none of what tells it apart.
COMPANY_FORM = keywords(r"(?:股份)?有限(?:责任)?公司|集团|公司")
SITE_NAME_RUN = 4  # characters of the site's name in a row that name it in a line (恒准计量, 信诺检测)


def is_own_offer(block: Block, site_names: Iterable[str]) -> bool:
    """A line of the site's own advertisement: it names the site (SITE_NAME_RUN characters of one of
    its names in a row, its company form aside), offers its service (`SERVICE_OFFER`) and gives a
    number to call, up to a promotion's length: a company's line closing its news (恒准计量可提供…上门
    校准服务…咨询热线：400-860-3172)."""
    text = block.text
    if block.kind != "p" or len(text) > MAX_OWN_PROMOTION_CHARS or not PHONE_NUMBER.search(text) \
            or not SERVICE_OFFER.search(text):
        return False
    names = [COMPANY_FORM.sub("", name) for name in site_names]
    return any(name[at:at + SITE_NAME_RUN] in text for name in names for at in range(len(name) - SITE_NAME_RUN + 1))


def is_offer_with_link(block: Block, text: str) -> bool:
    """A short line offering the site's or a sponsor's service (`SERVICE_OFFER`) that closes with a
    link calling to click it (…免费检测，技师为您逐项讲解。查找离您最近的门店 », …修好再付款。点击立即预约>>):
    an advertisement wherever it stands."""
    if block.kind != "p" or len(text) > MAX_OWN_PROMOTION_CHARS:
        return False
    last = next((run for run in reversed(block.runs) if run.text.strip()), None)
    return (last is not None and bool(last.href) and CLICK_CALL.search(last.text.strip()) is not None
            and SERVICE_OFFER.search(text) is not None)


def is_inserted_number(block: Block, text: str) -> bool:
    """A one-line advertisement in plain text: a short line that gives a number to call and goes on
    to its pitch (招商加盟热线：400-806-3127 厂家直销), and no sentence. A line that ends with its number,
    or with an aside in brackets after it (its hours), is a text's contact line (急诊电话：0510-85912120,
    祭扫服务咨询电话：0736-7218800（工作日8:00—17:00）)."""
    if block.kind != "p" or not SENTENCE_PUNCTUATION.isdisjoint(text):
        return False
    numbers = list(PHONE_NUMBER.finditer(text))
    return bool(numbers) and bool(BRACKETED_ASIDE.sub("", text[numbers[-1].end():]).strip())


def is_linked_call(block: Block, text: str) -> bool:
    """A line that is wholly a link opened or closed by a call's arrow (订阅召回提醒，有新召回第一时间通知你 >,
    更多优惠请点此>>, >>某某展即将开幕), with no statement: the site's promotion wherever it stands."""
    return (block.kind == "p" and "。" not in text and LINKED_CALL.search(text.strip()) is not None
            and all(run.href for run in block.runs if run.text.strip()))


def is_call_to_act(block: Block, text: str) -> bool:
    """The site's call to its reader, stating nothing: follow us, open our app, click below; or one
    sentence opening with the bid to follow its account; or the author's bid for a tip, however it
    asks (觉得文章有用？欢迎请我喝杯咖啡). A short question to the reader may lead the call in (觉得有用？欢迎关注…)."""
    if block.kind != "p" or len(text) > MAX_CALL_CHARS:
        return False
    call = READER_QUESTION.sub("", text, count=1)
    return (STATEMENT_STOPS.isdisjoint(call.rstrip(CALL_CLOSING)) and bool(CALL_TO_ACT.search(call))
            or STATEMENT_STOPS.isdisjoint(call[:-1]) and bool(FOLLOW_ACCOUNT_CALL.match(call))
            or bool(TIP_CALL.search(text)))


def is_own_promotion(block: Block, text: str) -> bool:
    """A station's line promoting its programme (when it airs, and the line to call it or a bid to
    tune in), a help column's its line to call, in its own voice (我们帮您…), or a paper's its
    subscription."""
    if not any(word in text for word in OWN_PROMOTION_WORDS):  # most lines: no expression to run
        return False
    hotline = HOTLINE.search(text) is not None
    return block.kind == "p" and len(text) <= MAX_OWN_PROMOTION_CHARS and (
        PROGRAMME_AIRTIME.search(text) is not None and (hotline or TUNE_IN.search(text) is not None)
        or hotline and OUTLET_HELP.search(text) is not None
        or SUBSCRIPTION.search(text) is not None)


def is_player_fallback(block: Block, text: str) -> bool:
    """What a page shows where its media player cannot play: a message to install or upgrade."""
    return block.kind == "p" and len(text) <= MAX_PLAYER_FALLBACK_CHARS and PLAYER_FALLBACK.search(text) is not None


def is_labelled_promotion(block: Block, text: str) -> bool:
    """A line the site labels as its promotion by a word opening it, bracketed (【福利】, 【广告】) or set
    apart in markup of its own (<strong>广告</strong> 关注…), or sets apart (in brackets, after a mark) to
    offer its own service or deal (【招生快讯】…咨询电话：…), up to a promotion's length."""
    return block.kind == "p" and len(text) <= MAX_OWN_PROMOTION_CHARS and (
        PROMOTION_LABELLED.match(text) is not None or is_labelled_apart(block)
        or SET_APART_LINE.match(text) is not None and DATELINE_LABEL.match(text) is None
        and (SERVICE_OFFER.search(text) is not None or CALL_TO_ACT.search(text) is not None))


def is_labelled_apart(block: Block) -> bool:
    """A line opened by a promotion's label word in markup of its own and set apart by a space, more
    words after it (<strong>广告</strong> 关注…); not a word of the first sentence (<b>广告</b>宣传中的…)."""
    runs = [run for run in block.runs if run.text.strip()]
    if len(runs) < 2 or PROMOTION_LABEL.match(label := runs[0].text.strip()) is None:
        return False
    return block.text.lstrip()[len(label):len(label) + 1].isspace()


def is_prose(block: Block) -> bool:
    return block.kind == "p" and not SENTENCE_PUNCTUATION.isdisjoint(block.text)


def is_said(block: Block) -> bool:
    """A line that says something of the article: a paragraph of prose, or the story's table of data."""
    return block.kind == "table" or is_prose(block)


def without_inserted_lines(blocks: list[Block]) -> list[Block]:
    """The blocks without the pager lines, a mobile page's hints to swipe (左右滑动查看完整表格), the site's
    calls to act (关注我们, 打开APP看更多), its labelled
    promotions (【福利】…), a station's promotion of its programme or a paper's of its subscription, a
    player's message where it cannot
    play, and the attachments' lines anywhere (a post sets its attachments among its
    lines: 报价单.xls (18.5 KB), 2010-8-14 21:35 上传), and the one-line ads that stand between two
    lines of the article's text (the article's pictures between them or not): a link, between
    lines that are no links, one of them at least a paragraph of prose or the story's table (the
    other may be a subheading); a number to call, between two paragraphs of prose (a
    notice's contact line comes before its signature, and its closing formula, 特此公告。, is none)."""
    lines = [block for block in blocks if block.kind != "img"]  # what is read, in order
    line_at = {id(block): at for at, block in enumerate(lines)}
    kept = []
    for block in blocks:
        text = block.text
        inside = 0 < (at := line_at.get(id(block), 0)) < len(lines) - 1
        is_attachment = ATTACHMENT_LINE.match(text) or UPLOAD_STAMP.match(text)
        anywhere = (is_pager_line(block, text) or is_call_to_act(block, text) or is_linked_call(block, text)
                    or any(word in text for word in SWIPE_WORDS) and SWIPE_HINT.match(text) is not None)
        if is_attachment or is_own_promotion(block, text) or is_labelled_promotion(block, text) \
                or is_player_fallback(block, text) or is_offer_with_link(block, text) \
                or len(text) <= MAX_PAGER_CHARS and (anywhere or inside and (
                (is_inserted_link(block, text) and is_article_line(lines[at - 1]) and is_article_line(lines[at + 1])
                 and (is_said(lines[at - 1]) or is_said(lines[at + 1])))
                or (is_inserted_number(block, text) and is_prose(lines[at - 1]) and is_prose(lines[at + 1])
                    and not CLOSING_FORMULA.match(lines[at + 1].text)))):
            continue
        kept.append(block)
    return kept


def is_article_line(block: Block) -> bool:
    """A line of text that is not one of links (a list of them goes on over several lines), or the
    story's table of data."""
    return block.kind == "table" or block.kind == "p" and not all(run.href for run in block.runs)
