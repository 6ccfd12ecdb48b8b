"""A PostgreSQL login role per program user (migration 0022_user_database_roles).

Each user of an office database on a server has a role of their own, ``name@database``
(the user name in lower case: user names are unique whatever their case), kept in
``users.db_role``: a LOGIN role whose password the server keeps as a SCRAM hash, so that
whoever connects with it, with this program or with psql, is that user to the server's
row-level security (``crm_acting_user`` of the migration). Every user's role is a member
of the group ``database_members``, which holds the table privileges; an administrator's
also of ``database_admins``, which may change the tables of users, roles and rights, and
has CREATEROLE to make the others' roles. Roles are the whole server's, so their names
carry the database's.

Making a role needs CREATEROLE on the connection that saves the user: without it,
:class:`RolesNotAllowed` says what to grant.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from crm_desktop.errors import DatabaseError

#: the tables that decide who sees what: the members may read them, only the
#: administrators change them
ACCESS_TABLES = ("users", "roles", "role_rights", "record_privacy")
#: the functions of the tables' owner that a user's role calls (migration 0024)
RECORD_FUNCTIONS = (
    "crm_record_owner(regclass, integer)",
    "crm_record_name(regclass, integer, text[])",
    "crm_refresh_name(regclass, integer, text[], text, regclass, text, text, text, text, "
    "text, boolean)",
)
#: PostgreSQL's longest name, in bytes
NAME_LIMIT = 63


class RolesNotAllowed(DatabaseError):
    """The connection may not create or change the server's login roles."""


def role_name(database: str, username: str) -> str:
    """The login role of the user ``username`` in ``database``."""
    return f"{username.strip().lower()}@{database}"


def _members(database: str) -> str:
    return f"{database}_members"


def _admins(database: str) -> str:
    return f"{database}_admins"


def _ident(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote_identifier(name))


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _database(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_database()")).scalar_one())


def _exists(conn: Connection, role: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    return found.first() is not None


def may_create_roles(conn: Connection) -> bool:
    """Whether the connection's role may create and change login roles."""
    return bool(
        conn.execute(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar_one()
    )


def _require_createrole(conn: Connection) -> None:
    if not may_create_roles(conn):
        owner = conn.execute(text("SELECT current_user")).scalar_one()
        raise RolesNotAllowed(
            "Each user needs a login on the database server, and the server does not let "
            "this program make them: its administrator runs “ALTER ROLE %1 "
            "CREATEROLE;” on the server.",
            owner,
        )


def ensure_groups(conn: Connection) -> None:
    """The two group roles of this database and their privileges (again: a later table
    gets them from the default privileges of the role that creates it)."""
    database = _database(conn)
    members, admins = _members(database), _admins(database)
    for group in (members, admins):
        if not _exists(conn, group):
            conn.exec_driver_sql(f"CREATE ROLE {_ident(conn, group)} NOLOGIN")
    schema = _ident(conn, str(conn.execute(text("SELECT current_schema()")).scalar_one()))
    m, a = _ident(conn, members), _ident(conn, admins)
    dml = "SELECT, INSERT, UPDATE, DELETE"
    access = ", ".join(ACCESS_TABLES)
    for statement in (
        f"GRANT CONNECT ON DATABASE {_ident(conn, database)} TO {m}",
        f"GRANT USAGE ON SCHEMA {schema} TO {m}",
        f"GRANT {dml} ON ALL TABLES IN SCHEMA {schema} TO {m}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {m}",
        f"REVOKE INSERT, UPDATE, DELETE ON {access} FROM {m}",
        # the users' Argon2 hashes are not theirs to take away and guess at
        f"REVOKE SELECT ON users FROM {m}",
        f"GRANT SELECT ({_readable_user_columns(conn)}) ON users TO {m}",
        f"GRANT {dml} ON {access} TO {a}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT {dml} ON TABLES TO {m}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
        f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {m}",
    ):
        conn.exec_driver_sql(statement)
    for function in RECORD_FUNCTIONS:
        if conn.execute(text("SELECT to_regprocedure(:f)"), {"f": function}).scalar():
            conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {function} TO {m}")


def _readable_user_columns(conn: Connection) -> str:
    columns = conn.execute(
        text(
            "SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = 'users'::regclass"
            " AND attnum > 0 AND NOT attisdropped AND attname <> 'password_hash' ORDER BY attnum"
        )
    ).scalars()
    return ", ".join(columns)


def save_user_role(
    conn: Connection,
    username: str,
    *,
    password: str | None = None,
    active: bool = True,
    administrator: bool = False,
) -> str:
    """Create or change the login role of ``username`` to match their account (a new
    ``password`` when given) and return its name."""
    _require_createrole(conn)
    database = _database(conn)
    role = role_name(database, username)
    if len(role.encode()) > NAME_LIMIT:
        raise RolesNotAllowed(
            "“%1” is too long for a login on the database server: a user "
            "name and the database's name have %2 bytes between them at most.",
            username.strip(),
            NAME_LIMIT - 1,
        )
    ensure_groups(conn)
    name = _ident(conn, role)
    if not _exists(conn, role):
        members = _ident(conn, _members(database))
        conn.exec_driver_sql(f"CREATE ROLE {name} NOLOGIN IN ROLE {members}")
    options = ["LOGIN" if active else "NOLOGIN", "CREATEROLE" if administrator else "NOCREATEROLE"]
    if password is not None:
        options.append(f"PASSWORD {_literal(_scram(conn, role, password))}")
    conn.exec_driver_sql(f"ALTER ROLE {name} {' '.join(options)}")
    admins = _ident(conn, _admins(database))
    conn.exec_driver_sql(
        f"GRANT {admins} TO {name}" if administrator else f"REVOKE {admins} FROM {name}"
    )
    return role


def _scram(conn: Connection, role: str, password: str) -> str:
    """The password as the server keeps it (a SCRAM-SHA-256 verifier), computed here so
    that the password itself never travels in a statement the server might log."""
    pgconn = conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
    verifier: bytes = pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    return verifier.decode()
