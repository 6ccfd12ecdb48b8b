"""Every command against every kind of bad file: one sentence, never a traceback, nothing
changed.

Each case runs the real program (``python -m crm_desktop``; the window through a small
driver that dismisses its message box, as a user would) on a real file of the kind named,
and checks: a non-zero exit, one line on stderr starting "crm-desktop:", no "Traceback",
and every file of the case's folder exactly as it was (no database written over, no
stray temporary file left).

"Read-only" must hold for root too (the tests may run as root, who ignores permission
bits): as root, a read-only file is made immutable (``chattr +i``) and a read-only folder
is a tmpfs mounted read-only; as another user, permission bits do. Where neither is
possible the case is skipped with the reason; tests/services/test_output_file.py covers
the same branches by the OS's own errors at the OS boundary.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.imports.plan import ImportPlan
from crm_desktop.services.quotes.documents import DocumentLine
from tests.e2e.bad_target_commands import (
    BAD_INPUTS,
    BAD_OUTPUTS,
    DATABASE_COMMANDS,
    OUTPUT_COMMANDS,
    UNUSABLE,
)

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

ROOT = os.geteuid() == 0
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ICS = FIXTURES / "ics" / "thunderbird.ics"
CSV = FIXTURES / "csv" / "google_contacts.csv"
VCF = FIXTURES / "vcard" / "android_21_qp.vcf"
#: the window, with a message box dismissed as soon as it shows (its text is printed)
WINDOW_DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from crm_desktop.cli import main as cli
from crm_desktop.app import make_application

app = make_application()

def dismiss():
    box = QApplication.activeModalWidget()
    if box is not None:
        print("dialog:", " ".join(box.text().split()), flush=True)
        box.done(0)

timer = QTimer()
timer.timeout.connect(dismiss)
timer.start(50)
QTimer.singleShot(20_000, lambda: QApplication.exit(0))  # it opened: the case fails
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def good_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A healthy database with quote QUO-00001, some activities and import batch 1."""
    path = tmp_path_factory.mktemp("good") / "crm.sqlite3"
    db = Database.open(path)
    services = Services.build(db)
    quote = services.quotes.new("quotes", subject="Tư vấn")
    quote.lines = [DocumentLine("Cài đặt phần mềm", Decimal(1), Decimal(500))]
    services.quotes.save(quote)
    assert services.imports.run(ImportPlan(CSV)).batch_id == 1
    db.close()
    return path


# -- making files read-only, for root too ----------------------------------------------------------
def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True).returncode == 0


class ReadOnly:
    """Makes files and folders read-only for the test's user, and undoes it."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []

    def file(self, path: Path) -> None:
        if not ROOT:
            path.chmod(0o444)
            return
        if not _run("chattr", "+i", str(path)):
            pytest.skip("as root, a read-only file needs chattr +i, which fails here")
        self._undo.append(lambda: _run("chattr", "-i", str(path)))

    def folder(self, path: Path, fill: Callable[[Path], None]) -> None:
        """``path`` made, filled by ``fill``, then read-only (a read-only disk, for root)."""
        path.mkdir()
        if not ROOT:
            fill(path)
            path.chmod(0o555)
            self._undo.append(lambda: path.chmod(0o755))
            return
        if not _run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(path)):
            pytest.skip("as root, a read-only folder needs a read-only mount, refused here")
        self._undo.append(lambda: _run("umount", "-l", str(path)))
        fill(path)
        assert _run("mount", "-o", "remount,ro", str(path))

    def small_disk(self, path: Path, size: str) -> None:
        """``path``: an empty folder on a disk of ``size`` (a tmpfs; root only)."""
        path.mkdir()
        if not ROOT or not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)):
            pytest.skip("a full disk needs a small tmpfs mounted, which needs root")
        self._undo.append(lambda: _run("umount", "-l", str(path)))

    def undo(self) -> None:
        for step in reversed(self._undo):
            step()


@pytest.fixture
def read_only() -> Iterator[ReadOnly]:
    maker = ReadOnly()
    yield maker
    maker.undo()


# -- the bad targets -----------------------------------------------------------------------------
@dataclass
class Place:
    folder: Path
    good: Path
    read_only: ReadOnly

    def make(self, kind: str) -> Path:
        """A bad file of ``kind`` in the folder."""
        return getattr(self, kind.replace("-", "_"))()

    def missing(self) -> Path:
        return self.folder / "missing.sqlite3"

    def folder_instead_of_file(self) -> Path:
        path = self.folder / "a-folder.sqlite3"
        path.mkdir()
        return path

    def read_only_database(self) -> Path:
        path = self.folder / "read-only.sqlite3"
        shutil.copy(self.good, path)
        self.read_only.file(path)
        return path

    def read_only_file(self) -> Path:
        path = self.folder / "read-only.pdf"
        path.write_bytes(b"%PDF-1.4 an older file the user protected\n")
        self.read_only.file(path)
        return path

    def new_file_in_read_only_folder(self) -> Path:
        folder = self.folder / "read-only-folder"
        self.read_only.folder(folder, lambda _f: None)
        return folder / "new.sqlite3"

    def database_in_read_only_folder(self) -> Path:
        folder = self.folder / "read-only-folder"
        self.read_only.folder(folder, lambda f: shutil.copy(self.good, f / "crm.sqlite3"))
        return folder / "crm.sqlite3"

    def empty(self) -> Path:
        path = self.folder / "empty.sqlite3"
        path.touch()
        return path

    def text(self) -> Path:
        path = self.folder / "notes.sqlite3"
        path.write_text("Gọi cho anh Đức thứ Hai.\n" * 40, encoding="utf-8")
        return path

    def other_sqlite(self) -> Path:
        path = self.folder / "invoices.db"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.commit()
        conn.close()
        return path

    def null_device(self) -> Path:
        # The null device, made here as root: a program that replaced it would replace
        # this copy, not the machine's /dev/null.
        if not ROOT:
            return Path("/dev/null")
        path = self.folder / "null"
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        return path

    def fifo(self) -> Path:
        path = self.folder / "pipe"
        os.mkfifo(path)
        return path

    def truncated(self) -> Path:
        path = self.folder / "truncated.sqlite3"
        path.write_bytes(self.good.read_bytes()[:8192])
        return path

    def zeroed(self) -> Path:
        path = self.folder / "zeroed.sqlite3"
        path.write_bytes(bytes(self.good.stat().st_size))
        return path

    def other_database(self) -> Path:
        path = self.folder / "other-crm.sqlite3"
        shutil.copy(self.good, path)
        return path

    def missing_folder(self) -> Path:
        return self.folder / "no-such-folder" / "out.file"

    def binary_csv(self) -> Path:
        path = self.folder / "contacts.csv"
        path.write_bytes(bytes(range(256)) * 64)
        return path

    def empty_csv(self) -> Path:
        path = self.folder / "contacts.csv"
        path.touch()
        return path

    def vcf_without_cards(self) -> Path:
        path = self.folder / "contacts.vcf"
        path.write_text("Gọi cho anh Đức thứ Hai.\n", encoding="utf-8")
        return path

    def full_disk(self) -> Path:
        folder = self.folder / "small-disk"
        self.read_only.small_disk(folder, "64k")
        return folder / "backup.sqlite3"


def _snapshot(folder: Path) -> dict[str, str]:
    """Every entry below ``folder``: its kind, and a hash of each regular file (of a
    database's content but for the presence rows every program of ours writes while it
    runs, and removes when it ends)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISREG(mode):
            found[str(path)] = _database_content(path) or _hash(path.read_bytes())
        else:
            found[str(path)] = stat.filemode(mode)
    return found


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _database_content(path: Path) -> str | None:
    """A hash of a readable SQLite database's rows and schema without its presence rows;
    None for any other file."""
    with path.open("rb") as fh:
        if not fh.read(16).startswith(b"SQLite format 3"):
            return None
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            lines = [
                line
                for line in conn.iterdump()
                if not line.startswith(('INSERT INTO "presence"', "INSERT INTO presence"))
            ]
    except sqlite3.DatabaseError:
        return None  # a damaged file: compared byte for byte
    return _hash("\n".join(lines).encode())


# -- the cases -----------------------------------------------------------------------------------
def _cases() -> Iterator[object]:
    for command, (argv, extra) in DATABASE_COMMANDS.items():
        for kind in UNUSABLE + extra:
            yield pytest.param(argv, kind, id=f"{command}-database-{kind}")
    for command, argv in OUTPUT_COMMANDS.items():
        for kind in BAD_OUTPUTS:
            yield pytest.param(argv, kind, id=f"{command}-output-{kind}")
    yield pytest.param(OUTPUT_COMMANDS["backup"], "full-disk", id="backup-output-full-disk")
    import_from = ["import", "{target}", "--type", "contacts", "--database", "{good}"]
    for kind in BAD_INPUTS:
        yield pytest.param(import_from, kind, id=f"import-from-{kind}")
    restore_from = ["restore", "{target}", "--database", "{good}"]
    for kind in ["missing", "folder-instead-of-file", "empty", "text", "other-sqlite",
                 "null-device", "fifo"]:  # fmt: skip
        yield pytest.param(restore_from, kind, id=f"restore-from-{kind}")
    for kind in ["truncated", "the-database", "zeroed"]:
        yield pytest.param(restore_from, kind, id=f"restore-from-{kind}")
    restore_into = ["restore", "{backup}", "--database", "{target}"]
    for kind in ["folder-instead-of-file", "read-only-database", "new-file-in-read-only-folder",
                 "text", "null-device", "fifo", "missing-folder"]:  # fmt: skip
        yield pytest.param(restore_into, kind, id=f"restore-into-{kind}")
    yield pytest.param(restore_into, "other-sqlite", id="restore-into-other-sqlite")
    migrate_into = ["migrate-to", "{target}", "--database", "{good}"]
    for kind in ["folder-instead-of-file", "read-only-database", "new-file-in-read-only-folder",
                 "text", "other-sqlite", "null-device", "fifo", "truncated", "zeroed",
                 "the-database"]:  # fmt: skip
        yield pytest.param(migrate_into, kind, id=f"migrate-to-{kind}")


def _run_program(argv: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["CRM_PASSWORD"] = "a password"  # users add: the file, not the password, is refused
    window = argv[0] == "--database"
    command = [sys.executable, *(["-c", WINDOW_DRIVER] if window else ["-m", "crm_desktop"])]
    try:
        return subprocess.run(
            [*command, *argv], capture_output=True, text=True, env=env, timeout=90
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"crm-desktop {' '.join(argv)} hung: {exc.stderr!r}")


@pytest.mark.parametrize(("argv", "kind"), list(_cases()))
def test_a_bad_file_is_one_sentence_and_changes_nothing(
    argv: list[str], kind: str, good_database: Path, tmp_path: Path, read_only: ReadOnly
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    good = folder / "crm.sqlite3"
    shutil.copy(good_database, good)
    backup = folder / "backup.sqlite3"
    shutil.copy(good_database, backup)
    place = Place(folder, good, read_only)
    target = good if kind == "the-database" else place.make(kind)
    values = {
        "target": target,
        "good": good,
        "backup": backup,
        "out": folder / "out",
        "ics": ICS,
        "csv": CSV,
        "vcf": VCF,
    }
    args = [part.format(**values) for part in argv]
    before = _snapshot(folder)

    result = _run_program(args, tmp_path / "home")

    assert result.returncode != 0, (args, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("crm-desktop: "), result.stderr
    assert _snapshot(folder) == before
    logs = tmp_path / "home" / "logs"
    for log in logs.glob("*") if logs.exists() else []:
        assert "Traceback" not in log.read_text(encoding="utf-8", errors="replace"), log.name
