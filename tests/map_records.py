"""Organizations the customer map's tests place and move, shared by the service's and
the screen's tests: one at its own coordinates, one at its city only."""

from __future__ import annotations

from crm_desktop.services import Services

#: Ba Đình, Hanoi (latitude, longitude)
HANOI = (21.03587, 105.83416)
#: at HANOI, by its coordinates
EXACT = "Thép Ba Đình"
#: at São Paulo, by its address's city
CITY = "Farmácia São Jorge"


def add_organizations(services: Services) -> dict[str, int]:
    """:data:`EXACT` and :data:`CITY`, created: name -> id."""
    exact = services.records.create(
        "organizations",
        {
            "name": EXACT,
            "billing_city": "Hà Nội",
            "billing_country": "Việt Nam",
            "latitude": str(HANOI[0]),
            "longitude": str(HANOI[1]),
        },
    )
    city = services.records.create(
        "organizations",
        {"name": CITY, "billing_city": "São Paulo", "billing_country": "Brasil"},
    )
    return {EXACT: exact.id, CITY: city.id}
