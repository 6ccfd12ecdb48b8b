"""Converting a lead from the dialog, checked through the services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.records.service import Record
from crm_desktop.views.records.field_widgets import ComboEditor, LineEditor
from crm_desktop.views.sales.convert_lead_dialog import ConvertLeadDialog, LeadConversionBar

pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent: QWidget, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


@pytest.fixture
def lead(services: Services) -> Record:
    return services.records.create(
        "leads",
        {
            "salutation": "Ms.",
            "first_name": "Nguyễn Thị",
            "last_name": "Hồng",
            "company": "Công ty Cổ phần Sao Việt",
            "email": "hong@saoviet.vn",
            "phone": "+84 28 3822 0000",
            "city": "Thành phố Hồ Chí Minh",
            "lead_source": "Trade Show",
        },
    )


def dialog_for(qtbot: QtBot, services: Services, lead: Record) -> ConvertLeadDialog:
    dialog = ConvertLeadDialog(services, lead)
    qtbot.addWidget(dialog)
    return dialog


def set_text(editor: Any, text: str) -> None:
    assert isinstance(editor, LineEditor)
    editor.line.setText(text)


def count(services: Services, type_key: str) -> int:
    return services.lists.count(ListQuery(type_key))


def test_creates_organization_contact_and_opportunity(
    qtbot: QtBot, services: Services, lead: Record
) -> None:
    dialog = dialog_for(qtbot, services, lead)
    assert dialog.create_org.isChecked()
    assert dialog.company_label.text() == "Công ty Cổ phần Sao Việt"
    assert dialog.create_contact.isChecked() and not dialog.create_contact.isEnabled()
    assert not dialog.opp_box.isChecked()
    dialog.opp_box.setChecked(True)
    assert dialog.editors["name"].value() == "Công ty Cổ phần Sao Việt"  # pre-filled
    set_text(dialog.editors["amount"], "125,000,000")
    combo = dialog.editors["currency"]
    assert isinstance(combo, ComboEditor)
    combo.combo.setCurrentIndex(combo.combo.findData("VND"))
    set_text(dialog.editors["expected_close_date"], "6/30/2026")
    stage = dialog.editors["sales_stage"]
    assert isinstance(stage, ComboEditor)
    stage.combo.setCurrentIndex(stage.combo.findData("Qualification"))

    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.result_ids
    assert result is not None and result.organization_id and result.opportunity_id

    converted = services.records.get("leads", lead.id)
    assert converted.values["converted"] is True
    org = services.records.get("organizations", result.organization_id).values
    assert org["name"] == "Công ty Cổ phần Sao Việt"
    assert org["billing_city"] == "Thành phố Hồ Chí Minh"
    contact = services.records.get("contacts", result.contact_id).values
    assert (contact["first_name"], contact["last_name"]) == ("Nguyễn Thị", "Hồng")
    assert contact["organization_id"] == result.organization_id
    assert contact["email"] == "hong@saoviet.vn"
    opportunity = services.records.get("opportunities", result.opportunity_id).values
    assert opportunity["amount"] == Decimal("125000000")
    assert opportunity["currency"] == "VND"
    assert opportunity["expected_close_date"] == dt.date(2026, 6, 30)
    assert opportunity["sales_stage"] == "Qualification"
    assert opportunity["probability"] == 20
    assert opportunity["organization_id"] == result.organization_id
    assert opportunity["contact_id"] == result.contact_id


def test_links_an_existing_organization_of_the_same_name(
    qtbot: QtBot, services: Services, lead: Record
) -> None:
    existing = services.records.create("organizations", {"name": "Công ty Cổ phần Sao Việt"}).id
    dialog = dialog_for(qtbot, services, lead)
    assert dialog.link_org.isChecked()  # offered instead of a duplicate
    assert dialog.org_edit.value() == existing
    assert dialog.org_hint.text()
    dialog.accept()
    assert dialog.result_ids is not None
    assert dialog.result_ids.organization_id == existing
    assert dialog.result_ids.opportunity_id is None
    assert count(services, "organizations") == 1
    assert count(services, "opportunities") == 0
    contact = services.records.get("contacts", dialog.result_ids.contact_id)
    assert contact.values["organization_id"] == existing


def test_without_organization(qtbot: QtBot, services: Services, lead: Record) -> None:
    dialog = dialog_for(qtbot, services, lead)
    dialog.no_org.setChecked(True)
    dialog.accept()
    assert dialog.result_ids is not None
    assert dialog.result_ids.organization_id is None
    assert count(services, "organizations") == 0
    assert count(services, "contacts") == 1


def test_lead_without_company_cannot_create_organization(qtbot: QtBot, services: Services) -> None:
    lead = services.records.create("leads", {"last_name": "Vũ"})
    dialog = dialog_for(qtbot, services, lead)
    assert not dialog.create_org.isEnabled()
    assert dialog.no_org.isChecked()
    assert dialog.editors["name"].value() == "Vũ"


def test_link_without_choice_is_refused(
    qtbot: QtBot, services: Services, lead: Record, warnings: list[str]
) -> None:
    dialog = dialog_for(qtbot, services, lead)
    dialog.link_org.setChecked(True)
    dialog.accept()
    assert warnings
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.records.get("leads", lead.id).values["converted"] is False


def test_opportunity_errors_show_inline_and_nothing_is_converted(
    qtbot: QtBot, services: Services, lead: Record
) -> None:
    dialog = dialog_for(qtbot, services, lead)
    dialog.opp_box.setChecked(True)
    set_text(dialog.editors["name"], "")
    set_text(dialog.editors["amount"], "12.3.4")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.rows["name"].error.text() == "This field is required."
    assert dialog.rows["amount"].error.text() == "Not a number."
    assert services.records.get("leads", lead.id).values["converted"] is False
    assert count(services, "contacts") == 0


def test_lead_changed_meanwhile_is_reported(
    qtbot: QtBot, services: Services, lead: Record, warnings: list[str]
) -> None:
    dialog = dialog_for(qtbot, services, lead)
    services.records.update("leads", lead.id, lead.version, {"title": "CEO"})
    dialog.accept()
    assert warnings and "changed" in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert count(services, "contacts") == 0


def test_conversion_bar(
    qtbot: QtBot, services: Services, lead: Record, monkeypatch: pytest.MonkeyPatch
) -> None:
    bar = LeadConversionBar(services, lambda: services.records.get("leads", lead.id))
    qtbot.addWidget(bar)
    assert bar.badge.isHidden() and bar.button.isHidden()  # no lead yet
    bar.set_lead(lead)
    assert bar.badge.isHidden() and not bar.button.isHidden()

    def run(dialog: ConvertLeadDialog) -> int:
        dialog.no_org.setChecked(True)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ConvertLeadDialog, "exec", run)
    with qtbot.waitSignal(bar.converted) as converted:
        bar.button.click()
    contact_id = converted.args[0].contact_id
    assert services.records.get("contacts", contact_id).values["last_name"] == "Hồng"
    bar.set_lead(services.records.get("leads", lead.id))
    assert not bar.badge.isHidden() and bar.button.isHidden()
