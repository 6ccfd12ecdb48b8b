"""An organization moved on the map by dragging its marker: asked first, saved with its
history, shown where it was let go and in its form; cancelled, or refused over a change
someone else saved since, it stays where it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QGraphicsItem, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.places.gazetteer import Gazetteer
from crm_desktop.views.map.canvas import MarkerItem
from crm_desktop.views.map.screen import MapScreen
from crm_desktop.views.shell.main_window import MainWindow
from tests.map_records import HANOI, add_organizations
from tests.views.map.conftest import open_screen, wait_until_read


@pytest.fixture
def organizations(services: Services) -> dict[str, int]:
    return add_organizations(services)


@pytest.fixture
def map_screen(
    qtbot: QtBot,
    services: Services,
    settings: QSettings,
    organizations: dict[str, int],
    places: Gazetteer,
) -> Iterator[MapScreen]:
    yield from open_screen(qtbot, services, settings)


class Questions:
    """The questions asked (text and informative text); each answered with ``button``."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.button = "Move"

    def exec_(self, box: QMessageBox) -> int:
        self.asked.append(f"{box.text()} {box.informativeText()}")
        next(b for b in box.buttons() if b.text() == self.button).click()
        return 0


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: questions.exec_(box))
    return questions


def _marker(screen: MapScreen, name: str) -> MarkerItem:
    return next(m for m in screen.map.markers if [p.name for p in m.pins] == [name])


def _drag(
    qtbot: QtBot, screen: MapScreen, marker: MarkerItem, by: QPoint, questions: Questions
) -> QPoint:
    """Drag ``marker`` ``by`` pixels with the mouse until the user is asked whether to
    move it there (and has answered); where it was let go."""
    asked = len(questions.asked)
    view = screen.map
    start = view.mapFromScene(marker.pos())
    end = start + by
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(view.viewport(), start + by * (step / 4))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: len(questions.asked) > asked)
    return end


def _saved(services: Services, record_id: int) -> tuple[float, float]:
    values = services.records.get("organizations", record_id).values
    return float(values["latitude"]), float(values["longitude"])


def test_the_tooltips_say_how_exactly_each_customer_is_placed(map_screen: MapScreen) -> None:
    assert _marker(map_screen, "Thép Ba Đình").toolTip() == (
        "Thép Ba Đình\nHà Nội, VN, at its exact position\nDrag it to move it."
    )
    assert _marker(map_screen, "Farmácia São Jorge").toolTip() == (
        "Farmácia São Jorge\nSão Paulo, BR, at its city\nDrag it to move it."
    )


def test_a_marker_dragged_and_confirmed_moves_its_organization_there(
    qtbot: QtBot,
    map_screen: MapScreen,
    services: Services,
    organizations: dict[str, int],
    questions: Questions,
    window: MainWindow,
) -> None:
    marker = _marker(map_screen, "Farmácia São Jorge")

    end = _drag(qtbot, map_screen, marker, QPoint(40, -30), questions)

    moved = _marker(map_screen, "Farmácia São Jorge")
    assert (map_screen.map.mapFromScene(moved.pos()) - end).manhattanLength() <= 1
    latitude, longitude = round(-moved.pos().y(), 5), round(moved.pos().x(), 5)
    assert questions.asked == [
        f"Move Farmácia São Jorge here? Its latitude and longitude become {latitude}"
        f" and {longitude}."
    ]
    record_id = organizations["Farmácia São Jorge"]
    assert _saved(services, record_id) == (latitude, longitude)
    assert map_screen.status.text() == "Farmácia São Jorge moved."
    assert moved.pins[0].exact and moved.pins[0].version == 2
    assert "at its exact position" in moved.toolTip()
    changed = {c.field for c in services.history.page("organizations", record_id)}
    assert {"latitude", "longitude"} <= changed
    # Its form shows the new coordinates.
    window.open_record("organizations", record_id)
    form = window.form("organizations")
    assert form is not None
    assert float(form.editors["latitude"].value()) == pytest.approx(latitude, abs=1e-5)
    assert float(form.editors["longitude"].value()) == pytest.approx(longitude, abs=1e-5)


def test_a_drop_the_user_cancels_saves_nothing(
    qtbot: QtBot,
    map_screen: MapScreen,
    services: Services,
    organizations: dict[str, int],
    questions: Questions,
) -> None:
    questions.button = "Cancel"
    marker = _marker(map_screen, "Thép Ba Đình")
    home = marker.pos()

    _drag(qtbot, map_screen, marker, QPoint(-50, 20), questions)

    assert len(questions.asked) == 1
    assert marker.pos() == home
    assert _saved(services, organizations["Thép Ba Đình"]) == HANOI
    assert services.records.get("organizations", organizations["Thép Ba Đình"]).version == 1


def test_a_move_over_someone_else_s_change_is_refused_in_one_sentence(
    qtbot: QtBot,
    map_screen: MapScreen,
    services: Services,
    colleague: Services,
    organizations: dict[str, int],
    questions: Questions,
) -> None:
    record_id = organizations["Thép Ba Đình"]
    colleague.records.update("organizations", record_id, 1, {"latitude": "21.0285"})

    _drag(qtbot, map_screen, _marker(map_screen, "Thép Ba Đình"), QPoint(30, 30), questions)
    wait_until_read(qtbot, map_screen)  # the map reads the records as they are saved

    assert map_screen.status.text() == (
        "Someone else changed this organization after you opened it."
    )
    assert _saved(services, record_id) == (21.0285, HANOI[1])
    shown = _marker(map_screen, "Thép Ba Đình")
    assert (shown.pins[0].latitude, shown.pins[0].version) == (21.0285, 2)


def test_a_group_of_customers_and_contacts_cannot_be_dragged(
    qtbot: QtBot, map_screen: MapScreen, services: Services, organizations: dict[str, int]
) -> None:
    services.records.create(
        "contacts", {"last_name": "Trần", "organization_id": organizations["Thép Ba Đình"]}
    )
    map_screen.types.setCurrentIndex(map_screen.types.findData("contacts"))
    wait_until_read(qtbot, map_screen)

    (marker,) = map_screen.map.markers
    assert marker.pins[0].exact and marker.dropped is None
    assert not marker.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    assert marker.toolTip() == "Trần\nHà Nội, VN, at its exact position"
