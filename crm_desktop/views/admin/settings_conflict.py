"""Settings someone else saved while the settings dialog changed them: what the user is
told (their value and mine, per setting) and asked (keep theirs, or write mine over them).
"""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Clash(NamedTuple):
    """A setting someone else saved while the dialog changed it, as the user is told."""

    label: str
    theirs: str
    mine: str


class SettingsConflictBox(QMessageBox):
    """Someone else saved settings this dialog changes: their values, mine, and whether to
    keep theirs or write mine over them (the other changes are saved either way)."""

    def __init__(self, clashes: list[Clash], parent: QWidget) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Settings changed meanwhile"))
        empty = self.tr("(empty)")
        #: (setting, their value, my value) as shown
        self.rows = [
            (clash.label, _short(clash.theirs) or empty, _short(clash.mine) or empty)
            for clash in clashes
        ]
        cells = "".join(
            "<tr>"
            + "".join(f"<td style='padding-right: 16px'>{html.escape(text)}</td>" for text in row)
            + "</tr>"
            for row in self.rows
        )
        heading = self.tr("Someone else saved some of these settings while you were editing them:")
        self.setTextFormat(Qt.TextFormat.RichText)
        # A message box keeps its text narrow; the table needs room for two values a row.
        self.setStyleSheet("QLabel#qt_msgbox_label { min-width: 40em; }")
        self.setText(
            f"<p>{html.escape(heading)}</p>"
            '<table cellspacing="0" cellpadding="3">'
            f"<tr><th></th><th align=left>{html.escape(self.tr('Their value'))}</th>"
            f"<th align=left>{html.escape(self.tr('Your value'))}</th></tr>{cells}</table>"
        )
        self.setInformativeText(
            self.tr("Keep their values, or write yours over them? Your other changes are saved.")
        )
        self.keep_theirs = self.addButton(self.tr("Keep theirs"), QMessageBox.ButtonRole.AcceptRole)
        self.write_mine = self.addButton(self.tr("Write mine"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.keep_theirs)


def _short(text: str) -> str:
    """A setting's value on one line of the message (terms can be pages long)."""
    line = " / ".join(part.strip() for part in text.splitlines() if part.strip())
    return line if len(line) <= 60 else line[:59] + "…"
