"""The database the program has open, with its services, presence and window.

File > Open (or New, or a recent file) switches to another database in the same process:
the new one is opened and checked first, so a file that cannot be used is told in words
and the window on the old one stays as it was. Part of the composition root (with
app.py): the one place besides app.py that opens databases for the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from crm_desktop.errors import DomainError
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.models import Database
    from crm_desktop.services import Services
    from crm_desktop.services.database.presence import PresenceService
    from crm_desktop.views.shell.main_window import MainWindow

log = logging.getLogger(__name__)

RECENT_KEY = "files/recent"
MAX_RECENT = 8


_tr = translator("workspace")


def recent_databases(settings: QSettings) -> list[str]:
    """Databases opened lately, newest first (files that are gone are left out)."""
    value = settings.value(RECENT_KEY, [])
    entries = [value] if isinstance(value, str) else list(value or [])
    return [e for e in entries if e and ("://" in e or Path(e).exists())]


def remembered_form(target: str) -> str:
    """How a database is kept in the recent list: a file by its absolute path, a server by
    its URL without the password (a password stays out of the settings file; the server's
    own ways, such as ~/.pgpass, supply it)."""
    if "://" not in target:
        return str(Path(target).absolute())
    from sqlalchemy.engine import URL, make_url

    url = make_url(target)
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database)
    return bare.update_query_dict(dict(url.query)).render_as_string(hide_password=False)


def remember_database(settings: QSettings, target: str) -> None:
    target = remembered_form(target)
    entries = [e for e in recent_databases(settings) if e != target]
    settings.setValue(RECENT_KEY, [target, *entries][:MAX_RECENT])
    settings.sync()


def last_database(settings: QSettings) -> str | None:
    entries = recent_databases(settings)
    return entries[0] if entries else None


def _first_default_currency(services: Services, code: str) -> None:
    """A database nobody chose a currency for yet takes the system's (``code``: VND in
    Vietnam), rather than US dollars for every new quote and deal."""
    if services.settings.default_currency_from(code):
        log.info("default currency set to %s, the system's", code)


class Workspace:
    """Owns the open :class:`Database`, its services and presence, and the window on it."""

    def __init__(
        self,
        backups: Path,
        settings: QSettings | None = None,
        *,
        build_window: Callable[..., MainWindow] | None = None,
    ) -> None:
        self.backups = backups
        self.settings = settings if settings is not None else QSettings()
        if build_window is None:
            from crm_desktop.app import build_main_window

            build_window = build_main_window
        self._build_window = build_window
        self.db: Database | None = None
        self.presence: PresenceService | None = None
        self.window: MainWindow | None = None
        #: why the last open failed (the program's start says it on the terminal too)
        self.problem = ""

    def open(self, target: str, *, create: bool = True, parent: QWidget | None = None) -> bool:
        """Show the window on ``target`` (a file path or a server URL); False when it
        cannot be opened (told to the user) or the user kept unsaved changes."""
        from crm_desktop.models import Database
        from crm_desktop.services import Services
        from crm_desktop.services.database.backup import backup_before_migration
        from crm_desktop.services.database.presence import PresenceService
        from crm_desktop.views.shell.crash import domain_error_text

        old = self.window
        if old is not None and not old.confirm_discard():
            return False
        try:
            # The quick check of the file runs once the window is painted (StartUp).
            db = Database.open(
                target,
                create=create,
                before_migration=backup_before_migration(self.backups),
                check_later=True,
            )
        except DomainError as exc:
            log.warning("cannot open %s: %s", remembered_form(target), exc)  # no password
            self.problem = domain_error_text(exc)
            QMessageBox.critical(parent or old, _tr("CRM Desktop"), self.problem)
            return False
        logged_in = self._log_in(db, parent or old)
        if logged_in is None:  # the login was cancelled: the old window stays as it was
            db.close()
            self.problem = _tr("Nobody logged in: the database was not opened.")
            return False
        db, user_id = logged_in
        services = Services.build(db, user_id=user_id)
        presence = PresenceService(db, services.users.current_user_id)
        if old is not None:
            old.save_settings()  # the new window starts where this one was
        remember_database(self.settings, target)
        window = self._build_window(
            services, self.settings, backups=self.backups, presence=presence, workspace=self
        )
        previous = (self.db, self.presence, old)
        self.db, self.presence, self.window = db, presence, window
        if window.start_up is not None:
            # The writes of a start wait until the window is painted and the file checked;
            # a busy one is left to the heartbeat or the next start.
            window.start_up.background.append(presence.announce)
            if not db.read_only:
                code = QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
                window.start_up.background.append(lambda: _first_default_currency(services, code))
            if window.database_actions is not None:
                window.start_up.then.append(window.database_actions.automatic_backup)
        window.show()
        # The old database's background work goes on by itself (a backup writes its own
        # file, with its own connection): nothing waits for it here, the window paints.
        self._close(*previous, wait=False)
        log.info("opened %s", db.label)
        return True

    def _log_in(self, db: Database, parent: QWidget | None) -> tuple[Database, int] | None:
        """Who uses the database, and the database as they use it: its one user, or on
        an office database the user who logs in, connected to a server as their own
        login (None: the login was cancelled)."""
        from crm_desktop.services.users import DEFAULT_USER_ID, login, logs_in, own_login

        if not logs_in(db):
            return db, DEFAULT_USER_ID
        from crm_desktop.views.admin.login_dialog import LoginDialog

        theirs: list[Database] = []

        def log_in(name: str, password: str) -> int:
            user_id = login(db, name, password)
            theirs.append(own_login(db, user_id, password))
            return user_id

        dialog = LoginDialog(db.label, log_in, self.settings, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted or dialog.user_id is None:
            return None
        return theirs[-1], dialog.user_id

    def close(self) -> None:
        """Close the window's database (the program is ending)."""
        self._close(self.db, self.presence, None, wait=True)
        self.db = self.presence = self.window = None

    @staticmethod
    def _close(
        db: Database | None,
        presence: PresenceService | None,
        window: MainWindow | None,
        *,
        wait: bool,
    ) -> None:
        if window is not None:
            # Nothing of the old window may look at its database once it is closed.
            window.shutdown_parts()
            window.close()  # its forms are clean: confirm_discard() asked already
            window.deleteLater()
        if presence is not None:
            try:
                presence.leave()
            except DomainError as exc:  # the row goes stale by itself
                log.warning("cannot say goodbye: %s", exc)
        if wait:  # the program ends: let today's backup finish writing
            from crm_desktop.views.jobs import wait_for_all

            wait_for_all(30_000)
        if db is not None:
            db.close()
