"""The filter dialog: rows of field / operator / value, typed values, save as a named filter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from crm_desktop.registry import Condition
from crm_desktop.registry.picklists import CLOSED_STAGES
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.records.filter_dialog import (
    ConditionRow,
    FilterDialog,
    coerce_conditions,
    operators_for,
)

pytestmark = pytest.mark.usefixtures("english_locale")


def _dialog(qtbot: QtBot, services: Services, type_key: str, conditions=()) -> FilterDialog:
    dialog = FilterDialog(services, type_key, conditions)
    qtbot.addWidget(dialog)
    return dialog


def _set(row: ConditionRow, field: str, op: str) -> None:
    row.field_combo.setCurrentIndex(row.field_combo.findData(field))
    row.op_combo.setCurrentIndex(row.op_combo.findData(op))


def _value_widget(row: ConditionRow):
    return row._editor.widget


def test_choice_condition(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, "leads")
    [row] = dialog.rows()
    _set(row, "lead_status", "eq")
    combo = _value_widget(row)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("Hot"))
    dialog.accept()
    assert dialog.result() == FilterDialog.DialogCode.Accepted
    assert dialog.conditions() == (Condition("lead_status", "eq", "Hot"),)
    assert dialog.saved_filter() is None


def test_number_and_text_conditions(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, "leads")
    [row] = dialog.rows()
    _set(row, "annual_revenue", "gt")
    edit = _value_widget(row)
    assert isinstance(edit, QLineEdit)
    edit.setText("1,250.5")
    text_row = dialog.add_condition()
    _set(text_row, "company", "contains")
    _value_widget(text_row).setText("Minh Phát")
    empty_row = dialog.add_condition()
    _set(empty_row, "email", "empty")
    assert not _value_widget(empty_row).isVisibleTo(empty_row)
    dialog.accept()
    assert dialog.conditions() == (
        Condition("annual_revenue", "gt", Decimal("1250.5")),
        Condition("company", "contains", "Minh Phát"),
        Condition("email", "empty"),
    )
    # The service runs them.
    services.lists.count(ListQuery("leads", conditions=dialog.conditions()))


def test_bad_number_keeps_the_dialog_open(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, "leads")
    [row] = dialog.rows()
    _set(row, "employees", "ge")
    _value_widget(row).setText("a dozen")
    dialog.show()
    dialog.accept()
    assert dialog.result() != FilterDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert "a dozen" in dialog.error_label.text()
    _value_widget(row).setText("")
    dialog.accept()
    assert "Employees" in dialog.error_label.text()


def test_days_of_a_datetime_field(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, "leads")
    [row] = dialog.rows()
    _set(row, "modified_at", "le")
    edit = _value_widget(row)
    assert isinstance(edit, QDateEdit)
    edit.setDate(QDate(2025, 3, 9))
    dialog.accept()
    [condition] = dialog.conditions()
    # "On or before 9 March" = before the first moment of 10 March, on the user's clock.
    assert condition.op == "lt"
    assert condition.value == dt.datetime(2025, 3, 10).astimezone()
    services.records.create("leads", {"last_name": "Lê"})
    assert services.lists.count(ListQuery("leads", conditions=dialog.conditions())) == 0


def test_user_condition_offers_me(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, "leads", (Condition("owner_id", "eq", "@me"),))
    [row] = dialog.rows()
    combo = _value_widget(row)
    assert combo.currentData() == "@me"
    dialog.accept()
    assert dialog.conditions() == (Condition("owner_id", "eq", "@me"),)


def test_builtin_not_in_round_trip(qtbot: QtBot, services: Services) -> None:
    [mine] = [f for f in services.filters.filters("opportunities") if f.name.startswith("My open")]
    dialog = _dialog(qtbot, services, "opportunities", mine.conditions)
    rows = dialog.rows()
    assert len(rows) == 2
    stages = _value_widget(rows[1])
    assert isinstance(stages, QToolButton)
    assert "Closed Won" in stages.text()
    dialog.accept()
    assert dialog.conditions() == mine.conditions
    assert dialog.conditions()[1].value == CLOSED_STAGES


def test_remove_and_clear_rows(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, "contacts")
    dialog.add_condition()
    assert len(dialog.rows()) == 2
    dialog._remove_row(dialog.rows()[0])
    assert len(dialog.rows()) == 1
    dialog.clear()
    dialog.accept()
    assert dialog.conditions() == ()


def test_save_as_named_filter(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, "opportunities")
    [row] = dialog.rows()
    _set(row, "expected_close_date", "ge")
    _value_widget(row).setDate(QDate(2025, 1, 1))
    dialog.name_edit.setText("Closing this year")
    dialog.accept()
    saved = dialog.saved_filter()
    assert saved is not None and saved.name == "Closing this year"
    [stored] = [f for f in services.filters.filters("opportunities") if not f.builtin]
    # Saved filters keep dates as text; the views give them their type back.
    record_type = services.registry.get("opportunities")
    assert coerce_conditions(record_type, stored.conditions) == dialog.conditions()
    assert dialog.conditions() == (Condition("expected_close_date", "ge", dt.date(2025, 1, 1)),)
    services.lists.count(
        ListQuery("opportunities", conditions=coerce_conditions(record_type, stored.conditions))
    )


def test_saving_without_a_name_is_not_saving(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, "products")
    dialog.clear()
    dialog.name_edit.setText("   ")
    dialog.accept()
    assert dialog.saved_filter() is None
    assert [f for f in services.filters.filters("products") if not f.builtin] == []


def test_operators_fit_the_field(services: Services) -> None:
    leads = services.registry.get("leads")
    assert operators_for(leads.field("converted")) == ("eq",)
    assert "contains" in operators_for(leads.field("email"))
    assert "lt" in operators_for(leads.field("annual_revenue"))
    assert "contains" not in operators_for(leads.field("annual_revenue"))
    assert "eq" not in operators_for(leads.field("modified_at"))
    assert "in" in operators_for(leads.field("lead_status"))


def test_from_today_shows_as_a_date_row(qtbot: QtBot, services: Services) -> None:
    """The activities' "From today" opens in the dialog as "Start is on or after" today."""
    spec = services.registry.get("activities").default_filter_spec()
    assert spec is not None
    dialog = _dialog(qtbot, services, "activities", spec.conditions)
    [row] = dialog.rows()
    assert (row.spec().name, row.op()) == ("start_at", "ge")
    edit = _value_widget(row)
    assert isinstance(edit, QDateEdit) and edit.date() == QDate.currentDate()
    dialog.accept()
    midnight = dt.datetime.combine(dt.date.today(), dt.time()).astimezone()
    assert dialog.conditions() == (Condition("start_at", "ge", midnight),)
