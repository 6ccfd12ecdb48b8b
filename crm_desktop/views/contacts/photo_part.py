"""A contact's photo (from an imported vCard) beside the title of its form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from crm_desktop.services.records.types import Record
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.form_parts import FormPart
from crm_desktop.views.records.record_form import RecordForm

_tr = translator("contact_photo")

#: the photo's largest side on the form, in pixels
SIZE = 72


class PhotoPart(FormPart):
    """The photo left of the title; nothing when the contact has none."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.label = QLabel(form)
        self.label.setObjectName("contactPhoto")
        self.label.setFixedSize(SIZE, SIZE)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(_tr("Photo"))
        self.label.hide()
        form.header.insertWidget(0, self.label, 0, Qt.AlignmentFlag.AlignTop)

    def record_shown(self, record: Record | None) -> None:
        photo = self.form.services.contact_photo(record.id) if record else None
        pixmap = QPixmap()
        if photo is None or not pixmap.loadFromData(photo[0]):
            self.label.clear()
            self.label.hide()
            return
        self.label.setPixmap(
            pixmap.scaled(
                SIZE,
                SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.label.show()
