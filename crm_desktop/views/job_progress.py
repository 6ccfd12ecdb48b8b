"""A window-modal progress dialog for one job of :mod:`crm_desktop.views.jobs`, whose
Cancel cancels the job (the work stops at its next good place and says what it did)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.views.jobs import Job


class JobProgress(QProgressDialog):
    """Progress of ``job`` over ``parent``; shown once the work takes a moment."""

    def __init__(self, parent: QWidget, text: str, job: Job, maximum: int = 0) -> None:
        super().__init__(text, self.tr("Cancel"), 0, maximum, parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)  # quick work finishes before it would flash
        # Cancel stops the job; the dialog closes itself, the job's end is told after.
        self.canceled.connect(job.cancel)
        self.setValue(0)

    def step(self, done: int, total: int, text: str = "") -> None:
        """The job's progress (``Jobs.run``'s ``on_progress``)."""
        if total:
            self.setMaximum(total)
        self.setValue(done)
        if text:
            self.setLabelText(text)

    def no_way_back(self, text: str) -> None:
        """The work passed the point where it can stop: no Cancel any more."""
        self.setCancelButton(None)  # type: ignore[arg-type]
        self.setLabelText(text)

    def finish(self) -> None:
        self.canceled.disconnect()
        self.reset()
        self.deleteLater()
