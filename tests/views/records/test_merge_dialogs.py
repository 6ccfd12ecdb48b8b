"""Find duplicates, the merge dialog and Undo merge in the recycle bin, driven as a
user would (qtbot) on real services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.records.service import Record
from crm_desktop.views.records.duplicates_dialog import FindDuplicatesDialog
from crm_desktop.views.records.merge_dialog import MergeDialog
from crm_desktop.views.records.recycle_bin import RecycleBin

pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def pair(services: Services) -> tuple[Record, Record]:
    records = services.records
    org = records.create("organizations", {"name": "Ánh Dương"})
    keep = records.create(
        "contacts",
        {"first_name": "Văn An", "last_name": "Nguyễn", "organization_id": org.id,
         "email": "an@anhduong.vn", "title": "Giám đốc", "office_phone": "028 3822 1234"},
    )  # fmt: skip
    dup = records.create(
        "contacts",
        {"first_name": "van an", "last_name": "NGUYEN", "organization_id": org.id,
         "email": "AN@anhduong.vn", "mobile_phone": "+84 90 123 4567"},
    )  # fmt: skip
    return keep, dup


def _found(qtbot: QtBot, services: Services) -> FindDuplicatesDialog:
    dialog = FindDuplicatesDialog(services, "contacts")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished_search, timeout=20_000):
        dialog.start()
    return dialog


def test_groups_show_with_their_reasons_and_merge_empties_them(
    qtbot: QtBot, services: Services, pair: tuple[Record, Record]
) -> None:
    keep, dup = pair
    dialog = _found(qtbot, services)
    assert dialog.tree.topLevelItemCount() == 1  # e-mail and name: the same two records
    group = dialog.tree.topLevelItem(0)
    assert group.text(0) == "same e-mail: an@anhduong.vn · same name: van an nguyen"
    assert [group.child(i).text(0) for i in range(2)] == [
        f"{keep.number} Nguyễn Văn An",
        f"{dup.number} NGUYEN van an",
    ]
    assert dialog.status.text() == "1 group of likely duplicates"
    assert not dialog.merge_button.isEnabled()
    dialog.tree.setCurrentItem(group.child(1))
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.open_requested) as opened:
        dialog.tree.itemDoubleClicked.emit(group.child(1), 0)
    assert opened.args == ["contacts", dup.id]

    merge = dialog.merge_dialog()
    assert merge is not None
    qtbot.addWidget(merge)
    # The record with more filled in is kept; each differing field offers both values.
    assert merge.survivor_index() == 0
    assert set(merge.choices) == {"first_name", "last_name", "title", "office_phone",
                                  "mobile_phone", "email"}  # fmt: skip
    assert merge.chosen_values() == {"mobile_phone": "+84 90 123 4567"}  # keep's is empty
    merge.choices["last_name"].button(1).click()
    assert merge.chosen_values() == {"mobile_phone": "+84 90 123 4567", "last_name": "NGUYEN"}
    assert merge.merge() is not None
    kept = services.records.get("contacts", keep.id).values
    assert (kept["last_name"], kept["mobile_phone"], kept["title"]) == (
        "NGUYEN", "+84 90 123 4567", "Giám đốc",
    )  # fmt: skip
    assert services.records.get("contacts", dup.id, include_deleted=True).deleted
    assert dialog.tree.topLevelItemCount() == 0


def test_the_merge_dialog_follows_the_record_kept(
    qtbot: QtBot, services: Services, pair: tuple[Record, Record], monkeypatch: pytest.MonkeyPatch
) -> None:
    keep, dup = pair
    merge = MergeDialog(services, "contacts", [keep.id, dup.id])
    qtbot.addWidget(merge)
    merge.keep.button(1).click()
    # Keeping the other: its own values, and the first one's where it has none.
    assert merge.chosen_values() == {"title": "Giám đốc", "office_phone": "028 3822 1234"}
    assert (
        merge.same_label.text()
        == f"{_same_fields(services, merge)} other fields are the same in every record."
    )
    services.records.update("contacts", dup.id, dup.version, {"title": "Changed meanwhile"})
    asked: list[str] = []
    monkeypatch.setattr(
        "crm_desktop.views.records.merge_dialog.show_domain_error",
        lambda _parent, exc: asked.append(str(exc)),
    )
    assert merge.merge() is None
    assert asked and "after you opened it" in asked[0]
    # Reloaded: the new title is offered, and nothing was merged.
    texts = [b.text() for b in merge.findChildren(QRadioButton)]
    assert "Changed meanwhile" in texts
    assert not services.records.get("contacts", dup.id).deleted


def _same_fields(services: Services, merge: MergeDialog) -> int:
    fields = [f for f in services.registry.get("contacts").fields if not f.read_only]
    return len([f for f in fields if f.name != "number"]) - len(merge.choices)


def test_the_recycle_bin_shows_a_merged_record_and_undoes_its_merge(
    qtbot: QtBot, services: Services, settings: QSettings, pair: tuple[Record, Record]
) -> None:
    keep, dup = pair
    services.merges.merge("contacts", keep.id, {keep.id: keep.version, dup.id: dup.version},
                          {"mobile_phone": "+84 90 123 4567"})  # fmt: skip
    plain = services.records.create("contacts", {"last_name": "Lê"})
    services.records.delete("contacts", plain.id, plain.version)
    settings.setValue("recycle_bin/type", "contacts")
    bin_ = RecycleBin(services, settings)
    qtbot.addWidget(bin_)
    bin_.show()
    bin_.table.select_record(plain.id)
    assert bin_.merge_note.isHidden()
    bin_.table.select_record(dup.id)
    assert bin_.merge_note.isVisible()
    assert bin_.merge_note.label.text().startswith(f"Merged into {keep.number} Nguyễn Văn An on ")
    with qtbot.waitSignal(bin_.message) as told:
        assert bin_.merge_note.undo()
    assert told.args == ["Merge undone: 1 record restored"]
    assert not services.records.get("contacts", dup.id).deleted
    assert services.records.get("contacts", keep.id).values["mobile_phone"] is None
    assert bin_.count() == 1 and bin_.merge_note.isHidden()
