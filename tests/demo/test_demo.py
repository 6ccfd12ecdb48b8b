"""The demonstration data generator: counts, determinism and several generators on one
file (test_demo_realism.py: what the records look like; test_demo_derived_columns.py:
the columns the record service would compute)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.demo import generator as demo_module
from crm_desktop.demo.generator import DemoGenerator, planned_counts
from crm_desktop.models import Database
from crm_desktop.services import Services
from tests.conftest import StartCli
from tests.demo.demo_rows import DEMO_TYPES, NUMBERED_TYPES, history_count, rows


# -- counts ---------------------------------------------------------------------------------------
def test_zero_contacts_add_nothing(services: Services) -> None:
    added = DemoGenerator(services, seed=1).generate(0)

    assert added == dict.fromkeys(DEMO_TYPES, 0)
    assert all(count == 0 for count in services.stats.counts().values())


def test_negative_count_is_refused(services: Services) -> None:
    with pytest.raises(ValueError):
        DemoGenerator(services).generate(-1)


@pytest.mark.parametrize(
    ("contacts", "expected"),
    [
        (1, {"organizations": 1, "contacts": 1, "leads": 0, "opportunities": 0, "products": 5,
             "activities": 0, "quotes": 0, "sales_orders": 0, "campaigns": 0, "cases": 0,
             "contracts": 0, "projects": 0, "project_tasks": 0}),
        (1000, {"organizations": 250, "contacts": 1000, "leads": 500, "opportunities": 250,
                "products": 10, "activities": 500, "quotes": 50, "sales_orders": 12,
                "campaigns": 2, "cases": 50, "contracts": 25, "projects": 4,
                "project_tasks": 24}),
        (10**6, {"organizations": 250_000, "contacts": 10**6, "leads": 500_000,
                 "opportunities": 250_000, "products": 500, "activities": 500_000,
                 "quotes": 2000, "sales_orders": 500, "campaigns": 6, "cases": 300,
                 "contracts": 150, "projects": 12, "project_tasks": 72}),
        (10**8, {"organizations": 25 * 10**6, "contacts": 10**8, "leads": 5 * 10**7,
                 "opportunities": 25 * 10**6, "products": 500, "activities": 5 * 10**7,
                 "quotes": 2000, "sales_orders": 500, "campaigns": 6, "cases": 300,
                 "contracts": 150, "projects": 12, "project_tasks": 72}),
    ],
)  # fmt: skip
def test_planned_proportions(contacts: int, expected: dict[str, int]) -> None:
    assert planned_counts(contacts) == expected


def test_adds_exactly_the_planned_records(demo: Services) -> None:
    counts = demo.stats.counts()

    assert {k: counts[k] for k in DEMO_TYPES} == planned_counts(1200)
    assert history_count(demo) == counts["opportunities"]
    assert demo.db.integrity_problems() == []


def test_batches_add_up_and_report_progress(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Batches of 3 contacts: some batches get no organization of their own and link their
    # contacts and opportunities to the previous batch's.
    monkeypatch.setattr(demo_module, "CONTACTS_PER_BATCH", 3)
    assert 0 in {demo_module._share(12, n, min(50, n + 3), 50) for n in range(0, 50, 3)}
    calls: list[tuple[int, int]] = []

    added = DemoGenerator(services, seed=2).generate(50, progress=lambda *a: calls.append(a))

    assert added == planned_counts(50)
    assert {k: v for k, v in services.stats.counts().items() if k in DEMO_TYPES} == added
    assert calls == [(min(50, n), 50) for n in range(3, 53, 3)]
    assert services.db.integrity_problems() == []
    org_ids = {r["id"] for r in rows(services, "organizations")}
    linked = [c for c in rows(services, "contacts") if c["organization_id"] is not None]
    assert linked and all(c["organization_id"] in org_ids for c in linked)


def test_numbers_are_reserved_so_later_records_continue(services: Services) -> None:
    DemoGenerator(services, seed=3).generate(30)

    record = services.records.create("contacts", {"last_name": "Later"})

    numbers = [r["number"] for r in rows(services, "contacts")]
    assert len(set(numbers)) == len(numbers) == 31
    assert record.number == "CON-00031"


def test_a_second_run_adds_to_the_first(services: Services) -> None:
    generator = DemoGenerator(services, seed=4)
    generator.generate(40)
    generator.generate(40)
    DemoGenerator(services, seed=4).generate(40)

    counts = services.stats.counts()
    assert counts["contacts"] == 120
    assert counts["organizations"] == 30
    assert services.db.integrity_problems() == []


def test_the_report_lists_the_types_in_the_navigation_s_order(services: Services) -> None:
    added = DemoGenerator(services, seed=2).generate(40)
    navigation = [t.key for t in services.registry]
    assert list(added) == [key for key in navigation if key in added]
    assert list(planned_counts(0)) == list(added)


# -- determinism ----------------------------------------------------------------------------------
def _people(path: Path, seed: int) -> list[tuple[Any, ...]]:
    db = Database.open(path)
    try:
        services = Services.build(db)
        DemoGenerator(services, seed=seed).generate(300)
        return [
            (r["first_name"], r["last_name"], r["email"], r["organization_name"])
            for r in rows(services, "contacts")
        ] + [(r["name"], r["amount"], r["sales_stage"]) for r in rows(services, "opportunities")]
    finally:
        db.close()


def test_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    first = _people(tmp_path / "a.sqlite3", seed=11)
    second = _people(tmp_path / "b.sqlite3", seed=11)
    other = _people(tmp_path / "c.sqlite3", seed=12)

    assert first == second
    assert first != other


# -- several generators at once -------------------------------------------------------------------
@pytest.mark.slow
def test_three_generators_on_one_new_file(tmp_path: Path, start_cli: StartCli) -> None:
    path = tmp_path / "shared.sqlite3"
    assert not path.exists()
    env = {**os.environ, "CRM_DESKTOP_HOME": str(tmp_path / "home")}
    counts = (4100, 300, 2000)  # 4,100: two batches, so the writers take turns
    procs = [
        start_cli("demo", "--database", str(path), "--records", str(n), "--seed", str(i), env=env)
        for i, n in enumerate(counts)
    ]
    outputs = [proc.communicate(timeout=600) for proc in procs]

    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    plans = [planned_counts(n) for n in counts]
    expected = {k: sum(plan[k] for plan in plans) for k in DEMO_TYPES}
    for (out, _err), plan in zip(outputs, plans, strict=True):
        assert {f"{k}: {v}" for k, v in plan.items()} <= set(out.splitlines())

    check = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "check", "--database", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert check.returncode == 0, check.stderr
    lines = set(check.stdout.splitlines())
    assert {f"{k}: {v}" for k, v in expected.items()} <= lines
    with sqlite3.connect(path) as conn:
        for table in NUMBERED_TYPES:
            total, distinct, top = conn.execute(
                f"SELECT count(*), count(DISTINCT number), max(id) FROM {table}"
            ).fetchone()
            assert total == distinct == top == expected[table]
        created = conn.execute(
            "SELECT count(DISTINCT record_id) FROM record_history "
            "WHERE record_type = 'opportunities' AND kind = 'created'"
        )
        assert created.fetchone() == (expected["opportunities"],)
