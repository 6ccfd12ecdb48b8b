"""Splitting a whole name into given and family names.

Vietnamese names are written family name first ("Nguyễn Văn Đức"); the others we meet
given name first. A name is read family-first when its language says so for sure: its
first word is one of the common Vietnamese family names and it has three words or more
(or the middle name Văn/Thị), or it is written "Family, Given". Otherwise the order
cannot be known from the name ("Đức Nguyễn" is a Vietnamese name written the Western
way, or not), and the file's order decides: the order of the names in the column that
were sure (:func:`column_name_order`), else given name first. Every split says which
order it used and whether it was sure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from crm_desktop.textfold import fold


class NameOrder(StrEnum):
    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"


# The fourteen family names about nine Vietnamese in ten carry, folded.
_VIETNAMESE_FAMILY = {
    fold(n)
    for n in (
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm",
    )
}  # fmt: skip
_VIETNAMESE_MIDDLE = {"văn", "thị"}
#: words that belong with the family name that follows them (van der Berg, da Silva)
_PARTICLES = {"van", "von", "der", "den", "de", "da", "das", "do", "dos", "di", "du", "la", "le"}


@dataclass(frozen=True)
class NameSplit:
    given: str
    family: str
    order: NameOrder
    #: False when the order was not known from the name and the file's order was used
    sure: bool


def name_order_of(name: str) -> NameOrder | None:
    """The order ``name`` is written in when the name itself tells, else None."""
    if "," in name:
        return NameOrder.FAMILY_FIRST
    words = name.split()
    if len(words) < 2 or fold(words[0]) not in _VIETNAMESE_FAMILY:
        return None
    # "Lê Thị Hồng", "Lê Hồng"; but Dutch "Le Roux" and French "Le Blanc" (no Vietnamese
    # letters) and "Trần Lê" (a family name at both ends) stay unsure.
    middle = words[1].casefold() in _VIETNAMESE_MIDDLE
    if middle or (_has_vietnamese_letters(name) and fold(words[-1]) not in _VIETNAMESE_FAMILY):
        return NameOrder.FAMILY_FIRST
    return None


def column_name_order(names: Iterable[str]) -> NameOrder:
    """The order most names of a column that tell their order are written in."""
    family_first = given_first = 0
    for name in names:
        order = name_order_of(name)
        if order is NameOrder.FAMILY_FIRST:
            family_first += 1
        elif order is None and len(name.split()) >= 2 and _western_for_sure(name):
            given_first += 1
    return NameOrder.FAMILY_FIRST if family_first > given_first else NameOrder.GIVEN_FIRST


def split_name(name: str, file_order: NameOrder = NameOrder.GIVEN_FIRST) -> NameSplit:
    """Split ``name`` into given and family names (see the module's description)."""
    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return NameSplit(given.strip(), family.strip(), NameOrder.FAMILY_FIRST, True)
    words = name.split(" ") if name else []
    if len(words) <= 1:
        return NameSplit("", name, file_order, len(words) == 0)
    known = name_order_of(name)
    order = known or file_order
    if order is NameOrder.FAMILY_FIRST:
        return NameSplit(" ".join(words[1:]), words[0], order, known is not None)
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    sure = known is not None or _western_for_sure(name)
    return NameSplit(" ".join(words[:cut]), " ".join(words[cut:]), order, sure)


def _has_vietnamese_letters(text: str) -> bool:
    return any(ch in "ăâđêôơưĂÂĐÊÔƠƯ" or "\u1ea0" <= ch <= "\u1ef9" for ch in text)


def _western_for_sure(name: str) -> bool:
    """No word of the name is a Vietnamese family name: nothing suggests family-first."""
    return not any(fold(w) in _VIETNAMESE_FAMILY for w in name.split())
