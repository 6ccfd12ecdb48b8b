"""On PostgreSQL each user has a login role of their own (migration 0022): connected with
it, as psql would, the server shows them what the program would and no more, whatever
setting they change. The database is made and opened by a plain role that may create
roles, as an office's server runs the program."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from crm_desktop.models import Database
from crm_desktop.models.database_roles import RolesNotAllowed
from crm_desktop.registry import default_registry
from crm_desktop.services import Services
from crm_desktop.services.database.transfer import transfer
from crm_desktop.services.users import login
from tests.conftest import OFFICE_PASSWORD, AsUser
from tests.databases import TestDatabases


@pytest.fixture
def db(server: TestDatabases) -> Iterator[Database]:
    db = server.new_for_plain_role()
    yield db
    db.close()


def _role_of(db: Database, username: str) -> str:
    with db.read() as session:
        role = session.execute(
            text("SELECT db_role FROM users WHERE username = :u"), {"u": username}
        ).scalar_one()
    assert role is not None
    return str(role)


def _connect(db: Database, username: str, password: str = OFFICE_PASSWORD) -> psycopg.Connection:
    """A connection of the user's own role, as psql makes it."""
    url = db.engine.url
    return psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=_role_of(db, username),
        password=password,
        autocommit=True,
    )


def _names(conn: psycopg.Connection) -> list[str]:
    return sorted(row[0] for row in conn.execute("SELECT last_name FROM contacts"))


@pytest.fixture
def private_contacts(office: Services, as_user: AsUser) -> dict[str, int]:
    """Private contacts: one of each person's and one of the group sales."""
    office.office.set_private("contacts", True)
    ids = {
        name: as_user(name).records.create("contacts", {"last_name": name.title()}).id
        for name in ("maria", "an", "binh", "chi")
    }
    sales = next(u.id for u in office.users.owners() if u.username == "sales")
    ids["sales"] = office.records.create("contacts", {"last_name": "Sales", "owner_id": sales}).id
    ids["boss"] = office.records.create("contacts", {"last_name": "Boss"}).id
    return ids


def test_a_staff_role_sees_only_its_own_and_its_groups_records(
    db: Database, private_contacts: dict[str, int]
) -> None:
    with _connect(db, "an") as an, _connect(db, "chi") as chi, _connect(db, "maria") as maria:
        assert _names(an) == ["An", "Sales"]
        assert _names(chi) == ["Chi"]
        assert _names(maria) == ["An", "Binh", "Maria", "Sales"]
        assert an.execute("SELECT count(*) FROM contacts").fetchone() == (2,)


def test_the_administrator_sees_every_record(
    db: Database, private_contacts: dict[str, int]
) -> None:
    with _connect(db, "boss") as boss:
        assert _names(boss) == ["An", "Binh", "Boss", "Chi", "Maria", "Sales"]


def test_setting_the_administrators_id_changes_nothing(
    db: Database, private_contacts: dict[str, int]
) -> None:
    with db.read() as session:
        boss = session.execute(text("SELECT id FROM users WHERE username = 'boss'")).scalar_one()
    with _connect(db, "an") as an:
        an.execute(f"SET crm.user_id = '{boss}'")
        assert _names(an) == ["An", "Sales"]
        with an.transaction():
            an.execute("SELECT set_config('crm.user_id', %s, true)", (str(boss),))
            assert _names(an) == ["An", "Sales"]


def test_a_staff_role_cannot_change_someone_elses_private_record(
    db: Database, private_contacts: dict[str, int]
) -> None:
    with _connect(db, "an") as an:
        changed = an.execute(
            "UPDATE contacts SET first_name = 'x' WHERE id = %s", (private_contacts["chi"],)
        )
        assert changed.rowcount == 0
        removed = an.execute("DELETE FROM contacts WHERE id = %s", (private_contacts["boss"],))
        assert removed.rowcount == 0
        # Their own, yes.
        mine = an.execute(
            "UPDATE contacts SET first_name = 'x' WHERE id = %s", (private_contacts["an"],)
        )
        assert mine.rowcount == 1
    with db.read() as session:  # the program's own role, no user: every row
        rows = session.execute(text("SELECT last_name, first_name FROM contacts"))
        first_names = {last: first for last, first in rows}
    assert len(first_names) == 6
    assert first_names["Chi"] != "x" and first_names["An"] == "x"


def test_a_staff_role_cannot_make_itself_an_administrator(
    db: Database, private_contacts: dict[str, int]
) -> None:
    for statement in (
        "UPDATE users SET role_id = 1 WHERE username = 'an'",
        "INSERT INTO role_rights (role_id, record_type, actions) VALUES (3, 'x', 'view')",
        "UPDATE record_privacy SET private = false",
    ):
        with _connect(db, "an") as an, pytest.raises(psycopg.errors.InsufficientPrivilege):
            an.execute(statement)
    # Nor read the others' password hashes (their names, yes).
    with _connect(db, "an") as an, pytest.raises(psycopg.errors.InsufficientPrivilege):
        an.execute("SELECT password_hash FROM users")
    with _connect(db, "an") as an:
        names = an.execute("SELECT username FROM users WHERE NOT is_group ORDER BY username")
        assert [row[0] for row in names] == ["an", "binh", "boss", "chi", "maria"]
    # Nor hide behind a table of its own called users.
    with _connect(db, "an") as an:
        an.execute("CREATE TEMP TABLE users (id int, db_role text, active bool, is_group bool)")
        an.execute("INSERT INTO users VALUES (1, session_user, true, false)")
        assert _names(an) == ["An", "Sales"]


@pytest.fixture
def passwords_asked(server: TestDatabases, db: Database) -> Iterator[None]:
    """The server asks this database's users for their passwords (SCRAM), as an office's
    server does; the suite's own role keeps its way in. The server's pg_hba.conf gets a
    first line for the members' group, and loses it after the test."""
    admin = server.admin_engine()
    with admin.connect() as conn:
        superuser = "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        if not conn.execute(text(superuser)).scalar_one():
            pytest.skip("only a superuser may change how the server checks logins")
        hba = str(conn.execute(text("SELECT current_setting('hba_file')")).scalar_one())
        before = str(conn.execute(text("SELECT pg_read_file(:f)"), {"f": hba}).scalar_one())
        if "\t" in before or "\\" in before:
            pytest.skip("the server's pg_hba.conf is not written back as it is")
        group = f"{db.engine.url.database}_members"
        _write_server_file(conn, hba, f"host all +{group} all scram-sha-256\n{before}")
    try:
        _wait_until_refused(db, "an")
        yield
    finally:
        with admin.connect() as conn:
            _write_server_file(conn, hba, before)


def _write_server_file(conn: Connection, path: str, content: str) -> None:
    """COPY writes a file on the server; it takes no parameters, so the lines wait in a
    temporary table."""
    conn.execute(text("CREATE TEMP TABLE file_lines (n serial, line text)"))
    lines = content.removesuffix("\n").split("\n")
    conn.execute(text("INSERT INTO file_lines (line) VALUES (:line)"), [{"line": x} for x in lines])
    quoted = path.replace("'", "''")
    conn.execute(text(f"COPY (SELECT line FROM file_lines ORDER BY n) TO '{quoted}'"))
    conn.execute(text("DROP TABLE file_lines"))
    conn.execute(text("SELECT pg_reload_conf()"))


def _wait_until_refused(db: Database, username: str) -> None:
    """The server reloads its configuration on a signal: until then it lets anyone in."""
    for _ in range(100):
        try:
            _connect(db, username, password="").close()
        except psycopg.OperationalError:
            return
        time.sleep(0.05)
    raise AssertionError("the server kept letting a login in without its password")


def test_the_server_lets_a_user_in_with_their_own_password_only(
    db: Database, office: Services, passwords_asked: None
) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(db, "an", "wrong horse")
    with pytest.raises(psycopg.OperationalError, match="no password supplied"):
        _connect(db, "an", "")
    with _connect(db, "an") as an:
        assert an.execute("SELECT session_user").fetchone() == (_role_of(db, "an"),)
    office.users.reset_password("an", "new horse")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(db, "an")
    _connect(db, "an", "new horse").close()


def test_the_role_keeps_the_users_password_as_a_scram_hash(
    db: Database, server: TestDatabases, office: Services
) -> None:
    role = _role_of(db, "an")
    assert _verifier_matches(_stored_password(server, role), OFFICE_PASSWORD)
    office.users.reset_password("an", "new horse")
    assert _verifier_matches(_stored_password(server, role), "new horse")
    assert not _verifier_matches(_stored_password(server, role), OFFICE_PASSWORD)


def test_a_disabled_user_cannot_log_in_to_the_server(db: Database, office: Services) -> None:
    office.users.set_active("an", False)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        _connect(db, "an")
    office.users.set_active("an", True)
    with _connect(db, "an") as an:
        assert _names(an) == []


def test_without_createrole_one_sentence_says_what_to_grant(
    server: TestDatabases, quick_hashes: None
) -> None:
    db = server.new_for_plain_role(may_create_roles=False)
    try:
        with pytest.raises(RolesNotAllowed, match=r"ALTER ROLE \S+ CREATEROLE;"):
            Services.build(db).office.make_office("boss", OFFICE_PASSWORD)
        assert not Services.build(db).office.is_office()
    finally:
        db.close()


def test_users_copied_to_the_server_get_their_role_at_their_first_login(
    server: TestDatabases, office_file: Database
) -> None:
    """``migrate-to``: the file's accounts have no login on the server; each gets one
    with the password its user gives at the first login there."""
    target = server.new_for_plain_role()
    try:
        transfer(office_file, target, default_registry())
        with target.read() as session:
            assert session.execute(text("SELECT count(db_role) FROM users")).scalar_one() == 0
        login(target, "an", OFFICE_PASSWORD)
        with _connect(target, "an") as conn:
            assert _names(conn) == ["An"]
        with target.read() as session:  # the others wait for theirs
            assert session.execute(text("SELECT count(db_role) FROM users")).scalar_one() == 1
    finally:
        target.close()


def _stored_password(server: TestDatabases, role: str) -> str:
    """The role's password as the server keeps it (pg_authid: the suite's superuser)."""
    admin = server.admin_engine()
    with admin.connect() as conn:
        stored = conn.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": role}
        ).scalar_one()
    return str(stored)


def _verifier_matches(verifier: str, password: str) -> bool:
    """RFC 5802/7677: the verifier's stored key is the one the password makes."""
    method, rest = verifier.split("$", 1)
    assert method == "SCRAM-SHA-256"
    params, keys = rest.split("$")
    iterations, salt = params.split(":")
    stored_key = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return hmac.compare_digest(hashlib.sha256(client_key).digest(), base64.b64decode(stored_key))
