"""CSV fixtures: the files under tests/fixtures/csv (see its README) and a way to write
a file of given bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.registry import RecordType, default_registry

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "csv"


@pytest.fixture
def csv_fixture() -> Callable[[str], Path]:
    """The path of a fixture file, by name."""

    def path(name: str) -> Path:
        found = FIXTURES / name
        assert found.is_file(), found
        return found

    return path


@pytest.fixture
def csv_bytes(tmp_path: Path) -> Callable[[bytes], Path]:
    """A file holding exactly the bytes given."""

    def write(data: bytes, name: str = "file.csv") -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


@pytest.fixture(scope="session")
def contacts_type() -> RecordType:
    return default_registry().get("contacts")
