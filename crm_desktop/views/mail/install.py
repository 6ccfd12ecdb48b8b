"""The mail screen in the window (Tools › Mail)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.views.mail.screen import MailScreen
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("mail")


def install_mail(window: MainWindow) -> None:
    """The mail fetched into the database, built when first shown."""
    window.add_screen(
        "mail", lambda: MailScreen(window.services), group="Tools", label=_tr("Mail"), icon="mail"
    )
