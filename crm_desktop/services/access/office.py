"""An office database and its rules: turning logins on and off, roles, rights, privacy.

Turning a single-user database into an office one makes its one user (who owns every
record so far) the first administrator, with a name and a password: the records keep
their owner. Turning it back leaves the accounts as they are and stops asking for
logins; the program then runs as that first user again, without limits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound, Sentence, ValidationError
from crm_desktop.models.access import RecordPrivacy, Role, RoleRight
from crm_desktop.models.database import Database
from crm_desktop.models.entities import Setting, User
from crm_desktop.registry import Registry
from crm_desktop.registry.spec import N_
from crm_desktop.services.access.rules import OFFICE_KEY, Access, is_office
from crm_desktop.services.access.types import ACTIONS, BASES
from crm_desktop.services.users import DEFAULT_USER_ID, hash_password, save_login

#: the built-in administrator role (migration 0008)
ADMINISTRATOR_ROLE_ID = 1


@dataclass(frozen=True)
class RoleInfo:
    id: int
    name: str
    base: str
    #: the allowed actions of each record type the role limits (a type not here: all)
    rights: dict[str, frozenset[str]]


class OfficeService:
    def __init__(self, db: Database, registry: Registry, access: Access):
        self.db = db
        self.registry = registry
        self.access = access

    def is_office(self) -> bool:
        with self.db.read() as session:
            return is_office(session)

    def make_office(self, username: str, password: str, full_name: str = "") -> None:
        """Logins from now on; the single user becomes the first administrator."""
        self.access.require_administrator()
        password_hash = hash_password(password)
        name = username.strip()
        if not name or len(name) > 80:
            raise ValidationError({"username": "A user name has 1 to 80 characters."})
        with self.db.write(exclusive=True) as session:
            if is_office(session):
                raise ValidationError({"office": N_("This database has logins already.")})
            taken = session.execute(
                select(User.id).where(
                    func.lower(User.username) == name.lower(), User.id != DEFAULT_USER_ID
                )
            ).first()
            if taken is not None:
                raise ValidationError({"username": Sentence("The name “%1” is taken.", name)})
            first = session.get(User, DEFAULT_USER_ID)
            if first is None:
                raise NotFound("The database has no first user.")
            first.username = name
            first.full_name = full_name.strip() or first.full_name
            first.password_hash = password_hash
            first.role_id = ADMINISTRATOR_ROLE_ID
            first.active = True
            first.failed_logins = 0
            first.locked_until = None
            session.add(Setting(key=OFFICE_KEY, value="1"))
            save_login(session, first, password)

    def make_single_user(self) -> None:
        """No more logins: the program runs as the first user, every record in sight."""
        self.access.require_administrator()
        with self.db.write(exclusive=True) as session:
            session.execute(delete(Setting).where(Setting.key == OFFICE_KEY))

    # -- roles and rights ---------------------------------------------------------------------
    def roles(self) -> list[RoleInfo]:
        with self.db.read() as session:
            rights: dict[int, dict[str, frozenset[str]]] = {}
            for right in session.scalars(select(RoleRight)):
                allowed = frozenset(a for a in right.actions.split(",") if a)
                rights.setdefault(right.role_id, {})[right.record_type] = allowed
            return [
                RoleInfo(role.id, role.name, role.base, rights.get(role.id, {}))
                for role in session.scalars(select(Role).order_by(Role.id))
            ]

    def add_role(self, name: str, base: str) -> int:
        """A custom role made from a built-in one (``base``: what it sees)."""
        self.access.require_administrator()
        if base not in BASES:
            bases = ", ".join(BASES)
            raise ValidationError({"base": Sentence("A role is made from one of: %1.", bases)})
        name = name.strip()
        if not name or len(name) > 80:
            raise ValidationError({"name": "A role's name has 1 to 80 characters."})
        with self.db.write() as session:
            taken = session.execute(
                select(Role.id).where(func.lower(Role.name) == name.lower())
            ).first()
            if taken is not None:
                raise ValidationError({"name": Sentence("There is a role “%1” already.", name)})
            role = Role(name=name, base=base)
            session.add(role)
            session.flush()
            return role.id

    def set_rights(self, role_id: int, type_key: str, actions: Iterable[str]) -> None:
        """What the role may do with records of ``type_key``."""
        self.access.require_administrator()
        self.registry.get(type_key)
        allowed = [a for a in ACTIONS if a in set(actions)]
        with self.db.write() as session:
            _role(session, role_id)
            right = session.get(RoleRight, (role_id, type_key))
            if len(allowed) == len(ACTIONS):  # every action: the role does not limit it
                if right is not None:
                    session.delete(right)
            else:
                session.merge(
                    RoleRight(role_id=role_id, record_type=type_key, actions=",".join(allowed))
                )

    # -- private types ------------------------------------------------------------------------
    def private_types(self) -> frozenset[str]:
        with self.db.read() as session:
            return frozenset(
                session.scalars(select(RecordPrivacy.record_type).where(RecordPrivacy.private))
            )

    def set_private(self, type_key: str, private: bool) -> None:
        """Private: seen by the owner, the owner's group and managers above; else shared."""
        self.access.require_administrator()
        self.registry.get(type_key)
        with self.db.write() as session:
            row = session.get(RecordPrivacy, type_key)
            if row is None:
                session.add(RecordPrivacy(record_type=type_key, private=private))
            else:
                row.private = private


def _role(session: Session, role_id: int) -> Role:
    role = session.get(Role, role_id)
    if role is None:
        raise NotFound("Role %1 does not exist.", role_id)
    return role
