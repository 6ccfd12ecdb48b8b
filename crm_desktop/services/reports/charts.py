"""The dashboard's tiles: which report each charts, and a report folded into a chart's
bars (one category per bar group, a series per figure), each bar group with the
records behind it. No Qt: the dashboard's view paints what this returns."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from crm_desktop.registry import N_, Condition
from crm_desktop.services.reports.types import Drill, ReportTable


@dataclass(frozen=True)
class TileSpec:
    key: str
    #: for translation (context "reports")
    title: str
    report: str
    #: the report column whose values are the bars' categories
    category: str
    #: the report columns charted, one series each
    series: tuple[str, ...]
    #: bars stacked (parts of one whole) or side by side
    stacked: bool = False


TILES: tuple[TileSpec, ...] = (
    TileSpec("pipeline", N_("Pipeline by stage"), "pipeline", "stage", ("amount", "weighted")),
    TileSpec("forecast", N_("Forecast by month"), "forecast", "month", ("amount", "weighted")),
    TileSpec(
        "won-lost", N_("Won and lost by month"), "won-lost", "month", ("won_amount", "lost_amount")
    ),
    TileSpec(
        "won-by-person",
        N_("Won and lost by salesperson"),
        "won-by-person",
        "person",
        ("won_amount", "lost_amount"),
    ),
    TileSpec(
        "staff-work",
        N_("Activities done per person"),
        "staff-work",
        "person",
        ("call", "meeting", "task", "visit", "email"),
        stacked=True,
    ),
    TileSpec(
        "lead-conversion",
        N_("Lead conversion by source"),
        "lead-conversion",
        "source",
        ("leads", "converted"),
    ),
    TileSpec(
        "top-customers",
        N_("Top customers by revenue"),
        "top-customers",
        "organization",
        ("revenue",),
    ),
    TileSpec("quotes", N_("Quotes sent and accepted"), "quotes", "month", ("sent", "accepted")),
    TileSpec("campaign-roi", N_("Campaign ROI"), "campaign-roi", "campaign", ("roi",)),
    TileSpec(
        "open-cases",
        N_("Open cases by status and priority"),
        "open-cases",
        "status",
        ("urgent", "high", "normal", "low"),
        stacked=True,
    ),
)
TILE_KEYS = tuple(tile.key for tile in TILES)
#: the dashboard of a user who has not arranged one: the Monday morning view
DEFAULT_TILES = (
    "pipeline",
    "forecast",
    "won-lost",
    "won-by-person",
    "staff-work",
    "lead-conversion",
)


def tile(key: str) -> TileSpec:
    return next(t for t in TILES if t.key == key)


@dataclass(frozen=True)
class Chart:
    categories: tuple[str, ...]
    #: (column label for translation, one value per category)
    series: tuple[tuple[str, tuple[float, ...]], ...]
    #: the records behind each category's bars
    drills: tuple[Drill | None, ...]
    #: the currency of the amounts charted; None when the figures are counts
    currency: str | None
    #: the currencies the report has (another can be chosen)
    currencies: tuple[str, ...]


def chart(spec: TileSpec, report: ReportTable, currency: str | None) -> Chart:
    """``report`` as bars: rows sharing a category are added (a person's weeks, a month's
    currencies for counts); amounts are charted in one currency only: ``currency`` when
    given (no bars when the period has none in it: another currency's figures are not
    passed off as the one chosen), else the report's first. A category's records are the
    conditions its rows share. Rows without any of the charted figures are left out."""
    keys = [c.key for c in report.columns]
    kinds = {c.key: c.kind for c in report.columns}
    money = any(kinds[s] == "money" for s in spec.series)
    currencies: tuple[str, ...] = ()
    if "currency" in keys:
        currencies = tuple(sorted({row[keys.index("currency")] for row in report.rows}))
    if money:
        if currency is None:
            currency = currencies[0] if currencies else None
    else:
        currency = None
    categories: list[str] = []
    sums: dict[str, list[Decimal]] = {}
    shared: dict[str, list[tuple[Condition, ...]]] = {}
    at = keys.index(spec.category)
    for row, drill in zip(report.rows, report.drills, strict=True):
        if currency is not None and row[keys.index("currency")] != currency:
            continue
        if all(row[keys.index(name)] is None for name in spec.series):
            continue  # nothing to chart (a campaign's return while its cost is unknown)
        category = str(row[at] or "")
        if category not in sums:
            categories.append(category)
            sums[category] = [Decimal(0)] * len(spec.series)
            shared[category] = []
        for n, name in enumerate(spec.series):
            sums[category][n] += Decimal(row[keys.index(name)] or 0)
        if drill is not None:
            shared[category].append(drill.conditions)
    labels = {c.key: c.label for c in report.columns}
    series = tuple(
        (labels[name], tuple(float(sums[c][n]) for c in categories))
        for n, name in enumerate(spec.series)
    )
    record_type = next((d.record_type for d in report.drills if d is not None), None)
    drills = tuple(_common(record_type, shared[c]) for c in categories)
    return Chart(tuple(categories), series, drills, currency, currencies)


def _common(record_type: str | None, conditions: list[tuple[Condition, ...]]) -> Drill | None:
    """The conditions every row of a category has: its rows differ in what the category
    adds up (weeks, currencies), so what they share selects all of their records."""
    if record_type is None or not conditions:
        return None
    first = conditions[0]
    return Drill(record_type, tuple(c for c in first if all(c in other for other in conditions)))


def values_of(chart_: Chart) -> dict[str, Any]:
    """The chart as plain values by category (tests, the tile's tooltip)."""
    return {
        category: tuple(values[n] for _, values in chart_.series)
        for n, category in enumerate(chart_.categories)
    }
