"""Fixtures of the history tests: a second user, and services acting as that user."""

from __future__ import annotations

import pytest

from crm_desktop.models import Database
from crm_desktop.models.entities import User
from crm_desktop.services import Services


@pytest.fixture
def colleague(db: Database) -> Services:
    """The services of a second user, Þóra Jónsdóttir, on the same database."""
    with db.write() as session:
        user = User(username="thora", full_name="Þóra Jónsdóttir")
        session.add(user)
        session.flush()
        user_id = user.id
    return Services.build(db, user_id=user_id)
