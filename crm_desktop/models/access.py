"""Roles, their rights per record type, and which record types are private.

Users and groups are rows of ``users`` (models.entities.User). A role is one of the three
built-in roles (administrator, manager, staff) or a custom role made from one of them: its
``base`` says what it sees, its ``role_rights`` rows what it may do with each record type
(a type without a row: every action). A record type without a ``record_privacy`` row is
shared with the whole office.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base


class Role(Base):
    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    #: "administrator", "manager" or "staff": what the role sees and whether it administers
    base: Mapped[str] = mapped_column(String(20), nullable=False)


class RoleRight(Base):
    __tablename__ = "role_rights"

    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True
    )
    record_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    #: the actions allowed, comma-separated ("view,create,edit"); empty: none
    actions: Mapped[str] = mapped_column(String(80), nullable=False, default="")


class RecordPrivacy(Base):
    __tablename__ = "record_privacy"

    record_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    private: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
