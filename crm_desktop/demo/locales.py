"""The countries of the demonstration data: Vietnam, Brazil, Iceland, the United States
and the United Kingdom, each a :class:`~crm_desktop.demo.locale.Locale`, and how often
each comes up (:data:`LOCALES`)."""

from __future__ import annotations

import random
from typing import Any

from crm_desktop.demo.data import EUR_SHARE, City, Weighted, between, pick, tables
from crm_desktop.demo.locale import AsciiFold, Locale, random_digits
from crm_desktop.registry.spec import FAMILY_FIRST

_VI = tables("vi")
_PT = tables("pt")
_IS = tables("is")
_EN = tables("en")
_US = tables("en_us")
_GB = tables("en_gb")
_GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


class _Vietnamese(Locale):
    key, language, faker_locale = "vi", "vi", "vi_VN"
    country, currency, tld = "Việt Nam", "VND", "com.vn"
    cities, streets = _VI["cities"], _VI["streets"]
    titles, departments, free_mail = _VI["titles"], _VI["departments"], _VI["free_mail"]
    topics, next_steps, campaigns = _VI["topics"], _VI["next_steps"], _VI["campaigns"]
    case_titles, project_names = _VI["case_titles"], _VI["project_names"]
    project_tasks = _VI["project_tasks"]
    org_email_names = ("info", "lienhe", "sales", "kinhdoanh")
    name_order = FAMILY_FIRST

    def build_pools(self, fake: Any, size: int) -> None:
        self.families = Weighted(_VI["family_names"])
        extra = size // 10
        self.male = list(_VI["given_male"]) + [fake.first_name_male() for _ in range(extra)]
        self.female = list(_VI["given_female"]) + [fake.first_name_female() for _ in range(extra)]

    def person(self, rng: random.Random, female: bool, ascii_: AsciiFold) -> tuple[str, str, str]:
        family = self.families.pick(rng)
        middle = pick(rng, _VI["middle_female"] if female else _VI["middle_male"])
        given = pick(rng, self.female if female else self.male)
        a_given, a_family, a_middle = ascii_(given), ascii_(family), ascii_(middle)
        r = rng.random()
        if r < 0.45:
            local = f"{a_given}.{a_family}"
        elif r < 0.8:
            local = f"{a_given}{a_family[:1]}{a_middle[:1]}"  # ducnv
        else:
            local = f"{a_family}{a_middle}{a_given}{between(rng, 80, 99)}"
        # Family name first in Vietnamese; the given names are the "first name".
        return f"{middle} {given}", family, local

    def street(self, rng: random.Random, city: City) -> str:
        name = pick(rng, self.streets)
        number = between(rng, 1, 300)
        r = rng.random()
        if city.name == "Hà Nội" and r < 0.4:
            return f"{number} Phố {name}"
        if r < 0.6:
            return f"{number} Đường {name}"
        if r < 0.85:
            return f"Số {number} {name}"
        return f"{number}/{between(rng, 1, 60)} {name}"

    def phone(self, rng: random.Random, city: City) -> str:
        area = pick(rng, city.areas)
        if len(area) == 2:
            return f"+84 {area} {between(rng, 3, 6)}{random_digits(rng, 3)} {random_digits(rng, 4)}"
        return f"+84 {area} {between(rng, 3, 6)}{random_digits(rng, 2)} {random_digits(rng, 4)}"

    def mobile(self, rng: random.Random) -> str:
        prefix = pick(rng, _VI["mobile_prefixes"])
        return f"+84 {prefix}{between(rng, 0, 9)} {random_digits(rng, 3)} {random_digits(rng, 3)}"

    def company(self, rng: random.Random) -> tuple[str, str]:
        brand = pick(rng, _VI["company_brands"])
        sector = pick(rng, _VI["company_sectors"])
        if rng.random() < 0.3:
            other = pick(rng, _VI["company_sectors"])
            if other != sector:
                sector = f"{sector} và {other}"
        r = rng.random()
        if r < 0.45:
            name = f"Công ty TNHH {sector} {brand}"
        elif r < 0.75:
            name = f"Công ty Cổ phần {sector} {brand}"
        elif r < 0.87:
            name = f"Công ty TNHH MTV {sector} {brand}"
        elif r < 0.94:
            name = f"Tập đoàn {brand}"
        else:
            name = f"Doanh nghiệp tư nhân {brand}"
        return name, brand

    def tax_id(self, rng: random.Random) -> str:
        return f"0{pick(rng, '1234')}{random_digits(rng, 8)}"


class _Brazilian(Locale):
    key, language, faker_locale = "pt", "pt", "pt_BR"
    country, currency, tld = "Brasil", "BRL", "com.br"
    cities, streets = _PT["cities"], _PT["streets"]
    titles, departments, free_mail = _PT["titles"], _PT["departments"], _PT["free_mail"]
    topics, next_steps, campaigns = _PT["topics"], _PT["next_steps"], _PT["campaigns"]
    case_titles, project_names = _PT["case_titles"], _PT["project_names"]
    project_tasks = _PT["project_tasks"]
    org_email_names = ("contato", "vendas", "comercial", "atendimento")

    def person(self, rng: random.Random, female: bool, ascii_: AsciiFold) -> tuple[str, str, str]:
        first, last, local = super().person(rng, female, ascii_)
        if rng.random() < 0.45:
            second = pick(rng, self.last)
            if second != last:
                last = f"{last} {second}"
                local = f"{ascii_(first.split()[0])}.{ascii_(second.split()[-1])}"
        return first, last, local

    def street(self, rng: random.Random, city: City) -> str:
        street = f"{pick(rng, self.streets)}, {between(rng, 10, 3500)}"
        r = rng.random()
        if r < 0.12:
            street += f", apto {between(rng, 11, 184)}"
        elif r < 0.22:
            street += f", sala {between(rng, 101, 2210)}"
        return street

    def postal(self, rng: random.Random, city: City) -> str:
        low, high = city.postal
        return f"{between(rng, int(low), int(high)):05d}-{random_digits(rng, 3)}"

    def phone(self, rng: random.Random, city: City) -> str:
        local = f"{between(rng, 2, 3)}{random_digits(rng, 3)}-{random_digits(rng, 4)}"
        return f"+55 {city.areas[0]} {local}"

    def mobile(self, rng: random.Random) -> str:
        area = self.city(rng).areas[0]
        return f"+55 {area} 9{between(rng, 6, 9)}{random_digits(rng, 3)}-{random_digits(rng, 4)}"

    def company(self, rng: random.Random) -> tuple[str, str]:
        kind = pick(rng, _PT["company_kinds"])
        surname = pick(rng, self.last)
        brand = pick(rng, _PT["company_brands"])
        r = rng.random()
        if r < 0.3:
            return f"{kind} {surname} Ltda.", f"{kind} {surname}"
        if r < 0.45:
            other = pick(rng, self.last)
            return f"{surname} & {other} Ltda.", f"{surname} {other}"
        if r < 0.68:
            return f"{kind} {brand} Ltda.", f"{kind} {brand}"
        if r < 0.8:
            return f"{brand} {kind} S.A.", brand
        if r < 0.9:
            return f"{surname} e Filhos Ltda.", f"{surname} e Filhos"
        if r < 0.95:
            return f"Grupo {brand} S.A.", f"Grupo {brand}"
        return f"{surname} {kind} ME", f"{surname} {kind}"

    def tax_id(self, rng: random.Random) -> str:
        """A CNPJ with valid check digits."""
        digits = [int(c) for c in random_digits(rng, 8)] + [0, 0, 0, 1]
        for weights in (
            (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2),
            (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2),
        ):
            rest = sum(w * x for w, x in zip(weights, digits, strict=True)) % 11
            digits.append(0 if rest < 2 else 11 - rest)
        s = "".join(map(str, digits))
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


class _Icelandic(Locale):
    key, language, faker_locale = "is", "is", "is_IS"
    country, currency, tld = "Ísland", "ISK", "is"
    cities = _IS["cities"]
    titles, departments, free_mail = _IS["titles"], _IS["departments"], _IS["free_mail"]
    topics, next_steps, campaigns = _IS["topics"], _IS["next_steps"], _IS["campaigns"]
    case_titles, project_names = _IS["case_titles"], _IS["project_names"]
    project_tasks = _IS["project_tasks"]
    org_email_names = ("info", "sala", "skrifstofa", "postur")

    def build_pools(self, fake: Any, size: int) -> None:
        # Faker draws rare names as often as common ones: mix in the common names.
        common = [name for name, _ in _IS["common_male"]]
        self.male = common * 6 + [fake.first_name_male() for _ in range(size // 3)]
        self.female = list(_IS["common_female"]) * 6 + [
            fake.first_name_female() for _ in range(size // 3)
        ]
        faker_fathers = [fake.last_name_male().removesuffix("son") for _ in range(size // 3)]
        self.fathers = [gen for _, gen in _IS["common_male"]] * 6 + faker_fathers

    def person(self, rng: random.Random, female: bool, ascii_: AsciiFold) -> tuple[str, str, str]:
        first = pick(rng, self.female if female else self.male)
        last = pick(rng, self.fathers) + ("dóttir" if female else "son")
        a_first = ascii_(first)
        r = rng.random()
        if r < 0.4:
            local = a_first
        elif r < 0.75:
            local = f"{a_first}{ascii_(last)[:1]}"
        else:
            local = f"{a_first}.{ascii_(last)}"
        return first, last, local

    def street(self, rng: random.Random, city: City) -> str:
        number = between(rng, 1, 120)
        suffix = pick(rng, "ab") if rng.random() < 0.08 else ""
        return f"{pick(rng, city.streets)} {number}{suffix}"

    def postal(self, rng: random.Random, city: City) -> str:
        return str(pick(rng, city.postal))

    def phone(self, rng: random.Random, city: City) -> str:
        return f"+354 {city.areas[0]}{random_digits(rng, 2)} {random_digits(rng, 4)}"

    def mobile(self, rng: random.Random) -> str:
        return f"+354 {pick(rng, '678')}{random_digits(rng, 2)} {random_digits(rng, 4)}"

    def company(self, rng: random.Random) -> tuple[str, str]:
        word = pick(rng, _IS["company_words"])
        r = rng.random()
        if r < 0.4:
            return f"{word} ehf.", word
        if r < 0.75:
            return f"{word} {pick(rng, _IS['company_sectors'])} ehf.", word
        if r < 0.88:
            return f"{word} hf.", word
        return f"Verkfræðistofan {word} ehf.", word

    def tax_id(self, rng: random.Random) -> str:
        """A company kennitala: the day of founding plus 40, month, year, four digits."""
        day, month = between(rng, 41, 68), between(rng, 1, 12)
        return f"{day}{month:02d}{random_digits(rng, 2)}-{random_digits(rng, 4)}"

    def deal_currency(self, rng: random.Random) -> str:
        return "EUR" if rng.random() < EUR_SHARE else self.currency


class _American(Locale):
    key, language, faker_locale = "en_us", "en", "en_US"
    country, currency, tld = "United States", "USD", "com"
    cities, streets, free_mail = _US["cities"], _US["streets"], _US["free_mail"]
    titles, departments = _EN["titles"], _EN["departments"]
    topics, next_steps, campaigns = _EN["topics"], _EN["next_steps"], _EN["campaigns"]
    case_titles, project_names = _EN["case_titles"], _EN["project_names"]
    project_tasks = _EN["project_tasks"]
    org_email_names = ("info", "sales", "hello", "contact")
    brands = _US["company_brands"]
    forms = (
        ("{s} {k} Inc.", 30),
        ("{s} & {o} LLC", 15),
        ("{b} {k} Inc.", 25),
        ("{b} {k} Corp.", 10),
        ("{b} {k} LLC", 20),
    )

    def __init__(self, faker_seed: int, pool_size: int = 600):
        super().__init__(faker_seed, pool_size)
        self.form_pool = Weighted(self.forms)

    def street(self, rng: random.Random, city: City) -> str:
        street = f"{between(rng, 1, 9800)} {pick(rng, self.streets)}"
        if rng.random() < 0.2:
            street += f", Suite {between(rng, 100, 2400)}"
        return street

    def phone(self, rng: random.Random, city: City) -> str:
        area = pick(rng, city.areas)
        return f"+1 {area}-{between(rng, 201, 989)}-{random_digits(rng, 4)}"

    def mobile(self, rng: random.Random) -> str:
        return self.phone(rng, self.city(rng))

    def company(self, rng: random.Random) -> tuple[str, str]:
        surname, other = pick(rng, self.last), pick(rng, self.last)
        brand, sector = pick(rng, self.brands), pick(rng, _EN["company_sectors"])
        form = self.form_pool.pick(rng)
        name = form.format(s=surname, o=other, b=brand, k=sector)
        short = brand if "{b}" in form else surname
        return name, short

    def tax_id(self, rng: random.Random) -> str:
        return f"{between(rng, 10, 99)}-{random_digits(rng, 7)}"

    def deal_currency(self, rng: random.Random) -> str:
        return "EUR" if rng.random() < EUR_SHARE else self.currency


class _British(_American):
    key, faker_locale = "en_gb", "en_GB"
    country, currency, tld = "United Kingdom", "GBP", "co.uk"
    cities, streets, free_mail = _GB["cities"], _GB["streets"], _GB["free_mail"]
    brands = _GB["company_brands"]
    forms = (
        ("{s} {k} Ltd", 30),
        ("{s} & {o} Ltd", 15),
        ("{b} {k} Ltd", 35),
        ("{b} {k} plc", 10),
        ("{s} & Sons Ltd", 10),
    )

    def street(self, rng: random.Random, city: City) -> str:
        street = f"{between(rng, 1, 250)} {pick(rng, self.streets)}"
        if rng.random() < 0.15:
            street = f"Flat {between(rng, 1, 40)}, {street}"
        return street

    def postal(self, rng: random.Random, city: City) -> str:
        district = pick(rng, city.postal)
        return f"{district} {between(rng, 1, 9)}{pick(rng, _GB_LETTERS)}{pick(rng, _GB_LETTERS)}"

    def phone(self, rng: random.Random, city: City) -> str:
        area = city.areas[0]
        if len(area) == 2:
            return f"+44 {area} {pick(rng, '37')}{random_digits(rng, 3)} {random_digits(rng, 4)}"
        return f"+44 {area} {between(rng, 2, 9)}{random_digits(rng, 2)} {random_digits(rng, 4)}"

    def mobile(self, rng: random.Random) -> str:
        return f"+44 7{between(rng, 400, 999)} {random_digits(rng, 6)}"

    def tax_id(self, rng: random.Random) -> str:
        return f"GB {random_digits(rng, 3)} {random_digits(rng, 4)} {random_digits(rng, 2)}"


LOCALES: tuple[tuple[type[Locale], float], ...] = (
    (_Vietnamese, 28),
    (_Brazilian, 26),
    (_Icelandic, 16),
    (_American, 18),
    (_British, 12),
)
