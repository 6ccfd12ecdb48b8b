"""The "Activities" tab of organizations, contacts, leads and opportunities."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService
from crm_desktop.views.activities import history as activity_history
from crm_desktop.views.activities.history import ActivityHistoryModel, ActivityHistoryPage
from crm_desktop.views.shell.main_window import MainWindow

OSLO = ZoneInfo("Europe/Oslo")
NOW = dt.datetime(2026, 6, 10, 12, 0, tzinfo=dt.UTC)


def _at(day: str, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute), OSLO)


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = app_module.build_main_window(services, settings)
    qtbot.addWidget(made)
    made.show()
    return made


def _history(window: MainWindow, type_key: str, record_id: int) -> ActivityHistoryPage:
    window.open_record(type_key, record_id)
    form = window.form(type_key)
    assert form is not None and form.related is not None and form.record_id() == record_id
    [page] = [p for p in form.related.pages if isinstance(p, ActivityHistoryPage)]
    page.clock = lambda: NOW
    return page


def test_every_sales_record_has_an_activities_tab(window: MainWindow) -> None:
    for key in ("organizations", "contacts", "leads", "opportunities"):
        form = window.form(key)
        assert form is not None and form.related is not None
        titles = [form.related.tabText(i) for i in range(form.related.count())]
        assert any(t.startswith("Activities") for t in titles), key


def test_history_in_time_order_with_invitations(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    activities = ActivityService(services.records)
    contact = services.records.create("contacts", {"first_name": "Văn Đức", "last_name": "Nguyễn"})
    org = services.records.create("organizations", {"name": "Padaria Conceição"})
    link = {"related_type": "contacts", "related_id": contact.id}
    later = activities.create(
        {"kind": "Visit", "subject": "Thăm khách hàng", "start_at": _at("2026-06-20", 10), **link}
    ).id
    done = activities.create(
        {
            "kind": "Call",
            "subject": "Gọi điện",
            "start_at": _at("2026-06-01", 9),
            "status": "Held",
            **link,
        }
    ).id
    task = activities.create(
        {"kind": "Task", "subject": "Báo giá", "due_date": dt.date(2026, 6, 12), **link}
    ).id
    invited = activities.create(
        {
            "kind": "Meeting",
            "subject": "Reunião",
            "start_at": _at("2026-06-05", 14),
            "related_type": "organizations",
            "related_id": org.id,
        },
        contacts=(contact.id,),
    ).id
    page = _history(window, "contacts", contact.id)
    model = page.model
    ids = [model.index(r, 0).data(activity_history.ACTIVITY_ID_ROLE) for r in range(4)]
    assert ids == [done, invited, task, later]
    assert model.index(1, 5).data() == "Padaria Conceição"  # linked elsewhere, invited here
    assert model.index(0, 5).data() == ""
    assert model.index(0, 3).data() == "Held"
    tab = page.parentWidget()
    assert tab is not None
    form = window.form("contacts")
    assert form is not None and form.related is not None
    index = form.related.indexOf(page)
    assert form.related.tabText(index) == "Activities (4)"
    # A new activity saved anywhere shows up at once.
    activities.create(
        {"kind": "Call", "subject": "Mais uma", "start_at": _at("2026-06-02", 9), **link}
    )
    qtbot.waitUntil(lambda: form.related.tabText(index) == "Activities (5)")
    # Double click opens the activity in its form.
    with qtbot.waitSignal(page.open_record) as opened:
        page.table.doubleClicked.emit(model.index(4, 2))
    assert opened.args == ["activities", later]


def test_the_history_reads_pages_not_the_table(qtmodeltester: object, services: Services) -> None:
    from crm_desktop.services.activities.history import ActivityHistory

    org = services.records.create("organizations", {"name": "Sjávarútvegur Íslands hf."})
    activities = ActivityService(services.records)
    start = _at("2026-01-01", 9)
    for i in range(250):
        activities.create(
            {
                "kind": "Call",
                "subject": f"Símtal {i}",
                "start_at": start + dt.timedelta(days=i),
                "related_type": "organizations",
                "related_id": org.id,
            }
        )
    model = ActivityHistoryModel(ActivityHistory(services.db), "organizations", OSLO, lambda: NOW)
    model.set_record(org.id)
    assert model.rowCount() == 250 and model.pages_fetched == 0
    assert model.index(249, 2).data() == "Símtal 249"
    assert model.pages_fetched == 1
    assert model.first_upcoming() == 161  # 1 January + 160 days is 10 June
    qtmodeltester.check(model)  # type: ignore[attr-defined]


@pytest.mark.parametrize("key", ["organizations", "contacts", "leads", "opportunities"])
def test_the_three_buttons_start_a_linked_activity(
    qtbot: QtBot, window: MainWindow, services: Services, key: str
) -> None:
    values = {
        "organizations": {
            "name": "Minh Phát",
            "billing_street": "12 Lê Lợi",
            "billing_city": "Huế",
        },
        "contacts": {"first_name": "Þórður", "last_name": "Guðjónsson", "mailing_city": "Akureyri"},
        "leads": {"first_name": "João", "last_name": "Conceição", "city": "Porto"},
        "opportunities": {"name": "Triển khai ERP"},
    }[key]
    record = services.records.create(key, values)
    name = services.records.display_name(key, record.id)
    page = _history(window, key, record.id)
    page.zone_name, page.zone = "Europe/Oslo", OSLO
    form = window.form("activities")
    assert form is not None

    page.call_button.click()
    assert window.current_view() == "activities" and form.record_id() is None
    e = form.editors
    assert e["kind"].value() == "Call" and e["status"].value() == "Held"
    assert e["related_type"].value() == key and e["related_id"].value() == record.id
    assert e["related_id"].line.text() == name
    assert e["start_at"].value() == NOW and e["subject"].value() == f"Call with {name}"
    assert e["end_at"].value() == NOW + dt.timedelta(minutes=15)
    assert form.save()
    saved = services.records.get("activities", form.record_id())
    assert saved.values["related_name"] == name and saved.values["status"] == "Held"
    # Saved, the window is back on the record the call was logged on.
    assert window.current_view() == key
    back = window.current_form()
    assert back is not None and back.record_id() == record.id

    page = _history(window, key, record.id)
    page.zone_name, page.zone = "Europe/Oslo", OSLO
    qtbot.waitUntil(lambda: page.count() == 1)  # the history follows the change hub
    page.visit_button.click()
    assert e["kind"].value() == "Visit" and e["status"].value() == "Planned"
    assert e["start_at"].value() == _at("2026-06-11", 9)
    assert e["end_at"].value() == _at("2026-06-11", 10)
    address = {"organizations": "12 Lê Lợi, Huế", "contacts": "Akureyri", "leads": "Porto"}
    assert e["location"].value() == address.get(key)
    assert e["related_id"].value() == record.id

    form.new_record()
    page = _history(window, key, record.id)
    page.task_button.click()
    assert e["kind"].value() == "Task" and e["status"].value() == "Not Started"
    assert e["due_date"].value() == dt.date(2026, 6, 10)
    assert e["related_type"].value() == key and e["related_id"].value() == record.id
    form.new_record()


def test_a_logged_call_starts_on_the_five_minutes_before_with_date_and_time(
    window: MainWindow, services: Services
) -> None:
    org = services.records.create("organizations", {"name": "Fálki ehf."})
    form = window.form("activities")
    assert form is not None
    # An evening meeting was on show in the activity form before.
    meeting = ActivityService(services.records).create(
        {
            "kind": "Meeting",
            "subject": "Kvöldfundur",
            "start_at": _at("2026-06-09", 19),
            "end_at": _at("2026-06-09", 20, 30),
        }
    )
    window.open_record("activities", meeting.id)
    page = _history(window, "organizations", org.id)
    page.zone_name, page.zone = "Europe/Oslo", OSLO
    page.clock = lambda: dt.datetime(2026, 6, 10, 12, 3, 40, tzinfo=dt.UTC)
    page.call_button.click()
    e = form.editors
    start = dt.datetime(2026, 6, 10, 12, 0, tzinfo=dt.UTC)
    assert e["start_at"].value() == start
    assert e["end_at"].value() == start + dt.timedelta(minutes=15)
    for name in ("start_at", "end_at"):
        editor = e[name]
        assert editor.date.value() == dt.date(2026, 6, 10)  # type: ignore[attr-defined]
        assert not editor.time.isHidden()  # type: ignore[attr-defined]
    shown = e["end_at"].time.time()  # type: ignore[attr-defined]
    local = (start + dt.timedelta(minutes=15)).astimezone(form.zone)  # type: ignore[attr-defined]
    assert (shown.hour(), shown.minute()) == (local.hour, local.minute)
    form.new_record()
