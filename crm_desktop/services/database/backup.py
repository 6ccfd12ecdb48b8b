"""Backups of a SQLite database: online, consistent, rotated, restorable.

Only SQLite's online backup API is used (one step, so a backup taken while others write
is a consistent snapshot), never a plain copy of the live file. Backups go to a local
folder (see paths.py), one sub-folder per database:

    daily/2026-11-23.sqlite3     at most one a day, the newest 7 kept
    weekly/2026-W48.sqlite3      one an ISO week, the newest 4 kept
    manual/20261123-101500.sqlite3   "Backup now"
    pre-migration/20261123-101500-0001_initial.sqlite3   before every schema upgrade
    pre-restore/20261123-101500.sqlite3   the database as it was before a restore

On a database server, backups are the server's job (pg_dump); the service says so.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from crm_desktop.errors import CannotWrite, DatabaseError, DomainError
from crm_desktop.models.database import Database
from crm_desktop.services.database.types import BackupInfo
from crm_desktop.services.output_file import ensure_folder, os_error_reason, replacing

log = logging.getLogger(__name__)
#: bytes read and written at a time when a file is copied
_COPY_CHUNK = 1024 * 1024
KEEP = {"daily": 7, "weekly": 4, "manual": 20, "pre-migration": 10, "pre-restore": 5}


def backup_folder(root: Path, database: Path) -> Path:
    """The folder for one database's backups: its name plus a hash of its full path."""
    digest = hashlib.sha256(str(database.absolute()).encode("utf-8")).hexdigest()[:8]
    return root / f"{database.stem}-{digest}"


def copy_database(
    source: Path, target: Path, *, progress: Callable[[int, int], None] | None = None
) -> None:
    """Copy an SQLite database with the online backup API into ``target`` (replaced whole).

    Written to a temporary file first and renamed (see services/output_file.py), so
    ``target`` is never half written, and never a database or ``source`` itself.
    """
    with replacing(target, reads=(source,)) as partial:
        snapshot_into(source, partial, target=target, progress=progress, check=True)


def snapshot_into(
    source: Path,
    destination: Path,
    *,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    check: bool = False,
) -> None:
    """Write one consistent snapshot of the SQLite database ``source`` into the new file
    ``destination`` (a temporary file that becomes ``target``, named in messages);
    ``check``: run ``PRAGMA integrity_check`` on the copy."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        try:
            if not check and _copy_under_read_lock(src, source, destination, progress):
                return
        except OSError as exc:
            reason = os_error_reason(exc, target.parent)
            raise CannotWrite("Cannot write “%1”: %2.", target, reason) from exc
        dst = sqlite3.connect(destination)
        try:
            # pages=-1: one step, so the copy is one consistent snapshot even while
            # others write (an incremental copy restarts on every change and may
            # never finish).
            src.backup(
                dst,
                pages=-1,
                progress=(lambda _s, rem, tot: progress(tot - rem, tot)) if progress else None,
            )
            if check:
                result = dst.execute("PRAGMA integrity_check").fetchone()[0]
                if result != "ok":
                    raise DatabaseError("The backup of “%1” failed its check: %2", source, result)
        finally:
            dst.close()
    except sqlite3.OperationalError as exc:
        if "disk is full" in str(exc).lower() or "disk i/o" in str(exc).lower():
            reason = os_error_reason(OSError(errno.ENOSPC, ""), target.parent)
            raise CannotWrite("Cannot write “%1”: %2.", target, reason) from exc
        raise DatabaseError("The backup could not be taken: %1.", exc) from exc
    finally:
        src.close()


def _copy_under_read_lock(
    src: sqlite3.Connection,
    source: Path,
    destination: Path,
    progress: Callable[[int, int], None] | None,
) -> bool:
    """Copy the file's bytes while a read transaction holds SQLite's shared lock: with a
    rollback journal no writer can change the file until it ends, so the bytes are one
    consistent snapshot, copied at the speed of the disk (the backup API copies page by
    page through SQLite, several times slower). False, and nothing done, for a file in
    WAL mode, whose latest pages may be in the WAL beside it."""
    if src.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return False
    src.execute("BEGIN")
    try:
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the shared lock
        total = source.stat().st_size
        with source.open("rb") as reader, destination.open("wb") as writer:
            shutil.copyfileobj(reader, writer, _COPY_CHUNK)
            writer.flush()
            os.fsync(writer.fileno())
        if progress is not None:
            progress(total, total)
    finally:
        src.execute("ROLLBACK")
    return True


class BackupService:
    def __init__(self, db: Database, root: Path):
        self.db = db
        self.root = root

    @property
    def folder(self) -> Path:
        return backup_folder(self.root, self._path())

    def _path(self) -> Path:
        if not self.db.is_sqlite or self.db.path is None:
            raise DomainError(
                "This database is on a server; back it up with the server's tools (pg_dump)."
            )
        return self.db.path

    # -- taking backups ---------------------------------------------------------------------
    def backup_to(self, target: Path, progress: Callable[[int, int], None] | None = None) -> Path:
        # A folder of ours (daily/, manual/...) or one the file dialog offered: made if new.
        ensure_folder(target.parent)
        copy_database(self._path(), target, progress=progress)
        log.info("backup of %s written to %s", self.db.label, target)
        return target

    def backup_now(self, now: dt.datetime | None = None, kind: str = "manual") -> Path:
        """A backup into the backup folder's ``kind`` folder (kept: :data:`KEEP`)."""
        now = now or dt.datetime.now()
        target = self.folder / kind / f"{now:%Y%m%d-%H%M%S}.sqlite3"
        self.backup_to(target)
        self._rotate(kind)
        return target

    def automatic(self, now: dt.datetime | None = None) -> list[Path]:
        """Today's daily backup and this week's weekly one, if not taken yet; rotates."""
        now = now or dt.datetime.now()
        taken: list[Path] = []
        daily = self.folder / "daily" / f"{now:%Y-%m-%d}.sqlite3"
        if not daily.exists():
            taken.append(self.backup_to(daily))
            self._rotate("daily")
        year, week, _ = now.isocalendar()
        weekly = self.folder / "weekly" / f"{year}-W{week:02d}.sqlite3"
        if not weekly.exists():
            ensure_folder(weekly.parent)
            copy_database(daily if daily.exists() else self._path(), weekly)
            taken.append(weekly)
            self._rotate("weekly")
        return taken

    def before_migration(self, revision: str | None, now: dt.datetime | None = None) -> Path:
        now = now or dt.datetime.now()
        target = self.folder / "pre-migration" / f"{now:%Y%m%d-%H%M%S}-{revision}.sqlite3"
        self.backup_to(target)
        self._rotate("pre-migration")
        return target

    def restore(
        self,
        info: BackupInfo,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        credentials: tuple[str, str] | None = None,
    ) -> None:
        """Replace this database with a backup (refused while others have it open: see
        services/database/restore.py), keeping the database as it was among the backups in case this
        was a mistake; the restored file is then opened as at start: checked, and upgraded
        if it is older. This program goes on with the restored database. ``progress`` and
        ``cancelled``: as ``restore_backup``'s; ``credentials``: an administrator's name
        and password, which an office database asks for (``require_restorer``)."""
        from crm_desktop.services.database.restore import require_restorer, restore_backup

        require_restorer(self.db, credentials)
        path = self._path()
        now = dt.datetime.now()
        restore_backup(
            info.path,
            path,
            keep_old=self.folder / "pre-restore" / f"{now:%Y%m%d-%H%M%S}.sqlite3",
            progress=progress,
            cancelled=cancelled,
        )
        self._rotate("pre-restore")
        self.db.engine.dispose()  # no pooled connection keeps the old file's pages
        Database.open(path, before_migration=backup_before_migration(self.root)).close()
        self.db.accept_restored()
        log.info("%s restored from %s", self.db.label, info.path)

    def check_restorer(self, username: str, password: str) -> None:
        """Refuse in one sentence unless these are an administrator's name and password
        (an office database; see ``restore.require_restorer``)."""
        from crm_desktop.services.database.restore import require_restorer

        require_restorer(self.db, (username, password))

    def _rotate(self, kind: str) -> None:
        rotate(self.folder / kind)

    def backups(self) -> list[BackupInfo]:
        """Every backup of this database, newest first."""
        found = []
        if not self.folder.exists():
            return []
        for kind in KEEP:
            for path in (self.folder / kind).glob("*.sqlite3"):
                stat = path.stat()
                found.append(
                    BackupInfo(path, kind, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size)
                )
        return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(folder: Path) -> None:
    """Delete the oldest backups of one kind's folder (``pre-restore``...) beyond :data:`KEEP`."""
    files = sorted(folder.glob("*.sqlite3"))
    for old in files[: max(0, len(files) - KEEP[folder.name])]:
        old.unlink()


def backup_before_migration(root: Path) -> Callable[[Database], None]:
    """The ``before_migration`` hook of :meth:`Database.open`: a backup into ``root``."""

    def hook(db: Database) -> None:
        if db.is_sqlite and db.path is not None:
            BackupService(db, root).before_migration(db.revision())

    return hook
