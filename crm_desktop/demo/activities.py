"""Demonstration activities: a year of a team's calls, meetings, visits and tasks (the past
nine months and the next three), linked to given contacts and organizations, some
repeating, some with a reminder.

Rows are built here (derived columns as the record service computes them) and inserted
with executemany in a few write transactions: the demo makes hundreds of thousands.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from dateutil.rrule import rrulestr
from sqlalchemy import select

from crm_desktop.models.database import Database
from crm_desktop.models.entities import Contact, Organization
from crm_desktop.registry import Registry
from crm_desktop.services.activities.service import remind_at, series_end
from crm_desktop.services.records.bulk_insert import Folder, RowWriter

BATCH = 5_000
_SUBJECTS = {
    "Call": ("Follow-up call", "Discovery call", "Price question", "Check-in call"),
    "Meeting": ("Product demo", "Quarterly review", "Contract negotiation", "Kick-off"),
    "Visit": ("Site visit", "Customer visit", "Installation check", "Showroom visit"),
    "Task": ("Send the offer", "Prepare the proposal", "Update the price list", "Call back"),
}
_KIND_WEIGHTS = (("Call", 40), ("Meeting", 25), ("Visit", 15), ("Task", 20))
_OUTCOMES = ("Interested in a second order.", "Asked for a discount.", "Signed the order.")


def _names(db: Database, model: Any, ids: Sequence[int], columns: Any) -> dict[int, str]:
    found: dict[int, str] = {}
    with db.read() as session:
        for i in range(0, len(ids), 900):
            chunk = list(ids[i : i + 900])
            for row in session.execute(select(model.id, *columns).where(model.id.in_(chunk))):
                found[row[0]] = " ".join(str(v) for v in row[1:] if v)
    return found


#: the days activities lie in, from today: the past nine months and the next three
PAST_DAYS, FUTURE_DAYS = 273, 92
#: the repeats a meeting may have, and the share of meetings that repeat: a few series
#: per working day, each running for weeks (the calendar expands them as it reads)
_REPEATS = ("FREQ=WEEKLY;COUNT=12", "FREQ=WEEKLY;INTERVAL=2;COUNT=6", "FREQ=MONTHLY;COUNT=4")
_REPEATING = 0.02
#: the share of open (planned, not started) work with a reminder, and their lead times
_REMINDED = 0.3
_LEADS = (5, 15, 15, 30, 60)


def activity_values(
    rng: random.Random,
    target: tuple[str, int | None, str],
    owner_id: int,
    now: dt.datetime,
) -> dict[str, Any]:
    """One activity linked to ``target`` (record type key, id or None if not known yet,
    display name): office hours, from PAST_DAYS back to FUTURE_DAYS ahead; what lies in the
    past is held or done, a few meetings repeat, some planned work has a reminder."""
    kinds = [k for k, _ in _KIND_WEIGHTS]
    weights = [w for _, w in _KIND_WEIGHTS]
    kind = rng.choices(kinds, weights)[0]
    related_type, related_id, related_name = target
    day = now.date() + dt.timedelta(days=rng.randint(-PAST_DAYS, FUTURE_DAYS))
    start = dt.datetime.combine(day, dt.time(rng.randint(8, 16)), dt.UTC)
    past = start < now
    values: dict[str, Any] = {
        "kind": kind,
        "subject": f"{rng.choice(_SUBJECTS[kind])}: {related_name}"[:300],
        "related_type": related_type,
        "related_id": related_id,
        "related_name": related_name,
        "owner_id": owner_id,
        "priority": rng.choice(("Low", "Medium", "Medium", "High")),
        "all_day": False,
    }
    if kind == "Task":
        values["due_date"] = day
        values["status"] = "Completed" if past and rng.random() < 0.8 else "Not Started"
    else:
        values["start_at"] = start
        values["end_at"] = start + dt.timedelta(minutes=rng.choice((15, 30, 60, 90)))
        values["status"] = ("Held" if rng.random() < 0.85 else "Not Held") if past else "Planned"
        if kind == "Visit":
            values["location"] = related_name
            if past:
                values["outcome"] = rng.choice(_OUTCOMES)
        if kind == "Meeting" and rng.random() < _REPEATING:
            _repeat(rng, values, now)
    if values["status"] in ("Planned", "Not Started") and rng.random() < _REMINDED:
        values["reminder_minutes"] = rng.choice(_LEADS)
    values["remind_at"] = remind_at(values)  # as the activity service keeps it
    values["series_end_at"] = series_end(values)
    return values


def _repeat(rng: random.Random, values: dict[str, Any], now: dt.datetime) -> None:
    """Make a meeting a series: planned while it runs, held once it is over."""
    values["recurrence"] = rng.choice(_REPEATS)
    values["time_zone"] = "UTC"
    over = series_end(values)
    if over is None:  # a monthly count from the 29th to 31st: its last occurrence tells
        over = list(rrulestr(values["recurrence"], dtstart=values["start_at"]))[-1]
    values["status"] = ("Held" if rng.random() < 0.85 else "Not Held") if over < now else "Planned"


def add_demo_activities(
    db: Database,
    registry: Registry,
    contact_ids: Sequence[int],
    organization_ids: Sequence[int],
    owner_ids: Sequence[int],
    *,
    now: dt.datetime | None = None,
    seed: int | None = None,
    count: int | None = None,
) -> int:
    """Add ``count`` activities (about one per two contacts by default), built and written
    BATCH at a time; returns how many were added."""
    rng = random.Random(seed)
    now = (now or dt.datetime.now(dt.UTC)).replace(minute=0, second=0, microsecond=0)
    contacts = _names(db, Contact, contact_ids, (Contact.first_name, Contact.last_name))
    orgs = _names(db, Organization, organization_ids, (Organization.name,))
    targets = [("contacts", i, n) for i, n in contacts.items()] + [
        ("organizations", i, n) for i, n in orgs.items()
    ]
    if count is None:
        count = max(1, len(contact_ids) // 2)
    if not targets:
        return 0
    writer = RowWriter(registry.get("activities"), Folder(), db.engine.dialect)
    common = {
        "version": 1,
        "created_at": now,
        "modified_at": now,
        "deleted_at": None,
    }
    for done in range(0, count, BATCH):
        rows = []
        for _ in range(min(BATCH, count - done)):
            values = activity_values(rng, rng.choice(targets), rng.choice(owner_ids), now)
            owner = values["owner_id"]
            audit = {"created_by_id": owner, "modified_by_id": owner}
            rows.append(writer.row(values, {**common, **audit}))
        with db.write_connection() as conn:
            writer.insert(conn, rows)
    return count
