"""The list panel: quick filter, saved filters, sorting by header, the column chooser."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.views.records.list_view import ListPanel
from tests.views.records.conftest import PEOPLE


def _last_names(panel: ListPanel) -> list[str]:
    model = panel.table.record_model()
    column = model.column_of("last_name")
    assert column is not None
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_table_setup(panel: ListPanel) -> None:
    table = panel.table
    assert table.isSortingEnabled()
    assert table.alternatingRowColors()
    assert table.verticalHeader().isHidden()
    assert table.selectionBehavior() == table.SelectionBehavior.SelectRows
    assert panel.count() == len(PEOPLE)
    # Newest first (the leads' default sort), with the header saying so.
    assert _last_names(panel)[0] == "Araújo"
    header = table.horizontalHeader()
    assert header.sortIndicatorSection() == table.record_model().column_of("modified_at")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_quick_filter_waits_for_typing_to_stop(qtbot: QtBot, panel: ListPanel) -> None:
    qtbot.keyClicks(panel.quick_edit, "nguyen duc")
    assert panel.count() == len(PEOPLE)  # not yet: debounced
    qtbot.waitUntil(lambda: panel.count() == 1, timeout=2000)
    assert _last_names(panel) == ["Nguyễn"]
    panel.quick_edit.clear()
    qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Return)
    assert panel.count() == len(PEOPLE)


def test_icelandic_letters_fold(panel: ListPanel) -> None:
    panel.set_quick_filter("thordur")
    assert _last_names(panel) == ["Guðmundsson"]


def test_builtin_saved_filter(panel: ListPanel) -> None:
    assert panel.filter_combo.itemText(0) == "All records"
    assert panel.apply_saved_filter("Hot leads")
    assert panel.current_filter_name() == "Hot leads"
    assert sorted(_last_names(panel)) == ["Jónsdóttir", "Nguyễn", "Silva"]
    assert not panel.delete_filter_action.isEnabled()  # built-in filters stay
    panel.clear_filter()
    assert panel.count() == len(PEOPLE)


def test_save_apply_and_delete_own_filter(
    panel: ListPanel, leads: Services, settings: QSettings, qtbot: QtBot
) -> None:
    panel.set_conditions((Condition("lead_status", "eq", "Hot"),))
    assert panel.current_filter_name() == "Custom filter"
    panel.set_quick_filter("silva")
    assert panel.count() == 1
    info = panel.save_current_filter("Hot Silvas")
    assert info.quick == "silva"
    assert panel.current_filter_name() == "Hot Silvas"
    assert panel.delete_filter_action.isEnabled()

    other = ListPanel(leads, "leads", settings)
    qtbot.addWidget(other)
    assert other.apply_saved_filter("Hot Silvas")
    assert other.quick_edit.text() == "silva"
    assert _last_names(other) == ["Silva"]
    assert other.delete_current_filter()
    assert [f.name for f in leads.filters.filters("leads") if not f.builtin] == []
    assert other.current_filter_name() == "All records"
    assert other.count() == len(PEOPLE)


def test_header_click_sorts_and_is_remembered(
    qtbot: QtBot, panel: ListPanel, leads: Services, settings: QSettings
) -> None:
    table = panel.table
    header = table.horizontalHeader()
    column = table.record_model().column_of("last_name")
    assert column is not None
    pos = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert panel.query().sort_field == "last_name"
    # Accent-folded: Đ sorts with D, Þ after T, Ð (eth) as d.
    assert _last_names(panel) == ["Araújo", "Guðmundsson", "Jónsdóttir", "Nguyễn", "Silva", "Trần"]
    other = ListPanel(leads, "leads", settings)
    qtbot.addWidget(other)
    assert other.query().sort_field == panel.query().sort_field
    assert other.query().descending == panel.query().descending


def test_unsortable_column_click_keeps_order(qtbot: QtBot, panel: ListPanel) -> None:
    table = panel.table
    table.set_column_visible("title", True)
    model = table.record_model()
    column = model.column_of("title")
    assert column is not None
    before = panel.query()
    header = table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert panel.query() == before
    assert header.sortIndicatorSection() == model.column_of("modified_at")


def test_column_chooser_hides_and_remembers(
    qtbot: QtBot, panel: ListPanel, leads: Services, settings: QSettings
) -> None:
    menu = panel.table.column_menu()
    email = next(a for a in menu.actions() if a.text() == "Email")
    assert email.isCheckable() and email.isChecked()
    email.trigger()
    assert "email" not in panel.table.record_model().visible_columns()
    panel.table.setColumnWidth(0, 177)
    other = ListPanel(leads, "leads", settings)
    qtbot.addWidget(other)
    assert "email" not in other.table.record_model().visible_columns()
    assert other.table.columnWidth(0) == 177
    other.table.reset_columns()
    assert "email" in other.table.record_model().visible_columns()


def test_selection_and_activation_signals(qtbot: QtBot, panel: ListPanel) -> None:
    table = panel.table
    model = table.record_model()
    with qtbot.waitSignal(panel.current_changed) as current:
        table.setCurrentIndex(model.index(2, 1))
    assert current.args == ["leads", model.record_id(2)]
    table.setFocus()
    with qtbot.waitSignal(panel.record_activated) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated.args == ["leads", model.record_id(2)]


def test_refresh_keeps_the_selected_record(panel: ListPanel, leads: Services) -> None:
    model = panel.table.record_model()
    chosen = model.record_id(3)
    assert chosen is not None
    assert panel.select_record(chosen)
    leads.records.create("leads", {"last_name": "Ævarsdóttir"})  # becomes row 0
    panel.refresh()
    assert panel.count() == len(PEOPLE) + 1
    assert panel.current_record_id() == chosen
    assert model.record_id(panel.table.currentIndex().row()) == chosen


def test_a_resort_paints_first_and_selects_the_record_after(qtbot: QtBot, panel: ListPanel) -> None:
    """Finding a record's new row is O(position): the new order is painted first, the record
    stays current all along (its form stays on it) and is selected once found."""
    table = panel.table
    panel.show()
    qtbot.waitExposed(panel)
    model = table.record_model()
    chosen = model.record_id(2)
    assert chosen is not None and panel.select_record(chosen)
    changes: list[object] = []
    table.current_record_changed.connect(changes.append)
    with qtbot.waitSignal(model.record_located, timeout=2000) as located:
        table.sortByColumn(model.column_of("last_name") or 0, Qt.SortOrder.AscendingOrder)
        assert panel.current_record_id() == chosen  # before the row is found
        assert not table.currentIndex().isValid()
    row = located.args[1]
    assert located.args[0] == chosen and row is not None
    assert table.currentIndex().row() == row and model.record_id(row) == chosen
    assert changes == []  # the record never stopped being the current one


def test_a_quick_filter_shows_its_rows_from_the_first(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    for i in range(240):
        services.records.create("leads", {"last_name": f"Trần {i}", "city": "Huế"})
    services.records.create("leads", {"last_name": "Þórðardóttir", "city": "Akureyri"})
    panel = ListPanel(services, "leads", settings)
    qtbot.addWidget(panel)
    panel.resize(1000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.table.verticalScrollBar()
    panel.table.scrollToBottom()
    assert bar.value() > 0
    panel.set_quick_filter("hue")  # most rows match; no record was selected
    assert bar.value() == 0
    qtbot.waitUntil(panel.count_known)  # more rows than a list counts before it paints
    assert panel.count() == 240
    assert bar.value() == 0


def test_a_narrow_list_keeps_room_for_the_quick_filter(
    qtbot: QtBot, leads: Services, settings: QSettings
) -> None:
    panel = ListPanel(leads, "opportunities", settings)  # "My open opportunities"...
    qtbot.addWidget(panel)
    panel.resize(420, 400)
    panel.show()
    qtbot.waitExposed(panel)
    metrics = panel.quick_edit.fontMetrics()
    # Room for a word to be typed, whatever the saved filters are called.
    assert panel.quick_edit.width() >= metrics.horizontalAdvance("nguyen") + 40
    combo = panel.filter_combo
    names = combo.view().fontMetrics()
    longest = max(names.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.view().minimumWidth() >= longest


def test_ctrl_end_and_ctrl_home_keep_the_column(qtbot: QtBot, panel: ListPanel) -> None:
    """Ctrl+End goes to the last row in the column the user is in; Qt's own jump to the
    last column would scroll the names out of sight on a narrow list."""
    table = panel.table
    panel.resize(420, 300)
    model = table.record_model()
    column = model.column_of("last_name")
    assert column is not None
    table.setCurrentIndex(model.index(1, column))
    table.setFocus()
    scrolled = table.horizontalScrollBar().value()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (
        len(PEOPLE) - 1,
        column,
    )
    assert table.horizontalScrollBar().value() == scrolled
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, column)
    qtbot.keyClick(table, Qt.Key.Key_End)  # End alone still goes along the row
    assert table.currentIndex().row() == 0


def test_lists_open_on_the_work_to_do(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    """Leads open without the converted ones, opportunities on the open ones: the filter
    box says so, and "All records" (or a filter) still shows the rest."""
    kept = services.records.create("leads", {"last_name": "Trần", "company": "Sao Mai"})
    gone = services.records.create("leads", {"last_name": "Lê", "company": "Hoa Sen"})
    services.conversion.convert(gone.id, gone.version, opportunity={"sales_stage": "Closed Won"})
    services.records.create("opportunities", {"name": "Open deal", "sales_stage": "Prospecting"})
    leads = ListPanel(services, "leads", settings)
    qtbot.addWidget(leads)
    assert leads.current_filter_name() == "Not converted"
    assert leads.count() == 1 and leads.select_record(kept.id)
    assert not leads.select_record(gone.id)
    assert leads.apply_saved_filter("Converted")
    assert leads.count() == 1 and leads.select_record(gone.id)
    leads.clear_filter()
    assert leads.current_filter_name() == "All records" and leads.count() == 2
    opportunities = ListPanel(services, "opportunities", settings)
    qtbot.addWidget(opportunities)
    assert opportunities.current_filter_name() == "Open opportunities"
    assert opportunities.count() == 1
    activities = ListPanel(services, "activities", settings)
    qtbot.addWidget(activities)
    assert activities.current_filter_name() == "From today"
    header = activities.table.horizontalHeader()
    assert header.sortIndicatorSection() == activities.table.record_model().column_of("start_at")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
