"""Screens beside the lists (the calendar, a screen of a test) and the pane layouts of the
main window: which is wide, what each remembers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.views.calendar.view import CalendarScreen
from crm_desktop.views.shell.navigation import RECYCLE_BIN


class _Screen(QLabel):
    """A screen as a calendar is one: it asks the window to show and start records."""

    record_selected = Signal(str, int)
    new_requested = Signal(str, dict)


def test_a_screen_in_the_tree_with_the_form_beside_it(
    qtbot: QtBot, filled: Services, settings: QSettings, make_window
) -> None:
    window = make_window()
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


def test_new_on_a_screen_starts_a_record_of_its_form(make_window) -> None:
    window = make_window()
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
