"""How record forms are laid out: what a field holds is shown whole, long line lists have
room, a form opens at its top."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentLine
from crm_desktop.views.quotes.form import QuoteForm
from crm_desktop.views.records.field_widgets import DateEditor, NumberEditor
from crm_desktop.views.records.form_factory import make_form
from crm_desktop.views.records.record_form import RecordForm

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
    form = make_form(services, type_key)
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
            "amount": Decimal("99999999999999.99"),
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


def long_document(services: Services, kind: str = "quotes", lines: int = 45) -> int:
    """A saved quote (or sales order) of ``lines`` lines; its id."""
    organization = services.records.create("organizations", {"name": "Gullfoss ehf."})
    document = services.quotes.new(kind, organization_id=organization.id)
    document.values["subject"] = "Prentarar fyrir skrifstofuna"
    document.lines = [
        DocumentLine(f"Prentari S{n}", Decimal(n % 7 + 1), Decimal("5600")) for n in range(lines)
    ]
    saved = services.quotes.save(document)
    assert saved.id is not None
    return saved.id


@pytest.mark.parametrize("type_key", ["organizations", "quotes", "sales_orders"])
def test_a_new_or_another_record_opens_at_the_top_of_the_form(
    qtbot: QtBot, services: Services, type_key: str
) -> None:
    if type_key == "organizations":
        first = services.records.create("organizations", {"name": "Lundi ehf."}).id
        second = services.records.create("organizations", {"name": "Esja hf."}).id
    else:
        first, second = long_document(services, type_key), long_document(services, type_key)
    form = _form(qtbot, services, type_key, first)
    bar = form.scroll.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    form.load(first)  # the same record again (a refresh): where the user was
    assert bar.value() == bar.maximum() // 2
    form.load(second)
    assert bar.value() == 0
    bar.setValue(bar.maximum() // 2)
    form.new_record()
    assert bar.value() == 0


def settle() -> None:
    """Let the layouts follow: each change of size posts the next layout request, a few
    rounds deep (form, splitter, scroll area, its viewport, the lines' room, the body)."""
    for _ in range(12):
        QApplication.processEvents()


def rows_shown(view: QAbstractItemView) -> float:
    return view.viewport().height() / view.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("type_key", ["quotes", "sales_orders"])
def test_the_lines_of_a_long_document_fill_what_the_form_shows(
    qtbot: QtBot, services: Services, type_key: str
) -> None:
    form = make_form(services, type_key)
    assert isinstance(form, QuoteForm) and form.lines_editor is not None
    qtbot.addWidget(form)
    form.resize(900, 1000)
    form.show()
    form.load(long_document(services, type_key))
    form.resize(900, 1010)  # fitted again at once, before the layouts ran for the lines
    settle()
    view, viewport = form.lines_editor.view, form.scroll.viewport()
    box = form.lines_editor.parentWidget()
    row = view.verticalHeader().defaultSectionSize()
    # As tall as the form's visible part, which shows the lines' box whole once scrolled to.
    assert viewport.height() - row < box.height() <= viewport.height()
    assert rows_shown(view) > 16
    form.scroll.ensureWidgetVisible(box, 0, 0)
    top = box.mapTo(viewport, box.rect().topLeft()).y()
    assert top >= 0 and top + box.height() <= viewport.height()

    form.resize(900, 1300)  # a taller window: more lines at a time
    settle()
    assert viewport.height() - row < box.height() <= viewport.height()
    form.resize(900, 400)  # too short for that: still room to work in
    settle()
    assert rows_shown(view) >= 8


def test_a_new_quote_has_room_for_lines(qtbot: QtBot, services: Services) -> None:
    form = make_form(services, "quotes")
    assert isinstance(form, QuoteForm) and form.lines_editor is not None
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    settle()
    assert form.lines_editor.model.rowCount() == 0
    assert rows_shown(form.lines_editor.view) >= 8


def _left(widget: QWidget, form: RecordForm) -> int:
    return widget.mapTo(form.body, QPoint(0, 0)).x()


@pytest.mark.parametrize("type_key", ["organizations", "quotes"])
def test_buttons_under_the_fields_line_up_but_never_widen_the_form(
    qtbot: QtBot, services: Services, type_key: str
) -> None:
    form = make_form(services, type_key)
    qtbot.addWidget(form)
    form.resize(1000, 700)
    form.show()
    settle()
    buttons = [b for b in form.body.findChildren(QPushButton) if "→" in b.text()]
    assert len(buttons) == 2
    street = form.editors["billing_street"]
    assert all(_left(button, form) == _left(street, form) for button in buttons)
    narrowest = form.body.minimumSizeHint().width()
    for button in buttons:  # as long as a translation makes it
        button.setText("Chép địa chỉ giao hàng → thanh toán")
    settle()
    # In a narrow form the buttons move in under the labels, whole, instead.
    assert form.body.minimumSizeHint().width() == narrowest
    form.resize(200, 700)
    settle()
    assert form.body.width() == narrowest
    for button in buttons:
        box = button.parentWidget()
        assert box is not None
        assert box.contentsRect().contains(button.geometry())
