"""Users and groups: who the program runs as, logins, passwords and the accounts.

A single-user database has one user and no login. An office database (see
:mod:`crm_desktop.services.access.office`) has a login per person: a password hashed with
Argon2id, five wrong passwords in a row lock the account for a minute (kept in the
database, so every computer sees it), and an administrator adds, disables and resets
accounts. A group is a ``users`` row too, so that a group can own records.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.errors import LoginFailed, NotFound, Sentence, ValidationError
from crm_desktop.models.access import Role
from crm_desktop.models.base import utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.database_roles import may_create_roles, save_user_role
from crm_desktop.models.entities import User
from crm_desktop.registry.spec import N_
from crm_desktop.services.access.rules import UNLIMITED, Access, is_office
from crm_desktop.services.access.types import ADMINISTRATOR, Account

DEFAULT_USER_ID = 1
#: wrong passwords in a row that lock an account, and for how long
MAX_WRONG_PASSWORDS = 5
LOCK_TIME = dt.timedelta(minutes=1)
MIN_PASSWORD_LENGTH = 4

_hasher = PasswordHasher()  # Argon2id, the library's recommended costs


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            {"password": Sentence("A password has at least %1 characters.", MIN_PASSWORD_LENGTH)}
        )
    return _hasher.hash(password)


@functools.cache
def _unknown_user_hash() -> str:
    """Checked against when the user name is unknown, so that the answer takes as long
    (made at the first login, not at start-up)."""
    return _hasher.hash("no such user")


def _password_matches(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _unknown_user_hash(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def login(db: Database, username: str, password: str) -> int:
    """The id of the user ``username`` if ``password`` is theirs, else :class:`LoginFailed`.

    A wrong password is counted (and the fifth in a row locks the account) in its own
    committed transaction before the refusal is raised."""
    refusal: LoginFailed | None = None
    with db.write() as session:
        user = session.scalars(
            select(User).where(func.lower(User.username) == username.strip().lower())
        ).first()
        now = utcnow()
        if user is None or user.is_group:
            _password_matches(None, password)
            refusal = _wrong()
        elif not user.active:
            refusal = LoginFailed("This account is disabled: ask your administrator.")
        elif user.locked_until is not None and user.locked_until > now:
            refusal = _waiting()
        elif not _password_matches(user.password_hash, password):
            user.failed_logins += 1
            if user.failed_logins >= MAX_WRONG_PASSWORDS:
                user.failed_logins = 0
                user.locked_until = now + LOCK_TIME
                refusal = _waiting()
            else:
                refusal = _wrong()
        else:
            user.failed_logins = 0
            user.locked_until = None
            user_id = user.id
            if user.db_role is None:
                _first_server_login(session, user, password)
    if refusal is not None:
        raise refusal
    return user_id


def own_login(db: Database, user_id: int, password: str) -> Database:
    """The office database as the logged-in user's own login role on a server (the
    password they have just given), so that the server checks every statement of
    theirs; a file is returned as it is. A user without a role (the program's login may
    not make roles) is refused: the office's login would act for them unchecked."""
    if db.dialect != "postgresql":
        return db
    with db.read() as session:
        user = session.get(User, user_id)
        role = None if user is None else user.db_role
        username = "" if user is None else user.username
    if role is None:
        raise LoginFailed(
            "“%1” has no login of their own on the database server yet, and this program "
            "may not make one: the server's administrator runs “ALTER ROLE %2 "
            "CREATEROLE;”, then “%1” logs in again.",
            username,
            db.engine.url.username,
        )
    return db.as_login(role, password)


def _wrong() -> LoginFailed:
    return LoginFailed("The user name or the password is wrong.")


def _waiting() -> LoginFailed:
    return LoginFailed(
        "Too many wrong passwords: this account waits a minute before the next try."
    )


def logs_in(db: Database) -> bool:
    """Whether the database is an office database, where every user logs in."""
    with db.read() as session:
        return is_office(session)


class UserService:
    def __init__(
        self, db: Database, current_user_id: int = DEFAULT_USER_ID, access: Access = UNLIMITED
    ):
        self.db = db
        self.current_user_id = current_user_id
        self.access = access

    def users(self) -> list[UserInfo]:
        """The active people (not groups), by name: invitees, filters."""
        return self._principals(groups=False)

    def owners(self) -> list[UserInfo]:
        """Whom a record may be assigned to: the active people and groups, by name."""
        return self._principals(groups=True)

    def _principals(self, *, groups: bool) -> list[UserInfo]:
        stmt = select(User.id, User.username, User.full_name).where(User.active)
        if not groups:
            stmt = stmt.where(User.is_group.is_(False))
        with self.db.read() as session:
            rows = session.execute(stmt.order_by(User.full_name)).all()
        return [UserInfo(*row) for row in rows]

    def current(self) -> UserInfo:
        with self.db.read() as session:
            user = session.get(User, self.current_user_id)
            if user is None:
                raise LookupError(f"no user {self.current_user_id}")
            return UserInfo(user.id, user.username, user.full_name)

    def change_password(self, old: str, new: str) -> None:
        """The current user's own password."""
        with self.db.write() as session:
            user = _user(session, self.current_user_id)
            if not _password_matches(user.password_hash, old):
                raise ValidationError({"password": N_("The current password is wrong.")})
            user.password_hash = hash_password(new)
            save_login(session, user, new)

    # -- the administrator's ------------------------------------------------------------------
    def accounts(self) -> list[Account]:
        """Every user and group, active or not, by name."""
        self.access.require_administrator()
        now = utcnow()
        with self.db.read() as session:
            roles = {row[0]: row[1] for row in session.execute(select(Role.id, Role.name))}
            everyone = list(session.scalars(select(User).order_by(User.full_name)))
            names = {u.id: u.full_name for u in everyone}
            return [
                Account(
                    u.id,
                    u.username,
                    u.full_name,
                    "" if u.is_group else roles.get(u.role_id or 0, ""),
                    names.get(u.group_id or 0, ""),
                    u.active,
                    u.is_group,
                    u.locked_until is not None and u.locked_until > now,
                )
                for u in everyone
            ]

    def add_user(
        self,
        username: str,
        password: str,
        role: str,
        *,
        full_name: str = "",
        group: str | None = None,
    ) -> int:
        """A new account; ``role`` and ``group`` by name (a role also by its base)."""
        self.access.require_administrator()
        password_hash = hash_password(password)
        with self.db.write() as session:
            name = _new_name(session, username)
            role_id = _role_id(session, role)
            group_id = _group_id(session, group) if group else None
            user = User(
                username=name,
                full_name=full_name.strip() or name,
                active=True,
                password_hash=password_hash,
                role_id=role_id,
                group_id=group_id,
                is_group=False,
                failed_logins=0,
            )
            session.add(user)
            session.flush()
            save_login(session, user, password)
            return user.id

    def add_group(self, name: str) -> int:
        self.access.require_administrator()
        with self.db.write() as session:
            group = User(
                username=_new_name(session, name),
                full_name=name.strip(),
                active=True,
                is_group=True,
                failed_logins=0,
            )
            session.add(group)
            session.flush()
            return group.id

    def set_role(self, username: str, role: str, group: str | None = None) -> None:
        self.access.require_administrator()
        with self.db.write() as session:
            user = _by_name(session, username)
            user.role_id = _role_id(session, role)
            user.group_id = _group_id(session, group) if group else None
            save_login(session, user)

    def set_active(self, username: str, active: bool) -> None:
        """Disable an account (nobody logs in as it; its records keep their owner), or
        enable it again."""
        self.access.require_administrator()
        with self.db.write() as session:
            user = _by_name(session, username)
            if not active and user.id == self.current_user_id:
                raise ValidationError({"active": N_("You cannot disable your own account.")})
            user.active = active
            save_login(session, user)

    def reset_password(self, username: str, password: str) -> None:
        """A new password for a user who forgot theirs; it also ends a lock."""
        self.access.require_administrator()
        password_hash = hash_password(password)
        with self.db.write() as session:
            user = _by_name(session, username)
            user.password_hash = password_hash
            user.failed_logins = 0
            user.locked_until = None
            save_login(session, user, password)


def save_login(session: Session, user: User, password: str | None = None) -> None:
    """On a PostgreSQL server, the user's own login role follows their account: made with
    it, disabled with it, an administrator's may make the others' (models/database_roles.py);
    ``password``: their new password. A file has no logins of its own."""
    conn = session.connection()
    if conn.dialect.name != "postgresql" or user.is_group:
        return
    role = session.get(Role, user.role_id) if user.role_id is not None else None
    session.flush()  # the account's row as it is now, for the server's policies
    user.db_role = save_user_role(
        conn,
        user.username,
        password=password,
        active=user.active,
        administrator=role is not None and role.base == ADMINISTRATOR,
    )


def _first_server_login(session: Session, user: User, password: str) -> None:
    """A user without a login role on the server (their account came with ``migrate-to``
    or is older than the roles) gets theirs with the password they have just given, when
    the program's role may make roles; else it waits for their next login."""
    conn = session.connection()
    if conn.dialect.name == "postgresql" and may_create_roles(conn):
        save_login(session, user, password)


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("User %1 does not exist.", user_id)
    return user


def _by_name(session: Session, username: str) -> User:
    user = session.scalars(
        select(User).where(func.lower(User.username) == username.strip().lower())
    ).first()
    if user is None:
        raise NotFound("There is no user “%1”.", username.strip())
    return user


def _new_name(session: Session, username: str) -> str:
    name = username.strip()
    if not name or len(name) > 80:
        raise ValidationError({"username": "A user name has 1 to 80 characters."})
    taken = session.execute(
        select(User.id).where(func.lower(User.username) == name.lower())
    ).first()
    if taken is not None:
        raise ValidationError({"username": Sentence("The name “%1” is taken.", name)})
    return name


def _role_id(session: Session, role: str) -> int:
    """A role by its name ("staff" is the built-in Staff), as typed on a command line."""
    found = session.execute(
        select(Role.id).where(func.lower(Role.name) == role.strip().lower())
    ).scalar()
    if found is None:
        raise NotFound("There is no role “%1”.", role.strip())
    return int(found)


def _group_id(session: Session, group: str) -> int:
    found = session.execute(
        select(User.id).where(User.is_group, func.lower(User.username) == group.strip().lower())
    ).scalar()
    if found is None:
        raise NotFound("There is no group “%1”.", group.strip())
    return int(found)
