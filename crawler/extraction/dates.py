"""Dates: the raw date text a page shows -> an RFC 3339 date-time in Beijing time, and the
precision the page showed it to.

Every date an item carries is a full RFC 3339 date-time, with seconds and an offset
(`2021-09-08T13:42:00+08:00`), so that strict parsers, JSON Schema's `date-time` and DuckDB's
type inference all read it as a timestamp. What the page did not show is zero (a date without a
time is its first second, Beijing time), and the precision says what the page showed: `day`,
`minute` or `second`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import NamedTuple
from urllib.parse import urlsplit

from crawler.extraction.keywords import keywords

# 2021-09-08 13:42:42, 2021-09-08 13:42, 2021年09月08日 13:42, 2021年9月8日, 2021/9/8, 2021.09.08,
# and a year set apart from its month and day (2024 03/15); a weekday may stand before the time
# (2009年08月17日 星期一 21:36), and the half of the day a twelve-hour time is in (2010年03月21日 星期日
# 于 下午 10:12, as a blog theme words it: 22:12). A year right after a digit, a slash or a
# dot ends another date (12/01/2004, 01.12.2004) or number: what follows it is no month and day
# (12/01/2004 - 01/01/2005 is no 2004-01-01); right after a Latin letter it is a model's number
# (RTX2060 / 24.5寸 is no date). That look behind comes after the year's first two
# digits, so that the search still skips to a 1 or a 2 at once (first, it costs five times more).
DATE_PATTERN = keywords(
    r"(?P<year>(?:19|20)(?<![\dA-Za-z/.]..)\d{2})\s*(?:[-/.年]|\s)\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})(?!\d)\s*日?"
    r"(?:(?:\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?(?:\s*于)?(?:\s*(?:上午|早上|凌晨|(?P<afternoon>下午|晚上|傍晚)))?"
    r"\s*(?P<hour>\d{1,2})\s*[:：时]\s*(?P<minute>\d{2})(?:\s*[:：分]\s*(?P<second>\d{2})\s*秒?)?)?"
)
# The day a CMS files an article under, in the path of its address: /2025/0315/, /2025-03/15/,
# /202503/15/, /20250315/, t20250315_1.html, /2025/03/15/. No digit on either side: an id
# (content_8731350, 4218.html) is no date.
URL_DATE = keywords(r"(?<!\d)(?P<year>(?:19|20)\d{2})[-/]?(?P<month>0[1-9]|1[0-2])[-/]?(?P<day>0[1-9]|[12]\d|3[01])(?!\d)")
BEIJING = timezone(timedelta(hours=8))
# A date in the calendar of the Republic of China, as Taiwan's sites show it (113-07-15, 民國113年7月15日): the
# year is its Gregorian year less 1911. Three digits and two numbers may be anything else (a model, a
# code), so it is read only where a label says it is the publication's date (`ROC_PUBLICATION_DATE`).
ROC_YEAR_ZERO = 1911
ROC_DATE = keywords(r"(?:民国\s*)?(?P<year>1[0-4]\d)\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})\s*日?")
ROC_PUBLICATION_DATE = keywords(rf"(?:发布|发表)(?:时间|日期)\s*[:：]\s*(?P<date>{ROC_DATE.pattern})(?![\d/.:-])")
# A date labelled as the text's last change, not its publication: 已于 2023-06-02 10:15 修改, 更新时间：, 报价更新：,
# 此帖被 X 在 2008-07-22 10:03 重新编辑,
# 最后编辑于, 最近更新, 修订日期, updated. (编辑 alone names an editor: 编辑：张三 2024-01-01 is a date line.)
MODIFIED = keywords(r"(?:修改|更新|编辑|修订)(?:于|时间|日期)|[于在][\d\s:/.年月日时分-]{6,30}(?:重新)?(?:修改|更新|编辑)|"
                      r"(?:最后|最近)(?:修改|更新|编辑|修订)|更新\s*[:：]|\b(?:updated|modified|edited)\b", re.I)
# ... unless the line says the publication's too (发布时间：... 更新时间：...: its first date is that).
PUBLISHED = keywords(r"发布|发表|首发|\b(?:published|posted)\b", re.I)
# A date labelled as another event than the text's: a member's registration, joining or last login,
# a birth, a deadline, an expiry, a rule's coming into force, a body's founding (注册时间: 2022-05-13,
# 最后登录, 出生日期, 截止日期：, 有效期至, 施行时间, 实施日期, 生效, 成立时间: a wiki's or a catalogue's facts),
# a booking's trip or course (出发日期, 返回日期, 入住, 开课时间, 报名时间: a tour's, a hotel's, a school's offer),
# a family's day on a forum poster's card (婚期, 婚礼时间, 预产期: a wedding forum's, a parents' forum's),
# an event's scheduled time under its label (会议时间, 活动时间, 考试时间: a notice's facts; not 活动
# alone, the last word of a headline over its date line),
# or the start of a period (自2017年4月1日起执行, 从2019年1月起: a rule's, a fee's).
OTHER_EVENTS = (r"(?:注册|登录|登陆|加入|入会|出生|生日|截止|到期|有效期|施行|实施|生效|成立|出发|返回|返程|回程|出行|"
                r"入住|离店|登船|开课|开班|报名|婚期|婚礼|预产期|(?:会议|活动|考试|比赛|开幕)(?=时间|日期))")
OTHER_EVENT = keywords(rf"(?:{OTHER_EVENTS}(?:时间|日期|于|至)?\s*[:：]?|(?<!来)[自从])\s*$")
# ... or, where a box sets each value over its label, the label alone after it (<p>2009-3-12</p>注册时间:
# a forum poster's card).
OTHER_EVENT_AFTER = keywords(rf"\s*{OTHER_EVENTS}(?:时间|日期)\s*")
# ... or, right after it, as the day a period starts (2026年1月1日起执行, 自…起 without its 自).
PERIOD_START_AFTER = keywords(r"\s*(?:起|开始)(?:正式)?(?:执行|施行|实施|生效|启用)")
LABEL_REACH = 16  # characters before a date that hold its label, colon and spaces
# A machine-readable time with its offset (2022-02-06T12:48:06+00:00, ...Z), as page metadata gives it.
ISO_WITH_OFFSET = keywords(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?P<seconds>:\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$")
DAY, MINUTE, SECOND = "day", "minute", "second"
PRECISIONS = (DAY, MINUTE, SECOND)


class ShownDate(NamedTuple):
    moment: str  # RFC 3339, Beijing time, to the second
    precision: str  # what the page showed: DAY, MINUTE or SECOND


def rfc3339(moment: datetime) -> str:
    """An aware datetime as RFC 3339 to the second (`2021-09-08T13:42:00+08:00`, `...Z` in UTC)."""
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def shows_modification(line: str) -> bool:
    """Whether a date line shows when the text was last changed, not when it was published."""
    return bool(MODIFIED.search(line)) and not PUBLISHED.search(line)


def labels_another_event(line: str, after: str = "") -> bool:
    """Whether a line's first date is labelled as another event than the text's publication: before
    it, by the label alone after it, to the end of the line and the text `after` the line, or as the
    start of a period right after it (起执行)."""
    match = DATE_PATTERN.search(line)
    # The label stands right before the date: only the words there are searched (a whole line is
    # tried at every character).
    return match is not None and bool(OTHER_EVENT.search(line[max(0, match.start() - LABEL_REACH):match.start()])
                                      or OTHER_EVENT_AFTER.fullmatch(line[match.end():] + after)
                                      or PERIOD_START_AFTER.match(line, match.end()))


def read_date(raw: str | None) -> ShownDate | None:
    """`2021-09-08 13:42` -> (`2021-09-08T13:42:00+08:00`, minute); `2021年9月8日` ->
    (`2021-09-08T00:00:00+08:00`, day); `2022-02-06T12:48:06+00:00` -> (`2022-02-06T20:48:06+08:00`,
    second); a date of the Republic's calendar, alone (`113-07-15`) -> (`2024-07-15T00:00:00+08:00`, day);
    None if there is no valid date."""
    declared = ISO_WITH_OFFSET.match(raw.strip()) if raw else None
    if declared:
        try:
            moment = datetime.fromisoformat(declared.string.replace("Z", "+00:00")).astimezone(BEIJING)
        except ValueError:
            return None
        return ShownDate(rfc3339(moment), SECOND if declared.group("seconds") else MINUTE)
    match = DATE_PATTERN.search(raw or "") or URL_DATE.fullmatch((raw or "").strip())
    republic = None if match else ROC_DATE.fullmatch((raw or "").strip())
    if republic:
        match = republic
    if not match:
        return None
    parts = {name: int(value) for name, value in match.groupdict().items() if value is not None and value.isdigit()}
    if republic:
        parts["year"] += ROC_YEAR_ZERO
    if match.groupdict().get("afternoon") and parts["hour"] < 12:
        parts["hour"] += 12
    try:
        moment = datetime(parts["year"], parts["month"], parts["day"], parts.get("hour", 0),
                          parts.get("minute", 0), parts.get("second", 0), tzinfo=BEIJING)
    except ValueError:
        return None
    precision = SECOND if "second" in parts else MINUTE if "hour" in parts else DAY
    return ShownDate(rfc3339(moment), precision)


def date_in_url(url: str) -> str | None:
    """The day the article's address files it under, as the address shows it (`2025/0315`), where
    it is a day of the calendar: the date of a page that shows none."""
    match = URL_DATE.search(urlsplit(url).path)
    return match.group(0) if match and read_date(match.group(0)) else None


# A script's assignment of the post's publication time (var createTime = '2025-01-09 17:25',
# "publishTime":"2021-06-03 10:00:00", publishedAt: 1736414700, structured data's "datePublished":
# "2024-05-20T10:30:00+08:00"): a page whose scripts write its date shows none until they run. A
# Unix time (in seconds or milliseconds), or a time without its offset, is read in Beijing time. The
# values are looked for in the scripts first, then the name before each (a search for the names
# costs ten times more).
SCRIPTED_VALUE = re.compile(rb"[:=]\s*[\"']?(?P<value>(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}"
                            rb"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|1\d{9}(?:\d{3})?)(?!\d)")
PUBLISHED_NAME = re.compile(rb"\b(?:(?:publish|pub|create|post|release)(?:e?d)?_?(?:time|date|at)|date_?published)[\"']?\s*$",
                            re.I)
MAX_NAME_CHARS = 24
SCRIPT_OPENS, SCRIPT_CLOSES = re.compile(rb"<script\b[^>]*>", re.I), re.compile(rb"</script", re.I)


def date_in_scripts(source: bytes) -> str | None:
    """The publication time the page's scripts assign, as a date text, where every assignment gives
    the same day: a page's data listing other stories' times dates none of them. Only scripts: a
    comment's stamp (PublishDate=...) is when the CMS wrote the page. Read in the page's bytes, not
    decoded: the names and the times are ASCII, the same bytes in UTF-8, GBK and the like."""
    dates = []
    for opening in SCRIPT_OPENS.finditer(source):
        closing = SCRIPT_CLOSES.search(source, opening.end())
        for match in SCRIPTED_VALUE.finditer(source, opening.end(), closing.start() if closing else len(source)):
            if (PUBLISHED_NAME.search(source, max(0, match.start() - MAX_NAME_CHARS), match.start())
                    and read_date(text := _date_text(match))):
                dates.append(text)
    return dates[0] if dates and len({date[:10] for date in map(parse_date, dates) if date}) == 1 else None


def _date_text(match: re.Match[bytes]) -> str:
    """A scripted time as a date text: a Unix time (seconds, milliseconds) in Beijing time."""
    value = match.group("value").decode("ascii")
    return f"{datetime.fromtimestamp(int(value[:10]), BEIJING):%Y-%m-%d %H:%M:%S}" if value.isdigit() else value


# A date with its month's English name first, as a blog platform's or an overseas site's template writes
# it: Mar 12 Mon 2018 21:35 (Taiwan's PIXNET, its weekday before the year), March 12, 2018, Sep. 3rd 2021.
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAME_DATE = re.compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
    r"\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?(?P<year>(?:19|20)\d{2})\b"
    r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2}))?", re.I)


def date_in_month_name(text: str) -> str | None:
    """The date a text writes with its month's English name first (`MONTH_NAME_DATE`), as a date text
    `read_date` reads (2018-03-12 21:35), or None."""
    match = MONTH_NAME_DATE.search(text)
    if match is None or not 1 <= int(match.group("day")) <= 31:
        return None
    month = MONTHS.index(match.group("month").lower()) + 1
    time = f" {int(match.group('hour')):02d}:{match.group('minute')}" if match.group("hour") else ""
    return f"{match.group('year')}-{month:02d}-{int(match.group('day')):02d}{time}"


def parse_date(raw: str | None) -> str | None:
    """The RFC 3339 date-time of a date text (see `read_date`), or None."""
    shown = read_date(raw)
    return shown.moment if shown else None
