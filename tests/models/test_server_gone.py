"""A database server that goes away during a save: one sentence, and nothing of the
unfinished save kept (against the real server of ``--database-url``)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from crm_desktop.errors import DatabaseUnreachable
from crm_desktop.models import Database
from crm_desktop.services import Services
from tests.databases import TestDatabases


@pytest.fixture
def server(test_databases: TestDatabases) -> TestDatabases:
    if not test_databases.is_server:
        pytest.skip("about a database server: run with --database-url")
    return test_databases


def _terminate(url: str, pid: int | None = None) -> None:
    """End a backend (or every other one on the database) from another connection."""
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND (CAST(:pid AS integer) IS NULL OR pid = :pid)"
                ),
                {"pid": pid},
            )
    finally:
        admin.dispose()


@pytest.fixture
def services(server: TestDatabases) -> Iterator[Services]:
    db = server.new()
    yield Services.build(db)
    db.close()


def test_a_save_whose_connection_the_server_ends_says_so_and_keeps_nothing(
    services: Services,
) -> None:
    records = services.records
    url = services.db.engine.url.render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnreachable) as gone, services.db.write() as session:
        records._create(session, "contacts", {"last_name": "Nguyễn"})
        _terminate(url, session.execute(text("SELECT pg_backend_pid()")).scalar())
        records._create(session, "contacts", {"last_name": "Trần"})

    assert "closed the connection" in str(gone.value)
    assert "nothing of the unfinished save was kept" in str(gone.value)
    assert services.stats.counts()["contacts"] == 0
    records.create("contacts", {"last_name": "After the server came back"})
    assert services.stats.counts()["contacts"] == 1


def test_a_command_whose_server_connection_ends_stops_with_one_sentence(
    server: TestDatabases, tmp_path: Path
) -> None:
    url = server.empty()
    Database.open(url).close()
    demo = subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", "demo", "--database", url, "--records", "60000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "CRM_DESKTOP_HOME": str(tmp_path / "home")},
    )
    db = Database.open(url, create=False)
    try:
        deadline = time.monotonic() + 120
        while Services.build(db).stats.counts()["contacts"] == 0:
            assert demo.poll() is None, demo.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.2)
        db.close()
        # Ended between two saves, the connection is simply made again: end it until
        # one save is cut in the middle.
        while demo.poll() is None:
            assert time.monotonic() < deadline + 120
            _terminate(url)
            time.sleep(0.3)
        _out, err = demo.communicate()
    finally:
        demo.kill()
        db.close()

    assert demo.returncode == 1
    assert "Traceback" not in err
    sentence = err.strip().splitlines()[-1]
    assert sentence.startswith("crm-desktop: The database server closed the connection"), err
