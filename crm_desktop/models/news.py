"""News feeds (RSS and Atom) the office follows, and the items read from them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, UTCDateTime, utcnow


class NewsFeed(Base):
    """A subscription: where the feed is, how it is shown, and how its last fetch went."""

    __tablename__ = "news_feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), nullable=False, unique=True)
    #: the title the user gave, else the feed's own
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    #: "" for feeds outside any folder
    folder: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )
    #: the validators of the last answer, sent back so an unchanged feed answers 304
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    fetched_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: why the last fetch failed, in one sentence; None after a fetch that worked
    problem: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class NewsItem(Base):
    """One entry of a feed. New items are unread; starred ones are never pruned."""

    __tablename__ = "news_items"
    __table_args__ = (
        UniqueConstraint("feed_id", "guid"),
        Index("ix_news_items_feed_id_published_at_id", "feed_id", "published_at", "id"),
        Index("ix_news_items_published_at_id", "published_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(
        ForeignKey("news_feeds.id", ondelete="CASCADE"), nullable=False
    )
    #: the entry's id in its feed (its link, or a hash of title and date, when it has none)
    guid: Mapped[str] = mapped_column(String(500), nullable=False)
    title: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    link: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    author: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: the entry's date, else when it was first seen
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    is_read: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    is_starred: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
