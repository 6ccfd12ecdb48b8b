"""My work today lists the user's project tasks; choosing one opens it."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.activities.types import WorkToday
from crm_desktop.views.calendar.pages import WorkTodayPage


def test_project_tasks_have_their_group_and_open_as_project_tasks(
    qtbot: QtBot, services: Services
) -> None:
    project = services.records.create("projects", {"name": "Cửa hàng mới"})
    yesterday = dt.date.today() - dt.timedelta(days=1)
    task = services.records.create(
        "project_tasks",
        {"name": "Đặt biển hiệu", "project_id": project.id, "end_date": yesterday},
    )
    page = WorkTodayPage(dt.UTC)
    qtbot.addWidget(page)
    page.set_work(WorkToday())
    page.set_project_tasks(services.projects.my_work(services.records.user_id, dt.date.today()))
    group = page.groups["project_tasks"]
    assert group.text(0) == "Project tasks (1)"
    row = group.child(0)
    assert (row.text(2), row.text(3)) == ("Đặt biển hiệu", "Cửa hàng mới")
    with qtbot.waitSignal(page.task_chosen) as chosen:
        page.itemActivated.emit(row, 0)
    assert chosen.args == ["project_tasks", task.id]
