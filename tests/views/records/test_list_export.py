"""Export from a list: the dialog, the file asked for, the work on a worker thread with
its progress, and the file read back."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.registry import Condition
from crm_desktop.views.records.list_export import ExportDialog
from crm_desktop.views.records.list_view import ListPanel
from tests.views.records.conftest import PEOPLE


def _export(
    qtbot: QtBot, panel: ListPanel, monkeypatch: pytest.MonkeyPatch, target: Path, key: str
) -> ExportDialog:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert panel.export_action in panel.table.actions()  # the list's context menu
    assert panel.export_action in panel.filter_button.menu().actions()
    panel.export_action.trigger()
    dialog = panel.findChild(ExportDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(type(dialog.all_fields), f"format_{key}").setChecked(True)
    return dialog


def test_csv_of_the_filtered_sorted_list_with_its_columns(
    qtbot: QtBot, panel: ListPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    hot_or_warm = Condition("lead_status", "in", ("Hot", "Warm"))
    panel.column_filters.set_field("lead_status", (hot_or_warm,))
    panel.set_quick_filter("s")
    target = tmp_path / "leads"
    dialog = _export(qtbot, panel, monkeypatch, target, "csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".csv")
    qtbot.waitUntil(lambda: panel.exporter.progress is None)
    rows = list(csv.reader(written.read_text("utf-8-sig").splitlines()))
    model = panel.table.record_model()
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert rows[0] == labels  # the number first, as the list shows it
    numbers = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert [r[0] for r in rows[1:]] == numbers and 0 < len(numbers) < len(PEOPLE)
    assert panel.exporter.message == f"{len(numbers)} records exported to {written}."


def test_excel_with_all_fields(
    qtbot: QtBot, panel: ListPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "leads.xlsx"
    dialog = _export(qtbot, panel, monkeypatch, target, "xlsx")
    dialog.all_fields.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: panel.exporter.progress is None)
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    fields = panel.record_type.fields
    assert len(rows) == 1 + len(PEOPLE) and len(rows[0]) == len(fields)
    assert {r[rows[0].index("Last name")] for r in rows[1:]} == {p[1] for p in PEOPLE}


def test_the_columns_choice_is_for_tables_only(
    qtbot: QtBot, panel: ListPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = _export(qtbot, panel, monkeypatch, tmp_path / "x.xlsx", "xlsx")
    assert dialog.findChild(type(dialog.all_fields), "format_vcf") is None  # leads: no vCard
    dialog.reject()


def test_a_refused_target_is_one_sentence(
    qtbot: QtBot, panel: ListPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = panel.services.db.path
    assert database is not None
    before = database.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    dialog = _export(qtbot, panel, monkeypatch, database, "csv")
    dialog.accept()
    qtbot.waitUntil(lambda: panel.exporter.progress is None)
    assert shown == [panel.exporter.message]
    assert "it is the file being read" in shown[0]
    assert database.read_bytes() == before
