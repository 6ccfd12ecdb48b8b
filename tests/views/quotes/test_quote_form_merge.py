"""Two people's saves of one quote in the quote form: their header and my lines merge,
both changed lines ask which to keep, a refused merged save, and their save shown in a form
nobody edits."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentLine
from crm_desktop.views.quotes.line_items import QUANTITY
from crm_desktop.views.records.conflict_dialog import THEIRS, ConflictDialog
from tests.views.quotes.quote_helpers import Customer, edit_cell, saved_quote, type_into

pytestmark = pytest.mark.usefixtures("english_locale")

D = Decimal


def test_their_header_change_and_my_lines_merge_without_asking(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer
) -> None:
    quote_id = saved_quote(services, ids)
    form = new_form()
    form.load(quote_id)
    theirs = services.quotes.get("quotes", quote_id)
    theirs.values["subject"] = "Phần mềm CRM (bản sửa)"
    services.quotes.save(theirs)
    assert form.lines_editor is not None
    edit_cell(qtbot, form.lines_editor.view, 1, QUANTITY, "3")
    assert form.save()
    merged = services.quotes.get("quotes", quote_id)
    assert merged.values["subject"] == "Phần mềm CRM (bản sửa)"
    assert [line.quantity for line in merged.lines] == [D(2), D(3)]
    assert "Saved together with the changes" in form.changed_bar.label.text()


def test_both_changed_the_lines_the_user_chooses(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer
) -> None:
    quote_id = saved_quote(services, ids)
    form = new_form()
    form.load(quote_id)
    theirs = services.quotes.get("quotes", quote_id)
    theirs.lines.append(DocumentLine("Hỗ trợ", D(1), D(500_000)))
    services.quotes.save(theirs)
    assert form.lines_editor is not None
    edit_cell(qtbot, form.lines_editor.view, 0, QUANTITY, "5")
    assert not form.save()  # the dialog is open, nothing lost meanwhile
    dialog = form.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    theirs_button = dialog.findChild(QWidget, "theirs_lines")
    mine_button = dialog.findChild(QWidget, "mine_lines")
    assert theirs_button.text() == "3 lines, total 10,500,000 VND"
    assert mine_button.text() == "2 lines, total 23,500,000 VND"
    assert form.lines_editor.model.line(0).quantity == D(5)
    dialog.choose("lines", THEIRS)
    with qtbot.waitSignal(form.saved):
        dialog.accept()
    stored = services.quotes.get("quotes", quote_id)
    assert [line.name for line in stored.lines] == ["Giấy phép", "Đào tạo", "Hỗ trợ"]
    assert [line.name for line in form.lines_editor.model.lines()] == [
        "Giấy phép",
        "Đào tạo",
        "Hỗ trợ",
    ]
    assert not form.is_dirty()


def test_a_refused_merged_save_keeps_their_lines_as_chosen(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer
) -> None:
    quote_id = saved_quote(services, ids)
    form = new_form()
    form.load(quote_id)
    # They add a line and a discount in percent; I change a line and give a discount amount.
    theirs = services.quotes.get("quotes", quote_id)
    theirs.lines.append(DocumentLine("Hỗ trợ", D(1), D(500_000)))
    theirs.values["discount_percent"] = D(5)
    services.quotes.save(theirs)
    assert form.lines_editor is not None
    model = form.lines_editor.model
    edit_cell(qtbot, form.lines_editor.view, 0, QUANTITY, "5")
    type_into(form.editors["discount_amount"], "100000")
    assert not form.save()
    dialog = form.conflict_dialog
    assert dialog is not None
    assert dialog.plan.clashes == {}  # the header merges without asking
    dialog.choose("lines", THEIRS)
    with qtbot.assertNotEmitted(form.saved):
        dialog.accept()

    # A percent and an amount: refused. The form holds the merge: their lines, their
    # percent, my amount; unsaved, over their version.
    assert form.error_labels["discount_amount"].text() == (
        "Give a discount percent or amount, not both."
    )
    assert [line.name for line in model.lines()] == ["Giấy phép", "Đào tạo", "Hỗ trợ"]
    assert model.line(0).quantity == D(2)
    assert form.editors["discount_percent"].value() == D(5)
    assert form.editors["discount_amount"].value() == D(100_000)
    assert form.is_dirty()
    assert services.quotes.get("quotes", quote_id).version == 2

    type_into(form.editors["discount_percent"], "")  # the amount it is
    with qtbot.waitSignal(form.saved):
        assert form.save()
    stored = services.quotes.get("quotes", quote_id)
    assert stored.version == 3
    assert [(line.name, line.quantity) for line in stored.lines] == [
        ("Giấy phép", D(2)),
        ("Đào tạo", D(1)),
        ("Hỗ trợ", D(1)),
    ]
    assert (stored.values["discount_percent"], stored.values["discount_amount"]) == (
        None,
        D(100_000),
    )
    assert not form.is_dirty()


def test_my_lines_kept_by_a_refused_merge_are_saved_once_corrected(
    qtbot: QtBot, services: Services, new_form: Any, ids: Customer
) -> None:
    quote_id = saved_quote(services, ids)
    form = new_form()
    form.load(quote_id)
    theirs = services.quotes.get("quotes", quote_id)
    theirs.values["discount_percent"] = D(5)
    services.quotes.save(theirs)
    assert form.lines_editor is not None
    edit_cell(qtbot, form.lines_editor.view, 1, QUANTITY, "3")
    type_into(form.editors["discount_amount"], "100000")
    assert not form.save()  # merged without asking (only I changed the lines), refused
    assert form.conflict_dialog is None
    assert form.lines_editor.model.line(1).quantity == D(3)
    assert form.editors["discount_percent"].value() == D(5)
    type_into(form.editors["discount_amount"], "")  # their percent it is
    assert form.save()
    stored = services.quotes.get("quotes", quote_id)
    assert [line.quantity for line in stored.lines] == [D(2), D(3)]
    assert (stored.values["discount_percent"], stored.values["discount_amount"]) == (D(5), None)
    assert stored.version == 3


def test_someone_else_s_save_shows_their_lines_in_an_unedited_form(
    services: Services, new_form: Any, ids: Customer
) -> None:
    quote_id = saved_quote(services, ids)
    form = new_form()
    form.load(quote_id)
    theirs = services.quotes.get("quotes", quote_id)
    theirs.lines.insert(0, DocumentLine("Khảo sát hiện trạng", D(1), D(2_000_000)))
    services.quotes.save(theirs)
    form.external_change()  # what the change watcher calls
    assert form.lines_editor is not None
    assert form.lines_editor.model.line(0).name == "Khảo sát hiện trạng"
    assert form.totals_block.texts()["subtotal"] == "12,000,000"
    assert not form.is_dirty()
