"""Editors of an activity's repeats: a simple repeat rule (every n days, weeks, months or
years, until a date or for a number of times) and the dates skipped in a series."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services.activities.recurrence import (
    FREQUENCIES,
    SimpleRule,
    format_rule,
    parse_simple,
    until_value,
)
from crm_desktop.services.activities.time_limits import in_zone
from crm_desktop.views.formatting import english_plural, format_date
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.field_widgets import DateEditor, FieldEditor

UTC = dt.UTC


_tr = translator("activity_form")


def _frequency_names() -> dict[str, str]:
    return {
        "DAILY": _tr("Daily"),
        "WEEKLY": _tr("Weekly"),
        "MONTHLY": _tr("Monthly"),
        "YEARLY": _tr("Yearly"),
    }


class RecurrenceEditor(FieldEditor):
    """Repeats: none, daily, weekly, monthly or yearly, every n, until a day or n times.

    A rule this editor cannot express is shown as written, read-only, and kept; "Replace"
    starts a simple rule instead.
    """

    def __init__(self, spec: FieldSpec, zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.zone = zone
        self.all_day = False
        self.start_time = dt.time()
        self._custom: str | None = None
        #: (until day on show, UNTIL as written) of the loaded rule: kept unless changed
        self._loaded_until: tuple[dt.date, str] | None = None
        box = QWidget(self)
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        simple = QWidget(box)
        # Two lines, so that the form stays narrow: how often, then until when.
        lines = QVBoxLayout(simple)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        line, second = QHBoxLayout(), QHBoxLayout()
        lines.addLayout(line)
        lines.addLayout(second)
        self.freq = QComboBox(simple)
        self.freq.setAccessibleName(_tr("Repeats"))
        self.freq.addItem(_tr("Does not repeat"), None)
        self.names = _frequency_names()
        for freq in FREQUENCIES:
            self.freq.addItem(self.names[freq], freq)
        self.every_label = QLabel(_tr("every"), simple)
        self.interval = QSpinBox(simple)
        self.interval.setRange(1, 99)
        self.interval.setAccessibleName(_tr("Interval"))
        self.unit = QLabel(simple)
        self.ends = QComboBox(simple)
        self.ends.setAccessibleName(_tr("Ends"))
        self.ends.addItem(_tr("Forever"), "never")
        self.ends.addItem(_tr("Until"), "until")
        self.ends.addItem(_tr("Number of times:"), "count")
        self.until = DateEditor(FieldSpec("until", "Until", Kind.DATE), simple)
        self.count = QSpinBox(simple)
        self.count.setRange(1, 999)
        self.count.setValue(10)
        self.count.setAccessibleName(_tr("Number of times"))
        for widget in (self.freq, self.every_label, self.interval, self.unit):
            line.addWidget(widget)
        line.addStretch(1)
        for widget in (self.ends, self.until, self.count):
            second.addWidget(widget)
        second.addStretch(1)
        custom = QWidget(box)
        custom_line = QHBoxLayout(custom)
        custom_line.setContentsMargins(0, 0, 0, 0)
        self.custom_label = QLabel(custom)
        self.custom_label.setWordWrap(True)
        self.custom_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.replace_button = QPushButton(_tr("Replace…"), custom)
        self.replace_button.setToolTip(_tr("Replace this rule with a simple one"))
        self.replace_button.clicked.connect(self._replace)
        custom_line.addWidget(self.custom_label, 1)
        custom_line.addWidget(self.replace_button)
        rows.addWidget(simple)
        rows.addWidget(custom)
        self.simple_box, self.custom_box = simple, custom
        self._layout.addWidget(box, 1)
        self.setFocusProxy(self.freq)
        for signal in (
            self.freq.currentIndexChanged,
            self.interval.valueChanged,
            self.ends.currentIndexChanged,
            self.count.valueChanged,
            self.until.changed,
        ):
            signal.connect(self._edited)
        self._show()

    # -- the value ------------------------------------------------------------------------------
    def value(self) -> Any:
        if self._custom is not None:
            return self._custom
        freq = self.freq.currentData()
        if freq is None:
            return None
        ends = self.ends.currentData()
        until = self.until.value() if ends == "until" else None
        if isinstance(until, str):
            return until  # not a date: input_error says so
        rule = SimpleRule(
            freq,
            self.interval.value(),
            until,
            self.count.value() if ends == "count" else None,
        )
        text = format_rule(rule, self._rule_zone())
        if until is not None and self._loaded_until and self._loaded_until[0] == until:
            # The day did not change: keep UNTIL as written (another program's exact time).
            text = text.replace(f"UNTIL={until_value(text)}", f"UNTIL={self._loaded_until[1]}")
        return text

    def set_value(self, value: Any, display: str | None = None) -> None:
        self._custom, self._loaded_until = None, None
        rule = parse_simple(value, self._rule_zone(), self.start_time) if value else None
        widgets = (self.freq, self.interval, self.ends, self.count, self.until)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if value and rule is None:
                self._custom = str(value)
                self.custom_label.setText(_tr("Custom rule: %1").replace("%1", self._custom))
            self.freq.setCurrentIndex(max(0, self.freq.findData(rule.freq if rule else None)))
            self.interval.setValue(rule.interval if rule else 1)
            ends = "count" if rule and rule.count else "until" if rule and rule.until else "never"
            self.ends.setCurrentIndex(self.ends.findData(ends))
            self.count.setValue(rule.count if rule and rule.count else 10)
            self.until.set_value(rule.until if rule else None)
            if rule is not None and rule.until is not None:
                self._loaded_until = (rule.until, until_value(value) or "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show()
        self.changed.emit()

    def input_error(self) -> str | None:
        if self._custom is None and self.ends.currentData() == "until":
            if self.until.value() is None:
                return _tr("Give the last day, or choose another end.")
            return self.until.input_error()
        return None

    # -- context from the form ------------------------------------------------------------------
    def set_start(self, start: dt.datetime | None, all_day: bool) -> None:
        """The series' start: its local time of day reads "until" in a UTC rule."""
        self.all_day = all_day
        if isinstance(start, dt.datetime):
            local = in_zone(start, self._rule_zone())
            self.start_time = local.time().replace(tzinfo=None)

    def _rule_zone(self) -> dt.tzinfo:
        return UTC if self.all_day else self.zone

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.freq, self.interval, self.ends, self.count, self.replace_button):
            widget.setEnabled(not read_only)
        self.until.set_read_only(read_only)

    # -- internals ------------------------------------------------------------------------------
    def _edited(self) -> None:
        self._show()
        self.changed.emit()

    def _replace(self) -> None:
        self._custom = None
        self.freq.setCurrentIndex(self.freq.findData("WEEKLY"))
        self._show()
        self.changed.emit()

    def unit_text(self, freq: str, count: int) -> str:
        """The unit "every n ..." counts in, in the form ``count`` takes in the language."""
        units = {
            "DAILY": self.tr("day(s)", "", count),
            "WEEKLY": self.tr("week(s)", "", count),
            "MONTHLY": self.tr("month(s)", "", count),
            "YEARLY": self.tr("year(s)", "", count),
        }
        return english_plural(units[freq], count)

    def _show(self) -> None:
        custom = self._custom is not None
        self.custom_box.setVisible(custom)
        self.simple_box.setVisible(not custom)
        freq = self.freq.currentData()
        for widget in (self.every_label, self.interval, self.unit, self.ends):
            widget.setVisible(freq is not None)
        if freq is not None:
            self.unit.setText(self.unit_text(freq, self.interval.value()))
        ends = self.ends.currentData()
        self.until.setVisible(freq is not None and ends == "until")
        self.count.setVisible(freq is not None and ends == "count")


class SkippedDatesEditor(FieldEditor):
    """The cancelled occurrences of a series, shown and kept as they are."""

    def __init__(self, spec: FieldSpec, zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.zone = zone
        self._value: str | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._wrap(self.label)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any, display: str | None = None) -> None:
        self._value = value or None
        days = []
        for line in (value or "").split():
            try:
                moment = dt.date.fromisoformat(line) if len(line) == 10 else None
                if moment is None:
                    parsed = dt.datetime.fromisoformat(line)
                    moment = (in_zone(parsed, self.zone) if parsed.tzinfo else parsed).date()
            except ValueError:
                days.append(line)
                continue
            days.append(format_date(moment, QLocale()))
        self.label.setText(", ".join(days))
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        pass
