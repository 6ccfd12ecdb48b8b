"""The import wizard driven as a user drives it, from File › Import… to the end page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from crm_desktop.exchange.csv.presets import Use
from crm_desktop.services import Services
from crm_desktop.services.imports.plan import MatchRule, OnMatch
from crm_desktop.views.calendar.ics_import import CalendarImportAction
from crm_desktop.views.imports.actions import ImportActions
from crm_desktop.views.imports.wizard import MAPPING, MATCHING, PREVIEW, VALUES, ImportWizard
from crm_desktop.views.shell.main_window import MainWindow
from tests.exchange.fixture_files import finder
from tests.views.imports.conftest import WAIT_MS, go_next, live_records, wait_ready

pytestmark = pytest.mark.usefixtures("english_locale")

OpenWizard = Callable[[Path], ImportWizard]


def _values_row(wizard: ImportWizard, text: str) -> QComboBox:
    page = wizard.values_page
    return next(combo for _field, value, combo in page.rows if value == text)


def test_a_german_outlook_export_goes_through_every_page(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    german_outlook: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(german_outlook), "")
    )
    action = window.findChild(QAction, "import_records_action")
    assert action in window.file_menu.actions()
    action.trigger()
    wizard = window.findChild(ImportWizard)
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, wizard)

    # 1. the file: Windows-1252 guessed (and said to be a guess), ";", Outlook recognised
    page = wizard.file_page
    assert page.encoding_combo.currentData() == "cp1252"
    assert "guess" in page.encoding_note.text()
    assert page.separator_combo.currentData() == ";"
    assert "Outlook" in page.found_label.text()
    assert page.sample_table.item(0, 1).text() == "Jürgen"
    assert page.type_combo.currentData() == "contacts"

    # 2. the columns: the German headers mapped by the preset, e-mails split
    go_next(qtbot, wizard)
    assert wizard.currentId() == MAPPING
    chosen = {c.header: c for c in wizard.mapping_page.column_map().columns}
    assert (chosen["Vorname"].use, chosen["Vorname"].field) == (Use.FIELD, "first_name")
    assert (chosen["Firma"].use, chosen["Firma"].field) == (Use.FIELD, "organization_id")
    assert chosen["E-Mail-Adresse"].use is Use.SEVERAL
    assert "Jürgen" in wizard.mapping_page.table.item(1, 1).text()

    # 3. the values: Herr and Frau recognised, "Herr Dr." chosen by hand
    go_next(qtbot, wizard)
    assert wizard.currentId() == VALUES
    wait_ready(qtbot, wizard)
    assert _values_row(wizard, "Herr").currentData() == "Mr."
    assert _values_row(wizard, "Frau").currentData() == "Ms."
    by_hand = _values_row(wizard, "Herr Dr.")
    assert by_hand.currentData() is None  # not recognised: never invented
    by_hand.setCurrentIndex(by_hand.findData("Dr."))

    # 4. matching: by e-mail, skip
    go_next(qtbot, wizard)
    assert wizard.currentId() == MATCHING

    # 5. the preview: rows as they will be saved, the rejected row and its reason
    go_next(qtbot, wizard)
    assert wizard.currentId() == PREVIEW
    wait_ready(qtbot, wizard)
    preview = wizard.preview_page
    assert "3 to add" in preview.counts_label.text()
    assert "1 rejected" in preview.counts_label.text()
    assert preview.rejects_table.isVisible()
    assert preview.rejects_table.item(0, 0).text() == "5"
    assert "required" in preview.rejects_table.item(0, 1).text()
    table = preview.rows_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    first = {headers[c]: table.item(0, c).text() for c in range(table.columnCount())}
    assert first["First name"] == "Jürgen"
    assert first["What happens"] == "Add"
    assert live_records(services, "contacts") == []  # nothing saved before Import

    # 6. the import
    go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)
    end = wizard.import_page
    assert end.result is not None and end.result.batch_id is not None
    assert "Added: 3. Updated: 0. Skipped: 0. Rejected: 1." in end.status.text()
    assert f"import number {end.result.batch_id}" in end.status.text()
    contacts = {c["last_name"]: c for c in live_records(services, "contacts")}
    assert set(contacts) == {"Müller", "Öberg", "Weiß"}
    assert contacts["Müller"]["first_name"] == "Jürgen"
    assert contacts["Weiß"]["salutation"] == "Dr."
    assert contacts["Müller"]["salutation"] == "Mr."

    # the rejected rows saved through the import's rejects file; the list opened
    saved = german_outlook.with_name("abgelehnt.csv")
    assert end.save_rejects_button.isVisible()
    assert end.save_rejects_to(saved)
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith("Reason") and "grete@example.de" in lines[1]
    qtbot.mouseClick(end.open_list_button, Qt.MouseButton.LeftButton)
    assert window.lists.currentWidget() is window.panel("contacts")
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)


def test_cancel_during_the_import_saves_nothing(
    qtbot: QtBot, services: Services, open_wizard: OpenWizard, many_contacts: Path
) -> None:
    wizard = open_wizard(many_contacts)
    while wizard.currentId() != PREVIEW:
        go_next(qtbot, wizard)
    go_next(qtbot, wizard)  # Import: the import starts on a worker thread
    page = wizard.import_page
    assert page.running() and page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, wizard)

    assert page.status.text() == "The import was cancelled: nothing was saved."
    assert page.result is None
    assert live_records(services, "contacts") == []
    assert services.imports.batches() == []


def test_escape_during_the_import_cancels_it_and_keeps_the_wizard_open(
    qtbot: QtBot, services: Services, open_wizard: OpenWizard, many_contacts: Path
) -> None:
    wizard = open_wizard(many_contacts)
    while wizard.currentId() != PREVIEW:
        go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wait_ready(qtbot, wizard)

    assert wizard.isVisible()
    assert "nothing was saved" in wizard.import_page.status.text()
    assert live_records(services, "contacts") == []


def test_a_vcard_file_skips_the_columns_and_values(
    qtbot: QtBot, services: Services, open_wizard: OpenWizard, tmp_path: Path
) -> None:
    path = tmp_path / "phone.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nguy\xe1\xbb\x85n;\xc4\x90\xe1\xbb\xa9c;;;\r\n"
        b"EMAIL:duc@example.vn\r\nEND:VCARD\r\n"
    )
    wizard = open_wizard(path)
    assert not wizard.file_page.type_combo.isEnabled()
    go_next(qtbot, wizard)
    assert wizard.currentId() == MATCHING
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)

    assert wizard.import_page.result is not None
    assert wizard.import_page.result.added == 1
    [contact] = live_records(services, "contacts")
    assert (contact["first_name"], contact["last_name"]) == ("Đức", "Nguyễn")


def test_a_file_it_cannot_read_is_one_sentence_and_no_next(
    qtbot: QtBot, imports_menu: ImportActions, tmp_path: Path
) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    wizard = imports_menu.open_wizard(path)
    page = wizard.file_page
    qtbot.waitUntil(lambda: bool(page.problem_label.text()), timeout=WAIT_MS)

    assert "\n" not in page.problem_label.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_row_matching_a_contact_by_e_mail_fills_its_empty_fields(
    qtbot: QtBot, services: Services, open_wizard: OpenWizard, german_outlook: Path
) -> None:
    services.records.create(
        "contacts",
        {"first_name": "Jürgen", "last_name": "Müller", "email": "JUERGEN@baeckerei.de"},
    )
    wizard = open_wizard(german_outlook)
    while wizard.currentId() != MATCHING:
        go_next(qtbot, wizard)
    page = wizard.matching_page
    assert page.rule_buttons[MatchRule.EMAIL].isChecked()
    fill = page.action_buttons[OnMatch.FILL]
    qtbot.mouseClick(fill, Qt.MouseButton.LeftButton, pos=QPoint(8, fill.height() // 2))
    go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)
    table = wizard.preview_page.rows_table
    assert table.item(0, 1).text() == "Fill empty fields (matches Jürgen Müller)"
    assert "2 to add, 1 to update" in wizard.preview_page.counts_label.text()
    go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)

    assert "Added: 2. Updated: 1." in wizard.import_page.status.text()
    [muller] = [c for c in live_records(services, "contacts") if c["last_name"] == "Müller"]
    assert muller["title"] == "Geschäftsführer"
    assert muller["email"] == "JUERGEN@baeckerei.de"  # filled, not overwritten


def test_a_calendar_file_goes_to_the_calendar_import(
    qtbot: QtBot, window: MainWindow, imports_menu: ImportActions, tmp_path: Path
) -> None:
    path = tmp_path / "meetings.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:1@test\r\nDTSTAMP:20261201T090000Z\r\nDTSTART:20261210T090000Z\r\n"
        "DTEND:20261210T100000Z\r\nSUMMARY:Kick-off\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    wizard = imports_menu.open_wizard(path)

    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)
    calendar = window.findChild(CalendarImportAction)
    qtbot.waitUntil(lambda: calendar.message_box is not None, timeout=WAIT_MS)
    assert calendar.message_box is not None
    assert "Activities added from “meetings.ics”: 1." in calendar.message_box.text()
    calendar.message_box.close()


def test_the_columns_chosen_are_remembered_for_the_next_file_like_it(
    qtbot: QtBot, services: Services, open_wizard: OpenWizard, german_outlook: Path
) -> None:
    wizard = open_wizard(german_outlook)
    go_next(qtbot, wizard)
    notes = wizard.mapping_page.findChild(QComboBox, "column_9")  # "Notizen"
    assert notes.currentData() == (Use.FIELD, "description")
    notes.setCurrentIndex(0)  # Ignore
    while wizard.currentId() != PREVIEW:
        go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)
    wizard.accept()

    again = open_wizard(german_outlook)
    assert "as at your last import" in again.file_page.found_label.text()
    go_next(qtbot, again)
    assert again.mapping_page.findChild(QComboBox, "column_9").currentData() == (Use.IGNORED, None)
    assert {c["description"] for c in live_records(services, "contacts")} == {None}


def test_a_spreadsheet_of_deals_with_stages_chosen_by_hand(
    qtbot: QtBot, services: Services, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard(finder("csv")("deals_cp1252.csv"))
    types = wizard.file_page.type_combo
    types.setCurrentIndex(types.findData("opportunities"))
    wait_ready(qtbot, wizard)
    while wizard.currentId() != VALUES:
        go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)
    assert _values_row(wizard, "Won").currentData() == "Closed Won"
    lost = _values_row(wizard, "verloren")
    assert lost.currentData() is None
    lost.setCurrentIndex(lost.findData("Closed Lost"))
    while wizard.currentId() != PREVIEW:
        go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)
    table = wizard.preview_page.rows_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    first = {headers[c]: table.item(0, c).text() for c in range(table.columnCount())}
    assert first["Assigned to"] == services.users.current().full_name
    assert first["Amount"] == "1,234.50"
    assert first["Sales stage"] == "Closed Won"
    go_next(qtbot, wizard)
    wait_ready(qtbot, wizard)

    stages = {o["name"]: o["sales_stage"] for o in live_records(services, "opportunities")}
    assert stages["Kaffeemaschinen für Büro"] == "Closed Won"
    assert stages["Drucker-Wartung"] == "Closed Lost"
