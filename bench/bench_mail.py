"""Benchmark: a mailbox's first fetch and an incremental one, from a real IMAP server.

    python bench/bench_mail.py [--messages N] [--new N] [--json FILE]

Dovecot on loopback (the tests' throwaway server, tests/services/mail/dovecot.py) gets
``--messages`` messages in INBOX (written into its maildir, as a delivery agent would;
not timed: fifty thousand APPENDs took over half an hour on a loaded machine),
each a short text and HTML mail among 200 senders, one in ten with a 20 kB attachment;
the database has 200 contacts with those addresses and 20 organizations with their
domains. Then, into one SQLite file in a temporary folder, ``MailFetcher.fetch`` as the
window will call it:

* ``first fetch``: every message new (headers, structure, text parts, links);
* ``incremental``: ``--new`` more messages appended, then fetched.

Targets (issue 15): the first fetch of 50,000 messages within minutes (limit 5 min), an
incremental one within seconds (limit 10 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crm_desktop.models import Database  # noqa: E402
from crm_desktop.services import Services  # noqa: E402
from crm_desktop.services.mail.fetching import MailFetcher  # noqa: E402
from tests.services.mail.dovecot import PASSWORD, Dovecot, remove, start_dovecot  # noqa: E402
from tests.services.mail.messages import message  # noqa: E402

LIMITS_MS = {"first fetch": 300_000.0, "incremental": 10_000.0}
SENDERS = 200
ATTACHMENT = bytes(range(256)) * 80


def _mail(number: int) -> bytes:
    sender = number % SENDERS
    return message(
        f"Đơn hàng {number}: giao hàng tuần {number % 52 + 1}",
        sender=f"Khách {sender} <buyer{sender}@customer{sender % 20}.example>",
        text=f"Chào anh,\nĐơn hàng số {number} đã sẵn sàng.\n" * 5,
        html=f"<p>Chào anh,</p><p>Đơn hàng số <b>{number}</b> đã sẵn sàng.</p>",
        attachment=("hoa-don.pdf", ATTACHMENT) if number % 10 == 0 else None,
        when=dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=number),
        number=number,
    )


def _append(server: Dovecot, user: str, first: int, count: int) -> None:
    def part(start: int, stop: int) -> None:
        with server.client(user) as connection:
            for number in range(start, stop):
                status, data = connection.append("INBOX", None, None, _mail(number))
                if status != "OK":
                    raise RuntimeError(f"APPEND failed: {data!r}")

    step = -(-count // 4)
    with ThreadPoolExecutor(4) as pool:
        ranges = [(s, min(s + step, first + count)) for s in range(first, first + count, step)]
        for done in [pool.submit(part, start, stop) for start, stop in ranges]:
            done.result()


def _deliver(server: Dovecot, user: str, count: int) -> None:
    """``count`` messages into the user's INBOX maildir, as new mail (the maildir made by
    the server first, and the files given to the user the server runs as)."""
    with server.client(user) as connection:
        connection.select("INBOX")
    inbox = server.folder / "mail" / user
    owner = inbox.stat()
    for number in range(count):
        path = inbox / "new" / f"{1_700_000_000 + number}.M{number}P1.bench"
        path.write_bytes(_mail(number))
        os.chown(path, owner.st_uid, owner.st_gid)


def measure(messages: int, new: int) -> dict[str, tuple[float, int]]:
    server = start_dovecot(fsync=False)
    results: dict[str, tuple[float, int]] = {}
    try:
        mailbox = server.new_mailbox()
        start = time.perf_counter()
        _deliver(server, mailbox.user_name, messages)
        print(f"delivered {messages} messages in {time.perf_counter() - start:.0f} s", flush=True)
        with tempfile.TemporaryDirectory() as folder:
            db = Database.open(Path(folder) / "crm.sqlite3")
            try:
                records = Services.build(db).records
                for n in range(20):
                    website = f"www.customer{n}.example"
                    records.create("organizations", {"name": f"Customer {n}", "website": website})
                for n in range(SENDERS):
                    email = f"buyer{n}@customer{n % 20}.example"
                    records.create("contacts", {"last_name": f"Khách {n}", "email": email})
                fetcher = MailFetcher(db)

                def run(name: str) -> None:
                    start = time.perf_counter()
                    [outcome] = fetcher.fetch(mailbox, PASSWORD, ["INBOX"])
                    elapsed = (time.perf_counter() - start) * 1000
                    if outcome.problem:
                        raise RuntimeError(outcome.problem)
                    results[name] = (elapsed, outcome.new_messages)
                    print(f"{name}: {elapsed:.0f} ms, {outcome.new_messages} messages", flush=True)

                run("first fetch")
                _append(server, mailbox.user_name, messages, new)
                run("incremental")
            finally:
                db.close()
    finally:
        remove(server)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", metavar="N", type=int, default=50_000)
    parser.add_argument("--new", metavar="N", type=int, default=100)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    results = measure(args.messages, args.new)
    measurements = [
        {
            "name": f"{name} ({count:,} messages)",
            "ms": round(ms, 1),
            "limit_ms": LIMITS_MS[name],
            "ratio": round(ms / LIMITS_MS[name], 3),
            "messages": count,
        }
        for name, (ms, count) in results.items()
    ]
    if args.json:
        args.json.write_text(json.dumps({"measurements": measurements}, indent=2) + "\n")
    return 1 if any(m["ratio"] > 1 for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
