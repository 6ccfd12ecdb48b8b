"""PyInstaller hooks of CRM Desktop, found through the ``pyinstaller40`` entry point.

Any PyInstaller build of a program that imports crm_desktop (packaging/crm-desktop.spec
among them) then collects what the analysis of imports cannot see.
"""

from __future__ import annotations

from pathlib import Path


def get_hook_dirs() -> list[str]:
    return [str(Path(__file__).parent)]
