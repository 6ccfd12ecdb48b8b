"""Benchmark: fetching 50 news feeds from a local HTTP server.

    python bench/bench_feeds.py [--feeds N] [--items N] [--latency MS] [--json FILE]

A real HTTP server on loopback (the tests' ``FeedServer``) serves N RSS feeds of
``--items`` items each, with an ETag, each answer held back ``--latency`` ms (a distant
server's round trip). One SQLite file in a temporary folder, ``NewsService.fetch`` as the
window's background fetch calls it:

* ``first fetch``: every feed new, all their items written;
* ``unchanged``: every feed answers 304 to its ETag;
* ``ten changed``: 10 feeds have 5 new items each, the others answer 304.

The target: a refresh of 50 feeds within 10 s whatever the feeds, and an unchanged
refresh within 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crm_desktop.models import Database  # noqa: E402
from crm_desktop.services.news.service import NewsService  # noqa: E402
from tests.services.news.feed_server import FeedServer, Route  # noqa: E402

LIMITS_MS = {"first fetch": 10_000.0, "unchanged": 2_000.0, "ten changed": 10_000.0}


def feed_body(number: int, items: int, first_item: int = 0) -> bytes:
    """An RSS 2.0 feed in Windows-1251 (so every fetch decodes a legacy encoding)."""
    now = dt.datetime.now(dt.UTC)
    entries = "".join(
        f"<item><title>Новость {number}-{i}: цены на сырьё</title>"
        f"<link>https://news{number}.example.org/{i}</link><guid>n{number}-{i}</guid>"
        f"<pubDate>{format_datetime(now - dt.timedelta(minutes=i))}</pubDate>"
        f"<description>&lt;p&gt;Рынок {i}: котировки и прогнозы аналитиков.&lt;/p&gt;"
        "</description></item>"
        for i in range(first_item, first_item + items)
    )
    text = (
        '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel>'
        f"<title>Лента {number}</title><link>https://news{number}.example.org/</link>"
        f"<description>Рынок</description>{entries}</channel></rss>"
    )
    return text.encode("cp1251")


def measure(feeds: int, items: int, latency_ms: float) -> dict[str, tuple[float, int, int]]:
    """Clock milliseconds, new items and failed feeds of each fetch."""
    server = FeedServer().start()
    delay = latency_ms / 1000
    for n in range(feeds):
        server.routes[f"/feed/{n}"] = Route(body=feed_body(n, items), etag=f'"{n}-a"', delay=delay)
    results: dict[str, tuple[float, int, int]] = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            db = Database.open(Path(folder) / "crm.sqlite3")
            try:
                news = NewsService(db)
                for n in range(feeds):
                    news.add_feed(server.url(f"/feed/{n}"), folder=f"Folder {n % 5}")

                def run(name: str) -> None:
                    start = time.perf_counter()
                    outcomes = news.fetch()
                    elapsed = (time.perf_counter() - start) * 1000
                    new = sum(o.new_items for o in outcomes)
                    failed = sum(1 for o in outcomes if o.problem)
                    results[name] = (elapsed, new, failed)
                    print(f"{name}: {elapsed:.0f} ms, {new} new items, {failed} failed", flush=True)

                run("first fetch")
                run("unchanged")
                for n in range(10):
                    body = feed_body(n, items + 5, first_item=-5)
                    server.routes[f"/feed/{n}"] = Route(body=body, etag=f'"{n}-b"', delay=delay)
                run("ten changed")
            finally:
                db.close()
    finally:
        server.stop()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", metavar="N", type=int, default=50)
    parser.add_argument("--items", metavar="N", type=int, default=30, help="items per feed")
    parser.add_argument("--latency", metavar="MS", type=float, default=100.0)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    results = measure(args.feeds, args.items, args.latency)
    measurements = [
        {
            "name": f"{name} of {args.feeds} feeds",
            "ms": round(ms, 1),
            "limit_ms": LIMITS_MS[name],
            "ratio": round(ms / LIMITS_MS[name], 3),
            "new_items": new,
            "failed": failed,
            "latency_ms": args.latency,
        }
        for name, (ms, new, failed) in results.items()
    ]
    if args.json:
        args.json.write_text(json.dumps({"measurements": measurements}, indent=2) + "\n")
    return 1 if any(m["ratio"] > 1 or m["failed"] for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
