"""The send log: a run per message to a segment, a line per recipient (models/marketing.py).

Every write is its own short transaction, so that what the log says is on the disk
before the next message goes: a line ``sending`` before the server gets the message,
then ``sent``/``failed``/``skipped``. A line still ``sending`` when a run starts again
is one whose fate is unknown (the program stopped in between): it becomes ``failed``
with that reason and is not sent again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.orm import Session

from crm_desktop.models.base import utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.marketing import MessageDelivery, MessageRun
from crm_desktop.registry import N_
from crm_desktop.services.messages.types import (
    Audience,
    Channel,
    Delivery,
    Recipient,
    RunInfo,
    SendSummary,
    State,
    Template,
)

_LOG: Table = MessageDelivery.__table__  # type: ignore[assignment]
UNKNOWN_FATE = N_(
    "The program stopped while this message was being sent; it may have arrived, "
    "so it is not sent again."
)


def fingerprint(audience: Audience, channel: Channel, template: Template) -> str:
    """The same message to the same recipients has the same fingerprint: sending it
    again resumes its run instead of starting another."""
    segment = audience.segment
    described = {
        "channel": channel.value,
        "subject": template.subject,
        "body": template.body,
        "unsubscribe": template.unsubscribe,
        "attachments": [p.name for p in template.attachments],
        "campaign": audience.campaign_id,
        "segment": None if segment is None else repr(segment),
    }
    text = json.dumps(described, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SendLog:
    def __init__(self, db: Database, user_id: int) -> None:
        self.db = db
        self.user_id = user_id

    def find_run(self, audience: Audience, channel: Channel, template: Template) -> int | None:
        """The run of this message to this audience, if it was sent before."""
        with self.db.read() as session:
            return self._find(session, fingerprint(audience, channel, template))

    def _find(self, session: Session, key: str) -> int | None:
        found = session.scalars(
            select(MessageRun.id)
            .where(MessageRun.fingerprint == key, MessageRun.user_id == self.user_id)
            .order_by(MessageRun.id.desc())
        ).first()
        return None if found is None else int(found)

    def run_for(self, audience: Audience, channel: Channel, template: Template) -> int:
        """The run of this message to this audience: the one there is, or a new one."""
        key = fingerprint(audience, channel, template)
        with self.db.write() as session:
            found = self._find(session, key)
            if found is not None:
                return found
            run = MessageRun(
                user_id=self.user_id,
                channel=channel.value,
                subject=template.subject[:300],
                body=template.body,
                source=audience.name[:300],
                campaign_id=audience.campaign_id,
                fingerprint=key,
            )
            session.add(run)
            session.flush()
            return run.id

    def settle_unknown(self, run_id: int) -> None:
        """Lines left ``sending`` by a run that stopped: failed, never sent again."""
        with self.db.write() as session:
            session.execute(
                update(_LOG)
                .where(_LOG.c.run_id == run_id, _LOG.c.state == State.SENDING.value)
                .values(state=State.FAILED.value, reason=UNKNOWN_FATE, changed_at=utcnow())
            )

    def known(self, run_id: int, recipients: Sequence[Recipient]) -> set[tuple[str, int]]:
        """Which of ``recipients`` the log has a line for already."""
        if not recipients:
            return set()
        with self.db.read() as session:
            rows = session.execute(
                select(_LOG.c.record_type, _LOG.c.record_id).where(
                    _LOG.c.run_id == run_id,
                    _LOG.c.record_id.in_({r.record_id for r in recipients}),
                )
            ).all()
        return {(t, i) for t, i in rows}

    def begin(self, run_id: int, recipient: Recipient, *, session: Session | None = None) -> None:
        self.note(run_id, recipient, State.SENDING, session=session)

    def note(
        self,
        run_id: int,
        recipient: Recipient,
        state: State,
        reason: str | None = None,
        *,
        session: Session | None = None,
        activity_id: int | None = None,
    ) -> None:
        """Write the recipient's line (in ``session``, or a transaction of its own)."""
        if session is None:
            with self.db.write() as own:
                self.note(run_id, recipient, state, reason, session=own, activity_id=activity_id)
            return
        values = {
            "state": state.value,
            "reason": reason,
            "changed_at": utcnow(),
            "activity_id": activity_id,
        }
        changed = session.execute(
            update(_LOG)
            .where(
                _LOG.c.run_id == run_id,
                _LOG.c.record_type == recipient.record_type,
                _LOG.c.record_id == recipient.record_id,
            )
            .values(**values)
        ).rowcount  # type: ignore[attr-defined]
        if not changed:
            session.execute(
                _LOG.insert().values(
                    run_id=run_id,
                    record_type=recipient.record_type,
                    record_id=recipient.record_id,
                    name=recipient.name[:300],
                    address=recipient.address[:300],
                    **values,
                )
            )

    def forget(self, run_id: int, recipient: Recipient) -> None:
        """The message surely did not go (the connection ended before it did): the next
        run sends it."""
        with self.db.write() as session:
            session.execute(
                delete(_LOG).where(
                    _LOG.c.run_id == run_id,
                    _LOG.c.record_type == recipient.record_type,
                    _LOG.c.record_id == recipient.record_id,
                )
            )

    def finish(self, run_id: int) -> None:
        with self.db.write() as session:
            session.execute(
                update(MessageRun).where(MessageRun.id == run_id).values(finished_at=utcnow())
            )

    # -- reading ----------------------------------------------------------------------------------
    def summary(self, run_id: int) -> SendSummary:
        with self.db.read() as session:
            counts = _counts(session, [run_id]).get(run_id, {})
        return SendSummary(
            run_id,
            sent=counts.get(State.SENT.value, 0),
            skipped=counts.get(State.SKIPPED.value, 0),
            failed=counts.get(State.FAILED.value, 0),
        )

    def delivery_count(self, run_id: int) -> int:
        with self.db.read() as session:
            return int(
                session.execute(select(func.count()).where(_LOG.c.run_id == run_id)).scalar_one()
            )

    def deliveries(self, run_id: int, offset: int = 0, limit: int = 1000) -> list[Delivery]:
        with self.db.read() as session:
            rows = session.execute(
                select(_LOG)
                .where(_LOG.c.run_id == run_id)
                .order_by(_LOG.c.id)
                .offset(offset)
                .limit(limit)
            ).all()
        return [
            Delivery(
                r.record_type,
                r.record_id,
                r.name,
                r.address,
                State(r.state),
                r.reason,
                r.changed_at,
            )
            for r in rows
        ]

    def runs(self, campaign_id: int | None = None, limit: int = 500) -> list[RunInfo]:
        """The messages sent to a campaign's members (None: the user's own messages),
        newest first."""
        if campaign_id is None:
            chosen = MessageRun.user_id == self.user_id
        else:
            chosen = MessageRun.campaign_id == campaign_id
        with self.db.read() as session:
            runs = session.scalars(
                select(MessageRun).where(chosen).order_by(MessageRun.id.desc()).limit(limit)
            ).all()
            counts = _counts(session, [r.id for r in runs])
            return [
                RunInfo(
                    r.id,
                    r.created_at,
                    Channel(r.channel),
                    r.subject,
                    r.source,
                    counts.get(r.id, {}).get(State.SENT.value, 0),
                    counts.get(r.id, {}).get(State.FAILED.value, 0),
                    counts.get(r.id, {}).get(State.SKIPPED.value, 0),
                    r.finished_at is not None,
                )
                for r in runs
            ]

    def templates(self, limit: int = 50) -> list[Template]:
        """The texts of the e-mail messages sent to segments (by anyone), newest first,
        each once: the templates a single message can start from."""
        with self.db.read() as session:
            rows = session.execute(
                select(MessageRun.subject, MessageRun.body)
                .where(MessageRun.channel == Channel.EMAIL.value)
                .order_by(MessageRun.id.desc())
                .limit(limit * 4)  # a text sent again to other segments is listed once
            ).all()
        texts = dict.fromkeys((subject, body) for subject, body in rows)
        return [Template(subject, body) for subject, body in list(texts)[:limit]]


def _counts(session: Session, run_ids: list[int]) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = {}
    if not run_ids:
        return counts
    rows = session.execute(
        select(_LOG.c.run_id, _LOG.c.state, func.count())
        .where(_LOG.c.run_id.in_(run_ids))
        .group_by(_LOG.c.run_id, _LOG.c.state)
    )
    for run_id, state, count in rows:
        counts.setdefault(run_id, {})[state] = count
    return counts
