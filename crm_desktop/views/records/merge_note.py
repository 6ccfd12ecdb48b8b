"""In the recycle bin, under a record a merge put there: which record it was merged
into, and Undo merge."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.errors import DomainError
from crm_desktop.services import Services
from crm_desktop.services.duplicates.types import MergeNote
from crm_desktop.views import formatting, icons
from crm_desktop.views.shell.crash import show_domain_error


class MergeNoteBar(QWidget):
    """Hidden unless the selected record of the bin was merged into another."""

    #: a sentence for the status bar, once a merge is undone
    undone = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_note")
        self.services = services
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(icons.icon("restore"), self.tr("&Undo merge"))
        self.undo_button.setToolTip(
            self.tr(
                "Bring back the records of this merge, move what was linked to them back, "
                "and give the record kept its values from before the merge"
            )
        )
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self.note: MergeNote | None = None
        self.type_key = ""
        self.hide()

    def show_record(self, type_key: str, record_id: int | None) -> None:
        """The bin selected ``record_id`` of ``type_key`` (None: nothing)."""
        self.type_key = type_key
        self.note = None
        if record_id is not None and self.services.duplicates.supports(type_key):
            try:
                self.note = self.services.merges.merge_of(type_key, record_id)
            except DomainError:
                self.note = None  # the bin's own refresh tells what is wrong
        if self.note is None:
            self.hide()
            return
        survivor = " ".join(p for p in (self.note.survivor_number, self.note.survivor_name) if p)
        when = formatting.format_datetime(self.note.merged_at, QLocale())
        text = self.tr("Merged into %1 on %2.").replace("%1", survivor).replace("%2", when)
        self.label.setText(text)
        self.show()

    def undo(self) -> bool:
        if self.note is None:
            return False
        try:
            restored = self.services.merges.undo(self.note.merge_id)
        except DomainError as exc:
            show_domain_error(self, exc)
            return False
        self.hide()
        self.undone.emit(
            formatting.english_plural(
                self.tr("Merge undone: %n record(s) restored", "", len(restored)), len(restored)
            )
        )
        return True
