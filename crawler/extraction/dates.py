"""Dates: the raw date text a page shows -> ISO 8601 in Beijing time, to the precision shown."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

# 2021-09-08 13:42:42, 2021-09-08 13:42, 2021年09月08日 13:42, 2021年9月8日, 2021/9/8, 2021.09.08,
# and a year set apart from its month and day (2024 03/15)
DATE_PATTERN = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*(?:[-/.年]|\s)\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(?P<hour>\d{1,2})\s*[:：时]\s*(?P<minute>\d{2})(?:\s*[:：分]\s*(?P<second>\d{2})\s*秒?)?)?"
)
BEIJING_OFFSET = "+08:00"
BEIJING = timezone(timedelta(hours=8))
# A machine-readable time with its offset (2022-02-06T12:48:06+00:00, ...Z), as page metadata gives it.
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$")


def parse_date(raw: str | None) -> str | None:
    """`2021-09-08 13:42` -> `2021-09-08T13:42+08:00`; `2021年9月8日` -> `2021-09-08`;
    `2022-02-06T12:48:06+00:00` -> `2022-02-06T20:48:06+08:00`; None if invalid."""
    if raw and ISO_WITH_OFFSET.match(raw.strip()):
        try:
            moment = datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).astimezone(BEIJING)
        except ValueError:
            return None
        seconds_shown = raw.strip()[16:17] == ":"
        return moment.isoformat(timespec="seconds" if seconds_shown else "minutes")
    match = DATE_PATTERN.search(raw or "")
    if not match:
        return None
    parts = {name: int(value) for name, value in match.groupdict().items() if value is not None}
    try:
        moment = datetime(parts["year"], parts["month"], parts["day"], parts.get("hour", 0),
                          parts.get("minute", 0), parts.get("second", 0))
    except ValueError:
        return None
    if "hour" not in parts:
        return moment.strftime("%Y-%m-%d")
    shown = "%Y-%m-%dT%H:%M:%S" if "second" in parts else "%Y-%m-%dT%H:%M"
    return moment.strftime(shown) + BEIJING_OFFSET
