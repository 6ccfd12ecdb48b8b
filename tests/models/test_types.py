"""Money is exact and time is UTC, on the way in and out of the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from crm_desktop.models import Database
from crm_desktop.models.base import Money, UTCDateTime
from crm_desktop.models.entities import Product


@pytest.mark.parametrize(
    "amount", ["0", "0.01", "1234567.89", "99999999999.9999", "-42.5", "1000000000"]
)
def test_money_round_trips_exactly(db: Database, amount: str) -> None:
    with db.write() as session:
        session.add(Product(number=f"P-{amount}", name="x", unit_price=Decimal(amount), owner_id=1))
    with db.read() as session:
        value = session.query(Product.unit_price).filter_by(number=f"P-{amount}").scalar()
        stored = session.execute(
            text(
                "SELECT unit_price, typeof(unit_price) FROM products WHERE number = :n"
                if db.is_sqlite
                else "SELECT unit_price, pg_typeof(unit_price)::text "
                "FROM products WHERE number = :n"
            ),
            {"n": f"P-{amount}"},
        ).one()
    assert value == Decimal(amount)
    if db.is_sqlite:
        assert stored[1] == "integer"  # never a float in the file


def test_money_rejects_floats_and_rounds_half_up_to_four_places() -> None:
    money = Money()
    with pytest.raises(TypeError):
        money.process_bind_param(0.1, None)  # type: ignore[arg-type]
    assert money.process_bind_param(Decimal("0.00005"), None) == 1
    assert money.process_bind_param(Decimal("-0.00005"), None) == -1


def test_datetimes_are_stored_utc_and_come_back_aware() -> None:
    kind = UTCDateTime()
    hanoi = dt.timezone(dt.timedelta(hours=7))
    stored = kind.process_bind_param(dt.datetime(2026, 1, 2, 9, 0, tzinfo=hanoi), None)
    assert stored == dt.datetime(2026, 1, 2, 2, 0)
    back = kind.process_result_value(stored, None)
    assert back == dt.datetime(2026, 1, 2, 2, 0, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="naive"):
        kind.process_bind_param(dt.datetime(2026, 1, 2), None)


def test_a_new_user_gets_the_next_id(db: Database) -> None:
    """The default user was inserted with its id; a database server's sequence must go on
    after it (on SQLite the next rowid does by itself)."""
    from crm_desktop.models.entities import User

    with db.write() as session:
        user = User(username="sigga", full_name="Sigríður Jónsdóttir", active=True)
        session.add(user)
        session.flush()
        assert user.id == 2
