"""``crm-desktop report NAME [--period] [--scope] [--by FIELD] [--format csv|pdf] [-o FILE]``."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.reports.service import BUILT_IN
from crm_desktop.services.reports.types import REPORTS
from tests.opportunity_rows import add_opportunities

pytestmark = pytest.mark.sqlite_only

#: (name, stage, amount, currency, close date)
DEALS = (
    ("Thép Hà Nội", "Prospecting", "1000", "USD", dt.date(2026, 7, 1)),  # weighted 100
    ("Farmácia São Jorge", "Prospecting", "2000", "BRL", dt.date(2026, 8, 1)),  # 200
    ("Þórsmörk ehf.", "Closed Won", "150000", "ISK", dt.date(2026, 11, 3)),
    ("Ca Mau Seafood", "Closed Lost", "500", "USD", dt.date(2026, 11, 20)),
    ("Later", "Prospecting", "9", "USD", dt.date(2027, 1, 5)),
)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    db = Database.open(path)
    add_opportunities(Services.build(db), DEALS)
    db.close()
    return path


def _run(tmp_path: Path, database: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRM_DESKTOP_HOME": str(tmp_path / "home")}
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", "report", *argv, "--database", str(database)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_every_built_in_report_has_a_title() -> None:
    assert set(REPORTS) == set(BUILT_IN)


def test_pipeline_as_csv_on_standard_output(database: Path, tmp_path: Path) -> None:
    done = _run(tmp_path, database, "pipeline", "--period", "2026")

    assert done.returncode == 0, done.stderr
    assert list(csv.reader(done.stdout.splitlines())) == [
        ["Sales stage", "Currency", "Opportunities", "Amount", "Weighted amount"],
        ["Prospecting", "BRL", "1", "2000.00", "200.00"],
        ["Prospecting", "USD", "1", "1000.00", "100.00"],
    ]  # open deals only
    assert "summed per currency" in done.stderr


def test_won_lost_of_a_month_and_a_list_grouped_to_a_file(database: Path, tmp_path: Path) -> None:
    november = _run(tmp_path, database, "won-lost", "--period", "2026-11")
    target = tmp_path / "by-currency.csv"
    grouped = _run(tmp_path, database, "opportunities", "--by", "sales_stage", "-o", str(target))

    assert november.stdout.splitlines()[1:] == [
        "2026-11,ISK,1,150000,0,0",
        "2026-11,USD,0,0.00,1,500.00",
    ]
    assert grouped.returncode == 0, grouped.stderr
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["Sales stage", "Currency", "Records", "Amount", "Weighted amount"]
    assert rows[1] == ["Prospecting", "USD", "2", "1009.00", "100.90"]


def test_pipeline_as_a_pdf(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "pipeline.pdf"
    done = _run(tmp_path, database, "pipeline", "--period", "2026-Q3", "-o", str(target))

    assert done.returncode == 0, done.stderr
    reader = PdfReader(target)
    text = reader.pages[0].extract_text()
    assert "Pipeline by stage, 2026-Q3, Everyone" in text
    assert "Thép" not in text  # the report counts, it does not list names
    assert "2,000.00" in text and "1,000.00" in text and "150,000" not in text
    assert "summed per currency" in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert all("DejaVu" in name for name in fonts), fonts


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["pipeline", "--period", "2026-Q5"], '"2026-Q5" is not a period'),
        (["pipeline", "--format", "pdf"], "A PDF report needs a file"),
        (["pipeline", "--by", "owner_id"], "--by groups the records of a type"),
        (["opportunities"], "Say which field to group opportunities by"),
        (["opportunities", "--by", "colour"], 'Opportunities have no field "colour"'),
    ],
)
def test_one_sentence_for_a_report_that_cannot_be_made(
    database: Path, tmp_path: Path, argv: list[str], message: str
) -> None:
    done = _run(tmp_path, database, *argv)

    assert done.returncode == 1
    assert done.stderr.startswith(f"crm-desktop: {message}"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert done.stdout == ""
