"""The list model's display: headers, formatted values, the paint roles, alignment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.registry import Kind
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views import formatting
from crm_desktop.views.records.list_model import (
    RecordTableModel,
)
from crm_desktop.views.records.list_roles import RAW_ROLE, RECORD_ID_ROLE


def test_header_and_display(services: Services, english_locale: None) -> None:
    org = services.records.create("organizations", {"name": "Sjávarútvegur Íslands hf."})
    services.records.create(
        "opportunities",
        {
            "name": "Triển khai ERP",
            "organization_id": org.id,
            "amount": Decimal("358000000"),
            "currency": "VND",
            "expected_close_date": dt.date(2025, 3, 9),
            "sales_stage": "Closed Won",
        },
    )
    model = RecordTableModel(services, ListQuery("opportunities"))
    columns = {model.field_at(c).name: c for c in range(model.columnCount())}
    assert model.headerData(columns["amount"], Qt.Orientation.Horizontal) == "Amount"
    index = model.index(0, columns["amount"])
    assert model.data(index) == "358,000,000"  # VND has no minor unit
    assert model.data(index, RAW_ROLE) == Decimal("358000000")
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "358,000,000 VND"
    alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, columns["organization_id"])) == "Sjávarútvegur Íslands hf."
    assert model.data(model.index(0, columns["probability"])) == "100%"
    assert model.data(model.index(0, columns["expected_close_date"])) == "3/9/2025"


def test_formatting(english_locale: None) -> None:
    from crm_desktop.registry import FieldSpec

    money = FieldSpec("amount", "Amount", Kind.MONEY)
    assert formatting.display_text(money, Decimal("1234.5"), currency="USD") == "1,234.50"
    assert formatting.display_text(money, Decimal("1234.5"), currency="ISK") == "1,235"
    assert formatting.display_text(money, Decimal("-0.5"), currency="EUR") == "-0.50"
    vietnamese = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    assert (
        formatting.display_text(money, Decimal("1234567.891"), currency="USD", locale=vietnamese)
        == "1.234.567,89"
    )
    assert formatting.parse_decimal("1.234,5", vietnamese) == Decimal("1234.5")
    # As Vietnamese documents write it, on screen as on the printed quote.
    assert formatting.format_date(dt.date(2026, 12, 7), vietnamese) == "07/12/2026"
    assert formatting.document_format(vietnamese).date_pattern == "dd/MM/yyyy"
    assert formatting.parse_decimal("abc", vietnamese) is None
    flag = FieldSpec("active", "Active", Kind.BOOL)
    assert formatting.display_text(flag, True) == "✓"
    assert formatting.display_text(flag, False) == ""
    choice = FieldSpec("lead_status", "Status", Kind.CHOICE)
    assert formatting.display_text(choice, "Hot") == "Hot"
    when = FieldSpec("modified_at", "Modified", Kind.DATETIME)
    text = formatting.display_text(when, dt.datetime(2025, 1, 2, 3, 4, tzinfo=dt.UTC))
    assert "2025" in text
    number = FieldSpec("qty", "Quantity", Kind.DECIMAL)
    assert formatting.display_text(number, Decimal("12.5000")) == "12.5"
    assert formatting.display_text(number, Decimal("100.0000")) == "100"


def test_paint_roles_in_one_call_match_data(services: Services, english_locale: None) -> None:
    """Delegates ask every role of a cell through multiData(); it must say what data() says."""
    services.records.create(
        "opportunities", {"name": "Þróun", "amount": Decimal("1234.5"), "currency": "EUR"}
    )
    model = RecordTableModel(services, ListQuery("opportunities"))
    roles = [int(r) for r in Qt.ItemDataRole if r < Qt.ItemDataRole.UserRole]
    roles += [RAW_ROLE, RECORD_ID_ROLE]
    answered = set()
    for column in range(model.columnCount()):
        index = model.index(0, column)
        for role in roles:
            role_data = QModelRoleData(role)
            model.multiData(index, QModelRoleDataSpan(role_data))
            assert role_data.data() == model.data(index, role), (column, role)
            if role_data.data() is not None:
                answered.add(role)
    assert {int(Qt.ItemDataRole.DisplayRole), RAW_ROLE, RECORD_ID_ROLE} <= answered
    # One entry reused from cell to cell keeps nothing of the cell before.
    reused = QModelRoleData(Qt.ItemDataRole.TextAlignmentRole)
    amount_at = model.column_of("amount") or 0
    model.multiData(model.index(0, amount_at), QModelRoleDataSpan(reused))
    assert reused.data() is not None
    model.multiData(model.index(0, model.column_of("name") or 0), QModelRoleDataSpan(reused))
    assert reused.data() is None
    shown = QModelRoleData(Qt.ItemDataRole.DisplayRole)
    model.multiData(model.index(0, amount_at), QModelRoleDataSpan(shown))
    model.multiData(model.index(1, amount_at), QModelRoleDataSpan(shown))  # no such row
    assert shown.data() is None
    # What a delegate paints from (all its roles asked in one call).
    for column in range(model.columnCount()):
        index = model.index(0, column)
        option = QStyleOptionViewItem()
        QStyledItemDelegate().initStyleOption(option, index)
        assert option.text == model.data(index)
        alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
        if alignment is not None:
            assert option.displayAlignment == alignment
    amount = model.index(0, model.column_of("amount") or 0)
    assert model.data(amount, Qt.ItemDataRole.ToolTipRole) == "1,234.50 EUR"
    assert model.data(model.index(0, model.columnCount())) is None
    assert model.data(model.index(1, 0)) is None


def test_a_text_column_painted_after_a_number_column_stays_left_aligned(
    qtbot, services: Services, english_locale: None
) -> None:
    """Qt's delegate reuses its role buffer from cell to cell: a text cell must not keep the
    right alignment of the amount painted before it."""
    from PySide6.QtWidgets import QStyledItemDelegate, QTableView

    for i in range(3):
        services.records.create(
            "opportunities", {"name": f"Þróun {i}", "amount": Decimal("99.5"), "currency": "ISK"}
        )
    model = RecordTableModel(services, ListQuery("opportunities"))
    seen: dict[int, set[int]] = {}

    class Recording(QStyledItemDelegate):
        def initStyleOption(self, option, index) -> None:  # type: ignore[no-untyped-def]
            super().initStyleOption(option, index)
            seen.setdefault(index.column(), set()).add(int(option.displayAlignment.value))

    view = QTableView()
    qtbot.addWidget(view)
    delegate = Recording(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.resize(1400, 300)
    view.show()
    view.grab()
    name, amount = model.column_of("name"), model.column_of("amount")
    assert name is not None and amount is not None
    right = int(Qt.AlignmentFlag.AlignRight.value)
    assert all(a & right for a in seen[amount])
    assert not any(a & right for a in seen[name]), seen[name]
