"""The errors a user is told about speak the user's language: each is made with an English
sentence the translation tool collects, and shown through the installed translation."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from crm_desktop import errors
from crm_desktop.errors import DomainError, Label, NotFound, Sentence, fill, in_language

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def shouting() -> Iterator[None]:
    """A "translation" that shows what passed through it."""
    errors.translate_with(lambda sentence: sentence.upper(), lambda label: f"«{label}»")
    yield
    errors.translate_with(lambda sentence: sentence, lambda label: label)


def test_values_fill_their_places_in_one_pass() -> None:
    assert fill("%2 before %1", ("a", 2)) == "2 before a"
    # a value holding a mark is not filled again; a mark without a value stays
    assert fill("“%1” and %3", ("%2", "x")) == "“%2” and %3"


def test_an_error_is_shown_through_the_translation_then_filled(shouting: None) -> None:
    error = NotFound("There is no user “%1”.", "Þóra")
    assert str(error) == "THERE IS NO USER “Þóra”."
    assert error.sentence == "There is no user “%1”."


def test_a_label_in_a_sentence_is_in_the_user_s_language_too(shouting: None) -> None:
    assert str(NotFound("%1 %2 does not exist.", Label("Contact"), 987654)) == (
        "%1 %2 DOES NOT EXIST.".replace("%1", "«Contact»").replace("%2", "987654")
    )
    # lower case in the middle of a sentence: the registry's label is what is translated
    middle = Label.lowercase("Sales order")
    assert middle == "sales order"
    assert str(NotFound("There is no %1 numbered “%2”.", middle, "SO-1")) == (
        "THERE IS NO «sales order» NUMBERED “%2”.".replace("%2", "SO-1")
    )


def test_a_label_in_lower_case_that_a_translation_puts_first_has_a_capital() -> None:
    quote = Label.lowercase("Quote")
    assert fill("%1 með númerinu „%2“ er ekki til.", (quote, "Q-1")) == (
        "Quote með númerinu „Q-1“ er ekki til."
    )
    assert fill("Engin %1 með númerinu „%2“.", (quote, "Q-1")) == "Engin quote með númerinu „Q-1“."


def test_without_a_translation_the_sentence_is_english() -> None:
    assert str(DomainError("The server “%1” refused the connection.", "mail.example.vn")) == (
        "The server “mail.example.vn” refused the connection."
    )


@pytest.fixture
def sources() -> Iterator[ModuleType]:
    """packaging/translation_sources.py, the part of the translation tool that finds texts."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        yield importlib.import_module("translation_sources")
    finally:
        sys.path.remove(str(ROOT / "packaging"))


def test_every_error_sentence_in_the_program_is_collected(sources: ModuleType) -> None:
    extras = sources.Extras()
    sources.scan_errors(extras, sorted((ROOT / "crm_desktop").rglob("*.py")))
    assert extras.problems == []
    assert extras.has("errors", "There is no user “%1”.")
    assert extras.has("errors", "Your role does not allow you to export %1.")
    assert extras.has("errors", "The import was cancelled; nothing was imported.")  # super()


def test_an_error_made_with_an_f_string_is_reported(sources: ModuleType, tmp_path: Path) -> None:
    """It could not be looked up in a translation."""
    module = tmp_path / "example.py"
    module.write_text(
        "class Refused(NotFound):\n    pass\n\n\n"
        'def f(n):\n    raise ValueError(f"{n}")\n\n\n'
        'def g(n):\n    raise Refused(f"No {n}.")\n',
        encoding="utf-8",
    )
    extras = sources.Extras()
    sources.scan_errors(extras, [ROOT / "crm_desktop" / "errors.py", module])
    assert extras.problems == [f"{module}:10: an error's sentence is an f-string"]


def test_a_fields_message_with_values_is_translated_then_filled() -> None:
    message = Sentence("The name “%1” is taken.", "thora")
    assert message == "The name “thora” is taken."  # what the logs and the command line show
    assert in_language(message, str.upper) == "THE NAME “thora” IS TAKEN."
    assert in_language("Too long.", str.upper) == "TOO LONG."
