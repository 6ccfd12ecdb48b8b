"""A staff member's window shows "(private)" for the organization of a contact they may
see when the organization is private to another team: in the list and on the form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from tests.conftest import AsUser


def test_the_list_and_the_form_say_private(
    qtbot: QtBot, office: Services, as_user: AsUser, settings: QSettings, tmp_path: Path
) -> None:
    office.office.set_private("organizations", True)
    secret = as_user("an").records.create("organizations", {"name": "Alpha Secret Co"})
    contact = as_user("chi").records.create(
        "contacts", {"last_name": "Lê", "organization_id": secret.id}
    )
    window = app_module.build_main_window(as_user("chi"), settings, backups=tmp_path / "b")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_type("contacts")
    model = window.panel("contacts").table.record_model()
    column = model.column_of("organization_id")
    assert column is not None
    qtbot.waitUntil(lambda: model.index(0, column).data() is not None)
    assert model.index(0, column).data() == "(private)"
    window.open_record("contacts", contact.id)
    form = window.form("contacts")
    assert form is not None
    editor = form.editors["organization_id"]
    qtbot.waitUntil(lambda: editor.value() == secret.id)
    assert editor.line.text() == "(private)"  # type: ignore[attr-defined]
