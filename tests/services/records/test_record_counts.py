"""record_counts: the live rows per record table, kept exact by triggers, on SQLite and on
PostgreSQL alike (the suite runs this file on both), and the list count that reads it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from crm_desktop.demo.generator import DemoGenerator
from crm_desktop.errors import ValidationError
from crm_desktop.models import Database
from crm_desktop.models.base import utcnow
from crm_desktop.models.record_counts import RecordCount
from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.database.transfer import transfer
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.records.service import table_of
from tests.databases import TestDatabases


def counters(db: Database) -> dict[str, int]:
    with db.read() as session:
        rows = session.execute(select(RecordCount.table_name, RecordCount.live)).all()
    return {name: int(live) for name, live in rows}


def live_rows(services: Services) -> dict[str, int]:
    """count(*) of the live rows of every record table: what the counters must say."""
    result = {}
    with services.db.read() as session:
        for record_type in services.registry:
            table = table_of(record_type)
            stmt = select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))
            result[table.name] = int(session.execute(stmt).scalar_one())
    return result


def assert_exact(services: Services) -> None:
    assert counters(services.db) == live_rows(services)


def test_every_record_table_has_a_counter_and_its_triggers(services: Services) -> None:
    tables = {table_of(t).name for t in services.registry}
    assert set(counters(services.db)) == tables
    with services.db.read() as session:
        if services.db.is_sqlite:
            names = session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
            suffixes = ("ai", "ad", "bin", "restore")
        else:
            names = session.execute(
                text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
            ).scalars()
            suffixes = ("ai", "ad", "au")
        triggers = set(names)
    for table in tables:
        assert {f"{table}_count_{s}" for s in suffixes} <= triggers, table


def test_create_delete_restore_and_purge(services: Services) -> None:
    records = services.records
    made = [records.create("contacts", {"last_name": f"Nguyễn {i}"}) for i in range(3)]
    assert counters(services.db)["contacts"] == 3
    records.delete("contacts", made[0].id, made[0].version)
    assert counters(services.db)["contacts"] == 2
    assert services.lists.count(ListQuery("contacts", deleted=True)) == 1
    restored = records.restore("contacts", made[0].id)
    assert counters(services.db)["contacts"] == 3
    records.delete("contacts", restored.id, restored.version)
    table = table_of(services.registry.get("contacts"))
    with services.db.write() as session:
        # Emptying the recycle bin leaves the live count; purging a live row lowers it.
        session.execute(table.delete().where(table.c.id == made[0].id))
        assert counters_in(session)["contacts"] == 2
        session.execute(table.delete().where(table.c.id == made[1].id))
    assert counters(services.db)["contacts"] == 1
    assert_exact(services)


def counters_in(session: Session) -> dict[str, int]:
    rows = session.execute(select(RecordCount.table_name, RecordCount.live)).all()
    return {name: int(live) for name, live in rows}


def test_saves_renames_and_a_second_delete_stamp_move_nothing(services: Services) -> None:
    records = services.records
    org = records.create("organizations", {"name": "Minh Phát"})
    contact = records.create("contacts", {"last_name": "Trần", "organization_id": org.id})
    contact = records.update("contacts", contact.id, contact.version, {"title": "CEO"})
    records.update("organizations", org.id, org.version, {"name": "Minh Phát JSC"})
    records.delete("contacts", contact.id, contact.version)
    table = table_of(services.registry.get("contacts"))
    with services.db.write() as session:
        # A record already in the bin stamped again stays out of the count.
        session.execute(update(table).where(table.c.id == contact.id).values(deleted_at=utcnow()))
    counts = counters(services.db)
    assert (counts["contacts"], counts["organizations"]) == (0, 1)
    assert_exact(services)


def test_a_failed_write_changes_no_count(services: Services) -> None:
    services.records.create("leads", {"last_name": "Silva"})
    with pytest.raises(ValidationError), services.db.write() as session:
        services.records._create(session, "leads", {"last_name": "Araújo"})
        services.records._create(session, "leads", {"last_name": ""})  # required: refused
    assert counters(services.db)["leads"] == 1
    assert_exact(services)


def test_lead_conversion(services: Services) -> None:
    lead = services.records.create(
        "leads", {"first_name": "João", "last_name": "Conceição", "company": "Conceição Ltda."}
    )
    services.conversion.convert(lead.id, lead.version, opportunity={"amount": "15000"})
    counts = counters(services.db)
    assert (counts["leads"], counts["organizations"], counts["contacts"]) == (1, 1, 1)
    assert counts["opportunities"] == 1
    assert_exact(services)


def test_demo_bulk_inserts(services: Services) -> None:
    DemoGenerator(services, seed=3).generate(300)
    DemoGenerator(services, seed=4).generate(150)  # a second run adds to the first
    counts = counters(services.db)
    assert counts["contacts"] == 450 and counts["activities"] > 0 and counts["quotes"] > 0
    assert_exact(services)


def test_the_unfiltered_list_count_is_the_counter_and_filters_count_in_sql(
    services: Services,
) -> None:
    for name in ("Nguyễn Văn Đức", "Þórður Guðjónsson", "João Conceição"):
        first, last = name.rsplit(" ", 1)
        services.records.create("contacts", {"first_name": first, "last_name": last})
    with services.db.write() as session:
        # Only to show where the number comes from; nothing ever writes a counter like this.
        session.execute(
            update(RecordCount).where(RecordCount.table_name == "contacts").values(live=1000)
        )
    assert services.lists.count(ListQuery("contacts")) == 1000
    assert services.lists.count(ListQuery("contacts", sort_field="email", descending=True)) == 1000
    assert services.lists.count(ListQuery("contacts", quick="duc")) == 1
    assert services.lists.count(ListQuery("contacts", quick="  ")) == 1000  # no words: no filter
    only = ListQuery("contacts", conditions=(Condition("last_name", "starts", "con"),))
    assert services.lists.count(only) == 1
    assert services.lists.count(ListQuery("contacts", deleted=True)) == 0


def test_a_table_without_a_counter_is_counted_in_sql(services: Services) -> None:
    services.records.create("products", {"name": "Cà phê"})
    with services.db.write() as session:
        session.execute(RecordCount.__table__.delete().where(RecordCount.table_name == "products"))
    assert services.lists.count(ListQuery("products")) == 1


def test_a_counter_row_written_again_counts_its_table(services: Services) -> None:
    for i in range(4):
        services.records.create("organizations", {"name": f"Sjávarútvegur {i}"})
    with services.db.write() as session:
        session.execute(RecordCount.__table__.delete())
        session.execute(
            RecordCount.__table__.insert(), [{"table_name": "organizations", "live": 77}]
        )
    assert counters(services.db) == {"organizations": 4}


def test_copying_to_another_database_keeps_the_counts(
    tmp_path: Path, test_databases: TestDatabases
) -> None:
    source = Services.build(Database.open(tmp_path / "office.sqlite3"))
    target_db = test_databases.new()
    try:
        DemoGenerator(source, seed=5).generate(120)
        gone = source.lists.page(ListQuery("contacts"), 0, 7)
        for row in gone:
            record = source.records.get("contacts", row.id)
            source.records.delete("contacts", row.id, record.version)
        transfer(source.db, target_db, source.registry)
        target = Services.build(target_db)
        assert counters(target_db) == counters(source.db) == live_rows(source)
        assert_exact(target)
        assert target.lists.count(ListQuery("contacts")) == 113
    finally:
        source.db.close()
        target_db.close()


WRITER = textwrap.dedent(
    """
    import sys
    from crm_desktop.models import Database
    from crm_desktop.services import Services
    services = Services.build(Database.open(sys.argv[1]))
    me = int(sys.argv[2])
    records = services.records
    for i in range(40):
        contact = records.create("contacts", {"last_name": f"P{me}-{i}"})
        if i % 3 == 0:
            records.delete("contacts", contact.id, contact.version)
        if i % 6 == 0:
            records.restore("contacts", contact.id)
        if i % 10 == 0:
            lead = records.create("leads", {"last_name": f"L{me}-{i}", "company": f"C{me}-{i}"})
            services.conversion.convert(lead.id, lead.version)
    services.db.close()
    """
)


@pytest.mark.slow
def test_several_programs_writing_at_once(services: Services) -> None:
    db = services.db
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, target, str(n)], stderr=subprocess.PIPE, text=True
        )
        for n in range(4)
    ]
    errors = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    counts = counters(db)
    # 40 contacts each, 14 deleted of which 7 restored, plus 4 converted leads' contacts
    assert counts["contacts"] == 4 * (40 - 7 + 4)
    assert (counts["leads"], counts["organizations"]) == (16, 16)
    assert_exact(services)
