"""The greeting of a new database: what to do first, above the lists.

A database without a single record (the recycle bin's count too) shows it: the company
details printed on quotes (Settings on that page), an import of what exists elsewhere
(contacts from a CSV or vCard file through the import wizard, activities from a calendar
file), or demonstration data to look around with, made on a worker thread
with its progress in the greeting while the window stays usable. It goes away for good
once the database has records, whoever wrote them; "Not now" hides it until the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.views.jobs import Job, JobContext, Jobs

#: contacts the demonstration adds (with organizations, leads, deals, activities, quotes)
DEMO_CONTACTS = 500


class DemoProgress(QObject):
    """Contacts written so far and planned, as the demonstration's job reports them."""

    step = Signal(int, int)


class Welcome(QFrame):
    """The greeting (see the module's documentation)."""

    def __init__(
        self,
        window: Any,
        import_action: Any,
        parent: QWidget | None = None,
        *,
        records_action: Any | None = None,
    ) -> None:
        """``import_action``: the calendar import's; ``records_action``: File › Import…
        (the import wizard), None when the window has none."""
        super().__init__(parent)
        self.setObjectName("welcome")
        self.window = window
        self.jobs = Jobs(self)
        self.job: Job | None = None
        self.demo_progress = DemoProgress(self)
        self.demo_progress.step.connect(self._progress)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        title = QLabel(self.tr("Welcome to CRM Desktop"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr("This database has no records yet. What would you like to do first?"), self
        )
        intro.setWordWrap(True)
        self.company_button = self._button(
            self.tr("Enter your company details…"),
            self.tr("Your name, address, bank details and logo on printed quotes and orders"),
            self.open_company_settings,
        )
        self.contacts_button = self._button(
            self.tr("Import contacts (CSV, vCard)…"),
            self.tr(
                "Contacts from an Outlook, Google or Thunderbird export, a phone's vCard file "
                "or a spreadsheet; organizations, leads, deals and products too"
            ),
            records_action.trigger if records_action is not None else None,
        )
        self.contacts_button.setVisible(records_action is not None)
        self.import_button = self._button(
            self.tr("Import activities (.ics)…"),
            self.tr(
                "Meetings, calls and to-dos from a calendar file (Outlook, Google Calendar, "
                "Thunderbird)"
            ),
            import_action.trigger,
        )
        self.demo_button = self._button(
            self.tr("Try with demo data"),
            self.tr(
                "Invented companies, contacts, deals, activities and quotes to look around "
                "with, in this database (File › New database… starts a clean one)"
            ),
            self.start_demo,
        )
        self.guide_button = self._button(
            self.tr("Getting started"), self.tr("A salesperson's day with the program"), None
        )
        self.later_button = self._button(
            self.tr("Not now"), self.tr("Hide this until the next start"), self.hide
        )
        self.later_button.setFlat(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        for button in self._offers():
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.guide_button)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        return button

    def _offers(self) -> tuple[QPushButton, ...]:
        return (self.company_button, self.contacts_button, self.import_button, self.demo_button)

    # -- the offers -------------------------------------------------------------------------------
    def open_company_settings(self) -> Any:
        from crm_desktop.views.admin.settings_dialog import open_settings

        return open_settings(self.window, "company")

    def start_demo(self) -> Job:
        """Demonstration data on a worker thread; the window stays usable meanwhile."""
        from crm_desktop.demo.generator import DemoGenerator

        services = self.window.services

        def make(context: JobContext) -> dict[str, int]:
            return DemoGenerator(services).generate(DEMO_CONTACTS, progress=context.progress)

        for button in self._offers():
            button.setEnabled(False)
        self.progress.setRange(0, DEMO_CONTACTS)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Making demo data: %v of %m contacts"))
        self.progress.show()
        self.message.hide()
        self.job = self.jobs.run(
            make,
            self._demo_done,
            on_error=self._demo_failed,
            on_progress=lambda done, total, _text: self.demo_progress.step.emit(done, total),
        )
        return self.job

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if done >= total:  # the contacts are in; the quotes and orders take a moment more
            self.progress.setFormat(self.tr("Making demo quotes and orders…"))

    def _demo_done(self, added: dict[str, int]) -> None:
        self.job = None
        self.progress.hide()
        services = self.window.services
        # Written on another connection: the lists learn of it as of another program's work.
        self.window.hub.external(set(services.registry.keys()))
        self.window.hub.flush()
        # Of every type, whichever the demo fills: the navigation shows each type's count.
        made = QLocale().toString(sum(added.values()))
        self.window.statusBar().showMessage(
            self.tr("Demo data added: %1 records.").replace("%1", made), 15_000
        )
        self.check()

    def _demo_failed(self, message: str) -> None:
        self.job = None
        self.progress.hide()
        for button in self._offers():
            button.setEnabled(True)
        self.message.setText(self.tr("The demo data could not be made: %1").replace("%1", message))
        self.message.show()
        self.check()

    # -- when it goes -----------------------------------------------------------------------------
    def check(self, *_: object) -> bool:
        """Hide the greeting for good once the database has records; True while it stays."""
        if self.job is not None or self.isHidden():
            return not self.isHidden()
        try:
            empty = not self.window.services.stats.has_records()
        except DomainError:
            return True  # cannot tell now (a busy file): ask again at the next change
        if not empty:
            self.hide()
            self.deleteLater()
        return empty


def install_welcome(
    window: Any, import_action: Any, guide: Any, records_action: Any | None = None
) -> Welcome | None:
    """The greeting above the lists when the database has no records; None when it has.
    ``import_action``: the calendar import's; ``records_action``: File › Import…"""
    if window.services.stats.has_records():
        return None
    welcome = Welcome(window, import_action, records_action=records_action)
    welcome.guide_button.clicked.connect(lambda _checked=False: guide())
    splitter = window.takeCentralWidget()
    body = QWidget(window)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(welcome)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(body)
    window.hub.types_changed.connect(welcome.check)
    return welcome
