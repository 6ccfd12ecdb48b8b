"""A field that links to another record, found by typing a few letters of its name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolButton, QWidget

from crm_desktop.errors import NotFound
from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services.access.types import PRIVATE_NAME
from crm_desktop.textfold import fold
from crm_desktop.views.records.field_widgets import FieldEditor

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import Match

#: how long typing must pause before the database is asked (ms)
LOOKUP_DELAY = 200
LOOKUP_LIMIT = 20
#: data roles of the offered records: the id, and the name the field shows once chosen
ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class ReferenceEdit(FieldEditor):
    """The editor of REFERENCE fields: keeps the chosen record's id, shows its display name.

    Typing asks :meth:`SearchService.lookup` (after a short pause, so a fast typist costs
    one query) and offers the matches in a completer popup, each with what tells it apart
    from others of its name. Text that names no chosen record is
    kept as typed and reported by :meth:`input_error`.
    """

    #: the user asked to open the linked record: (record type, id)
    open_requested = Signal(str, int)

    def __init__(
        self,
        services: Services,
        type_key: str,
        parent: QWidget | None = None,
        spec: FieldSpec | None = None,
    ) -> None:
        super().__init__(spec or FieldSpec(type_key, type_key, Kind.REFERENCE), parent)
        self.services = services
        self.type_key = type_key
        self._id: int | None = None
        self._display = ""
        self._results: list[Match] = []

        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(self.tr("Type to search…"))
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # The service already matched accent- and case-folded words; the completer must not
        # filter again by plain prefix ("nguyen" would hide "Nguyễn").
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        # setWidget, not QLineEdit.setCompleter: we decide when to look up and what to insert.
        self.completer.setWidget(self.line)
        self.completer.activated[QModelIndex].connect(self._chosen)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(LOOKUP_DELAY)
        self.timer.timeout.connect(self.lookup)

        self.open_button = QToolButton(self)
        self.open_button.setText("↗")
        self.open_button.setToolTip(self.tr("Open the linked record"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open)

        self._wrap(self.line)
        self._layout.addWidget(self.open_button)

        self.line.textEdited.connect(self._edited)
        self.line.textChanged.connect(self._text_changed)
        self.line.editingFinished.connect(self.resolve)

    # -- the value ------------------------------------------------------------------------------
    def value(self) -> int | None:
        """The linked record's id; None when the field is empty."""
        return self._id if self.line.text().strip() else None

    def set_value(self, record_id: int | None, display: str | None = None) -> None:
        if record_id is not None and display is None:
            try:
                display = self.services.records.display_name(self.type_key, record_id)
            except NotFound:
                display = f"#{record_id}"
        if display == PRIVATE_NAME:  # a linked record the user may not see
            display = QCoreApplication.translate("validation", PRIVATE_NAME)
        self._id = record_id
        self._display = (display or "") if record_id is not None else ""
        self.timer.stop()
        self.line.setText(self._display)
        self.line.setCursorPosition(0)
        self._update_button()
        self.changed.emit()

    def input_error(self) -> str | None:
        text = self.line.text().strip()
        if text and self._id is None:
            return QCoreApplication.translate("validation", "Choose a record from the list.")
        return None

    def set_read_only(self, read_only: bool) -> None:
        self._text_read_only(self.line, read_only)
        self.line.setClearButtonEnabled(not read_only)

    # -- typing and choosing --------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        # Typing unlinks the record until a new one is chosen (or the same name retyped and
        # resolved): the form sees a change, and an error if nothing is chosen.
        self._id = None
        self._display = ""
        if text.strip():
            self.timer.start()
        else:
            self.timer.stop()
            self.completer.popup().hide()
        self._update_button()
        self.changed.emit()

    def _text_changed(self, text: str) -> None:
        self._update_button()

    def lookup(self) -> None:
        """Ask the service for records matching the text and offer them."""
        self.timer.stop()
        text = self.line.text().strip()
        if not text or self.line.isReadOnly():
            return
        self._results = self.services.search.lookup(self.type_key, text, LOOKUP_LIMIT)
        self.model.clear()
        for match in self._results:
            # The name alone cannot tell two "Thị Hương Nguyễn" apart: their organization,
            # e-mail or phone and number follow it.
            label = f"{match.name} — {match.detail}" if match.detail else match.name
            item = QStandardItem(label)
            item.setData(match.id, ID_ROLE)
            item.setData(match.name, NAME_ROLE)
            item.setToolTip(label)
            item.setEditable(False)
            self.model.appendRow(item)
        if self._results and self.line.hasFocus():
            # As wide as a name and its detail need (up to 800 pixels), not as the field; a
            # longer line loses its middle (a long organization), not the number at its end.
            popup = self.completer.popup()
            popup.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            width = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()
            width = max(self.line.width(), min(width + 24, 800))
            self.completer.complete(QRect(0, 0, width, self.line.height()))
        elif not self._results:
            self.completer.popup().hide()

    def _chosen(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is not None:
            self.set_value(int(record_id), str(index.data(NAME_ROLE)))

    def choose(self, record_id: int, display: str) -> None:
        """Link ``record_id`` as if the user had picked it from the list."""
        self.set_value(record_id, display)

    def resolve(self) -> None:
        """On leaving the field: text that names exactly one record links that record."""
        text = self.line.text().strip()
        if not text or (self._id is not None and text == self._display):
            return
        if self.timer.isActive() or not self._results:
            self.timer.stop()
            self._results = self.services.search.lookup(self.type_key, text, LOOKUP_LIMIT)
        # Folded like the search itself: "dong a bank" names "Đông Á Bank". Two records of
        # that name stay unlinked: the user picks one by what tells them apart.
        exact = [m for m in self._results if fold(m.name) == fold(text)]
        if len(exact) == 1:
            self.set_value(exact[0].id, exact[0].name)

    def _update_button(self) -> None:
        linked = self._id is not None and self.line.text().strip() == self._display
        self.open_button.setEnabled(linked)

    def _open(self) -> None:
        if self._id is not None:
            self.open_requested.emit(self.type_key, self._id)
