"""How the activity form follows what the user picks and types.

Changing the kind between a task and an event carries over what fits (the day, the
status's meaning) and brings back what the event had if changed back; a kind shows its
own fields and statuses. All day turns the times into days; moving the start moves the
end (a first start brings the kind's usual length); typed times are in this computer's
zone, and the repeat editor follows the start.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from crm_desktop.registry.picklists import EVENT_STATUSES, TASK_STATUSES
from crm_desktop.services.activities.time_limits import shifted
from crm_desktop.views import formatting
from crm_desktop.views.activities.common import default_end
from crm_desktop.views.activities.repeat_editors import RecurrenceEditor
from crm_desktop.views.activities.times import DateTimeEditor
from crm_desktop.views.records.field_widgets import ComboEditor, FieldEditor

#: status of an event <-> the status of a task that means the same
_TO_TASK = {"Planned": "Not Started", "Held": "Completed", "Not Held": "Deferred"}
_TO_EVENT = {
    "Not Started": "Planned",
    "In Progress": "Planned",
    "Completed": "Held",
    "Deferred": "Not Held",
}
_EVENT_FIELDS = ("start_at", "end_at", "all_day", "recurrence", "exception_dates")


class KindBehaviour:
    """The activity form's reactions to its kind and time fields (mixed into ActivityForm)."""

    editors: dict[str, FieldEditor]
    zone: Any
    zone_name: str
    _filling: bool
    _kind: str
    _last_start: Any
    #: what an event had before it became a task, for turning it back
    _event_stash: dict[str, Any]
    #: each field's form layout, its cell and its group box (to show or hide its row)
    _layouts: dict[str, tuple[QFormLayout, QWidget, QGroupBox]]

    def _kind_changed(self) -> None:
        kind = self.editors["kind"].value() or "Call"
        if self._filling or kind == self._kind:
            return
        was_task, is_task = self._kind == "Task", kind == "Task"
        self._kind = kind
        self._fill_statuses()
        e = self.editors
        if is_task and not was_task:
            start = e["start_at"].value()
            self._event_stash = {n: e[n].value() for n in _EVENT_FIELDS}
            if e["due_date"].value() is None and isinstance(start, dt.datetime):
                local = start.astimezone(dt.UTC if e["all_day"].value() else self.zone)
                e["due_date"].set_value(local.date())
            for name in ("start_at", "end_at", "recurrence"):
                e[name].set_value(None)
            e["all_day"].set_value(False)
            self._map_status(_TO_TASK)
        elif was_task and not is_task:
            self._restore_event_times()
            self._map_status(_TO_EVENT)
        self._apply_kind(kind)

    def _restore_event_times(self) -> None:
        e, stash = self.editors, self._event_stash
        if stash.get("start_at") is not None:
            e["all_day"].set_value(stash["all_day"])
            for name in ("start_at", "end_at", "recurrence"):
                e[name].set_value(stash[name])
        elif e["start_at"].value() is None:
            due = e["due_date"].value()
            day = due if isinstance(due, dt.date) else dt.datetime.now(self.zone).date()
            start = dt.datetime.combine(day, dt.time(9), self.zone).astimezone(dt.UTC)
            e["start_at"].set_value(start)
            e["end_at"].set_value(start + dt.timedelta(hours=1))
        self._event_stash = {}

    def _map_status(self, mapping: dict[str, str]) -> None:
        status = self.editors["status"]
        if status.value() in mapping:
            status.set_value(mapping[status.value()])

    def _apply_kind(self, kind: str) -> None:
        """Show the fields of this kind (and every field that holds a value)."""
        self._kind = kind
        task = kind == "Task"
        e = self.editors
        shown = {
            "start_at": not task,
            "end_at": not task,
            "all_day": not task,
            "recurrence": not task,
            "exception_dates": not task and bool(e["exception_dates"].value()),
            "due_date": task,
            "location": kind in ("Visit", "Meeting") or bool(e["location"].value()),
            "outcome": kind == "Visit" or bool(e["outcome"].value()),
        }
        for name, visible in shown.items():
            form, cell, box = self._layouts[name]
            form.setRowVisible(cell, visible)
        for _form, _cell, box in self._layouts.values():
            layout = box.layout()
            assert isinstance(layout, QFormLayout)
            box.setVisible(any(layout.isRowVisible(i) for i in range(layout.rowCount())))
        self._fill_statuses()

    def _fill_statuses(self) -> None:
        """The status list holds the statuses of this kind (and the current one if foreign)."""
        editor = self.editors["status"]
        assert isinstance(editor, ComboEditor)
        wanted = TASK_STATUSES if self._kind == "Task" else EVENT_STATUSES
        combo, current = editor.combo, editor.value()
        if [combo.itemData(i) for i in range(combo.count())] == [None, *wanted]:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for status in wanted:
            combo.addItem(formatting.choice_text(status), status)
        combo.blockSignals(False)
        editor.set_value(current)

    def _all_day_changed(self) -> None:
        if self._filling:
            return
        all_day = bool(self.editors["all_day"].value())
        for name in ("start_at", "end_at"):
            self._time_editor(name).set_all_day(all_day)
        self._recurrence_context()

    def _start_changed(self) -> None:
        start = self.editors["start_at"].value()
        if not self._filling and isinstance(start, dt.datetime):
            end = self.editors["end_at"]
            previous, finish = self._last_start, end.value()
            if isinstance(previous, dt.datetime) and isinstance(finish, dt.datetime):
                # The end moves with the start: the length stays what it was.
                end.set_value(shifted(finish, start - previous))
            elif previous is None and finish is None and not self.editors["all_day"].value():
                # A first start typed into an empty form: the end its kind usually has.
                end.set_value(default_end(self._kind, start))
            self._time_edited()
        if isinstance(start, dt.datetime):
            self._last_start = start
        self._recurrence_context()

    def _time_edited(self) -> None:
        """Typed times are in this computer's zone; a series repeats on its clock."""
        e = self.editors
        timed = isinstance(e["start_at"].value(), dt.datetime) and not e["all_day"].value()
        if not self._filling and timed:
            e["time_zone"].set_value(self.zone_name)

    def _recurrence_context(self) -> None:
        start = self.editors["start_at"].value()
        all_day = bool(self.editors["all_day"].value())
        self._recurrence_editor().set_start(
            start if isinstance(start, dt.datetime) else None, all_day
        )

    def _time_editor(self, name: str) -> DateTimeEditor:
        # _make_row gives the start and end a DateTimeEditor, the repeat a RecurrenceEditor.
        return cast(DateTimeEditor, self.editors[name])

    def _recurrence_editor(self) -> RecurrenceEditor:
        return cast(RecurrenceEditor, self.editors["recurrence"])
