"""The news as plain data, for the views and the command line (no SQLAlchemy here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: how many days an unstarred item is kept, unless the settings say otherwise
DEFAULT_KEEP_DAYS = 30
#: the settings key of that number of days
KEEP_DAYS_KEY = "news.keep_days"


@dataclass(frozen=True)
class Feed:
    """A subscription as a list shows it."""

    id: int
    url: str
    title: str
    folder: str
    organization_id: int | None
    organization_name: str
    fetched_at: dt.datetime | None
    #: why the last fetch failed (or what was wrong with the feed); None: it worked
    problem: str | None
    unread: int


@dataclass(frozen=True)
class NewsItem:
    id: int
    feed_id: int
    feed_title: str
    title: str
    link: str
    author: str
    summary: str
    published_at: dt.datetime
    is_read: bool
    is_starred: bool


@dataclass(frozen=True)
class ItemQuery:
    """Which items a list shows: of one feed, of one folder's feeds, or of all feeds."""

    feed_id: int | None = None
    folder: str | None = None
    unread_only: bool = False
    starred_only: bool = False


@dataclass(frozen=True)
class FetchOutcome:
    """How one feed's fetch went: its new items, or why it failed."""

    feed_id: int
    title: str
    new_items: int
    #: the server said the feed had not changed (304)
    unchanged: bool
    #: why the feed could not be fetched or read; None when it was
    problem: str | None = None
    #: what was wrong with a feed read only in part
    damage: str | None = None
