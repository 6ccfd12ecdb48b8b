"""Parts of the generic record form that a record type names in the registry.

A type whose form needs more than its fields (a lead's conversion bar, an opportunity's
forecast following its stage) lists part names in ``RecordType.form_parts``; the form
makes one part of each when it is built and tells it what happens. A part's module is
imported when a form first needs it, so start-up does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crm_desktop.services.records.types import Record
    from crm_desktop.views.records.record_form import RecordForm


class FormPart:
    """Behaviour added to a record form; each method is called by the form."""

    def __init__(self, form: RecordForm) -> None:
        self.form = form

    def record_shown(self, record: Record | None) -> None:
        """The form now shows ``record`` (None: a new one)."""

    def field_changed(self, name: str) -> None:
        """The user changed the field ``name``."""

    def set_enabled(self, enabled: bool) -> None:
        """The record went to the recycle bin (False) or another was shown (True)."""


def _lead_conversion(form: RecordForm) -> FormPart:
    from crm_desktop.views.sales.form_parts import LeadConversionPart

    return LeadConversionPart(form)


def _forecast(form: RecordForm) -> FormPart:
    from crm_desktop.views.sales.form_parts import ForecastPart

    return ForecastPart(form)


def _photo(form: RecordForm) -> FormPart:
    from crm_desktop.views.contacts.photo_part import PhotoPart

    return PhotoPart(form)


def _duplicate_hint(form: RecordForm) -> FormPart:
    from crm_desktop.views.records.duplicate_hint import DuplicateHintPart

    return DuplicateHintPart(form)


def _case_closing(form: RecordForm) -> FormPart:
    from crm_desktop.views.support.form_parts import CaseClosingPart

    return CaseClosingPart(form)


def _contract_renewal(form: RecordForm) -> FormPart:
    from crm_desktop.views.support.form_parts import ContractRenewalPart

    return ContractRenewalPart(form)


def _document_file(form: RecordForm) -> FormPart:
    from crm_desktop.views.documents.form_part import DocumentFilePart

    return DocumentFilePart(form)


def _campaign_results(form: RecordForm) -> FormPart:
    from crm_desktop.views.campaigns.results_part import CampaignResultsPart

    return CampaignResultsPart(form)


#: part name (``Registry.FORM_PARTS``) -> what makes the part for a form
PARTS: dict[str, Callable[[RecordForm], FormPart]] = {
    "lead_conversion": _lead_conversion,
    "forecast": _forecast,
    "photo": _photo,
    "duplicate_hint": _duplicate_hint,
    "case_closing": _case_closing,
    "contract_renewal": _contract_renewal,
    "document_file": _document_file,
    "campaign_results": _campaign_results,
}


def make_parts(form: RecordForm) -> list[FormPart]:
    """The parts the registry names for the type of ``form``, in order."""
    return [PARTS[name](form) for name in form.record_type.form_parts]
