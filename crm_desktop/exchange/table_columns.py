"""What a column of an exported table holds, as the table writers (CSV, Excel) see it."""

from __future__ import annotations

from enum import Enum


class ColumnKind(Enum):
    TEXT = "text"
    INTEGER = "integer"
    #: a Decimal: an amount, a percentage, a quantity
    NUMBER = "number"
    DATE = "date"
    #: an aware datetime, shown in this computer's time zone
    MOMENT = "moment"
    YES_NO = "yes_no"
