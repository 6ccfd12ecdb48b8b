"""Migration 0009 (record history) on SQLite and on PostgreSQL: opportunities' stage
history moves into the history of every record, and back on a downgrade."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from alembic import command
from sqlalchemy import text

from crm_desktop.models import Database
from crm_desktop.models.database import SCHEMA_HEAD
from crm_desktop.models.migrate import alembic_config
from crm_desktop.services import Services
from crm_desktop.services.sales.opportunities import stage_history

CLOSE = dt.date(2026, 12, 24)


def test_stage_history_moves_into_the_record_history_and_back(db: Database) -> None:
    services = Services.build(db)
    services.records.create("opportunities", {"name": "Khác"})
    opp = services.records.create(
        "opportunities",
        {"name": "Hội chợ", "amount": Decimal("1234.5"), "expected_close_date": CLOSE},
    )
    opp = services.records.update(
        "opportunities", opp.id, opp.version, {"sales_stage": "Needs Analysis"}
    )
    services.records.update("opportunities", opp.id, opp.version, {"amount": None})
    before = stage_history(services.records, opp.id)
    assert len(before) == 3

    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0008_import_batches")
    with db.engine.connect() as conn:
        copies = conn.execute(
            text(
                "SELECT sales_stage, probability, amount, expected_close_date, changed_by_id "
                "FROM opportunity_stage_history WHERE opportunity_id = :id ORDER BY id"
            ),
            {"id": opp.id},
        ).all()
    # SQLite gives the date back as the text it stores
    assert [(*c[:3], str(c[3]), c[4]) for c in copies] == [
        ("Prospecting", 10, 12_345_000, str(CLOSE), 1),
        ("Needs Analysis", 25, 12_345_000, str(CLOSE), 1),
        ("Needs Analysis", 25, None, str(CLOSE), 1),
    ]
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    db.close()

    upgraded = Database.open(target)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        services = Services.build(upgraded)
        assert stage_history(services.records, opp.id) == before
        rows = services.history.page("opportunities", opp.id)
        assert [r.kind for r in rows][-1] == "created"
        assert {(r.field, r.old, r.new) for r in rows if r.kind == "updated"} == {
            ("sales_stage", "Prospecting", "Needs Analysis"),
            ("probability", Decimal(10), Decimal(25)),
            ("amount", Decimal("1234.5"), None),
        }
    finally:
        upgraded.close()
