"""The wizard's last page: the import itself, in one transaction on a worker thread,
with its progress and Cancel (a cancelled import saved nothing); then what it did, its
batch number, the rejected rows to save, and the imported list to open."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.imports.plan import ImportResult
from crm_desktop.views.formatting import registry_text
from crm_desktop.views.imports.background import LatestJob
from crm_desktop.views.imports.outcomes import counts_text, problem_text

if TYPE_CHECKING:
    from crm_desktop.views.imports.wizard import ImportWizard


#: the problems of imported rows listed on the end page (all are counted)
PROBLEMS_SHOWN = 10


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.job = LatestJob(wizard.jobs)
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        #: what became of saving the rejected rows
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_rejects_button = QPushButton(self.tr("&Save the rejected rows…"))
        self.save_rejects_button.clicked.connect(self.save_rejects)
        self.open_list_button = QPushButton()  # "Open Contacts": named once the type is known
        self.open_list_button.clicked.connect(self.open_list)
        buttons = QHBoxLayout()
        for button in (self.cancel_button, self.save_rejects_button, self.open_list_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addStretch(1)
        #: what the import did, once it ended (None: it did not run to its end)
        self.result: ImportResult | None = None
        self._finished = False

    def initializePage(self) -> None:
        wizard = self.owner
        self.result = None
        self._finished = False
        self.setSubTitle(
            self.tr("The file is imported as one whole: if you cancel, nothing of it is saved.")
        )
        self.note.clear()
        self.save_rejects_button.hide()
        self.open_list_button.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(
            self.tr("Importing “%1”…").replace("%1", wizard.path.name if wizard.path else "")
        )
        plan = wizard.plan()
        rejects = wizard.rejects_file()
        rejects.unlink(missing_ok=True)
        plan = replace(plan, rejects=rejects)
        imports = wizard.services.imports
        self.job.start(
            lambda context: imports.run(plan, context.progress, context.cancelled),
            self._ended,
            on_error=self._refused,
            on_progress=self._progressed,
            on_cancelled=self._ended,
        )
        self.completeChanged.emit()

    def running(self) -> bool:
        return self.job.running()

    def cancel(self) -> None:
        """Cancel: the import stops at its next look and saves nothing."""
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling: nothing of this import is kept…"))
        self.job.stop_here()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Importing: %1 of about %2 rows.")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _refused(self, sentence: str) -> None:
        self._end()
        self.status.setText(sentence + " " + self.tr("Nothing was imported."))

    def _ended(self, result: ImportResult) -> None:
        # A Cancel that came after the import committed is too late: it is imported.
        self._end()
        if result.cancelled or result.batch_id is None:
            self.status.setText(self.tr("The import was cancelled: nothing was saved."))
            return
        self.result = result
        self.setSubTitle(self.tr("The import is done."))
        text = counts_text(self.tr("Added: %1. Updated: %2. Skipped: %3. Rejected: %4."), result)
        if result.organizations_created:
            text += "\n" + self.tr("Organizations created for the rows: %1.").replace(
                "%1", str(result.organizations_created)
            )
        if result.problems:
            text += "\n" + self.tr(
                "Values left out of imported rows (not readable or not ours): %1."
            ).replace("%1", str(len(result.problems)))
            text += "".join(f"\n• {problem_text(p)}" for p in result.problems[:PROBLEMS_SHOWN])
        text += "\n\n" + self.tr(
            "This is import number %1. File › Undo an import… takes it back as a whole."
        ).replace("%1", str(result.batch_id))
        self.status.setText(text)
        self.save_rejects_button.setVisible(result.rejected > 0)
        self.open_list_button.setVisible(bool(result.added + result.updated))
        self.open_list_button.setText(
            self.tr("&Open %1").replace(
                "%1", registry_text(self.owner.services.registry.get(self.owner.record_type).label)
            )
        )

    def _end(self) -> None:
        self._finished = True
        self.progress.hide()
        self.cancel_button.hide()
        self.completeChanged.emit()

    # -- after the import -------------------------------------------------------------------------
    def save_rejects(self) -> None:
        wizard = self.owner
        assert wizard.path is not None
        suggested = wizard.path.with_name(wizard.path.stem + self.tr("-rejected") + ".csv")
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected rows"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if target:
            self.save_rejects_to(Path(target))

    def save_rejects_to(self, target: Path) -> bool:
        """Copy the rejects file the import wrote (the rows' cells, the reason last)."""
        # Imported here: it checks files against the database layer's SQLite header.
        from crm_desktop.services.output_file import write_bytes

        wizard = self.owner
        try:
            data = wizard.rejects_file().read_bytes()
            reads = [wizard.path] if wizard.path else []
            if wizard.services.db.path:
                reads.append(wizard.services.db.path)
            write_bytes(target, data, reads)
        except DomainError as exc:
            self.note.setText(str(exc))
            return False
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.note.setText(
                self.tr("The rejected rows could not be saved: %1.").replace("%1", reason)
            )
            return False
        self.note.setText(
            self.tr("The rejected rows were saved to “%1”.").replace("%1", str(target))
        )
        return True

    def open_list(self) -> None:
        if self.owner.open_list is not None:
            self.owner.open_list(self.owner.record_type)
        self.owner.accept()

    def isComplete(self) -> bool:
        return self._finished
