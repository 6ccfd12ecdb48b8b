"""Which form edits which record type.

Most types use the generic :class:`RecordForm` made from the registry. A type with a
screen of its own (quote lines, an activity's times) names its form class here; the
module is imported when that form is first needed, so start-up does not pay for it.
"""

from __future__ import annotations

import importlib

from crm_desktop.services import Services
from crm_desktop.views.records.record_form import RecordForm

#: record type key -> "module:Class" of a RecordForm subclass
SPECIAL_FORMS: dict[str, str] = {
    "quotes": "crm_desktop.views.quotes.form:QuoteForm",
    "sales_orders": "crm_desktop.views.quotes.form:QuoteForm",
    "activities": "crm_desktop.views.activities.form:ActivityForm",
}


def form_class(type_key: str) -> type[RecordForm]:
    target = SPECIAL_FORMS.get(type_key)
    if target is None:
        return RecordForm
    module_name, class_name = target.split(":")
    form_type: type[RecordForm] = getattr(importlib.import_module(module_name), class_name)
    return form_type


def make_form(services: Services, type_key: str) -> RecordForm:
    """The form for ``type_key``."""
    return form_class(type_key)(services, type_key)
