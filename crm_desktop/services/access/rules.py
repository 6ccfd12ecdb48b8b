"""The rights of the user a program runs as, and the one condition that limits what they see.

A single-user database (no logins) has no limits: :data:`UNLIMITED`. In an office database
each user has a role, built in or made from one (its ``base``):

* an **administrator** sees and does everything, settings and users included;
* a **manager** sees the records of their team (the members of their group and the group
  itself; a manager in no group: the whole office) and may give a record to anyone;
* **staff** see their own records and those their group owns, and give records only to
  themselves or their group.

A record type is **shared** (everybody who may view the type sees all of it) or **private**
(owner, owner's group, managers above). Per role and record type the actions view,
create, edit, delete and export are allowed or not.

:meth:`Access.visible` is the one place the visibility rule is written: a condition on
the record table's ``owner_id`` that the lists, counts, searches, related tabs, prints,
exports and commands put in their SQL, so a staff member's list is paged, counted and
sorted by the same indexes as anybody's (``owner_id IN (a few ids)`` is a range of the
``(owner_id, id)`` index for counting).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, false, select
from sqlalchemy.orm import Session

from crm_desktop.errors import AccessDenied, Label
from crm_desktop.models.access import RecordPrivacy, Role, RoleRight
from crm_desktop.models.entities import Setting, User
from crm_desktop.registry import RecordType
from crm_desktop.services.access.types import (
    ADMINISTRATOR,
    MANAGER,
    STAFF,
)

#: the settings row that makes a database an office database (value "1")
OFFICE_KEY = "users.office"


def _refusal(action: str, plural: Label) -> AccessDenied:
    """The sentence for an action the role does not allow, one literal per action (the
    translation tool collects the sentences errors are made with)."""
    if action == "view":
        return AccessDenied("Your role does not allow you to see %1.", plural)
    if action == "create":
        return AccessDenied("Your role does not allow you to create %1.", plural)
    if action == "edit":
        return AccessDenied("Your role does not allow you to change %1.", plural)
    if action == "delete":
        return AccessDenied("Your role does not allow you to delete or restore %1.", plural)
    return AccessDenied("Your role does not allow you to export %1.", plural)


@dataclass(frozen=True)
class Access:
    """What one user may see and do. Plain data, read once when the program logs in."""

    user_id: int
    #: None: a single-user database, where nothing is limited
    base: str | None = None
    #: the allowed actions of the record types the role limits (a type not here: all)
    rights: Mapping[str, frozenset[str]] = field(default_factory=dict)
    private_types: frozenset[str] = frozenset()
    #: owners whose private records this user sees; None: everybody's
    team: frozenset[int] | None = None
    #: the owners this user may give a record to; None: anybody
    assignable: frozenset[int] | None = None

    @property
    def office(self) -> bool:
        return self.base is not None

    @property
    def administrator(self) -> bool:
        """Settings, users and everything else: the single user, or an administrator."""
        return self.base in (None, ADMINISTRATOR)

    def may(self, type_key: str, action: str) -> bool:
        if self.administrator:
            return True
        allowed = self.rights.get(type_key)
        return allowed is None or action in allowed

    def require(self, record_type: RecordType, action: str) -> None:
        """Raise :class:`AccessDenied` (one sentence) unless ``action`` is allowed."""
        if not self.may(record_type.key, action):
            raise _refusal(action, Label.lowercase(record_type.label))

    def require_administrator(self) -> None:
        if not self.administrator:
            raise AccessDenied("Only an administrator may change settings, users and roles.")

    def visible(
        self, type_key: str, table: Any, *, walk: bool = False
    ) -> ColumnElement[bool] | None:
        """The condition on ``table`` (the type's table or an alias of it) for the rows
        this user sees; None when they see every row.

        ``walk``: the condition is checked on each row of another index (a list's sort
        index) instead of choosing the rows by the ``owner_id`` index, which the database
        would otherwise prefer and then sort every row the user sees (``owner_id + 0``
        is a value no index holds)."""
        if self.administrator:
            return None
        if not self.may(type_key, "view"):
            return false()
        if type_key not in self.private_types or self.team is None:
            return None
        owner = table.c.owner_id + 0 if walk else table.c.owner_id
        return owner.in_(sorted(self.team))

    def sees(self, type_key: str, owner_id: int) -> bool:
        """:meth:`visible` for one record already read."""
        if self.administrator:
            return True
        if not self.may(type_key, "view"):
            return False
        private = type_key in self.private_types
        return not private or self.team is None or owner_id in self.team

    def require_sees(self, record_type: RecordType, owner_id: int) -> None:
        self.require(record_type, "view")
        if not self.sees(record_type.key, owner_id):
            singular = Label.lowercase(record_type.singular)
            raise AccessDenied("This %1 is private to its owner and their team.", singular)

    def require_assignable(self, owner_id: int) -> None:
        if self.assignable is not None and owner_id not in self.assignable:
            raise AccessDenied(
                "Your role allows you to assign records only to yourself or your group."
            )


#: the rights of a single-user database
UNLIMITED = Access(user_id=1)


def walks_sort_index(visible_rows: int, live_rows: int, page: int) -> bool:
    """Whether a page of a list the user sees ``visible_rows`` of is read by walking the
    sort index and skipping the others' rows (``Access.visible(..., walk=True)``), rather
    than by reading the user's rows through the owner index and sorting them all. Sorting
    N rows costs about N; the walk about (live rows / N) x page: the walk when the user's
    rows are many, the sort when they are so few that the walk would pass over many
    others' rows for each of theirs (bench/bench_rights.py)."""
    return 2 * visible_rows * visible_rows >= live_rows * max(page, 1)


def is_office(session: Session) -> bool:
    return session.get(Setting, OFFICE_KEY) is not None


def load_access(session: Session, user_id: int) -> Access:
    """The rights of ``user_id`` as the database holds them now."""
    if not is_office(session):
        return Access(user_id=user_id)
    user = session.get(User, user_id)
    role = session.get(Role, user.role_id) if user is not None and user.role_id else None
    base = role.base if role is not None else STAFF
    rights: dict[str, frozenset[str]] = {}
    if role is not None:
        for right in session.scalars(select(RoleRight).where(RoleRight.role_id == role.id)):
            rights[right.record_type] = frozenset(a for a in right.actions.split(",") if a)
    private = frozenset(
        session.scalars(select(RecordPrivacy.record_type).where(RecordPrivacy.private))
    )
    group = user.group_id if user is not None else None
    team: frozenset[int] | None
    assignable: frozenset[int] | None = None
    if base == ADMINISTRATOR or (base == MANAGER and group is None):
        team = None
    elif base == MANAGER:
        members = session.scalars(select(User.id).where(User.group_id == group))
        team = frozenset({user_id, group, *members})  # type: ignore[arg-type]
    else:
        team = frozenset({user_id} if group is None else {user_id, group})
        assignable = team
    return Access(user_id, base, rights, private, team, assignable)
