"""Fixtures of the import wizard's tests: the window's import entries, files written in
the test, and stepping through the wizard as a user clicks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.imports.actions import ImportActions
from crm_desktop.views.imports.wizard import ImportWizard
from crm_desktop.views.shell.main_window import MainWindow

#: how long a page's background work may take on a busy machine
WAIT_MS = 20_000

#: a German Outlook export as Outlook writes it: Windows-1252, ";", every cell quoted, CRLF
GERMAN_OUTLOOK = (
    '"Anrede";"Vorname";"Nachname";"Firma";"Position";"Ort geschäftlich";'
    '"Telefon geschäftlich";"E-Mail-Adresse";"Geburtstag";"Notizen"\r\n'
    '"Herr";"Jürgen";"Müller";"Bäckerei Müller GmbH";"Geschäftsführer";"Köln";'
    '"+49 221 123456";"juergen@baeckerei.de";"31.12.1970";"Preis: 1.234,56 €"\r\n'
    '"Frau";"Åsa";"Öberg";"Öberg AB";"";"Malmö";"+46 40 123 45";"asa@oberg.se";"0.0.00";""\r\n'
    '"Herr Dr.";"Björn";"Weiß";"Weiß & Söhne KG";"Prokurist";"Düsseldorf";"";'
    '"bjoern@weiss.de";"";""\r\n'
    '"Frau";"Grete";"";"";"";"";"";"grete@example.de";"";""\r\n'
).encode("cp1252")


@pytest.fixture
def imports_menu(window: MainWindow) -> ImportActions:
    actions = window.findChild(ImportActions)
    assert actions is not None
    return actions


@pytest.fixture
def german_outlook(tmp_path: Path) -> Path:
    path = tmp_path / "Kontakte.CSV"
    path.write_bytes(GERMAN_OUTLOOK)
    return path


@pytest.fixture
def many_contacts(tmp_path: Path) -> Path:
    """A file long enough for Cancel to come while the import runs (it looks every 500 rows)."""
    path = tmp_path / "many.csv"
    rows = [f"Person{n},Example{n},person{n}@example.org" for n in range(5000)]
    path.write_text("First Name,Last Name,E-mail Address\n" + "\n".join(rows), encoding="utf-8")
    return path


@pytest.fixture
def open_wizard(qtbot: QtBot, imports_menu: ImportActions) -> Callable[[Path], ImportWizard]:
    """The wizard opened from File › Import… on a file, its first look at it done."""

    def open_on(path: Path) -> ImportWizard:
        wizard = imports_menu.open_wizard(path)
        qtbot.waitUntil(wizard.file_page.isComplete, timeout=WAIT_MS)
        return wizard

    return open_on


def go_next(qtbot: QtBot, wizard: QWizard) -> None:
    """Click Next (or the commit button, "Import") once the page is ready, then wait for
    the next page to be ready."""
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    button = wizard.button(
        QWizard.WizardButton.CommitButton
        if page.isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is not page


def wait_ready(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=WAIT_MS)


def live_records(services: Services, type_key: str) -> list[dict[str, Any]]:
    """The values (with id and version) of the live records of a type, read through the
    services."""
    records = [
        services.records.get(type_key, row.id)
        for row in services.lists.page(ListQuery(type_key), 0, 10_000)
    ]
    return [{**r.values, "id": r.id, "version": r.version} for r in records]
