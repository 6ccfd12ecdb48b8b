"""The wizard's preview says why a row is rejected, and what was left out of a row, in
the user's language (the command line says it in English)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.views.imports.wizard import PREVIEW, ImportWizard
from tests.views.imports.conftest import go_next, wait_ready

pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def vietnamese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert translator.load(str(app_module.translations_dir() / "crm_desktop_vi.qm"))
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


@pytest.mark.usefixtures("vietnamese")
def test_rejected_rows_and_left_out_values_are_told_in_the_user_s_language(
    qtbot: QtBot, open_wizard: Callable[[Path], ImportWizard], german_outlook: Path
) -> None:
    wizard = open_wizard(german_outlook)
    while wizard.currentId() != PREVIEW:
        go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)
    preview = wizard.preview_page

    last_name = QCoreApplication.translate("registry", "Last name")
    required = QCoreApplication.translate("validation", "This field is required.")
    assert (last_name, required) != ("Last name", "This field is required.")
    reason = preview.rejects_table.item(0, 1).text()
    assert reason == f"{last_name}: {required}"
    # Grete's row in the first rows, with the same reason in its notes
    table = preview.rows_table
    notes = [table.item(row, table.columnCount() - 1).text() for row in range(table.rowCount())]
    assert reason in notes[3]
    # Åsa's "0.0.00" is no birthday: said in Vietnamese too (the file readers' message)
    not_a_date = QCoreApplication.translate("import", "Line %1: “%2” in %3 is not a date.")
    assert not_a_date != "Line %1: “%2” in %3 is not a date."
    expected = not_a_date.replace("%1", "3").replace("%2", "0.0.00").replace("%3", "Geburtstag")
    assert expected in notes[1]
