"""A record form's save while another user holds the write lock: it waits off the GUI
thread, with "Waiting for another user…" and a Cancel, and then saves as any save does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records import form_factory
from tests.views.other_user import OtherUsersLock, gui_thread_runs
from tests.views.records.form_helpers import Dialogs, type_into

pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("english_locale", "dialogs")]


@pytest.fixture(autouse=True)
def _long_wait(services: Services) -> None:
    # Long enough for any machine to reach the end of a test before the save gives up.
    services.db.write_wait_seconds = 30


def test_a_waiting_save_leaves_the_window_running_and_cancel_keeps_the_typing(
    qtbot: QtBot,
    services: Services,
    make_form: Any,
    other_users_lock: OtherUsersLock,
    dialogs: Dialogs,
) -> None:
    record = services.records.create("organizations", {"name": "Bánh mì Phượng"})
    form = make_form("organizations")
    form.load(record.id)
    type_into(qtbot, form.editors["phone"], "024 5555")
    other_users_lock.hold()
    assert not form.save()  # not saved yet: it waits
    assert form.waiting_bar.isVisible()
    assert form.waiting_bar.label.text() == "Waiting for another user…"
    assert not form.body.isEnabled()  # the save takes what the fields held
    gui_thread_runs(qtbot)
    assert form.saving.waiting()
    assert not form.maybe_discard()  # the form is not left while its save waits
    qtbot.mouseClick(form.waiting_bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.saving.waiting())
    assert not form.waiting_bar.isVisible() and form.body.isEnabled()
    assert form.editors["phone"].value() == "024 5555"
    assert form.is_dirty()
    other_users_lock.release()
    assert services.records.get("organizations", record.id).values["phone"] is None
    assert dialogs.asked == []


def test_once_the_lock_comes_the_waiting_save_completes(
    qtbot: QtBot, services: Services, make_form: Any, other_users_lock: OtherUsersLock
) -> None:
    form = make_form("organizations")
    type_into(qtbot, form.editors["name"], "Cà phê Trung Nguyên")
    other_users_lock.hold()
    assert not form.save()
    gui_thread_runs(qtbot)
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        other_users_lock.release()
    assert saved.args[0] == "organizations"
    assert not form.saving.waiting() and not form.waiting_bar.isVisible()
    assert form.record_id() == saved.args[1]
    assert not form.is_dirty()
    stored = services.records.get("organizations", saved.args[1])
    assert stored.values["name"] == "Cà phê Trung Nguyên"
    assert stored.number and stored.number in form.subtitle.text()


def test_a_save_that_waited_still_checks_the_version(
    qtbot: QtBot,
    services: Services,
    make_form: Any,
    other_users_lock: OtherUsersLock,
    dialogs: Dialogs,
) -> None:
    """The other user saved the same field of the record while this save waited: the
    merge dialog asks, as it does for a save that did not wait."""
    record = services.records.create("organizations", {"name": "Ngân hàng Á Châu"})
    form = make_form("organizations")
    form.load(record.id)
    type_into(qtbot, form.editors["phone"], "024 5555")
    other_users_lock.hold()
    other_users_lock.connection.execute(
        "UPDATE organizations SET phone = '028 9999', version = version + 1 WHERE id = ?",
        (record.id,),
    )
    assert not form.save()
    other_users_lock.release()
    qtbot.waitUntil(lambda: form.conflict_dialog is not None and form.conflict_dialog.isVisible())
    assert not form.saving.waiting()
    assert form.editors["phone"].value() == "024 5555"
    assert form.is_dirty()
    assert services.records.get("organizations", record.id).values["phone"] == "028 9999"
    assert dialogs.asked == []
    form.conflict_dialog.reject()


@pytest.mark.parametrize("type_key", ["activities", "quotes"])
def test_the_activity_and_quote_forms_wait_the_same_way(
    qtbot: QtBot,
    services: Services,
    other_users_lock: OtherUsersLock,
    dialogs: Dialogs,
    type_key: str,
) -> None:
    form = form_factory.make_form(services, type_key)
    qtbot.addWidget(form)
    form.resize(900, 1100)
    form.show()
    type_into(qtbot, form.editors["subject"], "Gia hạn hợp đồng")
    other_users_lock.hold()
    assert not form.save()
    gui_thread_runs(qtbot)
    qtbot.mouseClick(form.waiting_bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.saving.waiting())
    assert form.editors["subject"].value() == "Gia hạn hợp đồng" and form.is_dirty()
    assert form.record_id() is None
    assert not form.save()  # again, and this time the other user lets go
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        other_users_lock.release()
    assert services.records.get(type_key, saved.args[1]).values["subject"] == "Gia hạn hợp đồng"
    assert not form.is_dirty()
    assert dialogs.asked == []
