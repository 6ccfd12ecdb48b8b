"""The wizard's values page shows the distinct values of the file's picklist columns as
one call of the import service counts and matches them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.imports.values_page import CHOICE, FIELD, FOUND, ROWS, VALUE
from crm_desktop.views.imports.wizard import VALUES, ImportWizard
from tests.views.imports.conftest import go_next, wait_ready

pytestmark = pytest.mark.usefixtures("english_locale")


def test_the_values_come_from_one_call_of_the_service(
    qtbot: QtBot,
    services: Services,
    open_wizard: Callable[[Path], ImportWizard],
    german_outlook: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[Any, ...]] = []
    counted = services.imports.distinct_values

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return counted(*args, **kwargs)

    monkeypatch.setattr(services.imports, "distinct_values", spy)
    wizard = open_wizard(german_outlook)
    while wizard.currentId() != VALUES:
        go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)

    assert calls == [(german_outlook, "contacts", {"salutation": 0})]
    table = wizard.values_page.table
    shown = [
        (
            table.item(row, FIELD).text(),
            table.item(row, VALUE).text(),
            table.item(row, ROWS).text(),
            table.item(row, FOUND).text(),
            table.cellWidget(row, CHOICE).currentData(),
        )
        for row in range(table.rowCount())
    ]
    assert shown == [
        ("Salutation", "Herr", "1", "yes", "Mr."),
        ("Salutation", "Frau", "2", "yes", "Ms."),
        ("Salutation", "Herr Dr.", "1", "no: choose", None),
    ]
    assert "2 of 3 values recognised" in wizard.values_page.summary.text()
