"""Column filters from the list's header: the button, the popup of each kind, the marks
and the line that clears them, and a saved filter holding them."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from crm_desktop.views.records.column_filter import ColumnFilterPopup
from crm_desktop.views.records.filter_header import FilterHeader
from crm_desktop.views.records.list_view import ListPanel
from tests.views.records.conftest import PEOPLE


def _shown(panel: ListPanel, name: str) -> list[str]:
    model = panel.table.record_model()
    column = model.column_of(name)
    assert column is not None
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _header(panel: ListPanel) -> FilterHeader:
    header = panel.table.horizontalHeader()
    assert isinstance(header, FilterHeader)
    return header


def _click_button(qtbot: QtBot, panel: ListPanel, name: str) -> ColumnFilterPopup:
    column = panel.table.record_model().column_of(name)
    assert column is not None
    header = _header(panel)
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.button_rect(column).center()
    )
    popup = panel.column_filters.popup
    assert popup is not None and popup.isVisible()
    return popup


def test_the_header_button_filters_a_text_column_without_sorting(
    qtbot: QtBot, panel: ListPanel
) -> None:
    sorted_by = panel.query().sort_field
    popup = _click_button(qtbot, panel, "last_name")
    assert panel.query().sort_field == sorted_by  # the button's click is not a sort
    popup.text_op.setCurrentIndex(popup.text_op.findData("starts"))
    qtbot.keyClicks(popup.text_edit, "JON")
    qtbot.mouseClick(popup.apply_button, Qt.MouseButton.LeftButton)
    assert _shown(panel, "last_name") == ["Jónsdóttir"]
    column = panel.table.record_model().column_of("last_name")
    assert _header(panel).filtered() == {column}
    summary = panel.column_filters.summary
    assert summary.isVisible() and "Last name" in summary.text()
    summary.linkActivated.emit("clear")
    assert sorted(_shown(panel, "last_name")) == sorted(p[1] for p in PEOPLE)
    assert _header(panel).filtered() == set() and not summary.isVisible()


def test_a_choice_column_offers_its_values_with_counts(qtbot: QtBot, panel: ListPanel) -> None:
    popup = panel.column_filters.open_for("lead_status")
    assert popup is not None
    qtbot.waitUntil(lambda: popup.value_list.count() > 0)
    counts = Counter(status for _first, _last, status in PEOPLE)
    texts = [popup.value_list.item(i).text() for i in range(popup.value_list.count())]
    assert texts[0] == f"Hot ({counts['Hot']})"
    assert sorted(texts) == sorted(f"{s} ({n})" for s, n in counts.items())
    popup.all_box.setChecked(False)
    for i in range(popup.value_list.count()):
        item = popup.value_list.item(i)
        if item.text().startswith(("Hot", "Cold")):
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(popup.apply_button, Qt.MouseButton.LeftButton)
    wanted = sorted(last for _first, last, status in PEOPLE if status in ("Hot", "Cold"))
    assert sorted(_shown(panel, "last_name")) == wanted
    # ... combined with the quick filter
    panel.set_quick_filter("silva")
    assert _shown(panel, "last_name") == ["Silva"]
    # The popup opened again shows what is ticked.
    again = panel.column_filters.open_for("lead_status")
    assert again is not None
    qtbot.waitUntil(lambda: again.value_list.count() > 0)
    assert not again.all_box.isChecked()
    assert again.conditions() == panel.column_filters.of_field("lead_status")


def test_a_saved_filter_keeps_the_column_filters(qtbot: QtBot, panel: ListPanel) -> None:
    popup = panel.column_filters.open_for("last_name")
    assert popup is not None
    qtbot.keyClicks(popup.text_edit, "s")
    popup.apply_button.click()
    filtered = _shown(panel, "last_name")
    assert filtered and len(filtered) < len(PEOPLE)
    panel.save_current_filter("With an S")
    panel.clear_filter()
    assert len(_shown(panel, "last_name")) == len(PEOPLE)
    assert panel.apply_saved_filter("With an S")
    assert _shown(panel, "last_name") == filtered
    assert _header(panel).filtered()


def test_the_header_menu_opens_a_column_s_filter_and_clears_them(
    qtbot: QtBot, panel: ListPanel
) -> None:
    header = _header(panel)
    column = panel.table.record_model().column_of("first_name")
    assert column is not None
    menus: list[QMenu] = []
    panel.table.column_menu_opening.connect(lambda menu, _column: menus.append(menu))
    x = header.sectionViewportPosition(column) + 10
    header.customContextMenuRequested.emit(QPoint(x, 5))
    (menu,) = menus
    open_filter, clear = menu.actions()[:2]
    assert open_filter.text() == "Filter “First name”…" and not clear.isEnabled()
    open_filter.trigger()
    menu.close()
    popup = panel.column_filters.popup
    assert popup is not None and popup.spec.name == "first_name" and popup.isVisible()
