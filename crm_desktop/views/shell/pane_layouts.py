"""The main window's three panes (navigation, list, form) and their widths per kind of view.

Documents with line items (the types the registry gives the document form: quotes,
orders) get a wide form beside a narrower list; every other view shares one layout. Each
layout's sizes are kept while another is on show, and in the settings between sessions.
A view without a form (the recycle bin, a screen) hides the form pane; its sizes are
kept, as a hidden pane would be saved at width 0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

if TYPE_CHECKING:
    from crm_desktop.registry import RecordType

RECORDS_LAYOUT = "records"
#: forms of their own (``RecordType.form``) that edit line items: the form takes most of
#: the width, whichever type the registry gives it
WIDE_FORMS = {"document": "documents"}
#: the splitter's share of the width (navigation, list, form) of a layout not set yet
DEFAULT_LAYOUTS = {RECORDS_LAYOUT: (190, 760, 450), "documents": (190, 430, 780)}


def layout_of(record_type: RecordType) -> str:
    return WIDE_FORMS.get(record_type.form or "", RECORDS_LAYOUT)


class PaneLayouts:
    def __init__(self, splitter: QSplitter, form_pane: QWidget) -> None:
        self.splitter = splitter
        self.form_pane = form_pane
        self.current = RECORDS_LAYOUT
        self._states: dict[str, QByteArray] = {}
        #: the sizes of the moment the form pane was hidden
        self._hidden_state = QByteArray()

    def show_form_pane(self) -> None:
        self.form_pane.show()

    def hide_form_pane(self) -> None:
        if not self.form_pane.isHidden():
            self._hidden_state = self.splitter.saveState()
            self.form_pane.hide()

    def use(self, name: str) -> None:
        """Keep the sizes of the layout left, and take those of ``name``."""
        if name == self.current:
            return
        if self.splitter.isVisible():  # before the first show nothing is laid out yet
            self._states[self.current] = self.splitter.saveState()
        self.current = name
        state = self._states.get(name)
        if state is not None and not state.isEmpty():
            self.splitter.restoreState(state)
            return
        shares = DEFAULT_LAYOUTS.get(name, DEFAULT_LAYOUTS[RECORDS_LAYOUT])
        width = max(self.splitter.width(), sum(shares))
        nav = self.splitter.sizes()[0] or shares[0]
        rest = width - nav
        list_width = rest * shares[1] // (shares[1] + shares[2])
        self.splitter.setSizes([nav, list_width, rest - list_width])

    @staticmethod
    def _key(name: str) -> str:
        return "main/splitter" if name == RECORDS_LAYOUT else f"main/splitter_{name}"

    def restore(self, settings: QSettings) -> None:
        for name in DEFAULT_LAYOUTS:
            value = settings.value(self._key(name))
            if isinstance(value, QByteArray) and not value.isEmpty():
                self._states[name] = value
        records = self._states.get(RECORDS_LAYOUT)
        if records is not None:
            self.splitter.restoreState(records)

    def save(self, settings: QSettings) -> None:
        now = self._hidden_state if self.form_pane.isHidden() else self.splitter.saveState()
        states = {**self._states, self.current: now}
        for name, state in states.items():
            settings.setValue(self._key(name), state)
