"""Writing a file the user asked for (a PDF, an .ics file, a backup) without harm.

Every writer goes through :func:`replacing` (or :func:`write_bytes`):

* the target must not be a database (any SQLite file, ours or not, open or not), the file
  being read (the open database, the input) or one of its journals, a folder, a device
  or a pipe: writing there would destroy the user's records or hang;
* the data goes to a temporary file in the target's folder, is flushed to the disk and
  only then renamed over the target, so a failure (a full disk, a read-only share, a
  crash) never leaves a half-written file nor the temporary file behind;
* an ``OSError`` becomes :class:`CannotWrite`, one sentence a user can act on.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from crm_desktop.errors import CannotWrite
from crm_desktop.models.sqlite_rules import SQLITE_HEADER

#: files SQLite keeps beside a database; writing over one damages the database
_DATABASE_COMPANIONS = ("-journal", "-wal", "-shm")


def os_error_reason(exc: OSError, folder: Path) -> str:
    """Why a file could not be written in ``folder``, as the end of a sentence."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full; free some space and try again"
    if code == errno.EROFS:
        return "the disk is read-only; choose another folder"
    if code in (errno.EACCES, errno.EPERM):
        return "you may not write there; choose another folder or name"
    if code == errno.ENOENT:
        return f"the folder “{folder}” does not exist"
    if code == errno.ENOTDIR:
        return f"“{folder}” is not a folder"
    if code == errno.EISDIR:
        return "it is a folder, not a file"
    return (exc.strerror or str(exc)).rstrip(".").lower()


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False  # unreadable: writing will say why, in its own words


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def database_files(database: str) -> list[Path]:
    """The file of a database given as a path or URL (none for a server)."""
    return [] if "://" in database else [Path(database)]


def check_target(target: Path, reads: Iterable[Path] = ()) -> None:
    """Refuse a target that must not be written over (see the module's docstring)."""
    if target.is_dir():
        raise CannotWrite("Cannot write “%1”: it is a folder; give a file name.", target)
    folder = target.parent
    if not folder.is_dir():
        reason = os_error_reason(OSError(errno.ENOENT, ""), folder)
        if folder.exists():
            reason = os_error_reason(OSError(errno.ENOTDIR, ""), folder)
        raise CannotWrite("Cannot write “%1”: %2.", target, reason)
    for source in reads:
        if _same_file(target, source) or (target.absolute() == source.absolute()):
            raise CannotWrite(
                "Cannot write over “%1”: it is the file being read; choose another name.", target
            )
        for companion in _DATABASE_COMPANIONS:
            if target.absolute() == source.absolute().with_name(source.name + companion):
                raise CannotWrite(
                    "Cannot write over “%1”: the database “%2” needs it; "
                    "choose another name.",
                    target, source
                )
    if not target.exists():
        return
    if not stat.S_ISREG(target.stat().st_mode):
        raise CannotWrite(
            "Cannot write “%1”: it is a device or a pipe, not a file; choose a file name.", target
        )
    if not os.access(target, os.W_OK):  # the user (or the disk) protects it
        raise CannotWrite("Cannot write over “%1”: it is read-only; choose another name.", target)
    if _is_sqlite(target):
        raise CannotWrite("Cannot write over “%1”: it is a database; choose another name.", target)


def _new_temporary(target: Path) -> Path:
    """An empty file beside ``target`` that nobody else uses (created with the usual
    permissions, or those of the file it replaces)."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with suppress(OSError):  # the old file's mode; a new file keeps the umask's
            if hasattr(os, "fchmod"):
                os.fchmod(fd, stat.S_IMODE(target.stat().st_mode))
    finally:
        os.close(fd)
    return temporary


def _flush_to_disk(path: Path, *, folder: bool = False) -> None:
    if folder and os.name != "posix":
        return  # only POSIX can open a folder to flush its entries
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with suppress(OSError):
            leftover.unlink()


@contextmanager
def replacing(target: Path, reads: Iterable[Path] = ()) -> Iterator[Path]:
    """A temporary file to write, renamed over ``target`` when the block ends normally.

    ``reads``: the files the output is made from (the open database, the input), which
    must not be written over. Raises :class:`CannotWrite` when the target is refused or
    cannot be written; on any failure the temporary file is removed and ``target`` is
    as it was.
    """
    check_target(target, reads)
    try:
        temporary = _new_temporary(target)
    except OSError as exc:
        raise CannotWrite(
            "Cannot write “%1”: %2.", target, os_error_reason(exc, target.parent)
        ) from exc
    try:
        yield temporary
        _flush_to_disk(temporary)
        os.replace(temporary, target)
        with suppress(OSError):  # the rename is done; a folder that cannot sync is no failure
            _flush_to_disk(target.parent, folder=True)
    except OSError as exc:
        _remove(temporary)
        raise CannotWrite(
            "Cannot write “%1”: %2.", target, os_error_reason(exc, target.parent)
        ) from exc
    except BaseException:
        _remove(temporary)
        raise


def write_bytes(target: Path, data: bytes, reads: Iterable[Path] = ()) -> None:
    """Write ``data`` as the whole of ``target`` (see :func:`replacing`)."""
    with replacing(target, reads) as temporary:
        temporary.write_bytes(data)


def ensure_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed; :class:`CannotWrite` if impossible."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotWrite(
            "Cannot create the folder “%1”: %2.", folder, os_error_reason(exc, folder.parent)
        ) from exc
    return folder
