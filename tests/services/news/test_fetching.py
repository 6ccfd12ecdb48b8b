"""Fetching feeds from a real HTTP server on loopback and from files: conditional
requests, redirects, failures told on the feed's row while the others go on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from crm_desktop.models import Database
from crm_desktop.services.news.service import NewsService
from crm_desktop.services.news.types import ItemQuery
from tests.services.news.conftest import feed_file
from tests.services.news.feed_server import FeedServer, Route

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def _route(name: str, **kwargs: Any) -> Route:
    return Route(body=feed_file(name).read_bytes(), **kwargs)


def test_an_unchanged_feed_answers_304_to_its_etag_and_adds_nothing(
    news: NewsService, feed_server: FeedServer
) -> None:
    feed_server.routes["/forum"] = _route("atom_forum.xml", etag='"v1"')
    feed = news.add_feed(feed_server.url("/forum"), folder="Market")
    [first] = news.fetch(now=NOW)
    assert (first.title, first.new_items, first.unchanged) == ("Packaging Forum", 2, False)
    [again] = news.fetch(now=NOW)
    assert (again.new_items, again.unchanged) == (0, True)
    assert [r.if_none_match for r in feed_server.requests] == [None, '"v1"']
    assert news.feed(feed.id).unread == 2
    assert news.count_items(ItemQuery(feed_id=feed.id)) == 2


def test_last_modified_is_sent_back_and_a_changed_feed_adds_only_its_new_items(
    news: NewsService, feed_server: FeedServer
) -> None:
    stamp = "Mon, 30 Nov 2026 08:00:00 GMT"
    feed_server.routes["/wire"] = _route("rss2_truncated.xml", last_modified=stamp)
    news.add_feed(feed_server.url("/wire"))
    news.fetch(now=NOW)
    body = (
        feed_file("rss2_truncated.xml")
        .read_bytes()
        .replace(
            b"<item>",
            b"<item><title>Bonds slip</title><guid>https://wire.example.com/bonds</guid></item><item>",
            1,
        )
    )
    feed_server.routes["/wire"] = Route(body=body, last_modified="Tue, 01 Dec 2026 08:00:00 GMT")
    [outcome] = news.fetch(now=NOW)
    assert feed_server.requests[1].if_modified_since == stamp
    assert outcome.new_items == 1
    titles = [i.title for i in news.items(ItemQuery(), 0, 10)]
    assert sorted(titles) == ["Bonds slip", "Markets open higher"]


def test_a_redirect_is_followed(news: NewsService, feed_server: FeedServer) -> None:
    feed_server.routes["/old"] = Route(redirect_to="/new", status=301)
    feed_server.routes["/new"] = _route("rss2_podcast.xml")
    news.add_feed(feed_server.url("/old"))
    [outcome] = news.fetch(now=NOW)
    assert (outcome.title, outcome.new_items, outcome.problem) == ("Trade Talk", 1, None)
    assert [r.path for r in feed_server.requests] == ["/old", "/new"]


def test_failures_are_told_on_their_rows_and_the_other_feeds_are_fetched(
    db: Database, feed_server: FeedServer
) -> None:
    news = NewsService(db, timeout=0.5)
    feed_server.routes["/good"] = _route("rss2_german_utf8.xml")
    feed_server.routes["/slow"] = _route("rss2_podcast.xml", delay=2.0)
    feed_server.routes["/broken"] = _route("broken.xml")
    feed_server.routes["/page"] = _route("not_a_feed.html", content_type="text/html")
    feed_server.routes["/error"] = _route("rss2_podcast.xml", status=500)
    paths = ["/good", "/missing", "/slow", "/broken", "/page", "/error"]
    ids = {path: news.add_feed(feed_server.url(path)).id for path in paths}
    outcomes = {o.feed_id: o for o in news.fetch(now=NOW)}
    problems = {path: outcomes[ids[path]].problem for path in paths}
    assert problems == {
        "/good": None,
        "/missing": "The server has no feed at this address (404 Not Found).",
        "/slow": "The server “127.0.0.1” did not answer within 0.5 seconds.",
        "/broken": "The feed is not valid XML "
        "(line 2, column 20: not well-formed (invalid token)).",
        "/page": "The address gives a web page, not an RSS or Atom feed.",
        "/error": "The server answered 500 Internal Server Error.",
    }
    assert outcomes[ids["/good"]].new_items == 1
    rows = {feed.id: feed.problem for feed in news.feeds()}
    assert {path: rows[ids[path]] for path in paths} == problems


def test_a_server_that_is_gone_and_a_missing_file_are_told(
    news: NewsService, tmp_path: Path
) -> None:
    gone = FeedServer().start()
    url = gone.url("/feed")
    gone.stop()
    refused = news.add_feed(url)
    missing = news.add_feed((tmp_path / "nothing.xml").as_uri())
    present = news.add_feed(feed_file("rss2_koi8r_undeclared.xml").as_uri())
    outcomes = {o.feed_id: o for o in news.fetch(now=NOW)}
    assert outcomes[refused.id].problem == "The server “127.0.0.1” refused the connection."
    assert outcomes[missing.id].problem == "There is no file at this address."
    assert outcomes[present.id].new_items == 1
    [item] = news.items(ItemQuery(feed_id=present.id), 0, 5)
    assert item.title == "Цены на нефть выросли после заявления министра энергетики"
    assert item.feed_title == "Новости рынка"


def test_each_encoding_served_over_http_reads_the_same(
    news: NewsService, feed_server: FeedServer
) -> None:
    served = {
        "/latin1": ("rss2_latin1_declared.xml", "application/rss+xml"),
        "/koi8": ("rss2_koi8r_undeclared.xml", "text/xml"),
        "/cp1251": ("rss2_cp1251_declared.xml", "application/xml"),
        "/cp1251-wrong": ("rss2_cp1251_undeclared.xml", "text/xml; charset=utf-8"),
        "/utf8": ("rss2_utf8_undeclared.xml", "application/rss+xml"),
    }
    for path, (name, content_type) in served.items():
        feed_server.routes[path] = _route(name, content_type=content_type)
        news.add_feed(feed_server.url(path))
    assert all(o.problem is None for o in news.fetch(now=NOW))
    titles = {feed.url.rsplit("/", 1)[1]: feed.title for feed in news.feeds()}
    assert titles == {
        "latin1": "Märkte und Börse",
        "koi8": "Новости рынка",
        "cp1251": "Новости рынка",
        "cp1251-wrong": "Новости рынка",
        "utf8": "Tin thị trường",
    }
