"""``crm-desktop duplicates TYPE``: one group of likely duplicates per line."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.models import Database
from crm_desktop.services import Services
from tests.cli.test_cli import assert_usage_error, run


def test_duplicates_prints_one_group_per_line(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    db = Database.open(path)
    records = Services.build(db).records
    org = records.create("organizations", {"name": "Ánh Dương"})
    an = records.create(
        "contacts", {"first_name": "Văn An", "last_name": "Nguyễn", "organization_id": org.id,
                     "email": "an@anhduong.vn"},
    )  # fmt: skip
    an2 = records.create(
        "contacts", {"first_name": "van an", "last_name": "NGUYEN", "organization_id": org.id}
    )
    phone = records.create("contacts", {"last_name": "Lê", "email": "AN@anhduong.vn"})
    records.create("contacts", {"first_name": "Văn An", "last_name": "Nguyễn"})  # no organization
    db.close()

    result = run("duplicates", "contacts", "--database", str(path), home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"same e-mail (an@anhduong.vn): {an.number} Nguyễn Văn An, {phone.number} Lê",
        f"same name (van an nguyen): {an.number} Nguyễn Văn An, {an2.number} NGUYEN van an",
    ]
    assert result.stderr.strip().splitlines()[-1] == "2 groups of likely duplicates"


def test_duplicates_of_a_type_without_checks(tmp_path: Path, home: Path) -> None:
    result = run("duplicates", "products", "--database", str(tmp_path / "x.sqlite3"), home=home)
    assert result.returncode == 2
    assert_usage_error(result.stderr, "invalid choice")
    assert not (tmp_path / "x.sqlite3").exists()
