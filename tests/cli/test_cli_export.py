"""``crm-desktop export TYPE --format csv|xlsx|vcf|ics [--filter NAME] -o FILE``."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.cli.main import main
from crm_desktop.exchange.vcard.reading import read_vcard_file
from crm_desktop.models import Database
from crm_desktop.registry import Condition
from crm_desktop.services import Services

pytestmark = pytest.mark.sqlite_only

PEOPLE = [("Đức", "Nguyễn", "CEO"), ("Ann", "Smith", "CFO"), ("Þóra", "Jónsdóttir", "CEO")]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """Three contacts, and a saved filter of the CEOs among them."""
    path = tmp_path / "crm.sqlite3"
    db = Database.open(path)
    services = Services.build(db)
    for first, last, title in PEOPLE:
        services.records.create(
            "contacts", {"first_name": first, "last_name": last, "title": title}
        )
    services.filters.save("contacts", "Bosses", (Condition("title", "eq", "CEO"),))
    db.close()
    return path


def test_csv_of_a_saved_filter_in_the_list_order(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bosses.csv"
    args = ["export", "contacts", "--filter", "bosses", "-o", str(target)]
    assert main([*args, "--database", str(database)]) == 0
    assert capsys.readouterr().err == f"2 contacts written to {target}\n"
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Number", "Salutation", "First name"]
    # the contacts list's order: by last name
    assert [(r[2], r[3]) for r in rows[1:]] == [("Þóra", "Jónsdóttir"), ("Đức", "Nguyễn")]
    assert all(r[0].startswith("CON-") for r in rows[1:])


def test_xlsx_and_vcard(database: Path, tmp_path: Path) -> None:
    book, cards = tmp_path / "all.xlsx", tmp_path / "all.vcf"
    assert main(["export", "contacts", "-o", str(book), "--database", str(database)]) == 0
    sheet = openpyxl.load_workbook(book).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + len(PEOPLE) and rows[0][0] == "Number"
    args = ["export", "contacts", "--format", "vcf", "-o", str(cards)]
    assert main([*args, "--database", str(database)]) == 0
    names = {(c.values["first_name"], c.values["last_name"]) for c in read_vcard_file(cards)}
    assert names == {(first, last) for first, last, _title in PEOPLE}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["contacts", "--filter", "Nobody"], "There is no filter “Nobody” for contacts"),
        (["organizations", "--format", "vcf"], "Only contacts can be exported as vCard."),
        (["contacts", "--format", "ics"], "Only activities can be exported as iCalendar."),
    ],
)
def test_one_sentence_for_what_cannot_be_exported(
    database: Path, tmp_path: Path, argv: list[str], message: str
) -> None:
    target = tmp_path / "out" / "file"
    target.parent.mkdir()
    env = {**os.environ, "CRM_DESKTOP_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "crm_desktop", "export", *argv, "-o", str(target)]
    done = subprocess.run(
        [*command, "--database", str(database)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"crm-desktop: {message}"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert list(target.parent.iterdir()) == []
