"""The .ts files of update_translations.py: the messages lupdate found merged with those
it cannot see, in lupdate's own layout, each location a file without its line.
"""

from __future__ import annotations

import copy as copy_module
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from translation_sources import Extras

SOURCE_LANGUAGE = "en"
OBSOLETE = ("obsolete", "vanished")
#: marks, until the file is written, the translator comments this tool writes
NOTE = "{update_translations}note"


def translation_of(message: ET.Element) -> ET.Element:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    return translation


def is_obsolete(message: ET.Element) -> bool:
    return translation_of(message).get("type") in OBSOLETE


def has_text(translation: ET.Element) -> bool:
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
    return (is_obsolete(message), filename, line, message.findtext("source") or "")


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
        name: {_key(m): m for m in context.findall("message") if not is_obsolete(m)}
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
                if not has_text(translation_of(original)) and has_text(translation_of(previous)):
                    copy.remove(translation_of(copy))
                    kept = copy_module.deepcopy(translation_of(previous))
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
            if is_obsolete(message) or any(extras.has(c, text) for c in extras.contexts):
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
                translation = translation_of(message)
                if translation.get("type") in OBSOLETE:
                    found = []
                    if has_text(translation):
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
            if is_obsolete(message):
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
