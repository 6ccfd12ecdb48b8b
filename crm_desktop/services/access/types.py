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
#: what a user sees instead of the name of a linked record they may not see (a contact's
#: organization private to another team): lists, forms, exports and prints say this
PRIVATE_NAME = N_("(private)")
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
