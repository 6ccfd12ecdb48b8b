"""The generic record form on real services: every field kind round-trips, every type saves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records.field_widgets import (
    CheckEditor,
    DateEditor,
    NumberEditor,
)
from crm_desktop.views.records.reference_edit import ReferenceEdit
from tests.views.records.form_helpers import B, Dialogs, choose, link, type_into

pytestmark = pytest.mark.usefixtures("english_locale", "dialogs")


# -- every field kind round-trips -----------------------------------------------------------------
def test_organization_round_trip(qtbot: QtBot, services: Services, make_form: Any) -> None:
    parent = services.records.create("organizations", {"name": "Tập đoàn Đại Phát"}).id
    form = make_form("organizations")
    e = form.editors
    type_into(qtbot, e["name"], "Công ty TNHH Đại Phát Hà Nội")
    choose(e["org_type"], "Customer")
    choose(e["industry"], "Food & Beverage")
    link(qtbot, e["parent_id"], "Tập đoàn Đại Phát")
    type_into(qtbot, e["tax_id"], "0101234567")
    type_into(qtbot, e["annual_revenue"], "1234.56")
    type_into(qtbot, e["employees"], "1,250")
    type_into(qtbot, e["phone"], "+84 24 3826 1234")
    type_into(qtbot, e["email"], "info@daiphat.vn")
    type_into(qtbot, e["website"], "https://daiphat.vn")
    assert isinstance(e["do_not_call"], CheckEditor)
    qtbot.keyClick(e["do_not_call"].check, Qt.Key.Key_Space)
    type_into(qtbot, e["billing_street"], "12 Phố Huế")
    type_into(qtbot, e["billing_city"], "Hà Nội")
    type_into(qtbot, e["latitude"], "21.0285")
    type_into(qtbot, e["description"], "Nhà phân phối\nmiền Bắc")
    assert form.is_dirty()

    with qtbot.waitSignal(form.saved) as saved:
        assert form.save()
    record_id = form.record_id()
    assert record_id is not None
    assert saved.args == ["organizations", record_id]
    assert not form.is_dirty()

    values = services.records.get("organizations", record_id).values
    assert values["name"] == "Công ty TNHH Đại Phát Hà Nội"
    assert values["org_type"] == "Customer"
    assert values["industry"] == "Food & Beverage"
    assert values["parent_id"] == parent
    assert values["annual_revenue"] == Decimal("1234.56")
    assert isinstance(values["annual_revenue"], Decimal)
    assert values["employees"] == 1250
    assert values["phone"] == "+84 24 3826 1234"
    assert values["email"] == "info@daiphat.vn"
    assert values["website"] == "https://daiphat.vn"
    assert values["do_not_call"] is True
    assert values["email_opt_out"] is False
    assert values["billing_city"] == "Hà Nội"
    assert values["description"] == "Nhà phân phối\nmiền Bắc"
    assert values["owner_id"] == services.users.current().id

    again = make_form("organizations")
    again.load(record_id)
    assert again.editors["annual_revenue"].value() == Decimal("1234.56")
    assert isinstance(again.editors["annual_revenue"], NumberEditor)
    assert again.editors["annual_revenue"].line.text() == "1,234.56"
    assert again.editors["latitude"].value() == Decimal("21.0285")
    assert again.editors["parent_id"].value() == parent
    assert isinstance(again.editors["parent_id"], ReferenceEdit)
    assert again.editors["parent_id"].line.text() == "Tập đoàn Đại Phát"
    assert again.editors["org_type"].value() == "Customer"
    assert again.editors["description"].value() == "Nhà phân phối\nmiền Bắc"
    assert again.title.text() == "Công ty TNHH Đại Phát Hà Nội"
    assert values["number"] in again.subtitle.text()
    assert not again.is_dirty()


def test_contact_round_trip_with_date_and_reference(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    org = services.records.create("organizations", {"name": "Đông Á Bank"}).id
    form = make_form("contacts")
    e = form.editors
    choose(e["salutation"], "Mr.")
    type_into(qtbot, e["first_name"], "Nguyễn Văn")
    type_into(qtbot, e["last_name"], "Đức")
    link(qtbot, e["organization_id"], "dong a bank")
    type_into(qtbot, e["birthday"], "3/14/1990")
    type_into(qtbot, e["mobile_phone"], "0912 345 678")
    choose(e["lead_source"], "Trade Show")
    assert form.title.text() == "Nguyễn Văn Đức"  # the header follows the name as typed
    assert form.save()

    record = services.records.get("contacts", form.record_id() or 0)
    assert record.values["birthday"] == dt.date(1990, 3, 14)
    assert record.values["organization_id"] == org
    assert record.values["salutation"] == "Mr."
    assert record.values["lead_source"] == "Trade Show"
    again = make_form("contacts")
    again.load(record.id)
    assert again.editors["birthday"].value() == dt.date(1990, 3, 14)
    assert isinstance(again.editors["birthday"], DateEditor)
    assert again.editors["birthday"].line.text() == "3/14/1990"
    assert "Modified" in again.subtitle.text()


def test_opportunity_round_trip(qtbot: QtBot, services: Services, make_form: Any) -> None:
    form = make_form("opportunities")
    e = form.editors
    type_into(qtbot, e["name"], "Phần mềm kế toán 2025")
    type_into(qtbot, e["amount"], "1234.56")
    choose(e["currency"], "EUR")
    type_into(qtbot, e["expected_close_date"], "2025-12-31")
    choose(e["sales_stage"], "Negotiation/Review")
    type_into(qtbot, e["probability"], "35")  # the user overrides the stage's 80
    assert form.save()
    values = services.records.get("opportunities", form.record_id() or 0).values
    assert values["amount"] == Decimal("1234.56")
    assert values["currency"] == "EUR"
    assert values["expected_close_date"] == dt.date(2025, 12, 31)
    assert values["sales_stage"] == "Negotiation/Review"
    assert values["probability"] == 35
    assert values["weighted_amount"] == Decimal("432.10")


@pytest.mark.parametrize(
    "type_key", ["leads", "organizations", "contacts", "opportunities", "products"]
)
def test_every_type_builds_and_saves_new(
    qtbot: QtBot, services: Services, make_form: Any, type_key: str
) -> None:
    form = make_form(type_key)
    record_type = services.registry.get(type_key)
    for name in record_type.title_fields:
        if record_type.field(name).required:
            type_into(qtbot, form.editors[name], "Tên")
    assert form.save(), [label.text() for label in form.error_labels.values() if label.text()]
    assert form.record_id() is not None
    number = services.records.get(type_key, form.record_id() or 0).number
    assert number
    assert number in form.subtitle.text()


def test_a_record_started_with_values_can_be_saved_as_it_is(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    """ "Plan a visit" fills in a new visit: saving it unchanged must be possible, and
    leaving it asks (it is unsaved work), as with anything typed."""
    org = services.records.create("organizations", {"name": "Lundi hf."})
    form = make_form("contacts")
    form.new_record({"last_name": "Jónsdóttir", "organization_id": org.id})
    assert form.is_dirty()
    dialogs.answer = B.Cancel
    assert not form.maybe_discard()
    assert form.save()
    assert not form.is_dirty()
    saved = services.records.get("contacts", form.record_id())
    assert saved.values["last_name"] == "Jónsdóttir"
    form.new_record()  # without values: nothing to save yet
    assert not form.is_dirty()


def test_a_persons_header_follows_the_name_order_chosen(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    form = make_form("contacts")
    e = form.editors
    type_into(qtbot, e["first_name"], "Văn Đức")
    type_into(qtbot, e["last_name"], "Nguyễn")
    assert form.title.text() == "Văn Đức Nguyễn"  # no order yet: the fields' order
    choose(e["name_order"], "Family name first")
    assert form.title.text() == "Nguyễn Văn Đức"
    assert form.save()
    again = make_form("contacts")
    again.load(form.record_id() or 0)
    assert again.title.text() == "Nguyễn Văn Đức"
    choose(again.editors["name_order"], "Given name first")
    assert again.title.text() == "Văn Đức Nguyễn"
