"""The Database menu (verify, back up, restore, backup folder), presence and automatic
backups, added to a main window through its public parts.

Slow work (checking or copying a big file, a restore, the heartbeat's write) runs on a worker
thread through :class:`~crm_desktop.views.jobs.Jobs`; its result comes back to the GUI
thread, so the window keeps painting and answering meanwhile.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressDialog,
)

from crm_desktop.errors import DomainError, WriteCancelled
from crm_desktop.services.database.types import (
    HEARTBEAT_SECONDS,
    RESTORE_STEPS,
    BackupInfo,
    DatabaseInUse,
    RestoreCancelled,
    RestoreStep,
)
from crm_desktop.views import formatting
from crm_desktop.views.admin.restoring import (
    AdministratorDialog,
    Restored,
    RestoreDialog,
    restore_step_text,
)
from crm_desktop.views.job_progress import JobProgress
from crm_desktop.views.jobs import Job, JobContext, Jobs
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.models.database import Database
    from crm_desktop.services import Services
    from crm_desktop.services.database.backup import BackupService
    from crm_desktop.services.database.presence import PresenceService
    from crm_desktop.views.shell.main_window import MainWindow

log = logging.getLogger(__name__)


_tr = translator("database_actions")


class DatabaseActions(QObject):
    """The Database menu of one window, and the background work around the open file."""

    #: the database file was replaced by a backup (the window shows its records now)
    restored = Signal()

    def __init__(
        self, window: MainWindow, backup: BackupService, presence: PresenceService | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services: Services = window.services
        self.db: Database = self.services.db
        self.backup = backup
        self.presence = presence
        self.jobs = Jobs(self)
        #: the last message shown, for the status bar and for tests: (icon, text)
        self.message_box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.restore_progress: JobProgress | None = None

        self.verify_action = QAction(self.tr("&Verify database"), self)
        self.verify_action.triggered.connect(self.verify)
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.triggered.connect(self.ask_backup)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self.ask_restore)
        self.folder_action = QAction(self.tr("Open backup &folder"), self)
        self.folder_action.triggered.connect(self.open_backup_folder)
        self.menu = window.menuBar().addMenu(self.tr("&Database"))
        self.menu.setObjectName("database_menu")
        self.menu.addAction(self.verify_action)
        self.menu.addSeparator()
        for action in (self.backup_action, self.restore_action, self.folder_action):
            self.menu.addAction(action)
        # Before Help, where menus conventionally end.
        actions = window.menuBar().actions()
        if len(actions) > 1:
            window.menuBar().insertMenu(actions[-2], self.menu)
        if not self.db.is_sqlite:
            for action in self.menu.actions():
                action.setEnabled(False)
                action.setToolTip(
                    self.tr("A database server is checked and backed up by its own tools.")
                )
        self.restore_action.setEnabled(self.db.is_sqlite and not self.db.read_only)

        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.setInterval(HEARTBEAT_SECONDS * 1000)
        self.heartbeat_timer.timeout.connect(self.heartbeat)
        if presence is not None:
            self.heartbeat_timer.start()

    # -- background work -----------------------------------------------------------------------
    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """``work()`` on a worker thread; ``done`` or ``failed`` (one sentence) after."""
        self.jobs.run(lambda _context: work(), done, on_error=failed or self._failed)

    def busy(self) -> bool:
        return self.jobs.busy()

    def shutdown(self) -> None:
        """No more heartbeats nor answers (the window is closing or moving to another
        database)."""
        self.jobs.shutdown()
        self.heartbeat_timer.stop()

    def _failed(self, text: str) -> None:
        self._close_progress()
        self.tell(QMessageBox.Icon.Warning, text)

    def tell(self, icon: QMessageBox.Icon, text: str) -> None:
        """A message that does not stop the program's event loop (tests read it)."""
        box = QMessageBox(
            icon, _tr("CRM Desktop"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def _show_progress(self, text: str) -> None:
        progress = QProgressDialog(text, "", 0, 0, self.window)
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # small files finish before it would flash
        progress.setValue(0)
        self.progress = progress

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    # -- presence and automatic backups ------------------------------------------------------------
    def heartbeat(self) -> None:
        presence = self.presence
        if presence is not None and not self.db.read_only:
            self.run(presence.heartbeat, lambda _r: None, lambda text: log.warning("%s", text))

    def automatic_backup(self) -> None:
        """Today's backup (and this week's), if not taken yet — off the GUI thread."""
        if not self.db.is_sqlite:
            return
        self.run(self.backup.automatic, self._automatic_done, self._automatic_failed)

    def _automatic_done(self, taken: list[Path]) -> None:
        if taken:
            self.window.statusBar().showMessage(_tr("Backup taken."), 5000)

    def _automatic_failed(self, text: str) -> None:
        log.warning("automatic backup failed: %s", text)
        self.window.statusBar().showMessage(
            _tr("The automatic backup failed: %1").replace("%1", text), 15_000
        )

    # -- the menu --------------------------------------------------------------------------------
    def verify(self) -> None:
        """Integrity and foreign-key checks on a worker thread, then the result."""
        self._show_progress(self.tr("Checking the database…"))
        self.run(self.db.integrity_problems, self._verified)

    def _verified(self, problems: list[str]) -> None:
        self._close_progress()
        if not problems:
            self.tell(QMessageBox.Icon.Information, self.tr("The database is healthy."))
            return
        shown = "\n".join(problems[:20])
        more = len(problems) - 20
        if more > 0:
            shown += "\n" + self.tr("… and %1 more").replace("%1", str(more))
        self.tell(
            QMessageBox.Icon.Warning,
            self.tr(
                "The database has problems; restore a backup (Database > Restore from "
                "backup…) or ask for help.\n\n%1"
            ).replace("%1", shown),
        )

    def ask_backup(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{self.db.path.stem if self.db.path else 'crm'}-{dt.date.today():%Y-%m-%d}.sqlite3"
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up now"),
            str(Path(folder or Path.home()) / name),
            self.tr("Database backups (*.sqlite3);;All files (*)"),
        )
        if path:
            self.backup_to(Path(path))

    def backup_to(self, target: Path) -> None:
        self._show_progress(self.tr("Backing up…"))
        self.run(lambda: self.backup.backup_to(target), self._backed_up)

    def _backed_up(self, target: Path) -> None:
        self._close_progress()
        self.tell(
            QMessageBox.Icon.Information,
            self.tr("The backup is saved as “%1”.").replace("%1", str(target)),
        )

    def ask_restore(self) -> None:
        try:
            backups = self.backup.backups()
        except DomainError as exc:
            self.tell(QMessageBox.Icon.Warning, str(exc))
            return
        dialog = RestoreDialog(backups, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.ask_administrator(dialog.chosen()))
        self.restore_dialog = dialog
        dialog.open()

    def ask_administrator(self, info: BackupInfo | None) -> None:
        """An office database is restored by an administrator: their name and password
        first (the user's own name offered)."""
        if info is None or not self.services.access.office:
            self.restore(info)
            return
        name = self.services.users.current().username
        dialog = AdministratorDialog(name, self.backup.check_restorer, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.restore(info, dialog.credentials))
        self.administrator_dialog = dialog
        dialog.open()

    def restore(
        self, info: BackupInfo | None, credentials: tuple[str, str] | None = None
    ) -> Job | None:
        """Replace the database with a backup on a worker thread, unless others use it;
        its progress has a Cancel (heard until the backup is being copied in).
        ``credentials``: an administrator's, on an office database."""
        if info is None or self.db.path is None:
            return None
        backup, presence, db = self.backup, self.presence, self.db

        def work(context: JobContext) -> Restored:
            # A Cancel also ends a wait for another user's lock of this program's own writes.
            with db.waiting(stop=context.cancelled):
                try:
                    # This program's own row would count as someone else using the database.
                    if presence is not None:
                        presence.leave()
                    backup.restore(
                        info,
                        progress=context.progress,
                        cancelled=context.cancelled,
                        credentials=credentials,
                    )
                except (RestoreCancelled, WriteCancelled):
                    return Restored(info, done=False)
                except DatabaseInUse as exc:
                    return Restored(info, done=False, others=exc.others)
                finally:
                    if presence is not None:
                        # Cancelled while another user saves: the next heartbeat says it.
                        with suppress(WriteCancelled):
                            presence.announce()
            return Restored(info, done=True)

        # Nothing else of this window reads or writes the file while the restore holds it.
        self._pause(True)
        job = Job()
        progress = JobProgress(self.window, restore_step_text(0), job, RESTORE_STEPS)
        progress.setWindowTitle(self.tr("Restore from backup"))
        self.restore_progress = progress

        def step(done: int, total: int, _text: str) -> None:
            if done == RestoreStep.REPLACE:
                progress.no_way_back(restore_step_text(done))
            else:
                progress.step(done, total, restore_step_text(done))

        return self.jobs.run(
            work,
            self._restore_ended,
            on_error=self._restore_failed,
            on_progress=step,
            on_cancelled=self._restore_ended,
            job=job,
        )

    def _pause(self, paused: bool) -> None:
        """Stop (or start again) what uses the file on its own: heartbeats, live refresh."""
        timers = [self.heartbeat_timer] if self.presence is not None else []
        live_refresh = getattr(self.window, "live_refresh", None)
        if live_refresh is not None:
            timers.append(live_refresh.timer)
        for timer in timers:
            if paused:
                timer.stop()
            else:
                timer.start()

    def _restore_finished(self) -> None:
        self._pause(False)
        if self.restore_progress is not None:
            self.restore_progress.finish()
            self.restore_progress = None

    def _restore_failed(self, text: str) -> None:
        self._restore_finished()
        self.tell(QMessageBox.Icon.Warning, text)

    def _restore_ended(self, restored: Restored) -> None:
        self._restore_finished()
        if restored.others:
            self.tell(
                QMessageBox.Icon.Information,
                self.tr(
                    "The backup cannot be restored while others use the database: %1.\n\n"
                    "Ask them to close CRM Desktop, then try again."
                ).replace("%1", ", ".join(restored.others)),
            )
            return
        if not restored.done:
            self.window.statusBar().showMessage(
                self.tr("The restore was cancelled; nothing changed."), 10_000
            )
            return
        self.window.hub.external(set(self.services.registry.keys()))
        self.window.hub.flush()
        self.window.refresh()
        self.restored.emit()
        self.tell(
            QMessageBox.Icon.Information,
            self.tr("The database was restored from the backup of %1.").replace(
                "%1", formatting.format_datetime(restored.info.taken_at, QLocale())
            ),
        )

    def open_backup_folder(self) -> None:
        folder = self.backup.folder
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
