"""A contact's photo (kept from an imported vCard), read apart from the importers: a
contact's form shows it, and showing a contact must not load the CSV and vCard readers."""

from __future__ import annotations

from crm_desktop.models.database import Database
from crm_desktop.models.imports import ContactPhoto


def contact_photo(db: Database, contact_id: int) -> tuple[bytes, str] | None:
    """A contact's photo (its bytes and MIME type), or None."""
    with db.read() as session:
        photo = session.get(ContactPhoto, contact_id)
        return (photo.data, photo.mime_type) if photo else None
