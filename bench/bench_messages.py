"""Benchmark: a message to a segment, and a campaign's ROI (run by hand).

    python bench/bench_messages.py [--recipients N] [--opportunities N] [--json FILE]

1. A message by e-mail to N contacts (10,000 by default; one in fifty opted out)
   through an aiosmtpd server on loopback, in a process of its own (its Sink handler
   accepts and drops every message), with the program's own settings: SQLite with
   ``synchronous=FULL``, the send log written before and after each message, an
   activity for each message sent. Measured: the run's clock time and throughput, the
   time spent waiting for the server (``SmtpConnection.send``), and the program's own
   time per message: the clock time less the server's, and the CPU time of this
   process. A second run of the same message then sends nothing (its time is shown).
2. A campaign's results (members, won revenue, ROI) with N opportunities (100,000 by
   default) attributed to it, a third of them won, among as many attributed to another:
   the median of 7 reads.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from crm_desktop.models import Database  # noqa: E402
from crm_desktop.models.entities import Contact, Opportunity  # noqa: E402
from crm_desktop.services import Services  # noqa: E402
from crm_desktop.services.campaigns.types import Segment  # noqa: E402
from crm_desktop.services.mail.smtp import SmtpConnection  # noqa: E402
from crm_desktop.services.mail.types import MailServer, Security  # noqa: E402
from crm_desktop.services.messages.types import Audience, Template  # noqa: E402

SENDER = ("shop@example.vn", "Cửa hàng Ánh Dương")
TEMPLATE = Template(
    "{first_name} ơi, ưu đãi Tết",
    "Xin chào {first_name} {last_name},\n\n{owner} gửi bạn ưu đãi 20% dịp Tết.\n",
    unsubscribe="Không muốn nhận thư nữa? Trả lời “hủy”.",
)
FIRST = ["Đức", "Lan", "João", "Maria", "Guðrún", "Þór", "Ana", "Bình"]
LAST = ["Nguyễn", "Trần", "Conceição", "Silva", "Jónsdóttir", "Ólafsson", "Lê", "Phạm"]
BATCH = 5_000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server() -> Iterator[int]:
    """aiosmtpd in a process of its own (its CPU is not this process's): its port."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink",
         "-l", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(10)


class TimedConnection:
    """The connection, with the time spent in it (waiting for the server) added up."""

    def __init__(self, connection: SmtpConnection) -> None:
        self.connection = connection
        self.seconds = 0.0

    def send(self, message: EmailMessage, sender: str, recipient: str) -> None:
        start = time.perf_counter()
        try:
            self.connection.send(message, sender, recipient)
        finally:
            self.seconds += time.perf_counter() - start


def fill_contacts(db: Database, count: int) -> None:
    rows: list[dict[str, Any]] = []
    for i in range(count):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        rows.append(
            {
                "number": f"CON-{i + 1:07d}",
                "first_name": first,
                "last_name": f"{last} {i}",
                "email": f"khach{i}@example.vn",
                "email_opt_out": i % 50 == 0,
                "owner_id": 1,
                "search_text": "",
            }
        )
    with db.write() as session:
        for start in range(0, len(rows), BATCH):
            session.execute(insert(Contact), rows[start : start + BATCH])


def fill_opportunities(db: Database, count: int, campaign_id: int, other_id: int) -> None:
    stages = ("Closed Won", "Prospecting", "Closed Lost")
    with db.write() as session:
        for start in range(0, 2 * count, BATCH):
            session.execute(
                insert(Opportunity),
                [
                    {
                        "number": f"OPP-{i + 1:07d}",
                        "name": f"Đơn hàng {i}",
                        "amount": 1_000_000 + i,
                        "currency": "VND",
                        "sales_stage": stages[i % 3],
                        "campaign_id": campaign_id if i % 2 == 0 else other_id,
                        "owner_id": 1,
                        "search_text": "",
                    }
                    for i in range(start, min(start + BATCH, 2 * count))
                ],
            )


def bench_send(folder: Path, recipients: int) -> dict[str, Any]:
    db = Database.open(folder / "messages.sqlite3")
    try:
        fill_contacts(db, recipients)
        services = Services.build(db)
        audience = Audience(segment=Segment("contacts"), name="All contacts")
        messages = services.messages()
        with smtp_server() as port:
            server = MailServer("127.0.0.1", port, Security.NONE, "")
            with SmtpConnection(server, None) as opened:
                connection = TimedConnection(opened)
                cpu, clock = time.process_time(), time.perf_counter()
                summary = messages.send_email(audience, TEMPLATE, connection, SENDER)
                clock, cpu = time.perf_counter() - clock, time.process_time() - cpu
                again = time.perf_counter()
                repeat = messages.send_email(audience, TEMPLATE, connection, SENDER)
                again = time.perf_counter() - again
        sent = summary.sent_now
        own = clock - connection.seconds
        return {
            "recipients": recipients,
            "sent": sent,
            "skipped": summary.skipped,
            "seconds": round(clock, 1),
            "messages_per_second": round(sent / clock, 1),
            "server_ms_per_message": round(connection.seconds / sent * 1000, 2),
            "own_ms_per_message": round(own / sent * 1000, 2),
            "own_cpu_ms_per_message": round(cpu / sent * 1000, 2),
            "second_run_sent": repeat.sent_now,
            "second_run_seconds": round(again, 2),
        }
    finally:
        db.close()


def bench_roi(folder: Path, opportunities: int) -> dict[str, Any]:
    db = Database.open(folder / "roi.sqlite3")
    try:
        services = Services.build(db)
        campaign = services.records.create(
            "campaigns", {"name": "Tết", "currency": "VND", "actual_cost": "1000000000"}
        )
        other = services.records.create("campaigns", {"name": "Khác", "currency": "VND"})
        fill_opportunities(db, opportunities, campaign.id, other.id)
        campaigns = services.campaigns()
        times = []
        for _ in range(7):
            start = time.perf_counter()
            results = campaigns.results(campaign.id)
            times.append(time.perf_counter() - start)
        return {
            "opportunities": results.opportunities,
            "won": results.won,
            "roi": str(results.roi),
            "median_ms": round(statistics.median(times) * 1000, 1),
            "max_ms": round(max(times) * 1000, 1),
        }
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--opportunities", type=int, default=100_000)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results: dict[str, dict[str, Any]] = {}
        if args.recipients:  # --recipients 0: the ROI alone
            results["send"] = bench_send(Path(folder), args.recipients)
        results["roi"] = bench_roi(Path(folder), args.opportunities)
    for part, values in results.items():
        print(part)
        for key, value in values.items():
            print(f"  {key}: {value}")
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
