"""Editors of the activity form: the "related to" type and record, a simple repeat rule,
the invitees, and values kept without an editor (the start and end: activity_times.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services import Services
from crm_desktop.services.activities.recurrence import (
    FREQUENCIES,
    SimpleRule,
    format_rule,
    parse_simple,
    until_value,
)
from crm_desktop.services.activities.time_limits import in_zone
from crm_desktop.views.formatting import english_plural, format_date, registry_text
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.field_widgets import DateEditor, FieldEditor
from crm_desktop.views.records.reference_edit import ReferenceEdit

UTC = dt.UTC


_tr = translator("activity_form")


class HiddenEditor(FieldEditor):
    """A value the form keeps and sends but does not show (the time zone)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._value: Any = None
        self.hide()

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any, display: str | None = None) -> None:
        if value != self._value:
            self._value = value
            self.changed.emit()


class LinkTypeEditor(FieldEditor):
    """The "related to" record type; empty unless a record of it is chosen in ``target``."""

    def __init__(
        self,
        services: Services,
        spec: FieldSpec,
        target: ReferenceEdit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, parent)
        self.target = target
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(_tr("Type of the related record"))
        for key in spec.choices:
            self.combo.addItem(registry_text(services.registry.get(key).singular), key)
        self.combo.setCurrentIndex(max(0, self.combo.findData("organizations")))
        self.target.type_key = self.combo.currentData()
        self.combo.currentIndexChanged.connect(self._picked)
        target.changed.connect(self.changed)
        self._wrap(self.combo, stretch=False)

    def value(self) -> Any:
        return self.combo.currentData() if self.target.value() is not None else None

    def set_value(self, value: Any, display: str | None = None) -> None:
        if value is not None:
            index = self.combo.findData(value)
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index if index >= 0 else 0)
            self.combo.blockSignals(False)
            self.target.type_key = self.combo.currentData()
        self.changed.emit()

    def _picked(self) -> None:
        # Another type: the record chosen before is not one of it.
        self.target.type_key = self.combo.currentData()
        self.target.set_value(None)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)


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


class InviteesEditor(QWidget):
    """Contacts (found by typing) and users invited to an activity."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Invitees"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.add_contact = ReferenceEdit(services, "contacts", self)
        self.add_contact.line.setPlaceholderText(_tr("Add a contact: type a name…"))
        self.add_contact.open_button.hide()
        self.add_contact.changed.connect(self._contact_chosen)
        self.add_user = QComboBox(self)
        self.add_user.setAccessibleName(_tr("Add a user"))
        self.add_user.addItem(_tr("Add a user…"), None)
        for user in services.users.users():
            self.add_user.addItem(user.full_name, user.id)
        self.add_user.activated.connect(self._user_chosen)
        self.remove_button = QPushButton(_tr("Remove"), self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0 and self.isEnabled())
        )
        others = QHBoxLayout()
        others.addWidget(self.add_user, 1)
        others.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.add_contact)
        layout.addLayout(others)
        layout.addWidget(self.list)

    def value(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(contact ids, user ids)."""
        contacts, users = [], []
        for i in range(self.list.count()):
            kind, record_id = self.list.item(i).data(Qt.ItemDataRole.UserRole)
            (contacts if kind == "contact" else users).append(record_id)
        return tuple(contacts), tuple(users)

    def set_value(self, contacts: list[tuple[int, str]], users: list[tuple[int, str]]) -> None:
        self.list.clear()
        for record_id, name in contacts:
            self._add("contact", record_id, name)
        for record_id, name in users:
            self._add("user", record_id, name)
        self.changed.emit()

    def add(self, kind: str, record_id: int, name: str) -> None:
        """Invite a contact (``kind`` "contact") or a user ("user"), once."""
        if record_id in (self.value()[0] if kind == "contact" else self.value()[1]):
            return
        self._add(kind, record_id, name)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _add(self, kind: str, record_id: int, name: str) -> None:
        text = name if kind == "contact" else _tr("%1 (user)").replace("%1", name)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (kind, record_id))
        self.list.addItem(item)

    def _contact_chosen(self) -> None:
        record_id = self.add_contact.value()
        if record_id is None:
            return
        name = self.add_contact.line.text()
        self.add_contact.set_value(None)
        self.add(kind="contact", record_id=record_id, name=name)

    def _user_chosen(self, index: int) -> None:
        record_id = self.add_user.itemData(index)
        if record_id is not None:
            self.add("user", record_id, self.add_user.itemText(index))
        self.add_user.setCurrentIndex(0)
