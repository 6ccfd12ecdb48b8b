"""Changes by other programs are noticed by polling."""

from __future__ import annotations

from sqlalchemy import text

from crm_desktop.models import Database
from crm_desktop.models.watch import ChangeWatcher
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
