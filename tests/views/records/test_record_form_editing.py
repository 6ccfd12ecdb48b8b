"""Editing in the record form: validation, the unsaved-changes guard, others' saves."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from crm_desktop.errors import NotFound
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.records.reference_edit import ReferenceEdit
from tests.views.records.form_helpers import B, Dialogs, type_into, type_text

pytestmark = pytest.mark.usefixtures("english_locale", "dialogs")


# -- validation -----------------------------------------------------------------------------------
def test_required_field_shows_message_and_does_not_save(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    form = make_form("contacts")
    form.show()
    qtbot.waitExposed(form)
    type_into(qtbot, form.editors["first_name"], "Thị Mai")
    type_into(qtbot, form.editors["email"], "mai@example.vn")
    with qtbot.assertNotEmitted(form.saved):
        assert not form.save()
    message = form.error_labels["last_name"]
    assert message.isVisible()
    assert message.text() == "This field is required."
    assert form.focusWidget() is form.editors["last_name"].focusProxy()
    assert services.lists.count(ListQuery("contacts")) == 0
    assert form.editors["first_name"].value() == "Thị Mai"  # nothing typed is lost
    assert form.editors["email"].value() == "mai@example.vn"
    type_text(qtbot, form.editors["last_name"].focusProxy(), "Trần")
    assert not message.isVisible()  # editing the field clears its message
    assert form.save()
    assert services.lists.count(ListQuery("contacts")) == 1


def test_tab_order_follows_the_layout(qtbot: QtBot, make_form: Any) -> None:
    form = make_form("contacts")
    qtbot.waitExposed(form)
    form.activateWindow()
    order = ["first_name", "last_name", "name_order", "title", "department", "organization_id"]
    form.editors[order[0]].setFocus()
    for name in order[:-1]:
        editor = form.editors[name]
        assert form.focusWidget() is (editor.focusProxy() or editor), name
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert isinstance(form.editors["organization_id"], ReferenceEdit)
    assert form.focusWidget() is form.editors["organization_id"].line


def test_invalid_email_shows_its_message(qtbot: QtBot, services: Services, make_form: Any) -> None:
    form = make_form("contacts")
    form.show()
    type_into(qtbot, form.editors["last_name"], "Lê")
    type_into(qtbot, form.editors["email"], "le at example")
    type_into(qtbot, form.editors["birthday"], "31/31/2020")
    assert not form.save()
    assert form.error_labels["email"].text() == "Not a valid email address."
    assert form.error_labels["birthday"].text() == "Not a valid date."
    assert not form.error_labels["last_name"].isVisible()
    assert form.editors["email"].value() == "le at example"
    assert form.editors["birthday"].value() == "31/31/2020"
    assert form.record_id() is None


def test_a_name_too_long_is_refused_at_the_field(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    """A pasted name longer than its column is not cut silently: the form says so under
    the field, keeps the text, and saves nothing until it is shortened."""
    form = make_form("contacts")
    form.show()
    long_name = "Nguyễn " * 20  # 140 characters; a last name holds 120
    form.editors["last_name"].line.setText(long_name)  # what a paste does
    type_into(qtbot, form.editors["email"], "x" * 250 + "@hoasen.vn")
    with qtbot.assertNotEmitted(form.saved):
        assert not form.save()
    assert form.error_labels["last_name"].text() == (
        "Too long: at most 120 characters (this is 139)."
    )
    assert form.error_labels["email"].text() == "Too long: at most 254 characters (this is 260)."
    assert form.editors["last_name"].value() == long_name.strip()
    assert services.lists.count(ListQuery("contacts")) == 0
    type_into(qtbot, form.editors["last_name"], "Nguyễn")
    type_into(qtbot, form.editors["email"], "huong@hoasen.vn")
    assert form.save()


def test_unresolved_reference_is_an_error(qtbot: QtBot, make_form: Any) -> None:
    form = make_form("contacts")
    form.show()
    type_into(qtbot, form.editors["last_name"], "Phạm")
    editor = form.editors["organization_id"]
    assert isinstance(editor, ReferenceEdit)
    type_text(qtbot, editor.line, "No such company")
    assert not form.save()
    assert form.error_labels["organization_id"].text() == "Choose a record from the list."


def test_update_sends_only_changed_values(services: Services, make_form: Any, qtbot: QtBot) -> None:
    contact = services.records.create("contacts", {"last_name": "Võ", "title": "Giám đốc"})
    form = make_form("contacts")
    form.load(contact.id)
    sent: list[dict[str, Any]] = []
    update = services.records.update

    def spy(type_key: str, record_id: int, version: int, values: dict[str, Any]) -> Any:
        sent.append(values)
        return update(type_key, record_id, version, values)

    services.records.update = spy  # type: ignore[method-assign]
    type_into(qtbot, form.editors["department"], "Kinh doanh")
    assert form.save()
    assert sent == [{"department": "Kinh doanh"}]
    assert services.records.get("contacts", contact.id).version == contact.version + 1


# -- dirty tracking and the unsaved-changes guard -------------------------------------------------
def test_dirty_tracking(qtbot: QtBot, services: Services, make_form: Any) -> None:
    contact = services.records.create("contacts", {"last_name": "Hoàng"})
    form = make_form("contacts")
    form.load(contact.id)
    assert not form.is_dirty()
    with qtbot.waitSignal(form.dirty_changed) as became:
        type_into(qtbot, form.editors["title"], "Kế toán")
    assert became.args == [True]
    qtbot.keyClick(form.editors["title"].focusProxy(), Qt.Key.Key_Escape)  # nothing undone
    assert form.editors["title"].value() == "Kế toán"
    assert form.is_dirty()
    with qtbot.waitSignal(form.dirty_changed) as back:
        type_into(qtbot, form.editors["title"], "")  # typed back to what was loaded
    assert back.args == [False]


def test_maybe_discard(qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs) -> None:
    contact = services.records.create("contacts", {"last_name": "Bùi"})
    form = make_form("contacts")
    form.load(contact.id)
    assert form.maybe_discard()  # clean: no question
    assert dialogs.asked == []

    type_into(qtbot, form.editors["title"], "Trưởng phòng")
    dialogs.answer = B.Cancel
    assert not form.maybe_discard()
    assert form.is_dirty()
    assert form.editors["title"].value() == "Trưởng phòng"

    dialogs.answer = B.Discard
    assert form.maybe_discard()
    assert not form.is_dirty()
    assert form.editors["title"].value() is None

    type_into(qtbot, form.editors["title"], "Trưởng phòng")
    dialogs.answer = B.Save
    assert form.maybe_discard()
    assert services.records.get("contacts", contact.id).values["title"] == "Trưởng phòng"
    assert [kind for kind, _ in dialogs.asked] == ["question"] * 3


def test_maybe_discard_save_that_fails_stays(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    contact = services.records.create("contacts", {"last_name": "Bùi"})
    form = make_form("contacts")
    form.load(contact.id)
    type_into(qtbot, form.editors["email"], "broken")
    dialogs.answer = B.Save
    assert not form.maybe_discard()
    assert form.error_labels["email"].text() == "Not a valid email address."


# -- concurrent edits -----------------------------------------------------------------------------
def test_conflict_keeps_typed_text(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    contact = services.records.create("contacts", {"last_name": "Đặng"})
    mine, theirs = make_form("contacts"), make_form("contacts")
    mine.load(contact.id)
    theirs.load(contact.id)
    type_into(qtbot, theirs.editors["title"], "Their title")
    assert theirs.save()

    type_into(qtbot, mine.editors["title"], "My title")
    assert not mine.save()  # refused: the merge dialog asks about the title
    assert mine.conflict_dialog is not None and mine.conflict_dialog.isVisible()
    assert list(mine.conflict_dialog.plan.clashes) == ["title"]
    assert mine.editors["title"].value() == "My title"
    assert mine.is_dirty()
    assert services.records.get("contacts", contact.id).values["title"] == "Their title"

    mine.conflict_dialog.reject()  # Cancel: still nothing lost, nothing saved
    assert mine.editors["title"].value() == "My title"
    assert mine.is_dirty()
    assert services.records.get("contacts", contact.id).values["title"] == "Their title"


def test_saving_a_deleted_record_says_so(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    contact = services.records.create("contacts", {"last_name": "Ngô"})
    form = make_form("contacts")
    form.load(contact.id)
    services.records.delete("contacts", contact.id, contact.version)
    type_into(qtbot, form.editors["title"], "Still here")
    assert not form.save()
    assert dialogs.asked[-1][0] == "warning"
    assert form.editors["title"].value() == "Still here"


def test_delete_moves_to_recycle_bin(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    contact = services.records.create("contacts", {"last_name": "Lý"})
    form = make_form("contacts")
    form.load(contact.id)
    dialogs.answer = B.No
    assert not form.delete()
    services.records.get("contacts", contact.id)
    dialogs.answer = B.Yes
    with qtbot.waitSignal(form.deleted) as deleted:
        assert form.delete()
    assert deleted.args == ["contacts", contact.id]
    assert form.record_id() is None
    with pytest.raises(NotFound):
        services.records.get("contacts", contact.id)


def test_a_record_moved_to_the_bin_is_not_saved_anew_nor_offers_its_commands(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    contact = services.records.create("contacts", {"last_name": "Lý"})
    form = make_form("contacts")
    command = QAction("Create quote", form)
    form.add_action(command)
    form.load(contact.id)
    dialogs.answer = B.Yes
    assert form.delete()
    assert not form.action_buttons.isEnabled()
    with qtbot.assertNotEmitted(form.saved):
        assert not form.save()  # Ctrl+S on it would otherwise make it again, as a new record
    assert services.lists.count(ListQuery("contacts")) == 0
    form.new_record()
    assert form.action_buttons.isEnabled()
    type_into(qtbot, form.editors["last_name"], "Mới")
    assert form.save()
    assert services.lists.count(ListQuery("contacts")) == 1
