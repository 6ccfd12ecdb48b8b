"""A project's timeline is painted: bars, milestones, dependencies and today's line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.palette import now_color
from crm_desktop.views.projects.gantt import DONE_COLOR, MILESTONE_COLOR, GanttChart
from crm_desktop.views.projects.timeline_page import TimelinePage
from crm_desktop.views.records.record_form import RecordForm
from crm_desktop.views.shell.main_window import MainWindow

D = dt.date


def _project(services: Services) -> int:
    project = services.records.create(
        "projects", {"name": "Mở chi nhánh Đà Nẵng", "start_date": D(2026, 12, 1)}
    )
    survey = services.records.create(
        "project_tasks",
        {
            "name": "Khảo sát mặt bằng",
            "project_id": project.id,
            "start_date": D(2026, 12, 1),
            "end_date": D(2026, 12, 6),
            "percent_done": 100,
            "status": "Completed",
        },
    )
    services.records.create(
        "project_tasks",
        {
            "name": "Sửa chữa",
            "project_id": project.id,
            "start_date": D(2026, 12, 7),
            "end_date": D(2026, 12, 20),
            "percent_done": 40,
            "depends_on_id": survey.id,
        },
    )
    services.records.create(
        "project_tasks",
        {
            "name": "Khai trương",
            "project_id": project.id,
            "milestone": True,
            "start_date": D(2026, 12, 22),
        },
    )
    return project.id


def _colours(chart: GanttChart) -> set[str]:
    image = chart.grab().toImage()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_the_timeline_paints_tasks_milestones_and_today(qtbot: QtBot, services: Services) -> None:
    project_id = _project(services)
    chart = GanttChart(today=lambda: D(2026, 12, 10))
    qtbot.addWidget(chart)
    chart.set_timeline(services.projects.timeline(project_id))
    chart.resize(900, 200)
    chart.show()
    colours = _colours(chart)
    for colour in (DONE_COLOR, MILESTONE_COLOR, now_color()):
        assert colour.name() in colours
    # Today's line sits between the first task's end and the milestone.
    assert chart.x_of(D(2026, 12, 7)) < chart.x_of(D(2026, 12, 10)) < chart.x_of(D(2026, 12, 22))


def test_a_project_s_form_shows_its_timeline_tab(qtbot: QtBot, services: Services) -> None:
    project_id = _project(services)
    form = RecordForm(services, "projects")
    qtbot.addWidget(form)
    form.resize(1000, 900)
    form.show()
    form.load(project_id)
    assert form.related is not None
    page = next(p for p in form.related.pages if isinstance(p, TimelinePage))
    form.related.setCurrentWidget(page)
    assert page.count() == 3 and page.chart.timeline is not None
    assert page.chart.timeline.tasks[0].name == "Khảo sát mặt bằng"
    assert form.editors["progress"].value() == 58  # (6 days × 100 + 14 × 40) / 20


def test_a_project_s_progress_is_read_afresh_when_its_form_is_shown_again(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    project_id = _project(services)
    window.open_record("projects", project_id)
    form = window.current_form()
    assert form is not None and form.editors["progress"].value() == 58
    repairs = services.lists.page(ListQuery("project_tasks", quick="Sửa chữa"), offset=0, limit=1)[
        0
    ]
    window.open_record("project_tasks", repairs.id)
    task = services.records.get("project_tasks", repairs.id)
    services.records.update("project_tasks", task.id, task.version, {"percent_done": 100})
    window.show_type("projects")
    assert window.current_form() is form and form.record_id() == project_id
    assert form.editors["progress"].value() == 100
