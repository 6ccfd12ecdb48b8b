"""A project's Timeline tab: its tasks and milestones as a Gantt chart, "New task…"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea, QWidget

from crm_desktop.errors import DomainError
from crm_desktop.registry import RelatedTab
from crm_desktop.views.projects.gantt import GanttChart
from crm_desktop.views.records.related_tabs import RelatedPage

if TYPE_CHECKING:
    from crm_desktop.services import Services


class TimelinePage(RelatedPage):
    """The tasks of the project on show, painted on their days; the table stays for the
    count and the "New" button, hidden."""

    def __init__(
        self,
        services: Services,
        tab: RelatedTab,
        parent: QWidget | None = None,
        *,
        owner_type: str = "",
    ) -> None:
        super().__init__(services, tab, parent, owner_type=owner_type)
        self.table.hide()
        self.chart = GanttChart(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.chart)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.scroll)

    def set_record(self, record_id: int | None) -> None:
        super().set_record(record_id)
        self._read()

    def refresh(self) -> None:
        super().refresh()
        self._read()

    def _read(self) -> None:
        if self.record_id is None:
            self.chart.set_timeline(None)
            return
        try:
            self.chart.set_timeline(self.services.projects.timeline(self.record_id))
        except DomainError:  # gone meanwhile (another user binned it): nothing to paint
            self.chart.set_timeline(None)
