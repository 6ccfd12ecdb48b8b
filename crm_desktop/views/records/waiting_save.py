"""A form's save while another user holds the database's write lock.

A save is tried at once on the GUI thread, refusing to wait (``Database.waiting``). When
another program is writing, the same service call goes to a worker of the form's
:class:`~crm_desktop.views.jobs.Jobs` and waits there: the window stays responsive, the
form's fields are closed to typing (the save takes what they held), and a bar says
"Waiting for another user…" with a Cancel. Cancel leaves the form as the user typed it,
unsaved; once the lock comes, the save's outcome (the saved record, or its refusal: a
conflict, a broken rule, a deleted record) is handed to the form on the GUI thread, as
a save that did not wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.errors import DomainError, WriteCancelled, WriteWouldWait
from crm_desktop.services import Services
from crm_desktop.views.jobs import Job, JobContext, Jobs
from crm_desktop.views.records.conflict_dialog import style_as_notice

T = TypeVar("T")


class WaitingBar(QFrame):
    """ "Waiting for another user…" with a Cancel, above a form whose save waits."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiting_save_bar")
        style_as_notice(self)
        self.label = QLabel(self.tr("Waiting for another user…"), self)
        self.label.setWordWrap(True)
        self.label.setToolTip(
            self.tr("Another user is saving to the database; your save follows theirs.")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop waiting; your changes stay in the form"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self.hide()


class _Outcome(Generic[T]):
    """What a waited save came to: ``saved`` or ``refused`` (None: cancelled first)."""

    def __init__(self, saved: T | None = None, refused: DomainError | None = None) -> None:
        self.saved = saved
        self.refused = refused


class WaitingSave(QObject):
    """The saves of one form (``fields``: the widget holding what the user types)."""

    def __init__(self, services: Services, fields: QWidget, bar: WaitingBar) -> None:
        super().__init__(fields)
        self._db = services.db
        self._fields = fields
        self.bar = bar
        self.jobs = Jobs(self)
        self._job: Job | None = None
        self._focus: QWidget | None = None
        bar.cancel_requested.connect(self.cancel)

    def waiting(self) -> bool:
        """A save is waiting for another user's lock."""
        return self._job is not None

    def run(
        self,
        write: Callable[[], T],
        saved: Callable[[T], object],
        refused: Callable[[DomainError], bool],
    ) -> bool:
        """Save with ``write`` (a service call, safe on any thread); ``saved`` gets what it
        returned, ``refused`` a DomainError it raised. True when saved now; False when
        refused or waiting (``saved`` or ``refused`` are called once the wait ends)."""
        if self._job is not None:
            return False
        try:
            with self._db.waiting(at_once=True):
                result = write()
        except WriteWouldWait:
            self._wait(write, saved, refused)
            return False
        except DomainError as exc:
            return refused(exc)
        saved(result)
        return True

    def cancel(self) -> None:
        """Stop waiting: nothing is saved, the form keeps what was typed."""
        if self._job is not None:
            self._job.cancel()

    def _wait(
        self,
        write: Callable[[], T],
        saved: Callable[[T], object],
        refused: Callable[[DomainError], bool],
    ) -> None:
        db = self._db

        def work(context: JobContext) -> _Outcome[T]:
            try:
                with db.waiting(stop=context.cancelled):
                    return _Outcome(saved=write())
            except WriteCancelled:
                return _Outcome()
            except DomainError as exc:  # a conflict needs its details, not only its words
                return _Outcome(refused=exc)

        def answer(outcome: _Outcome[T]) -> None:
            self._stop_waiting()
            if outcome.refused is not None:
                refused(outcome.refused)
            elif outcome.saved is not None:
                saved(outcome.saved)

        def failed(text: str) -> None:
            self._stop_waiting()
            refused(DomainError(text))

        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self._fields.isAncestorOf(focus) else None
        self._fields.setEnabled(False)
        self.bar.show()
        # A cancel that comes after the lock keeps the save: ``answer`` tells what it was.
        self._job = self.jobs.run(work, answer, on_error=failed, on_cancelled=answer)
        self.destroyed.connect(self._job.cancel)  # a closed form waits for nobody

    def _stop_waiting(self) -> None:
        self._job = None
        self.bar.hide()
        self._fields.setEnabled(True)
        if self._focus is not None:
            self._focus.setFocus()
            self._focus = None
