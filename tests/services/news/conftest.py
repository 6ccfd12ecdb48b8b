"""Fixtures of the news tests: a news service on the test's database, a feed server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crm_desktop.models import Database
from crm_desktop.services.news.service import NewsService
from tests.exchange.fixture_files import finder
from tests.services.news.feed_server import FeedServer

feed_file = finder("feeds")


@pytest.fixture
def news(db: Database) -> NewsService:
    return NewsService(db, timeout=1.0)


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer().start()
    yield server
    server.stop()
