"""No unused code in the package: vulture over the package, its tests, benchmarks and tools."""

from __future__ import annotations

import re
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "crm_desktop"
#: used only by name from outside the Python code vulture reads
USED_BY_NAME = [
    # SQLAlchemy's TypeDecorator and DB-API attributes read by the libraries themselves
    "impl",
    "cache_ok",
    "isolation_level",
    "autocommit",
    # ReportLab's Flowable interface
    "wrap",
    "availHeight",
    # PyInstaller's hook interface (crm_desktop/_pyinstaller/), read by name
    "get_hook_dirs",
    "datas",
    "hiddenimports",
    # parts held on the main window so they live as long as it does
    "busy_status",
    "search_action",
]
#: functions registered by decorator (event listeners, fixtures, hooks)
REGISTERED_BY_DECORATOR = [
    "@event.listens_for",
    "@declared_attr",
    "@pytest.fixture",
    "@pytest.hookimpl",
]
#: Qt's and ReportLab's virtual methods and attributes are camelCase; ours are snake_case
FRAMEWORK_NAME = re.compile(r"^[a-z]+[A-Z]\w*$")


def _unused() -> list[str]:
    vulture = Vulture(ignore_names=USED_BY_NAME, ignore_decorators=REGISTERED_BY_DECORATOR)
    vulture.scavenge(
        [str(ROOT / folder) for folder in ("crm_desktop", "tests", "bench", "packaging")],
        exclude=["*/migrations/*"],
    )
    found = []
    for item in vulture.get_unused_code(min_confidence=60):
        path = Path(item.filename)
        if PACKAGE not in path.parents or FRAMEWORK_NAME.match(item.name):
            continue
        # Mapped classes and their columns are reached by table and column name (the
        # registry's fields, Core statements), which no static reader can follow.
        if item.typ in ("class", "variable") and path.parent.name == "models":
            continue
        found.append(f"{path.relative_to(ROOT)}:{item.first_lineno}: {item.message}")
    return found


def test_no_unused_code() -> None:
    assert _unused() == []
