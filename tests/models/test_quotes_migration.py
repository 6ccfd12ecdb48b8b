"""Migration 0002 (quotes and sales orders) on a database that already holds records."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from crm_desktop.models import Database
from crm_desktop.models.migrate import alembic_config
from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentLine
from crm_desktop.services.records.lists import ListQuery

pytestmark = pytest.mark.sqlite_only


def test_an_older_database_is_upgraded_and_keeps_its_records(db_path: Path) -> None:
    db = Database.open(db_path)
    Services.build(db).records.create("organizations", {"name": "Þórsmörk ehf."})
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0001_initial")
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    db.close()
    assert "quotes" not in tables and "currencies" not in tables and "quotes_fts" not in tables

    db = Database.open(db_path)
    try:
        services = Services.build(db)
        assert services.stats.counts()["organizations"] == 1
        assert services.settings.currency("VND").decimals == 0
        document = services.quotes.new("quotes", subject="Ráðgjöf", currency="ISK")
        document.lines = [DocumentLine("Ráðgjöf", Decimal(2), Decimal(18_500))]
        saved = services.quotes.save(document)
        assert saved.number == "QUO-00001"
        assert services.lists.count(ListQuery("quotes", quick="radgjof")) == 1
        with db.read() as session:
            prefixes = dict(session.execute(text("SELECT name, prefix FROM sequences")).all())
        assert prefixes["sales_orders"] == "SO-"
    finally:
        db.close()
