"""The start and end of an activity: a local date and time, stored as UTC."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QSizePolicy, QTimeEdit, QWidget

from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services.activities.time_limits import in_zone, shifted_day
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.field_widgets import DateEditor, FieldEditor

UTC = dt.UTC


_tr = translator("activity_form")


class DateTimeEditor(FieldEditor):
    """A moment typed as a local date and time in ``zone``; the value is aware UTC.

    All day, only the date shows and the value is a floating date (midnight UTC); an end
    is then exclusive, so the last day shown is the day before the stored end. Without a
    date the time is not shown either: a time of no day would only be what the field held
    before.
    """

    def __init__(
        self,
        spec: FieldSpec,
        zone: dt.tzinfo,
        *,
        end: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, parent)
        self.zone = zone
        self.end = end
        self.all_day = False
        self.date = DateEditor(FieldSpec(spec.name, spec.label, Kind.DATE), self)
        sample = QLocale().toString(QDate(2026, 12, 28), QLocale.FormatType.ShortFormat)
        self.date.line.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample + "0000") + 24)
        # The time right after the date, not across the form.
        self.date.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setTime(self._first_time())
        self.time.setAccessibleName(_tr("Time"))
        self._layout.addWidget(self.date)
        self._layout.addWidget(self.time)
        self._layout.addStretch(1)
        self.setFocusProxy(self.date)
        self.date.changed.connect(self._show_time)
        self.date.changed.connect(self.changed)
        self.time.timeChanged.connect(self.changed)
        self._show_time()

    def _first_time(self) -> QTime:
        """The time a date typed into the empty field starts with."""
        return QTime(10, 0) if self.end else QTime(9, 0)

    def _show_time(self) -> None:
        # Shown as soon as there is a date (or the start of one being typed).
        self.time.setVisible(not self.all_day and self.date.value() is not None)

    def value(self) -> Any:
        day = self.date.value()
        if day is None or isinstance(day, str):
            return day  # empty, or text that is not a date (see input_error)
        if self.all_day:
            return dt.datetime.combine(shifted_day(day, 1) if self.end else day, dt.time(), UTC)
        t = self.time.time()
        return in_zone(dt.datetime.combine(day, dt.time(t.hour(), t.minute()), self.zone), UTC)

    def set_value(self, value: Any, display: str | None = None) -> None:
        if not isinstance(value, dt.datetime):
            self.time.blockSignals(True)
            self.time.setTime(self._first_time())
            self.time.blockSignals(False)
            self.date.set_value(None)
            self._show_time()
            return
        if self.all_day:
            day = value.astimezone(UTC).date()
            self.date.set_value(shifted_day(day, -1) if self.end else day)
            return
        local = in_zone(value, self.zone)
        self.time.blockSignals(True)
        self.time.setTime(QTime(local.hour, local.minute))
        self.time.blockSignals(False)
        self.date.set_value(local.date())
        self.changed.emit()

    def set_all_day(self, all_day: bool) -> None:
        """Show a date only (or a date and time again); the date on show stays."""
        if all_day == self.all_day:
            return
        day = self.date.value()
        self.all_day = all_day
        self._show_time()
        if isinstance(day, dt.date):
            self.date.set_value(day)
        self.changed.emit()

    def input_error(self) -> str | None:
        return self.date.input_error()

    def set_read_only(self, read_only: bool) -> None:
        self.date.set_read_only(read_only)
        self.time.setReadOnly(read_only)
