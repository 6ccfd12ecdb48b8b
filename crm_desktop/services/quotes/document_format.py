"""How a printed document writes numbers and dates: the way of the language it is printed in.

The values come from the locale the program shows its figures in (the views make them with
``views.formatting.document_format``), so that a PDF writes an amount exactly as the form
showed it: "18.900.307" in Vietnamese, "2.846.771,49" in Brazilian Portuguese, "1,234.50" in
English, whatever the currency. Plain data: ``reports/`` (no Qt) takes it as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.services.quotes.totals import format_amount, format_percent, format_quantity

#: the parts of a date pattern ("dd/MM/yyyy", "d.M.yyyy", "M/d/yyyy"); quoted text is literal
_DATE_PART = re.compile(r"'[^']*'|yyyy|yy|MM|M|dd|d")


@dataclass(frozen=True)
class DocumentFormat:
    """Digit grouping, decimal point, minus sign and the date pattern of a document."""

    group: str = ","
    point: str = "."
    minus: str = "-"
    #: day ``d``/``dd``, month ``M``/``MM``, year ``yyyy``/``yy`` (Qt's and CLDR's letters)
    date_pattern: str = "M/d/yyyy"

    def amount(self, value: Decimal, decimals: int) -> str:
        return self._signed(format_amount(value, decimals, thousands=self.group, point=self.point))

    def quantity(self, value: Decimal) -> str:
        return self._signed(format_quantity(value, thousands=self.group, point=self.point))

    def percent(self, value: Decimal) -> str:
        return self._signed(format_percent(value, point=self.point))

    def _signed(self, text: str) -> str:
        return self.minus + text[1:] if text.startswith("-") else text

    def date(self, value: dt.date) -> str:
        parts = {
            "yyyy": f"{value.year:04d}",
            "yy": f"{value.year % 100:02d}",
            "MM": f"{value.month:02d}",
            "M": str(value.month),
            "dd": f"{value.day:02d}",
            "d": str(value.day),
        }

        def part(match: re.Match[str]) -> str:
            token = match.group(0)
            return token[1:-1] if token.startswith("'") else parts[token]

        return _DATE_PART.sub(part, self.date_pattern)
