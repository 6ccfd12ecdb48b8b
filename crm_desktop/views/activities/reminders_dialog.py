"""The reminders window: what is due, with Snooze, Dismiss and Open, and the phrases that
say when each reminder's activity starts ("in 10 min", "2 days ago").

It is a non-modal window the notifier (reminders.py) fills and acts through.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.activities.occurrences import Occurrence
from crm_desktop.services.activities.types import SNOOZE_CHOICES
from crm_desktop.views import icons
from crm_desktop.views.activities.common import kind_text, when_text
from crm_desktop.views.activities.history import kind_icon
from crm_desktop.views.formatting import english_plural
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.activities.types import Reminder
    from crm_desktop.views.activities.reminders import ReminderNotifier

KEY_ROLE = Qt.ItemDataRole.UserRole


_tr = translator("reminders")


class ReminderPhrases(QObject):
    """Phrases with a number in them: ``tr()`` with the number picks the language's plural
    form (Icelandic says "eftir 3 daga" but "fyrir 3 dögum", and singular for 21)."""

    def relative(self, start: dt.datetime, now: dt.datetime) -> str:
        """ "in 10 min", "now", "25 min ago", "in 3 h", "2 days ago"."""
        minutes = round((start - now).total_seconds() / 60)
        size = abs(minutes)
        # Whole phrases: languages put "in" and "ago" in different places and cases.
        if size < 1:
            return self.tr("now")
        if size < 60:
            if minutes > 0:
                return self.tr("in %n min", "", size)
            return self.tr("%n min ago", "", size)
        hours = round(size / 60)
        # Decided on the rounded hours, so that 47 h 40 min is not "48 h" beside "2 days".
        if hours < 48:
            if minutes > 0:
                return self.tr("in %n h", "", hours)
            return self.tr("%n h ago", "", hours)
        days = round(size / 1440)
        if minutes > 0:
            return english_plural(self.tr("in %n day(s)", "", days), days)
        return english_plural(self.tr("%n day(s) ago", "", days), days)

    def missed(self, count: int) -> str:
        text = self.tr("%n reminder(s) came due while CRM Desktop was closed.", "", count)
        return english_plural(text, count)

    def several(self, count: int) -> str:
        return english_plural(self.tr("%n reminder(s)", "", count), count)


def relative_text(start: dt.datetime, now: dt.datetime) -> str:
    return ReminderPhrases().relative(start, now)


def reminder_occurrence(reminder: Reminder) -> Occurrence:
    return Occurrence(
        reminder.activity_id,
        reminder.kind,
        reminder.subject,
        reminder.start,
        reminder.end,
        reminder.all_day,
        None,
        0,
    )


def _snooze_text(minutes: int) -> str:
    if minutes == 60:
        return _tr("1 hour")
    return _tr("%1 minutes").replace("%1", str(minutes))


class RemindersDialog(QDialog):
    """The due reminders: when, what, about whom; snooze, dismiss or open each."""

    def __init__(self, notifier: ReminderNotifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.setModal(False)
        self.setWindowTitle(_tr("Reminders"))
        self.setWindowIcon(icons.icon("reminder"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [_tr("Starts"), _tr("When"), _tr("Type"), _tr("Subject"), _tr("Related to")]
        )
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.snooze_choice = QComboBox(self)
        self.snooze_choice.setAccessibleName(_tr("Snooze for"))
        for minutes in SNOOZE_CHOICES:
            self.snooze_choice.addItem(_snooze_text(minutes), minutes)
        self.snooze_button = QPushButton(_tr("Snooze"), self)
        self.dismiss_button = QPushButton(_tr("Dismiss"), self)
        self.dismiss_all_button = QPushButton(_tr("Dismiss all"), self)
        self.open_button = QPushButton(_tr("Open"), self)
        self.close_button = QPushButton(_tr("Close"), self)
        self.snooze_button.clicked.connect(self.snooze_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.dismiss_all_button.clicked.connect(self.dismiss_all)
        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.snooze_choice)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.dismiss_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(720, 320)
        self.reminders: list[Reminder] = []

    def set_reminders(self, reminders: list[Reminder], now: dt.datetime, missed: int = 0) -> None:
        selected = self.selected()
        self.reminders = reminders
        self.tree.clear()
        zone = self.notifier.zone
        for reminder in reminders:
            item = QTreeWidgetItem(
                [
                    relative_text(reminder.start, now),
                    when_text(reminder_occurrence(reminder), zone, self.locale()),
                    kind_text(reminder.kind),
                    reminder.subject,
                    reminder.related_name or "",
                ]
            )
            item.setIcon(2, kind_icon(reminder.kind))
            item.setData(0, KEY_ROLE, reminder.key)
            if reminder.location:
                item.setToolTip(3, reminder.location)
            self.tree.addTopLevelItem(item)
            if selected is not None and reminder.key == selected.key:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        if missed:
            self.intro.setText(ReminderPhrases().missed(missed))
        elif not reminders:
            self.intro.setText(_tr("No reminders are due."))
        else:
            self.intro.setText(_tr("Due now:"))
        self._update_buttons()

    def selected(self) -> Reminder | None:
        item = self.tree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return next((r for r in self.reminders if r.key == key), None)

    def snooze_selected(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            self.notifier.snooze(reminder, int(self.snooze_choice.currentData()))

    def dismiss_selected(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            self.notifier.dismiss(reminder)
            self._close_when_done()

    def dismiss_all(self) -> None:
        for reminder in list(self.reminders):
            self.notifier.dismiss(reminder, update=False)
        self.notifier.check()
        self._close_when_done()

    def _close_when_done(self) -> None:
        # Nothing left to act on: the window goes, rather than staying to say so.
        if not self.reminders:
            self.hide()

    def open_selected(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            self.notifier.open_requested.emit(reminder.activity_id)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.snooze_button, self.dismiss_button, self.open_button):
            button.setEnabled(chosen)
        self.dismiss_all_button.setEnabled(bool(self.reminders))
