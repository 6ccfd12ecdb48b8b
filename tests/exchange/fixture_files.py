"""Where the exchange tests' fixture files are (tests/fixtures/<format>/, see their READMEs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def finder(folder: str) -> Callable[[str], Path]:
    """A function giving the path of a fixture file of ``folder`` by its name."""

    def path(name: str) -> Path:
        found = FIXTURES / folder / name
        assert found.is_file(), found
        return found

    return path
