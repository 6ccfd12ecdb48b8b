"""The list panel's switch between its table and its board (types with a board only).

The board is made when first shown (no cost at start-up) and then follows the list's
query: the same saved filter, quick filter and column filters. Which of the two a list
shows is remembered per type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout

from crm_desktop.errors import DomainError
from crm_desktop.views import icons
from crm_desktop.views.board.board_view import BoardView
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.views.records.list_view import ListPanel


class BoardToggle(QObject):
    """The "Board" button of a list panel and the board it shows in place of the table."""

    def __init__(self, panel: ListPanel, layout: QVBoxLayout, settings: QSettings) -> None:
        super().__init__(panel)
        self.panel = panel
        self._layout = layout
        self._settings = settings
        self._key = f"lists/{panel.type_key}/board"
        self.board: BoardView | None = None
        self.button = QToolButton()
        self.button.setObjectName(f"board_toggle_{panel.type_key}")
        self.button.setText(self.tr("Board"))
        self.button.setIcon(icons.icon("board"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setCheckable(True)
        self.button.setToolTip(
            self.tr("Show the list as a board of columns; drag a card to move it")
        )
        self.button.toggled.connect(self.show_board)

    def restore(self) -> None:
        """Show the board if the user left the list on it."""
        if self._settings.value(self._key, False, type=bool):
            self.button.setChecked(True)

    def show_board(self, shown: bool) -> None:
        if shown and self.board is None:
            try:
                self.board = self._make_board()
            except DomainError as exc:
                self.button.setChecked(False)
                show_domain_error(self.panel, exc)
                return
        elif shown and self.board is not None:
            self.refresh()
        if self.board is not None:
            self.board.setVisible(shown)
        self.panel.table.setVisible(not shown)
        self._settings.setValue(self._key, shown)

    def requery(self) -> None:
        """The list's query or its records changed: the board shows the same rows (also
        while another screen is on show: the list comes back to it as it is now)."""
        if self.board is not None and self.board.isVisibleTo(self.panel):
            self.refresh()

    def refresh(self) -> None:
        if self.board is None:
            return
        try:
            self.board.set_query(self.panel.query())
        except DomainError as exc:
            show_domain_error(self.panel, exc)

    def _make_board(self) -> BoardView:
        panel = self.panel
        board = BoardView(panel.services, panel.query(), panel)
        board.record_activated.connect(panel.record_activated)
        board.current_changed.connect(panel.current_changed)
        board.problem.connect(panel.problem)
        self._layout.insertWidget(self._layout.indexOf(panel.table) + 1, board, 1)
        return board
