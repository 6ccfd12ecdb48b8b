"""Changes by other programs are noticed by polling."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from crm_desktop.models import Database
from crm_desktop.models.migrate import alembic_config
from crm_desktop.models.watch import ChangeWatcher
from crm_desktop.services import Services
from tests.databases import TestDatabases


def _other_program(test_databases: TestDatabases, db: Database) -> Database:
    """A second, independent Database on the same file or server database."""
    if db.is_sqlite:
        assert db.path is not None
        return Database.open(db.path)
    return Database.open(db.engine.url.render_as_string(hide_password=False))


def test_watcher_sees_commits_of_other_programs(test_databases: TestDatabases, db: Database):
    other = _other_program(test_databases, db)
    watcher = ChangeWatcher(db)
    try:
        assert watcher.poll() is False
        with other.write() as session:
            session.execute(text("UPDATE users SET full_name = 'Other' WHERE id = 1"))
        assert watcher.poll() is True
        assert watcher.poll() is False
        with other.read() as session:
            session.execute(text("SELECT count(*) FROM users")).scalar()
        assert watcher.poll() is False  # reading changes nothing
    finally:
        watcher.close()
        other.close()


def test_every_kind_of_change_is_seen_and_nothing_else(
    test_databases: TestDatabases, db: Database
) -> None:
    """Inserts, updates (also with a clock that runs behind: the watcher compares counters,
    not times), soft and hard deletes; a heartbeat-like commit elsewhere changes nothing."""
    other = _other_program(test_databases, db)
    watcher = ChangeWatcher(db, {"contacts": "contacts", "organizations": "organizations"})
    now = "2026-12-01 10:00:00"
    try:
        assert watcher.changed_tables() == set()  # takes note of how things are
        Services.build(other).records.create("contacts", {"last_name": "Đỗ"})
        assert watcher.changed_tables() == {"contacts"}
        with other.write() as session:  # a save stamped by a computer whose clock is late
            session.execute(
                text("UPDATE contacts SET title = 'Giám đốc', modified_at = '2000-01-01'")
            )
        assert watcher.changed_tables() == {"contacts"}
        with other.write() as session:
            session.execute(text("UPDATE contacts SET deleted_at = :t"), {"t": now})
        assert watcher.changed_tables() == {"contacts"}
        with other.write() as session:
            session.execute(text("DELETE FROM contacts"))
        assert watcher.changed_tables() == {"contacts"}
        with other.write() as session:  # something else, as a heartbeat is
            session.execute(text("UPDATE users SET full_name = 'Other' WHERE id = 1"))
        assert watcher.changed_tables() == set()
    finally:
        watcher.close()
        other.close()


@pytest.mark.sqlite_only  # the sequences of PostgreSQL are one row each
def test_looking_reads_no_table_whole(db: Database) -> None:
    with db.read() as session:
        plans = [
            " ".join(str(r[-1]) for r in session.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            for sql in (
                "SELECT table_name, changes FROM table_changes",
                "SELECT max(id) FROM contacts",
            )
        ]
    # the counters are a few rows; max(id) is the primary key's end
    assert "SCAN contacts" not in plans[1], plans


def test_the_first_change_after_the_counters_came_is_seen(
    test_databases: TestDatabases, db: Database
) -> None:
    """A database upgraded to the change counters holds rows its counters never counted:
    the first save after the upgrade is an update, and it is seen."""
    product = Services.build(db).records.create("products", {"name": "Cà phê Trung Nguyên"})
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0006_activity_reads")
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    db.close()
    upgraded = Database.open(target)
    other = Database.open(target)
    watcher = ChangeWatcher(upgraded, {"products": "products"})
    try:
        assert watcher.changed_tables() == set()
        Services.build(other).records.update(
            "products", product.id, product.version, {"name": "Cà phê Phúc Long"}
        )
        assert watcher.changed_tables() == {"products"}
    finally:
        watcher.close()
        other.close()
        upgraded.close()
