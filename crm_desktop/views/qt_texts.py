"""Translated texts: the program's own, by context, and Qt's own widgets' texts.

A module shows its texts in one context through ``_tr = translator("crash")``;
packaging/update_translations.py collects the literals (and tables of literals) such a
function is called with into that context, as lupdate cannot see them.

Texts of Qt's own widgets that Qt does not translate into every language of ours:

Qt ships translations of its standard buttons (OK, Cancel, Save, Discard...) for Brazilian
Portuguese but not for Vietnamese or Icelandic, so a Vietnamese "Save your changes?"
would offer English buttons. The program's catalogs carry them in Qt's own contexts;
Qt asks every installed translator, and finds them there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from crm_desktop.errors import in_language

#: QPlatformTheme::defaultStandardButtonText, as Qt 6 writes them
STANDARD_BUTTONS = (
    "OK",
    "Save",
    "Save All",
    "Open",
    "&Yes",
    "Yes to &All",
    "&No",
    "N&o to All",
    "Abort",
    "Retry",
    "Ignore",
    "Close",
    "Cancel",
    "Discard",
    "Help",
    "Apply",
    "Reset",
    "Restore Defaults",
)
#: QGnomeTheme's own texts (a GNOME desktop)
GNOME_BUTTONS = ("&OK", "&Save", "&Cancel", "&Close", "Close without Saving")


def standard_button_texts() -> dict[str, str]:
    """Each standard button text in the language of the installed translators."""
    translate = QCoreApplication.translate
    texts = {
        t: translate("QPlatformTheme", STANDARD_BUTTONS[i]) for i, t in enumerate(STANDARD_BUTTONS)
    }
    texts.update(
        {t: translate("QGnomeTheme", GNOME_BUTTONS[i]) for i, t in enumerate(GNOME_BUTTONS)}
    )
    return texts


def translator(context: str) -> Callable[[str], str]:
    """A function translating a text in ``context``: ``_tr = translator("crash")``."""

    def translate(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return translate


def translated_errors(errors: dict[str, str]) -> dict[str, str]:
    """The service's English messages (field -> message) in the user's language."""
    return {k: in_language(v, _validation) for k, v in errors.items()}


def _validation(text: str) -> str:
    return QCoreApplication.translate("validation", text)
