"""The layers stay apart: no Qt below views/, no SQL in views/."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "crm_desktop"
QT_FREE = ("models", "services", "reports", "exchange", "registry")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("folder", QT_FREE)
def test_core_layers_do_not_import_qt(folder: str) -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _modules(folder)
        if _imports(p) & {"PySide6", "PyQt5", "PyQt6", "qtpy", "shiboken6"}
    ]
    assert offenders == []


def test_views_do_not_import_sqlalchemy_or_run_sql() -> None:
    views = _modules("views")
    offenders = [str(p.relative_to(PACKAGE)) for p in views if "sqlalchemy" in _imports(p)]
    assert offenders == []
    sql_calls = [
        str(p.relative_to(PACKAGE))
        for p in views
        if ".execute(" in p.read_text(encoding="utf-8")
        or "session." in p.read_text(encoding="utf-8")
    ]
    assert sql_calls == []


#: Imports every module under crm_desktop.views, as a fresh program would, and prints how
#: many it imported, then sqlalchemy and every crm_desktop.models module that came with them.
_LOAD_VIEWS = """
import importlib, pkgutil, sys
import crm_desktop.views
for module in pkgutil.walk_packages(crm_desktop.views.__path__, "crm_desktop.views."):
    importlib.import_module(module.name)
print(sum(name.startswith("crm_desktop.views.") for name in sys.modules))
for name in sorted(sys.modules):
    if name == "sqlalchemy" or name.startswith("crm_desktop.models"):
        print(name)
"""


def test_views_load_no_sqlalchemy_and_no_models() -> None:
    """Not even through a service module: views import the services' plain data, and the
    composition root builds the services."""
    result = subprocess.run(
        [sys.executable, "-c", _LOAD_VIEWS],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    imported, *loaded = result.stdout.split()
    assert int(imported) == len(_modules("views")) - 1  # all but crm_desktop.views itself
    assert loaded == []


def test_layering_check_sees_the_modules() -> None:
    # Guard against the test passing because it looks in the wrong place.
    assert all(_modules(folder) for folder in (*QT_FREE, "views"))
    assert "sqlalchemy" in _imports(PACKAGE / "models" / "database.py")


def _runtime_imports(path: Path) -> set[str]:
    """Modules imported when the module runs (imports under ``if TYPE_CHECKING:`` left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in (
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        ):
            typing_only.update(id(child) for child in ast.walk(node))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_views_reach_the_database_only_through_services() -> None:
    offenders = [
        f"{p.relative_to(PACKAGE)}: {name}"
        for p in _modules("views")
        for name in sorted(_runtime_imports(p))
        if name == "crm_desktop.models" or name.startswith("crm_desktop.models.")
    ]
    assert offenders == []


def test_registry_knows_no_database() -> None:
    """The registry describes record types; the services map them to tables and models."""
    offenders = [
        f"{p.relative_to(PACKAGE)}: {name}"
        for p in _modules("registry")
        for name in sorted(_runtime_imports(p))
        if name.startswith(("sqlalchemy", "crm_desktop.models", "crm_desktop.services"))
    ]
    assert offenders == []
