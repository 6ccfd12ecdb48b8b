"""Build a list filter from field / operator / value rows, and save it under a name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import ME, TODAY, Condition, FieldSpec, Kind, RecordType
from crm_desktop.views import formatting, icons
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.shell.crash import domain_error_text

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import FilterInfo
    from crm_desktop.services.users import UserInfo

_NUMBERS = (Kind.INTEGER, Kind.DECIMAL, Kind.MONEY, Kind.PERCENT)
_COMPARE = ("lt", "le", "gt", "ge")
_EMPTY = ("empty", "not_empty")
_CHOICE_OPS = ("eq", "ne", "in", "not_in", *_EMPTY)
#: the operators that make sense for each kind of field, the most useful first
_OPERATORS: dict[Kind, tuple[str, ...]] = {
    **dict.fromkeys(
        (Kind.TEXT, Kind.EMAIL, Kind.PHONE, Kind.URL), ("contains", "starts", "eq", "ne", *_EMPTY)
    ),
    Kind.MULTILINE: ("contains", *_EMPTY),
    Kind.REFERENCE: ("contains", "starts", *_EMPTY),
    Kind.CHOICE: _CHOICE_OPS,
    Kind.CURRENCY: _CHOICE_OPS,
    Kind.USER: ("eq", "ne"),
    Kind.BOOL: ("eq",),
    # A day picked for a point in time: "is" one day would need a range; before/after do.
    Kind.DATETIME: (*_COMPARE, *_EMPTY),
    Kind.DATE: ("eq", *_COMPARE, *_EMPTY),
}


def operators_for(spec: FieldSpec) -> tuple[str, ...]:
    return _OPERATORS.get(spec.kind, ("eq", "ne", *_COMPARE, *_EMPTY))


def operator_label(op: str, spec: FieldSpec) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("FilterDialog", text)

    if spec.kind in (Kind.DATE, Kind.DATETIME):
        dates = {
            "lt": tr("is before"),
            "le": tr("is on or before"),
            "gt": tr("is after"),
            "ge": tr("is on or after"),
        }
        if op in dates:
            return dates[op]
    labels = {
        "eq": tr("is"),
        "ne": tr("is not"),
        "in": tr("is any of"),
        "not_in": tr("is none of"),
        "contains": tr("contains"),
        "starts": tr("starts with"),
        "empty": tr("is empty"),
        "not_empty": tr("is not empty"),
        "lt": tr("is less than"),
        "le": tr("is at most"),
        "gt": tr("is more than"),
        "ge": tr("is at least"),
    }
    return labels[op]


def coerce_conditions(
    record_type: RecordType, conditions: Sequence[Condition]
) -> tuple[Condition, ...]:
    """Give values back their types: saved filters keep dates and amounts as JSON text."""
    result = []
    for c in conditions:
        value = c.value
        if isinstance(value, str) and value not in (ME, TODAY) and record_type.has_field(c.field):
            kind = record_type.field(c.field).kind
            try:
                if kind is Kind.DATE:
                    value = dt.date.fromisoformat(value[:10])
                elif kind is Kind.DATETIME:
                    value = dt.datetime.fromisoformat(value)
                    value = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
                elif kind in (Kind.MONEY, Kind.DECIMAL):
                    value = Decimal(value)
            except (ValueError, InvalidOperation):
                pass
        result.append(Condition(c.field, c.op, value))
    return tuple(result)


@dataclass
class _Editor:
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]


class ConditionRow(QWidget):
    """One condition: [field] [operator] [value] [x]."""

    remove_requested = Signal(object)

    def __init__(
        self,
        record_type: RecordType,
        users: Sequence[UserInfo],
        condition: Condition | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record_type = record_type
        self._users = users
        self._locale = QLocale()
        self.field_combo = QComboBox()
        for spec in record_type.fields:
            self.field_combo.addItem(formatting.field_label(spec), spec.name)
        self.op_combo = QComboBox()
        self.op_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        remove = QToolButton()
        remove.setIcon(icons.icon("remove"))
        remove.setToolTip(self.tr("Remove this condition"))
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.field_combo, 2)
        self._layout.addWidget(self.op_combo, 1)
        self._editor = _Editor(QWidget(), lambda: None, lambda _v: None)
        self._layout.addWidget(self._editor.widget, 3)
        self._layout.addWidget(remove)
        self.field_combo.currentIndexChanged.connect(self._field_changed)
        self.op_combo.currentIndexChanged.connect(self._op_changed)
        self._field_changed()
        if condition is not None:
            self.set_condition(condition)

    def spec(self) -> FieldSpec:
        return self._record_type.field(self.field_combo.currentData())

    def op(self) -> str:
        return str(self.op_combo.currentData())

    def set_condition(self, condition: Condition) -> None:
        spec = self._record_type.field(condition.field)
        op, value = condition.op, condition.value
        if spec.kind is Kind.DATETIME and isinstance(value, dt.datetime):
            value = value.astimezone().date()
        self.field_combo.setCurrentIndex(self.field_combo.findData(condition.field))
        self.op_combo.setCurrentIndex(max(0, self.op_combo.findData(op)))
        self._editor.set(value)

    def condition(self) -> Condition:
        """The condition as the service takes it; ValueError (for the user) if incomplete."""
        spec, op = self.spec(), self.op()
        if op in ("empty", "not_empty"):
            return Condition(spec.name, op)
        value = self._editor.get()
        if value is None or value == "" or value == ():
            raise ValueError(
                self.tr("Give a value for “%1”.").replace("%1", formatting.field_label(spec))
            )
        if spec.kind is Kind.DATETIME:
            # The editor picks days; "on or before D" means "before the day after D".
            if op in ("le", "gt"):
                value += dt.timedelta(days=1)
                op = "lt" if op == "le" else "ge"
            # A day the user picks starts at midnight on their clock, not in UTC.
            value = dt.datetime(value.year, value.month, value.day).astimezone()
        return Condition(spec.name, op, value)

    # -- editors ----------------------------------------------------------------------------------
    def _field_changed(self) -> None:
        spec = self.spec()
        self.op_combo.blockSignals(True)
        self.op_combo.clear()
        for op in operators_for(spec):
            self.op_combo.addItem(operator_label(op, spec), op)
        self.op_combo.blockSignals(False)
        self._op_changed()

    def _op_changed(self) -> None:
        old = self._editor
        self._editor = self._make_editor(self.spec(), self.op())
        self._layout.replaceWidget(old.widget, self._editor.widget)
        # Hidden at once: deleteLater waits for the event loop, and until then the old
        # editor would still paint over the combos at its stale geometry.
        old.widget.hide()
        old.widget.deleteLater()
        self._editor.widget.setVisible(self.op() not in ("empty", "not_empty"))

    def _make_editor(self, spec: FieldSpec, op: str) -> _Editor:
        kind = spec.kind
        if kind in (Kind.CHOICE, Kind.CURRENCY) and op in ("in", "not_in"):
            return self._multi_choice(spec)
        if kind in (Kind.CHOICE, Kind.CURRENCY):
            show = formatting.choice_text if kind is Kind.CHOICE else str
            return self._combo([(show(c), c) for c in spec.choices])
        if kind is Kind.BOOL:
            return self._combo([(self.tr("Yes"), True), (self.tr("No"), False)])
        if kind is Kind.USER:
            users = [(self.tr("Me"), ME), *((u.full_name, u.id) for u in self._users)]
            return self._combo(users)
        if kind in (Kind.DATE, Kind.DATETIME):
            return self._date_edit()
        line = QLineEdit()
        if kind in _NUMBERS:

            def show_number(value: Any) -> None:
                number = None if value is None else Decimal(value)
                line.setText(
                    "" if number is None else formatting.format_decimal(number, None, self._locale)
                )

            return _Editor(line, lambda: self._number(spec, line.text()), show_number)
        return _Editor(line, line.text, lambda v: line.setText("" if v is None else str(v)))

    def _date_edit(self) -> _Editor:
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(formatting.date_display_format(self._locale))

        def show_date(value: Any) -> None:
            if isinstance(value, dt.date):
                edit.setDate(QDate(value.year, value.month, value.day))

        return _Editor(edit, lambda: edit.date().toPython(), show_date)

    def _number(self, spec: FieldSpec, text: str) -> int | Decimal | None:
        if not text.strip():
            return None
        number = formatting.parse_decimal(text, self._locale)
        if number is None or (spec.kind in (Kind.INTEGER, Kind.PERCENT) and number % 1):
            raise ValueError(self.tr("“%1” is not a number.").replace("%1", text.strip()))
        return int(number) if spec.kind in (Kind.INTEGER, Kind.PERCENT) else number

    @staticmethod
    def _combo(items: Sequence[tuple[str, Any]]) -> _Editor:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        return _Editor(
            combo, combo.currentData, lambda v: combo.setCurrentIndex(max(0, combo.findData(v)))
        )

    def _multi_choice(self, spec: FieldSpec) -> _Editor:
        button = QToolButton()
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setSizePolicy(self.field_combo.sizePolicy())
        menu = QMenu(button)
        show = formatting.choice_text if spec.kind is Kind.CHOICE else str
        for choice in spec.choices:
            action = menu.addAction(show(choice))
            action.setCheckable(True)
            action.setData(choice)
        button.setMenu(menu)

        def chosen() -> tuple[str, ...]:
            return tuple(a.data() for a in menu.actions() if a.isChecked())

        def update_text() -> None:
            names = [a.text() for a in menu.actions() if a.isChecked()]
            button.setText(", ".join(names) if names else self.tr("Choose…"))

        def choose(values: Any) -> None:
            for action in menu.actions():
                action.setChecked(action.data() in tuple(values or ()))
            update_text()

        menu.triggered.connect(update_text)
        update_text()
        return _Editor(button, chosen, choose)


class FilterDialog(QDialog):
    """Edit the conditions of a list filter; optionally save them as a named filter."""

    def __init__(
        self,
        services: Services,
        type_key: str,
        conditions: Sequence[Condition] = (),
        quick: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._record_type = services.registry.get(type_key)
        self._users = services.users.users()
        self._quick = quick
        self._conditions: tuple[Condition, ...] = ()
        self._saved: FilterInfo | None = None
        label = formatting.registry_text(self._record_type.label)
        self.setWindowTitle(self.tr("Filter %1").replace("%1", label))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("Show the records that match all of these conditions:"))
        self._rows_layout = QVBoxLayout()
        add = QPushButton(icons.icon("add"), self.tr("Add condition"))
        add.clicked.connect(lambda: self.add_condition())
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name, to save this filter (optional)"))
        self.error_label = QLabel()
        show_as_error(self.error_label)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        clear = buttons.addButton(self.tr("Clear"), QDialogButtonBox.ButtonRole.ResetRole)
        clear.clicked.connect(self.clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Save as:")))
        name_row.addWidget(self.name_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._rows_layout)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        layout.addLayout(name_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        for condition in coerce_conditions(self._record_type, conditions):
            self.add_condition(condition)
        if not conditions:
            self.add_condition()

    def rows(self) -> list[ConditionRow]:
        rows = (self._rows_layout.itemAt(i).widget() for i in range(self._rows_layout.count()))
        return [r for r in rows if isinstance(r, ConditionRow)]

    def add_condition(self, condition: Condition | None = None) -> ConditionRow:
        row = ConditionRow(self._record_type, self._users, condition, self)
        row.remove_requested.connect(self._remove_row)
        self._rows_layout.addWidget(row)
        row.field_combo.setFocus()
        return row

    def clear(self) -> None:
        for row in self.rows():
            self._remove_row(row)

    def _remove_row(self, row: ConditionRow) -> None:
        self._rows_layout.removeWidget(row)
        row.deleteLater()

    def conditions(self) -> tuple[Condition, ...]:
        """The conditions of the accepted dialog."""
        return self._conditions

    def saved_filter(self) -> FilterInfo | None:
        """The filter saved when the dialog was accepted with a name, else None."""
        return self._saved

    def accept(self) -> None:
        try:
            conditions = tuple(row.condition() for row in self.rows())
            name = self.name_edit.text().strip()
            if name:
                self._saved = self._services.filters.save(
                    self._record_type.key, name, conditions, self._quick
                )
        except ValueError as exc:
            self._show_error(str(exc))
            return
        except DomainError as exc:
            self._show_error(domain_error_text(exc))
            return
        self._conditions = conditions
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
