"""The activity form: what a call, meeting, visit, email or task needs, and no more.

A task has a due date; the others have a start and an end (typed in the user's time
zone, stored as UTC) or are all day. Visits also have a place and an outcome. "Related
to" picks a record type and then a record by typing its name. Invitees are saved with
the activity. How the form follows the kind and the times typed: kind_behaviour.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from crm_desktop.registry import Section
from crm_desktop.services.activities.types import REMINDER_CHOICES
from crm_desktop.views import formatting
from crm_desktop.views.activities.common import local_zone, zone_named
from crm_desktop.views.activities.editors import (
    HiddenEditor,
    InviteesEditor,
    LinkTypeEditor,
)
from crm_desktop.views.activities.kind_behaviour import KindBehaviour
from crm_desktop.views.activities.repeat_editors import RecurrenceEditor, SkippedDatesEditor
from crm_desktop.views.activities.times import DateTimeEditor
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.conflict_dialog import MergeItem, Saved
from crm_desktop.views.records.field_row import FieldRow
from crm_desktop.views.records.field_widgets import ComboEditor, FieldEditor
from crm_desktop.views.records.record_form import RecordForm
from crm_desktop.views.records.reference_edit import ReferenceEdit

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import Record

_HIDDEN = ("time_zone",)
#: the invitees as an item of the merge (the dialog's "theirs_invitees" / "mine_invitees")
INVITEES = "invitees"


_tr = translator("activity_form")


def _reminder_items() -> list[tuple[str, Any]]:
    names = {0: _tr("At the start time"), 60: _tr("1 hour before"), 1440: _tr("1 day before")}
    return [
        (names[m] if m in names else _tr("%1 minutes before").replace("%1", str(m)), m)
        for m in REMINDER_CHOICES
    ]


def _invitee_state(invited: tuple[Any, Any]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Who is invited, whatever the order (the database keeps no order of its own)."""
    return tuple(sorted(invited[0])), tuple(sorted(invited[1]))


def _invitees_text(contacts: list[tuple[int, str]], users: list[tuple[int, str]]) -> str:
    """One name a line, as the invitees list shows them."""
    names = [name for _id, name in contacts]
    names += [_tr("%1 (user)").replace("%1", name) for _id, name in users]
    return "\n".join(names)


class _Row:
    """A form row like :class:`FieldRow`, around an editor made here."""

    def __init__(self, spec_label: str, editor: FieldEditor, parent: QWidget) -> None:
        self.editor = editor
        self.label = QLabel(spec_label, parent)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # One control high, so that the label faces the first line of a taller editor.
        self.label.setFixedHeight(
            min(editor.sizeHint().height(), self.label.sizeHint().height() + 10)
        )
        self.label.setBuddy(editor)
        self.error = QLabel(parent)
        show_as_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.cell = QWidget(parent)
        layout = QVBoxLayout(self.cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        editor.changed.connect(lambda: self.show_error(None))

    def show_error(self, message: str | None) -> None:
        if message or not self.error.isHidden():
            self.error.setText(message or "")
            self.error.setVisible(bool(message))


class ActivityForm(KindBehaviour, RecordForm):
    def __init__(self, services: Services, type_key: str, parent: QWidget | None = None) -> None:
        # Needed while the base class builds the sections (it calls _section_box).
        self.zone_name, self.zone = local_zone()
        self.activities = services.activities
        self._layouts: dict[str, tuple[QFormLayout, QWidget, QGroupBox]] = {}
        self._filling = False
        self._invitee_baseline: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        #: what an event had before it became a task, for turning it back
        self._event_stash: dict[str, Any] = {}
        self._kind = "Call"
        self._last_start: Any = None
        super().__init__(services, type_key, parent)
        width = max(row.label.minimumWidth() for row in self.rows.values())
        self.invitees_label.setMinimumWidth(width)
        self.editors["kind"].changed.connect(self._kind_changed)
        self.editors["all_day"].changed.connect(self._all_day_changed)
        self.editors["start_at"].changed.connect(self._start_changed)
        self.editors["end_at"].changed.connect(self._time_edited)
        self.editors["recurrence"].changed.connect(self._time_edited)
        self.invitees.changed.connect(self._invitees_changed)
        self._apply_kind(self.editors["kind"].value() or "Call")

    # -- building ---------------------------------------------------------------------------------
    def _section_box(self, section: Section) -> QGroupBox:
        box = QGroupBox(formatting.registry_text(section.title), self.body)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in section.fields:
            row = self.rows[name] = self._make_row(name, box)  # type: ignore[assignment]
            row.editor.changed.connect(lambda name=name: self._changed(name))
            if name in _HIDDEN or name == "related_type":
                # Kept without a row of its own; the type shows beside its record.
                if name in _HIDDEN:
                    row.label.hide()
                    row.cell.hide()
                continue
            cell = row.cell
            label = row.label
            if name == "related_id":
                # "Related to: [Organization ▾]" over "[type a name… ↗]": one row for both
                # fields, the name as wide as the form however narrow it is.
                type_row = self.rows["related_type"]
                cell = QWidget(box)
                line = QVBoxLayout(cell)
                line.setContentsMargins(0, 0, 0, 0)
                line.setSpacing(2)
                line.addWidget(type_row.cell, 0, Qt.AlignmentFlag.AlignLeft)
                line.addWidget(row.cell)
                label = type_row.label
                row.label.hide()
            form.addRow(label, cell)
            self._layouts[name] = (form, cell, box)
            if isinstance(row.editor, ReferenceEdit):
                row.editor.open_requested.connect(self.open_record)
        if "related_id" in section.fields:
            self.invitees = InviteesEditor(self.services, box)
            self.invitees_label = QLabel(_tr("Invitees"), box)
            self.invitees_label.setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            )
            form.addRow(self.invitees_label, self.invitees)
        return box

    def _make_row(self, name: str, box: QWidget) -> FieldRow | _Row:
        spec = self.record_type.field(name)
        label = formatting.field_label(spec)
        if name in ("start_at", "end_at"):
            editor: FieldEditor = DateTimeEditor(spec, self.zone, end=name == "end_at", parent=box)
            return _Row(label, editor, box)
        if name in _HIDDEN:
            return _Row(label, HiddenEditor(spec, box), box)
        if name == "reminder_minutes":
            combo = ComboEditor(spec, _reminder_items(), box)
            combo.combo.setItemText(0, _tr("No reminder"))
            return _Row(_tr("Reminder"), combo, box)
        if name == "recurrence":
            return _Row(_tr("Repeats"), RecurrenceEditor(spec, self.zone, box), box)
        if name == "exception_dates":
            return _Row(label, SkippedDatesEditor(spec, self.zone, box), box)
        if name == "related_type":
            self._link_target = ReferenceEdit(self.services, "organizations", box)
            editor = LinkTypeEditor(self.services, spec, self._link_target, box)
            return _Row(formatting.registry_text("Related to"), editor, box)
        if name == "related_id":
            # Made with its type's editor (which retargets it); one message line for both,
            # as the service reports a bad link on related_id.
            row = _Row(label, self._link_target, box)
            self._link_target.spec = spec
            type_row = self.rows["related_type"]
            row.error.hide()
            row.show_error = type_row.show_error  # type: ignore[method-assign]
            return row
        return FieldRow(self.services, spec, box)

    def set_zone(self, name: str | None) -> None:
        """Show and type times in the zone ``name`` (the computer's by default)."""
        self.zone_name, self.zone = zone_named(name)
        for editor in self.editors.values():
            if isinstance(editor, DateTimeEditor | RecurrenceEditor | SkippedDatesEditor):
                editor.zone = self.zone
        record = self._record
        self._fill(
            record.values if record else self._new_values, record.references if record else None
        )

    # -- loading and saving ----------------------------------------------------------------------
    def _fill(self, values: dict[str, Any], references: dict[str, str] | None = None) -> None:
        references = dict(references or {})
        if values.get("related_name"):
            references.setdefault("related_id", values["related_name"])
        all_day = bool(values.get("all_day"))
        self._filling = True
        try:
            for name in ("start_at", "end_at"):
                editor = self._time_editor(name)
                editor.blockSignals(True)
                editor.set_all_day(all_day)
                editor.blockSignals(False)
            self._recurrence_editor().set_start(values.get("start_at"), all_day)
            self._event_stash = {}
            self._kind = values.get("kind") or "Call"
            self._fill_statuses()
            self._load_invitees()
            super()._fill(values, references)
            self._last_start = self.editors["start_at"].value()
            self._apply_kind(self._kind)
        finally:
            self._filling = False

    def _load_invitees(self) -> None:
        record = self._record
        named = self.activities.invitee_names(record.id) if record else ([], [])
        self.invitees.set_value(*named)
        self._invitee_baseline = self.invitees.value()

    # -- merging with someone else's save ---------------------------------------------------------
    def _merge_items(self, theirs: Saved) -> list[MergeItem]:
        """The invitees merge whole: the side that changed them, or the user's choice."""
        assert theirs.id is not None
        contacts, users = self.activities.invitee_names(theirs.id)
        mine = self._named_invitees()
        item = MergeItem(
            INVITEES,
            _tr("Invitees"),
            loaded=_invitee_state(self._invitee_baseline),
            mine=_invitee_state(self.invitees.value()),
            theirs=_invitee_state(([i for i, _ in contacts], [i for i, _ in users])),
            mine_value=mine,
        )
        if item.clash:
            item.texts = (_invitees_text(contacts, users), _invitees_text(*mine))
        return [item]

    def _show_merge(
        self,
        theirs: Saved,
        values: dict[str, Any],
        references: dict[str, str],
        mine_items: list[MergeItem],
    ) -> None:
        super()._show_merge(theirs, values, references, mine_items)
        for item in mine_items:
            if item.name == INVITEES:
                # Not the baseline: that stays theirs, so the save sends mine.
                self.invitees.set_value(*item.mine_value)

    def _named_invitees(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """(contacts, users) invited in the form now, each as (id, name)."""
        users = {user.id: user.full_name for user in self.services.users.users()}
        listed = self.invitees.list
        contacts: list[tuple[int, str]] = []
        people: list[tuple[int, str]] = []
        for row in range(listed.count()):
            kind, record_id = listed.item(row).data(Qt.ItemDataRole.UserRole)
            if kind == "contact":
                contacts.append((record_id, listed.item(row).text()))
            else:
                people.append((record_id, users.get(record_id, str(record_id))))
        return contacts, people

    def _writer(self, changed: dict[str, Any], version: int | None) -> Callable[[], Record]:
        """The fields and, when they changed, the invitees: one save, one new version."""
        invited = self.invitees.value()
        invitees = invited if invited != self._invitee_baseline else None
        record, activities = self._record, self.activities
        if record is None:
            return lambda: activities.save(None, 0, changed, invitees=invitees)
        record_id, version = record.id, version or record.version
        return lambda: activities.save(record_id, version, changed, invitees=invitees)

    def save(self) -> bool:
        record = self._record
        values = self._values()
        if (
            record is not None
            and self.invitees.value() != self._invitee_baseline
            and all(values[k] == self._baseline[k] for k in values)
        ):
            # Only the invitees changed: still a save of the record (a new version).
            return self._store({}, record.version)
        return super().save()

    def _set_dirty(self, dirty: bool) -> None:
        invited = getattr(self, "invitees", None)
        moved = invited is not None and invited.value() != self._invitee_baseline
        super()._set_dirty(dirty or moved)

    def _invitees_changed(self) -> None:
        if not self._filling:
            self._set_dirty(self._values() != self._baseline)
