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
"""

from __future__ import annotations

import ast
import copy as copy_module
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "crm_desktop"
TRANSLATIONS = PACKAGE / "resources" / "translations"
PREFIX = "crm_desktop"
#: file suffix (what QTranslator.load(QLocale, ...) looks for) and TS language
LANGUAGES = ("vi", "pt_BR", "is")
SOURCE_LANGUAGE = "en"

REGISTRY = "registry"
PICKLIST = "picklist"
#: the context N_-marked strings of a module are shown with; the longest matching module
#: prefix wins. Strings of modules not listed are put in "registry".
N_CONTEXTS = {
    "crm_desktop.registry": REGISTRY,
    "crm_desktop.registry.picklists": PICKLIST,
    "crm_desktop.services": "validation",
    "crm_desktop.exchange": "import",
}

sys.path.insert(0, str(ROOT))


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


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


# -- messages lupdate does not see ----------------------------------------------------------------
@dataclass
class Extra:
    """A message to add: where it is in the code, and notes for the translator."""

    locations: list[tuple[Path, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, location: tuple[Path, int] | None = None, note: str | None = None) -> None:
        if location is not None and location not in self.locations:
            self.locations.append(location)
        if note and note not in self.notes:
            self.notes.append(note)


class Extras:
    """context -> source text -> :class:`Extra`, in the order found."""

    def __init__(self) -> None:
        self.contexts: dict[str, dict[str, Extra]] = {}
        #: class name -> names of its ancestors defined in the program, nearest first
        self.ancestors: dict[str, list[str]] = {}
        self.problems: list[str] = []

    def add(
        self,
        context: str,
        text: str,
        location: tuple[Path, int] | None = None,
        note: str | None = None,
    ) -> None:
        if not text:
            return
        self.contexts.setdefault(context, {}).setdefault(text, Extra()).add(location, note)

    def has(self, context: str, text: str) -> bool:
        return text in self.contexts.get(context, {})


def n_context(module: str) -> str:
    best = ""
    for prefix in N_CONTEXTS:
        if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > len(best):
            best = prefix
    return N_CONTEXTS[best] if best else REGISTRY


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translate_helper(func: ast.FunctionDef) -> str | None:
    """The context of ``def f(text): return <anything>.translate("ctx", text)``, else None."""
    args = func.args
    if len(args.args) != 1 or args.vararg or args.kwarg or args.kwonlyargs:
        return None
    body = [s for s in func.body if not (isinstance(s, ast.Expr) and _literal(s.value))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and _call_name(call) == "translate"):
        return None
    if len(call.args) != 2 or call.keywords:
        return None
    context = _literal(call.args[0])
    text = call.args[1]
    if context is None or not (isinstance(text, ast.Name) and text.id == args.args[0].arg):
        return None
    return context


def _translator_of(statement: ast.stmt) -> tuple[str, str] | None:
    """The name and context of ``name = translator("ctx")``, else None."""
    if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1):
        return None
    target, call = statement.targets[0], statement.value
    if not (isinstance(target, ast.Name) and isinstance(call, ast.Call)):
        return None
    if _call_name(call) != "translator" or len(call.args) != 1 or call.keywords:
        return None
    context = _literal(call.args[0])
    return None if context is None else (target.id, context)


def _constant_strings(tree: ast.Module) -> dict[str, list[tuple[str, int]]]:
    """Module-level names bound to a tuple, list or dict (values) of string literals."""
    constants: dict[str, list[tuple[str, int]]] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            target, value = statement.target, statement.value
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        if isinstance(value, ast.Dict):
            items = value.values
        elif isinstance(value, ast.Tuple | ast.List):
            items = value.elts
        else:
            continue
        texts = [(_literal(item), item.lineno) for item in items]
        if texts and all(text is not None for text, _ in texts):
            constants[target.id] = [(text, line) for text, line in texts if text is not None]
    return constants


def _add_argument(
    extras: Extras,
    context: str,
    argument: ast.expr,
    location: tuple[Path, int],
    constants: dict[str, list[tuple[str, int]]],
) -> None:
    """A literal passed to a translate helper, or every string of a table it indexes."""
    text = _literal(argument)
    if text is not None:
        extras.add(context, text, location)
        return
    for node in ast.walk(argument):
        if isinstance(node, ast.Name) and node.id in constants:
            for text, line in constants[node.id]:
                extras.add(context, text, (location[0], line))


def scan_file(extras: Extras, path: Path) -> None:
    """Add N_("...") strings and the strings of translate helpers, found by parsing ``path``.

    A helper is ``f = translator("ctx")`` or ``def f(text): return <anything>.translate("ctx",
    text)``; its calls with a literal are messages of context "ctx". A helper or
    ``translate("ctx", ...)`` given an element of a module-level table of literals
    (``_tr(KIND_NAMES[kind])``) gets the whole table.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    module = module_name(path)
    constants = _constant_strings(tree)
    # helpers: module-level ones are seen by the whole module, nested ones by their
    # enclosing function only
    scopes: list[tuple[ast.AST, str, str]] = []
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        for child in body if isinstance(body, list) else ():
            if isinstance(child, ast.FunctionDef):
                context = _translate_helper(child)
                if context is not None:
                    scopes.append((node, child.name, context))
            elif (translator := _translator_of(child)) is not None:
                scopes.append((node, *translator))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name == "N_":
            text = _literal(node.args[0]) if len(node.args) == 1 else None
            if text is None:
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                extras.problems.append(f"{where}: N_() of something not a literal")
                continue
            extras.add(n_context(module), text, (path, node.lineno))
        elif (
            name == "translate"
            and len(node.args) >= 2
            and _literal(node.args[0])
            and _literal(node.args[1]) is None  # literals are lupdate's, tables ours
        ):
            context = _literal(node.args[0]) or ""
            _add_argument(extras, context, node.args[1], (path, node.lineno), constants)
    for scope, name, context in scopes:
        for node in ast.walk(scope):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == name
                and node.args
            ):
                _add_argument(extras, context, node.args[0], (path, node.lineno), constants)


def scan_registry(extras: Extras) -> None:
    """Every label and choice of the registry, found by importing it."""
    from crm_desktop.registry import Kind, Registry, default_registry

    registry = default_registry()
    for group in Registry.GROUPS:
        extras.add(REGISTRY, group, note="navigation group")
    for record_type in registry:
        name = record_type.label
        extras.add(REGISTRY, record_type.label, note="record type (plural)")
        extras.add(REGISTRY, record_type.singular, note="record type (singular)")
        extras.add(REGISTRY, record_type.group, note="navigation group")
        for section in record_type.sections:
            extras.add(REGISTRY, section.title, note=f"form section of {name}")
        for spec in record_type.fields:
            extras.add(REGISTRY, spec.label, note=f"field of {name}")
            if spec.kind is Kind.CHOICE:
                for choice in spec.choices:
                    extras.add(PICKLIST, choice, note=f"choice of “{spec.label}”")
        for tab in record_type.related:
            extras.add(REGISTRY, tab.label, note=f"related tab of {name}")
        for saved in record_type.filters:
            extras.add(REGISTRY, saved.name, note=f"saved filter of {name}")


def scan_classes(extras: Extras, files: Iterable[Path]) -> None:
    """Which Qt classes of the program inherit tr() strings, found by importing the modules.

    PySide's ``self.tr()`` looks a string up in the context of the object's own class,
    ``type(self).__name__``; lupdate files it under the class whose code calls it. A form
    class deriving from RecordForm, or a widget using a mixin, needs its ancestors'
    strings in its own context too.
    """
    import importlib

    from PySide6.QtCore import QObject

    for path in files:
        source = path.read_text(encoding="utf-8")
        if "tr(" not in source or path.name == "__main__.py":
            continue
        try:
            importlib.import_module(module_name(path))
        except Exception as exc:  # a module half-way through an edit must not stop the tool
            extras.problems.append(f"{path.relative_to(ROOT)}: not imported ({exc!r})")
    seen: set[type] = set()
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith(PACKAGE.name + "."):
            continue
        for value in list(vars(module).values()):
            if not (isinstance(value, type) and issubclass(value, QObject)) or value in seen:
                continue
            seen.add(value)
            if not value.__module__.startswith(PACKAGE.name + "."):
                continue
            ancestors = [
                base.__name__
                for base in value.__mro__[1:]
                if base.__module__.startswith(PACKAGE.name + ".")
                and base.__name__ != value.__name__
            ]
            if ancestors:
                extras.ancestors[value.__name__] = ancestors


def collect_extras(files: list[Path]) -> Extras:
    extras = Extras()
    scan_registry(extras)
    for path in files:
        scan_file(extras, path)
    scan_classes(extras, files)
    return extras


# -- the .ts files --------------------------------------------------------------------------------
OBSOLETE = ("obsolete", "vanished")
#: marks, until the file is written, the translator comments this tool writes
NOTE = "{update_translations}note"


def _translation(message: ET.Element) -> ET.Element:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    return translation


def _is_obsolete(message: ET.Element) -> bool:
    return _translation(message).get("type") in OBSOLETE


def _has_text(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def _rel(path: Path, ts_file: Path) -> str:
    return Path(os.path.relpath(path, ts_file.parent)).as_posix()


def _set_children(message: ET.Element, tag: str, elements: list[ET.Element]) -> None:
    for old in message.findall(tag):
        message.remove(old)
    for i, element in enumerate(elements):
        message.insert(i, element)


ORDER = (
    "location",
    "source",
    "oldsource",
    "comment",
    "oldcomment",
    "extracomment",
    "translatorcomment",
    "translation",
)


def _sort_children(message: ET.Element) -> None:
    children = list(message)
    rank = {tag: i for i, tag in enumerate(ORDER)}
    children.sort(key=lambda e: rank.get(e.tag, len(ORDER)))
    message[:] = children


def _message_key(message: ET.Element) -> tuple[bool, str, int, str]:
    location = message.find("location")
    filename, line = "~", 0
    if location is not None:
        filename = location.get("filename", "~")
        line = int(location.get("line", "0") or 0)
    return (_is_obsolete(message), filename, line, message.findtext("source") or "")


def _key(message: ET.Element) -> tuple[str, str, bool]:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def _context(root: ET.Element, contexts: dict[str, ET.Element], name: str) -> ET.Element:
    context = contexts.get(name)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        contexts[name] = context
    return context


def inherit(root: ET.Element, contexts: dict[str, ET.Element], extras: Extras) -> None:
    """Copy the tr() strings of each class's ancestors into the class's own context.

    The copies take the ancestor's translation whenever it has one: translate the
    ancestor's message, and the tool carries the translation over.
    """
    own = {
        name: {_key(m): m for m in context.findall("message") if not _is_obsolete(m)}
        for name, context in contexts.items()
    }
    for name, ancestors in sorted(extras.ancestors.items()):
        inherited: dict[tuple[str, str, bool], tuple[str, ET.Element]] = {}
        for ancestor in ancestors:
            for key, message in own.get(ancestor, {}).items():
                inherited.setdefault(key, (ancestor, message))
        if not inherited:
            continue
        context = _context(root, contexts, name)
        present = {_key(m): m for m in context.findall("message")}
        for key, (ancestor, original) in inherited.items():
            if key in own.get(name, {}):
                continue  # the class calls tr() with this text itself
            copy = copy_module.deepcopy(original)
            for old in copy.findall("extracomment"):
                copy.remove(old)
            ET.SubElement(
                copy, "extracomment"
            ).text = f"inherited from {ancestor}: translate it there"
            previous = present.get(key)
            if previous is not None:
                if not _has_text(_translation(original)) and _has_text(_translation(previous)):
                    copy.remove(_translation(copy))
                    kept = copy_module.deepcopy(_translation(previous))
                    kept.attrib.pop("type", None)
                    copy.append(kept)
                context.remove(previous)
            _sort_children(copy)
            context.append(copy)


def merge(root: ET.Element, extras: Extras, ts_file: Path, language: str) -> list[str]:
    """Add ``extras`` to a .ts tree lupdate has just updated; returns notes to print."""
    notes = []
    root.set("version", root.get("version", "2.1"))
    root.set("language", language)
    root.set("sourcelanguage", SOURCE_LANGUAGE)
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    # Context "": tr() outside a class. At run time such calls use another context (helpers
    # found above) or none that a translation could reach; the messages are not kept.
    unnamed = contexts.pop("", None)
    if unnamed is not None:
        root.remove(unnamed)
        for message in unnamed.findall("message"):
            text = message.findtext("source") or ""
            if _is_obsolete(message) or any(extras.has(c, text) for c in extras.contexts):
                continue
            location = message.find("location")
            where = (
                location.get("filename", "?") + ":" + location.get("line", "?")
                if (location is not None)
                else "?"
            )
            notes.append(f"tr() without a context, not translatable: {where}: {text!r}")
    inherit(root, contexts, extras)
    for context_name, messages in extras.contexts.items():
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        existing: dict[str, ET.Element] = {}
        for message in context.findall("message"):
            if message.find("comment") is None and message.get("numerus") != "yes":
                existing.setdefault(message.findtext("source") or "", message)
        for text, extra in messages.items():
            mine = [
                ET.Element("location", filename=_rel(path, ts_file), line=str(line))
                for path, line in sorted(extra.locations)
            ]
            message = existing.get(text)
            if message is None:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = text
                ET.SubElement(message, "translation", type="unfinished")
                found = []
            else:
                translation = _translation(message)
                if translation.get("type") in OBSOLETE:
                    found = []
                    if _has_text(translation):
                        translation.attrib.pop("type")
                    else:
                        translation.set("type", "unfinished")
                else:  # lupdate found it in the code too
                    found = message.findall("location")
            keys = {(e.get("filename"), e.get("line")) for e in found}
            locations = found + [e for e in mine if (e.get("filename"), e.get("line")) not in keys]
            _set_children(message, "location", locations)
            if extra.notes:
                for old in message.findall("extracomment"):
                    message.remove(old)
                ET.SubElement(message, "extracomment", {NOTE: "1"}).text = "; ".join(extra.notes)
            _sort_children(message)
    purge(root, contexts)
    for context in contexts.values():
        for message in context.findall("message"):
            _file_locations(message)
            # lupdate makes "#:" comments near a tr() call translator comments; in this
            # code they document attributes and would mislead a translator
            for comment in message.findall("extracomment"):
                if comment.get(NOTE) is None:
                    message.remove(comment)
                else:
                    comment.attrib.pop(NOTE)
        messages = sorted(context.findall("message"), key=_message_key)
        for message in context.findall("message"):
            context.remove(message)
        context.extend(messages)
    root[:] = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    return notes


def purge(root: ET.Element, contexts: dict[str, ET.Element]) -> None:
    """Drop the messages that left the code (lupdate's ``-no-obsolete``, done here because
    lupdate also calls vanished what only this tool finds), and contexts left empty."""
    for name, context in list(contexts.items()):
        for message in context.findall("message"):
            if _is_obsolete(message):
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
            del contexts[name]


def _file_locations(message: ET.Element) -> None:
    """Keep each location's file, not its line: a line number changes with every edit above
    it, and would make every change of the code a change of the three catalogues (and a
    conflict between branches). The file still tells a translator where a text is shown."""
    files = dict.fromkeys(e.get("filename", "") for e in message.findall("location"))
    _set_children(message, "location", [ET.Element("location", filename=f) for f in files])
    _sort_children(message)


def _write_element(element: ET.Element, depth: int, out: list[str]) -> None:
    indent = "    " * depth
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in element.attrib.items())
    children = list(element)
    text = element.text or ""
    if children and (text.strip() or any((c.tail or "").strip() for c in children)):
        out.append(indent + _inline(element))  # text and elements mixed: kept as they are
    elif children:
        out.append(f"{indent}<{element.tag}{attrs}>")
        child_depth = depth + 1 if element.tag != "TS" else 0
        for child in children:
            _write_element(child, child_depth, out)
        out.append(f"{indent}</{element.tag}>")
    elif not text and element.tag == "location":
        out.append(f"{indent}<{element.tag}{attrs}/>")
    else:
        out.append(f"{indent}<{element.tag}{attrs}>{_escape(text)}</{element.tag}>")


def _escape(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def _inline(element: ET.Element) -> str:
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in element.attrib.items())
    inner = _escape(element.text or "")
    for child in element:
        inner += _inline(child) + _escape(child.tail or "")
    if not inner and element.tag in ("location", "byte"):
        return f"<{element.tag}{attrs}/>"
    return f"<{element.tag}{attrs}>{inner}</{element.tag}>"


def serialize(root: ET.Element) -> str:
    """The tree in lupdate's own layout, so that lupdate and this tool agree line by line."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    _write_element(root, 0, out)
    return "\n".join(out) + "\n"


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.findall("context"):
        for message in context.findall("message"):
            yield context.findtext("name") or "", message


# -- running the Qt tools -------------------------------------------------------------------------
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
        active = [m for _, m in messages(root) if not _is_obsolete(m)]
        missing = [m for m in active if not _has_text(_translation(m))]
        print(
            f"{_shown(ts_file)}: {len(active)} messages, "
            f"{len(active) - len(missing)} translated, {len(missing)} untranslated"
        )
    for note in dict.fromkeys(notes):
        print(f"note: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(update(sys.argv[1:] or LANGUAGES))
