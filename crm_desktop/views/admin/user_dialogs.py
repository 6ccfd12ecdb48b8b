"""The small dialogs of Settings › Users and › Roles and rights: an account, a role and
a group, a name; and Tools › Change password…, the user's own password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import Services
from crm_desktop.views.admin.login_dialog import (
    PasswordDialog,
    done_or_said,
    message_label,
    password_line,
)
from crm_desktop.views.qt_texts import translator

_tr = translator("user_dialogs")


def role_text(name: str) -> str:
    """A role's name as shown: the built-in ones in the user's language."""
    built_in = {
        "Administrator": _tr("Administrator"),
        "Manager": _tr("Manager"),
        "Staff": _tr("Staff"),
    }
    return built_in.get(name, name)


def role_box(services: Services, parent: QWidget, current: str) -> QComboBox:
    """The roles to choose from (their names are the data), on ``current``."""
    box = QComboBox(parent)
    for role in services.office.roles():
        box.addItem(role_text(role.name), role.name)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


def group_box(services: Services, parent: QWidget, current: str) -> QComboBox:
    """No group or one of the groups (their user names are the data), on ``current``."""
    box = QComboBox(parent)
    box.addItem(_tr("No group"), None)
    for account in services.users.accounts():
        if account.is_group:
            box.addItem(account.full_name, account.username)
    box.setCurrentIndex(max(box.findText(current), 0))
    return box


def password_action(services: Services, window: QWidget) -> QAction:
    """Tools › Change password…: the user's own password, on an office database."""
    action = QAction(_tr("Change &password…"), window)
    action.setObjectName("password_action")
    save = services.users.change_password

    def change() -> None:
        dialog = PasswordDialog(_tr("Change password"), save, window, current=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(change)
    return action


class FormDialog(QDialog):
    """A few fields (``form``) with OK and Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        Button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(360)


class NameDialog(FormDialog):
    """One name to type (a group's, a role's)."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name = QLineEdit(self)
        self.form.addRow(label, self.name)


class AddUserDialog(QDialog):
    """A new account: name, role, group and first password."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add user"))
        self.services = services
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.role = role_box(services, self, "Staff")
        self.group = group_box(services, self, "")
        self.password = password_line(self)
        self.again = password_line(self)
        self.message = message_label(self)
        Button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel, self)
        self.buttons.accepted.connect(self.try_add)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)

    def try_add(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            self.message.show()
            return
        added = done_or_said(
            self.message,
            lambda: self.services.users.add_user(
                self.username.text(),
                self.password.text(),
                self.role.currentData(),
                full_name=self.full_name.text(),
                group=self.group.currentData(),
            ),
        )
        if added:
            self.accept()
