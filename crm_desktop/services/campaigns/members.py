"""A campaign's members: leads and contacts added from a list's selection or a saved
filter, each with its response; removing them; reading them a page at a time.

Changing the members is changing the campaign: it needs the right to edit campaigns and
to see this one, and each change is a "members" entry in the campaign's history.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound, ValidationError
from crm_desktop.models.marketing import CampaignMember
from crm_desktop.registry import Registry
from crm_desktop.registry.marketing import MEMBER_RESPONSES, MEMBER_TYPES
from crm_desktop.registry.spec import N_
from crm_desktop.services.access.rules import Access
from crm_desktop.services.campaigns.results import campaign_results
from crm_desktop.services.campaigns.types import CampaignResults, Member, Segment
from crm_desktop.services.history import record_history
from crm_desktop.services.history.record_history import FieldChange
from crm_desktop.services.records.changes import Change, ChangeHub
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.records.types import ListQuery

_MEMBERS: Table = CampaignMember.__table__  # type: ignore[assignment]
#: members inserted per statement (well under SQLite's limit of bound values)
_CHUNK = 2_000


class CampaignService:
    """A campaign's members and results, with the user's rights."""

    def __init__(self, lists: ListService, hub: ChangeHub, access: Access) -> None:
        self.lists = lists
        self.db = lists.db
        self.registry: Registry = lists.registry
        self.hub = hub
        self.access = access

    # -- reading ----------------------------------------------------------------------------------
    def results(self, campaign_id: int) -> CampaignResults:
        return campaign_results(self.db, self.registry, self.access, campaign_id)

    def count(self, campaign_id: int) -> int:
        with self.db.read() as session:
            return int(
                session.execute(
                    select(func.count()).where(_MEMBERS.c.campaign_id == campaign_id)
                ).scalar_one()
            )

    def page(self, campaign_id: int, offset: int, limit: int) -> list[Member]:
        """Members in the order they were added, with their names and e-mail addresses."""
        with self.db.read() as session:
            self._campaign_owner(session, campaign_id, "view")
            rows = session.execute(
                select(_MEMBERS)
                .where(_MEMBERS.c.campaign_id == campaign_id)
                .order_by(_MEMBERS.c.id)
                .offset(offset)
                .limit(limit)
            ).all()
            details = self._details(session, [(r.member_type, r.member_id) for r in rows])
        return [
            Member(
                r.id,
                r.member_type,
                r.member_id,
                *details.get((r.member_type, r.member_id), ("", None)),
                r.response,
                r.added_at,
            )
            for r in rows
        ]

    def member_ids(self, campaign_id: int, record_type: str) -> Iterator[list[int]]:
        """The ids of the campaign's members of ``record_type``, a chunk at a time."""
        last = 0
        while True:
            with self.db.read() as session:
                ids = list(
                    session.scalars(
                        select(_MEMBERS.c.member_id)
                        .where(
                            _MEMBERS.c.campaign_id == campaign_id,
                            _MEMBERS.c.member_type == record_type,
                            _MEMBERS.c.member_id > last,
                        )
                        .order_by(_MEMBERS.c.member_id)
                        .limit(_CHUNK)
                    )
                )
            if ids:
                yield ids
            if len(ids) < _CHUNK:
                return
            last = ids[-1]

    def _details(
        self, session: Session, keys: Sequence[tuple[str, int]]
    ) -> dict[tuple[str, int], tuple[str, str | None]]:
        found: dict[tuple[str, int], tuple[str, str | None]] = {}
        for type_key in MEMBER_TYPES:
            ids = [i for t, i in keys if t == type_key]
            if not ids:
                continue
            record_type = self.registry.get(type_key)
            table = table_of(record_type)
            titles = [table.c[n] for n in record_type.name_fields]
            for row in session.execute(
                select(table.c.id, table.c.email, *titles).where(table.c.id.in_(ids))
            ):
                values = dict(zip(record_type.name_fields, row[2:], strict=True))
                found[(type_key, row.id)] = (record_type.display_name(values), row.email)
        return found

    # -- changing ---------------------------------------------------------------------------------
    def add(self, campaign_id: int, segment: Segment) -> int:
        """Add the records ``segment`` chooses (those the user sees) as members with the
        first response; returns how many were not members yet."""
        if segment.record_type not in MEMBER_TYPES:
            raise ValidationError({"record_type": N_("Only leads and contacts can be members.")})
        ids = [i for chunk in self._segment_ids(segment) for i in chunk]
        with self.db.write() as session:
            self._campaign_owner(session, campaign_id, "edit")
            added = 0
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                known = set(
                    session.scalars(
                        select(_MEMBERS.c.member_id).where(
                            _MEMBERS.c.campaign_id == campaign_id,
                            _MEMBERS.c.member_type == segment.record_type,
                            _MEMBERS.c.member_id.in_(chunk),
                        )
                    )
                )
                rows = [
                    {
                        "campaign_id": campaign_id,
                        "member_type": segment.record_type,
                        "member_id": i,
                        "response": MEMBER_RESPONSES[0],
                    }
                    for i in dict.fromkeys(chunk)
                    if i not in known
                ]
                if rows:
                    session.execute(insert(CampaignMember), rows)
                    added += len(rows)
            if added:
                label = self.registry.get(segment.record_type).label
                text = f"+{added} {label}" + (f" ({segment.name})" if segment.name else "")
                self._history(session, campaign_id, FieldChange(None, new_text=text))
        if added:
            self.hub.publish(Change("campaigns", (campaign_id,), "updated"))
        return added

    def remove(self, campaign_id: int, member_ids: Sequence[int]) -> int:
        with self.db.write() as session:
            self._campaign_owner(session, campaign_id, "edit")
            removed = session.execute(
                delete(_MEMBERS).where(
                    _MEMBERS.c.campaign_id == campaign_id, _MEMBERS.c.id.in_(list(member_ids))
                )
            ).rowcount  # type: ignore[attr-defined]
            if removed:
                self._history(session, campaign_id, FieldChange(None, old_text=f"-{removed}"))
        if removed:
            self.hub.publish(Change("campaigns", (campaign_id,), "updated"))
        return int(removed)

    def set_response(self, campaign_id: int, member_ids: Sequence[int], response: str) -> None:
        if response not in MEMBER_RESPONSES:
            raise ValidationError({"response": N_("Not one of the choices.")})
        with self.db.write() as session:
            self._campaign_owner(session, campaign_id, "edit")
            self._set_response(session, campaign_id, member_ids, response)
        self.hub.publish(Change("campaigns", (campaign_id,), "updated"))

    def _set_response(
        self, session: Session, campaign_id: int, member_ids: Sequence[int], response: str
    ) -> None:
        rows = session.execute(
            select(_MEMBERS).where(
                _MEMBERS.c.campaign_id == campaign_id, _MEMBERS.c.id.in_(list(member_ids))
            )
        ).all()
        changed = [r for r in rows if r.response != response]
        if not changed:
            return
        session.execute(
            update(_MEMBERS)
            .where(_MEMBERS.c.id.in_([r.id for r in changed]))
            .values(response=response)
        )
        details = self._details(session, [(r.member_type, r.member_id) for r in changed])
        self._history(
            session,
            campaign_id,
            *(
                FieldChange(
                    None,
                    old_text=r.response,
                    new_text=f"{details.get((r.member_type, r.member_id), ('',))[0]}: {response}",
                )
                for r in changed
            ),
        )

    def record_sent(
        self, session: Session, campaign_id: int, record_type: str, record_id: int
    ) -> None:
        """A message went to a member: a member still "Planned" is now "Sent" (called by
        the message sending in its own transaction)."""
        session.execute(
            update(_MEMBERS)
            .where(
                _MEMBERS.c.campaign_id == campaign_id,
                _MEMBERS.c.member_type == record_type,
                _MEMBERS.c.member_id == record_id,
                _MEMBERS.c.response == MEMBER_RESPONSES[0],
            )
            .values(response="Sent")
        )

    # -- helpers ----------------------------------------------------------------------------------
    def _segment_ids(self, segment: Segment) -> Iterator[list[int]]:
        query = ListQuery(
            segment.record_type,
            quick=segment.quick,
            conditions=segment.conditions,
            column_filters=segment.column_filters,
        )
        if segment.ids is None:
            for rows in self.lists.stream(query, ()):
                yield [row.id for row in rows]
            return
        # Picked by hand: still only live records the user sees.
        record_type = self.registry.get(segment.record_type)
        table = table_of(record_type)
        wanted = list(dict.fromkeys(segment.ids))
        with self.db.read() as session:
            for start in range(0, len(wanted), _CHUNK):
                where: list[Any] = [table.c.id.in_(wanted[start : start + _CHUNK])]
                where.append(table.c.deleted_at.is_(None))
                visible = self.access.visible(record_type.key, table)
                if visible is not None:
                    where.append(visible)
                yield list(session.scalars(select(table.c.id).where(*where).order_by(table.c.id)))

    def _campaign_owner(self, session: Session, campaign_id: int, action: str) -> int:
        record_type = self.registry.get("campaigns")
        self.access.require(record_type, action)
        table = table_of(record_type)
        owner = session.execute(
            select(table.c.owner_id).where(table.c.id == campaign_id, table.c.deleted_at.is_(None))
        ).scalar()
        if owner is None:
            raise NotFound("Campaign %1 does not exist.", campaign_id)
        self.access.require_sees(record_type, owner)
        return int(owner)

    def _history(self, session: Session, campaign_id: int, *changes: FieldChange) -> None:
        record_history.write(
            session, "campaigns", campaign_id, "members", changes, user_id=self.access.user_id
        )
