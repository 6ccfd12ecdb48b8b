"""Command-line handlers for the news feeds.

    crm-desktop feeds add URL [--folder NAME] [--title TITLE] --database DB
    crm-desktop feeds fetch --database DB
    crm-desktop feeds list --database DB

``fetch`` prints one line per feed: its title and how many new items it had, or why it
could not be read; it ends with 1 when a feed failed, so a script can tell.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from crm_desktop.cli.credentials import add_user_option

if TYPE_CHECKING:
    from crm_desktop.services.news.service import NewsService

COMMANDS = ("feeds",)


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    feeds = sub.add_parser("feeds", help="RSS and Atom news feeds")
    actions = feeds.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="subscribe to a feed (http://, https:// or file://)")
    add.add_argument("url", metavar="URL")
    add.add_argument("--folder", metavar="NAME", default="", help="the folder it is shown in")
    add.add_argument("--title", metavar="TITLE", default="", help="default: the feed's own")
    fetch = actions.add_parser("fetch", help="fetch every feed: one line per feed")
    listing = actions.add_parser("list", help="one line per feed: folder, title, unread, URL")
    for parser in (add, fetch, listing):
        parser.add_argument("--database", metavar="PATH_OR_URL", required=True)
        add_user_option(parser)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened
    from crm_desktop.services.news.service import NewsService

    with opened(args.database, create=args.action == "add") as db:
        logged_in(db, args)
        news = NewsService(db)
        if args.action == "add":
            feed = news.add_feed(args.url, title=args.title, folder=args.folder)
            print(f"added {feed.url}" + (f" to {feed.folder}" if feed.folder else ""))
            return 0
        if args.action == "list":
            for feed in news.feeds():
                folder = f"{feed.folder}/" if feed.folder else ""
                state = f" ({feed.problem})" if feed.problem else ""
                print(f"{folder}{feed.title}: {feed.unread} unread, {feed.url}{state}")
            return 0
        return _fetch(news)


def _fetch(news: NewsService) -> int:
    failed = 0
    for outcome in news.fetch():
        if outcome.problem:
            failed += 1
            print(f"{outcome.title}: failed: {outcome.problem}", flush=True)
        elif outcome.unchanged:
            print(f"{outcome.title}: unchanged", flush=True)
        else:
            note = f" ({outcome.damage})" if outcome.damage else ""
            print(f"{outcome.title}: {outcome.new_items} new{note}", flush=True)
    if failed:
        print(f"{failed} feeds could not be read", file=sys.stderr)
    return 1 if failed else 0
