"""Every test of the folder keeps passwords in a keyring file of its own."""

from __future__ import annotations

import pytest
from keyrings.alt.file import PlaintextKeyring

from tests.file_keyring import file_keyring  # noqa: F401 - the fixture, for this folder


@pytest.fixture(autouse=True)
def _own_keyring(file_keyring: PlaintextKeyring) -> None:  # noqa: F811
    """The system's keyring is never touched."""
