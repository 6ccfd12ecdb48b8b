"""The hint under a new lead's, contact's or organization's form: likely duplicates
appear once typing pauses, each a link that opens it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records.duplicate_hint import DuplicateHintPart
from crm_desktop.views.records.record_form import RecordForm
from tests.views.records.test_record_form import type_into

pytestmark = pytest.mark.usefixtures("english_locale")


def _hint(form: RecordForm) -> DuplicateHintPart:
    return next(p for p in form.parts if isinstance(p, DuplicateHintPart))


def test_typing_a_known_email_shows_the_contact_and_its_link_opens_it(
    qtbot: QtBot, services: Services
) -> None:
    org = services.records.create("organizations", {"name": "Ánh Dương"})
    known = services.records.create(
        "contacts",
        {"first_name": "Văn An", "last_name": "Nguyễn", "email": "an@anhduong.vn",
         "organization_id": org.id},
    )  # fmt: skip
    form = RecordForm(services, "contacts")
    qtbot.addWidget(form)
    form.show()
    hint = _hint(form)
    assert hint.box.isHidden()

    type_into(qtbot, form.editors["email"], "AN@AnhDuong.vn")
    assert hint.timer.isActive() and hint.box.isHidden()  # waits for typing to pause
    qtbot.waitUntil(lambda: hint.box.isVisible())
    assert [(c.id, c.reasons) for c in hint.candidates] == [(known.id, ("email",))]
    text = hint.label.text()
    assert f'href="{known.id}"' in text and "Nguyễn Văn An" in text and "same e-mail" in text
    assert "Ánh Dương" in text

    with qtbot.waitSignal(form.open_record) as opened:
        hint.label.linkActivated.emit(str(known.id))
    assert opened.args == ["contacts", known.id]

    type_into(qtbot, form.editors["email"], "someone.else@example.com")
    qtbot.waitUntil(lambda: hint.box.isHidden())


def test_a_phone_in_another_format_and_a_saved_record(qtbot: QtBot, services: Services) -> None:
    known = services.records.create("leads", {"last_name": "Silva", "phone": "+84 90 123 4567"})
    form = RecordForm(services, "leads")
    qtbot.addWidget(form)
    form.show()
    hint = _hint(form)
    type_into(qtbot, form.editors["mobile_phone"], "090 123 4567")
    qtbot.waitUntil(lambda: hint.box.isVisible())
    assert [c.id for c in hint.candidates] == [known.id]
    assert "same phone" in hint.label.text()
    # A saved record is no new one: nothing is looked up for it.
    form.load(known.id)
    assert hint.box.isHidden()
    type_into(qtbot, form.editors["mobile_phone"], "+84 90 123 4567")
    assert not hint.timer.isActive()
