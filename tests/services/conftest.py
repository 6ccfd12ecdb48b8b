"""Fixtures of the service tests."""

from __future__ import annotations

import pytest

from crm_desktop.services import Services
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.ical_import import CalendarImport


@pytest.fixture
def activities(services: Services) -> ActivityService:
    return ActivityService(services.records)


@pytest.fixture
def importer(services: Services) -> CalendarImport:
    return CalendarImport(services.records)
