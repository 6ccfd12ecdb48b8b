"""Converting a lead into an organization, a contact and (optionally) an opportunity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select, update

from crm_desktop.errors import ConflictError, NotFound
from crm_desktop.models.base import utcnow
from crm_desktop.services.history import record_history
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.service import RecordService, table_of
from crm_desktop.services.sales.types import AlreadyConverted, ConversionResult

#: lead field -> organization field
ORGANIZATION_MAP = {
    "company": "name",
    "phone": "phone",
    "website": "website",
    "industry": "industry",
    "annual_revenue": "annual_revenue",
    "employees": "employees",
    "street": "billing_street",
    "city": "billing_city",
    "state": "billing_state",
    "postal_code": "billing_postal_code",
    "country": "billing_country",
    "owner_id": "owner_id",
}
#: lead field -> contact field
CONTACT_MAP = {
    "salutation": "salutation",
    "first_name": "first_name",
    "last_name": "last_name",
    "title": "title",
    "email": "email",
    "phone": "office_phone",
    "mobile_phone": "mobile_phone",
    "street": "mailing_street",
    "city": "mailing_city",
    "state": "mailing_state",
    "postal_code": "mailing_postal_code",
    "country": "mailing_country",
    "lead_source": "lead_source",
    "description": "description",
    "owner_id": "owner_id",
}


@dataclass(frozen=True)
class ConvertedRecord:
    """A record a lead became, as its form links to it."""

    record_type: str
    id: int
    name: str


#: the lead's columns naming what it became, and their record types, in the order shown
CONVERTED_TO = (
    ("converted_organization_id", "organizations"),
    ("converted_contact_id", "contacts"),
    ("converted_opportunity_id", "opportunities"),
)
#: the status a lead takes when converted
CONVERTED_STATUS = "Converted"


def _map(lead: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    return {dst: lead[src] for src, dst in mapping.items() if lead.get(src) not in (None, "")}


class LeadConversion:
    def __init__(self, records: RecordService):
        self.records = records

    def convert(
        self,
        lead_id: int,
        version: int,
        *,
        organization: Literal["new"] | int | None = "new",
        opportunity: dict[str, Any] | None = None,
    ) -> ConversionResult:
        """Create the records in one transaction and mark the lead converted.

        ``organization``: "new" makes one from the lead's company (none if it has no company),
        an id links the contact to an existing organization, None makes none.
        ``opportunity``: field values for a new opportunity (name defaults to the company or
        the lead's name), or None for no opportunity.
        """
        records = self.records
        registry = records.registry
        with records.db.write() as session:
            lead = records._get(session, "leads", lead_id)
            if lead.version != version:
                raise ConflictError("Someone else changed this lead after you opened it.")
            if lead.values.get("converted"):
                raise AlreadyConverted("This lead has already been converted.")
            values = lead.values
            org_id: int | None = None
            if organization == "new" and values.get("company"):
                org_id = records._create(session, "organizations", _map(values, ORGANIZATION_MAP))
            elif isinstance(organization, int):
                records._get(session, "organizations", organization)
                org_id = organization
            contact_values = _map(values, CONTACT_MAP)
            contact_values["organization_id"] = org_id
            contact_id = records._create(session, "contacts", contact_values)
            opp_id: int | None = None
            if opportunity is not None:
                name = values.get("company") or registry.get("leads").display_name(values)
                opp_values = {
                    "name": name,
                    "organization_id": org_id,
                    "contact_id": contact_id,
                    "lead_source": values.get("lead_source"),
                    "owner_id": values.get("owner_id"),
                    **opportunity,
                }
                opp_id = records._create(session, "opportunities", opp_values)
            moved = self._move_links(session, lead_id, contact_id)
            leads = registry.get("leads")
            table = table_of(leads)
            now = utcnow()
            converted = {
                "converted": True,
                "lead_status": CONVERTED_STATUS,
                "converted_at": now,
                "converted_organization_id": org_id,
                "converted_contact_id": contact_id,
                "converted_opportunity_id": opp_id,
            }
            result = session.execute(
                update(table)
                .where(table.c.id == lead_id, table.c.version == version)
                .values(
                    **converted,
                    modified_at=now,
                    modified_by_id=records.user_id,
                    version=version + 1,
                )
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFound("The lead no longer exists.")
            changes = record_history.field_changes(
                session, registry, leads, values, {**values, **converted}
            )
            record_history.write(
                session, "leads", lead_id, "converted", changes, user_id=records.user_id, at=now
            )
        hub = records.hub
        hub.publish(Change("leads", (lead_id,), "updated"))
        if org_id is not None:
            hub.publish(Change("organizations", (org_id,), "created"))
        hub.publish(Change("contacts", (contact_id,), "created"))
        if opp_id is not None:
            hub.publish(Change("opportunities", (opp_id,), "created"))
        for type_key, ids in moved.items():
            hub.publish(Change(type_key, tuple(ids), "updated"))
        return ConversionResult(org_id, contact_id, opp_id)

    def converted_to(self, lead_id: int) -> list[ConvertedRecord]:
        """The organization, contact and opportunity the lead became, those not deleted."""
        registry = self.records.registry
        leads = table_of(registry.get("leads"))
        found: list[ConvertedRecord] = []
        with self.records.db.read() as session:
            ids = session.execute(
                select(*(leads.c[column] for column, _ in CONVERTED_TO)).where(
                    leads.c.id == lead_id
                )
            ).first()
            for record_id, (_, type_key) in zip(ids or (), CONVERTED_TO, strict=False):
                if record_id is None:
                    continue
                record_type = registry.get(type_key)
                table = table_of(record_type)
                row = session.execute(
                    select(*(table.c[n] for n in record_type.name_fields)).where(
                        table.c.id == record_id, table.c.deleted_at.is_(None)
                    )
                ).first()
                if row is not None:
                    values = dict(zip(record_type.name_fields, row, strict=True))
                    name = record_type.display_name(values)
                    found.append(ConvertedRecord(type_key, record_id, name))
        return found

    def _move_links(self, session: Any, lead_id: int, contact_id: int) -> dict[str, list[int]]:
        """Re-point records linked to the lead (activities, documents...) at the new contact.

        Each is saved through the record service, so its cached name of the linked record,
        search text and version change as with any save (open forms see the change).
        Returns the moved ids by record type.
        """
        moved: dict[str, list[int]] = {}
        for record_type in self.records.registry:
            if record_type.link_fields is None:
                continue
            type_col, id_col = record_type.link_fields
            table = table_of(record_type)
            rows = session.execute(
                select(table.c.id, table.c.version).where(
                    table.c[type_col] == "leads",
                    table.c[id_col] == lead_id,
                    table.c.deleted_at.is_(None),
                )
            ).all()
            for row_id, version in rows:
                self.records._update(
                    session,
                    record_type.key,
                    row_id,
                    version,
                    {type_col: "contacts", id_col: contact_id},
                    kind="converted",
                )
            if rows:
                moved[record_type.key] = [row_id for row_id, _ in rows]
            # Records in the recycle bin follow too, without a save of their own.
            session.execute(
                update(table)
                .where(table.c[type_col] == "leads", table.c[id_col] == lead_id)
                .values({type_col: "contacts", id_col: contact_id})
            )
        return moved
