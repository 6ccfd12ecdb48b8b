"""Each role against each record type and action, through the services: what a user may
not see is in no list, count or search, and what they may not do is refused in a sentence."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from crm_desktop.errors import AccessDenied
from crm_desktop.registry import Kind, default_registry
from crm_desktop.services import Services
from crm_desktop.services.access.types import ACTIONS
from crm_desktop.services.imports.plan import ImportPlan, OnMatch
from crm_desktop.services.records.export import export_list
from crm_desktop.services.records.lists import ListQuery
from tests.conftest import OFFICE_PASSWORD as PASSWORD
from tests.conftest import AsUser

TYPES = tuple(t.key for t in default_registry())


def _values(services: Services, type_key: str, name: str) -> dict[str, Any]:
    """The least a record of ``type_key`` needs: its required texts, named ``name``, then
    a record for each reference it requires (a project task's project)."""
    record_type = services.registry.get(type_key)
    defaults = services.records.new_values(type_key)
    values: dict[str, Any] = {
        f.name: name
        for f in record_type.fields
        if f.required and f.name not in defaults and f.kind in (Kind.TEXT, Kind.MULTILINE)
    }
    for f in record_type.fields:
        if f.required and f.kind is Kind.REFERENCE and f.reference:
            target = _values(services, f.reference, name)
            values[f.name] = services.records.create(f.reference, target).id
    return values


def _act(services: Services, type_key: str, action: str, record: Any) -> None:
    """Does ``action`` with a record of ``type_key`` through the services."""
    if action == "view":
        services.records.get(type_key, record.id)
    elif action == "create":
        services.records.create(type_key, _values(services, type_key, "Mới"))
    elif action == "edit":
        field = next(iter(_values(services, type_key, "x")))
        services.records.update(type_key, record.id, record.version, {field: "Đổi"})
    elif action == "delete":
        services.records.delete(type_key, record.id, record.version)
    elif type_key == "activities":  # export: the calendar file, and the list's
        services.activities.all()
        _export(services, type_key)
    else:
        _export(services, type_key)


def _export(services: Services, type_key: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        export_list(services, ListQuery(type_key), Path(folder) / "list.csv", "csv")


#: every action with every type
TYPE_ACTIONS = [(t, a) for t in TYPES for a in ACTIONS]


@pytest.mark.parametrize(("type_key", "action"), TYPE_ACTIONS)
def test_a_role_without_the_right_is_refused_and_the_built_in_roles_are_not(
    office: Services, as_user: AsUser, type_key: str, action: str
) -> None:
    limited = office.office.add_role("No " + action, "staff")
    office.office.set_rights(limited, type_key, [a for a in ACTIONS if a != action])
    office.users.add_user("dung", PASSWORD, "No " + action)
    for name in ("boss", "maria", "an", "dung"):
        services = as_user(name)
        record = office.records.create(type_key, _values(office, type_key, name))
        if name == "dung":
            with pytest.raises(AccessDenied, match=r"^Your role does not allow you to"):
                _act(services, type_key, action, record)
        else:
            _act(services, type_key, action, record)


def test_without_view_a_type_is_empty_everywhere(office: Services, as_user: AsUser) -> None:
    office.records.create("contacts", {"last_name": "Nguyễn"})
    blind = office.office.add_role("Blind", "staff")
    office.office.set_rights(blind, "contacts", ["create"])
    office.users.add_user("dung", PASSWORD, "Blind")
    dung = as_user("dung")
    assert dung.lists.count(ListQuery("contacts")) == 0
    assert dung.search.search("nguyen") == []
    assert dung.stats.counts()["contacts"] == 0


@pytest.mark.parametrize("type_key", TYPES)
def test_a_private_type_shows_staff_their_own_and_their_groups_and_managers_the_team(
    office: Services, as_user: AsUser, type_key: str
) -> None:
    office.office.set_private(type_key, True)
    people = {name: as_user(name) for name in ("boss", "maria", "an", "binh", "chi")}
    sales = next(u.id for u in office.users.owners() if u.username == "sales")
    owned = {
        name: services.records.create(type_key, _values(services, type_key, f"Zeta {name}"))
        for name, services in people.items()
    }
    group_record = people["an"].records.create(
        type_key, {**_values(office, type_key, "Zeta sales"), "owner_id": sales}
    )
    sees = {
        "boss": {*owned, "sales"},
        "maria": {"maria", "an", "binh", "sales"},
        "an": {"an", "sales"},
        "binh": {"binh", "sales"},
        "chi": {"chi"},
    }
    ids = {**{n: r.id for n, r in owned.items()}, "sales": group_record.id}
    for name, services in people.items():
        expected = {ids[n] for n in sees[name]}
        query = ListQuery(type_key)
        assert services.lists.count(query) == len(expected), name
        rows = services.lists.page(query, 0, 50, total=len(expected))
        assert {r.id for r in rows} == expected, name
        hits = services.search.search("zeta", per_type=50)
        found = {h.id for h in hits if h.record_type == type_key}
        assert found == expected, name
        assert services.stats.counts()[type_key] == len(expected), name
        for record_id in set(ids.values()) - expected:
            with pytest.raises(AccessDenied, match="private"):
                services.records.get(type_key, record_id)


def test_a_shared_type_is_seen_by_everybody(office: Services, as_user: AsUser) -> None:
    an = as_user("an")
    an.records.create("organizations", {"name": "Ánh Dương"})
    assert as_user("chi").lists.count(ListQuery("organizations")) == 1


def test_staff_assign_only_to_themselves_or_their_group_and_managers_to_anyone(
    office: Services, as_user: AsUser
) -> None:
    ids = {u.username: u.id for u in office.users.owners()}
    an = as_user("an")
    record = an.records.create("contacts", {"last_name": "Lê", "owner_id": ids["sales"]})
    with pytest.raises(AccessDenied, match="only to yourself or your group"):
        an.records.update("contacts", record.id, record.version, {"owner_id": ids["chi"]})
    moved = as_user("maria").records.update(
        "contacts", record.id, record.version, {"owner_id": ids["chi"]}
    )
    assert moved.values["owner_id"] == ids["chi"]


def test_only_an_administrator_manages_users_and_roles(office: Services, as_user: AsUser) -> None:
    maria = as_user("maria")
    with pytest.raises(AccessDenied, match="Only an administrator"):
        maria.users.add_user("eve", PASSWORD, "administrator")
    with pytest.raises(AccessDenied, match="Only an administrator"):
        maria.office.set_private("contacts", True)
    with pytest.raises(AccessDenied, match="Only an administrator"):
        maria.office.make_single_user()


def test_only_an_administrator_changes_the_settings(office: Services, as_user: AsUser) -> None:
    maria = as_user("maria")
    with pytest.raises(AccessDenied, match="Only an administrator"):
        maria.settings.set_default_currency("EUR")
    with pytest.raises(AccessDenied, match="Only an administrator"):
        maria.settings.add_tax_rate("VAT", "10")
    assert maria.settings.default_currency() == office.settings.default_currency()
    office.settings.set_default_currency("EUR")
    assert maria.settings.default_currency() == "EUR"


@pytest.mark.sqlite_only
def test_a_staff_members_page_is_read_by_the_sort_index_when_they_see_many_rows(
    office: Services, as_user: AsUser
) -> None:
    office.office.set_private("contacts", True)
    an, binh = as_user("an"), as_user("binh")
    for n in range(120):
        (an if n % 2 else binh).records.create("contacts", {"last_name": f"Người {n:03}"})
    query = ListQuery("contacts", sort_field="last_name")

    def plan(services: Services, total: int) -> str:
        with services.db.read() as session:
            walk = services.lists._walks_sort_index(session, query, 25, total)
            stmt = services.lists._page_select(query, reverse=False, offset=0, limit=25, walk=walk)
            compiled = stmt.compile(session.bind, compile_kwargs={"literal_binds": True})
            rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        return " | ".join(str(row[-1]) for row in rows)

    seen = an.lists.count(query)
    assert seen == 60
    page = an.lists.page(query, 0, 25, total=seen)
    around = an.lists.rows_around(query, page[0].id, 0, 25)
    assert [r.values for r in page] == [r.values for r in around]
    last = [f.name for f in an.lists.columns("contacts")].index("last_name")
    names = [r.values[last] for r in page]
    assert names == [f"Người {n:03}" for n in range(1, 50, 2)]  # an's, in order
    walked = plan(an, seen)
    assert "ix_contacts_live_last_name_key" in walked and "owner_id" not in walked
    # One row among many: read by the owner index, and the few rows sorted.
    chi = as_user("chi")
    chi.records.create("contacts", {"last_name": "Chi"})
    assert "ix_contacts_live_owner_id" in plan(chi, 1)


def test_an_import_needs_the_right_to_create_and_to_update_the_right_to_edit(
    office: Services, as_user: AsUser, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("First Name,Last Name,E-mail Address\nĐức,Nguyễn,duc@example.vn\n")
    office.records.create("contacts", {"last_name": "Nguyễn", "email": "duc@example.vn"})
    no_create = office.office.add_role("No create", "staff")
    office.office.set_rights(no_create, "contacts", ["view", "edit", "delete", "export"])
    no_edit = office.office.add_role("No edit", "staff")
    office.office.set_rights(no_edit, "contacts", ["view", "create", "delete", "export"])
    office.users.add_user("dung", PASSWORD, "No create")
    office.users.add_user("em", PASSWORD, "No edit")
    dung, em = as_user("dung"), as_user("em")
    for plan in (ImportPlan(path), ImportPlan(path, on_match=OnMatch.UPDATE)):
        with pytest.raises(AccessDenied, match="create contacts"):
            dung.imports.dry_run(plan)
        with pytest.raises(AccessDenied, match="create contacts"):
            dung.imports.run(plan)
    with pytest.raises(AccessDenied, match="change contacts"):
        em.imports.run(ImportPlan(path, on_match=OnMatch.UPDATE))
    assert em.imports.run(ImportPlan(path, on_match=OnMatch.SKIP)).skipped == 1
    assert office.lists.count(ListQuery("contacts")) == 1
