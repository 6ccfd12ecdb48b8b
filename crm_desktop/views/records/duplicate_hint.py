"""Likely duplicates of a new lead, contact or organization, shown under its form as the
user types (the registry names the part "duplicate_hint" for those types)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from crm_desktop.errors import DomainError
from crm_desktop.services.duplicates.types import Candidate
from crm_desktop.services.records.types import Record
from crm_desktop.views.records.form_parts import FormPart

if TYPE_CHECKING:
    from crm_desktop.views.records.record_form import RecordForm

#: typing pauses this long before the look-up (one look-up per pause, not per key)
DELAY_MS = 300


def reason_text(reason: str) -> str:
    """What two likely duplicates share, in the user's language."""
    texts = {
        "email": QCoreApplication.translate("duplicates", "same e-mail"),
        "phone": QCoreApplication.translate("duplicates", "same phone"),
        "name": QCoreApplication.translate("duplicates", "same name"),
    }
    return texts[reason]


def candidate_text(candidate: Candidate) -> str:
    """ "CON-00012 Nguyễn Văn An · Ánh Dương" """
    title = " ".join(p for p in (candidate.number, candidate.name) if p)
    return f"{title} · {candidate.detail}" if candidate.detail else title


class DuplicateHintPart(FormPart):
    """A box under a new record's form listing likely duplicates, each a link that opens
    it. The look-up is a few index reads (well under 50 ms at a million contacts, see
    bench/bench_duplicates.py): it runs on the GUI thread once typing pauses."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.type_key = form.record_type.key
        self.finder = form.services.duplicates
        self.watched = set(self.finder.compared_fields(self.type_key))
        self.box = QFrame()
        self.box.setObjectName("duplicate_hint")
        self.box.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._open)
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        self.box.hide()
        self.candidates: list[Candidate] = []
        self._new = False
        self.timer = QTimer(self.box)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.look_up)

    def record_shown(self, record: Record | None) -> None:
        layout = self.form.layout()
        if layout is not None and self.box.parent() is not self.form:
            layout.addWidget(self.box)  # under the form, once the form has its layout
        self._new = record is None
        self.timer.stop()
        self._show([])
        if self._new:
            self.timer.start()  # a new record begun with values (from a lead, a call)

    def field_changed(self, name: str) -> None:
        if self._new and name in self.watched:
            self.timer.start()

    def set_enabled(self, enabled: bool) -> None:
        self.box.setEnabled(enabled)

    def look_up(self) -> None:
        """Read the likely duplicates of what the form holds now and show them."""
        if not self._new:
            return
        values = {n: self.form.editors[n].value() for n in self.watched if n in self.form.editors}
        try:
            found = self.finder.likely(self.type_key, values)
        except DomainError:
            found = []  # a hint is no reason to interrupt the typing: the save will tell
        self._show(found)

    def _show(self, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        if not candidates:
            self.box.hide()
            return
        singular = self.form.record_type.singular
        heading = QCoreApplication.translate("duplicates", "This %1 may already be here:")
        heading = heading.replace("%1", QCoreApplication.translate("registry", singular).lower())
        lines = [f"<b>{html.escape(heading)}</b>"]
        for c in candidates:
            reasons = ", ".join(reason_text(r) for r in c.reasons)
            lines.append(
                f'<a href="{c.id}">{html.escape(candidate_text(c))}</a> ({html.escape(reasons)})'
            )
        self.label.setText("<br>".join(lines))
        self.box.show()

    def _open(self, link: str) -> None:
        self.form.open_record.emit(self.type_key, int(link))
