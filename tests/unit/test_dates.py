"""Dates as the sites write them -> an RFC 3339 date-time in Beijing time, and the precision shown."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import FormatChecker

from crawler.extraction.dates import BEIJING, DAY, MINUTE, SECOND, ShownDate, date_in_url, read_date

DATE_TIME = FormatChecker(formats=["date-time"])


@pytest.mark.parametrize("raw, shown", [
    ("2021-09-08 13:42:42", ("2021-09-08T13:42:42+08:00", SECOND)),
    ("2021-09-08 13:42", ("2021-09-08T13:42:00+08:00", MINUTE)),
    ("2021年09月08日 13:42", ("2021-09-08T13:42:00+08:00", MINUTE)),
    ("2021年9月8日", ("2021-09-08T00:00:00+08:00", DAY)),
    ("2021/9/8", ("2021-09-08T00:00:00+08:00", DAY)),
    ("本文发表于 2009年08月17日 星期一 21:36，分类：育儿杂记", ("2009-08-17T21:36:00+08:00", MINUTE)),  # a weekday
    ("2024年3月5日（周二）09:30", ("2024-03-05T09:30:00+08:00", MINUTE)),
    # a twelve-hour time in its half of the day, as a blog theme words it
    ("本文发布于 2010年03月21日 星期日 于 下午 10:12，被归档于 信贷手记 分类。", ("2010-03-21T22:12:00+08:00", MINUTE)),
    ("2010年3月21日上午9:05", ("2010-03-21T09:05:00+08:00", MINUTE)),
    ("2024年3月5日 星期二", ("2024-03-05T00:00:00+08:00", DAY)),
    ("发布时间：2019-01-04 10:12 来源：中国质量报", ("2019-01-04T10:12:00+08:00", MINUTE)),
    ("2022-02-06T12:48:06+00:00", ("2022-02-06T20:48:06+08:00", SECOND)),  # page metadata, in another time zone
    ("2022-02-06T12:48:06.250Z", ("2022-02-06T20:48:06+08:00", SECOND)),
    ("2022-02-06T12:48Z", ("2022-02-06T20:48:00+08:00", MINUTE)),
    ("12/01/2004 - 01/01/2005", None),  # two dates month first: no year before a month and day in it
    ("配置：i7 / RTX2060 / 12.5寸", None),  # a model's number after its letters
    ("01.12.2004 - 01.01.2005", None),  # day first, with dots
    ("2021-02-30", None),
    ("2021-09-08 25:61", None),
    ("没有日期", None),
    (None, None),
])
def test_dates(raw, shown):
    assert read_date(raw) == (ShownDate(*shown) if shown else None)


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)),
       st.sampled_from(["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y年%m月%d日", "%Y/%m/%d %H:%M", "%Y.%m.%d"]),
       st.text(st.characters(exclude_categories=["Nd"]), max_size=8))  # no digits to join the date's
def test_every_date_read_is_strict_rfc3339_and_keeps_what_was_shown(moment, shape, noise):
    """Whatever shape and neighbouring text, a date read is a date-time with seconds and the
    Beijing offset, equal to the time shown to the precision shown."""
    shown = read_date(f"{noise} {moment.strftime(shape)}")
    assert shown is not None and DATE_TIME.conforms(shown.moment, "date-time")
    parsed = datetime.fromisoformat(shown.moment)
    assert parsed.utcoffset() == BEIJING.utcoffset(None)
    kept = {DAY: "%Y-%m-%d", MINUTE: "%Y-%m-%d %H:%M", SECOND: "%Y-%m-%d %H:%M:%S"}[shown.precision]
    assert parsed.strftime(kept) == moment.strftime(kept)
    assert shown.precision == (SECOND if "%S" in shape else MINUTE if "%M" in shape else DAY)


@pytest.mark.parametrize("url, shown", [
    ("http://www.example.gov.cn/html/2025/0315/4218.html", "2025/0315"),  # a regulator's CMS
    ("https://www.example.gov.cn/zwgk/202503/t20250315_5123.html", "20250315"),  # an open-government CMS
    ("http://news.example.cn/2025-03/15/c_1130123456.htm", "2025-03/15"),  # a news agency's
    ("https://blog.example.com/2025/03/15/a-post/", "2025/03/15"),  # a blog's permalink
    ("https://www.cqn.com.cn/zj/content/2021-09/08/content_8731350.htm", "2021-09/08"),
    ("https://www.example.cn/news/content_8731350.htm", None),  # an id is no date
    ("https://www.example.cn/n/120250315123.html", None),  # nor are a longer id's digits
    ("https://www.example.cn/2025/0231/1.html", None),  # no day of the calendar
    ("https://www.example.cn/list.php?date=20250315", None),  # a query asks; it files nothing
])
def test_the_day_an_address_files_its_article_under(url, shown):
    assert date_in_url(url) == shown


@given(st.dates(min_value=datetime(1990, 1, 1).date(), max_value=datetime(2099, 12, 31).date()),
       st.sampled_from(["/%Y/%m%d/", "/%Y-%m/%d/", "/%Y%m/%d/", "/%Y%m%d/", "/t%Y%m%d_", "/%Y/%m/%d/", "/%Y-%m-%d/"]))
def test_every_way_a_cms_files_a_day_in_its_path_reads_as_that_day(day, shape):
    shown = date_in_url(f"https://www.example.cn/news{day.strftime(shape)}1.html")
    assert read_date(shown) == ShownDate(f"{day.isoformat()}T00:00:00+08:00", DAY)
