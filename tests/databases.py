"""Fresh test databases: SQLite files under a temp folder, or databases on a PostgreSQL
server when the suite runs with ``--database-url`` (or $CRM_TEST_DATABASE_URL).

On a server each test's databases are dropped when the test ends: kept to the end of the
session, a whole run's hundreds of databases fill the server's disk."""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from crm_desktop.models import Database
from crm_desktop.services import Services

_counter = itertools.count()


class TestDatabases:
    __test__ = False  # not a test class

    def __init__(self, server_url: str | None, folder: Path):
        self.server_url = server_url
        self.folder = folder
        self._created: list[str] = []  # dropped at the end of the session
        self._this_test: list[str] = []  # dropped at the end of the test that made them
        self._roles: list[str] = []
        self._admin = (
            create_engine(server_url, isolation_level="AUTOCOMMIT") if server_url else None
        )

    @property
    def is_server(self) -> bool:
        return self.server_url is not None

    def new(self, *, shared: bool = False) -> Database:
        """A new, empty, migrated database; ``shared`` when a fixture wider than one test
        holds it (it then lasts to the end of the session)."""
        if self._admin is None:
            return Database.open(self.folder / f"db{next(_counter)}.sqlite3")
        name = self._create_database(shared=shared)
        return Database.open(self._url(name))

    def empty(self) -> str:
        """Where a new database can be made: a file not there yet, or an empty database on
        the server (no schema). A path or a URL, as the command line takes it."""
        if self._admin is None:
            return str(self.folder / f"db{next(_counter)}.sqlite3")
        return self._url(self._create_database())

    def clone(self, source: Database) -> Database:
        """A copy of ``source`` (which is closed first)."""
        source.close()
        if self._admin is None:
            assert source.path is not None
            copy = self.folder / f"db{next(_counter)}.sqlite3"
            shutil.copyfile(source.path, copy)
            return Database.open(copy)
        name = self._create_database(template=source.engine.url.database)
        return Database.open(self._url(name))

    def admin_engine(self) -> Engine:
        """The server's own role (a superuser in the suite's server), in autocommit."""
        assert self._admin is not None
        return self._admin

    def new_for_plain_role(self, *, may_create_roles: bool = True) -> Database:
        """A new database made and opened by a login role that is neither a superuser nor
        exempt from row-level security, as an office's server should run the program (the
        server's own role when it is such a role already). It may create roles (each
        user's login, models/database_roles.py) unless ``may_create_roles`` is False."""
        assert self._admin is not None and self.server_url is not None
        with self._admin.connect() as conn:
            exempt = conn.execute(
                text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
            ).scalar_one()
            if not exempt:
                return self.new()
            role = f"crm_role_{os.getpid()}_{next(_counter)}"
            createrole = "CREATEROLE" if may_create_roles else "NOCREATEROLE"
            conn.execute(text(f"CREATE ROLE {role} LOGIN {createrole}"))
        self._roles.append(role)
        name = self._create_database(owner=role)
        url = make_url(self._url(name)).set(username=role, password=None)
        return Database.open(url.render_as_string(hide_password=False))

    def _create_database(
        self, template: str | None = None, owner: str | None = None, *, shared: bool = False
    ) -> str:
        assert self._admin is not None
        name = f"crm_test_{os.getpid()}_{next(_counter)}"
        clause = f" TEMPLATE {template}" if template else ""
        clause += f" OWNER {owner}" if owner else ""
        with self._admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}{clause}"))
        (self._created if shared else self._this_test).append(name)
        return name

    def end_test(self) -> None:
        """Drop the databases the test that ends made (its fixtures closed them already;
        FORCE ends any connection a test left open)."""
        if self._admin is None or not self._this_test:
            return
        with self._admin.connect() as conn:
            for name in self._this_test:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            _drop_roles_of(conn, self._this_test)
        self._this_test.clear()

    def _url(self, name: str) -> str:
        assert self.server_url is not None
        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        if self._admin is None:
            return
        with self._admin.connect() as conn:
            for name in [*self._created, *self._this_test]:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            _drop_roles_of(conn, self._created)
            for role in self._roles:
                conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        self._admin.dispose()


def _drop_roles_of(conn: Connection, names: list[str]) -> None:
    """The users' logins and groups of the databases ``names`` (models/database_roles.py),
    once those databases are gone: no other database grants them anything then (a copy
    of a database grants the roles of its source, and is dropped before it)."""
    for name in names:
        roles = conn.execute(
            text(
                "SELECT quote_ident(rolname) FROM pg_roles WHERE rolname LIKE :name"
                " ESCAPE '!' OR rolname IN (:members, :admins)"
            ),
            {
                "name": "%@" + name.replace("_", "!_"),
                "members": f"{name}_members",
                "admins": f"{name}_admins",
            },
        ).scalars()
        for role in roles:
            conn.execute(text(f"DROP ROLE {role}"))


def damage_file(db_path: Path, *, only_descriptions: bool = False) -> None:
    """Overwrite page headers: every other page, or only the table pages that hold the
    contacts' descriptions (the schema and indexes stay readable)."""
    services = Services.build(Database.open(db_path))
    with services.db.write() as session:
        for i in range(400):
            services.records._create(
                session, "contacts", {"last_name": f"N{i}", "description": "d" * 200}
            )
    services.db.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for p in range(3, len(data) // page - 1, 1 if only_descriptions else 2):
        if only_descriptions and b"d" * 200 not in data[p * page : (p + 1) * page]:
            continue
        data[p * page + 8 : p * page + 400] = b"\xff" * 392
    db_path.write_bytes(bytes(data))
