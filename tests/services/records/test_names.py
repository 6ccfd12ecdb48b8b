"""Names the way their owners write them: a contact's and a lead's name order, guessed for
new records from the name or the user's locale, and used wherever the name is shown."""

from __future__ import annotations

from typing import Any

import pytest

from crm_desktop.registry.spec import FAMILY_FIRST, GIVEN_FIRST
from crm_desktop.services import Services
from crm_desktop.services.imports.plan import ImportPlan
from crm_desktop.services.records.names import order_of
from crm_desktop.services.records.search import SearchService
from crm_desktop.services.records.types import ListQuery

#: (language, given names, family name, the order its owner writes it in, the name shown)
PEOPLE = [
    ("Vietnamese", "Văn Đức", "Nguyễn", FAMILY_FIRST, "Nguyễn Văn Đức"),
    ("Vietnamese without accents", "Van Duc", "Nguyen", FAMILY_FIRST, "Nguyen Van Duc"),
    ("Vietnamese, a family name others share", "Thị Mai", "Lê", FAMILY_FIRST, "Lê Thị Mai"),
    ("Hungarian", "Péter", "Nagy", FAMILY_FIRST, "Nagy Péter"),
    ("Hungarian by its letters", "Ödön", "Kőrösi", FAMILY_FIRST, "Kőrösi Ödön"),
    ("Chinese", "小明", "王", FAMILY_FIRST, "王 小明"),
    ("Japanese", "太郎", "山田", FAMILY_FIRST, "山田 太郎"),
    ("Korean", "민준", "김", FAMILY_FIRST, "김 민준"),
    ("Icelandic", "Þórður", "Sigurðsson", GIVEN_FIRST, "Þórður Sigurðsson"),
    ("Portuguese", "João", "Conceição", GIVEN_FIRST, "João Conceição"),
    ("English", "Paul", "Le", GIVEN_FIRST, "Paul Le"),
    # typed into the fields in the order it is read: the fields' order stays
    ("Vietnamese, family name typed first", "Nguyễn Văn", "Đức", GIVEN_FIRST, "Nguyễn Văn Đức"),
]


@pytest.mark.parametrize(("language", "given", "family", "order", "shown"), PEOPLE)
def test_a_new_contact_and_lead_are_shown_as_their_owner_writes_the_name(
    services: Services, language: str, given: str, family: str, order: str, shown: str
) -> None:
    services.records.name_locale = "en_US"
    for type_key in ("contacts", "leads"):
        record = services.records.create(type_key, {"first_name": given, "last_name": family})
        assert record.values["name_order"] == order, language
        assert services.records.display_name(type_key, record.id) == shown, language


@pytest.mark.parametrize(
    ("locale_name", "order"),
    [
        ("vi_VN.UTF-8", FAMILY_FIRST),
        ("hu_HU", FAMILY_FIRST),
        ("ja_JP", FAMILY_FIRST),
        ("zh-Hans-CN", FAMILY_FIRST),
        ("ko_KR", FAMILY_FIRST),
        ("Vietnamese_Vietnam.1258", FAMILY_FIRST),  # as Windows names it
        ("en_US", GIVEN_FIRST),
        ("is_IS", GIVEN_FIRST),
        ("pt_BR", GIVEN_FIRST),
        ("", GIVEN_FIRST),
    ],
)
def test_a_name_that_does_not_tell_follows_the_users_locale(
    services: Services, locale_name: str, order: str
) -> None:
    services.records.name_locale = locale_name
    record = services.records.create("contacts", {"first_name": "Anna", "last_name": "Berg"})
    assert record.values["name_order"] == order
    # the name's own language comes before the user's locale
    assert order_of("Văn Đức", "Nguyễn", locale_name) == FAMILY_FIRST
    assert order_of("Þórður", "Sigurðsson", locale_name) == order


def test_the_chosen_order_is_kept_and_the_names_other_records_keep_follow_it(
    services: Services,
) -> None:
    records = services.records
    contact = records.create(
        "contacts",
        {"salutation": "Mr.", "first_name": "Văn Đức", "last_name": "Nguyễn"},
    )
    boss = records.create("contacts", {"first_name": "Thị Lan", "last_name": "Trần"})
    records.update("contacts", boss.id, boss.version, {"reports_to_id": contact.id})
    deal = records.create("opportunities", {"name": "Phần mềm", "contact_id": contact.id})
    quote = records.create("quotes", {"subject": "Giấy phép", "contact_id": contact.id})
    call = services.activities.create(
        {"kind": "Call", "subject": "Gọi anh Đức", "related_type": "contacts",
         "related_id": contact.id},
    )  # fmt: skip

    def kept() -> set[str]:
        """The names the other records keep of him."""
        return {
            records.get("opportunities", deal.id).references["contact_id"],
            records.get("quotes", quote.id).references["contact_id"],
            records.get("contacts", boss.id).references["reports_to_id"],
            records.get("activities", call.id).values["related_name"],
        }

    assert kept() == {"Nguyễn Văn Đức"}

    # He writes it the Western way abroad: his choice is kept, and shown everywhere.
    contact = records.update("contacts", contact.id, contact.version, {"name_order": GIVEN_FIRST})
    assert contact.values["name_order"] == GIVEN_FIRST
    contact = records.update("contacts", contact.id, contact.version, {"title": "CEO"})
    assert contact.values["name_order"] == GIVEN_FIRST
    assert kept() == {"Văn Đức Nguyễn"}


def _column(services: Services, query: ListQuery, field: str) -> list[Any]:
    index = [f.name for f in services.lists.columns(query.record_type)].index(field)
    return [row.values[index] for row in services.lists.page(query, 0, 50)]


def test_lists_and_search_find_a_name_in_either_order_and_sort_by_family_name(
    services: Services,
) -> None:
    records = services.records
    services.records.name_locale = "en_US"
    people = [("Văn Đức", "Nguyễn"), ("Anna", "Berg"), ("Péter", "Nagy"), ("Zoë", "Adams")]
    ids = {}
    for given, family in people:
        contact = records.create("contacts", {"first_name": given, "last_name": family})
        ids[family] = contact.id
        records.create("opportunities", {"name": f"Deal {family}", "contact_id": contact.id})

    # sorting by the family name stays, whatever the order each name is written in
    by_family = ListQuery("contacts", sort_field="last_name")
    assert _column(services, by_family, "last_name") == ["Adams", "Berg", "Nagy", "Nguyễn"]

    for words in ("nguyen van duc", "van duc nguyen", "duc nguyen"):
        found = services.lists.page(ListQuery("contacts", quick=words), 0, 10)
        assert [row.id for row in found] == [ids["Nguyễn"]], words
        deals = ListQuery("opportunities", quick=words)
        assert _column(services, deals, "contact_id") == ["Nguyễn Văn Đức"], words
    search = SearchService(services.db, services.registry, services.lists)
    for words in ("nagy peter", "peter nagy"):
        titles = {(h.record_type, h.title) for h in search.search(words)}
        assert ("contacts", "Nagy Péter") in titles, words
    assert [m.name for m in search.lookup("contacts", "duc nguyen")] == ["Nguyễn Văn Đức"]


def test_imported_people_get_their_order_as_saved_ones_do(services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Imported people get the order a save gives: from the name, else the user's locale."""
    path = tmp_path / "people.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address\n"
        "Văn Đức,Nguyễn,duc@example.vn\n"
        "Péter,Nagy,peter@example.hu\n"
        "花子,佐藤,hanako@example.jp\n"
        "Guðrún,Jónsdóttir,gudrun@example.is\n",
        encoding="utf-8",
    )
    services.records.name_locale = "en_US"
    services.imports.run(ImportPlan(path))
    query = ListQuery("contacts", sort_field="email")
    assert _column(services, query, "name_order") == [
        FAMILY_FIRST,  # duc@
        GIVEN_FIRST,  # gudrun@
        FAMILY_FIRST,  # hanako@
        FAMILY_FIRST,  # peter@
    ]
