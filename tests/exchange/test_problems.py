"""Problems carry a template to translate and its arguments."""

from __future__ import annotations

from crm_desktop.errors import fill
from crm_desktop.exchange.problems import Problem


def test_message_fills_the_template_as_qt_arg_does() -> None:
    problem = Problem("x", "Line %1: “%2” is not one of the choices of %3.", (7, "Won?", "Stage"))
    assert problem.message == "Line 7: “Won?” is not one of the choices of Stage."


def test_a_translation_may_put_the_arguments_in_another_order() -> None:
    assert fill("%2 (dòng %1)", (12, "Sai")) == "Sai (dòng 12)"
    assert fill("%1 %10", tuple(range(1, 11))) == "1 10"
