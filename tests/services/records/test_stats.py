"""Counts of records, and whether a database has any (the first-start greeting asks)."""

from __future__ import annotations

from crm_desktop.services import Services


def test_a_new_database_has_no_records_until_one_is_written(services: Services) -> None:
    assert services.stats.has_records() is False
    assert set(services.stats.counts().values()) == {0}
    contact = services.records.create("contacts", {"last_name": "Nguyễn"})
    assert services.stats.has_records() is True
    # In the recycle bin it is still the user's record: the database is no longer new.
    services.records.delete("contacts", contact.id, contact.version)
    assert services.stats.counts()["contacts"] == 0
    assert services.stats.has_records() is True
