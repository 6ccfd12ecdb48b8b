"""How record forms are laid out: what a field holds is shown whole, long line lists have
room, a form opens at its top."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.field_widgets import DateEditor, NumberEditor
from crm_desktop.views.record_form import RecordForm

#: narrower than a form pane ever is: the editors must keep their width all the same
NARROW = (300, 700)


@pytest.fixture(params=["en_US", "pt_BR", "vi"])
def locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield QLocale()
    QLocale.setDefault(previous)


def shown_whole(line: QLineEdit) -> bool:
    """Whether ``line`` shows all of its text. A text that does not fit is scrolled to keep
    the cursor in sight, so the cursor then moves less than the text's width from the end
    of the text to its start."""
    text = line.text()
    assert text
    line.setCursorPosition(len(text))
    line.grab()  # the scrolling is worked out when the line is painted
    end = line.cursorRect().x()
    line.setCursorPosition(0)
    line.grab()
    start = line.cursorRect().x()
    return end - start == line.fontMetrics().horizontalAdvance(text)


def _form(qtbot: QtBot, services: Services, type_key: str, record_id: int) -> RecordForm:
    form = RecordForm(services, type_key)
    qtbot.addWidget(form)
    form.resize(*NARROW)
    form.show()
    form.load(record_id)
    return form


def test_numbers_and_dates_are_shown_whole_in_a_narrow_form(
    qtbot: QtBot, services: Services, locale: QLocale
) -> None:
    records = services.records
    organization = records.create(
        "organizations",
        {
            "name": "Công ty Cổ phần Thương mại Thịnh Vượng",
            # 21 trillion dong, as large companies' revenues are
            "annual_revenue": Decimal("21065585000000"),
            "employees": 1_250_000,
            "latitude": -33.8688197,
            "longitude": 151.2092955,
        },
    )
    contact = records.create("contacts", {"last_name": "Đức", "birthday": dt.date(1988, 12, 28)})
    opportunity = records.create(
        "opportunities",
        {
            "name": "Triển khai ERP",
            "amount": Decimal("-99999999999999.99"),
            "currency": "VND",
            "expected_close_date": dt.date(2027, 12, 28),
        },
    )
    shown = {
        ("organizations", organization.id): ("annual_revenue", "employees", "latitude"),
        ("contacts", contact.id): ("birthday",),
        ("opportunities", opportunity.id): ("amount", "expected_close_date"),
    }
    for (type_key, record_id), names in shown.items():
        form = _form(qtbot, services, type_key, record_id)
        for name in names:
            editor = form.editors[name]
            assert isinstance(editor, NumberEditor | DateEditor)
            assert editor.line.text(), name
            assert shown_whole(editor.line), (name, editor.line.text(), editor.line.width())
            # A narrower pane scrolls the form sideways rather than squeeze the field.
            text_width = editor.line.fontMetrics().horizontalAdvance(editor.line.text())
            assert editor.minimumSizeHint().width() > text_width
        assert not form.is_dirty()


def test_numbers_line_up_on_the_right(qtbot: QtBot, services: Services) -> None:
    organization = services.records.create("organizations", {"name": "Lundi ehf."})
    form = _form(qtbot, services, "organizations", organization.id)
    for name in ("annual_revenue", "employees", "latitude"):
        editor = form.editors[name]
        assert isinstance(editor, NumberEditor)
        assert editor.line.alignment() & editor.line.alignment().AlignRight
