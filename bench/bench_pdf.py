"""Benchmark: quote PDFs of 20 and 400 lines (targets: 50 ms and 300 ms).

    python bench/bench_pdf.py [--runs N] [--json FILE]

Each measurement is the median of N runs after one warm-up run (the warm-up pays for
importing ReportLab and reading the fonts once per process, reported as "first_pdf").
"render": a loaded quote to PDF bytes; "load_and_render": reading the quote with its
lines from a database file, then the PDF (what the print command and preview do).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crm_desktop.models import Database  # noqa: E402
from crm_desktop.services import Services  # noqa: E402

LIMITS_MS = {20: 50.0, 400: 300.0}


def _median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _save_sample(services: Services, lines: int) -> int:
    from crm_desktop.reports.sample import sample_document

    sample = sample_document("vi", lines)
    document = services.quotes.new(
        "quotes",
        **{
            k: v
            for k, v in sample.values.items()
            if k not in ("number", "created_at", "organization_id", "contact_id")
        },
    )
    document.lines = sample.lines
    document.group_taxes = sample.group_taxes
    document.shipping_taxes = sample.shipping_taxes
    saved = services.quotes.save(document)
    assert saved.id is not None
    return saved.id


def run(runs: int) -> list[dict[str, object]]:
    start = time.perf_counter()
    from crm_desktop.reports.quote_pdf import document_pdf_bytes
    from crm_desktop.reports.sample import FORMATS, sample_company, sample_document

    company = sample_company()
    first = sample_document("vi", 20)
    document_pdf_bytes(first, company, written=FORMATS["vi"])
    first_ms = (time.perf_counter() - start) * 1000
    results: list[dict[str, object]] = [
        {"name": "first_pdf_with_imports", "ms": round(first_ms, 1), "limit_ms": None}
    ]
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "bench.sqlite3")
        try:
            services = Services.build(db)
            services.settings.save_company(company)
            company = services.settings.company()
            for lines, limit in LIMITS_MS.items():
                document = sample_document("vi", lines)
                ms = _median_ms(
                    lambda d=document: document_pdf_bytes(d, company, written=FORMATS["vi"]),
                    runs,
                )
                results.append(
                    {"name": f"quote_pdf_{lines}_lines_render", "ms": ms, "limit_ms": limit}
                )
                quote_id = _save_sample(services, lines)

                def load_and_render(quote_id: int = quote_id) -> bytes:
                    quote = services.quotes.get("quotes", quote_id)
                    return document_pdf_bytes(
                        quote,
                        services.settings.company(),
                        written=FORMATS["vi"],
                    )

                ms = _median_ms(load_and_render, runs)
                results.append(
                    {
                        "name": f"quote_pdf_{lines}_lines_load_and_render",
                        "ms": ms,
                        "limit_ms": limit,
                    }
                )
        finally:
            db.close()
    for result in results:
        limit = result["limit_ms"]
        result["ms"] = round(float(result["ms"]), 1)  # type: ignore[arg-type]
        result["ratio"] = round(result["ms"] / limit, 3) if limit else None  # type: ignore[operator]
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    measurements = run(args.runs)
    for m in measurements:
        limit = f"{m['limit_ms']:.0f} ms" if m["limit_ms"] else "-"
        ratio = f"{m['ratio']:.2f}" if m["ratio"] is not None else "-"
        print(f"{m['name']:<40} {m['ms']:>8.1f} ms   limit {limit:>7}   ratio {ratio}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"measurements": measurements}, indent=2) + "\n")
    over = [m for m in measurements if m["ratio"] is not None and m["ratio"] > 1]  # type: ignore[operator]
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
