"""Every row of a list read by id, a chunk at a time: the list's filters hold, each row
once, whatever the chunk's size."""

from __future__ import annotations

from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.records.list_scan import scan
from crm_desktop.services.records.types import ListQuery


def test_a_scan_reads_each_row_of_the_filtered_list_once(services: Services) -> None:
    ids = {
        name: services.records.create("organizations", {"name": name, "org_type": kind}).id
        for name, kind in [(f"Customer {n}", "Customer") for n in range(7)]
        + [("Prospect A", "Prospect")]
    }
    services.records.delete("organizations", ids["Customer 3"], 1)
    name = services.registry.get("organizations").field("name")
    query = ListQuery("organizations", conditions=(Condition("org_type", "eq", "Customer"),))

    chunks = list(scan(services.lists, query, [name], chunk=2))

    assert [len(chunk) for chunk in chunks] == [2, 2, 2]
    read = [(row.id, row.values) for chunk in chunks for row in chunk]
    assert read == sorted(
        (record_id, (n,))
        for n, record_id in ids.items()
        if n.startswith("Customer") and n != "Customer 3"
    )
