"""``crm-desktop edit TYPE NUMBER FIELD=VALUE ...`` and ``crm-desktop history TYPE NUMBER``,
run as real processes on a real database file."""

from __future__ import annotations

import subprocess
from decimal import Decimal
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
    org = services.records.create("organizations", {"name": "Công ty Sao Mai"})
    services.records.create("organizations", {"name": "Hoa Sen Group"})
    services.records.create(
        "contacts", {"last_name": "Đỗ", "first_name": "Minh", "organization_id": org.id}
    )
    services.records.create("opportunities", {"name": "Kho Đà Nẵng", "amount": Decimal(700)})
    lead = services.records.create("leads", {"last_name": "Lê", "company": "Hoa"})
    services.conversion.convert(lead.id, lead.version, organization=None)
    db.close()
    return path


def crm(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(*args, home=home)


def test_edit_saves_through_the_services_and_history_prints_it(database: Path, home: Path) -> None:
    edited = crm(
        home,
        "edit",
        "Liên hệ",  # the type by its Vietnamese name
        "con-00001",
        "E-mail=minh@saomai.vn",  # the field by its label
        "organization_id=Hoa Sen Group",  # by its key, the organization by its name
        "title=Kế toán trưởng",
        "do not call=yes",
        "--database",
        str(database),
    )
    assert edited.returncode == 0, edited.stderr
    assert "CON-00001 saved" in edited.stderr

    shown = crm(home, "history", "contacts", "CON-00001", "--database", str(database))
    assert shown.returncode == 0, shown.stderr
    lines = [line.split("\t") for line in shown.stdout.splitlines()]
    assert all(len(line) == 5 and line[0].endswith(" UTC") for line in lines)
    newest = {line[2]: (line[1], line[3], line[4]) for line in lines[:4]}
    assert newest == {
        "Email": ("Administrator", "", "minh@saomai.vn"),
        "Organization": ("Administrator", "Công ty Sao Mai", "Hoa Sen Group"),
        "Job title": ("Administrator", "", "Kế toán trưởng"),
        "Do not call": ("Administrator", "no", "yes"),
    }
    assert ["Administrator", "Last name", "", "Đỗ"] in [line[1:] for line in lines[4:]]

    db = Database.open(database)
    try:
        record = Services.build(db).records.find("contacts", "CON-00001")
        assert record.values["email"] == "minh@saomai.vn" and record.version == 2
    finally:
        db.close()


def test_a_stage_change_from_the_command_line_moves_the_probability(
    database: Path, home: Path
) -> None:
    edited = crm(
        home, "edit", "opportunity", "OPP-00001", "Sales stage=Negotiation/Review",
        "--database", str(database),
    )  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    shown = crm(home, "history", "opportunity", "OPP-00001", "--database", str(database))
    changes = {line.split("\t")[2]: line.split("\t")[3:] for line in shown.stdout.splitlines()[:3]}
    assert changes["Sales stage"] == ["Prospecting", "Negotiation/Review"]
    assert changes["Probability (%)"] == ["10", "80"]


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["contact", "CON-00001", "email=not-an-address"], "Email: Not a valid email address."),
        (["contact", "CON-00001", "shoe size=44"], "A contact has no field “shoe size”."),
        (["contact", "CON-00001", "number=CON-7"], "The field “Number” of a contact cannot"),
        (["contact", "CON-00001", "title"], "“title” is not a change; write FIELD=VALUE"),
        (["contact", "CON-00001", "do not call=maybe"], "Do not call: “maybe” is not yes or no."),
        (
            ["contact", "CON-00001", "organization=Nobody"],
            "Organization: there is no organization “Nobody”.",
        ),
        (["contact", "CON-00009", "title=x"], "There is no contact numbered “CON-00009”."),
        (["widget", "W-1", "title=x"], "There is no kind of record “widget”"),
        (["opportunity", "OPP-00001", "sales stage=Won-ish"], "Sales stage: “Won-ish” is not one"),
        (["lead", "LEA-00001", "company=X"], "The lead LEA-00001 is converted; it can no longer"),
    ],
)
def test_a_bad_field_or_value_is_one_sentence_and_changes_nothing(
    database: Path, home: Path, args: list[str], sentence: str
) -> None:
    before = crm(home, "history", "contact", "CON-00001", "--database", str(database)).stdout
    result = crm(home, "edit", *args, "--database", str(database))
    assert result.returncode == 1
    assert assert_one_sentence(result.stderr).startswith(f"crm-desktop: {sentence}")
    after = crm(home, "history", "contact", "CON-00001", "--database", str(database)).stdout
    assert after == before


def test_history_of_a_deleted_record_is_still_printed(database: Path, home: Path) -> None:
    db = Database.open(database)
    try:
        services = Services.build(db)
        deal = services.records.find("opportunities", "OPP-00001")
        services.records.delete("opportunities", deal.id, deal.version)
    finally:
        db.close()
    shown = crm(home, "history", "opportunity", "OPP-00001", "--database", str(database))
    assert shown.returncode == 0, shown.stderr
    lines = [line.split("\t") for line in shown.stdout.splitlines()]
    assert lines[0][1:] == ["Administrator", "moved to the recycle bin", "", ""]
    assert ["Amount", "", "700 USD"] in [line[2:] for line in lines]
    edited = crm(home, "edit", "opportunity", "OPP-00001", "name=X", "--database", str(database))
    assert edited.returncode == 1
    assert edited.stderr.strip() == "crm-desktop: The opportunity OPP-00001 is in the recycle bin."
