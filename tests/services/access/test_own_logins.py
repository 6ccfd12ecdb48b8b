"""On PostgreSQL the program connects as the logged-in user's own role (``own_login``):
its services then work under the server's row-level security, and what a save needs
beyond the user's rights goes through the owner's functions of migration 0024."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.errors import AccessDenied, LoginFailed
from crm_desktop.models import Database
from crm_desktop.registry import default_registry
from crm_desktop.services import Services
from crm_desktop.services.access.types import PRIVATE_NAME
from crm_desktop.services.database.transfer import transfer
from crm_desktop.services.users import login, own_login
from tests.conftest import OFFICE_PASSWORD
from tests.databases import TestDatabases

Login = Callable[[str], Services]


@pytest.fixture
def db(server: TestDatabases) -> Iterator[Database]:
    """The office's database, made and opened by a plain role that may create roles."""
    opened = server.new_for_plain_role()
    yield opened
    opened.close()


@pytest.fixture
def as_login(db: Database, office: Services) -> Login:
    """The services of one person of the ``office`` as the program gives them after the
    login: connected to the server as that person's own role."""

    def build(name: str) -> Services:
        user_id = login(db, name, OFFICE_PASSWORD)
        return Services.build(own_login(db, user_id, OFFICE_PASSWORD), user_id=user_id)

    return build


@pytest.fixture
def private(office: Services) -> Services:
    """Contacts and organizations private to their owners."""
    office.office.set_private("contacts", True)
    office.office.set_private("organizations", True)
    return office


def _session_user(services: Services) -> str:
    with services.db.read() as session:
        return str(session.execute(text("SELECT session_user")).scalar_one())


def test_the_services_run_as_the_users_own_role(
    db: Database, private: Services, as_login: Login
) -> None:
    an = as_login("an")
    with db.read() as session:
        role = session.execute(text("SELECT db_role FROM users WHERE username = 'an'")).scalar()
    assert _session_user(an) == role
    assert _session_user(private) != role  # the administrator of the fixture: the program's


def test_a_staff_login_lists_and_reads_only_what_it_may(
    private: Services, as_login: Login
) -> None:
    boss_contact = private.records.create("contacts", {"last_name": "Boss"}).id
    an = as_login("an")
    own = an.records.create("contacts", {"last_name": "An"}).id
    with an.db.read() as session:  # any SQL of the session: the server's limits
        names = session.execute(text("SELECT last_name FROM contacts")).scalars().all()
    assert names == ["An"]
    assert an.records.get("contacts", own).values["last_name"] == "An"
    with pytest.raises(AccessDenied):  # refused in one sentence, as on a file
        an.records.get("contacts", boss_contact)
    with pytest.raises(AccessDenied):
        an.records.update("contacts", boss_contact, 1, {"last_name": "Mine"})
    assert private.records.get("contacts", boss_contact).values["last_name"] == "Boss"


def test_a_link_to_a_record_the_user_may_not_see_keeps_its_name(
    private: Services, as_login: Login
) -> None:
    hidden = private.records.create("organizations", {"name": "Hidden Ltd"}).id
    an = as_login("an")
    contact = an.records.create("contacts", {"last_name": "An", "organization_id": hidden})
    with private.db.read() as session:
        cached = session.execute(
            text("SELECT organization_name FROM contacts WHERE id = :i"), {"i": contact.id}
        ).scalar_one()
    assert cached == "Hidden Ltd"  # read by the owner's function, not by the user's role
    assert an.records.get("contacts", contact.id).references["organization_id"] == PRIVATE_NAME
    assert an.records.display_name("organizations", hidden) == PRIVATE_NAME


def test_a_rename_reaches_the_records_the_user_may_not_see(
    private: Services, as_login: Login
) -> None:
    an = as_login("an")
    organization = an.records.create("organizations", {"name": "Old Name"}).id
    boss_contact = private.records.create(
        "contacts", {"last_name": "Boss", "organization_id": organization}
    ).id
    version = an.records.get("organizations", organization).version
    an.records.update("organizations", organization, version, {"name": "Nguyễn Trading"})
    with private.db.read() as session:
        row = session.execute(
            text(
                "SELECT organization_name, organization_name_key, search_text"
                " FROM contacts WHERE id = :i"
            ),
            {"i": boss_contact},
        ).one()
    assert row.organization_name == "Nguyễn Trading"
    assert row.organization_name_key == "nguyen trading"
    assert "nguyen trading" in row.search_text and "old name" not in row.search_text


def _connect(db: Database, role: str) -> psycopg.Connection:
    url = db.engine.url
    return psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=role,
        password=OFFICE_PASSWORD,
        autocommit=True,
    )


def test_the_owners_functions_answer_only_their_question(
    db: Database, private: Services, as_login: Login
) -> None:
    boss_contact = private.records.create(
        "contacts", {"last_name": "Boss", "email": "boss@example.com"}
    ).id
    as_login("an")
    with db.read() as session:
        role = session.execute(text("SELECT db_role FROM users WHERE username = 'an'")).scalar()
    with _connect(db, str(role)) as conn:
        named = conn.execute(
            "SELECT crm_record_name('contacts', %s, ARRAY['last_name'])", (boss_contact,)
        ).fetchone()
        assert named == (["Boss"],)
        with pytest.raises(psycopg.errors.RaiseException, match="not name columns"):
            conn.execute(
                "SELECT crm_record_name('contacts', %s, ARRAY['email'])", (boss_contact,)
            )
        with pytest.raises(psycopg.errors.RaiseException, match="not a cached name"):
            conn.execute(
                "SELECT crm_refresh_name('organizations', 1, ARRAY['name'], NULL, 'contacts',"
                " 'organization_id', NULL, NULL, 'last_name', 'x', true)"
            )
        with pytest.raises(psycopg.errors.RaiseException, match="not a record table"):
            conn.execute("SELECT * FROM crm_record_owner('users', 1)")
        assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (0,)


def test_a_user_without_a_role_is_told_what_to_do(
    server: TestDatabases, office_file: Database
) -> None:
    """``migrate-to`` onto a server whose program role may not make roles: nobody has a
    login of their own, and the program does not act for them with its own."""
    target = server.new_for_plain_role(may_create_roles=False)
    try:
        transfer(office_file, target, default_registry())
        user_id = login(target, "an", OFFICE_PASSWORD)
        with pytest.raises(LoginFailed, match=r"ALTER ROLE \S+ CREATEROLE;"):
            own_login(target, user_id, OFFICE_PASSWORD)
    finally:
        target.close()


def test_a_file_is_used_as_it_is(tmp_path: Path, quick_hashes: None) -> None:
    source = Database.open(tmp_path / "office.sqlite3")
    try:
        Services.build(source).office.make_office("boss", OFFICE_PASSWORD)
        assert own_login(source, login(source, "boss", OFFICE_PASSWORD), OFFICE_PASSWORD) is source
    finally:
        source.close()


def test_a_staff_role_may_not_write_a_row_as_someone_elses(
    db: Database, private: Services, as_login: Login
) -> None:
    """The write policies check what reading checks: no record added as, or given to,
    an owner whose records the role may not see."""
    own = as_login("an").records.create("contacts", {"last_name": "An"}).id
    boss = private.users.current_user_id
    with db.read() as session:
        role = session.execute(text("SELECT db_role FROM users WHERE username = 'an'")).scalar()
    with _connect(db, str(role)) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE contacts SET owner_id = %s WHERE id = %s", (boss, own))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO contacts SELECT (jsonb_populate_record(NULL::contacts, to_jsonb(c)"
                " || jsonb_build_object('id', nextval(pg_get_serial_sequence('contacts', 'id')),"
                " 'owner_id', %s::integer))).* FROM contacts c WHERE id = %s",
                (boss, own),
            )
        conn.execute("UPDATE contacts SET last_name = 'An Nguyen' WHERE id = %s", (own,))
        assert conn.execute("SELECT last_name FROM contacts").fetchall() == [("An Nguyen",)]


def test_the_window_works_as_the_user_who_logged_in(
    qtbot: QtBot,
    db: Database,
    private: Services,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.views.admin.login_dialog import LoginDialog
    from crm_desktop.workspace import Workspace

    private.records.create("contacts", {"last_name": "Boss"})

    def exec_(dialog: LoginDialog) -> int:
        dialog.username.setText("an")
        dialog.password.setText(OFFICE_PASSWORD)
        dialog.try_login()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    workspace = Workspace(tmp_path / "backups", settings)
    assert workspace.open(db.engine.url.render_as_string(hide_password=False)) is True
    window = workspace.window
    assert window is not None
    qtbot.addWidget(window)
    try:
        with db.read() as session:
            role = session.execute(text("SELECT db_role FROM users WHERE username = 'an'")).scalar()
        assert _session_user(window.services) == role
        assert window.services.users.current().username == "an"
        assert window.panel("contacts").count() == 0  # the administrator's, private
    finally:
        workspace.close()
