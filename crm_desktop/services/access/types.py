"""The plain data of users, roles and rights: no SQLAlchemy, no models (the views import it)."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.registry.spec import N_

ADMINISTRATOR = "administrator"
MANAGER = "manager"
STAFF = "staff"
#: the built-in roles, by base, in the order they are offered
BASES = (ADMINISTRATOR, MANAGER, STAFF)
ACTIONS = ("view", "create", "edit", "delete", "export")
#: the action names as the window shows them
ACTION_LABELS = {
    "view": N_("View"),
    "create": N_("Create"),
    "edit": N_("Edit"),
    "delete": N_("Delete"),
    "export": N_("Export"),
}


@dataclass(frozen=True)
class Account:
    """A user or a group, as the administrator's list of accounts shows it."""

    id: int
    username: str
    full_name: str
    role: str
    group: str
    active: bool
    is_group: bool
    locked: bool
