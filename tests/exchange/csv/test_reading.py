"""Reading CSV files as people have them: encodings, separators, line ends, preambles,
ragged rows; streaming a big file."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.exchange.csv.reading import CsvFileError, open_csv
from crm_desktop.exchange.csv.separator import detect_separator


def _read(path: Path, **kwargs: str) -> tuple[object, list[list[str]]]:
    with open_csv(path, **kwargs) as reader:
        return reader, [row.cells for row in reader]


def test_german_outlook_export_in_windows_1252_with_semicolons(
    csv_fixture: Callable[[str], Path],
) -> None:
    with open_csv(csv_fixture("outlook_de_cp1252.csv")) as reader:
        rows = list(reader)
        assert reader.encoding == "cp1252"
        assert reader.detected is not None and not reader.detected.sure
        assert reader.separator == ";"
        assert reader.header[7] == "Straße geschäftlich"
    assert [r.line for r in rows] == [2, 3]
    assert rows[0].cells[15] == "Preis: 1.234,56 €; bitte anrufen"
    assert rows[1].cells[1] == "Åsa"
    assert rows[1].cells[15] == "Zweite Zeile\r\nder Notiz"


def test_utf16le_without_bom_and_tabs(csv_fixture: Callable[[str], Path]) -> None:
    with open_csv(csv_fixture("utf16le_no_bom.csv")) as reader:
        rows = [row.cells for row in reader]
        assert (reader.encoding, reader.separator) == ("utf-16-le", "\t")
        assert reader.detected is not None and reader.detected.method == "utf-16 pattern"
    assert rows[0][:2] == ["Þórður", "Guðmundsson"]
    assert rows[1][:2] == ["Ngọc Anh", "Trần"]


def test_shift_jis_names(csv_fixture: Callable[[str], Path]) -> None:
    with open_csv(csv_fixture("shift_jis.csv")) as reader:
        rows = [row.cells for row in reader]
        assert reader.encoding in ("shift_jis", "cp932")
    assert rows[0][:3] == ["太郎", "山田", "株式会社サンプル商事"]


def test_a_forced_encoding_is_used(csv_fixture: Callable[[str], Path]) -> None:
    with open_csv(csv_fixture("outlook_de_cp1252.csv"), encoding="latin-1") as reader:
        assert reader.encoding == "iso8859-1" and reader.detected is None
        assert next(iter(reader)).cells[1] == "Jürgen"


def test_an_unknown_forced_encoding_is_one_sentence(csv_fixture: Callable[[str], Path]) -> None:
    with pytest.raises(CsvFileError, match="not an encoding"):
        open_csv(csv_fixture("shift_jis.csv"), encoding="klingon")


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-be", b""),
    ],
)
def test_unicode_encodings_with_and_without_bom(
    csv_bytes: Callable[[bytes], Path], encoding: str, prefix: bytes
) -> None:
    text = "Họ và tên,Email\r\nNguyễn Văn Đức,duc@example.vn\r\n"
    reader, rows = _read(csv_bytes(prefix + text.encode(encoding)))
    assert reader.header == ["Họ và tên", "Email"]  # type: ignore[attr-defined]
    assert rows == [["Nguyễn Văn Đức", "duc@example.vn"]]


def test_bare_cr_inside_cells_of_a_lf_file(csv_fixture: Callable[[str], Path]) -> None:
    _, rows = _read(csv_fixture("bare_cr.csv"))
    assert [r[2] for r in rows] == ["first\rsecond", "left\rright", "two\nlines"]


def test_cr_line_ends_and_ragged_rows_are_padded_or_kept_never_shifted(
    csv_fixture: Callable[[str], Path],
) -> None:
    with open_csv(csv_fixture("ragged_cr.csv")) as reader:
        rows = list(reader)
    assert [r.line for r in rows] == [2, 3, 4]
    short, long, fine = rows
    assert short.cells == ["Anna", "Berg", "anna@example.is", ""]
    assert [p.code for p in short.problems] == ["short_row"]
    assert long.cells == ["Bjorn", "Dahl", "bjorn@example.is", "Reykjavik"]
    assert long.extra == ["extra", "cells"]
    assert [p.code for p in long.problems] == ["long_row"]
    assert long.problems[0].message == (
        "Line 3 has 6 cells where the header has 4; "
        "the cells past the last column are not imported."
    )
    assert fine.cells[3] == "Recife" and not fine.problems


def test_linkedin_preamble_is_skipped_to_the_header(csv_fixture: Callable[[str], Path]) -> None:
    with open_csv(csv_fixture("linkedin_connections.csv")) as reader:
        rows = list(reader)
        assert reader.header_line == 4
        assert reader.header[0] == "First Name" and reader.header[-1] == "Connected On"
        assert reader.preamble[0] == ["Notes:"]
    assert rows[0].line == 5
    assert rows[0].cells[4] == "Saigon Tech, JSC"


def test_line_numbers_count_lines_inside_quoted_cells(csv_bytes: Callable[[bytes], Path]) -> None:
    data = b'a,b\n1,"x\ny\nz"\n2,w\n'
    with open_csv(csv_bytes(data)) as reader:
        assert [(r.line, r.cells) for r in reader] == [(2, ["1", "x\ny\nz"]), (5, ["2", "w"])]


def test_excel_sep_line_names_the_separator(csv_bytes: Callable[[bytes], Path]) -> None:
    reader, rows = _read(csv_bytes(b"sep=|\r\na|b,c\r\n1|2,3\r\n"))
    assert reader.separator == "|"  # type: ignore[attr-defined]
    assert rows == [["1", "2,3"]]


@pytest.mark.parametrize(
    "text, separator",
    [
        ('name;note\n"Lan";"a, b, c, d"\n"Jon";"e, f"\n', ";"),
        ("name,city\nAna,Recife\nJon,Reykjavík\n", ","),
        ("a\tb\tc\n1\t2,5\t3\n4\t5,5\t6\n", "\t"),
        ('Notes:\n"x; y; z"\n\nFirst,Last\nA,B\nC,D\n', ","),
    ],
)
def test_separator_is_the_one_counted_consistently_outside_quotes(
    text: str, separator: str
) -> None:
    assert detect_separator(text) == separator


def test_an_empty_file_is_one_sentence(csv_bytes: Callable[[bytes], Path]) -> None:
    with pytest.raises(CsvFileError, match="is empty"):
        open_csv(csv_bytes(b"\r\n"))


def test_a_missing_file_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(CsvFileError, match="Cannot read"):
        open_csv(tmp_path / "nowhere.csv")


def test_a_binary_file_is_refused(csv_bytes: Callable[[bytes], Path]) -> None:
    with pytest.raises(CsvFileError, match="not a CSV file: it holds binary data"):
        open_csv(csv_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" * 20))


def test_bytes_not_in_the_encoding_are_reported_on_their_row(
    csv_bytes: Callable[[bytes], Path],
) -> None:
    data = b"name,city\n" + b"Ana,Recife\n" * 7000 + b"Bad,\xff\xfe\n"
    with open_csv(csv_bytes(data)) as reader:
        assert reader.encoding == "utf-8"
        last = list(reader)[-1]
    assert last.line == 7002
    assert [p.code for p in last.problems] == ["undecodable"]


def test_a_big_file_is_streamed_not_held(csv_bytes: Callable[[bytes], Path]) -> None:
    row = "Nguyễn Văn Đức,duc{}@example.vn,+84 28 3822 1234,Hồ Chí Minh,ghi chú dài một chút\r\n"
    data = "name,email,phone,city,note\r\n" + "".join(row.format(i) for i in range(100_000))
    path = csv_bytes(data.encode("utf-8"))
    tracemalloc.start()
    try:
        with open_csv(path) as reader:
            count = sum(1 for _ in reader)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100_000
    assert peak < path.stat().st_size / 4


def test_a_quote_never_closed_is_reported(csv_bytes: Callable[[bytes], Path]) -> None:
    with open_csv(csv_bytes(b'a,b\n0,zero\n1,"unclosed\n2,3\n')) as reader:
        rows = list(reader)
    assert rows[0].problems == []
    assert rows[-1].cells == ["1", "unclosed\n2,3\n"]
    assert [p.code for p in rows[-1].problems] == ["unclosed_quote"]


def test_a_closed_quote_at_the_end_is_not_reported(csv_bytes: Callable[[bytes], Path]) -> None:
    with open_csv(csv_bytes(b'a,b\n1,"two\nlines"\n')) as reader:
        assert [row.problems for row in reader] == [[]]


def test_a_cell_past_the_size_limit_is_one_sentence(csv_bytes: Callable[[bytes], Path]) -> None:
    data = b'a,b\n1,"' + b"x" * 200_000 + b'"\n'
    with pytest.raises(CsvFileError, match="past line 2: a cell there is longer than 128 KB"):
        open_csv(csv_bytes(data))
