"""``crm-desktop sync`` killed (SIGKILL) at random points, then run again: the work is
finished with nothing made twice and nothing lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.road.take_along import take_along
from tests.cli.test_cli import run

pytestmark = pytest.mark.sqlite_only

MADE_ON_THE_ROAD = 60
CHANGED_EACH_SIDE = 150


def _kill_during_sync(laptop: Path, home: Path, delay: float) -> None:
    env = {**os.environ, "CRM_DESKTOP_HOME": str(home)}
    with subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", "sync", "--database", str(laptop)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as process:
        assert process.stderr is not None
        process.stderr.readline()  # "sending…": the sync has begun
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)


def test_a_killed_sync_is_finished_by_the_next(tmp_path: Path, home: Path) -> None:
    office = Services.build(Database.open(tmp_path / "office.sqlite3"))
    ids = [
        office.records.create("contacts", {"last_name": f"Văn {i}", "title": "Nhân viên"}).id
        for i in range(CHANGED_EACH_SIDE * 2)
    ]
    laptop_path = tmp_path / "laptop.sqlite3"
    take_along(office.db, office.registry, office.access, laptop_path)
    laptop = Services.build(Database.open(laptop_path, create=False))
    for i in range(MADE_ON_THE_ROAD):
        laptop.records.create("contacts", {"last_name": f"Mới {i}"})
    for record_id in ids[:CHANGED_EACH_SIDE]:
        record = laptop.records.get("contacts", record_id)
        laptop.records.update("contacts", record_id, record.version, {"title": "Trên đường"})
    for record_id in ids[CHANGED_EACH_SIDE:]:
        record = office.records.get("contacts", record_id)
        office.records.update("contacts", record_id, record.version, {"title": "Văn phòng"})
    laptop.db.close()

    rng = random.Random(20261207)
    for _ in range(3):
        _kill_during_sync(laptop_path, home, rng.uniform(0.0, 1.5))
    finished = run("sync", "--database", str(laptop_path), home=home)
    assert finished.returncode == 0, finished.stderr
    again = run("sync", "--database", str(laptop_path), home=home)
    assert again.stdout.splitlines() == ["sent: 0", "received: 0", "conflicts: 0"]

    laptop = Services.build(Database.open(laptop_path, create=False))
    try:
        for side in (office, laptop):
            made = side.lists.page(ListQuery("contacts", quick="moi"), 0, 500)
            assert len(made) == MADE_ON_THE_ROAD
            assert side.stats.counts()["contacts"] == CHANGED_EACH_SIDE * 2 + MADE_ON_THE_ROAD
            titles = [side.records.get("contacts", i).values["title"] for i in ids]
            assert titles == ["Trên đường"] * CHANGED_EACH_SIDE + ["Văn phòng"] * CHANGED_EACH_SIDE
        office_made = {r.id for r in office.lists.page(ListQuery("contacts", quick="moi"), 0, 500)}
        laptop_made = {r.id for r in laptop.lists.page(ListQuery("contacts", quick="moi"), 0, 500)}
        assert office_made == laptop_made
    finally:
        laptop.db.close()
        office.db.close()
