"""Dates and numbers as a file's locale writes them, decided per column.

"1.234,56" and "1,234.56"; "31.12.2026", "12/31/2026" and "2026-12-31". One value can be
ambiguous ("1,234", "03/04/2026"); a column rarely is: the format is decided from all
of its values, and a column that never tells is read in the caller's default and said
to be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

_DATE = re.compile(r"^\s*(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\s*$")
_NUMBER = re.compile(r"^[+-]?[\d.,\s\u00a0\u202f']*\d[\d.,\s\u00a0\u202f']*$")
_GROUPING = re.compile(r"[\s\u00a0\u202f']")


class DateOrder(StrEnum):
    YMD = "ymd"
    DMY = "dmy"
    MDY = "mdy"


@dataclass(frozen=True)
class ColumnFormat:
    """How a column's values are read: ``value`` is a DateOrder or a decimal mark."""

    value: str
    #: False when no value of the column told, and the default was used
    sure: bool


def date_order_of_column(values: Iterable[str], default: DateOrder = DateOrder.DMY) -> ColumnFormat:
    """The order day, month and year are written in, from all of a column's values.

    A four-digit first part is year-first; a first part over 12 is a day (DMY), a
    second part over 12 is a day (MDY); dots are day-first in every locale that writes
    them. Otherwise ``default``, said to be unsure.
    """
    day_first = month_first = year_first = 0
    for text in values:
        match = _DATE.match(text)
        if not match:
            continue
        first, separator, second = match.group(1), match.group(2), int(match.group(3))
        if len(first) == 4:
            year_first += 1
        elif int(first) > 12 or separator == ".":
            day_first += 1
        elif second > 12:
            month_first += 1
    if not (day_first or month_first or year_first):
        return ColumnFormat(default, False)
    counts = {DateOrder.DMY: day_first, DateOrder.MDY: month_first, DateOrder.YMD: year_first}
    return ColumnFormat(max(counts, key=lambda order: counts[order]), True)


def parse_date(text: str, order: DateOrder | str) -> date | None:
    """``text`` as a date written in ``order`` (a year-first date is read as one
    whatever the order); None when it is not a date. Two-digit years are 2000-2069
    and 1970-1999."""
    match = _DATE.match(text)
    if not match:
        return None
    a, b, c = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if len(match.group(1)) == 4:
        year, month, day = a, b, c
    elif order == DateOrder.MDY:
        month, day, year = a, b, c
    else:
        day, month, year = a, b, c
    if len(match.group(4)) == 2 and len(match.group(1)) != 4:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def decimal_mark_of_column(values: Iterable[str], default: str = ".") -> ColumnFormat:
    """ "." or ",": the decimal mark of a column of numbers.

    A value with both marks ends with the decimal one ("1.234,56"); a mark written
    twice ("1.234.567") groups thousands; a mark followed by other than three digits
    ("12,5") is decimal. A column of values like "1,234" alone does not tell.
    """
    comma = dot = 0
    for text in values:
        text = _GROUPING.sub("", text)
        if not _NUMBER.match(text):
            continue
        last_comma, last_dot = text.rfind(","), text.rfind(".")
        if last_comma >= 0 and last_dot >= 0:
            if last_comma > last_dot:
                comma += 1
            else:
                dot += 1
            continue
        mark = "," if last_comma >= 0 else "." if last_dot >= 0 else ""
        if not mark:
            continue
        grouping = text.count(mark) > 1
        if not grouping and len(text) - text.rfind(mark) - 1 == 3:
            continue  # "1,234": a thousand, or one and a bit; does not tell
        # written twice: it groups, so the decimal mark is the other one
        if (mark == ",") != grouping:
            comma += 1
        else:
            dot += 1
    if comma == dot:
        return ColumnFormat(default, False)
    return ColumnFormat("," if comma > dot else ".", True)


def parse_number(text: str, decimal_mark: str) -> Decimal | None:
    """``text`` as a number whose decimal mark is ``decimal_mark`` ("." or ","), the
    other mark, spaces and apostrophes grouping thousands; None when not a number."""
    text = _GROUPING.sub("", text.strip())
    if not _NUMBER.match(text):
        return None
    grouping = "," if decimal_mark == "." else "."
    whole, _, fraction = text.partition(decimal_mark)
    groups = whole.lstrip("+-").split(grouping)
    if decimal_mark in fraction or grouping in fraction:
        return None
    if len(groups) > 1 and not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        return None
    text = whole.replace(grouping, "") + ("." + fraction if fraction else "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
