"""The line under a campaign's title: members and responses, opportunities, what the
won ones brought in and the return on the campaign's actual cost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from crm_desktop.errors import DomainError
from crm_desktop.views import formatting
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.form_parts import FormPart
from crm_desktop.views.shell.qt_hub import QtChangeHub

if TYPE_CHECKING:
    from crm_desktop.services.campaigns.types import CampaignResults
    from crm_desktop.services.records.types import Record
    from crm_desktop.views.records.record_form import RecordForm

_tr = translator("campaigns")


class CampaignResultsPart(FormPart):
    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.label = QLabel(form)
        self.label.setObjectName("campaign_results")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(_tr("Campaign results"))
        form.titles.addWidget(self.label)
        # An opportunity won, a member answering: the line follows.
        self.changes = QtChangeHub(form.services.hub, form.services.registry, self.label)
        self.changes.types_changed.connect(self._changed)

    def record_shown(self, record: Record | None) -> None:
        self.label.setVisible(record is not None)
        if record is not None:
            self._show(record.id)

    def _changed(self, type_keys: set[str]) -> None:
        record_id = self.form.record_id()
        if record_id is not None and type_keys & {"opportunities", "campaigns"}:
            self._show(record_id)

    def _show(self, record_id: int) -> None:
        try:
            results = self.form.services.campaigns().results(record_id)
        except DomainError:
            # A campaign another user just removed: the form says so itself.
            self.label.clear()
            return
        self.label.setText(results_text(results, QLocale()))


def results_text(results: CampaignResults, locale: QLocale) -> str:
    def money(value: object) -> str:
        return formatting.format_decimal(
            value,  # type: ignore[arg-type]
            formatting.currency_decimals(results.currency),
            locale,
        )

    parts = [
        _tr("Members: %1, responded: %2")
        .replace("%1", locale.toString(results.members))
        .replace("%2", locale.toString(results.responded)),
        _tr("Opportunities: %1, won: %2 for %3 %4")
        .replace("%1", locale.toString(results.opportunities))
        .replace("%2", locale.toString(results.won))
        .replace("%3", money(results.won_revenue))
        .replace("%4", results.currency),
    ]
    if results.roi is None:
        parts.append(_tr("ROI: needs the actual cost"))
    else:
        percent = formatting.format_decimal(results.roi * 100, 1, locale)
        parts.append(_tr("ROI: %1 %").replace("%1", percent))
    for code, amount in sorted(results.won_elsewhere.items()):
        parts.append(
            _tr("won in %1, not counted: %2").replace("%1", code).replace("%2", money(amount))
        )
    return " · ".join(parts)
