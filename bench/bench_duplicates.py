"""Benchmark: duplicates at a million contacts (run by hand, not in CI).

    python bench/bench_duplicates.py [--database PATH] [--records N] [--hints N] [--json FILE]

Without --database the demo data of bench_lists.py (--records contacts, seed 1) is made
once under bench/.data/ and reused. Measured:

* "find duplicates" over the contacts, leads and organizations: the whole of
  ``DuplicateFinder.find`` (every group read, with its records' names), with the time
  to the first group and the number of progress reports. Target for contacts: <= 20 s.
* the typing hint: ``DuplicateHintPart.look_up`` of a new contact's form (the index
  look-ups and the box under the form filled), for --hints contacts picked at random,
  typed again as a user re-entering them would (name, organization, e-mail in capitals,
  a phone written in another format); median and worst. Target: worst <= 50 ms.

The database is only read. "ratio" is ms / limit_ms (over 1: target missed, exit 1).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from PySide6.QtWidgets import QApplication  # noqa: E402

FIND_LIMIT_MS = 20_000.0
HINT_LIMIT_MS = 50.0


def _measurement(name: str, ms: float, limit: float | None, **extra: Any) -> dict[str, Any]:
    ratio = round(ms / limit, 3) if limit else None
    m = {"name": name, "ms": round(ms, 1), "limit_ms": limit, "ratio": ratio, **extra}
    details = "  ".join(f"{k} {v}" for k, v in extra.items())
    print(f"{name:<28} {m['ms']:>10} ms   limit {limit or '-':>8}   ratio {ratio}  {details}")
    return m


def find_duplicates(services: Any, type_key: str) -> dict[str, Any]:
    reports: list[float] = []
    start = time.perf_counter()
    first: float | None = None
    groups = records = 0
    for group in services.duplicates.find(
        type_key, lambda _d, _t: reports.append(time.perf_counter())
    ):
        if first is None:
            first = time.perf_counter() - start
        groups += 1
        records += len(group.records)
    ms = (time.perf_counter() - start) * 1000
    gaps = [b - a for a, b in zip([start, *reports[:-1]], reports, strict=True)]
    return _measurement(
        f"find {type_key}",
        ms,
        FIND_LIMIT_MS if type_key == "contacts" else None,
        groups=groups,
        records=records,
        first_group_ms=round((first or 0) * 1000, 1),
        progress_reports=len(reports),
        longest_between_reports_ms=round(max(gaps, default=0) * 1000, 1),
    )


def _retyped(values: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A contact as a user typing it again would: other case, a phone in another form."""
    typed = {
        "first_name": (values.get("first_name") or "").upper(),
        "last_name": values["last_name"].lower(),
        "organization_id": values.get("organization_id"),
        "email": (values.get("email") or "").upper() or None,
    }
    phone = values.get("mobile_phone") or values.get("office_phone")
    if phone and rng.random() < 0.5:
        typed["mobile_phone"] = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    return typed


def typing_hints(services: Any, count: int, seed: int = 1) -> list[dict[str, Any]]:
    from crm_desktop.views.records.duplicate_hint import DuplicateHintPart
    from crm_desktop.views.records.record_form import RecordForm

    rng = random.Random(seed)
    last = services.lists.count(_all_contacts())
    form = RecordForm(services, "contacts")
    form.show()
    hint = next(p for p in form.parts if isinstance(p, DuplicateHintPart))
    times, shown = [], []
    for _ in range(count):
        record = _some_contact(services, rng, last)
        typed = _retyped(record, rng)
        hint.form.editors["organization_id"].set_value(typed["organization_id"], None)
        for name in ("first_name", "last_name", "email", "mobile_phone"):
            hint.form.editors[name].set_value(typed.get(name))
        start = time.perf_counter()
        hint.look_up()
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        shown.append(len(hint.candidates))
    form.close()
    return [
        _measurement("typing hint median", statistics.median(times), None, runs=count),
        _measurement(
            "typing hint worst",
            max(times),
            HINT_LIMIT_MS,
            runs=count,
            records_shown_median=statistics.median(shown),
        ),
    ]


def _all_contacts() -> Any:
    from crm_desktop.services.records.lists import ListQuery

    return ListQuery("contacts")


def _some_contact(services: Any, rng: random.Random, last: int) -> dict[str, Any]:
    from crm_desktop.errors import NotFound

    while True:
        try:
            return services.records.get("contacts", rng.randint(1, last)).values
        except NotFound:
            continue


def run(path: Path, hints: int) -> list[dict[str, Any]]:
    from bench_lists import open_services

    app = QApplication.instance() or QApplication([])
    services = open_services(path)
    print(f"database {path}: {services.lists.count(_all_contacts()):,} contacts", flush=True)
    measurements = [
        find_duplicates(services, key) for key in ("contacts", "leads", "organizations")
    ]
    measurements += typing_hints(services, hints)
    services.db.close()
    del app
    return measurements


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="default: demo data under bench/.data/")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--hints", type=int, default=200)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    if args.database:
        path = args.database.absolute()
    else:
        from bench_lists import demo_database

        path = demo_database(args.records)
    measurements = run(path, args.hints)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"measurements": measurements}, indent=2) + "\n")
    return 1 if any((m["ratio"] or 0) > 1 for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
