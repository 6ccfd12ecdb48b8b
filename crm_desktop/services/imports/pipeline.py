"""One row of a file made into a record: picklist values mapped, the owner and the
referenced records found (organizations created), the values checked, a match looked
up, and the outcome handed to a writer (the database's, or a dry run's that writes
nothing)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError, Label
from crm_desktop.exchange.csv.labels import key
from crm_desktop.exchange.csv.names import split_name
from crm_desktop.exchange.csv.presets import ColumnMap
from crm_desktop.exchange.csv.values import match_choice
from crm_desktop.exchange.problems import Problem
from crm_desktop.models.entities import User
from crm_desktop.registry import N_, Kind, RecordType
from crm_desktop.services.imports.matching import MatchIndex, Target
from crm_desktop.services.imports.plan import Action, ImportPlan, OnMatch, Rejection, RowOutcome
from crm_desktop.services.imports.sources import SourceRow
from crm_desktop.services.records import values as field_values
from crm_desktop.services.records.service import RecordService, table_of
from crm_desktop.textfold import fold


class Writer(Protocol):
    """Where the outcomes go: the database (an import) or nowhere (preview, dry run)."""

    def create(
        self, values: dict[str, Any], caches: dict[str, Any], photo: tuple[bytes, str] | None
    ) -> Target: ...

    def create_organization(self, name: str) -> Target:
        """A new organization; its id may come when the writer flushes."""
        ...

    def flush(self) -> None: ...

    def update(
        self,
        record_id: int,
        version: int,
        changes: dict[str, Any],
        prior: dict[str, Any],
        photo: tuple[bytes, str] | None,
    ) -> None: ...


def value_choices(
    record_type: RecordType, value_map: Mapping[str, Mapping[str, str | None]]
) -> dict[str, dict[str, str | None]]:
    """The user's value map with the file's values folded and each choice made ours (a
    choice may be given by its label in any language we ship)."""
    made: dict[str, dict[str, str | None]] = {}
    for name, mapped in value_map.items():
        if not record_type.has_field(name) or record_type.field(name).kind is not Kind.CHOICE:
            raise DomainError("“%1” is not a field of %2 with choices.", name, record_type.key)
        spec = record_type.field(name)
        made[name] = {}
        for text, choice in mapped.items():
            ours = match_choice(choice, spec).value if choice else None
            if choice and ours is None:
                raise DomainError(
                    "“%1” is not one of the choices of %2.", choice, Label(spec.label)
                )
            made[name][key(text)] = ours
    return made


class RowImporter:
    def __init__(
        self,
        records: RecordService,
        session: Session,
        plan: ImportPlan,
        column_map: ColumnMap | None,
        writer: Writer,
    ):
        self.records = records
        self.session = session
        self.plan = plan
        self.writer = writer
        self.rtype = records.registry.get(plan.record_type)
        self.table = table_of(self.rtype)
        self.new_values = records.new_values(plan.record_type)
        self.index: MatchIndex | None = None
        if plan.on_match is not OnMatch.CREATE:
            self.index = MatchIndex(plan.match, self.rtype, plan.default_region)
            self.index.load(session)
        self.value_map = value_choices(self.rtype, plan.value_map)
        columns = column_map.fields() if column_map else {}
        self.mapped_columns = {name: columns[name] for name in self.value_map if name in columns}
        self.references = [f for f in self.rtype.fields if f.kind is Kind.REFERENCE]
        self._users: dict[str, int] | None = None
        #: (type, folded name) -> (an id, or the Target of a new organization, its name)
        self._found: dict[tuple[str, str], tuple[int | Target, str] | None] = {}

    # -- a row -------------------------------------------------------------------------------------
    def outcome(self, row: SourceRow) -> RowOutcome:
        values = dict(row.values)
        problems = list(row.problems)
        self.map_values(row.cells, values, problems)
        self.find_owner(row.line, values, problems)
        names = {
            f.name: str(values.pop(f.name))
            for f in self.references
            if isinstance(values.get(f.name), str)
        }
        names = {k: v.strip() for k, v in names.items() if v.strip()}
        cleaned, errors = field_values.clean(self.rtype, values)
        errors = self._left_out(row.line, values, errors, problems)
        shown = {**cleaned, **names}
        match_values = dict(cleaned)
        for f in self.references:
            if f.name in names and f.cache:
                match_values[f.cache] = names[f.name]
        target = self.index.find(match_values) if self.index else None
        if target is None or self.plan.on_match is OnMatch.CREATE:
            merged = {**self.new_values, **cleaned}
            errors = {**field_values.required_errors(self.rtype, merged), **errors}
        if errors:
            rejections = self._rejections(errors)
            return RowOutcome(
                row.line,
                Action.REJECT,
                shown,
                reason=" ".join(r.text for r in rejections),
                problems=problems,
                cells=row.cells,
                rejections=rejections,
            )
        if target is not None and self.plan.on_match is OnMatch.SKIP:
            return RowOutcome(row.line, Action.SKIP, shown, target.id, problems=problems)
        caches = self.resolve(row.line, names, cleaned, problems)
        if target is None or self.plan.on_match is OnMatch.CREATE:
            created = self.writer.create(cleaned, caches, row.photo)
            if self.index is not None:
                self.index.add({**cleaned, **caches}, created)
            return RowOutcome(row.line, Action.CREATE, shown, problems=problems)
        return self._update(row, target, cleaned, shown, problems)

    def _update(
        self,
        row: SourceRow,
        target: Target,
        cleaned: dict[str, Any],
        shown: dict[str, Any],
        problems: list[Problem],
    ) -> RowOutcome:
        fill = self.plan.on_match is OnMatch.FILL
        action = Action.FILL if fill else Action.UPDATE
        if target.id is None:
            self.writer.flush()
        if target.id is None:  # a dry run's record made by an earlier row of the file
            return RowOutcome(row.line, action, shown, None, problems=problems)
        current = (
            self.session.execute(select(self.table).where(self.table.c.id == target.id))
            .mappings()
            .one()
        )
        changes = {
            name: value
            for name, value in cleaned.items()
            if value not in (None, "")
            and current[name] != value
            and (not fill or current[name] in (None, ""))
        }
        if not changes and row.photo is None:
            return RowOutcome(row.line, Action.SKIP, shown, target.id, problems=problems)
        prior = {name: current[name] for name in changes}
        self.writer.update(target.id, current["version"], changes, prior, row.photo)
        saved = {name: shown.get(name, value) for name, value in changes.items()}
        return RowOutcome(row.line, action, saved, target.id, problems=problems)

    def _left_out(
        self, line: int, values: dict[str, Any], errors: dict[str, str], problems: list[Problem]
    ) -> dict[str, str]:
        """A value of an optional field the record service refuses (an e-mail that is not
        one, text too long) is left out of the row and reported; the errors of required
        fields remain, and reject the row."""
        template = (
            N_("Card %1: %2 “%3” was not imported: %4")
            if self.plan.is_vcard
            else N_("Line %1: %2 “%3” was not imported: %4")
        )
        remaining = {}
        for name, message in errors.items():
            spec = self.rtype.field(name) if self.rtype.has_field(name) else None
            if spec is None or spec.required:
                remaining[name] = message
                continue
            problems.append(
                Problem("refused", template, (line, spec.label, str(values[name]), message))
            )
        return remaining

    def _rejections(self, errors: dict[str, str]) -> list[Rejection]:
        return [
            Rejection(
                name, self.rtype.field(name).label if self.rtype.has_field(name) else name, message
            )
            for name, message in errors.items()
        ]

    # -- picklists, owner, references --------------------------------------------------------------
    def map_values(self, cells: list[str], values: dict[str, Any], problems: list[Problem]) -> None:
        """The user's choices for the file's picklist values, over the automatic match."""
        for name, column in self.mapped_columns.items():
            cell = cells[column].strip() if column < len(cells) else ""
            folded = key(cell)
            if not folded or folded not in self.value_map[name]:
                continue
            choice = self.value_map[name][folded]
            if choice:
                values[name] = choice
            else:
                values.pop(name, None)
            problems[:] = [
                p
                for p in problems
                if not (p.code == "unknown_choice" and len(p.args) > 1 and p.args[1] == cell)
            ]

    def find_owner(self, line: int, values: dict[str, Any], problems: list[Problem]) -> None:
        owner = values.get("owner_id")
        if not isinstance(owner, str):
            return
        if self._users is None:
            self._users = {}
            for user_id, username, full_name in self.session.execute(
                select(User.id, User.username, User.full_name).where(User.active)
            ):
                self._users.setdefault(fold(full_name), user_id)
                self._users.setdefault(fold(username), user_id)
        found = self._users.get(fold(owner))
        if found is None:
            del values["owner_id"]
            problems.append(
                Problem(
                    "unknown_owner",
                    N_("Line %1: no user is called “%2”; the record is yours."),
                    (line, owner),
                )
            )
        else:
            values["owner_id"] = found

    def resolve(
        self, line: int, names: dict[str, str], cleaned: dict[str, Any], problems: list[Problem]
    ) -> dict[str, Any]:
        """Put the referenced records' ids in ``cleaned``; returns their cached names."""
        caches: dict[str, Any] = {}
        for f in self.references:
            name = names.get(f.name)
            if not name:
                continue
            found = self._find(f.reference or "", name)
            if found is None:
                problems.append(
                    Problem(
                        "not_found",
                        N_("Line %1: there is no “%2” to link in %3; it was left empty."),
                        (line, name, f.label),
                    )
                )
                continue
            cleaned[f.name], display = found
            if f.cache:
                caches[f.cache] = display
        return caches

    def _find(self, type_key: str, name: str) -> tuple[int | Target, str] | None:
        """A live record of ``type_key`` named ``name`` (accents and case ignored); an
        organization not found is created."""
        if (type_key, name) in self._found:  # the same spelling again: no folding
            return self._found[(type_key, name)]
        cache_key = (type_key, fold(name))
        if cache_key in self._found:
            self._found[(type_key, name)] = self._found[cache_key]
            return self._found[cache_key]
        table = table_of(self.records.registry.get(type_key))
        if type_key == "contacts":
            split = split_name(name)
            where = [
                table.c.first_name_key == fold(split.given),
                table.c.last_name_key == fold(split.family),
            ]
            columns = [table.c.first_name, table.c.last_name]
        elif "name_key" in table.c:
            where = [table.c.name_key == fold(name)]
            columns = [table.c.name]
        else:
            where, columns = [], []
        found: tuple[int | Target, str] | None = None
        if where:
            row = self.session.execute(
                select(table.c.id, *columns)
                .where(*where, table.c.deleted_at.is_(None))
                .order_by(table.c.id)
                .limit(1)
            ).first()
            if row is not None:
                found = (row[0], " ".join(str(part) for part in row[1:] if part))
        if found is None and type_key == "organizations":
            found = (self.writer.create_organization(name), name)
        self._found[cache_key] = self._found[(type_key, name)] = found
        return found
