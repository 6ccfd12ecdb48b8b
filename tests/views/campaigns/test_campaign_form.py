"""A campaign's form: its results under the title, its members added from a saved
filter, answered and removed on the Members tab, its opportunities on theirs."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.campaigns.members_page import CampaignMembersPage
from crm_desktop.views.campaigns.segment_dialog import SegmentDialog
from crm_desktop.views.records.record_form import RecordForm
from crm_desktop.views.records.related_tabs import RelatedPage, RelatedTabs

pytestmark = pytest.mark.usefixtures("english_locale")


def test_members_results_and_opportunities(qtbot: QtBot, services: Services) -> None:
    campaign = services.records.create(
        "campaigns", {"name": "Tết 2027", "currency": "VND", "actual_cost": "10000000"}
    )
    for first, status in (("Đức", "Hot"), ("João", "Hot"), ("Guðrún", "Cold")):
        services.records.create(
            "leads", {"first_name": first, "last_name": "X", "lead_status": status}
        )
    services.records.create(
        "opportunities",
        {"name": "Đơn", "amount": "25000000", "currency": "VND",
         "sales_stage": "Closed Won", "campaign_id": campaign.id},
    )  # fmt: skip
    form = RecordForm(services, "campaigns")
    qtbot.addWidget(form)
    form.load(campaign.id)
    results = form.findChild(type(form.title), "campaign_results")
    assert results is not None
    assert "won: 1 for 25,000,000 VND" in results.text() and "ROI: 150.0 %" in results.text()

    tabs = form.findChild(RelatedTabs)
    assert tabs is not None
    members = next(p for p in tabs.pages if isinstance(p, CampaignMembersPage))
    opportunities = next(p for p in tabs.pages if isinstance(p, RelatedPage))
    assert opportunities.count() == 1
    assert members.count() == 0

    members.add_button.click()
    dialog = members.findChild(SegmentDialog)
    assert dialog is not None
    picker = dialog.picker
    picker.type_combo.setCurrentIndex(picker.type_combo.findData("leads"))
    picker.filter_combo.setCurrentIndex(picker.filter_combo.findText("Hot leads"))
    assert picker.count_label.text() == "2 records"
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: members.count() == 2)
    assert tabs.tabText(tabs.indexOf(members)) == "Members (2)"
    assert "Members: 2, responded: 0" in results.text()

    members.table.selectRow(0)
    members._set_response("Responded")
    qtbot.waitUntil(lambda: "responded: 1" in results.text())
    members.table.selectRow(1)
    members.remove_button.click()
    qtbot.waitUntil(lambda: members.count() == 1)
    assert members.model.row_at(0).response == "Responded"  # type: ignore[union-attr]
