"""The toolbar's search box: Ctrl+K, results as you type, Enter or a click opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.services.records.query_stop import QueryStop
from crm_desktop.views.shell.global_search import GlobalSearchBox
from crm_desktop.views.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    records = services.records
    org = records.create("organizations", {"name": "Công ty Đức Thành"})
    records.create(
        "contacts", {"first_name": "Văn Đức", "last_name": "Nguyễn", "organization_id": org.id}
    )
    records.create("contacts", {"first_name": "Þórður", "last_name": "Guðjónsson"})
    records.create("leads", {"first_name": "João", "last_name": "Conceição"})
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app_module.build_main_window(services, settings, backups=tmp_path / "b")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _box(window: MainWindow) -> GlobalSearchBox:
    return window.global_search  # type: ignore[attr-defined, no-any-return]


def _rows(box: GlobalSearchBox) -> list[str]:
    return [box.results.item(r).text() for r in range(box.results.rowCount())]


def test_ctrl_k_then_typing_lists_hits_grouped_by_type(qtbot: QtBot, window: MainWindow) -> None:
    box = _box(window)
    assert box.placeholderText() == "Search everything (Ctrl+K)"
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
    with qtbot.waitSignal(box.searched, timeout=5000):
        qtbot.keyClicks(box, "duc")
    assert _rows(box) == [
        "Organizations",
        "Công ty Đức Thành — ORG-00001",
        "Contacts",
        "Nguyễn Văn Đức — Công ty Đức Thành · CON-00001",
    ]
    popup = box.completer_.popup()
    assert popup.isVisible()
    window.grab().save(str(Path("/tmp") / "global_search.png"))

    # Down skips the headings; Enter opens the contact in its list and form.
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().data() == "Công ty Đức Thành — ORG-00001"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().data() == "Nguyễn Văn Đức — Công ty Đức Thành · CON-00001"
    assert box.text() == "duc"  # the typed text stays while moving through the hits
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.current_view() == "contacts"
    form = window.current_form()
    assert form is not None and form.editors["last_name"].value() == "Nguyễn"


def test_the_only_hit_opens_with_enter_and_nothing_found_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    box = _box(window)
    box.focus()
    with qtbot.waitSignal(box.searched, timeout=5000):
        qtbot.keyClicks(box, "conceicao")
    assert _rows(box) == ["Leads", "João Conceição — LEA-00001"]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_view() == "leads"
    box.clear()
    box.focus()
    with qtbot.waitSignal(box.searched, timeout=5000):
        qtbot.keyClicks(box, "zzz")
    assert _rows(box) == ["Nothing found"]


def test_an_answer_to_older_text_is_dropped(qtbot: QtBot, window: MainWindow) -> None:
    box = _box(window)
    box.focus()
    box.setText("thordur")
    box.search_now()
    box.setText("duc")
    with qtbot.waitSignal(box.searched, timeout=5000):
        box.search_now()
    qtbot.wait(200)  # the first answer arrives too, and is dropped
    assert [h.title for h in box.hits] == ["Công ty Đức Thành", "Nguyễn Văn Đức"]


def test_a_search_for_text_typed_over_is_stopped(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = _box(window)
    stops: dict[str, QueryStop] = {}
    search = box.services.search.search

    def searching(text: str, per_type: int = 5, *, stop: QueryStop | None = None) -> Any:
        assert stop is not None
        stops[text] = stop
        return search(text, per_type, stop=stop)

    monkeypatch.setattr(box.services.search, "search", searching)
    box.setText("thordur")
    box.search_now()
    box.setText("duc")
    with qtbot.waitSignal(box.searched, timeout=5000):
        box.search_now()
    qtbot.waitUntil(lambda: len(stops) == 2)
    assert stops["thordur"].stopped and not stops["duc"].stopped
    assert [h.title for h in box.hits] == ["Công ty Đức Thành", "Nguyễn Văn Đức"]
