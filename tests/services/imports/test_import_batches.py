"""An import is one transaction (Cancel or a crash leaves nothing) and a batch that can
be undone as a whole, also after the database was closed and opened again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.errors import DomainError, NotFound
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.imports import writing
from crm_desktop.services.imports.plan import ImportPlan, OnMatch
from tests.databases import TestDatabases
from tests.services.imports.conftest import assert_counts_right, live, triggers

ROWS = 1200  # more than one progress step and one bulk chunk


def _big_file(file_of: Callable[..., Path]) -> Path:
    lines = [b"First Name,Last Name,E-mail,Organization"]
    lines += [b"Ana%d,Souza,ana%d@example.com,Org %d" % (i, i, i % 7) for i in range(ROWS)]
    return file_of(b"\r\n".join(lines) + b"\r\n")


def test_cancel_leaves_nothing_half_imported(
    services: Services, file_of: Callable[..., Path]
) -> None:
    before = live(services, "contacts")
    reports: list[tuple[int, int, str]] = []
    result = services.imports.run(
        ImportPlan(_big_file(file_of)),
        progress=lambda done, total, text: reports.append((done, total, text)),
        cancelled=lambda: bool(reports),
    )
    assert result.cancelled and result.batch_id is None
    assert reports and reports[0][1] >= ROWS
    assert live(services, "contacts") == before
    assert live(services, "organizations") == []
    assert services.imports.batches() == []
    assert_counts_right(services)


def test_a_crash_in_the_middle_leaves_nothing(
    services: Services, file_of: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    flushes = 0
    real_flush = writing.DatabaseWriter.flush

    def crash_on_second(self: writing.DatabaseWriter) -> None:
        nonlocal flushes
        flushes += 1
        if flushes == 2:
            raise OSError("the disk went away")
        real_flush(self)

    monkeypatch.setattr(writing, "CHUNK", 500)
    monkeypatch.setattr(writing.DatabaseWriter, "flush", crash_on_second)
    before = triggers(services)
    with pytest.raises(OSError):
        services.imports.run(ImportPlan(_big_file(file_of)))
    assert triggers(services) == before
    assert live(services, "contacts") == []
    assert live(services, "organizations") == []
    assert services.imports.batches() == []
    assert_counts_right(services)


def test_undo_after_reopening_removes_created_and_restores_updated(
    test_databases: TestDatabases, db: Database, file_of: Callable[..., Path]
) -> None:
    services = Services.build(db)
    kept = services.records.create(
        "contacts", {"last_name": "Berg", "email": "anna@x.is", "mailing_city": "Akureyri"}
    )
    path = file_of(
        b"Last Name,E-mail,City,Organization\r\n"
        b"Berg,anna@x.is,Reykjavik,Orka\r\n"
        b"Dahl,bo@x.is,,Orka\r\n"
    )
    result = services.imports.run(ImportPlan(path, on_match=OnMatch.UPDATE))
    assert (result.added, result.updated, result.organizations_created) == (1, 1, 1)
    assert services.records.get("contacts", kept.id).values["mailing_city"] == "Reykjavik"

    reopened = Services.build(test_databases.clone(db))
    try:
        _undo_in(reopened, result.batch_id)
    finally:
        reopened.db.close()


def _undo_in(reopened: Services, batch_id: int | None) -> None:
    """Undo ``batch_id`` (the import of the test above) in the reopened database."""
    (batch,) = reopened.imports.batches()
    assert batch.id == batch_id
    assert (batch.added, batch.updated) == (1, 1)
    undone = reopened.imports.undo_import(batch.id)

    assert (undone.removed, undone.restored, undone.kept) == (2, 1, [])
    contacts = live(reopened, "contacts")
    assert [(c["last_name"], c["mailing_city"]) for c in contacts] == [("Berg", "Akureyri")]
    assert live(reopened, "organizations") == []
    assert reopened.imports.batches()[0].undone_at is not None
    assert_counts_right(reopened)
    with pytest.raises(DomainError, match="undone already"):
        reopened.imports.undo_import(batch.id)
    with pytest.raises(NotFound):
        reopened.imports.undo_import(batch.id + 1)


def test_undo_leaves_records_changed_after_the_import_and_says_so(
    services: Services, file_of: Callable[..., Path]
) -> None:
    path = file_of(b"Last Name,E-mail\r\nBerg,anna@x.is\r\nDahl,bo@x.is\r\n")
    batch = services.imports.run(ImportPlan(path)).batch_id
    assert batch is not None
    dahl = next(c for c in live(services, "contacts") if c["last_name"] == "Dahl")
    services.records.update("contacts", dahl["id"], dahl["version"], {"title": "Boss"})

    undone = services.imports.undo_import(batch)

    assert undone.removed == 1
    assert undone.kept == [("contacts", dahl["id"], "Dahl")]
    assert [c["last_name"] for c in live(services, "contacts")] == ["Dahl"]
    assert_counts_right(services)


def test_undo_removes_a_record_the_import_created_then_updated_itself(
    services: Services, file_of: Callable[..., Path]
) -> None:
    path = file_of(b"Last Name,E-mail,City\r\nBerg,anna@x.is,\r\nBerg,anna@x.is,Akureyri\r\n")
    result = services.imports.run(ImportPlan(path, on_match=OnMatch.UPDATE))
    [anna] = live(services, "contacts")
    assert (result.added, anna["mailing_city"], anna["version"]) == (1, "Akureyri", 2)
    assert result.batch_id is not None

    undone = services.imports.undo_import(result.batch_id)

    assert (undone.removed, undone.kept) == (1, [])
    assert live(services, "contacts") == []
    assert_counts_right(services)


def test_a_big_import_is_whole_and_counted_and_the_triggers_are_back(
    services: Services, file_of: Callable[..., Path]
) -> None:
    before = triggers(services)
    result = services.imports.run(ImportPlan(_big_file(file_of)))
    assert triggers(services) == before
    assert (result.added, result.organizations_created) == (ROWS, 7)
    contacts = live(services, "contacts")
    assert len(contacts) == ROWS
    assert len({c["number"] for c in contacts}) == ROWS
    assert contacts[5]["organization_name"] == "Org 5"
    assert_counts_right(services)
    hits = services.search.search("ana1199")
    assert [hit.title for hit in hits] == ["Ana1199 Souza"]
    # the triggers work again: a save after the import is indexed and counted
    services.records.create("contacts", {"first_name": "Zoë", "last_name": "Later"})
    assert [hit.title for hit in services.search.search("zoe later")] == ["Zoë Later"]
    assert_counts_right(services)


def test_another_programs_live_refresh_sees_the_import_and_its_undo(
    services: Services, file_of: Callable[..., Path]
) -> None:
    watcher = services.change_watcher()
    try:
        assert watcher.changed_tables() == set()
        path = file_of(b"Last Name,E-mail,Organization\r\nBerg,anna@x.is,Orka\r\n")
        batch = services.imports.run(ImportPlan(path)).batch_id
        assert watcher.changed_tables() == {"contacts", "organizations"}
        assert batch is not None
        services.imports.undo_import(batch)
        assert watcher.changed_tables() == {"contacts", "organizations"}
        assert watcher.changed_tables() == set()
    finally:
        watcher.close()
