"""Two users save one record: field-by-field merge, the dialog, delete of a changed record."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records.conflict_dialog import MINE, THEIRS, merge_plan
from crm_desktop.views.records.field_widgets import FieldEditor, LineEditor, NumberEditor
from crm_desktop.views.records.record_form import RecordForm

pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def make_form(qtbot: QtBot, services: Services) -> Any:
    def make() -> RecordForm:
        form = RecordForm(services, "organizations")
        qtbot.addWidget(form)
        form.resize(700, 900)
        form.show()
        return form

    return make


def type_into(editor: FieldEditor, text: str) -> None:
    """Replace the text as a user does: select all, type over it."""
    assert isinstance(editor, LineEditor | NumberEditor)
    editor.line.selectAll()
    editor.line.insert(text)


def test_merge_plan_sorts_fields_by_who_changed_them(qtbot: QtBot) -> None:
    loaded = {"name": "Gạo Sài Gòn", "phone": "1", "email": None, "city": "Huế"}
    theirs = {"name": "Gạo Sài Gòn", "phone": "2", "email": "a@b.vn", "city": "Huế"}
    mine = {"email": "c@d.vn", "city": "Đà Nẵng", "phone": "2"}
    plan = merge_plan(mine, loaded, theirs)
    assert plan.mine_only == {"city": "Đà Nẵng"}
    assert plan.theirs_only == []  # phone: both typed "2", nothing to ask
    assert plan.clashes == {"email": "c@d.vn"}
    assert plan.values_to_save({"email": THEIRS}) == {"city": "Đà Nẵng"}
    assert plan.values_to_save({"email": MINE}) == {"city": "Đà Nẵng", "email": "c@d.vn"}
    # An emptied field ("") and a stored None are the same value.
    assert merge_plan({"email": ""}, {"email": None}, {"email": None}).clashes == {}


def _both_edit(
    services: Services, make_form: Any, theirs_values: dict[str, str], my_values: dict[str, str]
) -> tuple[RecordForm, int]:
    org = services.records.create(
        "organizations", {"name": "Công ty Hòa Bình", "phone": "024 111", "billing_city": "Huế"}
    )
    mine, theirs = make_form(), make_form()
    mine.load(org.id)
    theirs.load(org.id)
    for name, text in theirs_values.items():
        type_into(theirs.editors[name], text)
    assert theirs.save()
    for name, text in my_values.items():
        type_into(mine.editors[name], text)
    return mine, org.id


def test_clashing_field_is_asked_and_merged_at_the_new_version(
    qtbot: QtBot,
    services: Services,
    make_form: Any,
    tmp_path: Path,
) -> None:
    mine, org_id = _both_edit(
        services,
        make_form,
        {"name": "Công ty Hòa Bình Xanh", "phone": "024 222"},
        {"name": "Công ty Hòa Bình Đỏ", "billing_city": "Đà Nẵng"},
    )
    assert not mine.save()
    dialog = mine.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert list(dialog.plan.clashes) == ["name"]
    theirs_button = dialog.findChild(QRadioButton, "theirs_name")
    mine_button = dialog.findChild(QRadioButton, "mine_name")
    assert theirs_button.text() == "Công ty Hòa Bình Xanh"
    assert mine_button.text() == "Công ty Hòa Bình Đỏ"
    assert mine_button.isChecked()  # what the user typed is the default
    assert dialog.grab().save(str(tmp_path / "conflict_dialog.png"))

    qtbot.mouseClick(theirs_button, Qt.MouseButton.LeftButton)
    assert dialog.choices() == {"name": THEIRS}
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(mine.saved):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    stored = services.records.get("organizations", org_id)
    assert stored.version == 3  # created 1, their save 2, the merged save 3
    assert stored.values["name"] == "Công ty Hòa Bình Xanh"  # theirs, as chosen
    assert stored.values["phone"] == "024 222"  # only they changed it
    assert stored.values["billing_city"] == "Đà Nẵng"  # only I changed it
    assert mine.editors["name"].value() == "Công ty Hòa Bình Xanh"
    assert not mine.is_dirty()
    qtbot.waitUntil(lambda: mine.conflict_dialog is None)


def test_take_all_mine_and_cancel_keeps_typing(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    mine, org_id = _both_edit(
        services,
        make_form,
        {"name": "Padaria São João", "employees": "12"},
        {"name": "Padaria Conceição", "employees": "15"},
    )
    assert not mine.save()
    dialog = mine.conflict_dialog
    assert dialog is not None
    assert set(dialog.plan.clashes) == {"name", "employees"}
    dialog.choose_all(THEIRS)
    assert set(dialog.choices().values()) == {THEIRS}
    dialog.choose_all(MINE)
    dialog.reject()  # cancel: nothing saved, nothing typed is lost
    assert mine.editors["name"].value() == "Padaria Conceição"
    assert mine.is_dirty()
    assert services.records.get("organizations", org_id).values["name"] == "Padaria São João"

    qtbot.waitUntil(lambda: mine.conflict_dialog is None)
    assert not mine.save()  # asked again
    dialog = mine.conflict_dialog
    assert dialog is not None
    dialog.choose_all(MINE)
    with qtbot.waitSignal(mine.saved):
        dialog.accept()
    stored = services.records.get("organizations", org_id)
    assert (stored.values["name"], stored.values["employees"]) == ("Padaria Conceição", 15)
    assert stored.version == 3


def test_fields_only_one_side_changed_merge_without_asking(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    mine, org_id = _both_edit(
        services, make_form, {"phone": "024 999"}, {"annual_revenue": "1500000"}
    )
    assert mine.save()
    assert mine.conflict_dialog is None
    stored = services.records.get("organizations", org_id)
    assert stored.values["phone"] == "024 999"
    assert stored.values["annual_revenue"] == Decimal("1500000")
    assert mine.changed_bar.isVisible()
    assert "Saved together with the changes" in mine.changed_bar.label.text()


class Answers:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.answers: list[QMessageBox.StandardButton] = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(self._question))

    def _question(self, parent: QWidget, title: str, text: str, *args: Any) -> Any:
        self.asked.append(text)
        return self.answers.pop(0)


def test_deleting_a_record_someone_changed_asks_again(
    qtbot: QtBot, services: Services, make_form: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    org = services.records.create("organizations", {"name": "Nhà sách Phương Nam"})
    form = make_form()
    form.load(org.id)
    services.records.update("organizations", org.id, org.version, {"phone": "028 123"})
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No

    answers.answers = [yes, no]
    assert not form.delete()
    assert "changed this record at" in answers.asked[-1]
    assert answers.asked[-1].startswith(services.users.current().full_name)
    assert not services.records.get("organizations", org.id).deleted

    answers.answers = [yes, yes]
    with qtbot.waitSignal(form.deleted):
        assert form.delete()
    stored = services.records.get("organizations", org.id, include_deleted=True)
    assert stored.deleted


def test_a_merged_save_that_meets_a_third_save_asks_again(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    mine, org_id = _both_edit(
        services, make_form, {"name": "Quán Phở Hà Nội"}, {"name": "Quán Phở Bắc"}
    )
    assert not mine.save()
    first = mine.conflict_dialog
    assert first is not None
    # While I choose, a third user saves the name again.
    stored = services.records.get("organizations", org_id)
    services.records.update("organizations", org_id, stored.version, {"name": "Phở Thìn"})
    first.accept()  # my name, at the second version: refused, and asked again
    second = mine.conflict_dialog
    assert second is not None and second is not first
    assert second.isVisible()
    assert second.findChild(QRadioButton, "theirs_name").text() == "Phở Thìn"
    assert mine.editors["name"].value() == "Quán Phở Bắc"  # still mine, as chosen
    assert mine.is_dirty()
    with qtbot.waitSignal(mine.saved):
        second.accept()
    stored = services.records.get("organizations", org_id)
    assert (stored.version, stored.values["name"]) == (4, "Quán Phở Bắc")
    assert not mine.is_dirty()
    qtbot.waitUntil(lambda: mine.conflict_dialog is None)
