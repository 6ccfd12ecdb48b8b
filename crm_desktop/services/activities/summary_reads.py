"""The statements of the calendar's summary reads (services/activities/summary.py): how
many single activities and tasks each slot of a window holds, and the first few of each.

A week is 168 hours: 168 counts and 168 "first ones" in two statements. Building and
compiling those with SQLAlchemy took longer than SQLite takes to run them, so the
statements of a window's shape (its slots per day, how many of each are shown, whose) are
built once with their times and dates as bound parameters, kept by the activity service,
and run again with the next window's values: SQLAlchemy then finds them compiled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Date,
    Integer,
    Select,
    and_,
    bindparam,
    false,
    func,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from crm_desktop.models.activities import Activity
from crm_desktop.models.base import UTCDateTime
from crm_desktop.services.activities.service import CALENDAR_COLUMNS, owned_by

#: the most window shapes kept per service: the month's chosen day (42 places), the
#: changes of clocks and the owner's check make a hundred at most; then they are built anew
MAX_SHAPES = 128


def single_starting(
    lo: dt.datetime | ColumnElement[Any], hi: dt.datetime | ColumnElement[Any]
) -> ColumnElement[bool]:
    """The live single timed activities starting in [lo, hi): a range of
    ``ix_activities_single_day``, whose condition this holds word for word."""
    return and_(
        Activity.deleted_at.is_(None),
        Activity.recurrence.is_(None),
        Activity.all_day == false(),
        Activity.start_at >= lo,
        Activity.start_at < hi,
    )


def tasks_due(day: dt.date | ColumnElement[Any]) -> ColumnElement[bool]:
    """The live tasks due on ``day``: a range of ``ix_activities_task_day``, by id."""
    return and_(
        Activity.deleted_at.is_(None),
        Activity.start_at.is_(None),
        Activity.due_date == day,
    )


def count_statement(wheres: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """One statement of how many activities each of ``wheres`` holds, a count each."""
    table = Activity.__table__
    each = [select(func.count()).select_from(table).where(w).scalar_subquery() for w in wheres]
    return select(*each)


def counts(session: Session, wheres: Sequence[ColumnElement[bool]]) -> list[int]:
    """How many activities each of ``wheres`` holds: one statement, a count each."""
    if not wheres:
        return []
    return list(session.execute(count_statement(wheres)).one())


def firsts_statement(
    wheres: Sequence[ColumnElement[bool]],
    order: Sequence[Any],
    caps: Sequence[int | None],
) -> Executable | None:
    """The statement of :func:`firsts`; None when it reads nothing."""
    parts = [
        select(select(Activity.id).where(w).order_by(*order).limit(cap).subquery())
        if cap is not None
        else select(Activity.id).where(w)
        for w, cap in zip(wheres, caps, strict=True)
        if cap != 0
    ]
    if not parts:
        return None
    chosen = parts[0] if len(parts) == 1 else union_all(*parts)
    return select(*CALENDAR_COLUMNS).where(Activity.id.in_(chosen))


def firsts(
    session: Session,
    wheres: Sequence[ColumnElement[bool]],
    order: Sequence[Any],
    caps: Sequence[int | None],
) -> list[Any]:
    """The first rows (CALENDAR_COLUMNS, by ``order``) of each of ``wheres``, as many as
    its cap in ``caps`` (None: all of them), in no order: one statement. The ids are
    chosen on the index alone, and only the rows chosen are read."""
    statement = firsts_statement(wheres, order, caps)
    return [] if statement is None else list(session.execute(statement).all())


@dataclass(frozen=True)
class Shape:
    """What a window's statements depend on, not its dates: the slots of each day, how
    many items of each slot (and each day's tasks) are read, and whose."""

    #: how many slots each day has (an hour each: 23 or 25 on a day the clocks change)
    slots: tuple[int, ...]
    #: how many of each slot's first items are read, slot after slot
    slot_caps: tuple[int, ...]
    #: how many of each day's tasks are read; empty: no tasks
    task_caps: tuple[int, ...]
    #: one owner's only, or everybody's the user sees
    owned: bool


@dataclass(frozen=True)
class Statements:
    """A shape's statements, their values still to be given (:func:`values`)."""

    slot_counts: Select[Any]
    singles: Executable | None
    task_counts: Select[Any] | None
    due: Executable | None
    crossed: Executable | None


def statements(
    kept: dict[Hashable, Any], shape: Shape, visible: tuple[ColumnElement[bool], ...]
) -> Statements:
    """The statements of ``shape``, from ``kept`` (a service's, whose user sees what
    ``visible`` says) or built and kept there."""
    key = ("calendar summary", shape)
    found = kept.get(key)
    if found is None:
        if len(kept) >= MAX_SHAPES:
            kept.clear()
        found = kept[key] = _built(shape, visible)
    assert isinstance(found, Statements)
    return found


def values(
    bounds: Sequence[dt.datetime], days: Sequence[dt.date], owner: int | None
) -> dict[str, Any]:
    """The values of a shape's statements: where each slot begins and the last one ends,
    the days (for their tasks), the owner."""
    found: dict[str, Any] = {f"b{i}": moment for i, moment in enumerate(bounds)}
    found.update({f"d{i}": day for i, day in enumerate(days)})
    if owner is not None:
        found["owner"] = owner
    return found


def _built(shape: Shape, visible: tuple[ColumnElement[bool], ...]) -> Statements:
    owner: tuple[ColumnElement[bool], ...] = ()
    if shape.owned:
        owner = (owned_by(bindparam("owner", type_=Integer)),)
    owned = (*owner, *visible)
    bound: list[BindParameter[dt.datetime]] = [
        bindparam(f"b{i}", type_=UTCDateTime) for i in range(sum(shape.slots) + 1)
    ]
    slot_wheres = [and_(single_starting(lo, hi), *owned) for lo, hi in pairwise(bound)]
    # Each day's first slot: what starts on a day and goes on past its end is on the next.
    firsts_of_days = [sum(shape.slots[:i]) for i in range(len(shape.slots) + 1)]
    crossing = [
        and_(single_starting(bound[lo], bound[hi]), Activity.end_at > bound[hi], *owned)
        for lo, hi in pairwise(firsts_of_days[:-1])
    ]
    task_wheres = [
        and_(tasks_due(bindparam(f"d{i}", type_=Date)), *owned) for i in range(len(shape.task_caps))
    ]
    return Statements(
        slot_counts=count_statement(slot_wheres),
        singles=firsts_statement(slot_wheres, (Activity.start_at, Activity.id), shape.slot_caps),
        task_counts=count_statement(task_wheres) if task_wheres else None,
        due=firsts_statement(task_wheres, (Activity.id,), shape.task_caps),
        crossed=firsts_statement(crossing, (), [None] * len(crossing)),
    )


def run(
    session: Session, kept: Statements, given: dict[str, Any]
) -> tuple[list[int], list[Any], list[int], list[Any], list[Any]]:
    """The slots' counts, their first rows, the days' task counts, their first tasks, and
    what goes on into a next day."""

    def rows(statement: Executable | None) -> list[Any]:
        return [] if statement is None else list(session.execute(statement, given).all())

    def numbers(statement: Select[Any] | None) -> list[int]:
        return [] if statement is None else list(session.execute(statement, given).one())

    return (
        numbers(kept.slot_counts),
        rows(kept.singles),
        numbers(kept.task_counts),
        rows(kept.due),
        rows(kept.crossed),
    )
