"""What was wrong in a file, in a sentence a translator can translate.

The text is an English template marked with ``N_``, "%1", "%2"… standing for the
arguments, as Qt's ``QString.arg`` fills them: a view shows
``QCoreApplication.translate("registry", problem.template)`` with the arguments put in;
the CLI and the error CSV use :attr:`Problem.message`.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.errors import fill


@dataclass(frozen=True)
class Problem:
    """One problem of a row or a card: ``code`` for programs, the sentence for people."""

    code: str
    template: str
    args: tuple[str | int, ...] = ()

    @property
    def message(self) -> str:
        return fill(self.template, self.args)
