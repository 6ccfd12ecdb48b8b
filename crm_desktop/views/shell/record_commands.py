"""The record commands of the main window: new (also a related record begun from a form,
which goes back to that form once saved), save, delete, restore, open a record of any
type, and what follows a save or a delete in the lists.

A part of :class:`~crm_desktop.views.shell.main_window.MainWindow`, which provides the
state it works on (``_screens``, ``_current``, ``_return_to``, ``_panels``), the window's
parts (``hub``, ``recycle_bin``, ``services``) and its views (``panel``, ``form``,
``current_form``, ``current_panel``, ``show_type``, ``_update_actions``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from crm_desktop.views.shell.navigation import RECYCLE_BIN


class RecordCommands:
    """The record commands part of the main window (see the module's docstring)."""

    def _on_current_changed(self, type_key: str, record_id: int | None) -> None:
        form = self.form(type_key)
        if form is not None and record_id is not None and form.record_id() != record_id:
            if form.maybe_discard():
                self._return_to = None  # another record chosen instead of the new one
                form.load(record_id)
            else:
                # Stay on the record with unsaved changes; put the list back on it.
                self.panel(type_key).select_record(form.record_id(), notify=False)
        self._update_actions()

    def new_record(self) -> None:
        form = self.current_form()
        if form is None or not form.maybe_discard():
            return
        self._return_to = None  # a record of its own, begun from nowhere
        panel = self.current_panel()
        if panel is not None:  # a screen (the calendar) has no list to clear
            panel.select_record(None, notify=False)
        screen = self._screens[self._current][0] if self._current in self._screens else None
        # A screen may say where a new record starts (the calendar: its chosen day).
        form.new_record(defaults=screen.new_values() if hasattr(screen, "new_values") else None)
        self._update_actions()
        self._focus_form()

    def new_related_record(self, type_key: str, values: dict) -> None:
        """A new record of another type, pre-filled (e.g. a contact of this organization).
        Begun from a record's form ("Log a call" on a contact), its first save goes back to
        that record: the salesperson keeps their place."""
        origin = self.current_form() if self._current in self.services.registry else None
        origin_id = origin.record_id() if origin is not None else None
        self.show_type(type_key)
        form = self.form(type_key)
        if form is not None and form.maybe_discard():
            self.panel(type_key).select_record(None, notify=False)
            form.new_record(values)
            if origin is not None and origin_id is not None and origin is not form:
                self._return_to = (type_key, origin.record_type.key, origin_id)
            self._focus_form()

    def save_record(self) -> bool:
        form = self.current_form()
        return bool(form is not None and form.save())

    def delete_record(self) -> bool:
        form = self.current_form()
        return bool(form is not None and form.record_id() is not None and form.delete())

    def restore_record(self) -> bool:
        return self._current == RECYCLE_BIN and self.recycle_bin.restore_selected()

    def open_record(self, type_key: str, record_id: int) -> None:
        """Show a record of any type: its list, the row when the filter shows it, the form."""
        current = self.current_form()
        if current is not None and not current.maybe_discard():
            return
        self.show_type(type_key, reread=False)
        if not self.panel(type_key).select_record(record_id):
            form = self.form(type_key)
            if form is not None and form.record_id() != record_id:
                form.load(record_id)
            self._say_if_filtered_out(type_key)
        self._update_actions()

    def _say_if_filtered_out(self, type_key: str) -> None:
        """The record in the form is not in its list: say why when a filter is the cause
        (else a user looks for the new or opened record in the list in vain)."""
        if self.panel(type_key).is_filtered():
            said = QCoreApplication.translate(
                "MainWindow",
                "The list's filter hides this record; clear the filter to see it there.",
            )
            self.statusBar().showMessage(said, 15_000)

    def _on_deleted(self, type_key: str, _record_id: int) -> None:
        self.hub.flush()
        self.recycle_bin.deleted(type_key)
        self._update_actions()

    def _on_saved(self, type_key: str, record_id: int) -> None:
        back, self._return_to = self._return_to, None
        # Refresh now (not on the hub's timer) so that the new row exists to be selected.
        self.hub.flush()
        if not self.panel(type_key).select_record(record_id, notify=False):
            self._say_if_filtered_out(type_key)
        self._update_actions()
        if back is not None and back[0] == type_key:
            self.open_record(back[1], back[2])

    def _focus_form(self) -> None:
        """Put the cursor into the form's first text input, in the form's own tab order."""
        form = self.current_form()
        widget = form.nextInFocusChain() if form is not None else None
        while form is not None and widget is not None and widget is not form:
            # Text inputs (and only editable ones) take typed text: scroll areas, tab bars
            # and buttons do not, though they take focus too.
            typed = widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
            if typed and form.isAncestorOf(widget) and widget.isEnabled() and widget.isVisible():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()
