"""Settings › Users: logins on or off, and the accounts of an office database.

A single-user database offers to become an office database (the one who does it is its
first administrator, and every record keeps its owner). An office database lists its
people and groups; the administrator adds users and groups, resets a password, disables
or enables an account, or turns logins off again. Each button acts at once, through
services.users and services.office; a refusal is said on the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import Services
from crm_desktop.services.access.types import Account
from crm_desktop.views.admin.login_dialog import (
    PasswordDialog,
    done_or_said,
    message_label,
    password_line,
)
from crm_desktop.views.admin.user_dialogs import (
    AddUserDialog,
    FormDialog,
    NameDialog,
    group_box,
    role_box,
    role_text,
)


def _sentence(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class UsersPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.stack = QStackedWidget(self)
        self.single = self._single_user_page()
        self.office = self._office_page()
        self.stack.addWidget(self.single)
        self.stack.addWidget(self.office)
        self.message = message_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        #: the dialog open over the page (adding a user, a password), if any
        self.dialog: QDialog | None = None
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _single_user_page(self) -> QWidget:
        page = QWidget(self)
        self.username = QLineEdit(page)
        self.full_name = QLineEdit(page)
        self.password = password_line(page)
        self.again = password_line(page)
        self.turn_on = QPushButton(self.tr("Turn on logins"), page)
        self.turn_on.clicked.connect(self.make_office)
        form = QFormLayout()
        form.addRow(self.tr("Your user name"), self.username)
        form.addRow(self.tr("Your full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _sentence(
                page,
                self.tr(
                    "Nobody logs in to this database: whoever opens it sees and changes "
                    "everything. Turn on logins to give each person of the office a name, "
                    "a password and a role. You become the administrator, and every record "
                    "keeps its owner."
                ),
            )
        )
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.turn_on)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _office_page(self) -> QWidget:
        page = QWidget(self)
        self.table = QTableWidget(0, 5, page)
        headers = (self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Group"))
        self.table.setHorizontalHeaderLabels([*headers, self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_user_button = QPushButton(self.tr("Add user…"), page)
        self.add_user_button.clicked.connect(self.add_user)
        self.add_group_button = QPushButton(self.tr("Add group…"), page)
        self.add_group_button.clicked.connect(self.add_group)
        self.reset_button = QPushButton(self.tr("Reset password…"), page)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button = QPushButton(self.tr("Role and group…"), page)
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("Disable"), page)
        self.active_button.clicked.connect(self.toggle_active)
        self.turn_off = QPushButton(self.tr("Turn off logins…"), page)
        self.turn_off.clicked.connect(self.ask_single_user)
        buttons = QHBoxLayout()
        for button in (self.add_user_button, self.add_group_button, self.role_button,
                       self.reset_button, self.active_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.turn_off)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _sentence(
                page,
                self.tr(
                    "Each person logs in with their own name and password, and sees and "
                    "does what their role allows. On a database file shared on a network "
                    "drive the program enforces this: anyone who can open the file with "
                    "another tool can read all of it. Keep the file where only the office "
                    "can read it, or move the database to a PostgreSQL server."
                ),
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return page

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        office = self.services.office.is_office()
        self.stack.setCurrentWidget(self.office if office else self.single)
        self.accounts: list[Account] = self.services.users.accounts() if office else []
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            if account.is_group:
                state = self.tr("Group")
            elif not account.active:
                state = self.tr("Disabled")
            elif account.locked:
                state = self.tr("Waiting after wrong passwords")
            else:
                state = self.tr("Active")
            role = role_text(account.role)
            cells = (account.username, account.full_name, role, account.group, state)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        account = self.selected()
        person = account is not None and not account.is_group
        self.reset_button.setEnabled(person)
        self.role_button.setEnabled(person)
        self.active_button.setEnabled(person)
        active = account is None or account.active
        self.active_button.setText(self.tr("Disable") if active else self.tr("Enable"))

    # -- acting --------------------------------------------------------------------------------
    def _do(self, work: Callable[[], object]) -> bool:
        """Run ``work`` (a service call) and show the accounts as they are now; a refusal
        is said on the page."""
        if not done_or_said(self.message, work):
            return False
        self.reload()
        return True

    def make_office(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            self.message.show()
            return
        done = self._do(
            lambda: self.services.office.make_office(
                self.username.text(), self.password.text(), self.full_name.text()
            )
        )
        if done:
            self.password.clear()
            self.again.clear()
            self.message.setText(
                self.tr("Logins are on: from the next start, the program asks who you are.")
            )
            self.message.setStyleSheet("")
            self.message.show()

    def ask_single_user(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Turn off logins"),
            self.tr(
                "Turn off logins? From the next start nobody logs in, and whoever opens the "
                "database sees and changes every record. The accounts are kept."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.finished.connect(
            lambda answer: (
                answer == QMessageBox.StandardButton.Yes
                and self._do(self.services.office.make_single_user)
            )
        )
        box.open()

    def add_user(self) -> None:
        self._open(AddUserDialog(self.services, self))

    def add_group(self) -> None:
        dialog = NameDialog(self.tr("Add group"), self.tr("Group name"), self)
        dialog.accepted.connect(
            lambda: self._do(lambda: self.services.users.add_group(dialog.name.text()))
        )
        self._open(dialog)

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        title = self.tr("New password for %1").replace("%1", account.username)
        users = self.services.users

        def save(_current: str, new: str) -> None:
            users.reset_password(account.username, new)

        self._open(PasswordDialog(title, save, self))

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = FormDialog(self.tr("Role and group of %1").replace("%1", account.username), self)
        role = role_box(self.services, dialog, account.role)
        group = group_box(self.services, dialog, account.group)
        dialog.form.addRow(self.tr("Role"), role)
        dialog.form.addRow(self.tr("Group"), group)
        users = self.services.users
        dialog.accepted.connect(
            lambda: self._do(
                lambda: users.set_role(account.username, role.currentData(), group.currentData())
            )
        )
        self._open(dialog)

    def toggle_active(self) -> None:
        account = self.selected()
        if account is not None:
            self._do(lambda: self.services.users.set_active(account.username, not account.active))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.open()
