"""The plain data of cases, for the views."""

from __future__ import annotations

from crm_desktop.registry.support import CASE_PRIORITIES

#: hours to answer a case of each priority, until Settings say otherwise
DEFAULT_RESPONSE_HOURS = {"Urgent": 4, "High": 8, "Normal": 24, "Low": 72}
#: the longest response target Settings take: a year
MAX_RESPONSE_HOURS = 24 * 366

__all__ = ["CASE_PRIORITIES", "DEFAULT_RESPONSE_HOURS", "MAX_RESPONSE_HOURS"]
