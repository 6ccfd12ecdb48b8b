"""Benchmark: a shared SQLite file — one save alone and while 4 other programs save, and how
long another program's change takes to appear in an open list.

    python bench/bench_shared.py [--saves N] [--changes N] [--json FILE]

* ``save_alone``: ``RecordService.update`` of one organization (read, version check,
  derived columns, write, commit with ``synchronous=FULL``), median and 95th percentile
  of N saves, nobody else on the file.
* ``save_with_4_busy_writers``: the same while 4 other processes each save an organization
  of the same file every 50-150 ms (about 40 saves a second in all, ten times a busy
  office of ten); each save queues on the file's write lock.
* ``save_with_4_saturating_writers``: the 4 others save back to back, as fast as they can.
* ``change_visible_in_other_program``: a main window (offscreen) in another process shows
  the organizations list with its live refresh as shipped (a poll every 2 s); this process
  saves a new phone number for the first row; the time until that process has painted the
  list with the new value. N changes at random moments, so the poll's phase is sampled.

Times across processes use the same clock (``time.time()`` on one machine).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crm_desktop.models import Database  # noqa: E402
from crm_desktop.services import Services  # noqa: E402
from crm_desktop.services.records.lists import ListQuery  # noqa: E402

ORGANIZATIONS = 200
WRITERS = 4
#: a save waiting this long for 4 busy writers is still one a user can accept
SAVE_WITH_WRITERS_LIMIT_MS = 250.0
#: 4 programs saving back to back, as fast as they can: no office does this
SATURATED_LIMIT_MS = 1000.0
SAVE_ALONE_LIMIT_MS = 50.0
#: what the shared-office issue asks: other users' changes on screen within 5 s
VISIBLE_LIMIT_MS = 5000.0
#: No wait for another process lasts longer than this (beyond the time it was asked to
#: run): a process that hangs or never shows the change fails the benchmark with a sentence.
WAIT_SECONDS = 120.0


class BenchTimeout(RuntimeError):
    """Something the benchmark waits for did not come before its deadline."""


WRITER = textwrap.dedent(
    """
    import random, sys, time
    from crm_desktop.models import Database
    from crm_desktop.services import Services
    from crm_desktop.errors import ConflictError
    services = Services.build(Database.open(sys.argv[1]))
    ids = [int(i) for i in sys.argv[2].split(",")]
    stop_at = time.time() + float(sys.argv[3])
    rng = random.Random(sys.argv[4])
    pause = float(sys.argv[5])
    saves = 0
    print("ready", flush=True)
    while time.time() < stop_at:
        record_id = rng.choice(ids)
        record = services.records.get("organizations", record_id)
        try:
            services.records.update(
                "organizations", record_id, record.version, {"employees": saves % 5000}
            )
            saves += 1
        except ConflictError:
            pass
        if pause:
            time.sleep(rng.uniform(pause / 2, pause * 1.5))
    print(saves, flush=True)
    services.db.close()
    """
)

WATCHER = textwrap.dedent(
    """
    import os, sys, time
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from crm_desktop import app as app_module
    from crm_desktop.models import Database
    from crm_desktop.services import Services

    qt = QApplication([])
    services = Services.build(Database.open(sys.argv[1]))
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    window = app_module.build_main_window(services, settings)
    window.resize(1280, 800)
    window.show()
    window.show_type("organizations")
    table = window.panel("organizations").table
    model = table.record_model()
    seen = {"phone": object()}  # the first paint is reported too

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, look)
            return False

    def look():
        values = model.values(0)
        phone = values.get("phone") if values else None
        if phone != seen["phone"]:
            seen["phone"] = phone
            print(f"{time.time():.6f} {phone}", flush=True)

    painted = Painted()
    table.viewport().installEventFilter(painted)
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    QTimer.singleShot(int(float(sys.argv[3]) * 1000), qt.quit)
    qt.exec()
    services.db.close()
    """
)


def _ms(seconds: list[float]) -> tuple[float, float, float]:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return round(statistics.median(ms), 1), round(p95, 1), round(ms[-1], 1)


def _time_saves(services: Services, ids: list[int], count: int, rng: random.Random) -> list[float]:
    times = []
    for i in range(count):
        record_id = rng.choice(ids)
        record = services.records.get("organizations", record_id)
        start = time.perf_counter()
        services.records.update("organizations", record_id, record.version, {"phone": f"0{i}"})
        times.append(time.perf_counter() - start)
        time.sleep(rng.uniform(0.005, 0.03))  # a user does not save back to back
    return times


_HOME = Path(tempfile.gettempdir())


class _Helper:
    """Another process of the benchmark, whose printed lines a thread reads, so that every
    wait for one has a deadline."""

    def __init__(self, script: str, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            # The program's folders (settings, backups) stay in the benchmark's temp folder.
            env={**os.environ, "PYTHONPATH": str(ROOT), "CRM_DESKTOP_HOME": str(_HOME)},
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        line = self.next_line("a helper process's start", WAIT_SECONDS)
        if line != "ready":
            self.stop()
            raise RuntimeError(f"a helper process did not start: {line!r}")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line.strip())
        self._lines.put("")  # the process ended

    def next_line(self, what: str, seconds: float) -> str:
        """The next line it prints ("" once it has ended); BenchTimeout after ``seconds``."""
        try:
            return self._lines.get(timeout=seconds)
        except queue.Empty:
            raise BenchTimeout(f"{what} did not come within {seconds:g} s") from None

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


def run(saves: int, changes: int, folder: Path) -> list[dict[str, object]]:
    global _HOME
    _HOME = folder / "home"
    path = folder / "shared.sqlite3"
    db = Database.open(path)
    services = Services.build(db)
    names = ("Ngân hàng Á Châu", "Sjóvá-Almennar hf.", "Conceição & Filhos", "Acme")
    ids = [
        services.records.create("organizations", {"name": f"{names[i % 4]} {i:03d}"}).id
        for i in range(ORGANIZATIONS)
    ]
    rng = random.Random(5)
    results: list[dict[str, object]] = []

    alone = _time_saves(services, ids, saves, rng)
    median, p95, worst = _ms(alone)
    _add(results,
        {"name": "save_alone", "ms": median, "p95_ms": p95, "max_ms": worst,
         "limit_ms": SAVE_ALONE_LIMIT_MS}
    )  # fmt: skip

    # The writers edit the other half of the organizations, this process the first half:
    # contention for the lock, not edit conflicts.
    mine, theirs = ids[: len(ids) // 2], ids[len(ids) // 2 :]
    for label, pause, limit in (
        ("busy", 0.1, SAVE_WITH_WRITERS_LIMIT_MS),
        ("saturating", 0.0, SATURATED_LIMIT_MS),
    ):
        duration = max(10.0, saves * 0.08)
        their_ids = ",".join(map(str, theirs))
        writers = [
            _Helper(WRITER, str(path), their_ids, str(duration), str(n), str(pause))
            for n in range(WRITERS)
        ]
        try:
            contended = _time_saves(services, mine, saves, rng)
            others = [
                int(w.next_line("a writer's count of saves", duration + WAIT_SECONDS) or "0")
                for w in writers
            ]
        finally:
            for writer in writers:
                writer.stop()
        median, p95, worst = _ms(contended)
        _add(results,
            {"name": f"save_with_{WRITERS}_{label}_writers", "ms": median, "p95_ms": p95,
             "max_ms": worst, "limit_ms": limit, "other_saves": sum(others),
             "other_saves_per_second": round(sum(others) / duration, 1)}
        )  # fmt: skip

    # The first row of the list as the other program opens it (sorted by name).
    first = services.lists.page(ListQuery("organizations"), 0, 1)[0].id
    watch_seconds = 5 + changes * 4.5
    watcher = _Helper(WATCHER, str(path), str(folder / "settings.ini"), str(watch_seconds))
    latencies = []
    try:
        # the first paint: the phone as it is now
        watcher.next_line("the other program's first paint", WAIT_SECONDS)
        for i in range(changes):
            time.sleep(rng.uniform(0.5, 2.5))
            record = services.records.get("organizations", first)
            phone = f"+354 555 {i:04d}"
            saved_at = time.time()
            services.records.update("organizations", first, record.version, {"phone": phone})
            while True:
                line = watcher.next_line(f"the other program's paint of {phone}", WAIT_SECONDS)
                if not line:
                    raise RuntimeError("the watching program stopped")
                stamp, _, shown = line.partition(" ")
                if shown == phone:
                    latencies.append(float(stamp) - saved_at)
                    break
    finally:
        watcher.stop()
    median, p95, worst = _ms(latencies)
    _add(results,
        {"name": "change_visible_in_other_program", "ms": median, "p95_ms": p95,
         "max_ms": worst, "limit_ms": VISIBLE_LIMIT_MS, "poll_interval_ms": 2000}
    )  # fmt: skip
    db.close()
    return results


def _add(results: list[dict[str, object]], m: dict[str, object]) -> None:
    """Keep a measurement and print it at once."""
    # The limit is for the 95th percentile: one save in twenty may wait longer.
    m["ratio"] = round(float(m["p95_ms"]) / float(m["limit_ms"]), 3)  # type: ignore[arg-type]
    results.append(m)
    print(
        f"{m['name']:<34} median {m['ms']:>8.1f} ms  p95 {m['p95_ms']:>8.1f} ms  "
        f"max {m['max_ms']:>8.1f} ms  limit {m['limit_ms']:>6.0f} ms  ratio {m['ratio']:.2f}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--changes", type=int, default=12)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory() as folder:
            measurements = run(args.saves, args.changes, Path(folder))
    except BenchTimeout as exc:
        print(f"bench_shared: FAILED: {exc}", file=sys.stderr)
        return 2
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"measurements": measurements}, indent=2) + "\n")
    over = [m for m in measurements if float(m["ratio"]) > 1]  # type: ignore[arg-type]
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
