"""Which form edits which record type.

Most types use the generic :class:`RecordForm` made from the registry. A type with a
screen of its own (quote lines, an activity's times) names it in the registry
(``RecordType.form``), and its class is named here; the module is imported when that
form is first needed, so start-up does not pay for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from crm_desktop.views.records.record_form import RecordForm

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: form name (``Registry.FORMS``) -> "module:Class" of a RecordForm subclass
SPECIAL_FORMS: dict[str, str] = {
    "document": "crm_desktop.views.quotes.form:QuoteForm",
    "activity": "crm_desktop.views.activities.form:ActivityForm",
}


def form_class(services: Services, type_key: str) -> type[RecordForm]:
    form = services.registry.get(type_key).form
    if form is None:
        return RecordForm
    target = SPECIAL_FORMS[form]
    module_name, class_name = target.split(":")
    form_type: type[RecordForm] = getattr(importlib.import_module(module_name), class_name)
    return form_type


def make_form(services: Services, type_key: str) -> RecordForm:
    """The form for ``type_key``."""
    return form_class(services, type_key)(services, type_key)
