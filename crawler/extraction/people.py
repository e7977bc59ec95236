"""People and outlets: the editor line, the opening dateline and the closing attribution.

- The editor line (`(责任编辑:X)`) gives `editor` and ends the article: it and whatever follows
  it leave the body.
- The dateline that opens the body (`某某网讯(记者X)`, `某社某地某日电`, `本报讯`)
  names the outlet (the source when the date line names none) and the reporters.
- A bracketed attribution closing the body (`(某市质监局 张三)`) names authors.
Both stay in the body text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from crawler.extraction.blocks import Block
from crawler.extraction.keywords import keywords, written_either_way
from crawler.extraction.text import CREDIT_LINE, READER_COUNTER, bars_read, clean_runs, is_change_stamp, prose_length

# Han characters, with the rarer ones of extension A and beyond that names do use (彭䶮).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
# The editor's label and name (several names joined by 、; an internal id like _NN1260 after a
# name, or a portal's staff code after a space, 刘光博 SN222, is not part of it); the editor line is
# that and nothing more but brackets. 责任编辑 is looked for before 责编 and a plain 编辑 (not the end
# of 责任编辑) when a line names several.
EDITOR_LABELS = ("责任编辑", "责编", "(?<!任)编辑")
EDITOR_LABEL_WORD = written_either_way(("编",))  # every label has it
# A two-character name is often typeset with a space in it, as wide as a three-character one (记者李
# 明, 责任编辑:周 宁): marked with a word joiner (U+2060, the same length, so positions hold) it reads
# as one name.
NAME_JOINER = "\u2060"
# An editor line closes the article where at least this much text came before it; over less, with
# more after it, it is a byline under the title.
MIN_TEXT_BEFORE_CLOSING_LINE = 40
CREDIT_SEPARATORS = " \u3000\xa0|｜/／丨"  # what sets an editor's credit apart from those before it
NAME_ROLES = ("记者", "编辑", "责编", "作者", "通讯员", "实习生", "摄影")
AFTER_NAME_START = "(?:^|(?<=[\\s(（:：/、【\\[])|" + "|".join(f"(?<={role})" for role in NAME_ROLES) + ")"
SPACED_NAME = keywords(rf"{AFTER_NAME_START}([{HAN}]) (?=[{HAN}](?:$|[\s)）、，,;；】\]]))")
# A pen name may mix scripts (阿May, 小K); an editorial office may stand for the editor (蛋价网编辑部).
EDITORIAL_OFFICE = r"(?:编辑部|编辑室|编辑组|编辑中心|新闻中心)"
# The editor's office may come before the editor's name (编辑：招生办 小吴): the name is the editor's.
OFFICE_BEFORE_NAME = rf"(?:[{HAN}]{{1,8}}(?:办|处|科|部|室|中心|组)\s+(?=[{HAN}]))?"
EDITOR_NAME = (rf"{OFFICE_BEFORE_NAME}(?P<name>(?:[{HAN}A-Za-z]{{0,10}}{EDITORIAL_OFFICE}"
               rf"|[{HAN}·{NAME_JOINER}]{{2,5}}(?![{HAN}])(?:、[{HAN}·]{{2,4}}(?![{HAN}]))*"
               rf"|[{HAN}]{{1,3}}[A-Za-z]{{1,12}}|[A-Za-z][A-Za-z .]{{0,30}}[A-Za-z])[_\w]*)?")
STAFF_CODE = r"(?:\s+[A-Z]{1,4}\d{2,6}(?![\w]))?"
# In brackets, the label may follow the outlet whose editor it is: （鲸闻编辑 钟晓）, 【本网编辑：李娜】.
EDITOR_OPENING = rf"(?:[(（【\[]\s*(?:[{HAN}A-Za-z]{{1,8}}?)?)?"
EDITOR_NAMED = [keywords(rf"{EDITOR_OPENING}\s*{label}\s*(?:[:：|｜]\s*|\s+){EDITOR_NAME}{STAFF_CODE}")
                for label in EDITOR_LABELS]
# Other credits may follow the editor on the line: 校对 (proofreading), 审核 (review).
# A bar or a slash may set them apart (编辑：陈晓 ｜ 审核：周宏), and a bar may stand for a label's colon
# (编辑 | 林晚　审核 | 陈墨, as self-media accounts credit).
OTHER_CREDITS = r"(?:\s*[|｜/／]?\s*(?:校对|审核|审校|初审|复审|终审|编审|监制)\s*[:：|｜]?\s*[^\s()（）【】|｜]{1,12})*"
# ... and the editor's line to call or mail (【责任编辑：张涛 TEL：（010）68476606】).
EDITOR_CONTACT = (r"(?:\s*[|｜/／]?\s*(?:(?i:tel)|电话|联系电话)\s*[:：]?\s*[(（]?\d{3,4}[)）-]?\s*\d{7,8}"
                  r"|\s*[|｜/／]?\s*(?:邮箱|(?i:e-?mail))\s*[:：]\s*[\w.-]+@[\w.-]+)?")
# A Taiwanese agency stamps the day after its editor's bracket, in the Republic's years ((編輯：陳慧君)1050310).
ROC_DAY_STAMP = r"(?:(?<=[)）])\s*1?\d{6})?"
EDITOR_LINE = [keywords(named.pattern + OTHER_CREDITS + EDITOR_CONTACT + r"\s*[)）】\]]?" + ROC_DAY_STAMP + r"\s*$")
               for named in EDITOR_NAMED]


def mark_spaced_names(text: str) -> str:
    """The text with each two-character name typeset with a space joined, a Han bar read as a bar
    (same length)."""
    return SPACED_NAME.sub(lambda match: match.group(1) + NAME_JOINER, bars_read(text))


def editor_name(match: re.Match) -> str | None:
    """The name of an editor-line match, without an internal id; None where the line names none."""
    name = (match.group("name") or "").replace(NAME_JOINER, "")
    return re.sub(r"_[\w]*$", "", name).strip() or None


def search_editor(patterns: Iterable[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The first match of the editor patterns, 责任编辑 first."""
    return next((match for match in (pattern.search(text) for pattern in patterns) if match), None)


OUTLET_SUFFIX = r"(?:网|报|社|台|刊|站|端|频道|新闻|本报|本刊|本网)"
# A dispatch is wired (电) on a day or by an agency (北京9月1日电, 新华社电): 电 after other words is
# a word's (一台平板电脑), no dateline.
DATELINE = keywords(
    rf"^(?P<outlet>[^\s，。,:：(（“”\"]{{1,18}}{OUTLET_SUFFIX})"
    r"(?P<place>[^\s，。,:：(（]{0,12}?)(?:(?<=[日社])电|讯|消息)"
    r"\s*(?:[(（](?P<people>[^()（）]{1,60})[)）])?"
)
CLOSING_ATTRIBUTION = keywords(r"[(（](?P<people>[^()（）]{2,40})[)）]\s*$")
ROLE = r"(?:本报|本网|本刊)?(?:特约|实习|见习|首席)?(?:记者|通讯员|实习生|作者|摄影|摄像|摄|文|图)"
# A role word alone, or after the outlet it works for (某某报记者), or the outlets a joint byline names,
# a middle dot between them (潮新闻·某某晚报记者).
ROLE_ONLY = keywords(rf"^(?:{ROLE}|[{HAN}](?:[{HAN}]|·(?=[{HAN}])){{1,13}}?(?:记者|通讯员|实习生))[:：/]?$")
# The site's word for itself (本网, 本报, 本站原创): an author field holding it names no person.
OWN_WORD = keywords(r"^本(?:报|网|刊|站|台|社)(?:原创)?$")
# A serial's mark that more is to come (（未完待续）, （待续）), closing a part as a byline closes a story.
SEQUEL_MARK = keywords(r"^(?:未完待续|待续|未完)$")
# An outlet's name (某某日报, 新橙新闻客户端), which a byline may set before a reporter's role, a space between.
OUTLET_NAME = keywords(rf"^[{HAN}]{{1,16}}{OUTLET_SUFFIX}$")
ROLE_AND_NAME = keywords(rf"^{ROLE}[:：/]?(?P<name>[{HAN}·]{{2,4}})$")
LABEL_COLON = keywords(r"[:：]")  # a role and a name run together (图集简介) are a byline's only with their colon
# ... or with the place the story was reported from after them, a slash between (記者林佳穎／台中報導, as
# Taiwan's papers write their bylines): the place is no name.
REPORTED_FROM = keywords(rf"\s*/\s*[{HAN}]{{2,6}}(?:报导|报道)$")
PERSON_NAME = keywords(rf"^[{HAN}][{HAN}·]{{1,3}}$")
ORGANISATION = keywords(
    rf"^[{HAN}]{{2,30}}(?:局|院|所|委|会|中心|公司|部|厅|站|办|处|队|科|室|组|集团|协会|学会|大学|学院|政府|分局|市|县|区|省|镇|街道)$"
)
TOKEN = keywords(r"[^\s、，,;；|｜]+")  # a bar may stand for a role's colon (文 | 林小满)
MAX_BYLINE_CHARS = 40
BYLINE_MARKS = "□■◎●◆◇"  # a paper's mark before its byline (□本刊记者 梁嘉欣, ■记者 李四)


def names_nobody(words: str) -> bool:
    """Whether a field's words name no person: a role alone (本网记者, 通讯员), the site's word for
    itself (本网, 本站原创), a serial's mark (未完待续)."""
    return bool(ROLE_ONLY.match(words) or OWN_WORD.match(words) or SEQUEL_MARK.match(words))


def split_people(bracket: str) -> list[dict]:
    """`记者 张三 通讯员 李四` -> 张三 (`记者 张三`), 李四 (`通讯员 李四`); [] if it names no one.

    Role words and organisations before a name belong to that name's `nameRaw`; anything that is
    neither a role, an organisation nor a name means the bracket is not a byline at all. An outlet's
    name before a role (新橙新闻客户端 记者 周一帆) is that role's.
    """
    people, prefix_start = [], None
    tokens = list(TOKEN.finditer(mark_spaced_names(bracket)))
    for token, following in zip(tokens, [*tokens[1:], None], strict=False):  # the last token has none after it
        text = token.group().replace(NAME_JOINER, "")
        start = token.start() if prefix_start is None else prefix_start
        named = ROLE_AND_NAME.match(text)
        if ROLE_ONLY.match(text) or ORGANISATION.match(text) or is_outlet_before_role(text, following):
            prefix_start = start
        elif named or PERSON_NAME.match(text):
            name = named.group("name") if named else text
            people.append({"name": name, "nameRaw": bracket[start:token.end()]})
            prefix_start = None
        else:
            return []
    return people


def is_outlet_before_role(word: str, following: re.Match[str] | None) -> bool:
    return following is not None and OUTLET_NAME.match(word) is not None and ROLE_ONLY.match(following.group()) is not None


def byline_people(line: str) -> list[dict]:
    """The people a byline alone on its line names, its role first (本报记者　林丽鹂, 记者 张三 通讯员 李四,
    新华社记者 王某, 记者：陈思远 刘洋 摄像：黄磊, 記者林佳穎／台中報導), or the outlet the role is of
    (新橙新闻客户端 记者 周一帆), a paper's mark before it maybe; [] for any other line."""
    line = bars_read(line).strip().lstrip(BYLINE_MARKS).lstrip()
    reported = REPORTED_FROM.search(line)
    line = line[:reported.start()] if reported else line
    first = TOKEN.match(line)
    if first is None or len(line) > MAX_BYLINE_CHARS or not (
            ROLE_ONLY.match(word := first.group()) or (ROLE_AND_NAME.match(word) and (LABEL_COLON.search(word) or reported))
            or is_outlet_before_role(word, TOKEN.search(line, first.end()))):
        return []
    return split_people(line)


def credited_byline_people(line: str) -> list[dict]:
    """The people of a byline alone on its line, or after credits on it (来源：湖州日报 记者 潘晓东 通讯员
    王越: the source's credit, then the reporters'), the post's counters beside them or not (文 | 何雨桐 阅读约
    4 分钟); [] for any other line."""
    people = byline_people(line := READER_COUNTER.sub(" ", bars_read(line)))
    if people:
        return people
    for space in re.finditer(r"\s+", line):
        if CREDIT_LINE.match(line[:space.start()]) and (people := byline_people(line[space.end():])):
            return people
    return []


def once_each(authors: list[dict]) -> list[dict]:
    """Each person once, where first named, with the fullest of the ways they were named."""
    people: dict[str, dict] = {}
    for author in authors:
        known = people.setdefault(author["name"], author)
        if len(author["nameRaw"]) > len(known["nameRaw"]):
            known["nameRaw"] = author["nameRaw"]
    return list(people.values())


def find_editor(blocks: list[Block]) -> tuple[str | None, list[Block]]:
    """The editor's name, and the blocks without the editor line: those before it, where it closes
    the article; all the others, where it stands over the article's text (a byline under the title,
    little text before it and the text after it)."""
    for index, block in enumerate(blocks):
        text = block.text if block.kind == "p" else ""
        has_label_word = any(word in text for word in EDITOR_LABEL_WORD)  # every label has it
        match = search_editor(EDITOR_LINE, mark_spaced_names(text)) if has_label_word else None
        if not match or is_change_stamp(text):  # 本帖最后由 X 于 2009-8-16 09:12 编辑: edited, by nobody's editor
            continue
        before_end = len(text[: match.start()].rstrip(CREDIT_SEPARATORS))
        before_line = text[:before_end].strip()
        kept = blocks[:index]
        # Another editor's credit before it goes too (编辑：X 责任编辑：Y); other credits stay, without the bar
        # setting them apart (文字：X ｜ 图片：Y ｜ 编辑：Z), for the credit lines' reading.
        if before_line and not search_editor(EDITOR_LINE, before_line):
            block.cut(before_end)
            block.runs = clean_runs(block.runs)
            kept.append(block)
        after = blocks[index + 1:]
        if prose_of(kept) < MIN_TEXT_BEFORE_CLOSING_LINE <= prose_of(after):
            return editor_name(match), kept + after
        return editor_name(match), kept
    return None, blocks


def prose_of(blocks: list[Block]) -> int:
    return sum(prose_length(block.text) for block in blocks)


def own_outlet(outlet: str | None, own_outlets: Mapping[str, str]) -> str | None:
    """An outlet as named: `本报` (our paper) is the site's own, looked up in `own_outlets`
    (on cqn.com.cn, 中国质量报); an unresolved "our" is no name."""
    if not outlet:
        return None
    if outlet in own_outlets:
        return own_outlets[outlet]
    return None if outlet.startswith("本") else outlet


def dateline_of(paragraphs: list[str]) -> re.Match | None:
    """The dateline opening the body (`中国质量新闻网讯(记者X)`), if the first paragraph has one."""
    return DATELINE.match(paragraphs[0]) if paragraphs else None


def body_authors(paragraphs: list[str]) -> list[dict]:
    """The people the dateline and a closing bracketed attribution name."""
    authors = []
    dateline = dateline_of(paragraphs)
    if dateline and dateline.group("people"):
        authors += split_people(dateline.group("people"))
    closing = CLOSING_ATTRIBUTION.search(paragraphs[-1]) if paragraphs else None
    if closing and not names_nobody(closing.group("people")) and not (
            dateline and len(paragraphs) == 1 and closing.start() < dateline.end()):
        authors += split_people(closing.group("people"))
    return authors
