"""Fixtures of the command line's tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The folder CRM_DESKTOP_HOME points the program run by a test to."""
    return tmp_path / "home"
