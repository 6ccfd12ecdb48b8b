"""Restore from backup: the dialog that lists the backups, the administrator's name and
password an office database asks for, and the words for what a restore on its worker
thread is doing (views/admin/database_actions.py runs it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.database.types import BackupInfo, RestoreStep
from crm_desktop.views import formatting
from crm_desktop.views.admin.login_dialog import done_or_said, message_label, password_line
from crm_desktop.views.qt_texts import translator

_tr = translator("database_actions")

KIND_NAMES = {
    "daily": "Daily",
    "weekly": "Weekly",
    "manual": "Made by hand",
    "pre-migration": "Before an upgrade",
    "pre-restore": "Before a restore",
    "file": "Chosen file",
}


class RestoreDialog(QDialog):
    """The backups of this database, newest first, with date, kind and size."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        locale = QLocale()
        intro = QLabel(
            self.tr(
                "Restoring replaces the whole database with the backup; everything saved "
                "after it is lost. The database as it is now is backed up first."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        for info in backups:
            item = QTreeWidgetItem(
                [
                    formatting.format_datetime(info.taken_at, locale),
                    _tr(KIND_NAMES.get(info.kind, info.kind)),
                    locale.formattedDataSize(info.size),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(info.path))
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if backups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Restore"))
        ok.setEnabled(bool(backups))
        # A backup kept elsewhere (a USB stick, a colleague's copy) can be restored too.
        self.choose_button = self.buttons.addButton(
            self.tr("Choose a file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.choose_button.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemDoubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from backup"),
            str(Path.home()),
            self.tr("Database backups (*.sqlite3);;All files (*)"),
        )
        if not path:
            return
        chosen = Path(path)
        stat = chosen.stat()
        info = BackupInfo(chosen, "file", dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size)
        self.backups.insert(0, info)
        item = QTreeWidgetItem(
            [
                formatting.format_datetime(info.taken_at, QLocale()),
                _tr(KIND_NAMES["file"]),
                QLocale().formattedDataSize(info.size),
            ]
        )
        item.setToolTip(0, str(chosen))
        self.tree.insertTopLevelItem(0, item)
        self.tree.setCurrentItem(item)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def chosen(self) -> BackupInfo | None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        return self.backups[row] if 0 <= row < len(self.backups) else None


class AdministratorDialog(QDialog):
    """Before an office database is restored: an administrator's user name and password,
    checked by ``check(name, password)`` (a service call); a refusal is said under the
    fields and the dialog stays open for another try."""

    def __init__(
        self, username: str, check: Callable[[str, str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.check = check
        #: the name and password that were accepted
        self.credentials: tuple[str, str] | None = None
        intro = QLabel(
            self.tr(
                "Only an administrator may restore this database: every user's records "
                "go back to the day of the backup."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.username = QLineEdit(username, self)
        self.password = password_line(self)
        self.message = message_label(self)
        Button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel, self)
        self.buttons.button(Button.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Administrator"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def try_accept(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if done_or_said(self.message, lambda: self.check(name, password)):
            self.credentials = (name, password)
            self.accept()
        else:
            self.password.clear()
            self.password.setFocus()


@dataclass(frozen=True)
class Restored:
    """How a restore ended: ``done``, or not (cancelled, or ``others`` use the database)."""

    info: BackupInfo
    done: bool
    others: list[str] = field(default_factory=list)


def restore_step_text(step: int) -> str:
    """What the restore's progress says during ``step`` (a :class:`RestoreStep`)."""
    texts = {
        RestoreStep.CHECK: QCoreApplication.translate("database_actions", "Checking the backup…"),
        RestoreStep.STAGE: QCoreApplication.translate(
            "database_actions", "Copying the backup beside the database…"
        ),
        RestoreStep.LOCK: QCoreApplication.translate(
            "database_actions", "Waiting for other users to finish saving…"
        ),
        RestoreStep.KEEP_OLD: QCoreApplication.translate(
            "database_actions", "Keeping a copy of the database as it is now…"
        ),
        RestoreStep.REPLACE: QCoreApplication.translate(
            "database_actions", "Restoring the backup into the database…"
        ),
    }
    return texts[RestoreStep(step)]
