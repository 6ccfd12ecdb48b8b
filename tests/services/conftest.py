"""Shared helpers of the service tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

StartCli = Callable[..., "subprocess.Popen[str]"]


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
