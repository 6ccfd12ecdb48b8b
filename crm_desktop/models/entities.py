"""The record types' tables.

Conventions the services rely on:

* every record has the :class:`RecordMixin` columns and a ``search_text`` kept by the service;
* a text column that lists sort by has a folded twin ``<name>_key``;
* a reference shown in lists keeps a cached display name ``<ref>_name`` (and its ``_key``)
  so that sorting by it is an index walk, not a join over the whole table;
* every sortable list column has a partial index ``(column, id) WHERE deleted_at IS NULL``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from crm_desktop.models.base import (
    Base,
    BillingAddressMixin,
    Money,
    NumberedMixin,
    PersonNameMixin,
    RecordMixin,
    ShippingAddressMixin,
    UTCDateTime,
    name_key_column,
    utcnow,
)

_LIVE = text("deleted_at IS NULL")


def list_index(table: str, *columns: str) -> Index:
    """A partial index for sorting the live rows of ``table`` by ``columns`` then id."""
    return Index(
        f"ix_{table}_live_{'_'.join(columns)}",
        *columns,
        "id",
        sqlite_where=_LIVE,
        postgresql_where=_LIVE,
    )


def list_indexes(table: str, *columns: str) -> tuple[Index, ...]:
    """A :func:`list_index` for each of ``columns`` (a list sorts by each on its own)."""
    return tuple(list_index(table, column) for column in columns)


def match_column() -> Mapped[str | None]:
    """The key a duplicate check compares (services/duplicates/keys.py), None when empty."""
    return mapped_column(String(400))


def match_indexes(table: str, name_scope: str | None, *columns: str) -> tuple[Index, ...]:
    """Partial indexes of the live rows' duplicate keys: ``name_match`` (with the column
    two same-named records must share) and each of ``columns``."""
    keyed = [("name_match", name_scope) if name_scope else ("name_match",)]
    keyed += [(column,) for column in columns]
    return tuple(
        Index(
            f"ix_{table}_{key[0]}",
            *key,
            sqlite_where=text(f"{key[0]} IS NOT NULL AND deleted_at IS NULL"),
            postgresql_where=text(f"{key[0]} IS NOT NULL AND deleted_at IS NULL"),
        )
        for key in keyed
    )


class User(Base):
    __tablename__ = "users"
    __table_args__ = (Index("ux_users_db_role", "db_role", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    # Logins and rights (migration 0008, see models/access.py). A group is a row here too,
    # so that a record's owner (``owner_id``) may be a person or a group. The role and the
    # group are kept by the user service, not by foreign keys: SQLite adds and drops a
    # column with a foreign key only by rebuilding ``users``, which every record refers to.
    #: Argon2id hash; None: nobody logs in as this row (a group, the single user). Read
    #: only when asked for: a user's own server login may not read the column.
    password_hash: Mapped[str | None] = deferred(mapped_column(String(200)))
    role_id: Mapped[int | None] = mapped_column(Integer)
    group_id: Mapped[int | None] = mapped_column(Integer)
    is_group: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    #: wrong passwords in a row; the fifth locks the account until ``locked_until``
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: the user's login role on a PostgreSQL server (migration 0022, models/database_roles.py)
    db_role: Mapped[str | None] = mapped_column(String(63))


class Sequence(Base):
    """Counters for record numbers, advanced inside the writing transaction."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(16), nullable=False)
    next_value: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    padding: Mapped[int] = mapped_column(Integer, nullable=False, default=5)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SavedFilter(Base):
    __tablename__ = "saved_filters"
    __table_args__ = (UniqueConstraint("record_type", "owner_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    #: JSON: {"quick": str, "conditions": [{"field", "op", "value"}], "sort": [field, desc]}
    definition: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class Organization(RecordMixin, NumberedMixin, BillingAddressMixin, ShippingAddressMixin, Base):
    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_key: Mapped[str] = name_key_column()
    org_type: Mapped[str | None] = mapped_column(String(40))
    industry: Mapped[str | None] = mapped_column(String(60))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    parent_name: Mapped[str | None] = mapped_column(String(300))
    website: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(60))
    other_phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(254))
    #: the billing city's folded twin, to sort organizations by city
    billing_city_key: Mapped[str] = name_key_column()
    tax_id: Mapped[str | None] = mapped_column(String(60))
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money)
    employees: Mapped[int | None] = mapped_column(Integer)
    email_opt_out: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    do_not_call: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    #: duplicate keys (migration 0010)
    name_match: Mapped[str | None] = match_column()
    email_match: Mapped[str | None] = match_column()
    phone_match: Mapped[str | None] = match_column()
    other_phone_match: Mapped[str | None] = match_column()

    __table_args__ = (
        match_indexes("organizations", None, "email_match", "phone_match", "other_phone_match")
        + list_indexes(
            "organizations",
            "name_key",
            "org_type",
            "industry",
            "billing_city_key",
            "phone",
            "email",
            "number",
            "owner_id",
            "modified_at",
        )
        + (
            # the corners of the customer map, read at the ends of these (migration 0025); of
            # every row, so that a list's reading of the live rows never walks them
            Index("ix_organizations_latitude", "latitude"),
            Index("ix_organizations_longitude", "longitude"),
        )
    )


class Contact(RecordMixin, NumberedMixin, PersonNameMixin, Base):
    __tablename__ = "contacts"

    title: Mapped[str | None] = mapped_column(String(120))
    department: Mapped[str | None] = mapped_column(String(120))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    organization_name: Mapped[str | None] = mapped_column(String(300))
    organization_name_key: Mapped[str] = name_key_column()
    email: Mapped[str | None] = mapped_column(String(254))
    secondary_email: Mapped[str | None] = mapped_column(String(254))
    office_phone: Mapped[str | None] = mapped_column(String(60))
    mobile_phone: Mapped[str | None] = mapped_column(String(60))
    home_phone: Mapped[str | None] = mapped_column(String(60))
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    mailing_street: Mapped[str | None] = mapped_column(String(400))
    mailing_city: Mapped[str | None] = mapped_column(String(120))
    mailing_city_key: Mapped[str] = name_key_column()
    mailing_state: Mapped[str | None] = mapped_column(String(120))
    mailing_postal_code: Mapped[str | None] = mapped_column(String(20))
    mailing_country: Mapped[str | None] = mapped_column(String(120))
    lead_source: Mapped[str | None] = mapped_column(String(40))
    do_not_call: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    email_opt_out: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    no_messages: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    #: the Messenger user name messages to a segment open a chat with (migration 0015)
    messenger: Mapped[str | None] = mapped_column(String(100))
    reports_to_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    reports_to_name: Mapped[str | None] = mapped_column(String(300))
    #: duplicate keys (migration 0010)
    name_match: Mapped[str | None] = match_column()
    email_match: Mapped[str | None] = match_column()
    secondary_email_match: Mapped[str | None] = match_column()
    office_phone_match: Mapped[str | None] = match_column()
    mobile_phone_match: Mapped[str | None] = match_column()
    home_phone_match: Mapped[str | None] = match_column()

    __table_args__ = match_indexes(
        "contacts",
        "organization_id",
        "email_match",
        "secondary_email_match",
        "office_phone_match",
        "mobile_phone_match",
        "home_phone_match",
    ) + list_indexes(
        "contacts",
        "number",
        "first_name_key",
        "last_name_key",
        "organization_name_key",
        "title",
        "email",
        "office_phone",
        "mobile_phone",
        "mailing_city_key",
        "owner_id",
        "modified_at",
    )


class Lead(RecordMixin, NumberedMixin, PersonNameMixin, Base):
    __tablename__ = "leads"

    company: Mapped[str | None] = mapped_column(String(300))
    company_key: Mapped[str] = name_key_column()
    title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(60))
    mobile_phone: Mapped[str | None] = mapped_column(String(60))
    website: Mapped[str | None] = mapped_column(String(300))
    street: Mapped[str | None] = mapped_column(String(400))
    city: Mapped[str | None] = mapped_column(String(120))
    city_key: Mapped[str] = name_key_column()
    state: Mapped[str | None] = mapped_column(String(120))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(120))
    lead_source: Mapped[str | None] = mapped_column(String(40))
    lead_status: Mapped[str | None] = mapped_column(String(40))
    rating: Mapped[str | None] = mapped_column(String(40))
    industry: Mapped[str | None] = mapped_column(String(60))
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money)
    employees: Mapped[int | None] = mapped_column(Integer)
    #: the Messenger user name messages to a segment open a chat with (migration 0015)
    messenger: Mapped[str | None] = mapped_column(String(100))
    converted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    converted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    converted_organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"))
    converted_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    converted_opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id"))
    #: duplicate keys (migration 0010)
    name_match: Mapped[str | None] = match_column()
    email_match: Mapped[str | None] = match_column()
    phone_match: Mapped[str | None] = match_column()
    mobile_phone_match: Mapped[str | None] = match_column()

    __table_args__ = match_indexes(
        "leads", "company_key", "email_match", "phone_match", "mobile_phone_match"
    ) + list_indexes(
        "leads",
        "number",
        "first_name_key",
        "last_name_key",
        "company_key",
        "email",
        "phone",
        "city_key",
        "lead_source",
        "lead_status",
        "owner_id",
        "modified_at",
    )


class Opportunity(RecordMixin, NumberedMixin, Base):
    __tablename__ = "opportunities"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_key: Mapped[str] = name_key_column()
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    organization_name: Mapped[str | None] = mapped_column(String(300))
    organization_name_key: Mapped[str] = name_key_column()
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    contact_name: Mapped[str | None] = mapped_column(String(300))
    contact_name_key: Mapped[str] = name_key_column()
    amount: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="USD")
    expected_close_date: Mapped[dt.date | None] = mapped_column(Date)
    sales_stage: Mapped[str] = mapped_column(String(40), nullable=False)
    probability: Mapped[int | None] = mapped_column(Integer)
    weighted_amount: Mapped[Decimal | None] = mapped_column(Money)
    opportunity_type: Mapped[str | None] = mapped_column(String(40))
    lead_source: Mapped[str | None] = mapped_column(String(40))
    campaign: Mapped[str | None] = mapped_column(String(200))
    #: the campaign the opportunity is attributed to (its ROI counts it when won); no
    #: foreign key, as SQLite drops such a column only by rebuilding the table (0012)
    campaign_id: Mapped[int | None] = mapped_column(Integer)
    campaign_name: Mapped[str | None] = mapped_column(String(300))
    next_step: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        *list_indexes(
            "opportunities",
            "number",
            "name_key",
            "organization_name_key",
            "contact_name_key",
            "amount",
            "currency",
            "expected_close_date",
            "sales_stage",
            "probability",
            "weighted_amount",
            "owner_id",
            "modified_at",
        ),
        # A campaign's opportunities and its won revenue read from the index alone.
        Index(
            "ix_opportunities_campaign",
            "campaign_id",
            "sales_stage",
            "currency",
            "amount",
            sqlite_where=_LIVE,
            postgresql_where=_LIVE,
        ),
    )


class Product(RecordMixin, NumberedMixin, Base):
    __tablename__ = "products"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_key: Mapped[str] = name_key_column()
    code: Mapped[str | None] = mapped_column(String(80))
    category: Mapped[str | None] = mapped_column(String(80))
    unit: Mapped[str | None] = mapped_column(String(40))
    unit_price: Mapped[Decimal | None] = mapped_column(Money)
    cost: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="USD")
    tax_class: Mapped[str | None] = mapped_column(String(40))
    quantity_in_stock: Mapped[Decimal | None] = mapped_column(Money)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = list_indexes(
        "products",
        "number",
        "name_key",
        "code",
        "category",
        "unit_price",
        "currency",
        "quantity_in_stock",
        "active",
        "owner_id",
        "modified_at",
    )
