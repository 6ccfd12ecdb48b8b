"""The recipients of a message: the records of a saved filter or a campaign's members,
read a chunk at a time with the values their merge fields need, each with the address
the channel uses and, when the message leaves them out, why.

Left out: by e-mail, anyone with "Email opt-out" or "No messages"; by a chat app,
anyone with "No messages" or "Do not call" (the chat apps reach them on their phone).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models.entities import User
from crm_desktop.registry import N_, Registry
from crm_desktop.registry.marketing import MEMBER_TYPES
from crm_desktop.services.access.rules import Access
from crm_desktop.services.campaigns.members import CampaignService
from crm_desktop.services.messages.merge import merge_values
from crm_desktop.services.messages.types import Audience, Channel, Recipient
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.records.types import ListQuery

#: (flag field, why it leaves a recipient out) per channel; a type without the field has
#: no such flag
_OPT_OUTS = {
    Channel.EMAIL: (("email_opt_out", N_("e-mail opt-out")), ("no_messages", N_("no messages"))),
    "chat": (("no_messages", N_("no messages")), ("do_not_call", N_("do not contact"))),
}
NO_ADDRESS = {
    Channel.EMAIL: N_("no e-mail address"),
    Channel.MESSENGER: N_("no Messenger name"),
    Channel.ZALO: N_("no phone number"),
    Channel.WHATSAPP: N_("no phone number"),
}
#: recipients read per statement
_CHUNK = 1_000
_PHONE_FIELDS = ("mobile_phone", "phone", "office_phone", "home_phone")


class Recipients:
    """Reads the recipients of an audience for one channel, with the user's rights."""

    def __init__(
        self,
        lists: ListService,
        campaigns: CampaignService,
        access: Access,
        *,
        region: str = "VN",
    ) -> None:
        self.lists = lists
        self.db = lists.db
        self.registry: Registry = lists.registry
        self.campaigns = campaigns
        self.access = access
        #: the country of phone numbers written without their country code
        self.region = region
        self._owners: dict[int, str] = {}

    def types(self, audience: Audience) -> list[str]:
        """The record types the audience's recipients are."""
        if audience.segment is not None:
            return [audience.segment.record_type]
        return list(MEMBER_TYPES)

    def count(self, audience: Audience) -> int:
        segment = audience.segment
        if segment is not None:
            return (
                len(segment.ids) if segment.ids is not None else self.lists.count(_query(audience))
            )
        assert audience.campaign_id is not None  # an audience is one or the other
        return self.campaigns.count(audience.campaign_id)

    def chunks(self, audience: Audience, channel: Channel) -> Iterator[list[Recipient]]:
        """Every recipient, a chunk at a time (each chunk read in a short transaction)."""
        segment = audience.segment
        if segment is not None and segment.ids is not None:  # a list's selection
            for start in range(0, len(segment.ids), _CHUNK):
                yield self._read(
                    segment.record_type, list(segment.ids[start : start + _CHUNK]), channel
                )
            return
        if segment is not None:
            type_key = segment.record_type
            for rows in self.lists.stream(_query(audience), ()):
                yield self._read(type_key, [row.id for row in rows], channel)
            return
        assert audience.campaign_id is not None
        for type_key in MEMBER_TYPES:
            for ids in self.campaigns.member_ids(audience.campaign_id, type_key):
                yield self._read(type_key, ids, channel)

    def first(self, audience: Audience, channel: Channel, limit: int) -> list[Recipient]:
        """The first ``limit`` recipients (a preview)."""
        found: list[Recipient] = []
        for chunk in self.chunks(audience, channel):
            found.extend(chunk[: limit - len(found)])
            if len(found) >= limit:
                break
        return found

    def of_record(self, type_key: str, record_id: int) -> Recipient | None:
        """One record as a recipient of an e-mail (None: gone, or not the user's to see)."""
        found = self._read(type_key, [record_id], Channel.EMAIL)
        return found[0] if found else None

    def _read(self, type_key: str, ids: list[int], channel: Channel) -> list[Recipient]:
        record_type = self.registry.get(type_key)
        table = table_of(record_type)
        where: list[Any] = [table.c.id.in_(ids), table.c.deleted_at.is_(None)]
        visible = self.access.visible(type_key, table)
        if visible is not None:
            where.append(visible)
        with self.db.read() as session:
            rows = {
                row.id: dict(row._mapping) for row in session.execute(select(table).where(*where))
            }
            self._read_owners(session, {values["owner_id"] for values in rows.values()})
        recipients = []
        for record_id in ids:  # in the order asked (the list's, the campaign's)
            values = rows.get(record_id)
            if values is None:
                continue  # gone to the recycle bin, or not the user's to see
            owner = self._owners.get(values["owner_id"], "")
            values.update({f"@{k}": v for k, v in merge_values(record_type, values, owner).items()})
            address = self.address(values, channel)
            recipients.append(
                Recipient(
                    type_key,
                    record_id,
                    values["@name"],
                    address,
                    _left_out(values, channel, address),
                    values,
                )
            )
        return recipients

    def _read_owners(self, session: Session, owner_ids: set[int]) -> None:
        missing = owner_ids - self._owners.keys()
        if missing:
            names = session.execute(select(User.id, User.full_name).where(User.id.in_(missing)))
            self._owners.update({user_id: name for user_id, name in names})

    def address(self, values: dict[str, Any], channel: Channel) -> str:
        """The e-mail address, or the chat link, of a record's values ("" for none)."""
        if channel is Channel.EMAIL:
            return str(values.get("email") or values.get("secondary_email") or "").strip()
        if channel is Channel.MESSENGER:
            name = str(values.get("messenger") or "").strip().lstrip("@")
            return f"https://m.me/{name}" if name else ""
        phone = next((values[f] for f in _PHONE_FIELDS if values.get(f)), None)
        if phone is None:
            return ""
        try:
            number = phonenumbers.parse(str(phone), self.region)
        except phonenumbers.NumberParseException:
            return ""
        if channel is Channel.ZALO:
            # Zalo finds a person by the number as dialled at home (0912 345 678 in Viet Nam).
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            return "https://zalo.me/" + "".join(c for c in national if c.isdigit())
        return f"https://wa.me/{number.country_code}{number.national_number}"


def _query(audience: Audience) -> ListQuery:
    segment = audience.segment
    assert segment is not None
    return ListQuery(
        segment.record_type,
        quick=segment.quick,
        conditions=segment.conditions,
        column_filters=segment.column_filters,
    )


def _left_out(values: dict[str, Any], channel: Channel, address: str) -> str | None:
    for flag, reason in _OPT_OUTS[Channel.EMAIL if channel is Channel.EMAIL else "chat"]:
        if values.get(flag):
            return reason
    return None if address else NO_ADDRESS[channel]
