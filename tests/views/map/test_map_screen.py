"""The customer map: markers at the customers' cities with their numbers, what could
not be placed and why, the customers of a marker, visits planned from them, a saved
filter's records only, and Cancel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.places import gazetteer as gazetteer_module
from crm_desktop.views.activities.common import local_zone
from crm_desktop.views.map.canvas import MapView, MarkerItem
from crm_desktop.views.map.screen import MapScreen
from crm_desktop.views.map.unplaced import UnplacedDialog
from crm_desktop.views.map.visits import PlanVisitsDialog
from crm_desktop.views.shell.main_window import MainWindow
from tests.conftest import OFFICE_PASSWORD, AsUser
from tests.views.map.conftest import markers, wait_until_read


def _click(qtbot: QtBot, screen: MapScreen, marker: MarkerItem) -> None:
    view = screen.map
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(marker.pos())
    )


def _listed(screen: MapScreen) -> list[tuple[str, str]]:
    tree = screen.customers
    return sorted(
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    )


def test_each_city_has_one_marker_with_its_customers_count(screen: MapScreen) -> None:
    found = markers(screen)

    assert {place: m.count for place, m in found.items()} == {
        "Hanoi, VN": 2,  # "Hà Nội" and "Hanoi"
        "Ho Chi Minh City, VN": 1,
        "Reykjavík, IS": 1,
        "São Paulo, BR": 1,
    }
    hanoi = found["Hanoi, VN"].pos()
    assert 105.7 < hanoi.x() < 106.0 and -21.2 < hanoi.y() < -20.9  # x: east, y: -north
    reykjavik = found["Reykjavík, IS"].pos()
    assert -22.1 < reykjavik.x() < -21.7 and -64.3 < reykjavik.y() < -64.0
    # Fitted: every marker is on screen, the larger drawn larger.
    viewport = screen.map.viewport().rect()
    assert all(viewport.contains(screen.map.mapFromScene(m.pos())) for m in found.values())
    assert found["Hanoi, VN"].radius > found["São Paulo, BR"].radius
    assert screen.status.text() == "5 records on the map."


def test_what_could_not_be_placed_is_counted_and_says_why(
    qtbot: QtBot, screen: MapScreen, customers: dict[str, int]
) -> None:
    assert screen.unplaced_button.isVisible()
    assert screen.unplaced_button.text() == "1 could not be placed"

    qtbot.mouseClick(screen.unplaced_button, Qt.MouseButton.LeftButton)

    dialog = screen.findChild(UnplacedDialog)
    assert dialog is not None and dialog.isVisible()
    row = dialog.records.topLevelItem(0)
    assert dialog.records.topLevelItemCount() == 1
    assert [row.text(c) for c in range(4)] == [
        "Nowhere Ltd",
        "Xyzzyvík",
        "Ísland",
        'No place called "Xyzzyvík" is known.',
    ]
    with qtbot.waitSignal(screen.open_record) as opened:
        dialog.records.itemDoubleClicked.emit(row, 0)
    assert opened.args == ["organizations", customers["Nowhere Ltd"]]
    dialog.close()


def test_clicking_the_hanoi_marker_lists_its_two_customers(
    qtbot: QtBot, screen: MapScreen, customers: dict[str, int]
) -> None:
    _click(qtbot, screen, markers(screen)["Hanoi, VN"])

    assert _listed(screen) == [("Hanoi Trading Co.", "Hanoi, VN"), ("Thép Hà Nội", "Hanoi, VN")]
    assert screen.plan_button.isEnabled()
    first = screen.customers.topLevelItem(0)
    with qtbot.waitSignal(screen.open_record) as opened:
        screen.customers.itemDoubleClicked.emit(first, 0)
    assert opened.args == ["organizations", customers[first.text(0)]]
    # A click on the land beside the markers lists nobody.
    qtbot.mouseClick(screen.map.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert _listed(screen) == [] and not screen.plan_button.isEnabled()


def test_an_area_dragged_around_lists_the_customers_in_it(qtbot: QtBot, screen: MapScreen) -> None:
    view, found = screen.map, markers(screen)
    hanoi, saigon = (
        view.mapFromScene(found[p].pos()) for p in ("Hanoi, VN", "Ho Chi Minh City, VN")
    )
    corner, other = hanoi + QPoint(-30, -30), saigon + QPoint(30, 30)
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, shift, corner)
    qtbot.mouseMove(view.viewport(), (corner + other) / 2)
    qtbot.mouseMove(view.viewport(), other)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, shift, other)

    assert _listed(screen) == [
        ("Hanoi Trading Co.", "Hanoi, VN"),
        ("Quán Sài Gòn", "Ho Chi Minh City, VN"),
        ("Thép Hà Nội", "Hanoi, VN"),
    ]


def test_plan_visits_creates_a_visit_tomorrow_for_each_customer(
    qtbot: QtBot, screen: MapScreen, services: Services, customers: dict[str, int]
) -> None:
    _click(qtbot, screen, markers(screen)["Hanoi, VN"])
    qtbot.mouseClick(screen.plan_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(PlanVisitsDialog)
    assert dialog is not None
    dialog.minutes.setValue(45)

    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)

    _name, zone = local_zone()
    tomorrow = dt.datetime.now(zone).date() + dt.timedelta(days=1)
    day = services.calendar.days(tomorrow, tomorrow, zone)[tomorrow]
    visits = [services.records.get("activities", o.activity_id).values for o in day]
    assert sorted((v["related_type"], v["related_id"]) for v in visits) == sorted(
        ("organizations", customers[name]) for name in ("Thép Hà Nội", "Hanoi Trading Co.")
    )
    assert {v["kind"] for v in visits} == {"Visit"}
    assert {v["status"] for v in visits} == {"Planned"}
    starts = sorted(v["start_at"].astimezone(zone).time() for v in visits)
    assert starts == [dt.time(9), dt.time(9, 45)]  # one after the other
    assert all(v["end_at"] - v["start_at"] == dt.timedelta(minutes=45) for v in visits)
    assert sorted(v["subject"] for v in visits) == [
        "Visit to Hanoi Trading Co.",
        "Visit to Thép Hà Nội",
    ]
    assert screen.status.text() == "2 visits planned."


def test_a_saved_filter_limits_the_markers(
    qtbot: QtBot, screen: MapScreen, services: Services
) -> None:
    services.filters.save(
        "organizations",
        "In Vietnam",
        (Condition("billing_country", "in", ("Việt Nam", "Vietnam")),),
    )
    screen.types.setCurrentIndex(screen.types.findData("contacts"))
    screen.types.setCurrentIndex(screen.types.findData("organizations"))  # the filters again
    wait_until_read(qtbot, screen)

    screen.filters.setCurrentIndex(screen.filters.findText("In Vietnam"))
    wait_until_read(qtbot, screen)

    assert {p: m.count for p, m in markers(screen).items()} == {
        "Hanoi, VN": 2,
        "Ho Chi Minh City, VN": 1,
    }
    assert not screen.unplaced_button.isVisible()


def test_contacts_are_placed_by_their_mailing_address(
    qtbot: QtBot, screen: MapScreen, services: Services
) -> None:
    services.records.create(
        "contacts",
        {
            "first_name": "Lan",
            "last_name": "Nguyễn",
            "mailing_city": "Ha Noi",
            "mailing_country": "VN",
        },
    )
    assert {screen.types.itemData(i) for i in range(screen.types.count())} == {
        "organizations",
        "contacts",
        "leads",
    }

    screen.types.setCurrentIndex(screen.types.findData("contacts"))
    wait_until_read(qtbot, screen)

    assert [(m.pins[0].place, [p.name for p in m.pins]) for m in screen.map.markers] == [
        ("Hanoi, VN", ["Lan Nguyễn"])
    ]


def test_cancel_stops_the_reading(qtbot: QtBot, screen: MapScreen) -> None:
    # The reading waits for the gazetteer while the test holds it: Cancel comes first.
    with gazetteer_module._lock:
        screen.load()
        assert screen.cancel_button.isVisible()
        qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    wait_until_read(qtbot, screen)

    assert screen.map.markers == []
    assert screen.status.text() == "Stopped after 0 records of 6."
    assert not screen.cancel_button.isVisible()


@pytest.mark.usefixtures("customers", "places")
def test_the_map_is_a_screen_of_the_sales_group_that_opens_records(
    qtbot: QtBot, window: MainWindow, customers: dict[str, int]
) -> None:
    assert window.navigation.text_of("customer_map") == "Customer map"
    window.show_screen("customer_map")
    screen = window.screen_widget("customer_map")
    assert isinstance(screen, MapScreen)
    wait_until_read(qtbot, screen)
    _click(qtbot, screen, markers(screen)["São Paulo, BR"])

    screen.customers.itemDoubleClicked.emit(screen.customers.topLevelItem(0), 0)

    form = window.current_form()
    assert form is not None and form.record_id() == customers["Farmácia São Jorge"]


def test_who_may_not_create_activities_is_offered_no_visits(
    qtbot: QtBot, office: Services, as_user: AsUser, settings: QSettings
) -> None:
    readers = office.office.add_role("Readers", "staff")
    office.office.set_rights(readers, "activities", ("view",))
    office.office.set_rights(readers, "leads", ())
    office.users.add_user("dung", OFFICE_PASSWORD, "Readers")
    screen = MapScreen(as_user("dung"), settings)
    qtbot.addWidget(screen)
    wait_until_read(qtbot, screen)

    assert screen.plan_button.isHidden()
    types = {screen.types.itemData(i) for i in range(screen.types.count())}
    assert types == {"organizations", "contacts"}  # leads: not theirs to see
    screen.shutdown()


def _wheel(view: MapView, at: QPoint, steps: int) -> None:
    event = QWheelEvent(
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_wheel_zooms_around_the_cursor_and_fit_shows_every_marker(
    screen: MapScreen,
) -> None:
    view, found = screen.map, markers(screen)
    hanoi = view.mapFromScene(found["Hanoi, VN"].pos())
    before = view.scale_

    _wheel(view, hanoi, 3)

    assert view.scale_ == pytest.approx(before * 1.25**3)
    # stays under the cursor (to the scroll bars' whole pixels)
    assert (view.mapFromScene(found["Hanoi, VN"].pos()) - hanoi).manhattanLength() <= 4
    viewport = view.viewport().rect()
    assert not viewport.contains(view.mapFromScene(found["Reykjavík, IS"].pos()))

    screen.fit_button.click()

    assert all(viewport.contains(view.mapFromScene(m.pos())) for m in found.values())


def test_refresh_reads_the_records_and_filters_again_where_the_map_is(
    qtbot: QtBot, screen: MapScreen, services: Services
) -> None:
    view = screen.map
    view.zoom(2.0)
    center = view.mapToScene(view.viewport().rect().center())
    services.records.create(
        "organizations",
        {"name": "Gạo Hà Nội", "billing_city": "Hà Nội", "billing_country": "Việt Nam"},
    )
    services.filters.save(
        "organizations", "Iceland", (Condition("billing_country", "eq", "Ísland"),)
    )

    screen.refresh()
    wait_until_read(qtbot, screen)

    assert markers(screen)["Hanoi, VN"].count == 3
    assert screen.filters.findText("Iceland") > 0
    after = view.mapToScene(view.viewport().rect().center())
    assert (after - center).manhattanLength() < 0.5  # degrees: the view stayed
