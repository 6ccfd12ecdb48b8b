"""The distinct values of a file's picklist columns, as the wizard's values page shows
them: counted over the whole file, spelled as first met, matched as the import matches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from crm_desktop.services.imports.plan import MOST_VALUES, ColumnValues, FileValue
from crm_desktop.services.imports.service import ImportService


def test_each_value_is_counted_once_whatever_its_case_and_accents(
    imports: ImportService, file_of: Callable[..., Path]
) -> None:
    path = file_of(
        b"Deal,Stage,Lead source\r\n"
        b"A,Won,Cold Call\r\n"
        b"B, won ,cold call\r\n"
        b"C,lost,\r\n"
        b"D,Dreaming,Chamada fria\r\n"
        b"E,WON,Cold call\r\n"
    )

    found = imports.distinct_values(path, "opportunities", {"sales_stage": 1, "lead_source": 2})

    assert found["sales_stage"] == ColumnValues(
        [
            FileValue("Won", 3, "Closed Won"),
            FileValue("lost", 1, "Closed Lost"),
            FileValue("Dreaming", 1, None),
        ]
    )
    assert found["lead_source"] == ColumnValues(
        [FileValue("Cold Call", 3, "Cold Call"), FileValue("Chamada fria", 1, None)]
    )


def test_a_column_of_free_text_counts_its_first_values_and_says_there_are_more(
    imports: ImportService, file_of: Callable[..., Path]
) -> None:
    rows = "".join(f"Deal {n},Stage {n}\r\n" for n in range(MOST_VALUES + 50))
    path = file_of(f"Deal,Stage\r\n{rows}".encode())

    found = imports.distinct_values(path, "opportunities", {"sales_stage": 1})

    assert found["sales_stage"].more
    assert len(found["sales_stage"].values) == MOST_VALUES
    assert found["sales_stage"].values[0] == FileValue("Stage 0", 1, None)


def test_cancel_returns_what_was_read(imports: ImportService, file_of: Callable[..., Path]) -> None:
    rows = "".join(f"Deal {n},{'Won' if n < 2000 else 'Lost'}\r\n" for n in range(5000))
    path = file_of(f"Deal,Stage\r\n{rows}".encode())
    told: list[int] = []

    found = imports.distinct_values(
        path, "opportunities", {"sales_stage": 1}, progress=lambda done, *_: told.append(done),
        cancelled=lambda: True,
    )  # fmt: skip

    assert found["sales_stage"].values == [FileValue("Won", 2000, "Closed Won")]
    assert told == []
