"""The text of number and date fields: what the user typed read back as values (in any
locale's way of writing them), values written for editing, and the width such text needs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QStyle

from crm_desktop.views.formatting import date_display_format, format_decimal

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")
_DIGITS = "0123456789"


def parse_decimal(text: str, locale: QLocale) -> Decimal | None:
    """Locale number text -> Decimal (None when empty); ValueError when it is not a number.

    A lone separator that cannot group thousands ("1234.56" in German, "12,5" in English)
    is taken as the decimal point: that is what the user meant."""
    point, group = locale.decimalPoint(), locale.groupSeparator()
    t = _SPACES.sub("", text).replace("\u2212", "-").replace(locale.negativeSign(), "-")
    if not t:
        return None
    if group and group.strip() and group in t:
        whole = t.split(point)[0] if point in t else t
        parts = whole.lstrip("+-").split(group)
        if parts[0] and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
            t = whole.replace(group, "") + t[len(whole) :]
        elif point not in t and t.count(group) == 1:
            t = t.replace(group, point)
        else:
            raise ValueError(text)
    t = t.replace(point, ".")
    if not _NUMBER.match(t):
        raise ValueError(text)
    try:
        return Decimal(t)
    except InvalidOperation:
        raise ValueError(text) from None


def parse_date(text: str, locale: QLocale) -> dt.date | None:
    """Locale (or ISO) date text -> date (None when empty); raises ValueError otherwise."""
    t = text.strip()
    if not t:
        return None
    # Two-digit years fall in the 100 years starting 70 years ago: birthdays and deadlines.
    base_year = QDate.currentDate().year() - 70
    for parsed in (
        locale.toDate(t, date_display_format(locale)),
        QDate.fromString(t, Qt.DateFormat.ISODate),
        locale.toDate(t, QLocale.FormatType.ShortFormat, base_year),
    ):
        if parsed.isValid():
            return parsed.toPython()  # type: ignore[no-any-return]
    raise ValueError(text)


def editable_decimal(value: Decimal, min_decimals: int, locale: QLocale) -> str:
    """``value`` exactly, with at least ``min_decimals`` decimals: editing must not round."""
    exponent = value.normalize().as_tuple().exponent
    shown = max(min_decimals, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return format_decimal(value, shown, locale)


def fitting_width(line: QLineEdit, texts: Iterable[str]) -> int:
    """The width at which the empty ``line`` will show the widest of ``texts`` whole."""
    metrics = line.fontMetrics()
    # Digits are as wide as the font's widest digit: "1,111" must not decide the width.
    widest_digit = max(_DIGITS, key=metrics.horizontalAdvance)
    to_widest = str.maketrans(_DIGITS, widest_digit * len(_DIGITS))
    text = max(metrics.horizontalAdvance(t.translate(to_widest)) for t in texts)
    # Qt's own size hint is 17 "x" of text plus the frame and margins: the same room goes
    # around our text, and the cursor after it.
    style = line.style()
    room = line.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    room += style.pixelMetric(QStyle.PixelMetric.PM_TextCursorWidth, None, line)
    if line.isClearButtonEnabled():
        # The room QLineEdit keeps for its clear button, which shows once there is text.
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, line)
        room += icon + 6 + icon // 4
    return text + room
