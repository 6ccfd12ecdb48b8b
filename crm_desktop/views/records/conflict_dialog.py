"""What a form shows when someone else saved its record: the merge dialog and the bar.

A save refused with :class:`ConflictError` is merged field by field against the values
the form loaded: a field only one side changed takes that side's value without asking;
a field both changed to different values is the user's choice (theirs, mine, or per
field). A form may add items merged whole beside the fields (:class:`MergeItem`: a
quote's lines, an activity's invitees). How a form saves the merge is
:mod:`crm_desktop.views.records.shared_editing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.registry import FieldSpec, Kind, RecordType
from crm_desktop.views import formatting
from crm_desktop.views.palette import follow_palette
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services

MINE, THEIRS = "mine", "theirs"


_tr = translator("conflict")


def _same(a: Any, b: Any) -> bool:
    # An emptied text editor says "", the database None: both mean "no value".
    return (None if a == "" else a) == (None if b == "" else b)


class Saved(Protocol):
    """A record as someone saved it: a :class:`Record`, or a form's fuller view of one (a
    quote's :class:`~crm_desktop.services.quotes.documents.Document`)."""

    @property
    def record_type(self) -> str: ...
    @property
    def id(self) -> int | None: ...
    @property
    def version(self) -> int: ...
    @property
    def values(self) -> dict[str, Any]: ...
    @property
    def references(self) -> dict[str, str]: ...


@dataclass
class MergeItem:
    """Something a form saves with its fields but merges whole, like one more field: a
    quote's lines and taxes, an activity's invitees. ``loaded``, ``mine`` and ``theirs``
    are comparable states; ``mine_value`` is what the form shows again when mine is kept."""

    #: the dialog's buttons are named "theirs_<name>" and "mine_<name>"
    name: str
    label: str
    loaded: Any
    mine: Any
    theirs: Any
    mine_value: Any = None
    #: (their side, my side) as the dialog shows them; needed only for a clash
    texts: tuple[str, str] = ("", "")

    @property
    def mine_changed(self) -> bool:
        return bool(self.mine != self.loaded)

    @property
    def theirs_changed(self) -> bool:
        return bool(self.theirs != self.loaded)

    @property
    def clash(self) -> bool:
        return self.mine_changed and self.theirs_changed and bool(self.mine != self.theirs)

    def keeps_mine(self, choice: str | None) -> bool:
        """My side when only I changed it, or when both did and I chose mine."""
        if self.clash:
            return choice == MINE
        return self.mine_changed and not self.theirs_changed


@dataclass
class MergePlan:
    """How my edits and their saved record combine."""

    #: values to save on top of their version without asking (fields only I changed)
    mine_only: dict[str, Any] = field(default_factory=dict)
    #: fields only they changed (their value stays; listed for the user)
    theirs_only: list[str] = field(default_factory=list)
    #: fields both changed to different values: name -> my value
    clashes: dict[str, Any] = field(default_factory=dict)
    #: what the form merges whole beside the fields
    items: list[MergeItem] = field(default_factory=list)

    def values_to_save(self, choices: Mapping[str, str]) -> dict[str, Any]:
        """What to send to the service: my fields, plus the clashes where I chose mine."""
        chosen = {n: v for n, v in self.clashes.items() if choices.get(n) == MINE}
        return {**self.mine_only, **chosen}

    def mine_items(self, choices: Mapping[str, str]) -> list[MergeItem]:
        """The items whose side in the merge is mine."""
        return [item for item in self.items if item.keeps_mine(choices.get(item.name))]

    def asks(self) -> bool:
        """Whether the user must choose: a field or an item both changed differently."""
        return bool(self.clashes) or any(item.clash for item in self.items)


def merge_plan(
    mine: Mapping[str, Any],
    loaded: Mapping[str, Any],
    theirs: Mapping[str, Any],
    items: list[MergeItem] | None = None,
) -> MergePlan:
    """``mine``: the fields I changed (name -> value); ``loaded``/``theirs``: stored values
    when my form loaded the record and now; ``items``: what merges whole."""
    they_changed = [n for n in theirs if n in loaded and not _same(theirs[n], loaded[n])]
    plan = MergePlan(items=list(items or []))
    for name, value in mine.items():
        if name not in they_changed:
            plan.mine_only[name] = value
        elif not _same(value, theirs.get(name)):
            plan.clashes[name] = value
    plan.theirs_only = [n for n in they_changed if n not in mine]
    return plan


def value_text(
    services: Services, spec: FieldSpec, value: Any, references: Mapping[str, str], currency: Any
) -> str:
    """A stored value as the form and lists show it (names, translated choices, money)."""
    if value is None or value == "":
        return ""
    if spec.kind is Kind.REFERENCE:
        return references.get(spec.name) or str(value)
    if spec.kind is Kind.USER:
        return user_name(services, value)
    return formatting.display_text(spec, value, currency=currency)


def editor_text(editor: QWidget, spec: FieldSpec, value: Any, currency: Any) -> str:
    """What an editor shows now (a reference's or user's name rather than its id)."""
    if spec.kind in (Kind.REFERENCE, Kind.USER, Kind.CHOICE, Kind.CURRENCY):
        combo = editor.findChild(QComboBox)
        line = editor.findChild(QLineEdit)
        if combo is not None:
            return combo.currentText()
        if line is not None:
            return line.text()
    return (
        formatting.display_text(spec, value, currency=currency) if value not in (None, "") else ""
    )


def user_name(services: Services, user_id: Any) -> str:
    return next((u.full_name for u in services.users.owners() if u.id == user_id), str(user_id))


def changed_by(services: Services, record: Saved, locale: QLocale) -> tuple[str, str]:
    """(who saved ``record`` last, when: HH:MM today, else date and time)."""
    from crm_desktop.services.database.presence import modified_by

    record_type = services.registry.get(record.record_type)
    assert record.id is not None
    who = modified_by(services.db, record_type, record.id) or _tr("Someone else")
    when = record.values.get("modified_at")
    if not isinstance(when, dt.datetime):
        return who, ""
    local = when.astimezone() if when.tzinfo else when
    if local.date() == dt.date.today():
        time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
        return who, locale.toString(QTime(local.hour, local.minute), time_format)
    return who, formatting.format_datetime(when, locale)


class ConflictDialog(QDialog):
    """Field by field: their value and mine, for the fields (and items) both of us changed."""

    def __init__(
        self,
        record_type: RecordType,
        plan: MergePlan,
        texts: Mapping[str, tuple[str, str]],
        who: str,
        when: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.plan = plan
        self._groups: dict[str, QButtonGroup] = {}
        heading = QLabel(
            self.tr(
                "%1 saved this record at %2, while you were editing it. Choose which value "
                "to keep where you both changed a field."
            )
            .replace("%1", who)
            .replace("%2", when)
        )
        heading.setWordWrap(True)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(18)
        for column, text in enumerate(("", self.tr("Their value"), self.tr("Your value"))):
            title = QLabel(f"<b>{text}</b>")
            grid.addWidget(title, 0, column)
        for name in plan.clashes:
            label = formatting.field_label(record_type.field(name))
            self._add_choice(grid, name, label, texts[name])
        for item in plan.items:
            if item.clash:
                self._add_choice(grid, item.name, item.label, item.texts)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)

        merged = QLabel(self._merged_text(record_type, plan))
        merged.setWordWrap(True)
        merged.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        merged.setVisible(bool(merged.text()))

        self.all_theirs = QPushButton(self.tr("Keep all theirs"))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        self.all_mine = QPushButton(self.tr("Take all mine"))
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save merged record")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        quick = QHBoxLayout()
        quick.addWidget(self.all_theirs)
        quick.addWidget(self.all_mine)
        quick.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(merged)
        layout.addLayout(quick)
        layout.addWidget(self.buttons)
        self.resize(640, min(520, 200 + 44 * len(self._groups)))

    def _add_choice(self, grid: QGridLayout, name: str, label: str, texts: tuple[str, str]) -> None:
        """A row "label: (•) theirs ( ) mine"."""
        row = grid.rowCount()
        grid.addWidget(QLabel(label), row, 0, Qt.AlignmentFlag.AlignTop)
        group = QButtonGroup(self)
        for column, (choice, text) in enumerate(zip((THEIRS, MINE), texts, strict=True), 1):
            button = QRadioButton(text or self.tr("(empty)"))
            button.setObjectName(f"{choice}_{name}")
            button.setProperty("choice", choice)
            group.addButton(button)
            grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
        # Mine by default: what the user typed is what they meant to save.
        group.buttons()[1].setChecked(True)
        self._groups[name] = group

    def _merged_text(self, record_type: RecordType, plan: MergePlan) -> str:
        theirs = [formatting.field_label(record_type.field(n)) for n in plan.theirs_only]
        mine = [formatting.field_label(record_type.field(n)) for n in plan.mine_only]
        for item in plan.items:
            if not item.clash and item.theirs_changed:
                theirs.append(item.label)
            elif not item.clash and item.mine_changed:
                mine.append(item.label)
        parts = []
        if theirs:
            parts.append(self.tr("Their changes kept: %1").replace("%1", ", ".join(theirs)))
        if mine:
            parts.append(self.tr("Your changes kept: %1").replace("%1", ", ".join(mine)))
        return "\n".join(parts)

    def choose_all(self, choice: str) -> None:
        for name in self._groups:
            self.choose(name, choice)

    def choose(self, name: str, choice: str) -> None:
        for button in self._groups[name].buttons():
            if button.property("choice") == choice:
                button.setChecked(True)

    def choices(self) -> dict[str, str]:
        """Field (or item) name -> MINE or THEIRS, as the radio buttons say now."""
        return {
            name: str(group.checkedButton().property("choice"))
            for name, group in self._groups.items()
        }


def style_as_notice(bar: QFrame) -> None:
    """A bar above a form that tells of something outside it: tooltip colours, framed."""
    bar.setFrameShape(QFrame.Shape.StyledPanel)
    bar.setAutoFillBackground(True)
    follow_palette(bar, _tooltip_colours)


def _tooltip_colours(bar: QWidget) -> None:
    """The application palette's tooltip colours on ``bar`` and the labels in it (copied
    again when the system goes dark or light)."""
    palette = QPalette(bar.palette())
    tooltip = QApplication.palette()
    palette.setColor(QPalette.ColorRole.Window, tooltip.color(QPalette.ColorRole.ToolTipBase))
    palette.setColor(QPalette.ColorRole.WindowText, tooltip.color(QPalette.ColorRole.ToolTipText))
    bar.setPalette(palette)


class ChangedElsewhereBar(QFrame):
    """ "Changed by X at HH:MM — Reload": shown above a form whose record someone else
    saved while this user has unsaved edits (which are not overwritten)."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changed_elsewhere_bar")
        style_as_notice(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setToolTip(self.tr("Show their version; your unsaved edits are dropped"))
        self.reload_button.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.hide()

    def show_changed(self, who: str, when: str) -> None:
        self.label.setText(self.tr("Changed by %1 at %2").replace("%1", who).replace("%2", when))
        self.reload_button.show()
        self.show()

    def show_message(self, text: str, *, reload: bool = False) -> None:
        self.label.setText(text)
        self.reload_button.setVisible(reload)
        self.show()
