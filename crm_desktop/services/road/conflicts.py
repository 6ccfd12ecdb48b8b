"""The conflicts of a road copy: what a sync could not bring together, until decided.

Deciding works in the copy alone, without the office: it makes the chosen outcome a
change of the copy (with its history entry), which the next sync carries to the office.

* "mine": the copy's value (its deletion, its lines) becomes a new change of the copy,
  sent at the next sync, where the office has not changed it since: the copy's wins.
* "theirs": the office's value is taken into the copy at once where the conflict holds it
  (a field's value); otherwise (a record's lines, a record the other side deleted or the
  office refused) the next sync takes the office's record as it is, whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update

from crm_desktop.errors import DomainError, Label, NotFound
from crm_desktop.models.base import utcnow
from crm_desktop.models.road import RoadConflict, RoadCopy, RoadOrigin
from crm_desktop.services.history import record_history
from crm_desktop.services.history.reading import typed
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.road.types import ConflictInfo, RoadStatus

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: decisions: the copy's, the office's, the office's to be taken at the next sync
MINE, THEIRS, PENDING = "mine", "theirs", "pending"


def conflicts(services: Services) -> list[ConflictInfo]:
    """The conflicts not decided yet, oldest first."""
    with services.db.read() as session:
        rows = session.scalars(
            select(RoadConflict).where(RoadConflict.decision.is_(None)).order_by(RoadConflict.id)
        ).all()
        return [
            ConflictInfo(
                id=r.id,
                record_type=r.record_type,
                record_id=r.record_id,
                kind=r.kind,
                field=r.field,
                mine=r.mine,
                theirs=r.theirs,
                reason=r.reason,
                found_at=r.found_at,
            )
            for r in rows
        ]


def road_status(services: Services) -> RoadStatus | None:
    """The road copy's office, last sync and open conflicts; None: not a road copy."""
    with services.db.read() as session:
        origin = session.get(RoadOrigin, 1)
        if origin is None:
            return None
        copy = session.get(RoadCopy, origin.copy_id)
        assert copy is not None
        waiting = session.scalar(
            select(func.count()).select_from(RoadConflict).where(RoadConflict.decision.is_(None))
        )
        return RoadStatus(origin.office, copy.taken_at, copy.synced_at, waiting or 0)


def decide(services: Services, conflict_id: int, choice: str) -> None:
    """Decide one conflict: ``choice`` "mine" or "theirs" (see the module's text)."""
    if choice not in (MINE, THEIRS):
        raise DomainError("Choose mine or theirs.")
    with services.db.write() as session:
        conflict = session.get(RoadConflict, conflict_id)
        if conflict is None or conflict.decision is not None:
            raise NotFound("There is no open conflict %1.", conflict_id)
        record_type = services.registry.get(conflict.record_type)
        table = table_of(record_type)
        row = session.execute(
            select(table.c.deleted_at).where(table.c.id == conflict.record_id)
        ).first()
        if row is None:
            raise NotFound(
                "%1 %2 is no longer here.", Label(record_type.singular), conflict.record_id
            )
        fields = {f.name: f for f in record_type.fields}
        decision = choice
        taken: dict[str, Any] = {}
        if choice == MINE:
            if conflict.kind == "refused":
                pass  # kept here only: the office does not allow it
            elif conflict.kind in ("deleted here", "deleted there"):
                kind = "deleted" if row.deleted_at is not None else "restored"
                record_history.write(
                    session, conflict.record_type, conflict.record_id, kind,
                    user_id=services.access.user_id,
                )  # fmt: skip
            else:
                change = record_history.FieldChange(conflict.field, conflict.theirs, conflict.mine)
                record_history.write(
                    session, conflict.record_type, conflict.record_id, "updated", [change],
                    user_id=services.access.user_id,
                )  # fmt: skip
        elif conflict.kind == "field" and conflict.field in fields and row.deleted_at is None:
            taken = {conflict.field: typed(fields[conflict.field].kind, conflict.theirs)}
        else:
            decision = PENDING
        session.execute(
            update(RoadConflict)
            .where(RoadConflict.id == conflict_id)
            .values(decision=decision, decided_at=utcnow())
        )
    if taken:
        # A save of its own (after the decision: decided twice, the value is the same).
        record = services.records.get(conflict.record_type, conflict.record_id)
        services.records.update(conflict.record_type, record.id, record.version, taken)
