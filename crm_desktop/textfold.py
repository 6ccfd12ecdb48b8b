"""Accent- and case-folding for sort and search keys.

Vietnamese, Portuguese and Icelandic names must sort and match the way their
users expect: "Đỗ" next to "Do", "Þórður" findable as "thordur", "João" as "joao".
Unicode decomposition strips most accents, but a few letters (đ, ð, þ, æ, ø, ł, ß)
do not decompose and are folded explicitly.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_EXTRA = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "ß": "ss",
        "œ": "oe",
        "Œ": "oe",
    }
)
_SPACES = re.compile(r"\s+")
#: Every combining mark lies below this (tests/test_textfold.py checks it for the Unicode
#: of the running Python): scanning the rest of Unicode would cost seven times as long.
COMBINING_BELOW = 0x20000


@functools.cache
def _combining_marks() -> dict[int, None]:
    """The combining marks, for ``str.translate`` to delete in C what a loop over the
    characters did in Python. Built on the first accented text, not at start-up."""
    return dict.fromkeys(c for c in range(COMBINING_BELOW) if unicodedata.combining(chr(c)))


def fold(text: str | None) -> str:
    """Return a lower-case, accent-free form of ``text`` for sorting and searching."""
    if not text:
        return ""
    if text.isascii():  # e-mails, phones, most of an English list: nothing to decompose
        return _SPACES.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = decomposed.translate(_combining_marks())
    return _SPACES.sub(" ", stripped.casefold().translate(_EXTRA)).strip()


def fold_words(text: str | None) -> list[str]:
    """Split folded ``text`` into search words (letters and digits)."""
    return [w for w in re.split(r"[^\w@.+-]+", fold(text)) if w]
