"""The errors a user can be told about in words.

Anything that is not a :class:`DomainError` is a bug and goes to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    """An expected problem, explained to the user by its message."""


class ValidationError(DomainError):
    """Field values that cannot be saved; ``errors`` maps field name to message."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFound(DomainError):
    """The record does not exist (or is in the recycle bin when it must not be)."""


class ConflictError(DomainError):
    """Somebody else saved the record since it was loaded."""

    def __init__(self, message: str, *, current: Mapping[str, object] | None = None):
        super().__init__(message)
        self.current = dict(current or {})


class DatabaseError(DomainError):
    """The database cannot be used; the message says why and what to do."""


class NotADatabase(DatabaseError):
    """The file is not an SQLite database."""


class NotOurDatabase(DatabaseError):
    """The file is a database of some other program."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer version of the program."""


class DatabaseDamaged(DatabaseError):
    """The database file is damaged."""


class ProgramIncomplete(DomainError):
    """A file the program needs is missing from its installation (a broken install)."""


class DatabaseBusy(DatabaseError):
    """Another user holds the database for longer than we waited."""


class WriteWouldWait(DatabaseBusy):
    """Another user holds the write lock, and this thread's writes were not to wait for it
    (the GUI thread, which hands the waiting to a worker: see ``Database.waiting``)."""


class WriteCancelled(DatabaseBusy):
    """The user cancelled a write while it waited for another user's lock."""


class DatabaseReadOnly(DatabaseError):
    """The database can be read but not written (file permissions, read-only share)."""


class DatabaseFull(DatabaseError):
    """The disk (or the database's size limit) is full; the transaction was rolled back."""


class DatabaseMissing(DatabaseError):
    """The database file does not exist and was not to be created."""


class DatabaseReplaced(DatabaseError):
    """A backup was restored into the database file while this program had it open."""


class DatabaseUnreachable(DatabaseError):
    """The database server closed the connection or cannot be reached."""


class CannotWrite(DomainError):
    """A file cannot be written where the user asked: it is a database, the file being
    read, a folder or a device, or the disk is full, read-only or forbidden."""


class AccessDenied(DomainError):
    """The user's role does not allow what was asked (or the record is private to others)."""


class LoginFailed(DomainError):
    """Wrong credentials, a disabled account or one waiting after too many wrong passwords."""
