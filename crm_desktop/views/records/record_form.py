"""The generic record form: built from the registry, saved through the record service.

A form holds no database state but the loaded :class:`Record` (its values and version).
Dirty tracking compares what the editors hold now with what they held after loading, so
typing a change and typing it back leaves the form clean; only changed values are sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import ConflictError, DomainError, NotFound, ValidationError
from crm_desktop.registry import Kind
from crm_desktop.views import formatting
from crm_desktop.views.qt_texts import translated_errors
from crm_desktop.views.records.conflict_dialog import ChangedElsewhereBar, ConflictDialog
from crm_desktop.views.records.field_row import FieldRow
from crm_desktop.views.records.field_widgets import (
    FieldEditor,
    NumberEditor,
    ReadOnlyEditor,
)
from crm_desktop.views.records.form_parts import FormPart, make_parts
from crm_desktop.views.records.form_sections import FormSections
from crm_desktop.views.records.related_tabs import RelatedTabs
from crm_desktop.views.records.shared_editing import SharedEditing
from crm_desktop.views.records.waiting_save import WaitingBar, WaitingSave

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import Record

_Button = QMessageBox.StandardButton


class RecordForm(FormSections, SharedEditing, QWidget):
    saved = Signal(str, int)
    deleted = Signal(str, int)
    dirty_changed = Signal(bool)
    #: the user asked to open another record: (record type, id)
    open_record = Signal(str, int)
    #: the user asked for a new record linked to this one: (record type, prefilled values)
    new_related = Signal(str, dict)

    def __init__(self, services: Services, type_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.record_type = services.registry.get(type_key)
        self._record: Record | None = None
        self._baseline: dict[str, Any] = {}
        self._dirty = self._loading = self._locked = False
        #: a new record started with values (a visit planned from an organization, a
        #: meeting from a calendar slot): unsaved work even before the user types
        self._prefilled = False
        self._in_bin = False  # moved to the recycle bin from this form: not to be saved anew
        self._new_values: dict[str, Any] = {}
        self.rows: dict[str, FieldRow] = {}

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        #: the title row, and the titles in it (form parts add to them)
        self.header = QHBoxLayout()
        self.titles = QVBoxLayout()
        self.titles.addWidget(self.title)
        self.titles.addWidget(self.subtitle)
        self.header.addLayout(self.titles, 1)
        #: buttons of :meth:`add_action`, under the title, the form's whole width; a tool
        #: bar, so that on a narrow form (or in a language of longer words) those that do
        #: not fit go under its » rather than widen the window past the screen
        self.action_buttons = QToolBar(self)
        self.action_buttons.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.action_buttons.hide()  # until a command is added
        self.titles.addWidget(self.action_buttons)

        self.body = QWidget()
        self._build_sections(self.body)
        self.editors: dict[str, FieldEditor] = {n: r.editor for n, r in self.rows.items()}
        self._editable = [n for n, e in self.editors.items() if not isinstance(e, ReadOnlyEditor)]
        self.error_labels = {n: r.error for n, r in self.rows.items()}
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.scroll)
        self.related: RelatedTabs | None = None
        if self.record_type.related:
            self.related = RelatedTabs(services, self.record_type, self.splitter)
            self.related.open_record.connect(self.open_record)
            self.related.new_related.connect(self.new_related)
            self.splitter.addWidget(self.related)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
            for page in self.related.pages:  # files dropped onto the form: its Documents tab
                if hasattr(page, "accept_drops_on"):
                    page.accept_drops_on(self)

        # Made after the fields, so that Tab (and "focus the form") reaches them first.
        self.parts: list[FormPart] = make_parts(self)
        #: "Changed by X at HH:MM — Reload" while this user has unsaved edits
        self.changed_bar = ChangedElsewhereBar(self)
        self.changed_bar.reload_requested.connect(self._reload)
        self.conflict_dialog: ConflictDialog | None = None
        self.waiting_bar = WaitingBar(self)
        self.saving = WaitingSave(services, self.body, self.waiting_bar)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.changed_bar)
        layout.addWidget(self.waiting_bar)
        layout.addWidget(self.splitter, 1)
        self.new_record()

    # -- public interface ------------------------------------------------------------------------
    def new_record(self, values: dict | None = None, *, defaults: dict | None = None) -> None:
        """Show an unsaved record of this type with its defaults and ``values`` filled in.

        ``values`` make a record worth saving as it is (begun from another record);
        ``defaults`` are where a screen starts one (the calendar's chosen day), as the
        type's own defaults: nothing to save until the user changes something."""
        self._record = None
        self._prefilled = bool(values)
        self._new_values = {
            **self.services.records.new_values(self.record_type.key),
            **(defaults or {}),
            **(values or {}),
        }
        self._fill(self._new_values)
        self.scroll_to_top()

    def load(self, record_id: int) -> None:
        try:
            record = self.services.records.get(self.record_type.key, record_id)
        except NotFound:
            self._warn(self.tr("This record no longer exists."))
            return
        other = record_id != self.record_id()
        self._record = record
        self._fill(record.values, record.references)
        if other:
            self.scroll_to_top()

    def scroll_to_top(self) -> None:
        """Show the form from its top: another record is not read from where the last one
        was left (the same one, reloaded, stays where it was)."""
        self.scroll.verticalScrollBar().setValue(0)
        self.scroll.horizontalScrollBar().setValue(0)

    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    def current_record(self) -> Record | None:
        """The record on show as last loaded or saved; None for a new one."""
        return self._record

    def is_dirty(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        """Validate, show inline messages, and save; True when the record is saved (False
        too while the save waits for another user: :attr:`saved` tells when it is, and for
        a record just moved to the recycle bin, which a save would make anew)."""
        if self._locked:
            return True
        if self.saving.waiting() or self._in_bin:
            return False
        values, record = self._values(), self._record
        local = {n: m for n, e in self.editors.items() if (m := e.input_error())}
        changed = (
            values
            if record is None
            else {k: v for k, v in values.items() if v != self._baseline[k]}
        )
        if record is not None and not changed:
            self._set_dirty(False)
            return True
        checkable = {k: v for k, v in changed.items() if k not in local}
        found = self.services.records.validate(self.record_type.key, checkable, new=not record)
        if found or local:
            self._show_errors({**translated_errors(found), **local})
            return False
        return self._store(changed, record.version if record else None)

    def _store(self, changed: dict[str, Any], version: int | None) -> bool:
        """Create the record, or update it at ``version``; a refusal is shown, not raised.
        While another user writes, the save waits off the GUI thread (False until then)."""
        return self.saving.run(self._writer(changed, version), self._stored, self._refused)

    def _writer(self, changed: dict[str, Any], version: int | None) -> Callable[[], Record]:
        """The service call that saves, with all it needs read from the form now (it may
        run on a worker thread): a form with more than fields (an activity's invitees)
        saves them in the same transaction."""
        key, records, record = self.record_type.key, self.services.records, self._record
        if record is None:
            return lambda: records.create(key, changed)
        record_id, version = record.id, version or record.version
        return lambda: records.update(key, record_id, version, changed)

    def _stored(self, record: Record) -> None:
        self._record = record
        self._fill(record.values, record.references)
        self.saved.emit(self.record_type.key, record.id)

    def _refused(self, exc: DomainError) -> bool:
        """Show why a save was refused; True when a merge with their version saved it."""
        if isinstance(exc, ValidationError):
            self._show_errors(translated_errors(exc.errors))
        elif isinstance(exc, ConflictError):
            return self._conflict(exc)
        elif isinstance(exc, NotFound):
            self._warn(self.tr("This record no longer exists: someone else deleted it."))
        else:
            self._warn(str(exc))
        return False

    def delete(self) -> bool:
        """Ask, then move the record to the recycle bin."""
        record = self._record
        if record is None or self.saving.waiting():
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Move “%1” to the recycle bin?").replace("%1", self._display_name()),
            _Button.Yes | _Button.No,
            _Button.No,
        )
        if answer != _Button.Yes:
            return False
        try:
            self.services.records.delete(self.record_type.key, record.id, record.version)
        except ConflictError:
            if not self._delete_changed_record():
                return False
        except DomainError as exc:
            self._warn(str(exc))
            return False
        self._record, self._prefilled, self._in_bin = None, False, True
        self._set_dirty(False)
        self.subtitle.setText(self.tr("In the recycle bin"))
        for widget in (self.body, self.related, self.action_buttons):
            if widget is not None:
                widget.setEnabled(False)
        for part in self.parts:
            part.set_enabled(False)
        self.deleted.emit(self.record_type.key, record.id)
        return True

    def maybe_discard(self) -> bool:
        """Unsaved-changes guard before leaving the form; True when it may be left (not
        while its save waits for another user: the bar's Cancel ends that)."""
        if self.saving.waiting():
            return False
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to “%1”?").replace("%1", self._display_name()),
            _Button.Save | _Button.Discard | _Button.Cancel,
            _Button.Save,
        )
        if answer == _Button.Save:
            return self.save()
        if answer == _Button.Discard:
            if self._record is not None:
                self._fill(self._record.values, self._record.references)
            else:
                self._fill(self._new_values)
            return True
        return False

    def add_action(self, action: QAction) -> QToolButton:
        """Show a command about this record (e.g. "Create quote") as a button by the title."""
        self.action_buttons.addAction(action)
        self.action_buttons.show()
        button = self.action_buttons.widgetForAction(action)
        assert isinstance(button, QToolButton)
        return button

    # -- internals -------------------------------------------------------------------------------
    def _fill(self, values: dict[str, Any], references: dict[str, str] | None = None) -> None:
        record, references = self._record, references or {}
        if record is not None:
            self._prefilled = False
        self._in_bin = False
        locked_by = self.record_type.locked_by
        self._locked = locked_by is not None and bool(values.get(locked_by))
        self._loading = True
        try:
            for name, editor in self.editors.items():
                if isinstance(editor, NumberEditor) and editor.spec.kind is Kind.MONEY:
                    editor.min_decimals = formatting.currency_decimals(values.get("currency"))
                if isinstance(editor, ReadOnlyEditor) and editor.spec.kind is Kind.MONEY:
                    self.show_money(name, values.get(name), values.get("currency"))
                else:
                    editor.set_value(values.get(name), references.get(name))
                editor.set_read_only(self._locked)
        finally:
            self._loading = False
        for widget in (self.body, self.related, self.action_buttons):
            if widget is not None:
                widget.setEnabled(True)
        for part in self.parts:
            part.record_shown(record)
        if self.related is not None:
            self.related.set_record(record.id if record else None)
            self.related.setVisible(record is not None)
        self._baseline = self._values()
        self.changed_bar.hide()
        for row in self.rows.values():
            row.show_error(None)
        self._set_dirty(False)
        self._update_header()

    def show_money(self, name: str, value: Any, currency: str | None) -> None:
        """Show an amount the user does not type (a total) with its currency."""
        editor = self.editors.get(name)
        if editor is not None:
            text = formatting.display_text(editor.spec, value, currency=currency)
            editor.set_value(value, f"{text} {currency}" if text and currency else text)

    def _values(self) -> dict[str, Any]:
        return {name: self.editors[name].value() for name in self._editable}

    def _changed(self, name: str) -> None:
        if self._loading:
            return
        for part in self.parts:
            part.field_changed(name)
        if name in self.record_type.name_fields:
            self._update_header()
        self._set_dirty(self._values() != self._baseline)

    def _set_dirty(self, dirty: bool) -> None:
        dirty = dirty or (self._record is None and self._prefilled)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _display_name(self) -> str:
        values = {n: self.editors[n].value() for n in self.record_type.name_fields}
        return self.record_type.display_name(values)

    def _update_header(self) -> None:
        singular = formatting.registry_text(self.record_type.singular)
        new = self.tr("New %1").replace("%1", singular)
        self.title.setText(self._display_name() or new)
        if self._record is None:
            self.subtitle.setText(new)
            return
        parts = [singular, self._record.number or ""]
        modified = self._record.values.get("modified_at")
        if modified is not None:
            parts.append(
                self.tr("Modified %1").replace(
                    "%1", formatting.format_datetime(modified, self.locale())
                )
            )
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field and put the cursor into the first bad one."""
        first: FieldEditor | None = None
        for name, row in self.rows.items():
            row.show_error(errors.get(name))
            if name in errors and first is None:
                first = row.editor
        if first is not None:
            self.scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        elsewhere = [f"{n}: {m}" for n, m in errors.items() if n not in self.rows]
        if elsewhere:  # a field the form does not show: still tell the user
            self._warn("\n".join(elsewhere))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, formatting.registry_text(self.record_type.singular), text)
