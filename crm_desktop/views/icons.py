"""Icons from crm_desktop/resources/icons (hand-written SVG, sharp at any scale)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

from crm_desktop.registry import RecordType

APP_ICON = "app"
RECYCLE_BIN = "recycle_bin"


def icon_dir() -> Path:
    # The package ships as plain files (pip wheel, PyInstaller one-folder), and QIcon needs
    # a file name for its SVG engine to re-render at each device pixel ratio.
    return Path(os.fspath(resources.files("crm_desktop") / "resources" / "icons"))


def icon(name: str) -> QIcon:
    """The icon ``name`` (file stem); an empty icon when the program has none of that name."""
    path = icon_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def record_type_icon(record_type: RecordType) -> QIcon:
    return icon(record_type.icon)


def app_icon() -> QIcon:
    return icon(APP_ICON)
