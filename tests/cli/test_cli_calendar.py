"""``crm-desktop import FILE.ics`` and ``crm-desktop export activities --format ics``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from crm_desktop.cli.main import main

pytestmark = pytest.mark.sqlite_only

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"


def test_import_names_what_it_skipped_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(tmp_path / "crm.sqlite3")
    code = main(["import", str(FIXTURES / "thunderbird.ics"), "--database", database])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out == [
        "added 2 activities; skipped 2 items",
        "  “Notes from the fair” was skipped: VJOURNAL entries are not imported.",
        "  “No start given” was skipped: it has no start time.",
    ]


def test_import_summary_names_bad_dates_and_repeats_taken_as_their_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = [("Bad date", "DTSTART:20261332T250000")]
    events += [(f"Ticker {i}", "DTSTART:20260601T090000Z\r\nRRULE:FREQ=SECONDLY") for i in range(7)]
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{i}@x\r\nSUMMARY:{name}\r\n{when}\r\nEND:VEVENT\r\n"
        for i, (name, when) in enumerate(events)
    )
    path = tmp_path / "mixed.ics"
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n", "utf-8")
    assert main(["import", str(path), "--database", str(tmp_path / "crm.sqlite3")]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "added 7 activities; skipped 1 item",
        "  “Bad date” was skipped: its start “20261332T250000” is not a date.",
        "  “Ticker 0”, “Ticker 1”, “Ticker 2”, “Ticker 3”, “Ticker 4” and 2 more were imported"
        " as the first occurrence only: it repeats every second, more often than CRM Desktop"
        " offers.",
    ]


def test_export_writes_an_ics_file_that_imports_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(tmp_path / "crm.sqlite3")
    target = tmp_path / "out.ics"
    assert main(["import", str(FIXTURES / "apple_calendar.ics"), "--database", database]) == 0
    args = ["export", "activities", "--format", "ics", "--database", database, "-o", str(target)]
    assert main(args) == 0
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == 2 and len(calendar.walk("VTODO")) == 1
    other = str(tmp_path / "other.sqlite3")
    capsys.readouterr()
    assert main(["import", str(target), "--database", other]) == 0
    assert capsys.readouterr().out.startswith("added 3 activities; skipped 0 items")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("not_a_calendar.ics", "is not an iCalendar file"),
        ("damaged.ics", "is damaged"),
        ("missing.ics", "does not exist"),
    ],
)
def test_bad_files_get_one_sentence_and_no_traceback(
    tmp_path: Path, name: str, message: str
) -> None:
    database = str(tmp_path / "crm.sqlite3")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "crm_desktop",
            "import",
            str(FIXTURES / name),
            "--database",
            database,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_export_never_writes_over_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "crm.sqlite3"
    assert main(["import", str(FIXTURES / "apple_calendar.ics"), "--database", str(database)]) == 0
    before = database.read_bytes()
    capsys.readouterr()

    code = main(["export", "activities", "--database", str(database), "-o", str(database)])

    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"crm-desktop: Cannot write over “{database}”: ") and err.count("\n") == 1
    assert database.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["crm.sqlite3"]
