"""The composition root: paths, logging, translations, the database, services, the window.

Only what the first screen needs is imported here; reports, importers and other heavy
modules are imported by the views that use them, when they are used.
"""

from __future__ import annotations

import logging
import os
import sys
from importlib import resources
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

# The database layer the first screen reads through comes before Qt: once PySide6 is
# imported, its import hook reads the source of every module imported after it (for its
# "from __feature__" switches), a tenth of the start's processor time for these.
import crm_desktop.models
import crm_desktop.services.access.guarded
import crm_desktop.services.records.lists  # noqa: F401

# isort: split
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QSettings,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from crm_desktop import __version__, errors
from crm_desktop.paths import ROOT_OVERRIDE_ENV, app_paths

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.database.presence import PresenceService
    from crm_desktop.views.shell.main_window import MainWindow
    from crm_desktop.workspace import Workspace

log = logging.getLogger("crm_desktop")

#: QSettings keep the user's layout under these names (~/.config/crm-desktop/CRM Desktop.conf)
ORGANIZATION = "crm-desktop"
APPLICATION = "CRM Desktop"
LOG_FILENAME = "crm-desktop.log"
TRANSLATION_PREFIX = "crm_desktop"


def translations_dir() -> Path:
    return Path(os.fspath(resources.files("crm_desktop") / "resources" / "translations"))


def setup_logging(log_file: Path) -> None:
    """Log to a rotating file in the user's log folder (the crash dialog points at it)."""
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    log.info("CRM Desktop %s starting (Python %s)", __version__, sys.version.split()[0])


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s (%s:%s)", message, context.file, context.line)


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the program's and Qt's own translations for ``locale`` where a .qm file exists.

    The translators are children of ``app``, so they live as long as it does.
    """
    locale = locale or QLocale.system()
    installed = []
    sources = (
        (TRANSLATION_PREFIX, str(translations_dir())),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for prefix, folder in sources:
        translator = QTranslator(app)
        # QTranslator.load(locale, ...) tries "vi_VN", then "vi", and the UI languages.
        if translator.load(locale, prefix, "_", folder, ".qm"):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("loaded translation %s", translator.filePath())
    errors.translate_with(_error_sentence, _label)
    return installed


def _error_sentence(sentence: str) -> str:
    return QCoreApplication.translate("errors", sentence)


def _label(label: str) -> str:
    return QCoreApplication.translate("registry", label)


def make_application(argv: list[str] | None = None) -> QApplication:
    from crm_desktop.views.icons import app_icon
    from crm_desktop.views.palette import SchemeFollower

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    if os.environ.get(ROOT_OVERRIDE_ENV):
        # Everything of the program below one folder (a portable copy, a test): the
        # window's layout and recent files too, not only data, logs and backups.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(app_paths().config)
        )
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("crm-desktop")
    if QLocale().language() == QLocale.Language.C:
        # LANG=C (a bare session, a service account) would print 358000000 without
        # grouping and dates in an odd form; US English is what such users expect.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app.setWindowIcon(app_icon())
    if app.findChild(SchemeFollower) is None:
        SchemeFollower(app)  # light or dark with the system, also when it switches
    return app


def build_main_window(
    services: Services,
    settings: QSettings | None = None,
    *,
    backups: Path | None = None,
    presence: PresenceService | None = None,
    workspace: Workspace | None = None,
) -> MainWindow:
    """The main window on ``services``; tests pass their own (temporary) settings.

    The composition root: it builds the window and each part, passing each what it
    needs. The window holds the parts the program reaches as typed attributes and shuts
    down those with work of their own (``MainWindow.add_part``). Besides the window's
    own parts: live refresh from other programs' changes, the busy and read-only
    status, and the Database menu (backups go below ``backups``, by default the user's
    backup folder); with a ``workspace``, File > New/Open database.
    """
    from crm_desktop.services.database.backup import BackupService
    from crm_desktop.views.admin.database_actions import DatabaseActions
    from crm_desktop.views.quotes.printing import install_printing
    from crm_desktop.views.shell.global_search import install_global_search
    from crm_desktop.views.shell.live_refresh import install_live_refresh
    from crm_desktop.views.shell.main_window import MainWindow
    from crm_desktop.views.shell.start_up import StartUp

    window = MainWindow(services, settings)
    window.start_up = StartUp(window)
    window.add_part(window.start_up)
    if workspace is not None:
        from crm_desktop.views.admin.database_files import DatabaseFiles

        window.database_files = DatabaseFiles(window, workspace)
    window.busy_status, window.live_refresh = install_live_refresh(window)
    window.add_part(window.live_refresh)
    window.global_search = install_global_search(window)
    backup = BackupService(services.db, backups or app_paths().backups)
    window.database_actions = DatabaseActions(window, backup, presence)
    window.add_part(window.database_actions)
    install_printing(window)
    from crm_desktop.views.documents.actions import install_document_actions

    install_document_actions(window)
    from crm_desktop.views.activities.reminders import install_reminders
    from crm_desktop.views.calendar.view import install_calendar
    from crm_desktop.views.mail.install import install_mail
    from crm_desktop.views.news.install import install_news, news_panel

    news = install_news(window)
    install_mail(window)
    install_calendar(window, today_panel=news_panel(news))
    # Started by window.start_up once the window is painted and the file checked.
    window.reminders = install_reminders(window, start=False)
    from crm_desktop.views.reports.install import install_analytics

    install_analytics(window)
    from crm_desktop.views.map.install import install_map

    install_map(window)
    from crm_desktop.views.calendar.ics_import import install_calendar_import
    from crm_desktop.views.imports.actions import install_imports
    from crm_desktop.views.shell.help import install_help
    from crm_desktop.views.shell.welcome import install_welcome

    importer = install_calendar_import(window)
    imports = install_imports(window, importer)
    from crm_desktop.views.road.actions import install_road

    window.road = install_road(window)
    help_actions = install_help(window)
    install_welcome(window, importer.action, help_actions.show_guide, imports.import_action)
    from crm_desktop.views.bulk_messages.screen import install_messages

    install_messages(window)
    return window


def run_gui(database: str | None) -> int:
    """Open the database and run the window until it closes; the process exit status."""
    app = make_application()
    paths = app_paths().ensure()
    log_file = paths.logs / LOG_FILENAME
    setup_logging(log_file)
    qInstallMessageHandler(_qt_message)
    from crm_desktop.views.shell.crash import install_crash_handler

    uninstall = install_crash_handler(log_file)
    install_translations(app)
    from crm_desktop.workspace import Workspace, last_database

    workspace = Workspace(paths.backups)
    # Without --database: the database of the last session, else the default file.
    target = database or last_database(workspace.settings) or str(paths.default_database)
    try:
        if not workspace.open(target):
            # Started from a terminal (or a script), the reason is read there too.
            print(f"crm-desktop: {workspace.problem}", file=sys.stderr)
            return 1
        status = app.exec()
        log.info("CRM Desktop closed with status %s", status)
        return status
    finally:
        workspace.close()
        uninstall()
