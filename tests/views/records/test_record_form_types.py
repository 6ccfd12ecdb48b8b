"""The record form's behaviour for particular types: stages, addresses, related records, leads."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records.field_widgets import (
    ComboEditor,
    LineEditor,
    ReadOnlyEditor,
)
from crm_desktop.views.records.reference_edit import ReferenceEdit
from crm_desktop.views.sales import convert_lead_dialog
from crm_desktop.views.sales.convert_lead_dialog import LeadConversionBar
from tests.views.records.form_helpers import choose, type_into

pytestmark = pytest.mark.usefixtures("english_locale", "dialogs")


# -- behaviour of particular record types ---------------------------------------------------------
def test_stage_prefills_probability_and_weighted_amount(qtbot: QtBot, make_form: Any) -> None:
    form = make_form("opportunities")
    e = form.editors
    assert e["sales_stage"].value() == "Prospecting"  # the default stage
    type_into(qtbot, e["amount"], "2000")
    choose(e["sales_stage"], "Proposal/Price Quote")
    assert e["probability"].value() == 65
    assert isinstance(e["weighted_amount"], ReadOnlyEditor)
    assert e["weighted_amount"].label.text() == "1,300.00 USD"
    type_into(qtbot, e["probability"], "50")
    assert e["weighted_amount"].label.text() == "1,000.00 USD"
    choose(e["currency"], "VND")
    assert e["weighted_amount"].label.text() == "1,000 VND"


def test_copy_billing_to_shipping(qtbot: QtBot, make_form: Any) -> None:
    form = make_form("organizations")
    e = form.editors
    for part, text in (("street", "1 Lê Lợi"), ("city", "Huế"), ("country", "Việt Nam")):
        type_into(qtbot, e[f"billing_{part}"], text)
    type_into(qtbot, e["shipping_postal_code"], "99999")
    button = next(b for b in form.findChildren(QPushButton) if "→ shipping" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert e["shipping_street"].value() == "1 Lê Lợi"
    assert e["shipping_city"].value() == "Huế"
    assert e["shipping_country"].value() == "Việt Nam"
    assert e["shipping_postal_code"].value() is None
    form.copy_address("shipping_", "billing_")
    assert e["billing_city"].value() == "Huế"


def test_related_tabs_of_an_organization(qtbot: QtBot, services: Services, make_form: Any) -> None:
    org = services.records.create("organizations", {"name": "Viettel"}).id
    other = services.records.create("organizations", {"name": "FPT"}).id
    for last in ("An", "Bình"):
        services.records.create("contacts", {"last_name": last, "organization_id": org})
    services.records.create("contacts", {"last_name": "Elsewhere", "organization_id": other})
    form = make_form("organizations")
    assert form.related is not None
    assert form.related.isHidden()  # a new record has nothing related yet
    form.load(org)
    assert not form.related.isHidden()
    page = form.related.pages[0]
    assert form.related.tabText(0) == "Contacts (2)"
    assert page.model is not None
    names = {page.model.index(r, page.model.column_of("last_name") or 0).data() for r in range(2)}
    assert names == {"An", "Bình"}

    with qtbot.waitSignal(form.open_record) as opened:
        page.table.doubleClicked.emit(page.model.index(0, 0))
    assert opened.args[0] == "contacts"
    assert opened.args[1] in {page.model.record_id(0), page.model.record_id(1)}

    with qtbot.waitSignal(form.new_related) as new:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert new.args == ["contacts", {"organization_id": org}]

    # A contact saved anywhere else shows up in the tab.
    services.records.create("contacts", {"last_name": "Cường", "organization_id": org})
    qtbot.waitUntil(lambda: form.related is not None and form.related.tabText(0) == "Contacts (3)")


def test_new_related_record_is_prefilled(qtbot: QtBot, services: Services, make_form: Any) -> None:
    org = services.records.create("organizations", {"name": "Vinamilk"}).id
    form = make_form("contacts")
    form.new_record({"organization_id": org})
    assert isinstance(form.editors["organization_id"], ReferenceEdit)
    assert form.editors["organization_id"].line.text() == "Vinamilk"
    assert form.is_dirty()  # the link is unsaved work already
    type_into(qtbot, form.editors["last_name"], "Tô")
    assert form.save()
    assert services.records.get("contacts", form.record_id() or 0).values["organization_id"] == org


def test_reference_open_button_opens_the_record(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    org = services.records.create("organizations", {"name": "Masan"}).id
    contact = services.records.create("contacts", {"last_name": "Hà", "organization_id": org})
    form = make_form("contacts")
    form.load(contact.id)
    editor = form.editors["organization_id"]
    assert isinstance(editor, ReferenceEdit)
    with qtbot.waitSignal(form.open_record) as opened:
        qtbot.mouseClick(editor.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["organizations", org]


def test_converted_lead_is_read_only(qtbot: QtBot, services: Services, make_form: Any) -> None:
    lead = services.records.create("leads", {"last_name": "Mai", "company": "Hoa Sen"})
    form = make_form("leads")
    form.load(lead.id)
    lead_bar = form.findChild(LeadConversionBar)
    assert lead_bar is not None
    assert not lead_bar.button.isHidden()
    assert lead_bar.badge.isHidden()
    services.conversion.convert(lead.id, lead.version)
    form.load(lead.id)
    assert lead_bar.button.isHidden()
    assert not lead_bar.badge.isHidden()
    assert "Converted" in lead_bar.badge.text()
    assert isinstance(form.editors["last_name"], LineEditor)
    assert form.editors["last_name"].line.isReadOnly()
    assert form.save()  # nothing to save, nothing raised


def test_a_converted_lead_links_to_what_it_became(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    lead = services.records.create(
        "leads", {"first_name": "Thu", "last_name": "Trang", "company": "Sao Mai"}
    )
    result = services.conversion.convert(lead.id, lead.version, opportunity={})
    form = make_form("leads")
    form.load(lead.id)
    lead_bar = form.findChild(LeadConversionBar)
    assert lead_bar is not None
    links = lead_bar.links
    assert links.isVisible()
    assert links.text() == (
        f'Became: Organization: <a href="organizations:{result.organization_id}">Sao Mai</a>'
        f' · Contact: <a href="contacts:{result.contact_id}">Thu Trang</a>'
        f' · Opportunity: <a href="opportunities:{result.opportunity_id}">Sao Mai</a>'
    )
    status = form.editors["lead_status"]
    assert isinstance(status, ComboEditor) and status.combo.currentText() == "Converted"
    for type_key, record_id in [
        ("organizations", result.organization_id),
        ("contacts", result.contact_id),
        ("opportunities", result.opportunity_id),
    ]:
        with qtbot.waitSignal(form.open_record) as opened:
            links.linkActivated.emit(f"{type_key}:{record_id}")  # what a click on it does
        assert opened.args == [type_key, record_id]
    form.load(services.records.create("leads", {"last_name": "Mai"}).id)
    assert not lead_bar.links.isVisible()


def test_convert_button_converts_and_opens_the_contact(
    qtbot: QtBot, services: Services, make_form: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead = services.records.create(
        "leads", {"first_name": "Thu", "last_name": "Trang", "company": "Sao Mai"}
    )
    form = make_form("leads")
    form.load(lead.id)

    def run(dialog: convert_lead_dialog.ConvertLeadDialog) -> int:
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(convert_lead_dialog.ConvertLeadDialog, "exec", run)
    lead_bar = form.findChild(LeadConversionBar)
    assert lead_bar is not None
    with qtbot.waitSignal(form.open_record) as opened:
        qtbot.mouseClick(lead_bar.button, Qt.MouseButton.LeftButton)
    assert opened.args[0] == "contacts"
    contact = services.records.get("contacts", opened.args[1])
    assert contact.values["last_name"] == "Trang"
    assert services.records.get("leads", lead.id).values["converted"] is True
    assert not lead_bar.badge.isHidden()  # the form reloaded the converted lead
