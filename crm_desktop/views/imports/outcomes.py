"""How the rows of an import look in the wizard: what happens to each, its values as
they will be saved, and what was left out of it, in the user's language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from crm_desktop.errors import fill
from crm_desktop.exchange.problems import Problem
from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services.imports.plan import Action, ImportResult, Rejection, RowOutcome
from crm_desktop.views.formatting import (
    CHECK_MARK,
    DEFAULT_MONEY_DECIMALS,
    choice_text,
    format_decimal,
)
from crm_desktop.views.qt_texts import translator

_tr = translator("import_outcomes")


def action_text(action: Action) -> str:
    return {
        Action.CREATE: _tr("Add"),
        Action.FILL: _tr("Fill empty fields"),
        Action.UPDATE: _tr("Update"),
        Action.SKIP: _tr("Skip"),
        Action.REJECT: _tr("Reject"),
    }[action]


def value_text(spec: FieldSpec | None, value: Any) -> str:
    """A value as it will be saved, written the way the user's locale writes it."""
    locale = QLocale()
    if value is None:
        return ""
    if isinstance(value, bool):
        return CHECK_MARK if value else ""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
    if isinstance(value, Decimal):
        money = spec is not None and spec.kind is Kind.MONEY
        return format_decimal(value, DEFAULT_MONEY_DECIMALS if money else None, locale)
    if spec is not None and spec.kind is Kind.CHOICE and isinstance(value, str):
        return choice_text(value)
    return str(value)


#: where the templates of a row's problems are collected for translation
#: (packaging/translation_sources.py): the file readers' (exchange/) in "import", the
#: import service's in "validation", the registry's own in "registry"
_PROBLEM_CONTEXTS = ("import", "validation", "registry")


def _translated(template: str) -> str:
    for context in _PROBLEM_CONTEXTS:
        text = QCoreApplication.translate(context, template)
        if text != template:
            return text
    return template


def problem_text(problem: Problem) -> str:
    """A problem of a row in the user's language."""
    return fill(_translated(problem.template), problem.args)


def rejection_text(rejection: Rejection) -> str:
    """Why a row is rejected, for one field, in the user's language."""
    label = QCoreApplication.translate("registry", rejection.label)
    message = fill(QCoreApplication.translate("validation", rejection.message), rejection.args)
    return _tr("%1: %2").replace("%1", label).replace("%2", message)


def reason_text(row: RowOutcome) -> str:
    """Why a row is rejected, in the user's language (empty for a row that is not)."""
    return " ".join(rejection_text(r) for r in row.rejections)


def counts_text(template: str, result: ImportResult) -> str:
    """``template`` (translated) with "%1"… "%4" the rows added, updated, skipped and
    rejected."""
    return fill(template, (result.added, result.updated, result.skipped, result.rejected))
