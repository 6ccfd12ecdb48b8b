"""An office for the demonstration data: staff users and a manager in one group, some
record types private, and the records spread among them.

The records are written by the generator as the administrator's, then given to the
office in one ``UPDATE`` per table (by id, so the spread is even and the same for a
seed), so the demo's bulk inserts stay as fast as ever.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import case, update

from crm_desktop.services.records.service import table_of

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: the types the demo makes private (owner, group, manager); the rest are shared
PRIVATE_TYPES = ("leads", "contacts", "opportunities", "activities")
GROUP = "sales"
MANAGER = "manager"


@dataclass(frozen=True)
class DemoOffice:
    #: the manager first, then the staff
    usernames: tuple[str, ...]
    owner_ids: tuple[int, ...]


def make_office(admin: Services, staff: int, password: str) -> DemoOffice:
    """A manager and ``staff`` staff users in the group ``sales`` (those there already are
    kept as they are), and :data:`PRIVATE_TYPES` made private. ``admin``: the services of
    an administrator of an office database."""
    existing = {u.username.lower(): u.id for u in admin.users.owners()}
    if GROUP not in existing:
        existing[GROUP] = admin.users.add_group(GROUP)
    names = (MANAGER, *(f"staff{n}" for n in range(1, staff + 1)))
    ids = []
    for name in names:
        if name not in existing:
            role = "manager" if name == MANAGER else "staff"
            existing[name] = admin.users.add_user(
                name, password, role, full_name=name.title(), group=GROUP
            )
        ids.append(existing[name])
    for type_key in PRIVATE_TYPES:
        admin.office.set_private(type_key, True)
    return DemoOffice(names, tuple(ids))


def spread_ownership(services: Services, from_owner: int, owner_ids: tuple[int, ...]) -> None:
    """Give the records of ``from_owner`` to ``owner_ids`` in turn, by record id."""
    if not owner_ids:
        return
    for record_type in services.registry:
        table = table_of(record_type)
        owner = case(
            *((table.c.id % len(owner_ids) == n, owner) for n, owner in enumerate(owner_ids)),
        )
        with services.db.write_connection() as conn:
            conn.execute(update(table).where(table.c.owner_id == from_owner).values(owner_id=owner))
