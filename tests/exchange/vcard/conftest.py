"""vCard fixtures: the files under tests/fixtures/vcard (see its README)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.exchange.fixture_files import FIXTURES, finder


@pytest.fixture
def vcard_fixture() -> Callable[[str], Path]:
    """The path of a fixture file, by name."""
    return finder("vcard")


@pytest.fixture(scope="session")
def pixel_png() -> bytes:
    """The photo the fixture cards hold."""
    return (FIXTURES / "vcard" / "pixel.png").read_bytes()
