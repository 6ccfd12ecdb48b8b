"""Writing an output file: never over a database or the input, never half written, and
every failure of the disk told in one sentence."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.errors import CannotWrite
from crm_desktop.models import Database
from crm_desktop.services.output_file import ensure_folder, replacing, write_bytes

pytestmark = pytest.mark.sqlite_only


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_the_whole_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "quote.pdf"
    target.write_bytes(b"old")

    write_bytes(target, b"%PDF new")

    assert target.read_bytes() == b"%PDF new"
    assert _names(tmp_path) == ["quote.pdf"]


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "shared.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)

    write_bytes(target, b"new")

    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("kind", ["ours", "open", "another program's"])
def test_a_database_is_never_written_over(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "crm.sqlite3"
    if kind == "another program's":
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        Database.open(target).close()
    db = Database.open(target) if kind == "open" else None
    before = target.read_bytes()
    try:
        with pytest.raises(CannotWrite, match="it is a database; choose another name"):
            write_bytes(target, b"%PDF")
    finally:
        if db is not None:
            db.close()
    assert target.read_bytes() == before
    assert _names(tmp_path) == ["crm.sqlite3"]


def test_the_file_being_read_and_its_journal_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "crm.sqlite3"
    source.write_bytes(b"not yet a database")  # refused as the input, whatever it holds
    with pytest.raises(CannotWrite, match="it is the file being read"):
        write_bytes(source, b"x", reads=[source])
    link = tmp_path / "link.pdf"
    link.hardlink_to(source)
    with pytest.raises(CannotWrite, match="it is the file being read"):
        write_bytes(link, b"x", reads=[source])
    with pytest.raises(CannotWrite, match=r"the database “.*crm\.sqlite3” needs it"):
        write_bytes(tmp_path / "crm.sqlite3-journal", b"x", reads=[source])
    assert source.read_bytes() == b"not yet a database"


def test_a_folder_a_device_a_pipe_and_a_missing_folder_are_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    cases = {
        tmp_path: "it is a folder; give a file name",
        pipe: "it is a device or a pipe, not a file; choose a file name",
        tmp_path / "nope" / "out.pdf": f"the folder “{tmp_path / 'nope'}” does not exist",
    }
    for target, sentence in cases.items():
        with pytest.raises(CannotWrite) as told:
            write_bytes(target, b"x")
        assert str(told.value) == f"Cannot write “{target}”: {sentence}.", target
    assert _names(tmp_path) == ["pipe"]


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        (errno.ENOSPC, "the disk is full; free some space and try again"),
        (errno.EROFS, "the disk is read-only; choose another folder"),
        (errno.EACCES, "you may not write there; choose another folder or name"),
        (errno.EPERM, "you may not write there; choose another folder or name"),
        (errno.EIO, "input/output error"),
    ],
)
@pytest.mark.parametrize("call", ["open", "fsync", "replace"])
def test_the_os_refusing_is_one_sentence_and_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, sentence: str, call: str
) -> None:
    """The OS's own error, raised where the OS raises it (creating the temporary file,
    flushing it to the disk, renaming it into place)."""
    target = tmp_path / "quote.pdf"
    target.write_bytes(b"the quote sent last week")
    real = getattr(os, call)
    calls = {"n": 0}

    def refusing(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if call != "open" or calls["n"] == 1:
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    monkeypatch.setattr(os, call, refusing)

    with pytest.raises(CannotWrite) as told:
        write_bytes(target, b"%PDF new")

    monkeypatch.undo()
    assert str(told.value) == f"Cannot write “{target}”: {sentence}."
    assert target.read_bytes() == b"the quote sent last week"
    assert _names(tmp_path) == ["quote.pdf"]


def test_a_failure_while_writing_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "backup.sqlite3"

    with pytest.raises(ZeroDivisionError), replacing(target) as temporary:
        temporary.write_bytes(b"half")
        raise ZeroDivisionError

    assert _names(tmp_path) == []


def test_a_folder_that_cannot_be_made_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(os, "mkdir", read_only_disk)
    folder = tmp_path / "backups" / "daily"

    with pytest.raises(CannotWrite) as told:
        ensure_folder(folder)

    assert str(told.value) == (
        f"Cannot create the folder “{folder}”: the disk is read-only; choose another folder."
    )


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "signed.pdf"
    target.write_bytes(b"%PDF signed")
    target.chmod(0o444)
    if os.access(target, os.W_OK):
        pytest.skip("root may write any file; tests/e2e/test_bad_targets.py makes it immutable")

    with pytest.raises(CannotWrite, match="it is read-only; choose another name"):
        write_bytes(target, b"%PDF new")

    assert target.read_bytes() == b"%PDF signed"
