"""A day's whole agenda, a page at a time: beside the month, and in the window "+n more"
opens from the week and day views.

A busy office's day is a thousand activities and more: the list reads the first page of
them and the next one when it is scrolled to its end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.views.activities.common import is_done, kind_text, span_text
from crm_desktop.views.activities.history import KindIcons, kind_icon
from crm_desktop.views.formatting import format_date
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.activities.occurrences import Occurrence

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole
#: the items a page of a day's list reads
PAGE = 100
#: (day, offset, limit): a page of a day's items, in the calendar's order
Pager = Callable[[dt.date, int, int], "list[Occurrence]"]

_tr = translator("calendar")


def count_text(total: int) -> str:
    return _tr("Activities: %1").replace("%1", f"{total:,}")


def agenda_item(
    occurrence: Occurrence,
    zone: dt.tzinfo,
    day: dt.date | None,
    icons: Callable[[str], QIcon] = kind_icon,
) -> QListWidgetItem:
    """A line of an agenda: "09:00–10:00  Meeting · subject" with the kind's colour (its
    dot from ``icons``)."""
    text = f"{span_text(occurrence, zone, day)}   {kind_text(occurrence.kind)} · "
    text += occurrence.subject
    if occurrence.recurring:
        text += " ↻"
    item = QListWidgetItem(icons(occurrence.kind), text)
    item.setData(OCCURRENCE_ROLE, occurrence)
    tips = [t for t in (occurrence.related_name, occurrence.location) if t]
    if tips:
        item.setToolTip("\n".join(tips))
    if is_done(occurrence.status):
        item.setForeground(QPalette().color(QPalette.ColorRole.PlaceholderText))
    return item


class DayList(QWidget):
    """A day's title, how many items it holds, and the items, read a page at a time."""

    item_clicked = Signal(object)  # Occurrence
    item_activated = Signal(object)  # Occurrence

    def __init__(self, zone: dt.tzinfo, pager: Pager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone, self.pager = zone, pager
        self.day: dt.date | None = None
        self.total = 0
        self.icons = KindIcons()
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel(self)
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("The day's activities"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)  # long subjects wrap instead of scrolling sideways
        self.list.setUniformItemSizes(True)
        self.list.itemClicked.connect(
            lambda item: self.item_clicked.emit(item.data(OCCURRENCE_ROLE))
        )
        self.list.itemActivated.connect(
            lambda item: self.item_activated.emit(item.data(OCCURRENCE_ROLE))
        )
        bar = self.list.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        # A page that does not fill the list leaves nothing to scroll: read the next.
        bar.rangeChanged.connect(lambda _low, _high: self._scrolled(bar.value()))
        self.empty = QLabel(_tr("Nothing planned."), self)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)

    def show_day(
        self,
        day: dt.date,
        total: int,
        at: dt.datetime | None = None,
        first_page: list[Occurrence] | None = None,
    ) -> None:
        """``day``'s first page (``first_page``, when it was read already); ``total``: how
        many items it holds in all. With ``at``, the pages up to the first timed item
        starting then or later, scrolled to it."""
        self.day = None  # nothing is read while the list empties
        self.list.clear()
        self.icons = KindIcons()
        self.day, self.total = day, total
        self.title.setText(format_date(day, self.locale()))
        self.count.setText(count_text(total))
        self.count.setVisible(total > 0)
        if first_page is None:
            self.fetch_more()
        else:
            for occurrence in first_page[:PAGE]:
                self.list.addItem(agenda_item(occurrence, self.zone, day, self.icons))
        self.empty.setVisible(self.list.count() == 0)
        if at is not None:
            self.scroll_to(at)

    def scroll_to(self, at: dt.datetime) -> None:
        """Pages read until the first timed item starting at ``at`` or later, shown at
        the top."""
        checked = 0
        while checked < self.list.count() or self.can_fetch_more():
            if checked == self.list.count():
                self.fetch_more()
                if checked == self.list.count():
                    return  # the day changed since it was counted
            item = self.list.item(checked)
            o = item.data(OCCURRENCE_ROLE)
            if not o.all_day and o.start >= at:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
                return
            checked += 1

    def can_fetch_more(self) -> bool:
        return self.day is not None and self.list.count() < self.total

    def fetch_more(self) -> None:
        """The next page of the day's items, below those shown."""
        if self.day is None:
            return
        for occurrence in self.pager(self.day, self.list.count(), PAGE):
            self.list.addItem(agenda_item(occurrence, self.zone, self.day, self.icons))

    def _scrolled(self, value: int) -> None:
        if value >= self.list.verticalScrollBar().maximum() and self.can_fetch_more():
            self.fetch_more()


class DayListDialog(QDialog):
    """A day's whole agenda in a window of its own (what "+n more" opens); a click on an
    item shows it in the form beside the calendar."""

    def __init__(
        self,
        zone: dt.tzinfo,
        pager: Pager,
        day: dt.date,
        total: int,
        parent: QWidget,
        *,
        at: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(format_date(day, self.locale()))
        self.day_list = DayList(zone, pager, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.day_list, 1)
        layout.addWidget(buttons)
        self.resize(520, 600)
        self.day_list.show_day(day, total, at)
