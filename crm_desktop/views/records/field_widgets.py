"""One editor widget per registry field kind, all with the small :class:`FieldEditor` interface
(which editor a field gets, and its row in a form: field_row.py).

Editors hand back what the record service understands (``Decimal`` for money, ``date``,
the English picklist value); text they cannot parse is handed back as typed, with an
:meth:`~FieldEditor.input_error`, so that nothing the user typed is lost.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.views.formatting import (
    date_display_format,
    display_text,
    format_date,
    format_decimal,
)
from crm_desktop.views.records.field_text import (
    editable_decimal,
    fitting_width,
    parse_date,
    parse_decimal,
)

#: (text shown, value stored) of a list's entries
Items = list[tuple[str, Any]]
#: keys allowed while typing a number: digits, separators of any locale, signs
#: (real characters, not \u escapes: PCRE2 does not know those)
_NUMBER_KEYS = QRegularExpression("^[\\d\\s.,'\u00a0\u202f+\\-\u2212]*$")
#: the largest value (and its decimals) a number editor shows whole: money up to 100
#: trillion (company revenues in dong or krónur), signed for adjustments and discounts
LARGEST_NUMBERS: dict[Kind, tuple[Decimal, int | None]] = {
    Kind.MONEY: (Decimal("-99999999999999.99"), 2),
    Kind.DECIMAL: (Decimal("-9999999.999999"), None),
    Kind.INTEGER: (Decimal("9999999999"), 0),
    Kind.PERCENT: (Decimal("100"), 0),
}


# -- editors -------------------------------------------------------------------------------------
class FieldEditor(QWidget):
    """The editor of one field: a thin frame around one Qt control."""

    #: the value changed, by the user or by the program
    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)

    def _wrap(self, control: QWidget, stretch: bool = True) -> None:
        self._layout.addWidget(control, 1 if stretch else 0)
        if not stretch:  # a check box or a short list: the empty space right of it is not it
            self._layout.addStretch(1)
        # Focus and tab order belong to the control, not to this frame.
        self.setFocusProxy(control)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any, display: str | None = None) -> None:
        raise NotImplementedError

    def input_error(self) -> str | None:
        """A translated message when the text cannot be turned into a value."""
        return None

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def _length_error(self, text: str) -> str | None:
        """Text longer than the field holds is refused, whole, with its length: cutting
        it (as QLineEdit's own limit does to pasted text) would lose what was typed."""
        limit, length = self.spec.max_length, len(text)
        if limit is None or length <= limit:
            return None
        message = QCoreApplication.translate(
            "validation", "Too long: at most %1 characters (this is %2)."
        )
        locale = QLocale()
        return message.replace("%1", locale.toString(limit)).replace("%2", locale.toString(length))

    def _text_read_only(self, control: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
        """Read-only text stays selectable but loses the white "type here" background."""
        control.setReadOnly(read_only)
        palette = QPalette(self.palette())
        if read_only:
            palette.setBrush(QPalette.ColorRole.Base, palette.brush(QPalette.ColorRole.Window))
        control.setPalette(palette)


class LineEditor(FieldEditor):
    """TEXT, EMAIL, PHONE and URL: one line of text."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit(self)
        self.line.textChanged.connect(self.changed)
        self._wrap(self.line)

    def value(self) -> Any:
        return self.line.text().strip() or None

    def input_error(self) -> str | None:
        return self._length_error(self.line.text().strip())

    def set_value(self, value: Any, display: str | None = None) -> None:
        self.line.setText("" if value is None else str(value))
        self.line.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        self._text_read_only(self.line, read_only)


class NumberEditor(LineEditor):
    """INTEGER, PERCENT, MONEY and DECIMAL: locale-formatted text that may be empty."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.integral = spec.kind in (Kind.INTEGER, Kind.PERCENT)
        #: money shows at least the currency's decimals; the form sets it from the currency
        self.min_decimals = 2 if spec.kind is Kind.MONEY else 0
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.line.setValidator(QRegularExpressionValidator(_NUMBER_KEYS, self.line))
        # Never narrower than the largest value (a narrow form scrolls rather than show a
        # number's tail); not much wider: a number across the whole form reads badly.
        largest, decimals = LARGEST_NUMBERS[spec.kind]
        width = fitting_width(self.line, [format_decimal(largest, decimals, QLocale())])
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(max(width, self.line.fontMetrics().horizontalAdvance("0" * 20)))
        self._layout.addStretch(1)

    def value(self) -> Any:
        try:
            number = parse_decimal(self.line.text(), QLocale())
        except ValueError:
            return self.line.text()
        if number is None or not self.integral:
            return number
        return int(number) if number == number.to_integral_value() else self.line.text()

    def set_value(self, value: Any, display: str | None = None) -> None:
        if value is None or value == "":
            self.line.clear()
            return
        # Decimal(str(float)) keeps the shortest repr of a float column (latitude) exact.
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        self.line.setText(editable_decimal(number, self.min_decimals, QLocale()))

    def input_error(self) -> str | None:
        if not isinstance(self.value(), str):
            return None
        if self.integral:
            return QCoreApplication.translate("validation", "Not a whole number.")
        return QCoreApplication.translate("validation", "Not a number.")


class TextEditor(FieldEditor):
    """MULTILINE: a few lines of plain text."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.text = QPlainTextEdit(self)
        # Tab moves on to the next field: full keyboard use of the form.
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 5 + 12)
        self.text.textChanged.connect(self.changed)
        self._wrap(self.text)

    def value(self) -> Any:
        return self.text.toPlainText().strip() or None

    def input_error(self) -> str | None:
        return self._length_error(self.text.toPlainText().strip())

    def set_value(self, value: Any, display: str | None = None) -> None:
        self.text.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self._text_read_only(self.text, read_only)


class DateEditor(LineEditor):
    """DATE: typed in the locale's format (or ISO) or picked from a calendar; may be empty."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(date_display_format().lower())
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        self._layout.addWidget(self.button)
        # Wide enough for any date of the locale (and the format shown while empty) beside
        # the clear button; a date has no use for more.
        locale = QLocale()
        dates = [format_date(dt.date(2088, month, 28), locale) for month in range(1, 13)]
        width = fitting_width(self.line, [*dates, self.line.placeholderText()])
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(width)
        self._layout.addStretch(1)
        self.calendar: QCalendarWidget | None = None

    def show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        current = self.value()
        if isinstance(current, dt.date):
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.set_value(date.toPython())
        if self.calendar is not None:
            self.calendar.hide()
        self.line.setFocus()

    def value(self) -> Any:
        try:
            return parse_date(self.line.text(), QLocale())
        except ValueError:
            return self.line.text()

    def set_value(self, value: Any, display: str | None = None) -> None:
        self.line.setText(format_date(value, QLocale()) if isinstance(value, dt.date) else "")

    def input_error(self) -> str | None:
        if isinstance(self.value(), str):
            return QCoreApplication.translate("validation", "Not a valid date.")
        return None

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.button.setEnabled(not read_only)


class CheckEditor(FieldEditor):
    """BOOL."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.check = QCheckBox(self)
        self.check.toggled.connect(self.changed)
        self._wrap(self.check, stretch=False)

    def value(self) -> Any:
        return self.check.isChecked()

    def set_value(self, value: Any, display: str | None = None) -> None:
        self.check.setChecked(bool(value))


class ComboEditor(FieldEditor):
    """CHOICE, CURRENCY and USER: shows translated text, stores the English value (or id)."""

    def __init__(self, spec: FieldSpec, items: Items, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if not spec.required:
            self.combo.addItem("", None)
        for text, data in items:
            self.combo.addItem(text, data)
        self.combo.currentIndexChanged.connect(self.changed)
        self._wrap(self.combo, stretch=False)

    def value(self) -> Any:
        return self.combo.currentData() if self.combo.currentIndex() >= 0 else None

    def set_value(self, value: Any, display: str | None = None) -> None:
        index = (
            self.combo.findData(value) if value is not None else (-1 if self.spec.required else 0)
        )
        if index < 0 and value is not None:
            # A value no longer on the list (an old picklist entry, an inactive user): keep it.
            self.combo.addItem(display or str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class ReadOnlyEditor(FieldEditor):
    """Read-only fields (number, timestamps, derived values): shown as selectable text."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._wrap(self.label)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._value: Any = None

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any, display: str | None = None) -> None:
        self._value = value
        if display is None and self.spec.kind is Kind.BOOL:
            display = self.tr("Yes") if value else self.tr("No")
        self.label.setText(display_text(self.spec, value) if display is None else display)

    def set_read_only(self, read_only: bool) -> None:
        pass
