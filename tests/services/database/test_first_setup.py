"""First-time set-up of a new database (schema, default settings, tax rates, the demo's
company) from several processes at once, on a new SQLite file and on an empty PostgreSQL
database: every process goes on, and every process's records are all there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.demo.documents import COMPANY, TAX_RATES
from crm_desktop.demo.generator import planned_counts
from crm_desktop.models import Database
from crm_desktop.models.quotes import TaxRate
from crm_desktop.services import Services
from tests.conftest import StartCli
from tests.databases import TestDatabases

#: contacts per process: enough for quotes and orders, few enough that the processes reach
#: the tax rates together
CONTACTS = 40


@pytest.mark.slow
@pytest.mark.parametrize("attempt", [1, 2])
def test_several_demo_processes_set_up_one_new_database_together(
    test_databases: TestDatabases, tmp_path: Path, start_cli: StartCli, attempt: int
) -> None:
    target = test_databases.empty()
    processes = 3 if test_databases.is_server else 4
    env = {**os.environ, "CRM_DESKTOP_HOME": str(tmp_path / "home")}
    args = ("demo", "--database", target, "--records", str(CONTACTS))
    procs = [start_cli(*args, "--seed", str(attempt * 10 + i), env=env) for i in range(processes)]
    outputs = [proc.communicate(timeout=300) for proc in procs]

    plan = planned_counts(CONTACTS)
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert "Traceback" not in err
        assert proc.returncode == 0, err
        assert {f"{key}: {count}" for key, count in plan.items()} <= set(out.splitlines())
    db = Database.open(target, create=False)
    try:
        counts = Services.build(db).stats.counts()
        for key, count in plan.items():
            assert counts[key] == count * processes, key
        with db.read() as session:
            names = session.scalars(select(TaxRate.name)).all()
        assert sorted(names) == sorted(name for _currency, name, _percent in TAX_RATES)
        assert Services.build(db).settings.company().name == COMPANY["name"]
    finally:
        db.close()
