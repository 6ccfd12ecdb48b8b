"""The messages ``pyside6-lupdate`` does not see, found for update_translations.py: the
registry's labels and choices, ``N_("...")`` strings, the calls of translate helpers
(``_tr = translator("crash")``) and the strings a Qt class inherits from its ancestors.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "crm_desktop"

REGISTRY = "registry"
PICKLIST = "picklist"
ERRORS = "errors"  # the sentences of DomainError and its kin (crm_desktop/errors.py)
#: the context N_-marked strings of a module are shown with; the longest matching module
#: prefix wins. Strings of modules not listed are put in "registry".
N_CONTEXTS = {
    "crm_desktop.registry": REGISTRY,
    "crm_desktop.registry.picklists": PICKLIST,
    "crm_desktop.services": "validation",
    "crm_desktop.exchange": "import",
}

sys.path.insert(0, str(ROOT))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


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


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """The names of DomainError and of every class derived from it, in any module."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                named = {b.id for b in node.bases if isinstance(b, ast.Name)}
                bases.setdefault(node.name, set()).update(named)
    family = {"DomainError"}
    while grown := {c for c, b in bases.items() if b & family and c not in family}:
        family |= grown
    return family


def _sentence_of(node: ast.Call, family: set[str], in_class: str | None) -> ast.expr | None:
    """The sentence of ``SomeError(sentence, ...)``, or of ``super().__init__(sentence, ...)``
    in an error class; None for other calls and for errors built without arguments."""
    name = _call_name(node)
    func = node.func
    is_super = (
        name == "__init__"
        and isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and _call_name(func.value) == "super"
        and in_class in family
    )
    if (name in family or is_super) and name != "ValidationError" and in_class != "ValidationError":
        return node.args[0] if node.args else None
    return None


def scan_errors(extras: Extras, files: Iterable[Path]) -> None:
    """The sentences of the errors a user is told about (context ``errors``): the literal
    each DomainError is made with (see crm_desktop/errors.py), and a field's message made
    as a ``Sentence`` (context ``validation``). An error made with an f-string could not
    be translated, and is a problem to fix."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    family = _error_classes(trees)

    def visit(path: Path, node: ast.AST, in_class: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            in_class = node.name
        if isinstance(node, ast.Call):
            if _call_name(node) == "Sentence":  # a field's message: shown in "validation"
                context, sentence = "validation", node.args[0] if node.args else None
            else:
                context, sentence = ERRORS, _sentence_of(node, family, in_class)
            text = _literal(sentence) if sentence is not None else None
            if text is not None:
                extras.add(context, text, (path, node.lineno))
            elif isinstance(sentence, ast.JoinedStr):
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                where = f"{shown}:{node.lineno}"
                extras.problems.append(f"{where}: an error's sentence is an f-string")
        for child in ast.iter_child_nodes(node):
            visit(path, child, in_class)

    for path, tree in trees.items():
        visit(path, tree, None)


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
    scan_errors(extras, files)
    scan_classes(extras, files)
    return extras
