"""Realistic, multilingual demonstration records, fast enough for a million contacts.

People, places and companies come from pools drawn once from Faker (seeded) and from
:mod:`demo_data`; rows are combined from the pools with one seeded :class:`random.Random`,
so the same seed gives the same records.

Rows are inserted with executemany in batches of about 9,000 rows, each batch its own
short write transaction that also reserves the batch's record numbers, so other users of
a shared file can save between batches and several generators can fill one file at once.
A second thread builds the next batch, and converts it to driver values with SQLAlchemy's
own bind processors, while SQLite (which runs without the GIL) writes the current one.
What remains on the writing thread is almost only SQLite: on a large file each batch
updates thousands of pages of the list indexes and the FTS5 index.

The columns the record service derives (folded keys, cached reference names, search text,
probability and weighted amount, audit columns) are computed the same way here; tests
compare demo rows with the same records saved through the record service."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from crm_desktop.demo import data as d
from crm_desktop.demo.activities import activity_values
from crm_desktop.demo.data import pick
from crm_desktop.demo.documents import ADVANCED_STAGES, DemoDocuments, planned_quotes
from crm_desktop.demo.locales import LOCALES
from crm_desktop.demo.records import OrgDraft, RecordDrafts
from crm_desktop.demo.support import DemoSupport, planned_support
from crm_desktop.models.base import utcnow
from crm_desktop.models.history import HistoryEntry
from crm_desktop.registry import default_registry
from crm_desktop.registry import picklists as p
from crm_desktop.services.history.record_history import raw
from crm_desktop.services.records.bulk_insert import (
    Folder,
    Inserter,
    Prefetch,
    RowWriter,
    bulk_settings,
)
from crm_desktop.services.sales.opportunities import TRACKED as STAGE_FIELDS

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: Contacts per write transaction; with a quarter as many organizations and opportunities
#: (and their history's stage fields) and half as many leads, about 9,000 rows.
CONTACTS_PER_BATCH = 4000
#: Products per write transaction.
PRODUCTS_PER_BATCH = 500
#: the types written with each batch of contacts; before them go the products, after
#: them the quotes and their orders (through the quote service)
BATCHED = ("organizations", "contacts", "leads", "opportunities", "activities")


def planned_counts(contacts: int) -> dict[str, int]:
    """How many records of each type ``generate(contacts)`` adds, in the registry's order
    (the navigation's), which its report keeps."""
    quotes = planned_quotes(contacts)
    plan = {
        "organizations": max(1, contacts // 4),
        "contacts": contacts,
        "leads": contacts // 2,
        "opportunities": contacts // 4,
        "products": min(500, max(5, contacts // 100)),
        "activities": contacts // 2,
        "quotes": quotes,
        "sales_orders": quotes // 4,
        **planned_support(contacts),
    }
    in_order = [t.key for t in default_registry() if t.key in plan]
    return {key: plan[key] if contacts > 0 else 0 for key in in_order}


@dataclass
class _Batch:
    counts: dict[str, int]
    orgs: list[OrgDraft] = field(default_factory=list)
    org_rows: list[dict[str, Any]] = field(default_factory=list)
    contact_rows: list[dict[str, Any]] = field(default_factory=list)
    contact_orgs: list[OrgDraft | None] = field(default_factory=list)
    lead_rows: list[dict[str, Any]] = field(default_factory=list)
    opp_rows: list[dict[str, Any]] = field(default_factory=list)
    #: per opportunity: its organization and the index of its contact in ``contact_rows``
    opp_links: list[tuple[OrgDraft, int | None]] = field(default_factory=list)
    #: the stage fields of each new opportunity, as its history's creation entries
    history_rows: list[dict[str, Any]] = field(default_factory=list)
    #: per history row: the index of its opportunity in ``opp_rows``
    history_opps: list[int] = field(default_factory=list)
    activity_rows: list[dict[str, Any]] = field(default_factory=list)
    #: per activity: what it is linked to, ("contacts" or "organizations", row index)
    activity_links: list[tuple[str, int]] = field(default_factory=list)
    #: the rows as the inserters packed them, by table
    packed: dict[str, list[list[Any] | None]] = field(default_factory=dict)


class DemoGenerator(RecordDrafts):
    """Adds demonstration records: ``DemoGenerator(services, seed=1).generate(1000)``."""

    def __init__(self, services: Services, seed: int | None = None):
        self.services = services
        self.rng = random.Random(seed)
        self.fold = Folder()
        dialect = services.db.engine.dialect
        self.writers = {
            key: RowWriter(services.registry.get(key), self.fold, dialect)
            for key in (*BATCHED, "products")
        }
        self.history = Inserter(
            HistoryEntry.__table__,  # type: ignore[arg-type]
            dialect,
            ("record_id",),
        )
        self.user_id: int = services.records.user_id
        self._ready = False
        self._last_orgs: list[OrgDraft] = []
        self._products_written: list[dict[str, Any]] = []
        #: this run's opportunities: (at the quote stage or beyond, the others)
        self._opportunity_ids: tuple[list[int], list[int]] = ([], [])

    # -- public -----------------------------------------------------------------------------------
    def generate(
        self, contacts: int, progress: Callable[[int, int], None] | None = None
    ) -> dict[str, int]:
        """Add ``contacts`` contacts and organizations, leads, opportunities, products,
        activities, quotes and sales orders, cases, contracts, projects and campaigns in
        proportion; returns how many of each were
        added (record type key -> count).

        ``progress(done, total)`` is called after each batch of contacts is saved.
        """
        if contacts < 0:
            raise ValueError("the number of contacts must not be negative")
        plan = planned_counts(contacts)
        added = dict.fromkeys(plan, 0)
        if contacts == 0:
            return added
        self._prepare()
        with bulk_settings(self.services.db):
            self._generate(plan, added, progress)
        return added

    def _generate(
        self,
        plan: dict[str, int],
        added: dict[str, int],
        progress: Callable[[int, int], None] | None,
    ) -> None:
        for start in range(0, plan["products"], PRODUCTS_PER_BATCH):
            rows = self._products(min(PRODUCTS_PER_BATCH, plan["products"] - start))
            with self.services.db.write_connection() as conn:
                self.writers["products"].insert(conn, rows, numbered=_product_code)
            added["products"] += len(rows)
            self._products_written.extend(rows)
        with Prefetch(self._batches(plan)) as batches:
            for batch in batches:
                with self.services.db.write_connection() as conn:
                    self._write(conn, batch)
                for row in batch.opp_rows:
                    advanced = row["sales_stage"] in ADVANCED_STAGES
                    self._opportunity_ids[0 if advanced else 1].append(row["id"])
                for key in BATCHED:
                    added[key] += batch.counts[key]
                if progress is not None:
                    progress(added["contacts"], plan["contacts"])
        added["quotes"], added["sales_orders"] = self._documents(
            plan["quotes"], plan["sales_orders"]
        )
        support = DemoSupport(self.services, self.rng, self.today)
        added.update(support.add(self._last_orgs, plan))

    def _documents(self, quotes: int, orders: int) -> tuple[int, int]:
        """Quotes for opportunities of this run, a quarter of them made sales orders."""
        if not quotes:
            return 0, 0
        documents = DemoDocuments(self.services, self.rng, self.today)
        documents.prepare(self._products_written)
        advanced, others = self._opportunity_ids
        return documents.add_for(advanced, others, quotes, orders)

    # -- writing ----------------------------------------------------------------------------------
    def _write(self, conn: Connection, batch: _Batch) -> None:
        """One batch in the caller's write transaction: organizations first, as the
        contacts and opportunities refer to them."""
        writers, packed = self.writers, batch.packed
        writers["organizations"].insert(conn, batch.org_rows, packed.get("organizations"))
        for org, row in zip(batch.orgs, batch.org_rows, strict=True):
            org.id = row["id"]
        for row, contact_org in zip(batch.contact_rows, batch.contact_orgs, strict=True):
            row["organization_id"] = contact_org.id if contact_org is not None else None
        writers["contacts"].insert(conn, batch.contact_rows, packed.get("contacts"))
        writers["leads"].insert(conn, batch.lead_rows, packed.get("leads"))
        contact_rows = batch.contact_rows
        for row, (org, contact) in zip(batch.opp_rows, batch.opp_links, strict=True):
            row["organization_id"] = org.id
            row["contact_id"] = contact_rows[contact]["id"] if contact is not None else None
        writers["opportunities"].insert(conn, batch.opp_rows, packed.get("opportunities"))
        if batch.history_rows:
            for history, index in zip(batch.history_rows, batch.history_opps, strict=True):
                history["record_id"] = batch.opp_rows[index]["id"]
            self.history.insert(conn, batch.history_rows, packed.get("history"))
        sources = {"contacts": batch.contact_rows, "organizations": batch.org_rows}
        for row, (kind, index) in zip(batch.activity_rows, batch.activity_links, strict=True):
            row["related_id"] = sources[kind][index]["id"]
        writers["activities"].insert(conn, batch.activity_rows, packed.get("activities"))

    # -- building ---------------------------------------------------------------------------------
    def _prepare(self) -> None:
        if self._ready:
            return
        rng = self.rng
        self.today = utcnow().date()
        self.locales = d.Weighted((cls(rng.getrandbits(32)), w) for cls, w in LOCALES)
        self.org_types = _picklist(p.ORGANIZATION_TYPES, d.ORG_TYPE_WEIGHTS)
        self.industries = _picklist(p.INDUSTRIES, {})
        self.lead_sources = _picklist(p.LEAD_SOURCES, d.LEAD_SOURCE_WEIGHTS)
        self.lead_statuses = _picklist(p.LEAD_STATUSES, d.LEAD_STATUS_WEIGHTS)
        self.stages = _picklist([s for s, _ in p.SALES_STAGES], d.STAGE_WEIGHTS)
        self.opportunity_types = _picklist(p.OPPORTUNITY_TYPES, d.OPPORTUNITY_TYPE_WEIGHTS)
        self.product_languages = d.Weighted(d.PRODUCT_LANGUAGES)
        self._ready = True

    def _batches(self, plan: dict[str, int]) -> Iterator[_Batch]:
        total = plan["contacts"]
        for start in range(0, total, CONTACTS_PER_BATCH):
            end = min(total, start + CONTACTS_PER_BATCH)
            counts = {k: _share(plan[k], start, end, total) for k in BATCHED}
            yield self._batch(counts)

    def _batch(self, counts: dict[str, int]) -> _Batch:
        rng, writers = self.rng, self.writers
        common = self._common()
        batch = _Batch(counts)
        batch.orgs = orgs = [self._organization() for _ in range(counts["organizations"])]
        if orgs:
            self._last_orgs = orgs
        pool = orgs or self._last_orgs
        batch.org_rows = [writers["organizations"].row(self._org_values(o), common) for o in orgs]
        contact_writer = writers["contacts"]
        for _ in range(counts["contacts"]):
            org = pick(rng, pool) if pool and rng.random() < 0.88 else None
            batch.contact_orgs.append(org)
            batch.contact_rows.append(contact_writer.row(self._contact(org), common))
        lead_writer = writers["leads"]
        batch.lead_rows = [lead_writer.row(self._lead(), common) for _ in range(counts["leads"])]
        # Opportunities: with this batch's organizations, most with one of their contacts.
        linked = [i for i, org in enumerate(batch.contact_orgs) if org is not None and orgs]
        for _ in range(counts["opportunities"]):
            contact: int | None = None
            if linked and rng.random() < 0.9:
                contact = pick(rng, linked)
                org = batch.contact_orgs[contact]
                assert org is not None
            else:
                org = pick(rng, pool)
            batch.opp_links.append((org, contact))
            contact_row = batch.contact_rows[contact] if contact is not None else None
            batch.opp_rows.append(self._opportunity(org, contact_row, common))
        self._activities(batch, counts["activities"], common)
        for index, row in enumerate(batch.opp_rows):
            for name in STAGE_FIELDS:
                if row[name] is None:
                    continue
                batch.history_opps.append(index)
                batch.history_rows.append(
                    {
                        "record_type": "opportunities",
                        "record_id": None,  # given when written
                        "changed_at": row["modified_at"],
                        "user_id": row["modified_by_id"],
                        "kind": "created",
                        "field": name,
                        "new_value": raw(row[name]),
                    }
                )
        # Converting to driver values here spares the writing thread (see Inserter).
        for key, rows in (
            ("organizations", batch.org_rows),
            ("contacts", batch.contact_rows),
            ("leads", batch.lead_rows),
            ("opportunities", batch.opp_rows),
            ("activities", batch.activity_rows),
        ):
            batch.packed[key] = [writers[key].inserter.pack(row) for row in rows]
        batch.packed["history"] = [self.history.pack(row) for row in batch.history_rows]
        return batch

    def _activities(self, batch: _Batch, count: int, common: dict[str, Any]) -> None:
        """Calls, meetings, visits and tasks of this batch's contacts and organizations."""
        rng = self.rng
        names = self.writers["contacts"].record_type
        now = common["created_at"].replace(minute=0, second=0, microsecond=0)
        for _ in range(count):
            if batch.org_rows and rng.random() < 0.25:
                index = rng.randrange(len(batch.org_rows))
                target = ("organizations", None, batch.org_rows[index]["name"])
            else:
                index = rng.randrange(len(batch.contact_rows))
                name = names.display_name(batch.contact_rows[index])
                target = ("contacts", None, name)
            batch.activity_links.append((target[0], index))
            values = activity_values(rng, target, self.user_id, now)
            batch.activity_rows.append(self.writers["activities"].row(values, common))


def _picklist(values: Sequence[str], weights: Mapping[str, float]) -> d.Weighted[str]:
    """Every value of a picklist, weighted (values without a weight count 1)."""
    return d.Weighted((v, weights.get(v, 1.0)) for v in values)


def _product_code(row: dict[str, Any], number: str) -> None:
    """Product codes carry the product's number: HW-VI-00012."""
    row["code"] += number.rsplit("-", 1)[-1]


def _share(total: int, start: int, end: int, contacts: int) -> int:
    """The part of ``total`` that goes with contacts ``start`` .. ``end``."""
    return total * end // contacts - total * start // contacts
