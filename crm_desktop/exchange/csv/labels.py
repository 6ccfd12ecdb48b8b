"""Our field labels and picklist values in every language the program ships.

Read from the translation catalogues (crm_desktop/resources/translations/*.ts) with the
standard library's XML parser: this layer has no Qt. Keys are folded (case, accents,
punctuation and spaces ignored), so "E-mail", "email" and "Email" are one key.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from crm_desktop.textfold import fold

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_NOT_LETTERS = re.compile(r"[\W_]+")


def key(text: str) -> str:
    """``text`` folded for matching: no case, accents, punctuation or spaces."""
    return _NOT_LETTERS.sub("", fold(text))


@cache
def translations(context: str) -> dict[str, tuple[str, ...]]:
    """English source text → its translations in every shipped language, for ``context``."""
    found: dict[str, list[str]] = {}
    for catalogue in sorted(TRANSLATIONS.glob("crm_desktop_*.ts")):
        root = ET.parse(catalogue).getroot()
        for ctx in root.iter("context"):
            if ctx.findtext("name") != context:
                continue
            for message in ctx.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None or not translation.text:
                    continue
                if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                    continue
                found.setdefault(source, []).append(translation.text)
    return {source: tuple(texts) for source, texts in found.items()}


def names_of(source: str, context: str) -> tuple[str, ...]:
    """``source`` and its translations in ``context``."""
    return (source, *translations(context).get(source, ()))
