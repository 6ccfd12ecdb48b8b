"""Uncaught exceptions: expected problems as plain messages, bugs as a copyable crash report.

A :class:`~crm_desktop.errors.DomainError` (a busy or damaged database, a conflict ...)
is something the user can act on, so it is told in words. Anything else is a bug: it is
logged and shown with a report to paste into a bug report, instead of the silent exit
an unhandled exception in a Qt slot would otherwise be.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.views.qt_texts import translated_errors, translator

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


_tr = translator("crash")


def domain_error_text(error: DomainError) -> str:
    """The message of an expected problem, in the user's language where we can."""
    if isinstance(error, ValidationError):
        return "\n".join(
            f"{field}: {message}" for field, message in translated_errors(error.errors).items()
        )
    return str(error)


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(parent, _tr("CRM Desktop"), domain_error_text(error))


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """What a developer needs to know, as plain text."""
    lines = [
        f"CRM Desktop {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"Platform: {platform.platform()} ({QGuiApplication.platformName()})",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    """Tells the user something went wrong; offers the report to copy and the log's place."""

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CRM Desktop: unexpected error"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Something went wrong that the program did not expect. Your saved records are "
                "safe; what you were typing may not be. Please copy the report below into a "
                "bug report."
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        if log_file is not None:
            where = QLabel(self.tr("The program's log is in %1").replace("%1", str(log_file)))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            layout.addWidget(where)
        buttons = QDialogButtonBox()
        copy = QPushButton(self.tr("Copy report"))
        copy.clicked.connect(self.copy_report)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        # Escape and the window's close button continue: only Quit, chosen, ends the
        # program, and then through the windows' own close (unsaved changes are asked).
        self.quit_chosen = False
        quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        quit_button.clicked.connect(self._quit)
        go_on = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        go_on.clicked.connect(self.accept)
        go_on.setDefault(True)
        layout.addWidget(buttons)

    def _quit(self) -> None:
        self.quit_chosen = True
        self.accept()

    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.report.toPlainText())


class CrashHandler:
    """A ``sys.excepthook``: messages for DomainError, the crash dialog for bugs."""

    def __init__(self, log_file: Path | None, fallback: ExceptHook) -> None:
        self.log_file = log_file
        self.fallback = fallback
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        app = QApplication.instance()
        if issubclass(exc_type, KeyboardInterrupt) or not isinstance(app, QApplication):
            self.fallback(exc_type, exc, tb)
            return
        parent = app.activeWindow()
        if isinstance(exc, DomainError):
            log.info("told the user: %s", exc)
            show_domain_error(parent, exc)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        # An error raised while the dialog is up (e.g. a repaint) must not stack dialogs.
        if self._showing:
            return
        self._showing = True
        try:
            dialog = CrashDialog(crash_report(exc_type, exc, tb), self.log_file, parent)
            dialog.exec()
            if dialog.quit_chosen:
                app.closeAllWindows()  # each window asks about its unsaved changes
                if not any(w.isVisible() for w in app.topLevelWidgets() if w.isWindow()):
                    app.exit(1)
        finally:
            self._showing = False


def install_crash_handler(log_file: Path | None) -> Callable[[], None]:
    """Route uncaught exceptions to :class:`CrashHandler`; returns a function undoing it."""
    previous = sys.excepthook
    sys.excepthook = CrashHandler(log_file, previous)

    def uninstall() -> None:
        sys.excepthook = previous

    return uninstall
