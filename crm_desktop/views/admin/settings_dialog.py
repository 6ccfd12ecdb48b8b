"""Settings shared by everyone on the database: the company printed on documents, tax
rates, currencies, default terms and currency. Everything goes through services.settings.

The dialog edits copies. Apply (or OK) saves what was changed on every page in one
service call (one transaction), and only over what the dialog read: when someone else saved
the same settings meanwhile, nothing is saved and the user is shown their values, to keep
theirs or write over them. What cannot be saved is shown on its page.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.services.settings.edit import SettingsChanged, SettingsEdit
from crm_desktop.services.settings.keys import (
    CompanySettings,
    company_key,
)
from crm_desktop.views.admin.mail_page import MailPage, mail_account_action
from crm_desktop.views.admin.rights_page import RightsPage
from crm_desktop.views.admin.settings_conflict import Clash, SettingsConflictBox
from crm_desktop.views.admin.settings_documents import DocumentsPage, text_box
from crm_desktop.views.admin.settings_tables import CurrenciesPage, TaxRatesPage
from crm_desktop.views.admin.support_page import SupportPage
from crm_desktop.views.admin.user_dialogs import password_action
from crm_desktop.views.admin.users_page import UsersPage
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.qt_texts import translated_errors, translator

if TYPE_CHECKING:
    from crm_desktop.services import Services

LOGO_PREVIEW = (240, 90)


_tr = translator("settings_dialog")


class CompanyPage(QWidget):
    """The seller's block on quotes and orders, with the logo."""

    FIELDS = ("name", "tax_id", "phone", "email", "website")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.logo: bytes | None = None
        labels = self.labels = {
            "name": self.tr("Company name"),
            "address": self.tr("Address"),
            "tax_id": self.tr("Tax ID"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "website": self.tr("Website"),
            "bank_details": self.tr("Bank details"),
            "logo": self.tr("Logo"),
        }
        self.lines = {name: QLineEdit(self) for name in self.FIELDS}
        self.address = text_box(self, 3)
        self.bank_details = text_box(self, 3)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("Choose image…"), self)
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        self.logo_message = QLabel(self)
        show_as_error(self.logo_message)
        self.logo_message.setWordWrap(True)
        self.logo_message.hide()
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_button)
        logo_buttons.addWidget(self.remove_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_cell = QVBoxLayout()
        logo_cell.addLayout(logo_row)
        logo_cell.addWidget(self.logo_message)
        self.message = QLabel(self)
        show_as_error(self.message)
        self.message.hide()

        form = QFormLayout(self)
        form.addRow(labels["name"], self.lines["name"])
        form.addRow(labels["address"], self.address)
        for name in ("tax_id", "phone", "email", "website"):
            form.addRow(labels[name], self.lines[name])
        form.addRow(labels["bank_details"], self.bank_details)
        form.addRow(labels["logo"], logo_cell)
        form.addRow(self.message)
        self.reload()

    def reload(self) -> None:
        company = self.loaded = self.services.settings.company()
        for name, line in self.lines.items():
            line.setText(getattr(company, name))
            line.setCursorPosition(0)
        self.address.setPlainText(company.address)
        self.bank_details.setPlainText(company.bank_details)
        self.set_logo(company.logo)

    def company(self) -> CompanySettings:
        return CompanySettings(
            **{name: line.text().strip() for name, line in self.lines.items()},
            address=self.address.toPlainText().strip(),
            bank_details=self.bank_details.toPlainText().strip(),
            logo=self.logo,
        )

    def _show(self, name: str, value: Any) -> None:
        if name == "logo":
            self.set_logo(value)
        elif name in self.lines:
            self.lines[name].setText(value)
            self.lines[name].setCursorPosition(0)
        else:
            getattr(self, name).setPlainText(value)

    # -- saving with the other pages (SettingsDialog) ---------------------------------------------
    def check(self) -> bool:
        return True

    def clear_problems(self) -> None:
        self.message.hide()

    def collect(self, edit: SettingsEdit) -> None:
        """The company fields changed since loaded: only those are written."""
        now = self.company()
        for name in self.labels:
            loaded, value = getattr(self.loaded, name), getattr(now, name)
            if value != loaded:
                edit.values[company_key(name)] = (loaded, value)

    def clashes(self, changed: SettingsChanged) -> list[Clash]:
        now = self.company()
        return [
            Clash(
                label, self._text(name, changed.values[key]), self._text(name, getattr(now, name))
            )
            for name, label in self.labels.items()
            if (key := company_key(name)) in changed.values
        ]

    def _text(self, name: str, value: Any) -> str:
        if name == "logo":
            return self.tr("an image") if value else self.tr("No logo")
        return str(value)

    def take(self, changed: SettingsChanged, keep_mine: bool) -> None:
        """Someone else saved these fields: compare with theirs from now on, and show
        theirs unless mine are to be written over them."""
        for name in self.labels:
            key = company_key(name)
            if key in changed.values:
                self.loaded = dataclasses.replace(self.loaded, **{name: changed.values[key]})
                if not keep_mine:
                    self._show(name, changed.values[key])

    def show_errors(self, errors: dict[str, str]) -> bool:
        prefix = company_key("")
        mine = {k.removeprefix(prefix): v for k, v in errors.items() if k.startswith(prefix)}
        logo = mine.pop("logo", None)
        if logo is not None:
            self._logo_problem(translated_errors({"logo": logo})["logo"])
        if mine:
            self.message.setText("\n".join(translated_errors(mine).values()))
            self.message.show()
        return bool(mine) or logo is not None

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Take the image at ``path`` as the logo; a file that is not one is refused."""
        try:
            data = self.services.settings.read_logo(path)
        except ValidationError as exc:
            self._logo_problem(translated_errors(exc.errors).get("logo", str(exc)))
            return False
        if QPixmap().loadFromData(data) is False:
            self._logo_problem(self.tr("The file is not an image that can be shown."))
            return False
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        self.logo_message.hide()
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            width, height = LOGO_PREVIEW
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    width - 8,
                    height - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_button.setEnabled(data is not None)

    def _logo_problem(self, text: str) -> None:
        self.logo_message.setText(text)
        self.logo_message.show()


class SettingsDialog(QDialog):
    """Company, tax rates, currencies and document defaults, on four pages saved together;
    the users and the roles' rights on two more, each change saved at once."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.services = services
        self.tabs = QTabWidget(self)
        self.company = CompanyPage(services, self.tabs)
        self.tax_rates = TaxRatesPage(services, self.tabs)
        self.currencies = CurrenciesPage(services, self.tabs)
        self.documents = DocumentsPage(services, self.tabs)
        self.tabs.addTab(self.company, self.tr("Company"))
        self.tabs.addTab(self.tax_rates, self.tr("Tax rates"))
        self.tabs.addTab(self.currencies, self.tr("Currencies"))
        self.tabs.addTab(self.documents, self.tr("Quotes and orders"))
        self.users = UsersPage(services, self.tabs)
        self.tabs.addTab(self.users, self.tr("Users"))
        self.rights = RightsPage(services, self.tabs)
        self.tabs.addTab(self.rights, self.tr("Roles and rights"))
        self.support = SupportPage(services, self.tabs)
        self.tabs.addTab(self.support, self.tr("Support and documents"))
        self.mail = MailPage(services, self.tabs)
        self.tabs.addTab(self.mail, self.tr("Mail"))
        Button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Apply, self)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(Button.Apply).clicked.connect(self.apply)
        #: what went wrong that no page shows (a busy database)
        self.message = QLabel(self)
        show_as_error(self.message)
        self.message.setWordWrap(True)
        self.message.hide()
        #: open while the user decides about settings someone else saved meanwhile
        self.conflict_box: SettingsConflictBox | None = None
        self._close_when_saved = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Wide enough for every page's tab (longer in Portuguese or Vietnamese than in
        # English) rather than hiding some behind scroll arrows.
        tabs_width = self.tabs.tabBar().sizeHint().width() + 2 * layout.contentsMargins().left()
        self.resize(max(720, tabs_width + 8), 560)

    def pages(self) -> list[Any]:
        return [self.company, self.tax_rates, self.currencies, self.documents]

    def apply(self) -> bool:
        """Save what changed on every page at once; True when saved (or nothing changed).
        False when something cannot be saved (its page is shown) or when someone else saved
        the same settings meanwhile (the user is asked; the answer saves)."""
        self._close_when_saved = False
        return self._save()

    def save_and_close(self) -> None:
        self._close_when_saved = True
        if self._save():
            self.accept()

    def _save(self) -> bool:
        self.message.hide()
        for page in self.pages():
            page.clear_problems()
        for page in self.pages():
            if not page.check():
                self.tabs.setCurrentWidget(page)
                return False
        edit = SettingsEdit()
        for page in self.pages():
            page.collect(edit)
        try:
            self.services.settings.save_settings(edit)
        except SettingsChanged as changed:
            self._ask(changed)
            return False
        except ValidationError as exc:
            showing = [page for page in self.pages() if page.show_errors(exc.errors)]
            if showing:
                self.tabs.setCurrentWidget(showing[0])
            else:
                self._tell("\n".join(translated_errors(exc.errors).values()))
            return False
        except DomainError as exc:  # busy, read-only: nothing saved, nothing lost
            self._tell(str(exc))
            return False
        # What is stored now, someone else's changes to other settings included.
        for page in self.pages():
            page.reload()
        return True

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _ask(self, changed: SettingsChanged) -> None:
        clashes = [clash for page in self.pages() for clash in page.clashes(changed)]
        box = self.conflict_box = SettingsConflictBox(clashes, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: self._answered(box, changed, button))
        box.open()

    def _answered(self, box: SettingsConflictBox, changed: SettingsChanged, button: Any) -> None:
        if self.conflict_box is box:
            self.conflict_box = None
        box.deleteLater()
        if button not in (box.keep_theirs, box.write_mine):
            return  # cancelled: nothing saved, every edit still in the dialog
        for page in self.pages():
            page.take(changed, keep_mine=button is box.write_mine)
        if self._save() and self._close_when_saved:
            self.accept()


def open_settings(window: Any, page: str = "") -> SettingsDialog:
    """The settings dialog of ``window`` (the one open is brought forward), on ``page``
    ("company", "tax_rates", "currencies", "documents", "users", "rights", "mail") when
    given."""
    dialog = window.findChild(SettingsDialog)
    if dialog is not None and dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
    else:
        dialog = SettingsDialog(window.services, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
    if page:
        dialog.tabs.setCurrentWidget(getattr(dialog, page))
    return dialog


def install_settings(window: Any) -> QAction:
    """Tools › Settings… (the Preferences item of the application menu on macOS)."""
    action = QAction(_tr("&Settings…"), window)
    action.setObjectName("settings_action")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))

    action.triggered.connect(lambda: open_settings(window))
    # Settings, users and rights are the administrator's: not offered to anyone else.
    action.setVisible(window.services.access.administrator)
    bar = window.menuBar()
    tools = next(
        (a.menu() for a in bar.actions() if a.menu() is not None and a.text() == _tr("&Tools")),
        None,
    )
    if tools is None:
        tools = bar.addMenu(_tr("&Tools"))
        actions = bar.actions()
        help_menu = window.about_action.associatedObjects()
        help_action = next(
            (a for a in actions if a.menu() is not None and a.menu() in help_menu), None
        )
        if help_action is not None:
            bar.insertMenu(help_action, tools)
    tools.addAction(action)
    if window.services.access.office:
        tools.addAction(password_action(window.services, window))
    if not window.services.access.administrator:  # the others' own mail account
        tools.addAction(mail_account_action(window))
    return action
