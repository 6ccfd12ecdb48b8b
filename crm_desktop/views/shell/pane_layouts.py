"""The main window's three panes (navigation, list, form) and their widths per kind of view.

Documents with line items (quotes, orders) get a wide form beside a narrower list; every
other view shares one layout. Each layout's sizes are kept while another is on show, and
in the settings between sessions. A view without a form (the recycle bin, a screen) hides
the form pane; its sizes are kept, as a hidden pane would be saved at width 0.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

RECORDS_LAYOUT = "records"
#: record types whose forms edit line items: the form takes most of the width
WIDE_FORM_TYPES = {"quotes": "documents", "sales_orders": "documents"}
#: the splitter's share of the width (navigation, list, form) of a layout not set yet
DEFAULT_LAYOUTS = {RECORDS_LAYOUT: (190, 760, 450), "documents": (190, 430, 780)}


def layout_of(type_key: str | None) -> str:
    return WIDE_FORM_TYPES.get(type_key or "", RECORDS_LAYOUT)


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
