"""Moving a customer on the map: a marker dragged and let go somewhere else moves its
record only on the user's word, given in a question that names the record and the new
coordinates (a drag meant to pan the map that started on a marker saves nothing)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.views import formatting
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.places.service import Pin

_tr = translator("map")


def degrees_text(value: float) -> str:
    """A latitude or longitude as its form shows it: to about a metre, in the locale's
    way of writing numbers."""
    return formatting.format_decimal(Decimal(str(round(value, 5))), None, QLocale())


def confirm_move(parent: QWidget, pin: Pin, latitude: float, longitude: float) -> bool:
    """Whether the user moves ``pin``'s record to where its marker was let go."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _tr("Move on the map"),
        _tr("Move %1 here?").replace("%1", pin.name),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        _tr("Its latitude and longitude become %1 and %2.")
        .replace("%1", degrees_text(latitude))
        .replace("%2", degrees_text(longitude))
    )
    move = box.addButton(_tr("Move"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(move)
    box.exec()
    return box.clickedButton() is move
