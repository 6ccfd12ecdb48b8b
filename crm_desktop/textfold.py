"""Accent- and case-folding for sort and search keys.

Vietnamese, Portuguese and Icelandic names must sort and match the way their
users expect: "Đỗ" next to "Do", "Þórður" findable as "thordur", "João" as "joao".
Unicode decomposition strips most accents, but a few letters (đ, ð, þ, æ, ø, ł, ß)
do not decompose and are folded explicitly.
"""

from __future__ import annotations

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


def fold(text: str | None) -> str:
    """Return a lower-case, accent-free form of ``text`` for sorting and searching."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold().translate(_EXTRA)).strip()


def fold_words(text: str | None) -> list[str]:
    """Split folded ``text`` into search words (letters and digits)."""
    return [w for w in re.split(r"[^\w@.+-]+", fold(text)) if w]
