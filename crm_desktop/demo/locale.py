"""What every country of the demonstration data gives: people, places, telephone
numbers and companies (``locales.py`` has the countries).

A :class:`Locale` draws from its tables (``crm_desktop/resources/demo/<key>.toml``, read by
:func:`crm_desktop.demo.data.tables`) and from name pools Faker fills once, seeded; every
draw takes the generator's one :class:`random.Random`, so a seed gives the same data.
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from crm_desktop.demo.data import City, Weighted, between, pick
from crm_desktop.registry.spec import GIVEN_FIRST


def random_digits(rng: random.Random, count: int) -> str:
    return f"{int(rng.random() * 10**count):0{count}d}"


#: Letters and digits of a name without accents (for e-mail addresses and domains).
AsciiFold = Callable[[str], str]


class Locale(ABC):
    """One country's people, places, phone numbers and companies."""

    key = ""
    language = ""
    faker_locale = ""
    country = ""
    currency = ""
    tld = ""
    cities: tuple[City, ...] = ()
    streets: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    free_mail: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    case_titles: tuple[str, ...] = ()
    project_names: tuple[str, ...] = ()
    project_tasks: tuple[str, ...] = ()
    org_email_names: tuple[str, ...] = ("info",)
    #: how the country's people write their names (registry.spec)
    name_order = GIVEN_FIRST

    def __init__(self, faker_seed: int, pool_size: int = 600):
        from faker import Faker

        fake = Faker(self.faker_locale)
        fake.seed_instance(faker_seed)
        self.city_pool = Weighted((c, c.weight) for c in self.cities)
        self.build_pools(fake, pool_size)

    def build_pools(self, fake: Any, size: int) -> None:
        self.male = [fake.first_name_male() for _ in range(size)]
        self.female = [fake.first_name_female() for _ in range(size)]
        self.last = [fake.last_name() for _ in range(size)]

    # people -------------------------------------------------------------------------------------
    def person(self, rng: random.Random, female: bool, ascii_: AsciiFold) -> tuple[str, str, str]:
        """(first name, last name, e-mail local part)."""
        first = pick(rng, self.female if female else self.male)
        last = pick(rng, self.last)
        a_first, a_last = ascii_(first.split()[0]), ascii_(last.split()[-1])
        r = rng.random()
        local = f"{a_first}.{a_last}" if r < 0.6 else f"{a_first[:1]}{a_last}"
        return first, last, local or "contact"

    # places -------------------------------------------------------------------------------------
    def city(self, rng: random.Random) -> City:
        return self.city_pool.pick(rng)

    def street(self, rng: random.Random, city: City) -> str:
        return f"{between(rng, 1, 250)} {pick(rng, self.streets)}"

    def postal(self, rng: random.Random, city: City) -> str:
        low, high = city.postal
        return f"{between(rng, int(low), int(high)):05d}"

    @abstractmethod
    def phone(self, rng: random.Random, city: City) -> str: ...

    @abstractmethod
    def mobile(self, rng: random.Random) -> str: ...

    # companies ----------------------------------------------------------------------------------
    @abstractmethod
    def company(self, rng: random.Random) -> tuple[str, str]:
        """(company name, short brand for domains and opportunity names)."""

    @abstractmethod
    def tax_id(self, rng: random.Random) -> str: ...

    def deal_currency(self, rng: random.Random) -> str:
        return self.currency
