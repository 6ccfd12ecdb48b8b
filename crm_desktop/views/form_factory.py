"""Which form edits which record type."""

from __future__ import annotations

from crm_desktop.services import Services
from crm_desktop.views.record_form import RecordForm


def make_form(services: Services, type_key: str) -> RecordForm:
    """The form for ``type_key``: the generic one made from the registry."""
    return RecordForm(services, type_key)
