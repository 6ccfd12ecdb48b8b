"""Fixtures of the service tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

from crm_desktop.services import Services
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.ical_import import CalendarImport

StartCli = Callable[..., "subprocess.Popen[str]"]


@pytest.fixture
def activities(services: Services) -> ActivityService:
    return ActivityService(services.records)


@pytest.fixture
def importer(services: Services) -> CalendarImport:
    return CalendarImport(services.records)


@pytest.fixture
def start_cli() -> StartCli:
    """Starts ``crm-desktop ARGS...`` in its own process: ``start_cli(*args, env=env)``."""

    def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "crm_desktop", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )

    return start
