"""Reminders while the program runs: a desktop notification and a list to act on.

Every :data:`CHECK_INTERVAL_MS` the notifier asks the reminder service what is due at
the clock's time. What has not been announced yet comes up as a notification of the
system tray (where there is one) and in the reminders window, a non-modal window with
Snooze, Dismiss and Open. When the program starts, the reminders that came due while it
was closed are shown at once; those an earlier run showed and nobody dismissed are listed
without coming up again. The clock is injected, so tests move time instead of waiting
for it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.views import icons
from crm_desktop.views.activities.common import kind_text, when_text, zone_named
from crm_desktop.views.activities.reminders_dialog import (
    ReminderPhrases,
    RemindersDialog,
    reminder_occurrence,
)
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.activities.types import Reminder
    from crm_desktop.views.shell.main_window import MainWindow

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 30_000
#: how often the time of the last look is written (it marks what counts as missed)
MARK_EVERY = dt.timedelta(minutes=5)


_tr = translator("reminders")


class ReminderNotifier(QObject):
    """Checks on a timer, announces what came due, and keeps the reminders window current."""

    #: the user wants to see an activity
    open_requested = Signal(int)
    #: the due reminders changed (the status bar button shows their number)
    due_changed = Signal(int)

    def __init__(
        self,
        services: Services,
        parent: QWidget,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        zone_name: str | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.zone_name, self.zone = zone_named(zone_name)
        self.service = services.reminders(self.zone)
        #: (key, when due) of what has been announced in this run
        self.announced: set[tuple[tuple[int, dt.datetime], dt.datetime]] = set()
        self.due: list[Reminder] = []
        #: tray notifications given: (title, text), newest last
        self.notifications: list[tuple[str, str]] = []
        self._marked: dt.datetime | None = None
        #: the list was to come up before the window was on screen (reminders due at start)
        self._pending: bool | None = None
        # A child of the window: the window manager keeps it above the window.
        self.dialog = RemindersDialog(self, parent)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icons.app_icon(), self)
            self.tray.setToolTip(_tr("CRM Desktop reminders"))
            self.tray.messageClicked.connect(self.show_list)
            self.tray.activated.connect(lambda *_: self.show_list())
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Show what came due while the program was closed, then check on the timer.

        A reminder due before this user's program last looked was shown then (the look
        that is remembered shows all that is due): still pending, it stays in the list and
        its count, but it does not bring the list up again as if it were new."""
        now = self.clock()
        try:
            seen, missed = self.service.seen_and_missed(now)
        except DomainError as exc:
            log.warning("cannot read reminders: %s", exc)
            seen, missed = [], []
        self.announced.update((r.key, r.remind_at) for r in seen)
        self.check(missed=len(missed))
        self.timer.start()

    def check(self, missed: int = 0) -> list[Reminder]:
        """Look now: announce what newly came due; returns the due reminders."""
        now = self.clock()
        try:
            self.due = self.service.due(now)
        except DomainError as exc:  # busy or unreadable: the next look tries again
            log.warning("cannot read reminders: %s", exc)
            return self.due
        fresh = [r for r in self.due if (r.key, r.remind_at) not in self.announced]
        self.announced.update((r.key, r.remind_at) for r in fresh)
        self.dialog.set_reminders(self.due, now, missed)
        if fresh:
            self._notify(fresh)
            self.show_list(activate=not self._typing())
            QApplication.alert(self.window)
        self.due_changed.emit(len(self.due))
        self._mark(now)
        return self.due

    def _notify(self, fresh: list[Reminder]) -> None:
        first = fresh[0]
        title = _tr("Reminder") if len(fresh) == 1 else ReminderPhrases().several(len(fresh))
        lines = [
            f"{when_text(reminder_occurrence(r), self.zone, self.dialog.locale())} · {r.subject}"
            for r in fresh[:3]
        ]
        if len(fresh) > 3:
            lines.append(_tr("and %1 more").replace("%1", str(len(fresh) - 3)))
        text = "\n".join(lines) if len(fresh) > 1 else f"{kind_text(first.kind)}: {lines[0]}"
        self.notifications.append((title, text))
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _mark(self, now: dt.datetime) -> None:
        if self._marked is not None and now - self._marked < MARK_EVERY:
            return
        try:
            self.service.mark_checked(now)
        except DomainError as exc:
            log.warning("cannot note the reminders check: %s", exc)
            return
        self._marked = now

    def show_list(self, activate: bool = True) -> None:
        """The reminders window in front of the main window; with the keyboard unless
        ``activate`` is false (it came due while the user was typing)."""
        if not self.window.isVisible():
            # At start the list is filled before the window is shown: shown first, it would
            # end up behind the window. It comes up once the window is on screen.
            if self._pending is None:
                self.window.installEventFilter(self)
            self._pending = activate or bool(self._pending)
            return
        dialog = self.dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        dialog.show()
        dialog.raise_()
        if activate:
            dialog.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            # The show event comes before the window is mapped: after it, in the next turn.
            QTimer.singleShot(0, self._show_pending)
        return super().eventFilter(watched, event)

    def _show_pending(self) -> None:
        if self._pending is None or not self.window.isVisible():
            return
        self.window.removeEventFilter(self)
        activate, self._pending = self._pending, None
        self.show_list(activate)

    def _typing(self) -> bool:
        """The user is typing into a form of the window (it has the keyboard and unsaved
        changes). A reminder then comes up in front without taking the keys: the rest of
        a word would land in the list. The window's taskbar entry still asks to be seen."""
        focus = QApplication.focusWidget()
        if focus is None or QApplication.activeWindow() is not self.window:
            return False
        current_form = getattr(self.window, "current_form", None)
        form = current_form() if callable(current_form) else None
        return form is not None and form.is_dirty() and form.isAncestorOf(focus)

    def snooze(self, reminder: Reminder, minutes: int) -> None:
        try:
            self.service.snooze(
                reminder.activity_id, reminder.occurrence_start, minutes, self.clock()
            )
        except DomainError as exc:
            self.dialog.intro.setText(str(exc))
            return
        self.check()

    def dismiss(self, reminder: Reminder, *, update: bool = True) -> None:
        try:
            self.service.dismiss(reminder.activity_id, reminder.occurrence_start, self.clock())
        except DomainError as exc:
            self.dialog.intro.setText(str(exc))
            return
        if update:
            self.check()

    def stop(self) -> None:
        """The program closes: stop looking, and note the time of the last look."""
        self.timer.stop()
        self._marked = None
        self._mark(self.clock())
        if self.tray is not None:
            self.tray.hide()


def install_reminders(
    window: MainWindow,
    clock: Callable[[], dt.datetime] | None = None,
    *,
    zone_name: str | None = None,
    start: bool = True,
) -> ReminderNotifier:
    """Reminders for the window's user: a status bar button, notifications, the list;
    looking for them begins now, or (``start`` false) at the caller's ``start()``."""
    notifier = ReminderNotifier(window.services, window, clock=clock, zone_name=zone_name)
    button = QToolButton(window)
    button.setObjectName("reminders_button")
    button.setIcon(icons.icon("reminder"))
    button.setAutoRaise(True)
    button.setToolTip(_tr("Reminders"))
    button.clicked.connect(lambda: notifier.show_list())  # not with "checked" for activate

    def count(due: int) -> None:
        button.setText(str(due) if due else "")
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if due
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )

    notifier.due_changed.connect(count)
    window.statusBar().addPermanentWidget(button)
    notifier.open_requested.connect(
        lambda activity_id: window.open_record("activities", activity_id)
    )
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(notifier.stop)
    if start:
        notifier.start()
    return notifier
