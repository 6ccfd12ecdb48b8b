"""The program's translation catalogues as the translation tests read them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "crm_desktop" / "resources" / "translations"
LANGUAGES = ("vi", "pt_BR", "is")
LOCALES = {"vi": "vi_VN", "pt_BR": "pt_BR", "is": "is_IS"}
OBSOLETE = ("obsolete", "vanished")
#: an accelerator: "&" before a letter or digit; "&&" is a literal ampersand
ACCELERATOR = re.compile(r"(?<!&)&(?=[^\s&])")


def active_messages(language: str) -> Iterator[tuple[str, ET.Element]]:
    """(context, message) of every message of the language's catalogue still in use."""
    root = ET.parse(FOLDER / f"crm_desktop_{language}.ts").getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in OBSOLETE:
                yield context.findtext("name") or "", message


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def catalog_of(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the translations (one, or one per plural form)."""
    return {
        (c, m.findtext("source") or ""): translations_of(m) for c, m in active_messages(language)
    }
