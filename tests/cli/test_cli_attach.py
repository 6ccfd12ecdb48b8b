"""``crm-desktop attach FILE --to TYPE NUMBER``, run as real processes on a real database."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from tests.cli.test_cli import assert_one_sentence, run

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    db = Database.open(path)
    services = Services.build(db)
    services.records.create("organizations", {"name": "Công ty Sao Mai"})
    services.documents.set_size_limit_mb(1)
    db.close()
    return path


def crm(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(*args, home=home)


def test_attach_keeps_the_file_on_the_record(database: Path, home: Path, tmp_path: Path) -> None:
    contract = tmp_path / "hợp đồng 2026.pdf"
    contract.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 8)
    done = crm(
        home,
        "attach",
        str(contract),
        "--to",
        "Tổ chức",  # the organization by its Vietnamese name
        "org-00001",
        "--folder",
        "Hợp đồng",
        "--database",
        str(database),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "attached: DOC-00001 “hợp đồng 2026” (2 KB) to ORG-00001 Công ty Sao Mai"
    )
    services = Services.build(Database.open(database))
    try:
        document = services.records.find("documents", "DOC-00001")
        assert document.values["folder"] == "Hợp đồng"
        assert services.documents.content(document.id) == (contract.name, contract.read_bytes())
    finally:
        services.db.close()


@pytest.mark.parametrize(
    ("what", "expected"),
    [
        ("too-large", "files up to 1 MB can be attached"),
        ("missing-file", "cannot be read"),
        ("folder", "is not a file that can be attached"),
        ("no-record", "There is no organization numbered “ORG-00009”."),
        ("no-type", "There is no kind of record “gizmo”"),
    ],
)
def test_attach_refuses_in_one_sentence(
    database: Path, home: Path, tmp_path: Path, what: str, expected: str
) -> None:
    path = tmp_path / "tệp.bin"
    path.write_bytes(b"0" * (2 * 1024 * 1024 if what == "too-large" else 10))
    target = {"missing-file": tmp_path / "không có.pdf", "folder": tmp_path}.get(what, path)
    number = "ORG-00009" if what == "no-record" else "ORG-00001"
    kind = "gizmo" if what == "no-type" else "organization"
    refused = crm(home, "attach", str(target), "--to", kind, number, "--database", str(database))
    assert refused.returncode != 0
    assert expected in refused.stderr
    assert_one_sentence(refused.stderr)
    services = Services.build(Database.open(database))
    try:
        assert services.stats.counts()["documents"] == 0  # nothing kept
    finally:
        services.db.close()
