"""Planning visits from the map: where the round starts, the day (tomorrow unless the
user says otherwise), the time of the first visit and how long each lasts; the customers
ordered into a route by nearest neighbour from the start, drawn on the map, and one
Visit activity per customer in that order, one after the other within the working day
(a visit that would end after it goes to the next working day, Monday to Friday, at the
first visit's time), linked to the customer, in the calendar and "My work today"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from crm_desktop.services.places.route import nearest_neighbour, route_km
from crm_desktop.views import formatting
from crm_desktop.views.activities.common import local_zone
from crm_desktop.views.shell.crash import domain_error_text

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.places.service import Pin

#: the first visit's time, the end of a working day and each visit's minutes until the
#: user says otherwise
FIRST_VISIT = dt.time(9)
DAY_ENDS = dt.time(18)
VISIT_MINUTES = 60
#: Saturday and Sunday (``date.weekday()``): no visits planned on them
WEEKEND = (5, 6)


def visit_starts(
    first: dt.datetime, duration: dt.timedelta, count: int, day_ends: dt.time
) -> list[dt.datetime]:
    """The starts (local wall-clock times) of ``count`` visits one after the other from
    ``first``; one that would end after ``day_ends`` (or past midnight) starts the next
    working day at the first one's time instead; the first is kept where it is asked."""
    starts: list[dt.datetime] = []
    begin = first
    for _ in range(count):
        end = begin + duration
        if starts and (
            end.time() > day_ends or end.date() != begin.date() or begin.time() < first.time()
        ):
            day = starts[-1].date() + dt.timedelta(days=1)
            while day.weekday() in WEEKEND:
                day += dt.timedelta(days=1)
            begin = dt.datetime.combine(day, first.time())
        starts.append(begin)
        begin += duration
    return starts


class PlanVisitsDialog(QDialog):
    """When to visit the customers chosen on the map, and from which of them."""

    #: the customers in the order of the route (Pins), when the start is chosen anew
    route_changed = Signal(list)

    def __init__(self, pins: list[Pin], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_visits_dialog")
        self.setWindowTitle(self.tr("Plan visits"))
        self.pins = pins
        text = self.tr("%n customer(s), visited in this order:", "", len(pins))
        summary = QLabel(formatting.english_plural(text, len(pins)))
        self.listed = QLabel(objectName="plan_order")
        self.distance = QLabel(objectName="plan_distance")
        self.distance.setEnabled(False)  # a quiet line
        self.first = QComboBox(objectName="plan_first")
        for pin in pins:
            self.first.addItem(f"{pin.name} ({pin.place})")
        self.first.setToolTip(
            self.tr("The route goes from here to the nearest customer, then the next nearest…")
        )
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
        self.day_ends = QTimeEdit(QTime(DAY_ENDS.hour, DAY_ENDS.minute), objectName="plan_ends")
        self.day_ends.setToolTip(
            self.tr("A visit that would end later goes to the next working day")
        )
        form = QFormLayout()
        form.addRow(self.tr("Start at:"), self.first)
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("First visit at:"), self.start)
        form.addRow(self.tr("Each visit lasts:"), self.minutes)
        form.addRow(self.tr("Working day ends at:"), self.day_ends)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.plan_button = buttons.addButton(
            self.tr("Plan visits"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(summary)
        layout.addWidget(self.listed)
        layout.addWidget(self.distance)
        layout.addWidget(buttons)
        self.first.currentIndexChanged.connect(self._reorder)
        self.order = self._route()
        self._show_order()

    def route(self) -> list[Pin]:
        """The customers in visiting order: nearest neighbour from the one to start at."""
        return list(self.order)

    def _route(self) -> list[Pin]:
        points = [(pin.latitude, pin.longitude) for pin in self.pins]
        return [
            self.pins[at] for at in nearest_neighbour(points, max(self.first.currentIndex(), 0))
        ]

    def _reorder(self) -> None:
        self.order = self._route()
        self._show_order()
        self.route_changed.emit(self.route())

    def _show_order(self) -> None:
        lines = [f"{n}. {pin.name} – {pin.place}" for n, pin in enumerate(self.order[:8], 1)]
        self.listed.setText("\n".join(lines) + ("\n…" if len(self.order) > 8 else ""))
        points = [(pin.latitude, pin.longitude) for pin in self.order]
        km = route_km(points, range(len(points)))
        self.distance.setText(
            self.tr("About %1 km as the crow flies from the first visit to the last.").replace(
                "%1", QLocale().toString(round(km))
            )
        )

    def starts(self, zone: dt.tzinfo) -> list[dt.datetime]:
        """Each visit's start in the route's order, in UTC, within working days."""
        day, time = self.day.date().toPython(), self.start.time().toPython()
        local = visit_starts(
            dt.datetime.combine(day, time),
            self.duration(),
            len(self.order),
            self.day_ends.time().toPython(),
        )
        return [start.replace(tzinfo=zone).astimezone(dt.UTC) for start in local]

    def subject(self, name: str) -> str:
        """A visit's subject: "Visit to" the customer."""
        return self.tr("Visit to %1").replace("%1", name)

    def duration(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.minutes.value())


def create_visits(
    services: Services,
    customers: list[tuple[str, int, str]],
    starts: list[dt.datetime],
    duration: dt.timedelta,
    zone_name: str | None,
    subject: Callable[[str], str],
) -> tuple[int, str]:
    """A planned visit per customer (type, id, name) at its start (UTC), each ``duration``
    long: how many were created, and the sentence of the problem that stopped the rest
    ("" when none did)."""
    for number, ((type_key, record_id, name), begin) in enumerate(
        zip(customers, starts, strict=True)
    ):
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
    pins: list[Pin],
    parent: QWidget,
    done: Callable[[int, str], object],
    show_route: Callable[[list[Pin]], object],
) -> PlanVisitsDialog:
    """Ask from where and when, then plan the visits in the route's order;
    ``show_route(the customers in order)`` as the route is worked out (an empty list
    when the user cancels), ``done(how many were planned, the sentence of a problem that
    stopped the rest or "")``."""
    dialog = PlanVisitsDialog(pins, parent)
    dialog.route_changed.connect(show_route)

    def accepted() -> None:
        zone_name, zone = local_zone()
        starts, duration = dialog.starts(zone), dialog.duration()
        customers = [(pin.record_type, pin.id, pin.name) for pin in dialog.route()]
        done(*create_visits(services, customers, starts, duration, zone_name, dialog.subject))

    dialog.accepted.connect(accepted)
    dialog.rejected.connect(lambda: show_route([]))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    show_route(dialog.route())
    dialog.open()
    return dialog
