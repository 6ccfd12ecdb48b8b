"""A record type declared once is picked up by every generic part of the program.

The test declares "gadgets" as a new type would be added (docs/architecture.md, "A new
record type"): a model from the common mixins, a migration step through
``add_record_table``, and a registry entry from the shared field helpers. Nothing else
names it, yet the record service, the lists, the quick filter, global search, the
counts, the recycle bin, live refresh and the window's navigation, list and form work
for it, the About box names it, its form's width follows the form it declares, and a
visit planned from its activity history goes to the address it declares.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import String, Table, select
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop import app as app_module
from crm_desktop.models import Database
from crm_desktop.models.base import Base, Money, NumberedMixin, RecordMixin, name_key_column
from crm_desktop.models.entities import list_index
from crm_desktop.models.migrations.record_tables import add_record_table
from crm_desktop.models.record_counts import RecordCount
from crm_desktop.registry import (
    N_,
    Condition,
    FieldSpec,
    FilterSpec,
    Kind,
    RecordType,
    Registry,
    RelatedTab,
    Section,
    default_registry,
)
from crm_desktop.registry.fields import common, currency, number
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.activities.history import ActivityHistoryPage
from crm_desktop.views.records.record_form import RecordForm
from crm_desktop.views.shell.main_window import MainWindow
from crm_desktop.views.shell.menus import about_text
from crm_desktop.views.shell.pane_layouts import RECORDS_LAYOUT, layout_of

GADGETS = RecordType(
    key="gadgets",
    label=N_("Gadgets"),
    singular=N_("Gadget"),
    icon="product",
    group=N_("Support"),
    table="gadgets",
    number_prefix="GAD-",
    fields=(
        number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=200, sort="name_key", searchable=True
        ),
        FieldSpec("serial", N_("Serial number"), sort="serial", searchable=True),
        FieldSpec("location", N_("Location"), max_length=200),
        FieldSpec("price", N_("Price"), Kind.MONEY),
        currency(),
        *common(),
    ),
    sections=(
        Section(N_("Gadget"), ("number", "name", "serial", "location", "owner_id")),
        Section(N_("Price"), ("price", "currency")),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=("number", "name", "serial", "price", "currency", "modified_at"),
    title_fields=("name",),
    default_sort=("name", False),
    filters=(FilterSpec(N_("My gadgets"), (Condition("owner_id", "eq", "@me"),)),),
    related=(RelatedTab(N_("Activities"), "activities", page="activity_history"),),
    visit_address=("location",),
)


@pytest.fixture(scope="module")
def gadget_table() -> Iterator[Table]:
    """The gadgets' model, on the program's metadata for this module's tests only: the
    other tests (the schema's comparison with the migrations) never see it."""

    class Gadget(RecordMixin, NumberedMixin, Base):
        __tablename__ = "gadgets"

        name: Mapped[str] = mapped_column(String(200), nullable=False)
        name_key: Mapped[str] = name_key_column()
        serial: Mapped[str | None] = mapped_column(String(60))
        location: Mapped[str | None] = mapped_column(String(200))
        price: Mapped[Decimal | None] = mapped_column(Money)
        currency: Mapped[str] = mapped_column(String(3), nullable=False)

        __table_args__ = (
            list_index("gadgets", "number"),
            list_index("gadgets", "name_key"),
            list_index("gadgets", "serial"),
            list_index("gadgets", "owner_id"),
            list_index("gadgets", "modified_at"),
        )

    table = Gadget.__table__
    assert isinstance(table, Table)
    yield table
    Base.metadata.remove(table)


def _migrate(db: Database, table: Table) -> None:
    """What the type's migration does: its table, then what every record table has."""
    with db.write_connection() as conn:
        context = MigrationContext.configure(conn)
        with Operations.context(context):
            table.create(conn)
            add_record_table("gadgets", number_prefix="GAD-")


@pytest.fixture
def gadgets(db: Database, gadget_table: Table) -> Services:
    _migrate(db, gadget_table)
    return Services.build(db, Registry((*default_registry(), GADGETS)))


def _other(db: Database, registry: Registry) -> Services:
    """A second program on the same database (its own engine and connections)."""
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    return Services.build(Database.open(target), registry)


def test_records_lists_search_counts_and_the_recycle_bin(gadgets: Services) -> None:
    records = gadgets.records
    pump = records.create("gadgets", {"name": "Máy bơm nước", "serial": "SN-7", "price": "12.5"})
    assert pump.number == "GAD-00001"
    assert pump.values["currency"] == gadgets.settings.default_currency()
    washer = records.create("gadgets", {"name": "Þvottavél", "serial": "SN-8"})
    kettle = records.create("gadgets", {"name": "Ấm đun", "serial": "SN-9"})
    washer = records.update("gadgets", washer.id, washer.version, {"serial": "IS-1"})
    assert records.validate("gadgets", {"name": ""}, new=True).keys() == {"name"}

    by_name = [r.id for r in gadgets.lists.page(ListQuery("gadgets"), 0, 2)]
    assert by_name == [kettle.id, pump.id]  # "Ấm" folds to "Am"; pages of two
    assert [r.id for r in gadgets.lists.page(ListQuery("gadgets"), 2, 2)] == [washer.id]
    serials = ListQuery("gadgets", sort_field="serial", descending=True)
    assert [r.id for r in gadgets.lists.page(serials, 0, 5)] == [kettle.id, pump.id, washer.id]
    found = gadgets.lists.page(ListQuery("gadgets", quick="thvott"), 0, 5)
    assert [r.id for r in found] == [washer.id]
    assert gadgets.lists.count(ListQuery("gadgets", quick="may bom")) == 1

    hits = [(h.record_type, h.id) for h in gadgets.search.search("bơm")]
    assert ("gadgets", pump.id) in hits
    assert gadgets.stats.counts()["gadgets"] == 3

    records.delete("gadgets", kettle.id, kettle.version)
    assert gadgets.stats.counts()["gadgets"] == 2
    binned = gadgets.lists.page(ListQuery("gadgets", deleted=True), 0, 5)
    assert [r.id for r in binned] == [kettle.id]
    records.restore("gadgets", kettle.id)
    assert gadgets.lists.count(ListQuery("gadgets")) == 3
    with gadgets.db.read() as session:
        live = session.execute(
            select(RecordCount.live).where(RecordCount.table_name == "gadgets")
        ).scalar_one()
    assert live == 3


def test_live_refresh_notices_another_program_s_gadget(gadgets: Services) -> None:
    watcher = gadgets.change_watcher()
    try:
        watcher.changed_tables()
        other = _other(gadgets.db, gadgets.registry)
        try:
            made = other.records.create("gadgets", {"name": "Máy sấy"})
            assert watcher.changed_tables() == {"gadgets"}
            other.records.update("gadgets", made.id, made.version, {"serial": "SN-1"})
            assert watcher.changed_tables() == {"gadgets"}
        finally:
            other.db.close()
    finally:
        watcher.close()


@pytest.fixture
def window(qtbot: QtBot, gadgets: Services, settings: QSettings, tmp_path: Path) -> MainWindow:
    """The whole window on a registry with gadgets, not shown yet."""
    made = app_module.build_main_window(gadgets, settings, backups=tmp_path / "backups")
    qtbot.addWidget(made)
    return made


def test_the_window_lists_shows_and_edits_gadgets(
    qtbot: QtBot, gadgets: Services, window: MainWindow
) -> None:
    pump = gadgets.records.create("gadgets", {"name": "Máy bơm nước", "serial": "SN-7"})
    window.live_refresh.timer.setInterval(100)  # type: ignore[attr-defined]
    window.show()

    assert "gadgets" in window.navigation.targets()
    window.show_type("gadgets")
    assert window.panes.current == RECORDS_LAYOUT  # the generic form: the usual widths
    panel = window.panel("gadgets")
    qtbot.waitUntil(lambda: panel.count() == 1)
    panel.select_record(pump.id)
    form = window.form("gadgets")
    assert type(form) is RecordForm
    assert form.record_id() == pump.id
    assert form.editors["name"].value() == "Máy bơm nước"
    form.editors["serial"].set_value("SN-70")
    assert form.save()
    assert gadgets.records.get("gadgets", pump.id).values["serial"] == "SN-70"

    other = _other(gadgets.db, gadgets.registry)
    try:
        other.records.create("gadgets", {"name": "Máy sấy tóc"})
    finally:
        other.db.close()
    qtbot.waitUntil(lambda: panel.count() == 2, timeout=5000)
    names = {panel.table.record_model().values(r)["name"] for r in range(2)}
    assert names == {"Máy bơm nước", "Máy sấy tóc"}
    assert panel.current_record_id() == pump.id


def test_the_about_box_and_the_form_s_width_follow_the_registry(
    gadgets: Services, window: MainWindow
) -> None:
    assert "Gadgets" in about_text(window)
    assert layout_of(GADGETS) == RECORDS_LAYOUT
    # A type given the document form (lines, taxes, totals) gets its wide form too.
    assert layout_of(replace(GADGETS, form="document")) == layout_of(gadgets.registry.get("quotes"))
    assert layout_of(gadgets.registry.get("quotes")) != RECORDS_LAYOUT


def test_a_visit_planned_from_a_gadget_s_history_goes_to_its_location(
    qtbot: QtBot, gadgets: Services
) -> None:
    pump = gadgets.records.create("gadgets", {"name": "Máy bơm", "location": "Kho Hà Đông"})
    tab = GADGETS.related[0]
    page = ActivityHistoryPage(gadgets, tab, "gadgets")
    qtbot.addWidget(page)
    page.set_record(pump.id)
    with qtbot.waitSignal(page.new_related) as planned:
        page.visit_button.click()
    record_type, values = planned.args
    assert record_type == "activities"
    assert values["location"] == "Kho Hà Đông"
    assert (values["related_type"], values["related_id"]) == ("gadgets", pump.id)
