"""CSV fixtures: the files under tests/fixtures/csv (see its README) and a way to write
a file of given bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.registry import RecordType, default_registry
from tests.exchange.fixture_files import finder


@pytest.fixture
def csv_fixture() -> Callable[[str], Path]:
    """The path of a fixture file, by name."""
    return finder("csv")


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
