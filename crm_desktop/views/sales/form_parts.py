"""The parts a lead's and an opportunity's forms add to the generic record form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from crm_desktop.registry.picklists import STAGE_PROBABILITY
from crm_desktop.services.sales.types import weighted_amount
from crm_desktop.views.records.form_parts import FormPart
from crm_desktop.views.records.record_form import RecordForm
from crm_desktop.views.sales.convert_lead_dialog import LeadConversionBar

if TYPE_CHECKING:
    from crm_desktop.services.records.types import Record
    from crm_desktop.services.sales.types import ConversionResult


class LeadConversionPart(FormPart):
    """ "Convert lead…" beside the title, or what the lead became under it."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.bar = LeadConversionBar(form.services, self._lead_to_convert, form)
        self.bar.converted.connect(self._converted)
        self.bar.open_requested.connect(form.open_record)
        form.header.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignTop)
        form.titles.addWidget(self.bar.links)

    def record_shown(self, record: Record | None) -> None:
        self.bar.setEnabled(True)
        self.bar.set_lead(record)

    def set_enabled(self, enabled: bool) -> None:
        self.bar.setEnabled(enabled)

    def _lead_to_convert(self) -> Record | None:
        """The lead as saved: conversion copies what is stored, so pending edits go first."""
        form = self.form
        return form.current_record() if not form.is_dirty() or form.save() else None

    def _converted(self, result: ConversionResult) -> None:
        record_id = self.form.record_id()
        if record_id is not None:
            self.form.load(record_id)
        self.form.open_record.emit("contacts", result.contact_id)


class ForecastPart(FormPart):
    """The stage proposes its probability; the weighted amount follows as the user types."""

    def field_changed(self, name: str) -> None:
        e = self.form.editors
        if name == "sales_stage" and e["sales_stage"].value() in STAGE_PROBABILITY:
            # The stage proposes its probability; the user may still type another.
            e["probability"].set_value(STAGE_PROBABILITY[e["sales_stage"].value()])
        if name in ("sales_stage", "amount", "probability", "currency"):
            amount, probability = e["amount"].value(), e["probability"].value()
            currency = e["currency"].value() or "USD"
            valid = not isinstance(amount, str) and isinstance(probability, int | None)
            value = weighted_amount(amount, probability, currency) if valid else None
            self.form.show_money("weighted_amount", value, currency)
