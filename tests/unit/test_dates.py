"""Dates as the sites write them -> ISO 8601 in Beijing time, to the precision shown."""

from __future__ import annotations

import pytest

from crawler.extraction.dates import parse_date


@pytest.mark.parametrize("raw, iso", [
    ("2021-09-08 13:42:42", "2021-09-08T13:42:42+08:00"),
    ("2021-09-08 13:42", "2021-09-08T13:42+08:00"),
    ("2021年09月08日 13:42", "2021-09-08T13:42+08:00"),
    ("2021年9月8日", "2021-09-08"),
    ("2021/9/8", "2021-09-08"),
    ("发布时间：2019-01-04 10:12 来源：中国质量报", "2019-01-04T10:12+08:00"),
    ("2022-02-06T12:48:06+00:00", "2022-02-06T20:48:06+08:00"),  # page metadata, in another time zone
    ("2022-02-06T12:48Z", "2022-02-06T20:48+08:00"),
    ("2021-02-30", None),
    ("没有日期", None),
    (None, None),
])
def test_dates(raw, iso):
    assert parse_date(raw) == iso
