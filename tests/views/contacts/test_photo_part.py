"""A contact's photo from an imported vCard shows beside the title of its form."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.imports.plan import ImportPlan
from crm_desktop.views.contacts.photo_part import SIZE
from crm_desktop.views.records.record_form import RecordForm
from tests.exchange.fixture_files import finder
from tests.services.imports.conftest import live

pytestmark = pytest.mark.usefixtures("english_locale")


def test_the_photo_shows_for_a_contact_with_one_and_not_for_others(
    qtbot: QtBot, services: Services
) -> None:
    services.imports.run(ImportPlan(finder("vcard")("thunderbird_40_datauri.vcf")))
    (maria,) = live(services, "contacts")
    other = services.records.create("contacts", {"last_name": "Berg"})
    form = RecordForm(services, "contacts")
    qtbot.addWidget(form)
    form.resize(900, 600)
    form.show()
    photo = form.findChild(type(form.title), "contactPhoto")
    assert photo is not None

    form.load(maria["id"])
    assert photo.isVisible()
    pixmap = photo.pixmap()
    assert not pixmap.isNull() and max(pixmap.width(), pixmap.height()) == SIZE
    assert photo.geometry().right() < form.title.geometry().left()

    form.load(other.id)
    assert not photo.isVisible()
    form.new_record()
    assert not photo.isVisible()
