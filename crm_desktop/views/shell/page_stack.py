"""The stacks of the main window's lists and forms."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget


class CurrentPageStack(QStackedWidget):
    """A stack whose size needs are those of the page on show only.

    A plain QStackedWidget asks for the widest of all its pages: once the calendar (or a
    quote form) had been shown, the window could not be made narrower than it needed,
    on any page, however small the screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._only_current)

    def _only_current(self, current: int) -> None:
        for i in range(self.count()):
            page = self.widget(i)
            policy = QSizePolicy.Policy.Preferred if i == current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.updateGeometry()

    def addWidget(self, widget: QWidget) -> int:  # type: ignore[override]
        index = super().addWidget(widget)
        self._only_current(self.currentIndex())
        return index
