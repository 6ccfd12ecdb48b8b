"""How field values look on screen: locale-aware numbers, dates and money, translated choices.

Money is a :class:`~decimal.Decimal` end to end; it is never turned into a float here,
because a float would print 0.1 + 0.2 style noise for large amounts.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime

from crm_desktop.registry import FieldSpec, Kind, RecordType
from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.services.access.types import PRIVATE_NAME
from crm_desktop.services.quotes.document_format import DocumentFormat

CHECK_MARK = "✓"
NUMERIC_KINDS = frozenset({Kind.INTEGER, Kind.DECIMAL, Kind.MONEY, Kind.PERCENT})
#: decimals shown for money whose currency is unknown
DEFAULT_MONEY_DECIMALS = 2
#: dates where the language's custom is not Qt's short date: Vietnamese contracts, invoices
#: and forms write day and month in two digits (07/12/2026, not 7/12/2026); the screen
#: shows them as the printed documents write them
_DATE_CUSTOMS = {QLocale.Language.Vietnamese: "dd/MM/yyyy"}


def field_label(spec: FieldSpec) -> str:
    return QCoreApplication.translate("registry", spec.label)


def registry_text(text: str) -> str:
    """A registry label (type name, group, built-in filter name) in the user's language."""
    return QCoreApplication.translate("registry", text)


def choice_text(value: str) -> str:
    return QCoreApplication.translate("picklist", value)


def addressed_name(record_type: RecordType, values: dict[str, Any]) -> str:
    """A person's salutation in the user's language and name in the person's own order
    ("Ông Nguyễn Văn Đức", "Mr. John Smith"); a record without one: its display name."""
    salutation = values.get("salutation")
    name = record_type.display_name(values)
    return f"{choice_text(salutation)} {name}" if salutation and name else name


def currency_decimals(code: str | None) -> int:
    return CURRENCY_DECIMALS.get(code or "", DEFAULT_MONEY_DECIMALS)


def alignment(spec: FieldSpec) -> Qt.AlignmentFlag | None:
    """Numbers line up on the right, check marks in the middle, the rest on the left."""
    if spec.kind in NUMERIC_KINDS:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    if spec.kind is Kind.BOOL:
        return Qt.AlignmentFlag.AlignCenter
    return None


def format_decimal(value: Decimal, decimals: int | None, locale: QLocale) -> str:
    """``value`` with the locale's digit grouping; ``decimals`` None shows what is significant."""
    if decimals is not None:
        value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = f"{abs(value):f}"
    else:
        text = f"{abs(value).normalize():f}"
    whole, _, fraction = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    omit = locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator
    result = ("" if omit else locale.groupSeparator()).join(groups)
    if fraction:
        result += locale.decimalPoint() + fraction
    return (locale.negativeSign() + result) if value < 0 else result


def parse_decimal(text: str, locale: QLocale) -> Decimal | None:
    """Read a number typed the user's way ("1.234,5" in Vietnamese); None if it is not one."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    cleaned = cleaned.replace(locale.groupSeparator(), "").replace(locale.decimalPoint(), ".")
    cleaned = cleaned.replace(locale.negativeSign(), "-")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _date_format(locale: QLocale) -> str:
    # Short formats use two-digit years in several locales (en_US "M/d/yy"); a CRM full of
    # birthdays and contract dates needs all four digits.
    fmt = _DATE_CUSTOMS.get(locale.language()) or locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_display_format(locale: QLocale | None = None) -> str:
    """The date format for date editors, matching what lists show."""
    return _date_format(locale or QLocale())


def document_format(locale: QLocale | None = None) -> DocumentFormat:
    """How a document printed in ``locale``'s language writes numbers and dates: the
    separators the form shows figures with, so that the PDF agrees with the screen."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:  # LANG=C: what app.make_application shows
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    omit = locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator
    return DocumentFormat(
        group="" if omit else locale.groupSeparator(),
        point=locale.decimalPoint(),
        minus=locale.negativeSign(),
        date_pattern=_date_format(locale),
    )


def format_day_and_month(value: dt.date, locale: QLocale) -> str:
    """A date without its year, in the locale's order ("11/29", "29/11", "29.11"): the
    first of a range whose year the last one shows."""
    fmt = re.sub(r"[^dM']*y+[^dM']*", "", _date_format(locale)) or "d"
    return locale.toString(QDate(value.year, value.month, value.day), fmt)


def format_date(value: dt.date, locale: QLocale) -> str:
    return locale.toString(QDate(value.year, value.month, value.day), _date_format(locale))


def format_datetime(value: dt.datetime, locale: QLocale) -> str:
    """A point in time in the computer's time zone (the database keeps UTC)."""
    local = value.astimezone() if value.tzinfo else value
    time_text = locale.toString(
        QTime(local.hour, local.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return f"{format_date(local.date(), locale)} {time_text}"


def display_text(
    spec: FieldSpec,
    value: Any,
    *,
    currency: str | None = None,
    locale: QLocale | None = None,
) -> str:
    """``value`` of field ``spec`` as a list cell shows it; ``currency`` sets money decimals."""
    if value is None or value == "":
        return ""
    if value == PRIVATE_NAME:  # the name of a linked record the user may not see
        return QCoreApplication.translate("validation", PRIVATE_NAME)
    locale = locale or QLocale()
    kind = spec.kind
    if kind is Kind.BOOL:
        return CHECK_MARK if value else ""
    if kind is Kind.MONEY:
        return format_decimal(Decimal(value), currency_decimals(currency), locale)
    if kind is Kind.DECIMAL:
        return format_decimal(Decimal(value), None, locale)
    if kind is Kind.INTEGER:
        return format_decimal(Decimal(int(value)), 0, locale)
    if kind is Kind.PERCENT:
        return f"{format_decimal(Decimal(value), None, locale)}{locale.percent()}"
    if kind is Kind.DATETIME and isinstance(value, dt.datetime):
        return format_datetime(value, locale)
    if kind is Kind.DATE and isinstance(value, dt.date):
        return format_date(value, locale)
    if kind is Kind.CHOICE:
        return choice_text(str(value))
    # Line breaks would make a row taller than its neighbours.
    return " ".join(str(value).split()) if kind is Kind.MULTILINE else str(value)


def english_plural(text: str, count: int) -> str:
    """A numerus message ("%n record(s)") shown untranslated is English: "1 record",
    "3 records". Translations carry their own forms (and no "(s)")."""
    return text.replace("(s)", "" if count == 1 else "s")
