"""The period and scope a dashboard or a report is read for: this month, quarter or
year, the last month or quarter, or two days; mine, my team's or everyone's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from crm_desktop.services.reports.types import SCOPES, Period, parse_period
from crm_desktop.views.qt_texts import translator

#: the reports' own texts (column labels, titles), marked in the services
report_text = translator("validation")


def _quarter(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _month(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}"


class ReportChoices(QWidget):
    """The period and scope pickers; ``changed`` when either is chosen anew."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        first = self.today.replace(day=1)
        last_month = first - dt.timedelta(days=1)
        quarter_start = dt.date(self.today.year, 3 * ((self.today.month - 1) // 3) + 1, 1)
        last_quarter = quarter_start - dt.timedelta(days=1)
        for label, text in (
            (self.tr("This quarter"), _quarter(self.today)),
            (self.tr("This month"), _month(self.today)),
            (self.tr("This year"), str(self.today.year)),
            (self.tr("Last month"), _month(last_month)),
            (self.tr("Last quarter"), _quarter(last_quarter)),
            (self.tr("All time"), ""),
            (self.tr("Custom…"), None),
        ):
            self.period_box.addItem(label, text)
        self.start_edit = QDateEdit(QDate(quarter_start))
        self.end_edit = QDateEdit(QDate(self.today))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setVisible(False)
            edit.dateChanged.connect(self.changed)
        self.scope_box = QComboBox()
        self.scope_box.setAccessibleName(self.tr("Whose records"))
        for key, label in SCOPES.items():
            self.scope_box.addItem(report_text(label), key)
        self.scope_box.setCurrentIndex(list(SCOPES).index("everyone"))
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self.scope_box.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:")))
        layout.addWidget(self.period_box)
        layout.addWidget(self.start_edit)
        layout.addWidget(self.end_edit)
        layout.addSpacing(8)
        layout.addWidget(self.scope_box)

    def period(self) -> Period | None:
        text = self.period_box.currentData()
        if text is None:
            start = self.start_edit.date().toPython()
            end = max(self.end_edit.date().toPython(), start)
            return parse_period(f"{start.isoformat()}..{end.isoformat()}")
        return parse_period(text) if text else None

    def scope(self) -> str:
        return str(self.scope_box.currentData())

    def _period_chosen(self) -> None:
        custom = self.period_box.currentData() is None
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)
        self.changed.emit()
