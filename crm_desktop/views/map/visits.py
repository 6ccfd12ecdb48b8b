"""Planning visits from the map: the day (tomorrow unless the user says otherwise), the
time of the first visit and how long each lasts; one Visit activity per customer, one
after the other, linked to the customer, in the calendar and "My work today"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.views import formatting
from crm_desktop.views.activities.common import local_zone
from crm_desktop.views.shell.crash import domain_error_text

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: the first visit's time and each visit's minutes until the user says otherwise
FIRST_VISIT = dt.time(9)
VISIT_MINUTES = 60


class PlanVisitsDialog(QDialog):
    """When to visit the customers chosen on the map."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_visits_dialog")
        self.setWindowTitle(self.tr("Plan visits"))
        text = self.tr("%n customer(s), visited one after the other:", "", len(names))
        summary = QLabel(formatting.english_plural(text, len(names)))
        listed = QLabel("\n".join(names[:8]) + ("\n…" if len(names) > 8 else ""))
        tomorrow = QDate.currentDate().addDays(1)
        self.day = QDateEdit(tomorrow, objectName="plan_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(formatting.date_display_format())
        self.start = QTimeEdit(QTime(FIRST_VISIT.hour, FIRST_VISIT.minute), objectName="plan_start")
        self.minutes = QSpinBox(objectName="plan_minutes")
        self.minutes.setRange(5, 8 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(VISIT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout()
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("First visit at:"), self.start)
        form.addRow(self.tr("Each visit lasts:"), self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.plan_button = buttons.addButton(
            self.tr("Plan visits"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(listed)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def first_start(self, zone: dt.tzinfo) -> dt.datetime:
        """The first visit's start, in UTC."""
        day, time = self.day.date().toPython(), self.start.time().toPython()
        return dt.datetime.combine(day, time, zone).astimezone(dt.UTC)

    def subject(self, name: str) -> str:
        """A visit's subject: "Visit to" the customer."""
        return self.tr("Visit to %1").replace("%1", name)

    def duration(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.minutes.value())


def create_visits(
    services: Services,
    customers: list[tuple[str, int, str]],
    start: dt.datetime,
    duration: dt.timedelta,
    zone_name: str | None,
    subject: Callable[[str], str],
) -> tuple[int, str]:
    """A planned visit per customer (type, id, name), the first at ``start`` (UTC), each
    ``duration`` long, the next when the one before ends: how many were created, and
    the sentence of the problem that stopped the rest ("" when none did)."""
    for number, (type_key, record_id, name) in enumerate(customers):
        begin = start + number * duration
        values = {
            "kind": "Visit",
            "status": "Planned",
            "subject": subject(name),
            "start_at": begin,
            "end_at": begin + duration,
            "all_day": False,
            "related_type": type_key,
            "related_id": record_id,
        }
        if zone_name:
            values["time_zone"] = zone_name
        try:
            services.activities.create(values)
        except DomainError as error:
            return number, domain_error_text(error)
    return len(customers), ""


def plan_visits(
    services: Services,
    customers: list[tuple[str, int, str]],
    parent: QWidget,
    done: Callable[[int, str], object],
) -> PlanVisitsDialog:
    """Ask when, then plan the visits; ``done(how many were planned, the sentence of a
    problem that stopped the rest or "")``."""
    dialog = PlanVisitsDialog([name for _type, _id, name in customers], parent)

    def accepted() -> None:
        zone_name, zone = local_zone()
        start, duration = dialog.first_start(zone), dialog.duration()
        done(*create_visits(services, customers, start, duration, zone_name, dialog.subject))

    dialog.accepted.connect(accepted)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
