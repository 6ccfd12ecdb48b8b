"""A case's form asks how it was resolved when closed; a contract's form renews it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from tests.views.records.form_helpers import choose, type_into

pytestmark = pytest.mark.usefixtures("english_locale", "dialogs")


def test_closing_a_case_asks_for_its_resolution(
    qtbot: QtBot, make_form: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [("", False), ("Đã thay linh kiện.", True)]
    asked: list[str] = []

    def ask(parent: object, title: str, label: str, *args: object, **kwargs: object) -> Any:
        asked.append(label)
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(ask))
    form = make_form("cases")
    e = form.editors
    type_into(qtbot, e["title"], "Máy lạnh kêu to")
    assert form.save()
    choose(e["status"], "Closed")  # cancelled: the case stays open
    assert e["status"].value() == "Open" and asked == ["How was the case resolved?"]
    choose(e["status"], "Closed")
    assert e["resolution"].value() == "Đã thay linh kiện."
    assert form.save()
    case = services.records.get("cases", form.record_id())
    assert case.values["status"] == "Closed"
    assert case.values["resolution"] == "Đã thay linh kiện."


def test_renew_opens_the_next_term_of_the_contract(
    qtbot: QtBot, make_form: Any, services: Services
) -> None:
    contract = services.records.create(
        "contracts",
        {
            "name": "Bảo trì",
            "status": "Active",
            "start_date": dt.date(2026, 1, 1),
            "end_date": dt.date(2026, 12, 31),
        },
    )
    form = make_form("contracts")
    form.load(contract.id)
    part = form.parts[0]
    with qtbot.waitSignal(form.open_record) as opened:
        part.action.trigger()
    record_type, record_id = opened.args
    renewed = services.records.get(record_type, record_id)
    assert renewed.values["renewed_from_id"] == contract.id
    assert renewed.values["start_date"] == dt.date(2027, 1, 1)
    form.new_record()
    assert not part.action.isEnabled()
