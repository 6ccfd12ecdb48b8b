"""SQLite's checks of an open database file: the quick check at open (a damaged file), the
journal mode a shared file needs, and the full integrity and foreign-key check (Verify
database, ``crm-desktop check``).

Used by :class:`~crm_desktop.models.database.Database`; see docs/architecture.md.
"""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy import Engine

from crm_desktop.errors import DatabaseDamaged, DatabaseError

log = logging.getLogger(__name__)


def quick_check(engine: Engine, label: str) -> None:
    """Raise DatabaseDamaged when SQLite's quick check finds the file damaged."""
    raw = engine.raw_connection()
    try:
        result = raw.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(
            "“%1” is damaged (%2); restore it from a backup.", label, exc,
        ) from exc
    finally:
        raw.close()
    if result != "ok":
        # SQLite's report may span lines ("*** in database main ***\nPage 3: ...").
        problem = " ".join(str(result).split())
        raise DatabaseDamaged("“%1” is damaged (%2); restore it from a backup.", label, problem)


#: the rollback journal modes a shared file may be in (the program sets DELETE)
SHARED_JOURNAL_MODES = ("delete", "truncate")


def journal_mode_is_shared(engine: Engine) -> bool:
    """The file is in a rollback journal mode already: opening it changes nothing there."""
    raw = engine.raw_connection()
    try:
        return str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower() in SHARED_JOURNAL_MODES
    finally:
        raw.close()


def ensure_journal_mode(engine: Engine) -> None:
    """Put the file in the rollback journal (DELETE) mode a file on a network drive needs."""
    # Outside any transaction (the journal mode cannot change inside one): raw DBAPI.
    raw = engine.raw_connection()
    try:
        mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() not in SHARED_JOURNAL_MODES:
            log.warning("journal_mode was %s; setting DELETE for a shared file", mode)
            new_mode = raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(new_mode).lower() != "delete":
                raise DatabaseError(
                    "The database is in write-ahead-log mode and another program holds it; "
                    "close the other programs using it and try again."
                )
    finally:
        raw.close()


def integrity_problems(engine: Engine) -> list[str]:
    """Run SQLite's integrity and foreign-key checks; an empty list means healthy."""
    raw = engine.raw_connection()
    try:
        rows = [r[0] for r in raw.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _fk in raw.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} refers to a missing {parent} record")
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        raw.close()
    return problems
