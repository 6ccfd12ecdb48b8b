"""Fixtures of the view tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture
def english_locale() -> Iterator[None]:
    """US English formatting (a 12-hour clock, "1,234.50"), whatever the machine's locale;
    a module asks for it with ``pytestmark = pytest.mark.usefixtures("english_locale")``."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)
