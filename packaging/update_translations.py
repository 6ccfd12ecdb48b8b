"""Bring the translation files up to date with the source code, then compile them.

Run by hand from the repository root::

    .venv/bin/python packaging/update_translations.py

What it does, for each language in :data:`LANGUAGES`:

1. ``pyside6-lupdate`` reads every ``crm_desktop/**/*.py`` (``self.tr``,
   ``QCoreApplication.translate``) into
   ``crm_desktop/resources/translations/crm_desktop_<lang>.ts``; existing translations
   are kept and messages that left the code are dropped (step 2 first brings back those
   only this tool finds). A message's ``<location>`` names its file, without a line
   number, so that a change of the code changes the catalogues only where it changes a
   text.
2. Messages lupdate cannot see are added (or brought back from obsolete):

   * context ``registry``: every label reachable from :func:`crm_desktop.registry.default_registry`
     (record types, sections, fields, related tabs, saved filters, navigation groups) and
     every other string marked ``N_("...")`` in the registry;
   * context ``picklist``: every choice of every picklist field and every ``N_`` in
     ``registry/picklists.py``;
   * strings marked ``N_`` elsewhere, in the context their module's strings are shown with
     (:data:`N_CONTEXTS`, e.g. the services' validation messages in ``validation``);
   * calls of the functions ``translator("crash")`` makes (``_tr = translator("crash")``,
     see ``crm_desktop/views/qt_texts.py``) and of one-line helpers such as ``def _tr(text):
     return QCoreApplication.translate("crash", text)``, in their context.

3. ``pyside6-lrelease`` compiles each .ts file into the .qm file next to it.

The .ts files are the store of the translations: translate them with Qt Linguist
(``.venv/bin/pyside6-linguist``) or a text editor, with the terms of the language's
glossary (``packaging/glossary/<lang>.toml``; see docs/translations.md), and run this
again. Messages without a
translation are shown in English. Running the tool twice in a row changes nothing.

Step 2 finds its messages with ``translation_sources.py`` and writes them into the .ts
files with ``translation_files.py``, both beside this script.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from translation_files import (
    SOURCE_LANGUAGE,
    has_text,
    is_obsolete,
    merge,
    messages,
    serialize,
    translation_of,
)
from translation_sources import PACKAGE, ROOT, collect_extras

TRANSLATIONS = PACKAGE / "resources" / "translations"
PREFIX = "crm_desktop"
#: file suffix (what QTranslator.load(QLocale, ...) looks for) and TS language
LANGUAGES = ("vi", "pt_BR", "is")


def _tool(name: str) -> str:
    """A Qt tool next to this Python (the virtual environment's bin folder), else on PATH."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{PREFIX}_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{PREFIX}_{language}.qm"


def _shown(path: Path) -> str:
    return os.path.relpath(path, ROOT)


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _run(args: list[str]) -> str:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args[:1])} failed:\n{output}")
    return output


def lupdate(files: list[Path], ts_files: list[Path]) -> str:
    args = [_tool("pyside6-lupdate"), "-silent", "-locations", "absolute"]
    args += ["-source-language", SOURCE_LANGUAGE]
    args += [_shown(p) for p in files]
    args += ["-ts", *(_shown(p) for p in ts_files)]
    return _run(args)


def lrelease(ts_file: Path, qm_file: Path) -> str:
    """Compile ``ts_file``. Unfinished messages are left out, so they show in English: lupdate
    fills a changed source's message with the old text's translation as a guess, marked
    unfinished, and a guess may have the wrong numbers or placeholders."""
    args = [_tool("pyside6-lrelease"), "-silent", "-nounfinished"]
    return _run([*args, str(ts_file), "-qm", str(qm_file)])


def update(languages: Iterable[str] = LANGUAGES, folder: Path = TRANSLATIONS) -> int:
    """Update the .ts files of ``languages`` in ``folder`` and compile them; 0 when done."""
    folder.mkdir(parents=True, exist_ok=True)
    files = source_files()
    extras = collect_extras(files)
    languages = list(languages)
    for language in languages:
        ts_file = ts_path(language, folder)
        if not ts_file.exists():
            ts_file.write_text(
                serialize(
                    ET.Element(
                        "TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE
                    )
                ),
                encoding="utf-8",
            )
    output = lupdate(files, [ts_path(language, folder) for language in languages])
    if output:
        print(output)
    notes = list(extras.problems)
    for language in languages:
        ts_file = ts_path(language, folder)
        before = ts_file.read_text(encoding="utf-8")
        root = ET.fromstring(before)
        notes += merge(root, extras, ts_file, language)
        text = serialize(root)
        if text != before:
            ts_file.write_text(text, encoding="utf-8")
        output = lrelease(ts_file, qm_path(language, folder))
        if output:
            print(output)
        active = [m for _, m in messages(root) if not is_obsolete(m)]
        missing = [m for m in active if not has_text(translation_of(m))]
        print(
            f"{_shown(ts_file)}: {len(active)} messages, "
            f"{len(active) - len(missing)} translated, {len(missing)} untranslated"
        )
    for note in dict.fromkeys(notes):
        print(f"note: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(update(sys.argv[1:] or LANGUAGES))
