"""Settings shared by everyone on the database: the company printed on documents, tax
rates, currencies, default terms and currency. Everything goes through services.settings.

The dialog edits copies; Apply (or OK) saves each page in turn, and stops at the first
page with something that cannot be saved, showing that page and what is wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.services import Services
from crm_desktop.services.settings import CompanySettings
from crm_desktop.views.field_widgets import ERROR_STYLE, translated_errors
from crm_desktop.views.settings_tables import CurrenciesPage, TaxRatesPage

LOGO_PREVIEW = (240, 90)


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings_dialog", text)


def _text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class CompanyPage(QWidget):
    """The seller's block on quotes and orders, with the logo."""

    FIELDS = ("name", "tax_id", "phone", "email", "website")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.logo: bytes | None = None
        labels = {
            "name": self.tr("Company name"),
            "tax_id": self.tr("Tax ID"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "website": self.tr("Website"),
        }
        self.lines = {name: QLineEdit(self) for name in self.FIELDS}
        self.address = _text_box(self, 3)
        self.bank_details = _text_box(self, 3)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("Choose image…"), self)
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        self.logo_message = QLabel(self)
        self.logo_message.setStyleSheet(ERROR_STYLE)
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
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        form = QFormLayout(self)
        form.addRow(labels["name"], self.lines["name"])
        form.addRow(self.tr("Address"), self.address)
        for name in ("tax_id", "phone", "email", "website"):
            form.addRow(labels[name], self.lines[name])
        form.addRow(self.tr("Bank details"), self.bank_details)
        form.addRow(self.tr("Logo"), logo_cell)
        form.addRow(self.message)
        self.reload()

    def reload(self) -> None:
        company = self.services.settings.company()
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

    def apply(self) -> bool:
        try:
            self.services.settings.save_company(self.company())
        except DomainError as exc:
            errors = exc.errors if isinstance(exc, ValidationError) else {"": str(exc)}
            self.message.setText("\n".join(translated_errors(errors).values()))
            self.message.show()
            return False
        self.message.hide()
        return True


class DocumentsPage(QWidget):
    """What a new quote or order starts with: the currency and the terms."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.currency = QComboBox(self)
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in CURRENCY_DECIMALS:
            self.currency.addItem(code, code)
        self.quote_terms = _text_box(self, 6)
        self.order_terms = _text_box(self, 6)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Default currency"), self.currency)
        form.addRow(self.tr("Terms of new quotes"), self.quote_terms)
        form.addRow(self.tr("Terms of new sales orders"), self.order_terms)
        form.addRow(self.message)
        self.reload()

    def reload(self) -> None:
        settings = self.services.settings
        self.loaded = (
            settings.default_currency(),
            settings.default_terms("quotes"),
            settings.default_terms("sales_orders"),
        )
        self.currency.setCurrentIndex(max(0, self.currency.findData(self.loaded[0])))
        self.quote_terms.setPlainText(self.loaded[1])
        self.order_terms.setPlainText(self.loaded[2])

    def apply(self) -> bool:
        settings = self.services.settings
        now = (
            str(self.currency.currentData()),
            self.quote_terms.toPlainText().strip(),
            self.order_terms.toPlainText().strip(),
        )
        try:
            if now[0] != self.loaded[0]:
                settings.set_default_currency(now[0])
            if now[1] != self.loaded[1]:
                settings.set_default_terms("quotes", now[1])
            if now[2] != self.loaded[2]:
                settings.set_default_terms("sales_orders", now[2])
        except DomainError as exc:
            errors = exc.errors if isinstance(exc, ValidationError) else {"": str(exc)}
            self.message.setText("\n".join(translated_errors(errors).values()))
            self.message.show()
            return False
        self.loaded = now
        self.message.hide()
        return True


class SettingsDialog(QDialog):
    """Company, tax rates, currencies and document defaults, on four pages."""

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
        Button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Apply, self)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(Button.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    def pages(self) -> list[Any]:
        return [self.company, self.tax_rates, self.currencies, self.documents]

    def apply(self) -> bool:
        """Save every page; the first page that cannot be saved is shown. True when all are."""
        for page in self.pages():
            if not page.apply():
                self.tabs.setCurrentWidget(page)
                return False
        return True

    def save_and_close(self) -> None:
        if self.apply():
            self.accept()


def install_settings(window: Any) -> QAction:
    """Tools › Settings… (the Preferences item of the application menu on macOS)."""
    action = QAction(_tr("&Settings…"), window)
    action.setObjectName("settings_action")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))

    def open_dialog() -> None:
        existing = window.findChild(SettingsDialog)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return
        dialog = SettingsDialog(window.services, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    action.triggered.connect(open_dialog)
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
    return action
