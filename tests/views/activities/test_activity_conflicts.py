"""Two users save one activity: a refused merged save, and the invitees merged whole."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.records.service import Record
from crm_desktop.views.activities.form import ActivityForm
from crm_desktop.views.records.conflict_dialog import MINE, THEIRS, ConflictDialog
from crm_desktop.views.records.form_factory import make_form

pytestmark = pytest.mark.usefixtures("english_locale")

UTC = dt.UTC
START = dt.datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
HOUR = dt.timedelta(hours=1)


@pytest.fixture
def form(qtbot: QtBot, services: Services) -> ActivityForm:
    made = make_form(services, "activities")
    assert isinstance(made, ActivityForm)
    qtbot.addWidget(made)
    made.set_zone("UTC")
    made.resize(700, 1100)
    made.show()
    return made


def _meeting(services: Services, subject: str = "Họp với anh Đức") -> Record:
    return services.records.create(
        "activities",
        {"kind": "Meeting", "subject": subject, "start_at": START, "end_at": START + HOUR},
    )


def _contact(services: Services, first: str, last: str) -> int:
    return services.records.create("contacts", {"first_name": first, "last_name": last}).id


def _click(qtbot: QtBot, dialog: ConflictDialog, name: str) -> None:
    """Click a choice as a user does: on its round indicator (a radio button takes clicks
    on its indicator and text only, not on the empty rest of its cell)."""
    button = dialog.findChild(QRadioButton, name)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def test_a_refused_merged_save_keeps_the_merge_and_saves_it_once_corrected(
    qtbot: QtBot, form: ActivityForm, services: Services
) -> None:
    activity = _meeting(services)
    form.load(activity.id)
    # Someone else renames the meeting and has it start later.
    services.records.update(
        "activities",
        activity.id,
        activity.version,
        {"subject": "Họp với chị Lan", "start_at": START + dt.timedelta(minutes=45)},
    )
    form.editors["subject"].set_value("Họp với anh Đức và chị Lan")
    form.editors["end_at"].set_value(START + dt.timedelta(minutes=30))
    assert not form.save()
    dialog = form.conflict_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert list(dialog.plan.clashes) == ["subject"]
    _click(qtbot, dialog, "theirs_subject")
    assert dialog.choices()["subject"] == THEIRS
    with qtbot.assertNotEmitted(form.saved):
        dialog.accept()

    # Their start and my end: the meeting would end before it starts. Nothing is saved,
    # and the form shows the merge as chosen, over their version.
    assert services.records.get("activities", activity.id).version == 2
    e = form.editors
    assert e["subject"].value() == "Họp với chị Lan"
    assert e["start_at"].value() == START + dt.timedelta(minutes=45)
    assert e["end_at"].value() == START + dt.timedelta(minutes=30)
    assert form.is_dirty()
    assert form.error_labels["end_at"].text() == "The end is before the start."
    assert form.changed_bar.label.text().startswith("Merged with the changes")
    assert "not saved yet" in form.changed_bar.label.text()

    e["end_at"].set_value(START + 2 * HOUR)
    with qtbot.waitSignal(form.saved):
        assert form.save()
    stored = services.records.get("activities", activity.id)
    assert stored.version == 3  # one save, at their version: no second conflict
    assert stored.values["subject"] == "Họp với chị Lan"  # theirs, as chosen
    assert stored.values["start_at"] == START + dt.timedelta(minutes=45)
    assert stored.values["end_at"] == START + 2 * HOUR
    assert not form.is_dirty()


def test_a_refused_merged_save_can_be_discarded_back_to_their_version(
    form: ActivityForm, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    activity = _meeting(services)
    form.load(activity.id)
    # They start the meeting 45 minutes later; I have it end after half an hour.
    later = {"start_at": START + dt.timedelta(minutes=45)}
    services.records.update("activities", activity.id, activity.version, later)
    form.editors["end_at"].set_value(START + dt.timedelta(minutes=30))
    assert not form.save()  # merged without asking, then refused: ends before it starts
    assert form.conflict_dialog is None
    assert form.editors["start_at"].value() == START + dt.timedelta(minutes=45)  # theirs
    assert form.editors["end_at"].value() == START + dt.timedelta(minutes=30)  # mine
    assert form.is_dirty()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Discard)
    )
    assert form.maybe_discard()
    # What the form compares with is their version, not the one it loaded first.
    assert form.editors["start_at"].value() == START + dt.timedelta(minutes=45)
    assert form.editors["end_at"].value() == START + HOUR
    assert not form.is_dirty()
    assert services.records.get("activities", activity.id).version == 2


def test_invitees_only_i_changed_are_saved_with_their_fields(
    form: ActivityForm, services: Services
) -> None:
    contact = _contact(services, "An", "Nguyễn")
    activity = _meeting(services)
    form.load(activity.id)
    services.records.update("activities", activity.id, activity.version, {"subject": "Họp"})
    form.invitees.add("contact", contact, "An Nguyễn")
    assert form.save()  # nothing to ask
    assert form.conflict_dialog is None
    assert services.activities.invitees(activity.id) == ([contact], [])
    stored = services.records.get("activities", activity.id)
    assert (stored.version, stored.values["subject"]) == (3, "Họp")
    assert "Saved together with the changes" in form.changed_bar.label.text()
    assert form.invitees.value() == ((contact,), ())
    assert not form.is_dirty()


def test_invitees_only_they_changed_stay_theirs(form: ActivityForm, services: Services) -> None:
    contact = _contact(services, "Bình", "Trần")
    activity = _meeting(services)
    form.load(activity.id)
    services.activities.save(activity.id, activity.version, {}, invitees=((contact,), ()))
    form.editors["location"].set_value("Phòng họp 2")
    assert form.save()
    stored = services.records.get("activities", activity.id)
    assert stored.values["location"] == "Phòng họp 2"
    assert services.activities.invitees(activity.id) == ([contact], [])
    assert form.invitees.value() == ((contact,), ())


@pytest.mark.parametrize("choice", [MINE, THEIRS])
def test_invitees_both_changed_are_asked_and_saved_with_the_fields(
    qtbot: QtBot,
    form: ActivityForm,
    services: Services,
    choice: str,
    tmp_path: Path,
) -> None:
    an = _contact(services, "An", "Nguyễn")
    binh = _contact(services, "Bình", "Trần")
    sigga = _contact(services, "Sigríður", "Jónsdóttir")
    me = services.records.user_id
    activity = services.activities.save(
        None,
        0,
        {"kind": "Meeting", "subject": "Họp", "start_at": START, "end_at": START + HOUR},
        invitees=((an,), ()),
    )
    form.load(activity.id)
    # They invite Bình and change the place; I invite Sigríður and myself, and the subject.
    services.activities.save(
        activity.id, activity.version, {"location": "Hà Nội"}, invitees=((an, binh), ())
    )
    form.invitees.add("contact", sigga, "Sigríður Jónsdóttir")
    form.invitees.add("user", me, services.users.current().full_name)
    form.editors["subject"].set_value("Họp dự án")
    assert not form.save()
    dialog = form.conflict_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.plan.clashes == {}
    theirs_button = dialog.findChild(QRadioButton, "theirs_invitees")
    mine_button = dialog.findChild(QRadioButton, "mine_invitees")
    assert theirs_button.text() == "Nguyễn An\nTrần Bình"
    admin = services.users.current().full_name
    assert mine_button.text() == f"Nguyễn An\nSigríður Jónsdóttir\n{admin} (user)"
    assert mine_button.isChecked()
    assert dialog.grab().save(str(tmp_path / "conflict_invitees.png"))
    _click(qtbot, dialog, f"{choice}_invitees")
    with qtbot.waitSignal(form.saved):
        dialog.accept()

    stored = services.records.get("activities", activity.id)
    assert stored.version == 3  # fields and invitees in one save
    assert (stored.values["subject"], stored.values["location"]) == ("Họp dự án", "Hà Nội")
    invited = services.activities.invitees(activity.id)
    if choice == MINE:
        assert (sorted(invited[0]), invited[1]) == (sorted([an, sigga]), [me])
    else:
        assert (sorted(invited[0]), invited[1]) == (sorted([an, binh]), [])
    assert not form.is_dirty()
    assert sorted(form.invitees.value()[0]) == sorted(invited[0])
