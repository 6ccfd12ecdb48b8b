"""The colours of the markers: one per value of the field a type's markers are coloured
by (an organization's type, a lead's status), in the order of its picklist, so that a
value keeps its colour from one reading to the next; and the legend that names them."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.views import formatting

#: distinct hues that white digits stand out on, light or dark palette alike
HUES = (
    "#3b6fb6",
    "#e07b1f",
    "#3f9142",
    "#d0433f",
    "#7b5aa6",
    "#1f9a96",
    "#b5497f",
    "#8a6a4a",
    "#5f7d1f",
    "#4b5563",
)
#: a marker's part whose field is empty or a value no longer in the picklist
OTHER = "#8c8c8c"


def category_colours(choices: Sequence[str], present: Iterable[str]) -> dict[str, QColor]:
    """A colour for each value ``present``: the hue of its place in ``choices`` (values
    past the hues share the last), grey for an empty or unknown one."""
    colours = {}
    for value in present:
        if value in choices:
            colours[value] = QColor(HUES[min(choices.index(value), len(HUES) - 1)])
        else:
            colours[value] = QColor(OTHER)
    return colours


def legend_html(colours: dict[str, QColor], empty_text: str) -> str:
    """A line naming each colour: a dot in it, then the value as the user reads it."""
    parts = [
        f'<span style="color:{colour.name()}">●</span>&nbsp;'
        f"{html.escape(formatting.choice_text(value) if value else empty_text)}"
        for value, colour in colours.items()
    ]
    return "&nbsp;&nbsp; ".join(parts)


def faint_color(strength: float) -> QColor:
    """The text's colour faded ``strength`` of the way from the background's: quiet on
    a light palette and on a dark one alike."""
    palette = QApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * strength,
        base.greenF() + (text.greenF() - base.greenF()) * strength,
        base.blueF() + (text.blueF() - base.blueF()) * strength,
    )
