"""The import's bulk pass over a CSV file stores what the row-by-row pass (the one the
preview shows) stores, for every kind of awkward row, and says the same about it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.imports import service as import_service
from crm_desktop.services.imports.plan import ImportPlan, ImportResult, MatchRule, OnMatch
from crm_desktop.services.imports.sources import Source
from tests.databases import TestDatabases
from tests.services.imports.conftest import live

#: what differs between two imports of one file made at two moments
_STAMPS = {"created_at", "modified_at"}

#: a generic file with the rows people's files have: accents, empty cells, dates that
#: are not, picklist synonyms and translations, several e-mails in a cell, a row without
#: its required name, a row matching an earlier one, a too long and a bad e-mail
TRICKY = "\r\n".join(
    [
        "Name,Salutation,E-mail,Birthday,Company,Lead source,Do not call,Owner",
        "Nguyễn Văn Đức,Mister,duc@example.vn; duc.nguyen@example.com,1990-03-04,Công ty ABC,,x,",
        "Sigríður Guðmundsdóttir,Frau,,31/12/1985,Orka ehf.,Cold call,,",
        "João da Silva,Herr,joao@example.br,32/13/1980,,Chamada fria,no,Nobody Here",
        ",Dr.,nobody@example.com,,,,,",
        "Åsa Öberg,Prof.,asa@example.se,,Öberg AB,Not a source,maybe,",
        "Đức Nguyễn,,DUC@example.vn,,Công ty ABC,,,",
        "Anna Berg,,not an address,,,,,",
        "Lê Lan,Ms.,lan@example.vn lan2@example.vn third@example.vn,,,,,",
        "   ,  ,  ,  ,  ,  ,  ,  ",
        "Þórður Jónsson,,thordur@example.is,,Orka EHF,,1,",
        "",
    ]
)


@pytest.fixture
def row_by_row(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Makes the service read CSV files row by row, as it reads vCard files."""

    def switch() -> None:
        opened = import_service.open_source

        @contextmanager
        def one_by_one(plan: ImportPlan, remembered: Any) -> Iterator[Source]:
            with opened(plan, remembered) as source:
                yield dataclasses.replace(source, csv_rows=None, reader=None)

        monkeypatch.setattr(import_service, "open_source", one_by_one)

    return switch


@pytest.fixture
def other(test_databases: TestDatabases, tmp_path: Path) -> Iterator[Services]:
    """The services of a second, new database."""
    database = (
        test_databases.new() if test_databases.is_server else Database.open(tmp_path / "b.db")
    )
    yield Services.build(database)
    database.close()


def stored(services: Services) -> dict[str, list[dict[str, Any]]]:
    return {
        type_key: [
            {k: v for k, v in row.items() if k not in _STAMPS} for row in live(services, type_key)
        ]
        for type_key in ("contacts", "organizations")
    }


def told(result: ImportResult) -> tuple[Any, ...]:
    return (
        (result.added, result.updated, result.skipped, result.rejected),
        result.organizations_created,
        result.problems,
        [(r.line, r.reason, r.cells, r.values, r.problems) for r in result.rejected_rows],
    )


@pytest.mark.parametrize(
    ("match", "on_match"),
    [
        (MatchRule.EMAIL, OnMatch.SKIP),
        (MatchRule.NAME, OnMatch.FILL),
        (MatchRule.PHONE, OnMatch.CREATE),
        (MatchRule.EMAIL, OnMatch.UPDATE),
    ],
)
def test_awkward_rows_are_stored_and_told_as_row_by_row(
    services: Services,
    other: Services,
    row_by_row: Callable[[], None],
    tmp_path: Path,
    match: MatchRule,
    on_match: OnMatch,
) -> None:
    path = tmp_path / "tricky.csv"
    path.write_bytes(TRICKY.encode("utf-8-sig"))
    plan = ImportPlan(
        path,
        match=match,
        on_match=on_match,
        value_map={"lead_source": {"Chamada fria": "Cold Call"}},
    )

    bulk = services.imports.run(plan)
    row_by_row()
    one_by_one = other.imports.run(plan)

    assert told(bulk) == told(one_by_one)
    assert stored(services) == stored(other)
    contacts = stored(services)["contacts"]
    assert bulk.added >= 6 and bulk.rejected >= 1, told(bulk)
    by_email: dict[str, dict[str, Any]] = {}
    for contact in contacts:  # the first of a name: a later row may update its e-mail
        by_email.setdefault((contact["email"] or "").casefold(), contact)
    assert by_email["duc@example.vn"]["salutation"] == "Mr."
    assert by_email["duc@example.vn"]["secondary_email"] == "duc.nguyen@example.com"
    assert by_email["joao@example.br"]["birthday"] is None
    assert by_email["joao@example.br"]["lead_source"] == "Cold Call"


@pytest.mark.parametrize(
    "name",
    [
        "outlook_de_cp1252.csv",
        "google_contacts.csv",
        "google_contacts_new.csv",
        "linkedin_connections.csv",
        "bare_cr.csv",
        "ragged_cr.csv",
        "shift_jis.csv",
        "utf16le_no_bom.csv",
    ],
)
def test_every_fixture_file_is_stored_as_row_by_row(
    services: Services,
    other: Services,
    row_by_row: Callable[[], None],
    csv_fixture: Callable[[str], Path],
    name: str,
) -> None:
    plan = ImportPlan(csv_fixture(name))

    bulk = services.imports.run(plan)
    row_by_row()
    one_by_one = other.imports.run(plan)

    assert told(bulk) == told(one_by_one)
    assert stored(services) == stored(other)
    assert stored(services)["contacts"]


def test_deals_are_stored_as_row_by_row(
    services: Services,
    other: Services,
    row_by_row: Callable[[], None],
    csv_fixture: Callable[[str], Path],
) -> None:
    plan = ImportPlan(csv_fixture("deals_cp1252.csv"), "opportunities")

    bulk = services.imports.run(plan)
    row_by_row()
    one_by_one = other.imports.run(plan)

    assert told(bulk) == told(one_by_one)
    assert live(services, "opportunities")
    assert [
        {k: v for k, v in row.items() if k not in _STAMPS}
        for row in live(services, "opportunities")
    ] == [
        {k: v for k, v in row.items() if k not in _STAMPS} for row in live(other, "opportunities")
    ]
