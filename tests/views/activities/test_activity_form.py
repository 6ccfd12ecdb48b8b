"""The activity form: a task and a repeating meeting saved and loaded back, kinds, links."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.activities.recurrence import parse_simple
from crm_desktop.services.activities.reminders import ReminderService
from crm_desktop.services.activities.service import ActivityService
from crm_desktop.views.activities.form import ActivityForm
from crm_desktop.views.activities.repeat_editors import RecurrenceEditor
from crm_desktop.views.activities.times import DateTimeEditor
from crm_desktop.views.records.form_factory import make_form

NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.UTC


def _ny(day: str, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute), NEW_YORK)


@pytest.fixture
def form(qtbot: QtBot, services: Services) -> ActivityForm:
    made = make_form(services, "activities")
    assert isinstance(made, ActivityForm)
    qtbot.addWidget(made)
    made.set_zone("America/New_York")
    made.resize(700, 1100)
    made.show()
    return made


def _shown(form: ActivityForm, name: str) -> bool:
    layout, cell, box = form._layouts[name]
    return layout.isRowVisible(cell) and not box.isHidden()


def test_a_task_round_trip_with_link_and_invitees(form: ActivityForm, services: Services) -> None:
    org = services.records.create("organizations", {"name": "Công ty TNHH Minh Phát"})
    contact = services.records.create(
        "contacts", {"first_name": "Sigríður", "last_name": "Jónsdóttir"}
    )
    e = form.editors
    e["kind"].set_value("Task")
    assert _shown(form, "due_date") and not _shown(form, "start_at")
    assert not _shown(form, "recurrence") and not _shown(form, "location")
    statuses = [e["status"].combo.itemData(i) for i in range(e["status"].combo.count())]
    assert statuses == [None, "Not Started", "In Progress", "Completed", "Deferred"]
    e["subject"].set_value("Gửi báo giá cho anh Nguyễn Văn Đức")
    e["due_date"].set_value(dt.date(2026, 6, 20))
    e["status"].set_value("In Progress")
    reminder = e["reminder_minutes"].combo
    reminder.setCurrentIndex(reminder.findData(1440))
    assert reminder.itemText(0) == "No reminder"
    # "Related to": the type first, then a record found by typing.
    e["related_type"].combo.setCurrentIndex(e["related_type"].combo.findData("organizations"))
    target = e["related_id"]
    target.line.setText("minh phat")
    target.lookup()  # what the pause after typing does
    assert target.model.rowCount() == 1
    target.completer.activated[QModelIndex].emit(target.model.index(0, 0))
    assert target.value() == org.id
    form.invitees.add("contact", contact.id, "Sigríður Jónsdóttir")
    form.invitees.add_user.setCurrentIndex(1)
    form.invitees.add_user.activated.emit(1)
    assert form.is_dirty()
    assert form.save()
    activities = ActivityService(services.records)
    saved = services.records.get("activities", form.record_id())
    assert saved.values["kind"] == "Task" and saved.values["start_at"] is None
    assert saved.values["due_date"] == dt.date(2026, 6, 20)
    assert saved.values["reminder_minutes"] == 1440
    assert saved.values["related_type"] == "organizations" and saved.values["related_id"] == org.id
    assert saved.values["related_name"] == "Công ty TNHH Minh Phát"
    assert activities.invitees(saved.id) == ([contact.id], [services.records.user_id])
    assert not form.is_dirty()

    form.new_record()
    form.load(saved.id)
    assert e["kind"].value() == "Task" and e["due_date"].value() == dt.date(2026, 6, 20)
    assert e["related_id"].line.text() == "Công ty TNHH Minh Phát"
    assert form.invitees.value() == ((contact.id,), (services.records.user_id,))
    # Only the invitees change: still one save, with a new version (others' forms see it).
    form.invitees.list.setCurrentRow(1)
    form.invitees.remove_selected()
    assert form.is_dirty()
    assert form.save()
    assert activities.invitees(saved.id) == ([contact.id], [])
    assert services.records.get("activities", saved.id).version == saved.version + 1
    assert not form.is_dirty()


def test_a_repeating_meeting_round_trip_in_new_york(form: ActivityForm, services: Services) -> None:
    e = form.editors
    e["kind"].set_value("Meeting")
    e["subject"].set_value("Reunião com João Conceição")
    e["start_at"].set_value(_ny("2026-03-02", 9))
    e["end_at"].set_value(_ny("2026-03-02", 10))
    recurrence = e["recurrence"]
    assert isinstance(recurrence, RecurrenceEditor)
    recurrence.freq.setCurrentIndex(recurrence.freq.findData("WEEKLY"))
    recurrence.interval.setValue(2)
    recurrence.ends.setCurrentIndex(recurrence.ends.findData("until"))
    recurrence.until.set_value(dt.date(2026, 4, 27))
    assert form.save()
    saved = services.records.get("activities", form.record_id())
    assert saved.values["start_at"] == _ny("2026-03-02", 9)
    assert saved.values["time_zone"] == "America/New_York"
    # The last day, whole, in New York (daylight time by then): 03:59:59 UTC the next day.
    assert saved.values["recurrence"] == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20260428T035959Z"
    occurrences = ActivityService(services.records).occurrences(
        _ny("2026-03-01", 0), _ny("2026-06-01", 0)
    )
    local = [o.start.astimezone(NEW_YORK) for o in occurrences]
    assert [t.strftime("%m-%d %H:%M") for t in local] == [
        "03-02 09:00",
        "03-16 09:00",
        "03-30 09:00",
        "04-13 09:00",
        "04-27 09:00",
    ]

    form.new_record()
    form.load(saved.id)
    assert recurrence.freq.currentData() == "WEEKLY" and recurrence.interval.value() == 2
    assert recurrence.until.value() == dt.date(2026, 4, 27)
    start = e["start_at"]
    assert isinstance(start, DateTimeEditor)
    assert start.date.value() == dt.date(2026, 3, 2) and start.time.time().hour() == 9
    assert not form.is_dirty()


def test_rules_the_editor_cannot_edit_and_skipped_dates_are_kept(
    form: ActivityForm, services: Services
) -> None:
    record = ActivityService(services.records).create(
        {
            "kind": "Meeting",
            "subject": "Stand-up",
            "start_at": _ny("2026-03-02", 9),
            "end_at": _ny("2026-03-02", 9, 15),
            "time_zone": "America/New_York",
            "recurrence": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
            "exception_dates": "2026-03-04T09:00:00-05:00",
        }
    )
    form.load(record.id)
    recurrence = form.editors["recurrence"]
    assert isinstance(recurrence, RecurrenceEditor)
    assert not recurrence.custom_box.isHidden() and recurrence.simple_box.isHidden()
    assert "BYDAY=MO,WE,FR" in recurrence.custom_label.text()
    assert _shown(form, "exception_dates")
    assert form.editors["exception_dates"].label.text()  # the skipped day, as a date
    form.editors["subject"].set_value("Daily stand-up")
    assert form.save()
    saved = services.records.get("activities", record.id)
    assert saved.values["recurrence"] == "FREQ=WEEKLY;BYDAY=MO,WE,FR"
    assert saved.values["exception_dates"] == "2026-03-04T09:00:00-05:00"
    # "Replace" turns it into a simple rule the editor writes.
    recurrence.replace_button.click()
    assert recurrence.value() == "FREQ=WEEKLY"
    form.new_record()


def test_changing_the_kind_keeps_what_fits(form: ActivityForm) -> None:
    e = form.editors
    e["kind"].set_value("Meeting")
    e["subject"].set_value("Fundur")
    e["start_at"].set_value(_ny("2026-06-10", 22, 30))  # 02:30 UTC on the 11th
    e["end_at"].set_value(_ny("2026-06-10", 23, 30))
    e["recurrence"].set_value("FREQ=DAILY;COUNT=3")
    e["kind"].set_value("Task")
    assert e["due_date"].value() == dt.date(2026, 6, 10)  # the local day
    assert e["start_at"].value() is None and e["recurrence"].value() is None
    assert e["status"].value() == "Not Started"
    e["kind"].set_value("Visit")
    assert e["start_at"].value() == _ny("2026-06-10", 22, 30)
    assert e["end_at"].value() == _ny("2026-06-10", 23, 30)
    assert e["recurrence"].value() == "FREQ=DAILY;COUNT=3"
    assert e["status"].value() == "Planned"
    assert _shown(form, "location") and _shown(form, "outcome")
    e["kind"].set_value("Call")
    assert not _shown(form, "location") and not _shown(form, "outcome")
    e["location"].set_value("Reykjavík")
    form._apply_kind("Call")
    assert _shown(form, "location")  # a value is never hidden
    form.new_record()


def test_all_day_and_moving_the_start_moves_the_end(form: ActivityForm, services: Services) -> None:
    e = form.editors
    e["subject"].set_value("Hội chợ")
    e["start_at"].set_value(_ny("2026-06-10", 9))
    e["end_at"].set_value(_ny("2026-06-10", 10, 30))
    e["start_at"].set_value(_ny("2026-06-11", 14))
    assert e["end_at"].value() == _ny("2026-06-11", 15, 30)
    e["all_day"].set_value(True)
    assert e["start_at"].time.isHidden()
    assert e["start_at"].value() == dt.datetime(2026, 6, 11, tzinfo=UTC)
    e["end_at"].date.set_value(dt.date(2026, 6, 12))
    assert form.save()
    saved = services.records.get("activities", form.record_id())
    assert saved.values["all_day"] is True
    # Floating dates; the end is exclusive: the fair is on the 11th and the 12th.
    assert saved.values["start_at"] == dt.datetime(2026, 6, 11, tzinfo=UTC)
    assert saved.values["end_at"] == dt.datetime(2026, 6, 13, tzinfo=UTC)
    form.load(saved.id)
    assert e["end_at"].date.value() == dt.date(2026, 6, 12)
    assert not form.is_dirty()


def test_no_time_without_a_date_and_a_first_start_brings_the_kinds_end(
    form: ActivityForm,
) -> None:
    e = form.editors
    start, end = e["start_at"], e["end_at"]
    assert isinstance(start, DateTimeEditor) and isinstance(end, DateTimeEditor)
    # An evening meeting was on show; a new activity keeps none of its times.
    start.set_value(_ny("2026-06-10", 19, 30))
    end.set_value(_ny("2026-06-10", 20, 30))
    form.new_record()
    assert start.value() is None and end.value() is None
    assert start.time.isHidden() and end.time.isHidden()
    # A date typed brings its time back, not the evening's.
    end.date.set_value(dt.date(2026, 6, 12))
    assert not end.time.isHidden() and end.value() == _ny("2026-06-12", 10)
    # The first start typed: the end its kind usually has (an e-mail has none).
    for kind, minutes in (("Call", 15), ("Meeting", 60), ("Visit", 60), ("Email", None)):
        form.new_record({"kind": kind})
        start.set_value(_ny("2026-06-10", 9))
        if minutes is None:
            assert end.value() is None and end.time.isHidden(), kind
        else:
            assert end.value() == _ny("2026-06-10", 9) + dt.timedelta(minutes=minutes), kind
            assert not end.time.isHidden() and end.date.value() == dt.date(2026, 6, 10)
    # Later starts move the end along, as before.
    form.new_record({"kind": "Call"})
    start.set_value(_ny("2026-06-10", 9))
    start.set_value(_ny("2026-06-10", 11))
    assert end.value() == _ny("2026-06-10", 11, 15)
    form.new_record()
    assert not form.is_dirty()


def test_a_reminder_at_the_start_time_is_kept_as_such(
    form: ActivityForm, services: Services
) -> None:
    e = form.editors
    combo = e["reminder_minutes"].combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[:3] == ["No reminder", "At the start time", "5 minutes before"]
    assert combo.itemData(0) is None and combo.itemData(1) == 0
    e["subject"].set_value("Gọi cho chị Hoa")
    e["start_at"].set_value(_ny("2026-06-10", 9))
    combo.setCurrentIndex(1)
    assert form.save()
    saved = services.records.get("activities", form.record_id() or 0)
    reminders = ReminderService(services.db, services.records.user_id, ZoneInfo("UTC"))
    assert saved.values["reminder_minutes"] == 0
    assert reminders.next_due(_ny("2026-06-10", 8)) == _ny("2026-06-10", 9)
    form.new_record()
    form.load(saved.id)
    # Loaded back: at the start, not "no reminder" (0 is a value, not nothing).
    assert combo.currentIndex() == 1 and e["reminder_minutes"].value() == 0
    assert not form.is_dirty()


def test_the_linked_record_opens_and_bad_links_are_told(
    qtbot: QtBot, form: ActivityForm, services: Services
) -> None:
    contact = services.records.create(
        "contacts", {"first_name": "Þórður", "last_name": "Guðjónsson"}
    )
    form.new_record({"subject": "Símtal", "related_type": "contacts", "related_id": contact.id})
    e = form.editors
    assert e["related_type"].combo.currentData() == "contacts"
    assert e["related_id"].line.text() == "Þórður Guðjónsson"
    with qtbot.waitSignal(form.open_record) as opened:
        e["related_id"].open_button.click()
    assert opened.args == ["contacts", contact.id]
    e["related_id"].line.setFocus()
    qtbot.keyClicks(e["related_id"].line, "nobody")
    assert not form.save()
    assert form.rows["related_type"].error.text() == "Choose a record from the list."
    e["related_type"].combo.setCurrentIndex(e["related_type"].combo.findData("leads"))
    assert e["related_id"].value() is None and e["related_id"].type_key == "leads"
    qtbot.keyClick(e["related_id"].line, Qt.Key.Key_Escape)
    form.new_record()


def test_simple_rules_read_and_write() -> None:
    rule = parse_simple(
        "FREQ=DAILY;INTERVAL=2;UNTIL=20260609T235959Z", ZoneInfo("Europe/Oslo"), dt.time(8)
    )
    # 23:59:59 UTC is 01:59 on the 10th in Oslo, before the series' 08:00: the 9th is last.
    assert rule is not None and rule.until == dt.date(2026, 6, 9) and rule.interval == 2
    assert parse_simple("FREQ=WEEKLY;BYDAY=MO", UTC) is None
    assert parse_simple("FREQ=HOURLY", UTC) is None
    assert parse_simple("FREQ=WEEKLY;COUNT=3;UNTIL=20260101", UTC) is None
