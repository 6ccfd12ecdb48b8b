"""``crm-desktop print {quote,order} NUMBER --database PATH -o FILE.pdf``."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from crm_desktop.cli.main import main
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentLine, DocumentTax

# The command runs in this process, on the tests' QApplication (it makes a bare
# QCoreApplication for its translations only when run on its own).
pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("qapp")]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    db = Database.open(path)
    services = Services.build(db)
    org = services.records.create(
        "organizations", {"name": "Þórsmörk ehf.", "billing_city": "Kópavogur"}
    )
    quote = services.quotes.new("quotes", subject="Ráðgjöf", organization_id=org.id)
    quote.values["currency"] = "ISK"
    quote.lines = [DocumentLine("Uppsetning á hugbúnaði", Decimal(1), Decimal(145_000))]
    quote.group_taxes = [DocumentTax("VSK", Decimal(24))]
    quote = services.quotes.save(quote)
    services.quotes.convert_to_order(quote.id, quote.version)  # type: ignore[arg-type]
    db.close()
    return path


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def system_locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    """The computer's locale as the command sees it."""
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield QLocale()
    QLocale.setDefault(previous)


ICELANDIC_DAY, US_DAY = "{d.day}.{d.month}.{d.year}", "{d.month}/{d.day}/{d.year}"


@pytest.mark.parametrize(
    ("kind", "number", "title", "date", "system_locale", "total", "today"),
    [
        # Icelandic words, numbers and dates, as the window prints them in Iceland
        ("quote", "QUO-00001", "Tilboð", "Dagsetning", "is_IS", "179.800", ICELANDIC_DAY),
        ("order", "so-00001", "Sales order", "Date", "en_US", "179,800", US_DAY),
    ],
    indirect=["system_locale"],
)
def test_print_writes_the_pdf_the_system_locale_s_way(
    database: Path,
    tmp_path: Path,
    kind: str,
    number: str,
    title: str,
    date: str,
    system_locale: QLocale,
    total: str,
    today: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.pdf"
    assert main(["print", kind, number, "--database", str(database), "-o", str(out)]) == 0
    text = _text(out)
    assert title in text and number.upper() in text
    assert "Þórsmörk ehf." in text and total in text  # 145,000 + VSK 34,800
    assert f"{date}\n{today.format(d=dt.date.today())}\n" in text
    assert f"written to {out}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["print", "quote", "QUO-00042"], "There is no quote numbered “QUO-00042”."),
        (["print", "order", "QUO-00001"], "There is no sales order numbered “QUO-00001”."),
    ],
)
def test_an_unknown_number_is_one_sentence_and_a_failure(
    database: Path,
    tmp_path: Path,
    argv: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.pdf"
    assert main([*argv, "--database", str(database), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"crm-desktop: {message}\n"
    assert not out.exists()


def test_a_missing_database_or_folder_is_one_sentence(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.sqlite3"
    assert main(["print", "quote", "QUO-00001", "--database", str(missing), "-o", "x.pdf"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert not missing.exists()
    out = tmp_path / "no-such-folder" / "q.pdf"
    assert main(["print", "quote", "QUO-00001", "--database", str(database), "-o", str(out)]) == 1
    assert "Cannot write" in capsys.readouterr().err


def test_usage_errors_exit_2(database: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "invoice", "1", "--database", str(database), "-o", "x.pdf"])
    assert exit_info.value.code == 2


def test_the_command_line_does_not_load_reportlab_until_it_prints() -> None:
    code = "import sys, crm_desktop.cli.main; print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("onto", ["the database", "another database"])
def test_print_never_writes_over_a_database(
    database: Path, tmp_path: Path, onto: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = database if onto == "the database" else tmp_path / "office.sqlite3"
    if onto == "another database":
        Database.open(target).close()
    before = target.read_bytes()

    code = main(["print", "quote", "QUO-00001", "--database", str(database), "-o", str(target)])

    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"crm-desktop: Cannot write over “{target}”: ") and err.count("\n") == 1
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"crm.sqlite3", target.name})
