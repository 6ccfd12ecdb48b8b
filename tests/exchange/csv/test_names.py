"""Whole names split into given and family names, saying which order was used."""

from __future__ import annotations

import pytest

from crm_desktop.exchange.csv.names import NameOrder, column_name_order, name_order_of, split_name

FAMILY_FIRST = NameOrder.FAMILY_FIRST
GIVEN_FIRST = NameOrder.GIVEN_FIRST


@pytest.mark.parametrize(
    "name, given, family, order, sure",
    [
        ("Nguyễn Văn Đức", "Văn Đức", "Nguyễn", FAMILY_FIRST, True),
        ("Trần Thị Mai", "Thị Mai", "Trần", FAMILY_FIRST, True),
        ("Lê Hồng", "Hồng", "Lê", FAMILY_FIRST, True),
        ("Đức Nguyễn", "Đức", "Nguyễn", GIVEN_FIRST, False),
        ("John Smith", "John", "Smith", GIVEN_FIRST, True),
        ("Smith, John", "John", "Smith", FAMILY_FIRST, True),
        ("João da Silva", "João", "da Silva", GIVEN_FIRST, True),
        ("Þórður Guðmundsson", "Þórður", "Guðmundsson", GIVEN_FIRST, True),
        ("  Ana   Souza ", "Ana", "Souza", GIVEN_FIRST, True),
        ("Madonna", "", "Madonna", GIVEN_FIRST, False),
    ],
)
def test_split_name(name: str, given: str, family: str, order: NameOrder, sure: bool) -> None:
    split = split_name(name)
    assert (split.given, split.family, split.order, split.sure) == (given, family, order, sure)


def test_an_ambiguous_name_follows_the_file_order() -> None:
    split = split_name("Đức Nguyễn", file_order=FAMILY_FIRST)
    assert (split.given, split.family, split.sure) == ("Nguyễn", "Đức", False)
    # a name whose language tells is not overruled by the file
    split = split_name("John Smith", file_order=FAMILY_FIRST)
    assert (split.given, split.family) == ("Smith", "John")
    split = split_name("Nguyễn Văn Đức", file_order=GIVEN_FIRST)
    assert split.family == "Nguyễn"


def test_names_without_vietnamese_letters_are_not_taken_for_vietnamese() -> None:
    assert name_order_of("Le Van Berg") is None
    assert name_order_of("Lê Văn Tám") is FAMILY_FIRST


def test_the_file_order_is_the_order_of_the_names_that_tell() -> None:
    vietnamese = ["Nguyễn Văn Đức", "Trần Thị Mai", "Đức Nguyễn", "Phạm Minh"]
    assert column_name_order(vietnamese) is FAMILY_FIRST
    western = ["John Smith", "Ana Souza", "Đức Nguyễn", "Nguyễn Văn Đức"]
    assert column_name_order(western) is GIVEN_FIRST
    assert column_name_order([]) is GIVEN_FIRST
