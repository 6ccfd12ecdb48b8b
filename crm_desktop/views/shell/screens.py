"""Screens beside the lists (the calendar...), each with its entry in the navigation tree
and, if it says so, the form of a record type on the right.

A part of :class:`~crm_desktop.views.shell.main_window.MainWindow`, which provides the
state it works on (``_screens``, ``_current``, ``_return_to``), the panes and stacks
(``lists``, ``panes``, ``navigation``, ``count_label``) and the record commands it calls
(``form``, ``open_record``, ``new_related_record``, ``current_form``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from crm_desktop.views.shell.pane_layouts import RECORDS_LAYOUT


class Screens:
    """The screens part of the main window (see the module's docstring)."""

    def add_screen(
        self,
        key: str,
        widget: QWidget | Callable[[], QWidget],
        *,
        group: str,
        label: str,
        icon: str,
        form_type: str | None = None,
        first: bool = False,
    ) -> None:
        """A screen beside the lists, with its entry in the navigation tree.

        ``widget`` may be a function that builds it: the screen is then built when it is
        first shown (start-up and memory pay only for the list on show).
        ``label`` is shown as given (translated by the caller). With ``form_type`` the form
        of that record type stays on the right; a ``record_selected(str, int)`` signal of
        the widget loads a record there, a ``new_requested(str, dict)`` signal starts a
        new one with those values, and ``open_record(str, int)`` opens a record's list;
        a ``new_values()`` method gives the values File > New starts a record with there.
        """
        if key in self._screens or key in self.services.registry:
            raise ValueError(f"a screen or record type {key!r} exists already")
        self._screens[key] = (widget, form_type)
        if isinstance(widget, QWidget):
            self._place_screen(widget)
        self.navigation.add_entry(group, key, label, icon, first=first)
        if self.settings.value("main/last_view", "") == key:
            self.show_screen(key)

    def _place_screen(self, widget: QWidget) -> None:
        self.lists.addWidget(widget)
        for name, slot in (
            ("record_selected", self._screen_record_selected),
            ("new_requested", self._screen_new_requested),
            ("open_record", self.open_record),
        ):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(slot)

    def screen_widget(self, key: str) -> QWidget:
        """A screen's widget, built now if it was not yet."""
        widget, form_type = self._screens[key]
        if not isinstance(widget, QWidget):
            widget = widget()
            self._screens[key] = (widget, form_type)
            self._place_screen(widget)
        return widget

    def show_screen(self, key: str) -> None:
        self._return_to = None
        widget, form_type = self.screen_widget(key), self._screens[key][1]
        self._current = key
        self.lists.setCurrentWidget(widget)
        form = self.form(form_type) if form_type else None
        if form is not None:
            self.panes.show_form_pane()
            self.panes.use(RECORDS_LAYOUT)
            self.forms.setCurrentWidget(form)
        else:
            self.panes.hide_form_pane()
        label = self.navigation.text_of(key)
        self._set_title(label)
        self._select_in_tree(key)
        self.count_label.clear()
        self._update_actions()

    def _screen_record_selected(self, type_key: str, record_id: int) -> None:
        form = self.current_form()
        if form is None or form.record_type.key != type_key:
            self.open_record(type_key, record_id)
        elif form.record_id() != record_id and form.maybe_discard():
            form.load(record_id)
        self._update_actions()

    def _screen_new_requested(self, type_key: str, values: dict) -> None:
        form = self.current_form()
        if form is None or form.record_type.key != type_key:
            self.new_related_record(type_key, values)
        elif form.maybe_discard():
            form.new_record(values)
            self._focus_form()
        self._update_actions()
