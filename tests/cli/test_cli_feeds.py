"""``crm-desktop feeds add|fetch|list``: one line per feed, never a traceback."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import assert_one_sentence, run
from tests.exchange.fixture_files import finder

feed_file = finder("feeds")


def test_add_fetch_and_list_feeds_from_files(tmp_path: Path, home: Path) -> None:
    db = str(tmp_path / "crm.sqlite3")
    for name, folder in (("rss2_koi8r_undeclared.xml", "Russia"), ("broken.xml", "")):
        added = run("feeds", "add", feed_file(name).as_uri(), "--folder", folder, "--database", db,
                    home=home)  # fmt: skip
        assert added.returncode == 0, added.stderr
    missing = (tmp_path / "gone.xml").as_uri()
    assert run("feeds", "add", missing, "--database", db, home=home).returncode == 0

    fetched = run("feeds", "fetch", "--database", db, home=home)
    assert fetched.returncode == 1  # a feed failed: a script can tell
    assert "Traceback" not in fetched.stderr
    assert sorted(fetched.stdout.splitlines()) == sorted([
        "Новости рынка: 1 new",
        f"{feed_file('broken.xml').as_uri()}: failed: The feed is not valid XML "
        "(line 2, column 20: not well-formed (invalid token)).",
        f"{missing}: failed: There is no file at this address.",
    ])  # fmt: skip
    assert fetched.stderr.strip() == "2 feeds could not be read"

    again = run("feeds", "fetch", "--database", db, home=home)
    assert "Новости рынка: 0 new" in again.stdout.splitlines()

    listed = run("feeds", "list", "--database", db, home=home)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert (
        f"Russia/Новости рынка: 1 unread, {feed_file('rss2_koi8r_undeclared.xml').as_uri()}"
        in lines
    )
    assert f"{missing}: 0 unread, {missing} (There is no file at this address.)" in lines


def test_a_feed_twice_or_not_a_feed_address_is_one_sentence(tmp_path: Path, home: Path) -> None:
    db = str(tmp_path / "crm.sqlite3")
    url = feed_file("atom_forum.xml").as_uri()
    assert run("feeds", "add", url, "--database", db, home=home).returncode == 0
    twice = run("feeds", "add", url, "--database", db, home=home)
    assert twice.returncode == 1
    assert "is a feed already" in assert_one_sentence(twice.stderr)
    ftp = run("feeds", "add", "ftp://example.org/feed", "--database", db, home=home)
    assert ftp.returncode == 1
    assert "is not the address of a feed" in assert_one_sentence(ftp.stderr)
