"""The errors a user can be told about in words.

Anything that is not a :class:`DomainError` is a bug and goes to the crash dialog.

A DomainError's first argument is its sentence in English, written as a literal, with
``%1``, ``%2``… where the values that follow it go (Qt's marks, as in every other message
the translators see): ``NotFound("There is no user “%1”.", name)``. The translation tool
collects these sentences (context ``errors``); ``str()`` of the error gives the sentence in
the user's language once the program has said how to translate (:func:`translate_with`),
and in English until then (the command line, the logs, the tests). A value that is itself
one of the program's labels (a record type's name, a field's) is given as a :class:`Label`
and is filled in the user's language too: "Liên hệ 987654 không tồn tại.", not
"Contact 987654 không tồn tại.".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

_PLACE = re.compile(r"%(\d+)")


def _english(sentence: str) -> str:
    return sentence


_translate: Callable[[str], str] = _english
_translate_label: Callable[[str], str] = _english


def translate_with(translate: Callable[[str], str], label: Callable[[str], str]) -> None:
    """Give the errors' sentences in the user's language from now on, and the
    :class:`Label` values in them (the GUI calls this with Qt's translations of the
    contexts ``errors`` and ``registry`` once its translators are installed)."""
    global _translate, _translate_label
    _translate, _translate_label = translate, label


class Label(str):
    """A value of a sentence that is one of the program's labels (a record type's
    singular or plural name, a field's label, from the registry), so that it is filled in
    the user's language (see :func:`fill`)."""

    #: the label as the registry has it, when the value is it in lower case
    label: str | None = None

    @classmethod
    def lowercase(cls, label: str) -> Label:
        """The label in lower case, for the middle of a sentence ("There is no contact
        numbered …"); its translation is put in lower case too."""
        made = cls(label.lower())
        made.label = label
        return made

    def in_language(self, *, first: bool = False) -> str:
        """The label translated; one in lower case stays so, unless a translation puts
        it ``first`` in its sentence."""
        if self.label is None:
            return _translate_label(self)
        lowered = _translate_label(self.label).lower()
        return lowered[:1].upper() + lowered[1:] if first else lowered


def fill(sentence: str, values: tuple[object, ...]) -> str:
    """``sentence`` (or its translation) with ``%n`` replaced by the n-th of ``values``,
    as Qt's ``QString.arg`` fills them, in one pass (a value that itself holds "%1" stays
    as it is); a :class:`Label` in the user's language."""

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if not 0 < n <= len(values):
            return match.group(0)
        given = values[n - 1]
        if isinstance(given, Label):
            return given.in_language(first=match.start() == 0)
        return str(given)

    return _PLACE.sub(value, sentence)


class Sentence(str):
    """A field's message with values in it (a :class:`ValidationError`'s): reads as the
    English text filled in, and keeps ``sentence`` and ``values`` for :func:`in_language`.
    The translation tool collects its literal sentence in the context ``validation``."""

    sentence: str
    values: tuple[object, ...]

    def __new__(cls, sentence: str, *values: object) -> Sentence:
        made = super().__new__(cls, fill(sentence, values))
        made.sentence = sentence
        made.values = values
        return made


def in_language(message: str, translate: Callable[[str], str]) -> str:
    """A field's message translated by ``translate``, a :class:`Sentence` filled after."""
    if isinstance(message, Sentence):
        return fill(translate(message.sentence), message.values)
    return translate(message)


class DomainError(Exception):
    """An expected problem, explained to the user by its message: ``sentence`` with
    ``%1``… filled from ``values`` (see the module's docstring)."""

    def __init__(self, sentence: str, *values: object) -> None:
        super().__init__(sentence, *values)
        self.sentence = sentence
        self._values = values  # not ``values``: some errors name what they carry so

    def __str__(self) -> str:
        return fill(_translate(self.sentence), self._values)


class ValidationError(DomainError):
    """Field values that cannot be saved; ``errors`` maps field name to message."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFound(DomainError):
    """The record does not exist (or is in the recycle bin when it must not be)."""


class ConflictError(DomainError):
    """Somebody else saved the record since it was loaded."""

    def __init__(self, sentence: str, *values: object, current: Mapping[str, object] | None = None):
        super().__init__(sentence, *values)
        self.current = dict(current or {})


class DatabaseError(DomainError):
    """The database cannot be used; the message says why and what to do."""


class NotADatabase(DatabaseError):
    """The file is not an SQLite database."""


class NotOurDatabase(DatabaseError):
    """The file is a database of some other program."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer version of the program."""


class DatabaseDamaged(DatabaseError):
    """The database file is damaged."""


class ProgramIncomplete(DomainError):
    """A file the program needs is missing from its installation (a broken install)."""


class DatabaseBusy(DatabaseError):
    """Another user holds the database for longer than we waited."""


class WriteWouldWait(DatabaseBusy):
    """Another user holds the write lock, and this thread's writes were not to wait for it
    (the GUI thread, which hands the waiting to a worker: see ``Database.waiting``)."""


class WriteCancelled(DatabaseBusy):
    """The user cancelled a write while it waited for another user's lock."""


class DatabaseReadOnly(DatabaseError):
    """The database can be read but not written (file permissions, read-only share)."""


class DatabaseFull(DatabaseError):
    """The disk (or the database's size limit) is full; the transaction was rolled back."""


class DatabaseMissing(DatabaseError):
    """The database file does not exist and was not to be created."""


class DatabaseReplaced(DatabaseError):
    """A backup was restored into the database file while this program had it open."""


class DatabaseUnreachable(DatabaseError):
    """The database server closed the connection or cannot be reached."""


class CannotWrite(DomainError):
    """A file cannot be written where the user asked: it is a database, the file being
    read, a folder or a device, or the disk is full, read-only or forbidden."""


class AccessDenied(DomainError):
    """The user's role does not allow what was asked (or the record is private to others)."""


class LoginFailed(DomainError):
    """Wrong credentials, a disabled account or one waiting after too many wrong passwords."""
