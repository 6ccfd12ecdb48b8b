"""Subscriptions and items: folders, unread and starred, pruning old items, pages."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.errors import DomainError
from crm_desktop.services import Services
from crm_desktop.services.news.service import NewsService
from crm_desktop.services.news.types import ItemQuery
from tests.services.news.conftest import feed_file

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def test_feeds_are_listed_by_folder_with_their_organization_and_unread_count(
    news: NewsService, services: Services
) -> None:
    competitor = services.records.create("organizations", {"name": "Müller & Söhne"})
    german = news.add_feed(
        feed_file("rss2_german_utf8.xml").as_uri(), folder="Competitors",
        organization_id=competitor.id,
    )  # fmt: skip
    forum = news.add_feed(feed_file("atom_forum.xml").as_uri(), title="Forum", folder="Market")
    news.fetch(now=NOW)
    feeds = news.feeds()
    assert [(f.folder, f.title, f.unread) for f in feeds] == [
        ("Competitors", "Handelsblatt Update – Die Nachrichten", 1),
        ("Market", "Forum", 2),  # the title the user gave stays
    ]
    assert feeds[0].organization_name == "Müller & Söhne"
    assert news.folders() == ["Competitors", "Market"]
    assert news.count_items(ItemQuery(folder="Market")) == 2
    news.edit_feed(german.id, title="Müller news", folder="", organization_id=None)
    assert news.feed(german.id).title == "Müller news"
    assert news.folders() == ["Market"]
    news.remove_feed(forum.id)
    assert news.count_items(ItemQuery()) == 1


def test_the_same_address_twice_and_a_bad_address_are_refused(news: NewsService) -> None:
    url = feed_file("atom_forum.xml").as_uri()
    news.add_feed(url)
    with pytest.raises(DomainError, match="is a feed already"):
        news.add_feed(url)
    with pytest.raises(DomainError, match="is not the address of a feed"):
        news.add_feed("javascript:alert(1)")


def test_items_page_newest_first_and_read_and_starred_are_kept(news: NewsService) -> None:
    news.add_feed(feed_file("atom_forum.xml").as_uri())
    news.add_feed(feed_file("rss2_podcast.xml").as_uri())
    news.fetch(now=NOW)
    everything = news.items(ItemQuery(), 0, 10)
    assert [i.title for i in everything] == [
        "Who supplies corrugated trays? (48/2026)",
        "Board prices up 4 %",
        "Tariffs and you",
    ]
    assert [i.title for i in news.items(ItemQuery(), 1, 1)] == ["Board prices up 4 %"]
    news.set_read([everything[0].id])
    news.set_starred(everything[2].id, True)
    assert news.count_items(ItemQuery(unread_only=True)) == 2
    assert [i.title for i in news.items(ItemQuery(starred_only=True), 0, 5)] == ["Tariffs and you"]
    assert [i.title for i in news.latest_unread(1)] == ["Board prices up 4 %"]
    news.mark_all_read(ItemQuery())
    assert news.count_items(ItemQuery(unread_only=True)) == 0


def test_old_unstarred_items_are_pruned_and_not_added_again(news: NewsService) -> None:
    feed = news.add_feed(feed_file("atom_forum.xml").as_uri())
    news.set_keep_days(10)
    news.fetch(now=NOW)  # the first fetch takes the old items too
    [_newest, older] = news.items(ItemQuery(), 0, 5)
    news.set_starred(older.id, True)
    later = NOW + dt.timedelta(days=11)
    [outcome] = news.fetch(now=later)
    assert outcome.new_items == 0
    # the unstarred item went, the starred one stayed; neither came back from the feed
    assert [i.title for i in news.items(ItemQuery(feed_id=feed.id), 0, 5)] == [older.title]
    assert news.keep_days() == 10
    with pytest.raises(DomainError):
        news.set_keep_days(0)


def test_a_cancelled_fetch_stores_nothing_more(news: NewsService) -> None:
    for name in ("atom_forum.xml", "rss2_podcast.xml"):
        news.add_feed(feed_file(name).as_uri())
    assert news.fetch(cancelled=lambda: True, now=NOW) == []
    assert news.count_items(ItemQuery()) == 0
