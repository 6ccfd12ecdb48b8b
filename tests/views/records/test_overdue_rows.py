"""Lists mark the rows their type declares overdue: the support queue's late cases."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.palette import error_color
from crm_desktop.views.records.list_model import RecordTableModel


def test_overdue_open_cases_are_marked_and_come_by_priority(
    qtbot: QtBot, services: Services
) -> None:
    now = dt.datetime.now(dt.UTC)
    for title, priority, hours, status in (
        ("Hết hạn", "Normal", -3, "Open"),
        ("Đóng rồi", "Urgent", -3, "Closed"),
        ("Còn thời gian", "Urgent", 5, "In Progress"),
    ):
        services.records.create(
            "cases",
            {
                "title": title,
                "priority": priority,
                "due_at": now + dt.timedelta(hours=hours),
                "status": status,
                "resolution": "Xong." if status == "Closed" else None,
            },
        )
    queue = services.registry.get("cases").default_filter_spec()  # the list opens on it
    assert queue is not None
    model = RecordTableModel(services, ListQuery("cases", conditions=queue.conditions))
    title = model.column_of("title")
    assert title is not None
    rows = [model.index(row, title).data() for row in range(model.rowCount())]
    assert rows == ["Còn thời gian", "Hết hạn"]  # the open cases, the most urgent first
    delegate = QStyledItemDelegate()
    marked = []
    for row in range(model.rowCount()):
        index = model.index(row, title)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)  # the painting path (multiData)
        painted = option.palette.color(QPalette.ColorRole.Text)
        asked = model.data(index, Qt.ItemDataRole.ForegroundRole)  # the one-role path
        assert (painted == error_color()) == (asked == error_color())
        marked.append(painted == error_color())
    assert marked == [False, True]
