"""A field in a form: the editor its kind gets, its label (required ones marked) and the
message under it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services import Services
from crm_desktop.views.formatting import choice_text, field_label
from crm_desktop.views.palette import error_style, follow_palette, show_as_error
from crm_desktop.views.records.field_widgets import (
    CheckEditor,
    ComboEditor,
    DateEditor,
    FieldEditor,
    LineEditor,
    NumberEditor,
    ReadOnlyEditor,
    TextEditor,
)
from crm_desktop.views.records.reference_edit import ReferenceEdit

_EDITORS: dict[Kind, type[FieldEditor]] = {
    **dict.fromkeys((Kind.TEXT, Kind.EMAIL, Kind.PHONE, Kind.URL), LineEditor),
    **dict.fromkeys((Kind.INTEGER, Kind.PERCENT, Kind.MONEY, Kind.DECIMAL), NumberEditor),
    Kind.MULTILINE: TextEditor,
    Kind.DATE: DateEditor,
    Kind.BOOL: CheckEditor,
}


def create_editor(
    services: Services, spec: FieldSpec, parent: QWidget | None = None
) -> FieldEditor:
    """The editor for ``spec``'s kind (read-only fields get a label)."""
    if spec.read_only or spec.kind is Kind.DATETIME:
        return ReadOnlyEditor(spec, parent)
    if spec.kind in _EDITORS:
        return _EDITORS[spec.kind](spec, parent)
    if spec.kind is Kind.REFERENCE:
        return ReferenceEdit(services, spec.reference or "", parent, spec)
    if spec.kind is Kind.USER:
        return ComboEditor(spec, [(u.full_name, u.id) for u in services.users.owners()], parent)
    # CHOICE and CURRENCY; ISO currency codes read the same in every language.
    text = (lambda c: c) if spec.kind is Kind.CURRENCY else choice_text
    return ComboEditor(spec, [(text(c), c) for c in spec.choices], parent)


class FieldRow:
    """A field's label (required ones marked), its editor and its inline message."""

    def __init__(self, services: Services, spec: FieldSpec, parent: QWidget) -> None:
        self.editor = create_editor(services, spec, parent)
        text = html.escape(field_label(spec))
        self.label = QLabel(parent)
        if spec.required and not spec.read_only:
            self.label.setToolTip(QCoreApplication.translate("FieldRow", "Required"))
            # the star in the red of the palette on show, light or dark
            follow_palette(
                self.label,
                lambda label: label.setText(f'{text}&nbsp;<span style="{error_style()}">*</span>'),
            )
        else:
            self.label.setText(text)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        # As tall as one line of the editor, so that its text lines up with the editor's first
        # line and not with the middle of editor plus message (or of a tall text box).
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        height = min(self.editor.sizeHint().height(), 2 * self.label.sizeHint().height())
        self.label.setFixedHeight(height)
        self.label.setBuddy(self.editor)
        self.error = QLabel(parent)
        show_as_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.cell = QWidget(parent)
        layout = QVBoxLayout(self.cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        # A message is about what was typed; typing again makes it stale.
        self.editor.changed.connect(lambda: self.show_error(None))

    def show_error(self, message: str | None) -> None:
        if message or not self.error.isHidden():
            self.error.setText(message or "")
            self.error.setVisible(bool(message))
