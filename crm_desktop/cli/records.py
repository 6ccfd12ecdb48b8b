"""Command-line handlers: change a record as the form does, and print its history.

    crm-desktop edit TYPE NUMBER FIELD=VALUE ... --database PATH_OR_URL
    crm-desktop history TYPE NUMBER --database PATH_OR_URL

TYPE is a record type by its key or its name ("contacts", "contact", "Liên hệ"), FIELD a
field by its key or its label in any language the program ships ("email", "E-mail").
A change goes through the record service, as a save from the form: its values are
checked, the version it read is checked, and its history is kept. Anything wrong is one
sentence and changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from crm_desktop.errors import DomainError, NotFound, ValidationError
from crm_desktop.exchange.csv.labels import key, names_of
from crm_desktop.exchange.csv.values import match_choice
from crm_desktop.registry import FieldSpec, Kind, RecordType, Registry, default_registry

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.history.reading import HistoryRow

COMMANDS = ("edit", "history")
_YES = {"yes", "y", "true", "on", "1"}
_NO = {"no", "n", "false", "off", "0"}
#: what a line says in the field's place for a change of the whole record
_WHOLE_RECORD = {
    "deleted": "moved to the recycle bin",
    "restored": "restored from the recycle bin",
    "converted": "converted",
    "import": "imported",
    "merge": "merged",
    "created": "created",
    "updated": "changed",
}
#: how many changes a read of ``history`` takes at a time
_PAGE = 500


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    edit = sub.add_parser(
        "edit", help="change fields of a record (checked, and kept in its history, as in the form)"
    )
    history = sub.add_parser("history", help="print the changes of a record, newest first")
    for parser in (edit, history):
        parser.add_argument(
            "type", metavar="TYPE", help="the kind of record: contact, lead, quote, activity, ..."
        )
        parser.add_argument("number", metavar="NUMBER", help="e.g. CON-00042 (an activity: its id)")
    edit.add_argument(
        "assignments",
        metavar="FIELD=VALUE",
        nargs="+",
        help="a field by its key or its label, and its new value (nothing after = clears it)",
    )
    for parser in (edit, history):
        parser.add_argument("--database", metavar="PATH_OR_URL", required=True)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.cli.credentials import logged_in
    from crm_desktop.services.database.presence import opened

    # The type and the fields are checked before the database is opened.
    record_type = record_type_named(default_registry(), args.type)
    fields = [_assignment(record_type, text) for text in getattr(args, "assignments", [])]
    with opened(args.database, create=False) as db:
        services = logged_in(db, args)
        if args.command == "edit":
            return _edit(services, record_type, args.number, fields)
        return _history(services, record_type, args.number)


# -- names ----------------------------------------------------------------------------------------
def record_type_named(registry: Registry, text: str) -> RecordType:
    """The record type ``text`` names: its key, or its name (one or many) in any language."""
    wanted = key(text)
    for record_type in registry:
        names = {record_type.key, *names_of(record_type.label, "registry")}
        names.update(names_of(record_type.singular, "registry"))
        if wanted in {key(name) for name in names}:
            return record_type
    known = ", ".join(t.singular.lower() for t in registry)
    raise DomainError("There is no kind of record “%1”; there are: %2.", text, known)


def field_named(record_type: RecordType, text: str) -> FieldSpec:
    """The field ``text`` names: its key, or its label in any language (one that names
    several fields, such as "City" of two addresses, must be given by its key)."""
    wanted = key(text)
    exact = [f for f in record_type.fields if key(f.name) == wanted]
    found = exact or [
        f
        for f in record_type.fields
        if wanted in {key(name) for name in names_of(f.label, "registry")}
    ]
    singular = record_type.singular.lower()
    if not found:
        raise DomainError("A %1 has no field “%2”.", singular, text)
    if len(found) > 1:
        keys = ", ".join(f.name for f in found)
        raise DomainError(
            "“%1” names several fields of a %2 (%3): give its key.", text, singular, keys
        )
    if found[0].read_only:
        raise DomainError("The field “%1” of a %2 cannot be changed.", found[0].label, singular)
    return found[0]


def _assignment(record_type: RecordType, text: str) -> tuple[FieldSpec, str]:
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise DomainError(
            "“%1” is not a change; write FIELD=VALUE, such as email=an@example.com.", text
        )
    return field_named(record_type, name.strip()), value.strip()


# -- edit -----------------------------------------------------------------------------------------
def _edit(
    services: Services, record_type: RecordType, number: str, fields: list[tuple[FieldSpec, str]]
) -> int:
    record = services.records.find(record_type.key, number)
    shown = record.number or str(record.id)
    locked_by = record_type.locked_by
    if locked_by and record.values.get(locked_by):
        state = record_type.field(locked_by).label.lower()
        raise DomainError(
            "The %1 %2 is %3; it can no longer be changed.",
            record_type.singular.lower(),
            shown,
            state,
        )
    values = {spec.name: _value(services, spec, text) for spec, text in fields}
    try:
        services.records.update(record_type.key, record.id, record.version, values)
    except ValidationError as exc:
        name, message = next(iter(exc.errors.items()))
        label = record_type.field(name).label if record_type.has_field(name) else name
        raise DomainError("%1: %2", label, message) from None
    labels = ", ".join(spec.label for spec, _ in fields)
    print(f"{shown} saved ({labels}).", file=sys.stderr)
    return 0


def _value(services: Services, spec: FieldSpec, text: str) -> Any:
    """``text`` as a value of ``spec``, for the record service to check as a form's."""
    if text == "" and spec.kind is not Kind.BOOL:
        return None
    kind = spec.kind
    if kind is Kind.BOOL:
        if key(text) in _YES | _NO:
            return key(text) in _YES
        raise DomainError("%1: “%2” is not yes or no.", spec.label, text)
    if kind in (Kind.CHOICE, Kind.CURRENCY):
        match = match_choice(text, spec)
        if match.value is None:
            choices = ", ".join(spec.choices)
            raise DomainError("%1: “%2” is not one of %3.", spec.label, text, choices)
        return match.value
    if kind is Kind.REFERENCE:
        return _reference(services, spec, text)
    if kind is Kind.USER:
        for user in services.users.users():
            if key(text) in (key(user.username), key(user.full_name)):
                return user.id
        raise DomainError("%1: there is no user “%2”.", spec.label, text)
    if kind is Kind.DATETIME:
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            raise DomainError(
                "%1: “%2” is not a date and time (YYYY-MM-DD HH:MM).", spec.label, text
            ) from None
        return moment if moment.tzinfo else moment.astimezone()
    return text


def _reference(services: Services, spec: FieldSpec, text: str) -> int:
    """The record a reference names: its number, or a name that only one record has."""
    target = services.registry.get(spec.reference or "")
    try:
        return services.records.find(target.key, text).id
    except NotFound:
        pass
    same = [m for m in services.search.lookup(target.key, text) if key(m.name) == key(text)]
    if len(same) == 1:
        return same[0].id
    singular = target.singular.lower()
    if same:
        raise DomainError(
            "%1: several records are named “%2”; give the %3's number.", spec.label, text, singular
        )
    raise DomainError("%1: there is no %2 “%3”.", spec.label, singular, text)


# -- history --------------------------------------------------------------------------------------
def _history(services: Services, record_type: RecordType, number: str) -> int:
    # The history of a record in the recycle bin is kept, and shown.
    record = services.records.find(record_type.key, number, include_deleted=True)
    currency = services.history.currency(record_type.key, record.id)
    offset = 0
    while True:
        rows = services.history.page(record_type.key, record.id, offset=offset, limit=_PAGE)
        for row in rows:
            print("\t".join(_line(record_type, row, currency)))
        if len(rows) < _PAGE:
            return 0
        offset += _PAGE


def _line(record_type: RecordType, row: HistoryRow, currency: str | None) -> list[str]:
    """When, who, field, old value, new value: as the form shows them, in English."""
    if row.field is None:
        field = _WHOLE_RECORD.get(row.kind, row.kind)
    elif record_type.has_field(row.field):
        field = record_type.field(row.field).label
    else:
        field = row.field.capitalize()
    spec = record_type.field(row.field) if row.field and record_type.has_field(row.field) else None
    return [
        row.changed_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        row.user_name,
        field,
        _text(spec, row.old, row.old_text, currency),
        _text(spec, row.new, row.new_text, currency),
    ]


def _text(spec: FieldSpec | None, value: Any, text: str | None, currency: str | None) -> str:
    if text is not None:
        shown = text
    elif value is None:
        shown = ""
    elif isinstance(value, bool):
        shown = "yes" if value else "no"
    elif isinstance(value, dt.datetime):
        shown = value.strftime("%Y-%m-%d %H:%M UTC")
    elif isinstance(value, Decimal) and spec is not None and spec.kind is Kind.MONEY:
        shown = f"{value} {currency or ''}".strip()
    else:
        shown = str(value)
    return " ".join(shown.split())  # one change, one line
