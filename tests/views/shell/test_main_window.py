"""The main window: navigation, lists and the form together; settings; crash handling."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.errors import NotFound
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.calendar.view import CalendarScreen
from crm_desktop.views.shell import crash
from crm_desktop.views.shell.main_window import MainWindow
from crm_desktop.views.shell.navigation import RECYCLE_BIN

Yes = QMessageBox.StandardButton.Yes


@pytest.fixture
def filled(services: Services) -> Services:
    records = services.records
    org = records.create("organizations", {"name": "Sjávarútvegur Íslands hf."})
    records.create("organizations", {"name": "Công ty TNHH Minh Phát", "org_type": "Customer"})
    for first, last in (("João", "Silva"), ("Văn Đức", "Nguyễn"), ("Sigríður", "Jónsdóttir")):
        records.create("contacts", {"first_name": first, "last_name": last})
        records.create("leads", {"first_name": first, "last_name": last, "lead_status": "Hot"})
    records.create("leads", {"first_name": "Thị Hoa", "last_name": "Trần"})
    records.create("opportunities", {"name": "Triển khai ERP", "organization_id": org.id})
    records.create("products", {"name": "Þjónustusamningur", "currency": "ISK"})
    return services


@pytest.fixture
def make_window(qtbot: QtBot, filled: Services, settings: QSettings):
    def make() -> MainWindow:
        window = app_module.build_main_window(filled, settings)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Answers for QMessageBox.question, in order; the questions asked are recorded."""
    answers: list[Any] = []
    asked: list[Any] = []

    def question(*args: Any, **kwargs: Any) -> Any:
        asked.append(args)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    yield answers
    assert not answers, f"unanswered: {answers}; asked {asked}"


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


# -- crash handling and start-up ------------------------------------------------------------------
def test_domain_errors_are_told_in_words(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: told.append(text))
    )
    uninstall = crash.install_crash_handler(None)
    try:
        sys.excepthook(NotFound, NotFound("That contact no longer exists."), None)
    finally:
        uninstall()
    assert told == ["That contact no longer exists."]


def test_bugs_get_the_crash_dialog(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, tmp_path: Path
) -> None:
    shown: list[crash.CrashDialog] = []

    def exec_(dialog: crash.CrashDialog) -> int:
        shown.append(dialog)
        dialog.copy_report()
        return crash.QDialog.DialogCode.Accepted

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_)
    uninstall = crash.install_crash_handler(tmp_path / "crm-desktop.log")
    try:
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
    [dialog] = shown
    report = dialog.report.toPlainText()
    assert "ZeroDivisionError: boom" in report and "CRM Desktop" in report
    assert QApplication.clipboard().text() == report


@pytest.fixture
def quiet_start(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """run_gui without touching logging, Qt's message handler or the default locale."""
    monkeypatch.setattr(app_module, "setup_logging", lambda _path: None)
    monkeypatch.setattr(app_module, "qInstallMessageHandler", lambda _handler: None)
    locale = QLocale()
    yield
    QLocale.setDefault(locale)


def test_run_gui_refuses_a_file_that_is_not_a_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication, quiet_start: None
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: told.append(text))
    )
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("shopping list: coffee, bánh mì\n" * 100)
    assert app_module.run_gui(str(junk)) == 1
    assert len(told) == 1
    assert "notes.sqlite3" in told[0]


def test_run_gui_opens_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication, quiet_start: None
) -> None:
    shown: list[MainWindow] = []

    def exec_(_app: QApplication) -> int:
        # Earlier tests' windows may still exist (closed, not yet deleted): take the shown one.
        [window] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        shown.append(window)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app_module.run_gui(str(tmp_path / "new.sqlite3")) == 0
    assert shown and shown[0].current_view() == "leads"
    assert QApplication.applicationName() == "CRM Desktop"
    assert QApplication.organizationName() == "crm-desktop"
    assert not QApplication.windowIcon().isNull()
    shown[0].deleteLater()


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


class _Screen(QLabel):
    """A screen as a calendar is one: it asks the window to show and start records."""

    record_selected = Signal(str, int)
    new_requested = Signal(str, dict)


def test_a_screen_in_the_tree_with_the_form_beside_it(
    qtbot: QtBot, filled: Services, settings: QSettings
) -> None:
    window = app_module.build_main_window(filled, settings)
    qtbot.addWidget(window)
    window.show()
    screen = _Screen("a screen")
    window.add_screen(
        "agenda", screen, group="Analytics", label="Agenda", icon="search", form_type="contacts"
    )
    targets = window.navigation.targets()
    # A new group takes its place in the registry's order: before Admin.
    assert targets.index("agenda") < targets.index(RECYCLE_BIN)
    assert targets.index("agenda") > targets.index("products")
    window.navigation.select("agenda")
    assert window.current_view() == "agenda"
    assert window.lists.currentWidget() is screen
    assert window.windowTitle() == f"Agenda — {filled.db.path.name} — CRM Desktop"
    form = window.current_form()
    assert form is not None and form.record_type.key == "contacts" and form.isVisible()
    assert not window.filter_action.isEnabled()

    contact_id = filled.search.lookup("contacts", "Nguyễn")[0].id
    screen.record_selected.emit("contacts", contact_id)
    assert form.record_id() == contact_id
    assert window.current_view() == "agenda"
    screen.new_requested.emit("contacts", {"last_name": "Þórsdóttir"})
    assert form.record_id() is None and form.editors["last_name"].value() == "Þórsdóttir"
    form.new_record()  # nothing unsaved for the close

    window.show_recycle_bin()
    assert not window.forms.isVisible()
    window.close()
    # Remembered as the last view: a new window shows the screen once it is added.
    again = app_module.build_main_window(filled, settings)
    qtbot.addWidget(again)
    again.add_screen("agenda", _Screen(), group="Analytics", label="Agenda", icon="search")
    assert again.current_view() == RECYCLE_BIN
    again.navigation.select("agenda")
    again.close()
    third = app_module.build_main_window(filled, settings)
    qtbot.addWidget(third)
    third.add_screen("agenda", _Screen(), group="Analytics", label="Agenda", icon="search")
    assert third.current_view() == "agenda"
    assert not third.forms.isVisible()  # no form type: the screen has the room
    with pytest.raises(ValueError):
        third.add_screen("contacts", _Screen(), group="Sales", label="x", icon="search")


def test_quotes_get_a_wide_form_and_each_layout_is_remembered(make_window) -> None:
    window = make_window()
    window.resize(1400, 800)
    window.show_type("contacts")
    nav, contacts_list, contacts_form = window.splitter.sizes()
    assert contacts_list > contacts_form
    window.show_type("quotes")
    _nav, quotes_list, quotes_form = window.splitter.sizes()
    assert quotes_form > quotes_list  # the line items need the room
    window.splitter.setSizes([nav, 450, 1400 - nav - 450])
    wide = window.splitter.sizes()
    window.show_type("contacts")
    assert window.splitter.sizes() == [nav, contacts_list, contacts_form]
    window.show_type("sales_orders")
    assert window.splitter.sizes() == wide  # orders share the documents' layout
    window.close()
    again = make_window()
    again.resize(1400, 800)  # as the first (offscreen, the saved geometry is clamped)
    assert again.current_view() == "sales_orders"
    _nav, orders_list, orders_form = again.splitter.sizes()
    assert orders_form > orders_list
    again.show_type("contacts")
    assert again.splitter.sizes() == [nav, contacts_list, contacts_form]
    again.show_type("quotes")
    assert again.splitter.sizes() == wide


def test_escape_on_the_crash_dialog_goes_on_and_quit_asks_about_unsaved_work(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, tmp_path: Path, make_window, answer
) -> None:
    window = make_window()
    window.show_type("contacts")
    form = window.current_form()
    assert form is not None
    form.new_record({"last_name": "Þórsdóttir"})
    choices = ["escape", "quit"]
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))

    def exec_(dialog: crash.CrashDialog) -> int:
        if choices.pop(0) == "quit":
            dialog._quit()
            return int(crash.QDialog.DialogCode.Accepted)
        dialog.reject()  # Escape, or the window's close button
        return int(crash.QDialog.DialogCode.Rejected)

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_)
    uninstall = crash.install_crash_handler(tmp_path / "crm-desktop.log")
    try:
        for attempt in range(2):
            try:
                raise ZeroDivisionError("boom")
            except ZeroDivisionError:
                sys.excepthook(*sys.exc_info())
            if attempt == 0:
                assert exits == [] and window.isVisible()  # Escape: the program goes on
                answer.append(QMessageBox.StandardButton.Cancel)  # then Quit: keep my work
    finally:
        uninstall()
    assert exits == []  # Cancel on "Save your changes?" kept the window, and the program
    assert window.isVisible() and form.editors["last_name"].value() == "Þórsdóttir"
    form.new_record()


def test_new_on_a_screen_starts_a_record_of_its_form(
    qtbot: QtBot, filled: Services, settings: QSettings
) -> None:
    window = app_module.build_main_window(filled, settings)
    qtbot.addWidget(window)
    window.show()
    # Built when first shown: start-up pays only for the list on show.
    assert not any(isinstance(w, CalendarScreen) for w in window.lists.children())
    window.navigation.select("calendar")
    assert isinstance(window.lists.currentWidget(), CalendarScreen)
    form = window.current_form()
    assert form is not None and form.record_type.key == "activities"
    assert window.new_action.isEnabled()
    window.new_action.trigger()  # Ctrl+N on the calendar
    assert window.current_view() == "calendar"
    assert form.record_id() is None and form.editors["subject"].value() in (None, "")


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


def test_a_page_shown_once_does_not_keep_the_window_wide(make_window) -> None:
    """The calendar and a quote need more width than a contacts list: having looked at them
    must not stop the window from being made narrow again (a laptop's screen)."""
    window = make_window()
    window.show_type("contacts")
    narrow = window.minimumSizeHint().width()
    window.navigation.select("calendar")
    window.show_type("quotes")
    window.show_type("contacts")
    assert window.minimumSizeHint().width() == narrow
    assert window.lists.currentWidget() is window.panel("contacts")


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
