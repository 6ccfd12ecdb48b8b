"""Every test here hashes passwords (the office of five is tests/conftest.py's)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _quick(quick_hashes: None) -> None:
    """Argon2id at its least cost for every test of the folder."""
