"""Feeds read from their bytes: RSS 0.9x/1.0/2.0 and Atom, in any encoding declared or not."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.exchange.feeds.reading import FeedUnreadable, feed_encoding, parse_feed
from tests.exchange.fixture_files import finder

feed_file = finder("feeds")
RUSSIAN_TITLE = "Цены на нефть выросли после заявления министра энергетики"


@pytest.mark.parametrize(
    ("name", "content_type", "encoding", "title", "item"),
    [
        ("rss2_latin1_declared.xml", "", "iso8859-1", "Märkte und Börse",
         "Größter Übernahmeversuch für Müller GmbH"),
        ("rss2_koi8r_undeclared.xml", "", "koi8-r", "Новости рынка", RUSSIAN_TITLE),
        ("rss2_cp1251_declared.xml", "", "cp1251", "Новости рынка", RUSSIAN_TITLE),
        # the server names UTF-8 for a Windows-1251 file: the bytes say otherwise
        ("rss2_cp1251_undeclared.xml", "text/xml; charset=utf-8", "cp1251", "Новости рынка",
         RUSSIAN_TITLE),
        ("rss2_cp1251_undeclared.xml", "application/rss+xml; charset=windows-1251", "cp1251",
         "Новости рынка", RUSSIAN_TITLE),
        ("rss2_utf8_undeclared.xml", "text/xml", "utf-8", "Tin thị trường",
         "Giá cà phê tăng mạnh"),
        ("rss2_german_utf8.xml", "", "utf-8", "Handelsblatt Update – Die Nachrichten",
         "Übernahme: Müller & Söhne kauft Großhändler"),
    ],
)  # fmt: skip
def test_each_encoding_is_read_as_its_text(
    name: str, content_type: str, encoding: str, title: str, item: str
) -> None:
    body = feed_file(name).read_bytes()
    feed = parse_feed(body, content_type)
    assert feed_encoding(body, content_type) == encoding == feed.encoding
    assert feed.title == title
    assert [i.title for i in feed.items] == [item]
    assert feed.damage is None


def test_atom_rss1_and_podcast_items_have_their_ids_links_authors_and_dates() -> None:
    atom = parse_feed(feed_file("atom_forum.xml").read_bytes())
    assert atom.title == "Packaging Forum"
    first = atom.items[0]
    assert (first.guid, first.author) == ("t3_gmpq1p", "/u/boxmaker")
    assert first.link == "https://forum.example.org/r/packaging/comments/gmpq1p/trays/"
    assert first.published == dt.datetime(2026, 11, 30, 5, 44, 47, tzinfo=dt.UTC)
    assert "<strong>corrugated</strong>" in first.summary

    journal = parse_feed(feed_file("rss1_journal.xml").read_bytes()).items[0]
    assert journal.title == "Cold-chain routing for small distributors"
    assert journal.author == "Lê, T., Jónsdóttir, S."
    assert journal.published == dt.datetime(2026, 11, 28, tzinfo=dt.UTC)

    episode = parse_feed(feed_file("rss2_podcast.xml").read_bytes()).items[0]
    assert episode.guid == "urn:trade-talk:episode:301"
    assert episode.published == dt.datetime(2026, 11, 26, 10, 15, tzinfo=dt.UTC)


def test_a_truncated_feed_keeps_the_items_before_the_cut_and_says_it_is_damaged() -> None:
    feed = parse_feed(feed_file("rss2_truncated.xml").read_bytes())
    assert [item.title for item in feed.items] == ["Markets open higher"]
    assert feed.damage is not None and feed.damage.startswith("The feed is damaged (line 16")


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        (feed_file("broken.xml").read_bytes(), "The feed is not valid XML (line 2, column 20"),
        (feed_file("not_a_feed.html").read_bytes(),
         "The address gives a web page, not an RSS or Atom feed."),
        (b"", "The feed is empty."),
        (b"<?xml version='1.0'?><error>Rate limited</error>",
         "The address gives no RSS or Atom feed."),
    ],
)  # fmt: skip
def test_what_is_no_feed_is_one_sentence(body: bytes, sentence: str) -> None:
    with pytest.raises(FeedUnreadable) as caught:
        parse_feed(body)
    assert str(caught.value).startswith(sentence)


def test_an_item_without_id_or_link_gets_a_stable_id_of_its_own() -> None:
    body = (
        b"<rss version='2.0'><channel><title>T</title><item><title>A</title></item></channel></rss>"
    )
    first, again = parse_feed(body).items[0], parse_feed(body).items[0]
    assert first.guid.startswith("sha1:") and first.guid == again.guid
    assert first.published is None
