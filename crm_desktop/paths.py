"""Where the program keeps its files (platformdirs), with one override root for tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "crm-desktop"
APP_AUTHOR = "crm-desktop"
DATABASE_FILENAME = "crm.sqlite3"
#: Setting this environment variable puts every folder of the program below it.
ROOT_OVERRIDE_ENV = "CRM_DESKTOP_HOME"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path
    backups: Path
    #: what can be fetched again (the map's tiles)
    cache: Path

    @property
    def default_database(self) -> Path:
        return self.data / DATABASE_FILENAME

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.logs, self.backups, self.cache):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(root: Path | None = None) -> AppPaths:
    """The program's folders: below ``root`` (or $CRM_DESKTOP_HOME) if given, else the user's."""
    override = root or (
        Path(os.environ[ROOT_OVERRIDE_ENV]) if os.environ.get(ROOT_OVERRIDE_ENV) else None
    )
    if override is not None:
        return AppPaths(
            override / "data",
            override / "config",
            override / "logs",
            override / "backups",
            override / "cache",
        )
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data,
        Path(dirs.user_config_dir),
        Path(dirs.user_log_dir),
        data / "backups",
        Path(dirs.user_cache_dir),
    )
