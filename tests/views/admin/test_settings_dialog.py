"""The settings dialog on real services: company and logo, tax rates, currencies, defaults."""

from __future__ import annotations

import base64
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.services.settings.keys import CompanySettings
from crm_desktop.views.admin.settings_dialog import SettingsDialog
from crm_desktop.views.admin.settings_tables import CurrenciesPage, TaxRatesPage
from tests.views.quotes.quote_helpers import type_text

pytestmark = pytest.mark.usefixtures("english_locale")

D = Decimal


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> SettingsDialog:
    widget = SettingsDialog(services)
    qtbot.addWidget(widget)
    widget.open()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def _type(line: object, text: str) -> None:
    line.selectAll()  # type: ignore[attr-defined]
    type_text(line, text)  # type: ignore[arg-type]


def test_company_round_trip_with_logo(
    qtbot: QtBot, services: Services, dialog: SettingsDialog, logo: Path, tmp_path: Path
) -> None:
    page = dialog.company
    _type(page.lines["name"], "Công ty Cổ phần Phần mềm Sao Mai")
    page.address.setPlainText("12 Tràng Tiền\nHoàn Kiếm, Hà Nội\nViệt Nam")
    _type(page.lines["tax_id"], "0101234567")
    _type(page.lines["phone"], "+84 24 3933 1234")
    _type(page.lines["email"], "banhang@saomai.vn")
    _type(page.lines["website"], "https://saomai.vn")
    page.bank_details.setPlainText("Vietcombank Hà Nội\nSTK 0011 0012 34567")
    text_file = tmp_path / "notes.txt"
    text_file.write_text("không phải ảnh", encoding="utf-8")
    assert not page.set_logo_file(text_file)  # refused, in words, beside the logo
    assert page.logo_message.isVisible()
    assert page.logo_message.text() == "The logo must be a PNG or JPEG image."
    assert page.logo is None
    assert page.set_logo_file(logo)
    assert not page.logo_message.isVisible()
    assert not page.logo_preview.pixmap().isNull()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    company = services.settings.company()
    assert company.name == "Công ty Cổ phần Phần mềm Sao Mai"
    assert company.address.splitlines()[1] == "Hoàn Kiếm, Hà Nội"
    assert (company.tax_id, company.website) == ("0101234567", "https://saomai.vn")
    assert company.bank_details.endswith("STK 0011 0012 34567")
    assert company.logo == logo.read_bytes()

    again = SettingsDialog(services)
    qtbot.addWidget(again)
    assert again.company.lines["email"].text() == "banhang@saomai.vn"
    assert not again.company.logo_preview.pixmap().isNull()
    again.company.remove_button.click()
    assert again.apply()
    assert services.settings.company().logo is None


def test_logo_is_chosen_from_a_file_dialog(
    services: Services, dialog: SettingsDialog, logo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(logo), "Images"))
    )
    dialog.company.choose_button.click()
    assert dialog.company.logo == logo.read_bytes()
    assert base64.b64encode(dialog.company.logo)  # kept until the dialog is applied


def test_tax_rates_add_edit_deactivate_delete(services: Services, dialog: SettingsDialog) -> None:
    old = services.settings.add_tax_rate("Excise", "15")
    dialog.tax_rates.reload()
    page: TaxRatesPage = dialog.tax_rates
    table = page.table
    row = page.add_rate()
    table.item(row, page.NAME).setText("VAT")
    table.item(row, page.PERCENT).setText("101")
    assert not dialog.apply()
    assert dialog.tabs.currentWidget() is page
    assert page.message.text() == "The percent must be a number between 0 and 100."
    assert services.settings.tax_rates() == [services.settings.tax_rates()[0]]  # nothing new
    table.item(row, page.PERCENT).setText("8.5")
    table.item(0, page.ACTIVE).setCheckState(Qt.CheckState.Unchecked)  # Excise inactive
    assert dialog.apply()
    rates = {r.name: r for r in services.settings.tax_rates()}
    assert rates["VAT"].percent == D("8.5") and rates["VAT"].active
    assert not rates["Excise"].active
    table.item(row, page.PERCENT).setText("10")
    table.setCurrentCell(0, 0)
    page.delete_button.click()
    assert dialog.apply()
    assert [(r.name, r.percent) for r in services.settings.tax_rates()] == [("VAT", D(10))]
    assert old.id not in {r.id for r in services.settings.tax_rates()}
    # Two rates of one name are refused before anything is written.
    second = page.add_rate()
    table.item(second, page.NAME).setText("VAT")
    table.item(second, page.PERCENT).setText("5")
    assert not dialog.apply()
    assert page.message.text() == "There is already a tax rate of that name."
    page.delete_rate()


def test_currencies_decimals_and_active(services: Services, dialog: SettingsDialog) -> None:
    page: CurrenciesPage = dialog.currencies
    # Grouping and decimal point follow the user's language, on screen and on paper alike.
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == ["Code", "Name", "Symbol", "Decimals", "Active"]
    row = page.row_of("EUR")
    page.set_cell(row, page.NAME, "Euro (€)")
    page.set_cell(row, page.DECIMALS, 3)
    page.set_cell(page.row_of("ISK"), page.ACTIVE, False)
    assert dialog.apply()
    eur = services.settings.currency("EUR")
    assert (eur.name, eur.decimals) == ("Euro (€)", 3)
    assert not services.settings.currency("ISK").active
    page.set_cell(row, page.NAME, "")
    assert not dialog.apply()
    assert page.message.text() == "Name: This field is required."
    page.set_cell(row, page.NAME, "Euro")
    assert dialog.apply()


def test_default_currency_and_terms(services: Services, dialog: SettingsDialog) -> None:
    page = dialog.documents
    page.currency.setCurrentIndex(page.currency.findData("VND"))
    page.quote_terms.setPlainText("Báo giá có hiệu lực 30 ngày.")
    page.order_terms.setPlainText("Giao hàng trong 10 ngày làm việc.")
    assert dialog.apply()
    assert services.settings.default_currency() == "VND"
    assert services.settings.default_terms("quotes") == "Báo giá có hiệu lực 30 ngày."
    assert services.settings.default_terms("sales_orders").startswith("Giao hàng")
    quote = services.quotes.new("quotes")
    assert (quote.currency, quote.values["terms"]) == ("VND", "Báo giá có hiệu lực 30 ngày.")


def test_the_validity_of_new_quotes(
    qtbot: QtBot, services: Services, dialog: SettingsDialog
) -> None:
    page = dialog.documents
    dialog.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page)
    assert page.validity.value() == 30  # what a database nobody configured gives
    assert page.validity.width() < page.quote_terms.width() / 2  # a short number, not a row
    assert page.validity.suffix() == " days"
    page.validity.setValue(14)
    assert dialog.apply()
    assert services.settings.quote_validity_days() == 14
    valid_until = services.quotes.new("quotes").values["valid_until"]
    assert valid_until == dt.date.today() + dt.timedelta(days=14)
    page.validity.setValue(0)  # "no date": the box says so instead of "0 days"
    assert page.validity.text() == page.validity.specialValueText() == "No date"
    assert dialog.apply()
    assert services.quotes.new("quotes").values.get("valid_until") is None


def test_the_window_opens_it_from_the_tools_menu(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app_module.build_main_window(services, settings, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    assert "&Tools" in menus
    titles = list(menus)
    assert titles.index("&Tools") < titles.index("&Help")
    action = next(a for a in menus["&Tools"].actions() if a.objectName() == "settings_action")
    action.trigger()
    opened = window.findChild(SettingsDialog)
    assert opened is not None and opened.isVisible()
    action.trigger()  # a second time: the same dialog comes forward
    assert len(window.findChildren(SettingsDialog)) == 1
    opened.reject()


# -- another administrator saves while the dialog is open ------------------------------------------
def test_only_what_changed_in_the_dialog_is_saved(
    services: Services, dialog: SettingsDialog
) -> None:
    # Another administrator, after the dialog was opened:
    services.settings.save_company(CompanySettings(phone="+84 24 3933 1234", email="a@b.vn"))
    services.settings.set_default_terms("quotes", "Báo giá có hiệu lực 30 ngày.")
    _type(dialog.company.lines["name"], "Công ty Sao Mai")
    assert dialog.apply()
    company = services.settings.company()
    assert (company.name, company.phone, company.email) == (
        "Công ty Sao Mai",
        "+84 24 3933 1234",
        "a@b.vn",
    )
    assert services.settings.default_terms("quotes") == "Báo giá có hiệu lực 30 ngày."
    assert dialog.conflict_box is None  # not the same settings: nothing to ask
    # The dialog now shows what is stored, their changes included.
    assert dialog.company.lines["phone"].text() == "+84 24 3933 1234"
    assert dialog.documents.quote_terms.toPlainText() == "Báo giá có hiệu lực 30 ngày."


def test_a_setting_both_changed_is_shown_and_theirs_can_be_kept(
    qtbot: QtBot,
    services: Services,
    dialog: SettingsDialog,
    tmp_path: Path,
) -> None:
    services.settings.save_company(CompanySettings(name="Sao Mai JSC"))
    _type(dialog.company.lines["name"], "Công ty Cổ phần Sao Mai")
    _type(dialog.company.lines["email"], "banhang@saomai.vn")
    assert not dialog.apply()
    box = dialog.conflict_box
    assert box is not None and box.isVisible()
    assert box.rows == [("Company name", "Sao Mai JSC", "Công ty Cổ phần Sao Mai")]
    assert services.settings.company().email == ""  # nothing saved while asking
    assert box.grab().save(str(tmp_path / "settings_conflict.png"))
    box.keep_theirs.click()
    company = services.settings.company()
    assert (company.name, company.email) == ("Sao Mai JSC", "banhang@saomai.vn")
    assert dialog.company.lines["name"].text() == "Sao Mai JSC"
    assert dialog.conflict_box is None
    assert dialog.isVisible()  # Apply: the dialog stays open


def test_ok_over_changed_rates_and_terms_writes_mine_and_closes(
    qtbot: QtBot,
    services: Services,
    dialog: SettingsDialog,
    tmp_path: Path,
) -> None:
    vat = services.settings.add_tax_rate("VAT", "10")
    excise = services.settings.add_tax_rate("Excise", "15")
    dialog.tax_rates.reload()
    page = dialog.tax_rates
    # Another administrator changes VAT, deletes Excise and writes the terms of orders.
    services.settings.update_tax_rate(vat.id, percent="9")
    services.settings.delete_tax_rate(excise.id)
    services.settings.set_default_terms("sales_orders", "Giao trong 5 ngày.")
    page.table.item(0, page.NAME).setText("VAT (GTGT)")
    page.table.item(1, page.PERCENT).setText("16")
    dialog.documents.order_terms.setPlainText("Giao trong 10 ngày làm việc.")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    box = dialog.conflict_box
    assert box is not None
    assert box.rows == [
        ("Tax rate “VAT”", "VAT 9 %", "VAT (GTGT) 10 %"),
        ("Tax rate “Excise”", "deleted", "Excise 16 %"),
        ("Terms of new sales orders", "Giao trong 5 ngày.", "Giao trong 10 ngày làm việc."),
    ]
    assert box.grab().save(str(tmp_path / "settings_conflict_rates.png"))
    box.write_mine.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    rates = [(r.name, r.percent) for r in services.settings.tax_rates()]
    assert rates == [("VAT (GTGT)", D(10)), ("Excise", D(16))]  # Excise written again
    assert services.settings.default_terms("sales_orders") == "Giao trong 10 ngày làm việc."


def test_keeping_their_rates_shows_them_and_saves_the_rest(
    services: Services, dialog: SettingsDialog
) -> None:
    vat = services.settings.add_tax_rate("VAT", "10")
    excise = services.settings.add_tax_rate("Excise", "15")
    dialog.tax_rates.reload()
    page = dialog.tax_rates
    services.settings.update_tax_rate(vat.id, percent="9")
    services.settings.update_tax_rate(excise.id, active=False)
    page.table.item(0, page.PERCENT).setText("8")  # VAT, which they changed
    page.table.setCurrentCell(1, 0)
    page.delete_rate()  # Excise, which they changed too
    row = page.add_rate()
    page.table.item(row, page.NAME).setText("Reduced")
    page.table.item(row, page.PERCENT).setText("5")
    assert not dialog.apply()
    box = dialog.conflict_box
    assert box is not None
    assert box.rows == [
        ("Tax rate “Excise”", "Excise 15 % (inactive)", "deleted"),
        ("Tax rate “VAT”", "VAT 9 %", "VAT 8 %"),
    ]
    box.keep_theirs.click()
    rates = [(r.name, r.percent, r.active) for r in services.settings.tax_rates()]
    assert rates == [("VAT", D(9), True), ("Excise", D(15), False), ("Reduced", D(5), True)]
    assert [name for _id, name, _percent, _active in page.rows()] == ["VAT", "Excise", "Reduced"]
    assert page.rows()[0][2] == "9"


def test_cancelling_the_question_saves_nothing_and_keeps_the_edits(
    services: Services, dialog: SettingsDialog
) -> None:
    services.settings.set_default_currency("EUR")
    dialog.documents.currency.setCurrentIndex(dialog.documents.currency.findData("VND"))
    _type(dialog.company.lines["website"], "https://saomai.vn")
    assert not dialog.apply()
    box = dialog.conflict_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.conflict_box is None
    assert services.settings.default_currency() == "EUR"
    assert services.settings.company().website == ""
    assert dialog.documents.currency.currentData() == "VND"
    assert dialog.company.lines["website"].text() == "https://saomai.vn"


def test_the_pages_are_saved_together_or_not_at_all(
    services: Services, dialog: SettingsDialog
) -> None:
    _type(dialog.company.lines["name"], "Norðurljós ehf.")
    currencies = dialog.currencies
    currencies.set_cell(currencies.row_of("ISK"), currencies.NAME, "")
    assert not dialog.apply()
    assert dialog.tabs.currentWidget() is currencies
    assert currencies.message.text() == "Name: This field is required."
    assert services.settings.company().name == ""  # the company page is not saved alone
    currencies.set_cell(currencies.row_of("ISK"), currencies.NAME, "Íslensk króna")
    assert dialog.apply()
    assert services.settings.company().name == "Norðurljós ehf."
    assert services.settings.currency("ISK").name == "Íslensk króna"


def test_every_page_s_tab_is_in_sight(dialog: SettingsDialog) -> None:
    bar = dialog.tabs.tabBar()
    assert bar.count() == 8
    assert bar.tabRect(bar.count() - 1).right() < bar.width()  # no scroll arrows to find it
