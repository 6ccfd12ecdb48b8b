"""The login of an office database, and the dialogs that set a password.

The login dialog asks for a user name (the last one given is remembered in the program's
settings; a password never is) and a password, and asks the function it is given to
check them: a wrong password, a disabled account or a locked one is said under the
fields, and the dialog stays open for another try.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.qt_texts import translated_errors

LAST_USER_KEY = "login/last_user"


def password_line(parent: QWidget) -> QLineEdit:
    line = QLineEdit(parent)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    return line


def message_label(parent: QWidget) -> QLabel:
    """A sentence under a dialog's fields: what went wrong (hidden until something did)."""
    label = QLabel(parent)
    show_as_error(label)
    label.setWordWrap(True)
    label.hide()
    return label


def problem_text(error: DomainError) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(translated_errors(error.errors).values())
    return str(error)


def done_or_said(message: QLabel, work: Callable[[], object]) -> bool:
    """Run ``work`` (a service call): True when done; a refusal is said in ``message``."""
    message.hide()
    try:
        work()
    except DomainError as exc:
        message.setText(problem_text(exc))
        message.show()
        return False
    return True


class LoginDialog(QDialog):
    """Who is using the program: ``login(name, password)`` returns their user id."""

    def __init__(
        self,
        database: str,
        login: Callable[[str, str], int],
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to CRM Desktop"))
        self.login = login
        self.settings = settings
        #: the id of the user who logged in (once accepted)
        self.user_id: int | None = None
        heading = QLabel(self.tr("Log in"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        where = QLabel(self.tr("Database: %1").replace("%1", database), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.username = QLineEdit(self)
        self.username.setText(str(settings.value(LAST_USER_KEY, "") or ""))
        self.password = password_line(self)
        self.message = message_label(self)
        Button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel, self)
        self.buttons.button(Button.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if self.username.text() else self.username).setFocus()

    def try_login(self) -> None:
        name = self.username.text().strip()
        try:
            self.user_id = self.login(name, self.password.text())
        except DomainError as exc:  # wrong, disabled, locked, or the database busy
            self.message.setText(str(exc))
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.settings.setValue(LAST_USER_KEY, name)
        self.settings.sync()
        self.accept()


class PasswordDialog(QDialog):
    """A new password, typed twice (and the current one, when ``current`` is asked):
    ``save(current, new)`` stores it, or says in a sentence why not."""

    def __init__(
        self,
        title: str,
        save: Callable[[str, str], None],
        parent: QWidget | None = None,
        *,
        current: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.current = password_line(self) if current else None
        self.new = password_line(self)
        self.again = password_line(self)
        self.message = message_label(self)
        Button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel, self)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if self.current is not None:
            form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def try_save(self) -> None:
        if self.new.text() != self.again.text():
            self._say(self.tr("The two new passwords differ."))
            return
        current = self.current.text() if self.current else ""
        if done_or_said(self.message, lambda: self.save(current, self.new.text())):
            self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
