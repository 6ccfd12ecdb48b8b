"""The main window: navigation, lists and the form together; settings; the recycle bin.

Crash handling and start-up: test_crash_and_start.py; screens and pane layouts:
test_screens.py."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.shell.main_window import MainWindow
from crm_desktop.views.shell.navigation import RECYCLE_BIN

Yes = QMessageBox.StandardButton.Yes


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


def _form_module() -> Any:
    return pytest.importorskip("crm_desktop.views.records.record_form")


def test_navigation_shows_each_type_with_its_count(window: MainWindow, filled: Services) -> None:
    targets = window.navigation.targets()
    # Screens (the calendar) sit among the record types; the types keep their order.
    types = [t for t in targets if t in filled.registry or t == RECYCLE_BIN]
    assert types == [*filled.registry.keys(), RECYCLE_BIN]
    for key in filled.registry.keys():  # noqa: SIM118 - Registry is not a dict
        assert window.navigation.select(key)
        panel = window.panel(key)
        assert window.lists.currentWidget() is panel
        count = filled.lists.count(ListQuery(key))
        assert panel.count() == count
        expected = "1 record" if count == 1 else f"{count} records"
        assert window.count_label.text() == expected
        assert window.current_view() == key
    assert filled.db.label in window.database_label.toolTip()
    assert filled.users.current().full_name in window.user_label.text()


def test_keyboard_moves_through_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.navigation
    tree.select("leads")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.current_view() == "organizations"
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert window.current_view() == RECYCLE_BIN


def test_new_save_and_the_row_appears(window: MainWindow, filled: Services) -> None:
    _form_module()
    window.navigation.select("organizations")
    panel = window.panel("organizations")
    before = panel.count()
    window.new_action.trigger()
    form = window.form("organizations")
    assert form is not None and form.record_id() is None
    form.editors["name"].set_value("Padaria Conceição & Filhos")
    assert window.save_action.isEnabled()
    window.save_action.trigger()
    assert form.record_id() is not None
    assert panel.count() == before + 1
    assert panel.current_record_id() == form.record_id()
    assert window.count_label.text() == f"{before + 1} records"


def test_selecting_a_row_loads_the_form(window: MainWindow) -> None:
    _form_module()
    window.navigation.select("contacts")
    panel = window.panel("contacts")
    model = panel.table.record_model()
    panel.table.setCurrentIndex(model.index(1, 0))
    form = window.form("contacts")
    assert form is not None
    assert form.record_id() == model.record_id(1)
    assert window.delete_action.isEnabled()


def test_unsaved_changes_guard_keeps_the_row(window: MainWindow, answer: list[Any]) -> None:
    _form_module()
    window.navigation.select("contacts")
    panel = window.panel("contacts")
    model = panel.table.record_model()
    panel.table.setCurrentIndex(model.index(0, 0))
    form = window.form("contacts")
    assert form is not None
    form.editors["title"].set_value("Framkvæmdastjóri")
    assert form.is_dirty()
    answer.append(QMessageBox.StandardButton.Cancel)
    panel.table.setCurrentIndex(model.index(2, 0))
    assert form.record_id() == model.record_id(0)
    assert panel.current_record_id() == model.record_id(0)
    answer.append(QMessageBox.StandardButton.Discard)
    panel.table.setCurrentIndex(model.index(2, 0))
    assert form.record_id() == model.record_id(2)


def test_delete_then_restore_from_the_recycle_bin(
    qtbot: QtBot, window: MainWindow, filled: Services, answer: list[Any]
) -> None:
    _form_module()
    window.navigation.select("leads")
    panel = window.panel("leads")
    before = panel.count()
    model = panel.table.record_model()
    panel.table.setCurrentIndex(model.index(0, 0))
    record_id = model.record_id(0)
    answer.append(Yes)
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: panel.count() == before - 1)
    assert panel.table.record_model().row_of(record_id) is None

    window.navigation.select(RECYCLE_BIN)
    bin_ = window.recycle_bin
    bin_.set_type("leads")
    assert bin_.count() == 1
    assert window.count_label.text() == "1 record"
    assert not window.restore_action.isEnabled()
    bin_.table.setCurrentIndex(bin_.table.record_model().index(0, 0))
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    assert bin_.count() == 0
    qtbot.waitUntil(lambda: panel.count() == before)
    assert filled.records.get("leads", record_id).deleted is False


def test_a_new_record_the_filter_hides_is_said_so(window: MainWindow, filled: Services) -> None:
    _form_module()
    window.navigation.select("organizations")
    panel = window.panel("organizations")
    panel.quick_edit.setText("Reykjavík")
    panel.apply_filters()
    window.new_action.trigger()
    form = window.form("organizations")
    assert form is not None
    form.editors["name"].set_value("Padaria Conceição & Filhos")
    window.save_action.trigger()

    assert form.record_id() is not None and panel.current_record_id() is None
    assert "filter hides this record" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    panel.quick_edit.setText("")
    panel.apply_filters()
    window.open_record("organizations", form.record_id())
    assert panel.current_record_id() == form.record_id()
    assert window.statusBar().currentMessage() == ""  # shown: nothing to say


def test_ctrl_f_and_quick_filter(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.select("leads")
    panel = window.panel("leads")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.quick_edit.hasFocus()
    qtbot.keyClicks(panel.quick_edit, "jonsdottir")
    qtbot.waitUntil(lambda: panel.count() == 1)
    assert window.count_label.text() == "1 record"


def test_saved_filter_applies(window: MainWindow) -> None:
    window.navigation.select("organizations")
    panel = window.panel("organizations")
    assert panel.apply_saved_filter("Customers")
    assert panel.count() == 1
    assert window.count_label.text() == "1 record"


def test_changes_elsewhere_refresh_the_list(
    qtbot: QtBot, window: MainWindow, filled: Services
) -> None:
    window.navigation.select("products")
    panel = window.panel("products")
    filled.records.create("products", {"name": "Formação online", "currency": "EUR"})
    qtbot.waitUntil(lambda: panel.count() == 2)
    assert window.count_label.text() == "2 records"


def test_renaming_refreshes_lists_that_show_the_name(
    qtbot: QtBot, window: MainWindow, filled: Services
) -> None:
    window.navigation.select("opportunities")
    panel = window.panel("opportunities")
    model = panel.table.record_model()
    column = model.column_of("organization_id")
    assert column is not None
    assert model.data(model.index(0, column)) == "Sjávarútvegur Íslands hf."
    org_id = filled.search.lookup("organizations", "Sjávarútvegur")[0].id
    org = filled.records.get("organizations", org_id)
    filled.records.update("organizations", org_id, org.version, {"name": "Sjávarútvegur ehf."})
    qtbot.waitUntil(lambda: model.data(model.index(0, column)) == "Sjávarútvegur ehf.")


def test_columns_and_last_view_remembered(make_window, settings: QSettings) -> None:
    first = make_window()
    first.navigation.select("contacts")
    first.panel("contacts").table.set_column_visible("email", False)
    first.resize(711, 533)
    first.close()
    second = make_window()
    assert second.current_view() == "contacts"
    assert "email" not in second.panel("contacts").table.record_model().visible_columns()
    assert (second.width(), second.height()) == (711, 533)
    assert settings.value("main/last_view") == "contacts"


def test_recycle_bin_remembered_as_last_view(make_window) -> None:
    first = make_window()
    first.navigation.select(RECYCLE_BIN)
    first.close()
    second = make_window()
    assert second.current_view() == RECYCLE_BIN
    assert not second.new_action.isEnabled()
    assert not second.filter_action.isEnabled()


def test_a_burst_of_changes_is_one_refresh(qtbot: QtBot, filled: Services) -> None:
    from crm_desktop.views.shell.qt_hub import QtChangeHub

    bridge = QtChangeHub(filled.hub, filled.registry)
    bursts: list[set[str]] = []
    bridge.types_changed.connect(bursts.append)
    for i in range(5):
        filled.records.create("organizations", {"name": f"Azulejos {i}"})
    qtbot.waitUntil(lambda: bool(bursts))
    # Contacts and opportunities show organization names, so they are stale too.
    assert bursts == [{"organizations", "contacts", "opportunities", *_referrers(filled)}]
    bridge.close()
    filled.records.create("organizations", {"name": "Ignored"})
    qtbot.wait(10)
    assert len(bursts) == 1


def _referrers(services: Services) -> set[str]:
    referring = {t.key for t, _f in services.registry.references_to("organizations")}
    return referring | {t.key for t in services.registry if t.link_name}  # activities


def test_about(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, _t, text: shown.append(text)))
    window.about_action.trigger()
    assert shown and "CRM Desktop" in shown[0]


def test_enter_in_the_list_moves_to_the_form(qtbot: QtBot, window: MainWindow) -> None:
    _form_module()
    window.navigation.select("contacts")
    table = window.panel("contacts").table
    table.setCurrentIndex(table.record_model().index(0, 0))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    form = window.form("contacts")
    assert form is not None
    focused = QApplication.focusWidget()
    assert focused is not None and form.isAncestorOf(focused)
    assert focused.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


def test_the_recycle_bin_shows_each_type_and_remembers_the_last(
    window: MainWindow, filled: Services, make_window
) -> None:
    contact = filled.records.create("contacts", {"first_name": "Zoe", "last_name": "Vargas"})
    filled.records.delete("contacts", contact.id, contact.version)
    window.show_recycle_bin()
    bin_ = window.recycle_bin
    for type_key in [t.key for t in filled.registry]:  # every type, one after the other
        bin_.set_type(type_key)
        assert bin_.type_key() == type_key
        columns = bin_.table.record_model().visible_columns()
        assert columns == list(filled.registry.get(type_key).list_columns)
    bin_.set_type("contacts")
    assert bin_.count() == 1
    assert bin_.table.record_model().values(0)["last_name"] == "Vargas"
    window.close()
    again = make_window()
    assert again.current_view() == RECYCLE_BIN
    assert again.recycle_bin.type_key() == "contacts"


def test_the_recycle_bin_opens_on_the_type_last_deleted_and_says_what_it_restored(
    qtbot: QtBot, window: MainWindow, filled: Services, answer: list[Any]
) -> None:
    _form_module()
    contact = filled.records.create("contacts", {"first_name": "Thị Hương", "last_name": "Nguyễn"})
    window.show_recycle_bin()
    window.recycle_bin.set_type("products")  # looked at last: not what was deleted
    window.open_record("contacts", contact.id)
    answer.append(Yes)
    window.delete_action.trigger()
    window.navigation.select(RECYCLE_BIN)
    bin_ = window.recycle_bin
    assert bin_.type_key() == "contacts"
    assert bin_.count() == 1
    bin_.table.setCurrentIndex(bin_.table.record_model().index(0, 0))
    window.restore_action.trigger()
    name = filled.records.display_name("contacts", contact.id)
    assert "Nguyễn" in name
    assert window.statusBar().currentMessage() == f"Restored contact {name}"
