"""Plan visits orders the chosen customers into a route by nearest neighbour from the one
the user starts at, plans the visits in that order and draws the route on the map."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.places.route import distance_km
from crm_desktop.services.places.service import Pin
from crm_desktop.views.activities.common import local_zone
from crm_desktop.views.map.route import RouteItem, StopItem
from crm_desktop.views.map.screen import MapScreen
from crm_desktop.views.map.visits import PlanVisitsDialog, visit_starts

pytestmark = pytest.mark.usefixtures("english_locale")


def _every_marker_chosen(qtbot: QtBot, screen: MapScreen) -> PlanVisitsDialog:
    for marker in screen.map.markers:
        marker.setSelected(True)
    screen.plan_button.click()
    dialog = screen.findChild(PlanVisitsDialog)
    assert dialog is not None
    return dialog


def _is_nearest_neighbour(route: list[Pin]) -> bool:
    """Each customer's place is the nearest of the places not visited yet."""
    at = [(pin.latitude, pin.longitude) for pin in route]
    return all(
        distance_km(at[n - 1], at[n]) == min(distance_km(at[n - 1], p) for p in at[n:])
        for n in range(1, len(at))
    )


def _drawn(screen: MapScreen) -> tuple[list[tuple[float, float]], list[str]]:
    lines = [i for i in screen.map.route_items if isinstance(i, RouteItem)]
    stops = [i for i in screen.map.route_items if isinstance(i, StopItem)]
    assert len(lines) <= 1 and all(i.scene() is screen.map.scene() for i in lines + stops)
    points = [(p.x(), p.y()) for p in lines[0]._points] if lines else []
    return points, [s.text for s in stops]


def test_the_visits_follow_a_route_from_the_customer_started_at(
    qtbot: QtBot, screen: MapScreen, services: Services, customers: dict[str, int]
) -> None:
    dialog = _every_marker_chosen(qtbot, screen)
    chosen = screen.chosen()
    assert dialog.route()[0] == chosen[0]  # from the first in the side list
    assert _is_nearest_neighbour(dialog.route())

    saigon = next(n for n, pin in enumerate(chosen) if pin.name == "Quán Sài Gòn")
    with qtbot.waitSignal(dialog.route_changed):
        dialog.first.setCurrentIndex(saigon)

    route = dialog.route()
    assert route[0].name == "Quán Sài Gòn" and _is_nearest_neighbour(route)
    assert sorted(p.id for p in route) == sorted(p.id for p in chosen)
    # Both Hanoi customers one after the other: one place, one stop.
    hanoi = [n for n, pin in enumerate(route) if pin.place.startswith("Hanoi")]
    assert len(hanoi) == 2 and hanoi[1] == hanoi[0] + 1
    places = list(dict.fromkeys((-pin.latitude, pin.longitude) for pin in route))
    points, numbers = _drawn(screen)
    assert points == [(lon, lat) for lat, lon in places]
    assert numbers == [str(n) for n in range(1, len(places) + 1)]
    assert dialog.listed.text().startswith("1. Quán Sài Gòn")

    dialog.minutes.setValue(30)
    dialog.plan_button.click()

    _name, zone = local_zone()
    tomorrow = dt.datetime.now(zone).date() + dt.timedelta(days=1)
    day = services.calendar.days(tomorrow, tomorrow, zone)[tomorrow]
    visits = sorted(
        (services.records.get("activities", o.activity_id).values for o in day),
        key=lambda v: v["start_at"],
    )
    assert [v["related_id"] for v in visits] == [pin.id for pin in route]
    assert [v["start_at"].astimezone(zone).time() for v in visits] == [
        (dt.datetime(2000, 1, 1, 9) + dt.timedelta(minutes=30 * n)).time()
        for n in range(len(route))
    ]
    assert _drawn(screen)[0] == points  # the planned route stays on the map


def test_a_cancelled_plan_takes_its_route_away(qtbot: QtBot, screen: MapScreen) -> None:
    dialog = _every_marker_chosen(qtbot, screen)
    assert _drawn(screen)[0]

    dialog.reject()

    assert _drawn(screen) == ([], [])


def test_visits_stay_within_working_days() -> None:
    friday = dt.datetime(2026, 12, 11, 9)
    starts = visit_starts(friday, dt.timedelta(hours=2), 6, dt.time(17))
    # 9, 11, 13 and 15 o'clock on Friday (the last ends at 17:00), then Monday at 9 and 11.
    assert starts == [
        friday,
        friday.replace(hour=11),
        friday.replace(hour=13),
        friday.replace(hour=15),
        dt.datetime(2026, 12, 14, 9),
        dt.datetime(2026, 12, 14, 11),
    ]
    late = dt.datetime(2026, 12, 7, 23)  # even the first would run past midnight: kept
    assert visit_starts(late, dt.timedelta(hours=2), 2, dt.time(18)) == [
        late,
        dt.datetime(2026, 12, 8, 23),
    ]
