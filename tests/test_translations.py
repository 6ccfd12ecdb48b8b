"""The Vietnamese, Brazilian Portuguese and Icelandic translations: complete, consistent with
their sources and glossaries, and compiled (test_translations_in_use.py: really used)."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from crm_desktop.registry import Kind, Registry, default_registry
from crm_desktop.registry import picklists as p
from tests.translation_catalogs import (
    ACCELERATOR,
    FOLDER,
    LANGUAGES,
    OBSOLETE,
    ROOT,
    active_messages,
    catalog_of,
    translations_of,
)

TOOL = ROOT / "packaging" / "update_translations.py"
#: numerus forms Qt expects per language (Vietnamese has no plural)
NUMERUS_FORMS = {"vi": 1, "pt_BR": 2, "is": 2}

# %1 .. %99, %L1, %n, %Ln; {name} (str.format); file dialog patterns "(*.sqlite3)"
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%L?n|\{[A-Za-z_][A-Za-z0-9_]*\}|\(\*[^)]*\)|;;")
TAG = re.compile(r"</?[a-zA-Z0-9]+")
GLOSSARY = ROOT / "packaging" / "glossary"


def _tool() -> ModuleType:
    """packaging/update_translations.py, imported (with the modules beside it)."""
    if str(TOOL.parent) not in sys.path:
        sys.path.insert(0, str(TOOL.parent))
    return importlib.import_module("update_translations")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    root = ET.parse(FOLDER / f"crm_desktop_{language}.ts").getroot()
    assert root.tag == "TS"
    assert root.get("language") == language
    assert root.get("sourcelanguage") == "en"
    messages = list(active_messages(language))
    assert len(messages) > 300
    untranslated = []
    for context, message in messages:
        translation = message.find("translation")
        assert translation is not None
        texts = translations_of(message)
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            untranslated.append(f"{context}: {message.findtext('source')!r}")
        if message.get("numerus") == "yes":
            assert len(texts) == NUMERUS_FORMS[language], message.findtext("source")
    assert not untranslated, "\n".join(untranslated)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogs_hold_no_vanished_messages_nor_line_numbers(language: str) -> None:
    """What left the code is dropped, not kept for ever; locations name files only, so that
    a change of the code does not rewrite (and conflict in) every catalogue."""
    root = ET.parse(FOLDER / f"crm_desktop_{language}.ts").getroot()
    vanished = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in root.findall("context")
        for message in context.findall("message")
        if message.find("translation") is None
        or message.find("translation").get("type") in OBSOLETE  # type: ignore[union-attr]
    ]
    assert not vanished, "\n".join(vanished)
    lines = [e.attrib for e in root.iter("location") if "line" in e.attrib]
    assert not lines, lines[:5]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_markup_and_accelerators(language: str) -> None:
    problems = []
    for context, message in active_messages(language):
        source = message.findtext("source") or ""
        for text in translations_of(message):
            if not text:
                continue  # untranslated: shown in English, reported by the test above
            where = f"{context}: {source!r} -> {text!r}"
            if message.get("numerus") == "yes":
                # a singular form may spell the number out ("one record")
                if not set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(source)):
                    problems.append(f"placeholders differ: {where}")
            elif Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {where}")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"accelerator differs: {where}")
            if Counter(TAG.findall(text)) != Counter(TAG.findall(source)):
                problems.append(f"markup differs: {where}")
            if source.count("\n") != text.count("\n"):
                problems.append(f"line breaks differ: {where}")
            if source.endswith("…") != text.endswith("…"):
                problems.append(f"ellipsis differs: {where}")
    assert not problems, "\n".join(problems)


def _glossary(name: str) -> dict[str, dict]:
    with (GLOSSARY / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def _plain(text: str) -> str:
    """``text`` without accelerators ("&Save", "Lưu (&S)"), case-folded."""
    text = re.sub(r"\s*\(&[^\s&]\)", "", text)
    return ACCELERATOR.sub("", text).replace("&&", "&").casefold()


def _english(words: list[str]) -> re.Pattern[str]:
    alternatives = sorted((r"\s+".join(map(re.escape, w.split())) for w in words), key=len)
    return re.compile(r"\b(?:" + "|".join(reversed(alternatives)) + r")\b", re.IGNORECASE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_uses_its_glossarys_term_for_each_concept(language: str) -> None:
    """One word per concept: where the English names a concept, the translation uses the
    term of packaging/glossary/<language>.toml (or a listed form of it), save for the
    messages the glossary lists as exceptions."""
    concepts = _glossary("concepts")
    glossary = _glossary(language)
    assert sorted(glossary) == sorted(concepts)
    terms = [entry["term"].casefold() for entry in glossary.values()]
    assert len(set(terms)) == len(terms), f"two concepts share a term: {terms}"
    catalog = catalog_of(language)
    sources = {_plain(source) for _, source in catalog}
    problems = []
    for concept, entry in glossary.items():
        english = _english(concepts[concept]["english"])
        forms = [_plain(f) for f in [entry["term"], *entry.get("forms", [])]]
        exceptions = set(entry.get("exceptions", []))
        for text in exceptions:  # an exception names a message of the concept
            if _plain(text) not in sources or not english.search(_plain(text)):
                problems.append(f"{concept}: stale exception {text!r}")
        for (context, source), translations in catalog.items():
            if source in exceptions or not english.search(_plain(source)):
                continue
            for translation in translations:
                if translation and not any(f in _plain(translation) for f in forms):
                    problems.append(f"{concept}: [{context}] {source!r} -> {translation!r}")
    assert not problems, "\n".join(problems)


#: letters a keyboard of the language types with one key, besides a-z and 0-9
KEYBOARD_LETTERS = {"vi": "", "pt_BR": "ç", "is": "áéíóúýðþæö"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_accelerators_are_keys_of_the_languages_keyboard(language: str) -> None:
    """Alt+ả cannot be typed: Vietnamese keyboards build "ả" from several keys."""
    untypeable = [
        f"{context}: {text!r}"
        for context, message in active_messages(language)
        for text in translations_of(message)
        for match in ACCELERATOR.finditer(text)
        if not (
            (text[match.end()].isascii() and text[match.end()].isalnum())
            or text[match.end()].casefold() in KEYBOARD_LETTERS[language]
        )
    ]
    assert not untypeable, "\n".join(untypeable)


#: (language, context, source, a word the translation must not use): what a review of the
#: catalogues found misleading
MISLEADING = [
    ("vi", "picklist", "Lost Lead", "Đã mất"),  # "deceased", of a person
    ("vi", "activity_history", "Log a call", "Ghi cuộc gọi"),  # recording its audio
    ("vi", "picklist", "Prospecting", "Tìm kiếm"),  # the Search box's word
    ("vi", "registry", "Bill to", "Thanh toán cho"),  # "pay to"
    ("vi", "picklist", "Existing Business", "Kinh doanh"),
    ("is", "picklist", "Email", "Netfang"),  # an e-mail address, not an activity
    ("is", "ReminderPhrases", "%n reminder(s) came due while CRM Desktop was closed.", "gjalddag"),
    ("is", "live_refresh", "Read-only", "lesaðgang"),
    ("is", "picklist", "Prospecting", "Leit"),  # search
    ("is", "picklist", "Hospitality", "Ferðaþjónusta"),  # tourism
    ("pt_BR", "picklist", "Ms.", "Srta."),
    (
        "pt_BR",
        "LeadConversionBar",
        "This lead has become a contact and can no longer be edited.",
        "virou",
    ),
    (
        "pt_BR",
        "DatabaseActions",
        "A database server is checked and backed up by its own tools.",
        "copiado",
    ),
]


@pytest.mark.parametrize(("language", "context", "source", "word"), MISLEADING)
def test_misleading_words_are_gone(language: str, context: str, source: str, word: str) -> None:
    translations = catalog_of(language)[(context, source)]
    assert not any(word.casefold() in t.casefold() for t in translations), translations


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("is", ("registry", "Company"), ("registry", "Organization")),
        ("is", ("ConflictDialog", "(empty)"), ("SettingsConflictBox", "(empty)")),
        ("is", ("registry", "Stage"), ("registry", "Status")),
        ("pt_BR", ("registry", "Street"), ("registry", "Address")),
    ],
)
def test_different_things_have_different_words_and_one_thing_one(
    language: str, one: tuple[str, str], other: tuple[str, str]
) -> None:
    catalog = catalog_of(language)
    same_thing = one[1] == other[1]
    if same_thing:
        assert catalog[one] == catalog[other]
    else:
        assert catalog[one] != catalog[other]


@pytest.mark.parametrize("language", LANGUAGES)
def test_registry_and_picklists_are_all_in_the_catalog(language: str) -> None:
    """The tool adds what lupdate cannot see: every label and choice of the registry."""
    catalog = catalog_of(language)
    registry = default_registry()
    labels = set(Registry.GROUPS)
    choices: set[str] = set()
    for record_type in registry:
        labels |= {record_type.label, record_type.singular}
        labels |= {s.title for s in record_type.sections}
        labels |= {f.label for f in record_type.fields}
        labels |= {t.label for t in record_type.related}
        labels |= {f.name for f in record_type.filters}
        for spec in record_type.fields:
            if spec.kind is Kind.CHOICE:
                choices |= set(spec.choices)
    choices |= set(p.LEAD_STATUSES) | set(p.INDUSTRIES) | {s for s, _ in p.SALES_STAGES}
    assert not {label for label in labels if ("registry", label) not in catalog}
    assert not {choice for choice in choices if ("picklist", choice) not in catalog}
    # services' validation messages, marked N_() and shown with context "validation"
    assert ("validation", "This field is required.") in catalog


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_files_are_compiled_from_the_current_ts_files(language: str, tmp_path: Path) -> None:
    tool = _tool()
    shipped = tool.qm_path(language)
    rebuilt = tmp_path / shipped.name
    tool.lrelease(tool.ts_path(language), rebuilt)  # pyside6-lrelease, as the tool runs it
    assert shipped.read_bytes() == rebuilt.read_bytes(), (
        f"{shipped.name} is out of date: run packaging/update_translations.py"
    )


def test_the_tool_is_idempotent(tmp_path: Path) -> None:
    """A second run over its own output changes neither the .ts nor the .qm files."""
    folder = tmp_path / "translations"
    shutil.copytree(FOLDER, folder)
    # a message that left the code long ago
    catalog = folder / "crm_desktop_is.ts"
    catalog.write_text(
        catalog.read_text(encoding="utf-8").replace(
            "</TS>",
            "<context><name>Gone</name><message><source>Gone away</source>"
            '<translation type="vanished">Farinn</translation></message></context></TS>',
        ),
        encoding="utf-8",
    )
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import update_translations as u; "
        "raise SystemExit(u.update(folder=__import__('pathlib').Path(sys.argv[2])))"
    )
    command = [sys.executable, "-c", script, str(TOOL.parent), str(folder)]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    first = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert b'type="vanished"' not in first["crm_desktop_is.ts"]  # the planted one: dropped
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    second = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert sorted(first) == sorted(
        f"crm_desktop_{lang}.{ext}" for lang in LANGUAGES for ext in ("ts", "qm")
    )
    assert first == second
    # translations survive the round trip through lupdate
    root = ET.fromstring(first["crm_desktop_vi.ts"])
    leads = root.find("./context[name='registry']/message[source='Leads']/translation")
    assert leads is not None and leads.text == "Khách hàng tiềm năng"
