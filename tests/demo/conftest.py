"""Fixtures of the demonstration data tests: one generated file the read-only tests share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.demo.generator import DemoGenerator
from crm_desktop.models import Database
from crm_desktop.services import Services


@pytest.fixture(scope="package")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated file (1,200 contacts, seed 1) that read-only tests share."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database.open(path)
    try:
        DemoGenerator(Services.build(db), seed=1).generate(1200)
    finally:
        db.close()
    return path


@pytest.fixture
def demo(demo_file: Path) -> Iterator[Services]:
    """The services of ``demo_file`` (a module may make its own file)."""
    db = Database.open(demo_file)
    yield Services.build(db)
    db.close()
