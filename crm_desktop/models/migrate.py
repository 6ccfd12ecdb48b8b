"""Alembic, driven from inside the program (imported only when a migration is due).

Alembic reads env.py and the revisions as source files from this package's folder, so they
must be shipped as files: a wheel carries them with the package; a frozen bundle collects
them as data (crm_desktop/_pyinstaller), since PyInstaller keeps modules in its archive.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from crm_desktop.errors import ProgramIncomplete


def script_folder() -> Path:
    """The folder of env.py and versions/, checked to hold them."""
    folder = Path(str(resources.files("crm_desktop.models") / "migrations"))
    if not (folder / "env.py").is_file() or not any((folder / "versions").glob("*.py")):
        raise ProgramIncomplete(
            "This copy of CRM Desktop is incomplete: its database upgrade scripts are "
            "missing from %1. Please reinstall the program.",
            folder
        )
    return folder


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_folder()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection: Connection) -> None:
    """Upgrade inside the caller's (write) transaction."""
    command.upgrade(alembic_config(connection), "head")


def script_revisions() -> list[str]:
    """All revisions of the migration scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
