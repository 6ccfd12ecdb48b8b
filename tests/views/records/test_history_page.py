"""The History tab of every form: the record's changes newest first, as the user sees
them (names, not ids), filtered by field and by person, read a page at a time, and
refreshed when anyone saves."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from crm_desktop.registry import Kind, RecordType
from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentLine
from crm_desktop.views.records.form_factory import make_form
from crm_desktop.views.records.history_page import HistoryPage
from crm_desktop.views.records.record_form import RecordForm

pytestmark = pytest.mark.usefixtures("english_locale")


def _page(form: RecordForm) -> tuple[int, HistoryPage]:
    assert form.related is not None
    [page] = [p for p in form.related.pages if isinstance(p, HistoryPage)]
    return form.related.indexOf(page), page


def _rows(page: HistoryPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(row, column).data() for column in range(1, model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_every_form_has_the_history_tab_last(qtbot: QtBot, services: Services) -> None:
    for record_type in services.registry:
        record = services.records.create(record_type.key, _required(services, record_type))
        form = make_form(services, record_type.key)
        qtbot.addWidget(form)
        form.load(record.id)
        index, page = _page(form)
        assert form.related is not None
        assert index == form.related.count() - 1, record_type.key
        assert form.related.tabText(index) == f"History ({page.count()})"
        assert page.count() > 0 and {r[1] for r in _rows(page)} == {"Created"}


def _name_field(record_type: RecordType) -> str:
    return next(f.name for f in record_type.fields if f.required and f.kind is Kind.TEXT)


def _required(services: Services, record_type: RecordType) -> dict[str, object]:
    """A name, and a record for each reference the type requires (a task's project)."""
    values: dict[str, object] = {_name_field(record_type): "Ánh"}
    for f in record_type.fields:
        if f.required and f.kind is Kind.REFERENCE and f.reference:
            target = services.registry.get(f.reference)
            values[f.name] = services.records.create(target.key, _required(services, target)).id
    return values


def test_changes_show_newest_first_by_name_and_follow_saves_anywhere(
    qtbot: QtBot, services: Services, colleague: Services
) -> None:
    acme = services.records.create("organizations", {"name": "Acme"})
    beta = services.records.create("organizations", {"name": "Bêta"})
    contact = services.records.create(
        "contacts", {"last_name": "Đỗ", "organization_id": acme.id, "do_not_call": False}
    )
    colleague.records.update(
        "contacts",
        contact.id,
        contact.version,
        {"organization_id": beta.id, "do_not_call": True},
    )
    form = RecordForm(services, "contacts")
    qtbot.addWidget(form)
    form.load(contact.id)
    index, page = _page(form)
    newest = _rows(page)[:2]
    assert ["Þóra Jónsdóttir", "Changed", "Organization", "Acme", "Bêta"] in newest
    assert ["Þóra Jónsdóttir", "Changed", "Do not call", "No", "Yes"] in newest

    # A save anywhere in the program shows up at once, on top.
    count = page.count()
    services.records.update("contacts", contact.id, contact.version + 1, {"title": "Kế toán"})
    qtbot.waitUntil(lambda: page.count() == count + 1)
    assert form.related is not None
    assert form.related.tabText(index) == f"History ({count + 1})"
    assert _rows(page)[0] == ["Administrator", "Changed", "Job title", "", "Kế toán"]

    # Filters: by person, then by field as well.
    page.person_filter.setCurrentIndex(page.person_filter.findText("Þóra Jónsdóttir"))
    assert page.count() == 2
    page.field_filter.setCurrentIndex(page.field_filter.findText("Organization"))
    assert _rows(page) == [["Þóra Jónsdóttir", "Changed", "Organization", "Acme", "Bêta"]]
    page.person_filter.setCurrentIndex(page.person_filter.findText("Administrator"))
    assert _rows(page) == [["Administrator", "Created", "Organization", "", "Acme"]]
    # A save keeps the chosen filters.
    services.records.delete("contacts", contact.id, contact.version + 2)
    qtbot.waitUntil(lambda: page.person_filter.count() == 3 and page.count() == 1)
    assert page.field_filter.currentText() == "Organization"


def test_a_long_history_is_read_a_page_at_a_time(qtbot: QtBot, services: Services) -> None:
    lead = services.records.create("leads", {"last_name": "Ngô"})
    for step in range(1, 260):
        lead = services.records.update("leads", lead.id, lead.version, {"company": f"C{step}"})
    form = RecordForm(services, "leads")
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    form.load(lead.id)
    index, page = _page(form)
    assert page.count() > 259
    assert form.related is not None
    form.related.setCurrentIndex(index)  # the tab on screen: the rows it shows are read
    assert page.model.pages_fetched == 0  # hidden, it read nothing but the count
    qtbot.waitUntil(lambda: page.model.pages_fetched > 0)
    qtbot.wait(50)
    assert page.model.pages_fetched == 1
    assert _rows(page)[0][2:] == ["Company", "C258", "C259"]
    assert page.model.pages_fetched == 3  # reading every row took the other pages only now


#: the few messages a quote line's change is made of, in Vietnamese
VIETNAMESE = {"line %1: %2": "dòng %1: %2", "quantity": "số lượng", "Lines": "Các dòng"}


class _Vietnamese(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return VIETNAMESE.get(source, source)


def test_a_quote_lines_change_is_shown_in_the_users_language(
    qtbot: QtBot, services: Services
) -> None:
    quote = services.quotes.new("quotes", subject="Tư vấn")
    quote.lines = [DocumentLine("Cài đặt", Decimal(2), Decimal(500))]
    quote = services.quotes.save(quote)
    quote.lines[0].quantity = Decimal(5)
    quote = services.quotes.save(quote)
    translator = _Vietnamese()
    QCoreApplication.installTranslator(translator)
    try:
        page = HistoryPage(services, services.registry.get("quotes").related[-1])
        qtbot.addWidget(page)
        page.set_record(quote.id)
        lines = [row for row in _rows(page) if row[2] == "Các dòng"]
        assert ["dòng 1: số lượng 2 → 5"] in [row[4:] for row in lines]
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_survivor_shows_the_history_of_the_records_merged_into_it(
    qtbot: QtBot, services: Services
) -> None:
    keep = services.records.create("leads", {"last_name": "Silva", "company": "Ágil"})
    dup = services.records.create("leads", {"last_name": "Silvá"})
    dup = services.records.update("leads", dup.id, dup.version, {"company": "Agil Ltda"})
    services.merges.merge("leads", keep.id, {keep.id: keep.version, dup.id: dup.version}, {})
    form = RecordForm(services, "leads")
    qtbot.addWidget(form)
    form.load(keep.id)
    _index, page = _page(form)
    rows = _rows(page)
    assert ["Administrator", "Merged", "", "Silvá", "Silva"] in rows
    assert [
        "Administrator",
        "Changed (merged record Silvá)",
        "Company",
        "",
        "Agil Ltda",
    ] in rows
    assert ["Administrator", "Created", "Company", "", "Ágil"] in rows
    assert "Merged into" not in {row[1] for row in rows}

    page.set_record(dup.id)  # the merged record, in the recycle bin, keeps its own
    assert _rows(page)[0] == ["Administrator", "Merged into", "", "", "Silva"]
