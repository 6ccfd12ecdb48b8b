"""The registry describes every record type once, consistently with the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

import crm_desktop
from crm_desktop.models import Database
from crm_desktop.registry import (
    FieldSpec,
    Kind,
    RecordType,
    Registry,
    RelatedTab,
    Section,
    default_registry,
)
from crm_desktop.registry.fields import address, address_section
from crm_desktop.registry.picklists import SALES_STAGES
from crm_desktop.services.records.service import table_of

REGISTRY = default_registry()


def test_types_in_navigation_order() -> None:
    assert [(g, [t.key for t in ts]) for g, ts in REGISTRY.groups()] == [
        (
            "Sales",
            [
                "leads",
                "organizations",
                "contacts",
                "opportunities",
                "quotes",
                "sales_orders",
                "products",
            ],
        ),
        ("Activities", ["activities"]),
        ("Marketing", ["campaigns"]),
        ("Support", ["cases", "contracts"]),
        ("Tools", ["documents", "projects", "project_tasks"]),
    ]


def test_quotes_and_orders_show_on_their_customers_and_opportunities() -> None:
    for key, via in (
        ("organizations", "organization_id"),
        ("contacts", "contact_id"),
        ("opportunities", "opportunity_id"),
    ):
        tabs = [(t.record_type, t.via) for t in REGISTRY.get(key).related]
        assert ("quotes", via) in tabs and ("sales_orders", via) in tabs, key
    assert REGISTRY.get("quotes").number_prefix == "QUO-"
    assert REGISTRY.get("sales_orders").number_prefix == "SO-"


@pytest.mark.parametrize("record_type", list(REGISTRY), ids=lambda t: t.key)
def test_every_field_has_a_column(record_type: RecordType) -> None:
    table = table_of(record_type)
    for f in record_type.fields:
        assert f.name in table.c, f.name
        if f.cache:
            assert f.cache in table.c, f.cache
        if f.sort:
            assert f.sort in table.c, f.sort


@pytest.mark.parametrize("record_type", list(REGISTRY), ids=lambda t: t.key)
def test_every_sortable_column_has_an_index_ending_in_id(
    record_type: RecordType, db: Database
) -> None:
    with db.engine.connect() as conn:
        indexes = inspect(conn).get_indexes(record_type.table)
    indexed = {tuple(ix["column_names"]) for ix in indexes}
    for f in record_type.fields:
        if f.sortable:
            assert (f.sort, "id") in indexed, f"{record_type.key}.{f.name} sorts without an index"


@pytest.mark.parametrize("record_type", list(REGISTRY), ids=lambda t: t.key)
def test_every_list_column_is_sortable(record_type: RecordType) -> None:
    for name in record_type.list_columns:
        assert record_type.field(name).sortable, f"{record_type.key}.{name}"


def test_opportunity_stages_carry_the_default_probabilities() -> None:
    stages = dict(SALES_STAGES)
    assert stages["Prospecting"] == 10
    assert stages["Proposal/Price Quote"] == 65
    assert stages["Closed Won"] == 100 and stages["Closed Lost"] == 0
    assert REGISTRY.get("opportunities").field("sales_stage").choices == tuple(stages)


def test_organization_related_tabs() -> None:
    tabs = REGISTRY.get("organizations").related
    assert ("contacts", "organization_id") in [(t.record_type, t.via) for t in tabs]
    assert ("opportunities", "organization_id") in [(t.record_type, t.via) for t in tabs]


def test_references_to_finds_pointing_fields() -> None:
    found = {(t.key, f.name) for t, f in REGISTRY.references_to("organizations")}
    assert {("contacts", "organization_id"), ("opportunities", "organization_id")} <= found


def _type(**overrides: object) -> RecordType:
    base: dict[str, object] = dict(
        key="things",
        label="Things",
        singular="Thing",
        icon="thing",
        group="Sales",
        table="things",
        fields=(FieldSpec("name", "Name"),),
        sections=(Section("Thing", ("name",)),),
        list_columns=("name",),
        title_fields=("name",),
    )
    base.update(overrides)
    return RecordType(**base)  # type: ignore[arg-type]


def test_registry_rejects_inconsistent_descriptions() -> None:
    with pytest.raises(KeyError, match="no field 'nope'"):
        _type(list_columns=("nope",))
    with pytest.raises(ValueError, match="unknown group"):
        Registry([_type(group="Nowhere")])
    with pytest.raises(ValueError, match="twice"):
        Registry([_type(), _type()])
    bad_ref = _type(
        fields=(FieldSpec("name", "Name"), FieldSpec("x", "X", Kind.REFERENCE, reference="ghosts"))
    )
    with pytest.raises(ValueError, match="unknown ghosts"):
        Registry([bad_ref])
    with pytest.raises(KeyError):
        Registry([_type(related=(RelatedTab("T", "things", "missing"),))])


def test_registry_rejects_behaviour_nobody_provides() -> None:
    with pytest.raises(ValueError, match="unknown form part 'wizard'"):
        Registry([_type(form_parts=("wizard",))])
    with pytest.raises(ValueError, match="unknown form 'wide'"):
        Registry([_type(form="wide")])
    with pytest.raises(KeyError, match="no field 'closed'"):
        _type(locked_by="closed")
    addresses = (*address("home_"), *address("work_"))
    copy = address_section("Work", "work_", copy_from=("home_", "Copy"))
    _type(fields=(FieldSpec("name", "Name"), *addresses), sections=(copy,))
    with pytest.raises(KeyError, match="no field 'site_street'"):
        wrong = address_section("Work", "work_", copy_from=("site_", "Copy"))
        _type(fields=(FieldSpec("name", "Name"), *addresses), sections=(wrong,))


def test_generic_parts_name_no_record_type() -> None:
    """The generic list, form and shell read behaviour from the registry, not from keys."""
    generic = [
        "views/records/record_form.py",
        "views/records/list_view.py",
        "views/records/list_model.py",
        "views/records/record_table.py",
        "views/records/related_tabs.py",
        "views/records/form_factory.py",
        "views/records/recycle_bin.py",
        "views/shell/navigation.py",
        "views/shell/live_refresh.py",
        "services/records/service.py",
        "services/records/lists.py",
        "services/records/search.py",
        "services/records/stats.py",
    ]
    package = Path(crm_desktop.__file__).parent
    for name in generic:
        source = (package / name).read_text(encoding="utf-8")
        for record_type in REGISTRY:
            key = record_type.key
            assert f'"{key}"' not in source, f"{name} names the record type {key!r}"
