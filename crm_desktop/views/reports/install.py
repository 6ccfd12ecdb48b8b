"""The Analytics group of the window: the dashboard and the reports, each built when
first shown; a chart's bar or a report's row opens its records as a filtered list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.services.reports.types import Drill
from crm_desktop.views.dashboard.screen import DashboardScreen
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.reports.screen import ReportsScreen

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("analytics")


def install_analytics(window: MainWindow) -> None:
    services = window.services

    def show_records(drill: Drill) -> None:
        """The list of the records behind a figure, filtered by its conditions."""
        window.show_type(drill.record_type)
        window.panel(drill.record_type).set_conditions(drill.conditions)

    def dashboard() -> DashboardScreen:
        screen = DashboardScreen(services)
        screen.show_records.connect(show_records)
        return screen

    def reports() -> ReportsScreen:
        screen = ReportsScreen(services)
        screen.show_records.connect(show_records)
        return screen

    window.add_screen(
        "dashboard", dashboard, group="Analytics", label=_tr("Dashboard"), icon="board"
    )
    window.add_screen("reports", reports, group="Analytics", label=_tr("Reports"), icon="board")
