"""In which order a person writes the name: given name first ("Anna Smith"), or family
name first as Vietnamese, Hungarian, Chinese, Japanese and Korean names are written
("Nguyễn Văn Đức", "Nagy Péter", "王小明").

A record whose name order is empty gets one when it is saved: from the name itself when
its script or letters say which language it is in, else from the user's locale. The
guess is only a start: the record's "Name order" field shows it and the user may
change it, and a record keeps the order it has.
"""

from __future__ import annotations

import functools
import locale
import os
import re
import unicodedata
from typing import Any

from crm_desktop.registry import RecordType
from crm_desktop.registry.spec import FAMILY_FIRST, GIVEN_FIRST
from crm_desktop.textfold import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: languages whose names are written family name first (ISO 639-1, and the English
#: names Windows gives its locales: "Vietnamese_Vietnam.1258")
FAMILY_FIRST_LANGUAGES = frozenset(
    {"vi", "hu", "zh", "ja", "ko", "vietnamese", "hungarian", "chinese", "japanese", "korean"}
)

#: Vietnamese family names no other language of our users shares (folded)
_VIETNAMESE_FAMILIES = _words(
    "nguyen tran pham hoang huynh phan vu vo dang bui ngo duong dinh truong luong doan quach trinh"
)
#: Vietnamese family names that other languages write too ("Le", "Do", "Ho", "Ly"):
#: Vietnamese only when the name bears accents
_VIETNAMESE_FAMILIES_ACCENTED = _words("le do ho ly mai lam cao ta ha chau to")
#: marks only Vietnamese writes among the languages around: the dot below (ạ), the hook
#: above (ả), the horn (ơ, ư)
_VIETNAMESE_MARKS = frozenset({"\u0323", "\u0309", "\u031b"})
#: the double acute (ő, ű) is Hungarian's own
_HUNGARIAN_MARKS = frozenset({"\u030b"})
#: common Hungarian family names (as written, in lower case)
_HUNGARIAN_FAMILIES = _words(
    "nagy kovács tóth szabó horváth varga kiss molnár németh farkas balogh papp takács "
    "juhász lakatos mészáros oláh rácz szilágyi török fehér balázs gál szűcs kocsis pintér "
    "fodor szalai sipos lukács gulyás biró király katona jakab bogdán boros fazekas kelemen "
    "somogyi orosz fülöp hegedűs deák bálint vörös szőke fábián bakos lengyel bodnár hajdu "
    "halász székely gáspár kozma pásztor bárány dudás vida borbély"
)
#: Han ideographs, kana and Hangul: Chinese, Japanese and Korean names
_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
)
_LOCALE_SPLIT = re.compile(r"[_\-.@]")


def order_of(first: str | None, last: str | None, locale_name: str = "") -> str:
    """The order a person of these names most likely writes them in: from the name's
    script or letters, else from ``locale_name`` (the user's locale, "vi_VN")."""
    by_name = order_by_name(first or "", last or "")
    if by_name is not None:
        return by_name
    return FAMILY_FIRST if language_of(locale_name) in FAMILY_FIRST_LANGUAGES else GIVEN_FIRST


def order_by_name(first: str, last: str) -> str | None:
    """FAMILY_FIRST when the name is Chinese, Japanese, Korean, Vietnamese or Hungarian
    by its script, marks or family name; GIVEN_FIRST when the family name was typed into
    the first name ("Nguyễn Văn" | "Đức": the fields read in their order already); None
    when the name does not tell."""
    family_cjk, family_marks, family_stacked = _letters(last)
    given_cjk, given_marks, given_stacked = _letters(first)
    if family_cjk or given_cjk:
        return FAMILY_FIRST
    given = first.split()
    if given and _vietnamese_family(given[0]) and not _vietnamese_family(last):
        return GIVEN_FIRST
    marks = family_marks | given_marks
    if marks & (_VIETNAMESE_MARKS | _HUNGARIAN_MARKS) or family_stacked or given_stacked:
        return FAMILY_FIRST
    if _vietnamese_family(last):
        return FAMILY_FIRST
    if fold(last) in _VIETNAMESE_FAMILIES_ACCENTED and marks:
        return FAMILY_FIRST
    if last.strip().casefold() in _HUNGARIAN_FAMILIES:
        return FAMILY_FIRST
    return None


# Each name is looked at by itself, its answers kept: given and family names repeat from
# record to record (an import of 100,000 contacts asks about a few thousand names), and
# what the whole "last first" holds is what its two parts hold (the space between them
# changes no letter's decomposition or composition).
@functools.lru_cache(maxsize=20_000)
def _letters(name: str) -> tuple[bool, frozenset[str], bool]:
    """Whether ``name`` holds CJK letters, the marks on its letters, and whether a
    letter bears two marks ("ễ", "ấ", "ằ": Vietnamese's tones on ê, ô, â, ă)."""
    marks = frozenset(ch for ch in unicodedata.normalize("NFD", name) if unicodedata.combining(ch))
    stacked = bool(marks) and any(
        sum(1 for c in unicodedata.normalize("NFD", ch) if unicodedata.combining(c)) > 1
        for ch in unicodedata.normalize("NFC", name)
    )
    return _CJK.search(name) is not None, marks, stacked


@functools.lru_cache(maxsize=20_000)
def _vietnamese_family(name: str) -> bool:
    """A family name only Vietnamese has, or one it shares written with its accents."""
    folded = fold(name)
    return folded in _VIETNAMESE_FAMILIES or (
        folded in _VIETNAMESE_FAMILIES_ACCENTED and folded != name.strip().casefold()
    )


def language_of(locale_name: str) -> str:
    """The language part of a locale's name, in lower case ("vi_VN.UTF-8" -> "vi")."""
    return _LOCALE_SPLIT.split(locale_name.strip(), maxsplit=1)[0].casefold()


def system_locale() -> str:
    """The locale of the user's session (what Qt's system locale reads on Unix: LC_ALL,
    LC_MESSAGES, LANG; else the C library's)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return locale.getlocale()[0] or ""


def fill_name_order(record_type: RecordType, values: dict[str, Any], locale_name: str) -> None:
    """Give ``values`` a name order when its type has one and it is empty."""
    field = record_type.name_order
    if field is None or values.get(field):
        return
    first, last = (values.get(n) for n in record_type.title_fields)
    values[field] = order_of(first, last, locale_name)
