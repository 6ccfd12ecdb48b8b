"""The mail screen in the window (Tools › Mail)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.views.mail.form_action import install_new_mail
from crm_desktop.views.mail.refresher import MailRefresher
from crm_desktop.views.mail.screen import MailScreen
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("mail")


def install_mail(window: MainWindow, **options: int) -> MailRefresher:
    """The mail part: the user's mailbox fetched in the background (``options``: the
    refresher's intervals, for tests), the screen of the mail fetched into the
    database, built when first shown, and "New mail" on the forms of the customers;
    returns the part."""
    refresher = MailRefresher(window.services, window, **options)
    window.add_part(refresher)
    window.add_screen(
        "mail",
        lambda: MailScreen(window.services, refresher=refresher, form_of=window.form),
        group="Tools",
        label=_tr("Mail"),
        icon="mail",
    )
    install_new_mail(window)
    return refresher
