"""The quote and sales-order form on real services: lines, live totals, saving, reloading,
reordering by keyboard, addresses, and conversions (two people's saves:
test_quote_form_merge.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentTax
from crm_desktop.services.quotes.totals import Totals
from crm_desktop.views.quotes.form import QuoteForm
from crm_desktop.views.quotes.line_items import DISCOUNT, ITEM, QUANTITY, TAXES, TOTAL, UNIT_PRICE
from crm_desktop.views.records.field_widgets import ComboEditor, NumberEditor
from crm_desktop.views.records.reference_edit import ReferenceEdit
from tests.views.quotes.quote_helpers import (
    CONTACT,
    ORGANIZATION,
    Customer,
    Messages,
    edit_cell,
    focused_editor,
    press_enter,
    saved_quote,
    type_into,
    type_text,
)

pytestmark = pytest.mark.usefixtures("english_locale")

D = Decimal
B = QMessageBox.StandardButton


def choose(editor: Any, value: Any) -> None:
    assert isinstance(editor, ComboEditor)
    editor.combo.setCurrentIndex(editor.combo.findData(value))


def link(editor: Any, text: str) -> None:
    """Type a name into a reference field and leave it: the exact match is linked."""
    assert isinstance(editor, ReferenceEdit)
    type_text(editor.line, text)
    editor.resolve()


def add_line(qtbot: QtBot, form: QuoteForm, name: str, quantity: str, price: str) -> int:
    """Insert (the Insert key), type the item, the quantity and the unit price."""
    assert form.lines_editor is not None
    view = form.lines_editor.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    type_text(focused_editor(view), name)
    press_enter(qtbot, focused_editor(view))
    row = view.currentIndex().row()
    edit_cell(qtbot, view, row, QUANTITY, quantity)
    edit_cell(qtbot, view, row, UNIT_PRICE, price)
    return row


def shown_totals(form: QuoteForm, totals: Totals) -> dict[str, str]:
    """What the totals block must show for ``totals`` (en_US grouping)."""
    locale = QLocale()
    from crm_desktop.views.formatting import format_decimal

    values = {
        "subtotal": totals.subtotal,
        "line_tax": totals.line_tax,
        "discount": -totals.discount,
        "tax": totals.tax,
        "shipping": totals.shipping,
        "shipping_tax": totals.shipping_tax,
        "adjustment": totals.adjustment,
        "grand_total": totals.grand_total,
    }
    shown = form.totals_block.texts()
    return {k: format_decimal(v, totals.decimals, locale) for k, v in values.items() if k in shown}


def vnd_quote(qtbot: QtBot, form: QuoteForm, ids: Customer) -> None:
    """The VND quote for Công ty TNHH Minh Phát, typed as a user would."""
    e = form.editors
    type_into(e["subject"], "Phần mềm CRM cho Minh Phát")
    link(e["organization_id"], ORGANIZATION)
    link(e["contact_id"], CONTACT)
    choose(e["currency"], "VND")
    assert form.lines_editor is not None
    model = form.lines_editor.model
    view = form.lines_editor.view
    add_line(qtbot, form, "Giấy phép", "12", "1")
    model.set_product(0, form.services.quotes.line_from_product(ids.licence_id, D(12)))
    add_line(qtbot, form, "Đào tạo", "2.5", "1234567")
    edit_cell(qtbot, view, 1, DISCOUNT, "10%")  # a percent of the line
    add_line(qtbot, form, "Hỗ trợ từ xa", "3", "650,000")
    edit_cell(qtbot, view, 2, DISCOUNT, "50,000")  # an amount
    form.group_taxes.set_checked("VAT 10 %")
    type_into(e["discount_percent"], "2")
    type_into(e["shipping_amount"], "200,000")
    form.shipping_taxes.set_checked("VAT reduced 5 %")
    type_into(e["adjustment"], "-220")


# -- the VND quote from start to order ------------------------------------------------------------
def test_vnd_quote_totals_save_reload_reorder_delete_and_convert(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer
) -> None:
    form = new_form()
    assert form.editors["terms"].value() == "Thanh toán trong 30 ngày."  # from the settings
    vnd_quote(qtbot, form, ids)
    # Chosen on a new quote, the organization brought both its addresses.
    assert form.editors["billing_street"].value() == "18 Lý Thường Kiệt"
    assert form.editors["shipping_city"].value() == "Đông Anh"
    assert form.is_dirty()

    totals = services.quotes.totals(form.current_document())
    # 54,000,000 + (3,086,418 - 308,642) + (1,950,000 - 50,000) = 58,677,776; 2 % off
    # 1,173,556; VAT 10 % of 57,504,220 = 5,750,422; shipping 200,000 + 5 % 10,000; -220.
    assert totals.subtotal == D(58_677_776)
    assert totals.grand_total == D(63_464_422)
    assert form.totals_block.texts() == shown_totals(form, totals)
    assert form.totals_block.texts()["grand_total"] == "63,464,422"
    assert form.totals_block.labels["grand_total"].text() == "Total (VND)"
    assert form.lines_editor is not None
    model = form.lines_editor.model
    assert [model.data(model.index(r, TOTAL)) for r in range(3)] == [
        "54,000,000",
        "2,777,776",
        "1,900,000",
    ]

    with qtbot.waitSignal(form.saved):
        assert form.save()
    assert not form.is_dirty()
    document = form.document()
    assert document is not None and document.number == "QUO-00001"
    stored = services.records.get("quotes", document.id or 0).values
    assert stored["grand_total"] == D(63_464_422)

    again = new_form()
    again.load(document.id)
    assert again.lines_editor is not None
    lines = again.lines_editor.model.lines()
    assert [line.name for line in lines] == ["Giấy phép phần mềm CRM", "Đào tạo", "Hỗ trợ từ xa"]
    assert lines[0].product_id == ids.licence_id and lines[0].unit == "Licence"
    assert (lines[1].discount_percent, lines[2].discount_amount) == (D(10), D(50_000))
    assert [t.name for t in again.group_taxes.taxes()] == ["VAT"]
    assert [t.percent for t in again.shipping_taxes.taxes()] == [D(5)]
    assert again.totals_block.texts() == form.totals_block.texts()
    assert again.editors["contact_id"].value() == ids.contact_id
    assert not again.is_dirty()

    # Reorder by keyboard: the third line up one place; then delete "Đào tạo".
    view = again.lines_editor.view
    view.setCurrentIndex(again.lines_editor.model.index(2, ITEM))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert again.is_dirty()
    view.setCurrentIndex(again.lines_editor.model.index(2, ITEM))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert again.totals_block.texts()["subtotal"] == "55,900,000"
    assert again.save()
    reloaded = services.quotes.get("quotes", document.id or 0)
    assert [line.name for line in reloaded.lines] == ["Giấy phép phần mềm CRM", "Hỗ trợ từ xa"]
    assert reloaded.totals == services.quotes.totals(again.current_document())

    opened: list[tuple[str, int]] = []
    again.open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    assert again.convert_action is not None and again.convert_action.isEnabled()
    again.convert_action.trigger()
    assert opened and opened[0][0] == "sales_orders"
    order = services.quotes.get("sales_orders", opened[0][1])
    assert [line.name for line in order.lines] == ["Giấy phép phần mềm CRM", "Hỗ trợ từ xa"]
    assert order.values["quote_id"] == document.id
    assert order.totals is not None and order.totals.grand_total == reloaded.totals.grand_total
    assert again.editors["stage"].value() == "Accepted"  # the form shows the quote as it is


def test_converting_twice_or_a_rejected_quote_is_refused_in_words(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer, messages: Messages
) -> None:
    form = new_form()
    type_into(form.editors["subject"], "Gia hạn")
    add_line(qtbot, form, "Gia hạn giấy phép", "1", "900000")
    assert form.convert_to_order()
    assert not form.convert_to_order()
    assert messages.warnings[-1] == "This quote already has sales order SO-00001."
    other = new_form()
    type_into(other.editors["subject"], "Báo giá bị từ chối")
    choose(other.editors["stage"], "Rejected")
    add_line(qtbot, other, "Dịch vụ", "1", "100")
    assert other.save()
    assert other.convert_action is not None and not other.convert_action.isEnabled()
    assert not other.convert_to_order()
    assert messages.warnings[-1] == "This quote was rejected; it cannot become a sales order."


# -- EUR, taxes per line -------------------------------------------------------------------------
def test_eur_quote_with_taxes_per_line(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer
) -> None:
    form = new_form()
    e = form.editors
    type_into(e["subject"], "Triển khai tại châu Âu")
    link(e["organization_id"], ORGANIZATION)
    choose(e["currency"], "EUR")
    choose(e["tax_mode"], "Individual")
    assert form.lines_editor is not None
    view, model = form.lines_editor.view, form.lines_editor.model
    assert not view.isColumnHidden(TAXES) and not form.group_taxes.isEnabled()
    add_line(qtbot, form, "Tư vấn triển khai", "10", "95.5")
    add_line(qtbot, form, "Giấy phép", "3", "1234.5675")
    edit_cell(qtbot, view, 1, DISCOUNT, "100")
    vat, reduced = (DocumentTax(r.name, r.percent, r.id) for r in services.settings.tax_rates())
    assert model.setData(model.index(0, TAXES), [vat])
    assert model.setData(model.index(1, TAXES), [reduced])
    type_into(e["discount_amount"], "34.39")
    type_into(e["shipping_amount"], "25")
    form.shipping_taxes.set_checked("VAT 10 %")
    assert model.data(model.index(0, UNIT_PRICE)) == "95.50"  # the currency's 2 decimals
    assert model.data(model.index(1, UNIT_PRICE)) == "1,234.5675"  # never rounded away

    totals = services.quotes.totals(form.current_document())
    # 955.00 + 95.50 tax; 3,703.70 - 100 = 3,603.70 + 180.19 tax; 4,834.39 - 34.39 + 27.50
    assert (totals.subtotal, totals.line_tax, totals.grand_total) == (
        D("4834.39"),
        D("275.69"),
        D("4827.50"),
    )
    shown = form.totals_block.texts()
    assert shown == shown_totals(form, totals)
    assert "tax" not in shown and shown["line_tax"] == "275.69"
    assert [model.data(model.index(r, TOTAL)) for r in range(2)] == ["1,050.50", "3,783.89"]
    assert form.save()
    saved = services.quotes.get("quotes", form.record_id() or 0)
    assert saved.lines[0].taxes == [vat] and saved.lines[1].taxes == [reduced]
    assert saved.totals is not None and saved.totals.grand_total == D("4827.50")


def test_switching_to_taxes_per_line_starts_lines_with_the_document_s_taxes(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer
) -> None:
    form = new_form()
    add_line(qtbot, form, "Máy chủ", "1", "10000000")
    form.group_taxes.set_checked("VAT 10 %")
    before = form.totals_block.texts()["grand_total"]
    choose(form.editors["tax_mode"], "Individual")
    assert form.lines_editor is not None
    assert [t.name for t in form.lines_editor.model.line(0).taxes] == ["VAT"]
    assert form.totals_block.texts()["grand_total"] == before
    # Back to one tax for the document: the lines keep theirs, which do not count.
    choose(form.editors["tax_mode"], "Group")
    assert form.totals_block.texts()["grand_total"] == before


def test_currency_decides_the_decimals_as_it_changes(
    qtbot: QtBot, new_form: Any, ids: Customer
) -> None:
    form = new_form()
    choose(form.editors["currency"], "EUR")
    add_line(qtbot, form, "Dịch vụ", "1", "1500")
    type_into(form.editors["shipping_amount"], "12")
    shipping = form.editors["shipping_amount"]
    assert isinstance(shipping, NumberEditor)
    choose(form.editors["currency"], "ISK")
    assert form.totals_block.texts()["grand_total"] == "1,512"
    assert form.lines_editor is not None
    assert form.lines_editor.model.data(form.lines_editor.model.index(0, UNIT_PRICE)) == "1,500"
    choose(form.editors["currency"], "USD")
    assert shipping.line.text() == "12.00"
    assert form.totals_block.texts()["grand_total"] == "1,512.00"


# -- what cannot be saved ------------------------------------------------------------------------
def test_text_that_is_not_a_number_is_kept_and_stops_the_save(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer
) -> None:
    form = new_form()
    type_into(form.editors["subject"], "Báo giá")
    add_line(qtbot, form, "Bảo trì", "2", "300000")
    assert form.lines_editor is not None
    view, model = form.lines_editor.view, form.lines_editor.model
    edit_cell(qtbot, view, 0, QUANTITY, "2..5")
    assert form.totals_block.texts()["grand_total"] == "—"
    with qtbot.assertNotEmitted(form.saved):
        assert not form.save()
    assert form.lines_message.isVisible()
    assert form.lines_message.text() == "Line 1, Qty: Not a number."
    assert view.currentIndex() == model.index(0, QUANTITY)
    assert model.data(model.index(0, QUANTITY)) == "2..5"  # nothing typed is lost
    edit_cell(qtbot, view, 0, QUANTITY, "0")
    assert not form.save()  # the service's rule, shown on the cell
    assert form.lines_message.text() == "Line 1, Qty: Must be more than zero."
    assert model.data(model.index(0, QUANTITY), Qt.ItemDataRole.ToolTipRole) == (
        "Must be more than zero."
    )
    edit_cell(qtbot, view, 0, QUANTITY, "2")
    qtbot.keyClick(view, Qt.Key.Key_Insert)  # a blank line left at the end is dropped
    press_enter(qtbot, focused_editor(view))
    assert form.save()
    assert len(services.quotes.get("quotes", form.record_id() or 0).lines) == 1


def test_a_discount_in_percent_and_amount_is_explained(
    qtbot: QtBot, new_form: Any, ids: Customer, messages: Messages
) -> None:
    form = new_form()
    type_into(form.editors["subject"], "Báo giá")
    add_line(qtbot, form, "Bảo trì", "1", "300000")
    type_into(form.editors["discount_percent"], "5")
    type_into(form.editors["discount_amount"], "1000")
    assert form.totals_block.problem.isVisible()
    assert form.totals_block.texts()["grand_total"] == "—"
    assert not form.save()
    assert form.error_labels["discount_amount"].text() == (
        "Give a discount percent or amount, not both."
    )


# -- other users --------------------------------------------------------------------------------
# -- addresses, opportunities -----------------------------------------------------------------
def test_address_buttons_and_filling_from_the_contact(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer, messages: Messages
) -> None:
    form = new_form("sales_orders")
    e = form.editors
    assert not form.fill_from_organization()
    assert messages.warnings == ["Choose an organization first."]
    link(e["contact_id"], CONTACT)  # no organization: the contact's address is taken
    assert e["billing_street"].value() == "5 Hàng Bài"
    assert e["shipping_street"].value() == "5 Hàng Bài"
    type_into(e["shipping_street"], "Kho số 3, Gia Lâm")
    link(e["organization_id"], ORGANIZATION)  # a typed address is never overwritten
    assert e["shipping_street"].value() == "Kho số 3, Gia Lâm"
    assert form.fill_from_organization()  # unless the user asks
    assert e["shipping_street"].value() == "Lô B2, KCN Thăng Long"
    buttons = {b.text(): b for b in form.findChildren(QPushButton)}
    buttons["Copy billing → shipping"].click()
    assert e["shipping_city"].value() == "Hà Nội"
    type_into(e["shipping_city"], "Bắc Ninh")
    buttons["Copy shipping → billing"].click()
    assert e["billing_city"].value() == "Bắc Ninh"
    buttons["Fill from contact"].click()  # both addresses, as the contact has one
    assert e["billing_street"].value() == "5 Hàng Bài"
    type_into(e["subject"], "Đơn hàng giao Bắc Ninh")
    assert form.save()
    order = services.records.get("sales_orders", form.record_id() or 0).values
    assert (order["billing_street"], order["shipping_street"]) == ("5 Hàng Bài", "5 Hàng Bài")


def test_a_new_quote_of_an_opportunity_carries_its_amount(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer
) -> None:
    opportunity = services.records.create(
        "opportunities",
        {
            "name": "Triển khai CRM 2026",
            "organization_id": ids.organization_id,
            "amount": D(120_000_000),
            "currency": "VND",
        },
    )
    form = new_form()
    form.new_record({"opportunity_id": opportunity.id})  # what its Quotes tab asks for
    assert form.editors["subject"].value() == "Triển khai CRM 2026"
    assert form.editors["billing_city"].value() == "Hà Nội"
    assert form.lines_editor is not None
    assert [line.unit_price for line in form.lines_editor.model.lines()] == [D(120_000_000)]
    assert form.totals_block.texts()["grand_total"] == "120,000,000"
    assert form.save()
    assert services.quotes.get("quotes", form.record_id() or 0).values["opportunity_id"] == (
        opportunity.id
    )


def test_discarding_brings_the_lines_back(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer, messages: Messages
) -> None:
    quote_id = saved_quote(services, ids)
    form = new_form()
    form.load(quote_id)
    assert form.lines_editor is not None
    view = form.lines_editor.view
    view.setCurrentIndex(form.lines_editor.model.index(0, ITEM))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert form.is_dirty()
    messages.answer = B.Discard
    assert form.maybe_discard()
    assert [line.name for line in form.lines_editor.model.lines()] == ["Giấy phép", "Đào tạo"]
    assert not form.is_dirty()
