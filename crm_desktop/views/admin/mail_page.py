"""Settings › Mail: the user's own mail account: the address messages go from, the
outgoing (SMTP) and incoming (IMAP) servers, their passwords kept in the system's
keyring, and "Test connection" saying in one sentence what is wrong.

The page saves on its own ("Save account"): an account is the user's, not the office's.
The keyring is read when the page is first shown, not when the dialog is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.services.mail import passwords
from crm_desktop.services.mail.ports import IMAP_PORTS, SMTP_PORTS
from crm_desktop.services.mail.smtp import check_connection
from crm_desktop.services.mail.types import MailAccount, MailServer, Security
from crm_desktop.views.jobs import JobContext, Jobs
from crm_desktop.views.palette import error_style, show_as_error, success_style
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("mail_settings")


def _security_names() -> dict[Security, str]:
    return {
        Security.SSL: _tr("SSL/TLS"),
        Security.STARTTLS: _tr("STARTTLS"),
        Security.NONE: _tr("None (this computer only)"),
    }


class ServerBox(QGroupBox):
    """Host, port, security, user name and password of one server."""

    def __init__(self, title: str, ports: dict[Security, int], parent: QWidget) -> None:
        super().__init__(title, parent)
        self.ports = ports
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.security = QComboBox(self)
        for security, name in _security_names().items():
            self.security.addItem(name, security)
        self.user_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        show_as_error(self.problem)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(_tr("Server:"), self.host)
        form.addRow(_tr("Port:"), self.port)
        form.addRow(_tr("Security:"), self.security)
        form.addRow(_tr("User name:"), self.user_name)
        form.addRow(_tr("Password:"), self.password)
        form.addRow("", self.problem)
        self.security.currentIndexChanged.connect(self._usual_port)
        self.set_server(None)

    def set_server(self, server: MailServer | None) -> None:
        self.host.setText(server.host if server else "")
        security = server.security if server else Security.SSL
        self.security.blockSignals(True)
        self.security.setCurrentIndex(self.security.findData(security))
        self.security.blockSignals(False)
        self.port.setValue(server.port if server else self.ports[security])
        self.user_name.setText(server.user_name if server else "")
        self.password.clear()

    def server(self) -> MailServer | None:
        """The server as typed; None when no host is given (no such server)."""
        if not self.host.text().strip():
            return None
        return MailServer(
            self.host.text().strip(),
            self.port.value(),
            Security(self.security.currentData()),
            self.user_name.text().strip(),
        )

    def _usual_port(self) -> None:
        # A port still at another protection's usual one follows the protection.
        if self.port.value() in self.ports.values():
            self.port.setValue(self.ports[Security(self.security.currentData())])


class MailPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jobs = Jobs(self)
        self._passwords_read = False
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("ban-hang@congty.vn")
        self.display_name = QLineEdit(self)
        self.address_problem = QLabel(self)
        show_as_error(self.address_problem)
        self.address_problem.hide()
        self.outgoing = ServerBox(_tr("Outgoing mail (SMTP)"), SMTP_PORTS, self)
        self.incoming = ServerBox(_tr("Incoming mail (IMAP)"), IMAP_PORTS, self)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.test_button = QPushButton(_tr("Test connection"), self)
        self.test_button.clicked.connect(self.test_outgoing)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(_tr("Save account"), self)
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel(self)

        top = QFormLayout()
        top.addRow(_tr("Your e-mail address:"), self.address)
        top.addRow("", self.address_problem)
        top.addRow(_tr("Your name as recipients see it:"), self.display_name)
        servers = QHBoxLayout()
        servers.addWidget(self.outgoing)
        servers.addWidget(self.incoming)
        test = QHBoxLayout()
        test.addWidget(self.test_button)
        test.addWidget(self.test_result, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(servers)
        layout.addWidget(self.keyring_note)
        layout.addLayout(test)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        try:
            account = self.services.mail_account()
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self.address.setText(account.address if account else "")
        self.display_name.setText(
            account.display_name if account else self.services.users.current().full_name
        )
        self.outgoing.set_server(account.outgoing if account else None)
        self.incoming.set_server(account.incoming if account else None)
        self._passwords_read = False
        if self.isVisible():
            self._read_passwords()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._passwords_read:
            self._read_passwords()

    def _read_passwords(self) -> None:
        """The keyring's passwords in the boxes, and what the keyring can do here."""
        self._passwords_read = True
        usable = passwords.keyring_usable()
        self.keyring_note.setText(
            _tr("Passwords are kept in this computer's keyring, not in the database.")
            if usable
            else _tr(
                "This computer has no keyring: passwords cannot be remembered; the "
                "program asks for the password each time it sends."
            )
        )
        for box in (self.outgoing, self.incoming):
            server = box.server()
            box.password.setText((passwords.password_for(server) if server else None) or "")

    def account(self) -> MailAccount:
        return MailAccount(
            self.address.text().strip(),
            self.display_name.text().strip(),
            self.incoming.server(),
            self.outgoing.server(),
        )

    def save(self) -> bool:
        """Keep the account, and the passwords in the keyring; True when saved."""
        self.saved.clear()
        for label in (self.address_problem, self.outgoing.problem, self.incoming.problem):
            label.hide()
        account = self.account()
        try:
            self.services.save_mail_account(account)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except DomainError as exc:
            show_domain_error(self, exc)
            return False
        remembered = True
        for box, server in ((self.outgoing, account.outgoing), (self.incoming, account.incoming)):
            if server is None or not server.user_name:
                continue
            if box.password.text():
                remembered &= passwords.remember_password(server, box.password.text())
            else:
                passwords.forget_password(server)
        self.saved.setText(
            _tr("Saved.")
            if remembered
            else _tr("Saved; the password cannot be remembered on this computer.")
        )
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        targets = {"address": self.address_problem}
        for prefix, box in (("smtp", self.outgoing), ("imap", self.incoming)):
            targets.update({f"{prefix}_host": box.problem, f"{prefix}_port": box.problem})
        for name, text in errors.items():
            label = targets.get(name, self.address_problem)
            label.setText(_tr(text))
            label.show()

    def test_outgoing(self) -> None:
        server = self.outgoing.server()
        if server is None:
            self._tested(_tr("Give the outgoing server first."), ok=False)
            return
        password = self.outgoing.password.text() or None
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(_tr("Connecting to %1…").replace("%1", server.host))

        def work(_context: JobContext) -> None:
            check_connection(server, password)

        self.jobs.run(
            work,
            lambda _none: self._tested(_tr("The connection works."), ok=True),
            on_error=lambda text: self._tested(text, ok=False),
        )

    def _tested(self, text: str, *, ok: bool) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(success_style() if ok else error_style())
        self.test_result.setText(text)


def mail_account_action(window: MainWindow) -> QAction:
    """Tools › Mail account…: the Mail page on its own, for users without Settings."""
    action = QAction(_tr("&Mail account…"), window)
    action.setObjectName("mail_account_action")

    def open_page() -> None:
        dialog = QDialog(window)
        dialog.setWindowTitle(_tr("Mail account"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page = MailPage(window.services, dialog)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(page)
        layout.addWidget(close)
        dialog.resize(720, 480)
        dialog.open()

    action.triggered.connect(open_page)
    return action
