"""``crm-desktop import FILE.csv|FILE.vcf`` and ``crm-desktop undo-import``, run as a user
runs them (a real process), and a round trip: import, export to CSV, import into a new
database, compare."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from tests.cli.test_cli import assert_one_sentence, run
from tests.exchange.fixture_files import finder
from tests.services.imports.conftest import live

pytestmark = pytest.mark.sqlite_only

CSV = finder("csv")
VCARD = finder("vcard")


def crm(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(*args, home=home)


def outcome(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    assert result.returncode == 0, result.stderr
    return dict(line.split(": ", 1) for line in result.stdout.splitlines())


def rows_of(database: Path, type_key: str) -> list[dict[str, Any]]:
    db = Database.open(database)
    try:
        return live(Services.build(db), type_key)
    finally:
        db.close()


def test_a_german_outlook_csv_is_imported_counted_and_undone(home: Path, tmp_path: Path) -> None:
    database = str(tmp_path / "crm.sqlite3")
    result = crm(home, "import", str(CSV("outlook_de_cp1252.csv")), "--type", "contacts",
                 "--database", database)  # fmt: skip
    assert outcome(result) == {
        "added": "2",
        "updated": "0",
        "skipped": "0",
        "rejected": "0",
        "organizations added": "2",
        "batch": "1",
    }
    assert "“0.0.00” in Geburtstag is not a date" in result.stderr
    assert {c["last_name"] for c in rows_of(Path(database), "contacts")} == {"Müller", "Öberg"}

    undo = crm(home, "undo-import", "1", "--database", database)
    assert outcome(undo) == {"removed": "4", "restored": "0", "kept": "0"}
    assert rows_of(Path(database), "contacts") == []


def test_maps_value_maps_matches_dry_run_and_rejects(home: Path, tmp_path: Path) -> None:
    database = tmp_path / "crm.sqlite3"
    source = tmp_path / "people.csv"
    source.write_bytes(
        "Vorname;Nachname;Mail;Anrede;Stufe\r\n"
        "Anna;Berg;anna@x.is;Frau;Heiß\r\n"
        "Bo;;bo@x.is;Herr;Kalt\r\n".encode("cp1252")
    )
    rejects = tmp_path / "rejects.csv"
    # fields by key, by English label and by a label in another language we ship
    common = ["--type", "leads", "--map", "Vorname=first_name", "--map", "Nachname=Last name",
              "--map", "Mail=E-mail", "--map", "Anrede=Salutation", "--map", "Stufe=rating",
              "--map-value", "Rating:heiss=active", "--database", str(database)]  # fmt: skip

    dry = outcome(crm(home, "import", str(source), *common, "--dry-run", "--rejects", str(rejects)))
    assert (dry["added"], dry["rejected"], dry["batch"]) == ("1", "1", "none (dry run)")
    assert rows_of(database, "leads") == []

    ran = crm(home, "import", str(source), *common, "--rejects", str(rejects))
    real = outcome(ran)
    assert (real["added"], real["rejected"], real["batch"]) == ("1", "1", "1")
    # the reason in English, as the rejects file has it
    assert "  rejected, line 3: Last name: This field is required." in ran.stderr.splitlines()
    with rejects.open(encoding="utf-8-sig", newline="") as read:
        rows = list(csv.reader(read))
    assert rows[0][-1] == "Reason"
    assert rows[1][:2] == ["Bo", ""] and "required" in rows[1][-1]
    (lead,) = rows_of(database, "leads")
    assert (lead["first_name"], lead["salutation"], lead["rating"]) == ("Anna", "Ms.", "Active")

    again = outcome(crm(home, "import", str(source), *common, "--on-match", "skip"))
    assert (again["added"], again["skipped"]) == ("0", "1")


def test_a_vcard_file_is_imported_as_contacts(home: Path, tmp_path: Path) -> None:
    database = str(tmp_path / "crm.sqlite3")
    result = outcome(crm(home, "import", str(VCARD("android_21_qp.vcf")), "--database", database))
    assert result["added"] == "2"
    names = {(c["first_name"], c["last_name"]) for c in rows_of(Path(database), "contacts")}
    assert ("Văn Đức", "Nguyễn") in names


@pytest.mark.parametrize(
    ("argv", "sentence"),
    [
        (["{file}.csv"], "needs --type"),
        (["{file}.xlsx"], "imports .csv, .vcf and .ics files"),
        (["{file}.csv", "--type", "leads", "--map", "Nope=email"], "no column “Nope”"),
        (["{file}.csv", "--type", "leads", "--map", "A=wings"], "“wings” is not a field"),
        (["{file}.csv", "--type", "leads", "--map-value", "rating:x"], "FIELD:VALUE=CHOICE"),
        (["{file}.csv", "--type", "leads", "--map-value", "rating:x=Lukewarm"], "“Lukewarm”"),
        (["{file}.csv", "--type", "leads", "--preset", "excel"], "“excel” is not a preset"),
        (["{file}.vcf", "--type", "leads"], "only be imported as contacts"),
        (["{file}.vcf"], "not a vCard file"),
        (["{file}.bin.csv", "--type", "leads"], "is not a CSV file"),
    ],
)
def test_what_cannot_be_done_is_one_sentence(
    home: Path, tmp_path: Path, argv: list[str], sentence: str
) -> None:
    base = tmp_path / "in"
    for suffix in (".csv", ".xlsx", ".vcf"):
        base.with_suffix(suffix).write_text("A,B\n1,2\n", encoding="utf-8")
    (tmp_path / "in.bin.csv").write_bytes(bytes(range(256)) * 8)
    args = [part.format(file=base) for part in argv]
    result = crm(home, "import", *args, "--database", str(tmp_path / "crm.sqlite3"))
    assert result.returncode == 1
    assert sentence in assert_one_sentence(result.stderr)


#: the contacts' fields a CSV file carries through the round trip
COMPARED = ("first_name", "last_name", "email", "secondary_email", "office_phone",
            "mobile_phone", "home_phone", "title", "department", "mailing_street",
            "mailing_city", "mailing_country", "birthday", "description",
            "organization_name")  # fmt: skip


def test_round_trip_import_export_import_keeps_every_value(home: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.sqlite3"
    for name in ("outlook_de_cp1252.csv", "google_contacts.csv", "shift_jis.csv",
                 "utf16le_no_bom.csv"):  # fmt: skip
        outcome(crm(home, "import", str(CSV(name)), "--type", "contacts", "--on-match",
                    "create", "--database", str(first)))  # fmt: skip
    outcome(crm(home, "import", str(VCARD("iphone_30_crcrlf.vcf")), "--database", str(first)))
    imported = rows_of(first, "contacts")
    assert len(imported) == 10

    # written with plain csv: our field names as the header, as a spreadsheet would have them
    exported = tmp_path / "export.csv"
    header = [name if name != "organization_name" else "organization_id" for name in COMPARED]
    with exported.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        for row in imported:
            writer.writerow(["" if row[n] is None else str(row[n]) for n in COMPARED])

    second = tmp_path / "second.sqlite3"
    result = outcome(crm(home, "import", str(exported), "--type", "contacts", "--on-match",
                         "create", "--database", str(second)))  # fmt: skip
    assert (result["added"], result["rejected"]) == ("10", "0")
    again = rows_of(second, "contacts")
    assert [{n: r[n] for n in COMPARED} for r in again] == [
        {n: r[n] for n in COMPARED} for r in imported
    ]
