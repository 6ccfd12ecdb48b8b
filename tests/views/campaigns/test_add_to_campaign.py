"""A leads' or contacts' list adds its selected record, or all it shows, to a campaign."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.campaigns.add_to_campaign import AddToCampaignDialog, campaign_action
from crm_desktop.views.records.list_view import ListPanel

pytestmark = pytest.mark.usefixtures("english_locale")


def test_the_selected_lead_then_the_whole_filtered_list(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    campaign = services.records.create("campaigns", {"name": "Hội chợ"})
    leads = [
        services.records.create("leads", {"last_name": name, "lead_status": status}).id
        for name, status in (("Đỗ", "Hot"), ("Þór", "Hot"), ("Silva", "Cold"))
    ]
    panel = ListPanel(services, "leads", settings)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.count() == 3)
    assert campaign_action(ListPanel(services, "organizations", settings)) is None

    panel.select_record(leads[1])
    dialog = AddToCampaignDialog(panel)
    qtbot.addWidget(dialog)
    assert dialog.campaign.currentText() == "Hội chợ" and dialog.selected.isChecked()
    dialog.add()
    members = services.campaigns().page(campaign.id, 0, 10)
    assert [m.record_id for m in members] == [leads[1]]

    panel.set_quick_filter("do")
    qtbot.waitUntil(lambda: panel.count() == 1)
    dialog = AddToCampaignDialog(panel)
    qtbot.addWidget(dialog)
    dialog.everyone.setChecked(True)
    dialog.add()
    members = services.campaigns().page(campaign.id, 0, 10)
    assert sorted(m.record_id for m in members) == sorted([leads[0], leads[1]])
