"""What a form shows when someone else saved its record: the merge dialog and the bar.

A save refused with :class:`ConflictError` is merged field by field against the values
the form loaded: a field only one side changed takes that side's value without asking;
a field both changed to different values is the user's choice (theirs, mine, or per
field). The merged values are then saved at the other user's version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import ConflictError, DomainError, NotFound
from crm_desktop.registry import FieldSpec, Kind, RecordType
from crm_desktop.services import Services
from crm_desktop.services.presence import modified_by
from crm_desktop.services.records import Record
from crm_desktop.views import formatting

MINE, THEIRS = "mine", "theirs"


def _tr(text: str) -> str:
    return QCoreApplication.translate("conflict", text)


def _same(a: Any, b: Any) -> bool:
    # An emptied text editor says "", the database None: both mean "no value".
    return (None if a == "" else a) == (None if b == "" else b)


@dataclass
class MergePlan:
    """How my edits and their saved record combine."""

    #: values to save on top of their version without asking (fields only I changed)
    mine_only: dict[str, Any] = field(default_factory=dict)
    #: fields only they changed (their value stays; listed for the user)
    theirs_only: list[str] = field(default_factory=list)
    #: fields both changed to different values: name -> my value
    clashes: dict[str, Any] = field(default_factory=dict)

    def values_to_save(self, choices: Mapping[str, str]) -> dict[str, Any]:
        """What to send to the service: my fields, plus the clashes where I chose mine."""
        chosen = {n: v for n, v in self.clashes.items() if choices.get(n) == MINE}
        return {**self.mine_only, **chosen}


def merge_plan(
    mine: Mapping[str, Any], loaded: Mapping[str, Any], theirs: Mapping[str, Any]
) -> MergePlan:
    """``mine``: the fields I changed (name -> value); ``loaded``/``theirs``: stored values
    when my form loaded the record and now."""
    they_changed = [n for n in theirs if n in loaded and not _same(theirs[n], loaded[n])]
    plan = MergePlan()
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
    return next((u.full_name for u in services.users.users() if u.id == user_id), str(user_id))


def changed_by(services: Services, record: Record, locale: QLocale) -> tuple[str, str]:
    """(who saved ``record`` last, when: HH:MM today, else date and time)."""
    record_type = services.registry.get(record.record_type)
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
    """Field by field: their value and mine, for the fields both of us changed."""

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
        for row, name in enumerate(plan.clashes, start=1):
            spec = record_type.field(name)
            theirs_text, mine_text = texts[name]
            grid.addWidget(QLabel(formatting.field_label(spec)), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            for column, (choice, text) in enumerate(((THEIRS, theirs_text), (MINE, mine_text)), 1):
                button = QRadioButton(text or self.tr("(empty)"))
                button.setObjectName(f"{choice}_{name}")
                button.setProperty("choice", choice)
                group.addButton(button)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
            # Mine by default: what the user typed is what they meant to save.
            group.buttons()[1].setChecked(True)
            self._groups[name] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)

        merged = QLabel(self._merged_text(record_type, plan))
        merged.setWordWrap(True)
        merged.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        merged.setVisible(bool(plan.mine_only or plan.theirs_only))

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
        self.resize(640, min(520, 200 + 44 * len(plan.clashes)))

    def _merged_text(self, record_type: RecordType, plan: MergePlan) -> str:
        def labels(names: list[str]) -> str:
            return ", ".join(formatting.field_label(record_type.field(n)) for n in names)

        parts = []
        if plan.theirs_only:
            parts.append(self.tr("Their changes kept: %1").replace("%1", labels(plan.theirs_only)))
        if plan.mine_only:
            parts.append(
                self.tr("Your changes kept: %1").replace("%1", labels(list(plan.mine_only)))
            )
        return "\n".join(parts)

    def choose_all(self, choice: str) -> None:
        for name in self._groups:
            self.choose(name, choice)

    def choose(self, name: str, choice: str) -> None:
        for button in self._groups[name].buttons():
            if button.property("choice") == choice:
                button.setChecked(True)

    def choices(self) -> dict[str, str]:
        """Field name -> MINE or THEIRS, as the radio buttons say now."""
        return {
            name: str(group.checkedButton().property("choice"))
            for name, group in self._groups.items()
        }


class ChangedElsewhereBar(QFrame):
    """ "Changed by X at HH:MM — Reload": shown above a form whose record someone else
    saved while this user has unsaved edits (which are not overwritten)."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changed_elsewhere_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)
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


class SharedEditing:
    """The part of :class:`RecordForm` about other users' saves (a mixin, so that the
    form's module stays about editing one record)."""

    services: Services
    record_type: RecordType
    editors: dict[str, Any]
    changed_bar: ChangedElsewhereBar
    conflict_dialog: ConflictDialog | None
    saved: Any
    _record: Record | None
    _baseline: dict[str, Any]
    _dirty: bool

    def external_change(self) -> None:
        """Another program changed records of this type: reload an unedited record; over
        unsaved edits, only say so (their save must not overwrite what the user typed)."""
        record = self._record
        if record is None or self.conflict_dialog is not None:
            return
        try:
            current = self.services.records.get(self.record_type.key, record.id)
        except NotFound:
            self.changed_bar.show_message(self.tr("Someone else deleted this record."))
            return
        except DomainError:
            return  # busy or unreadable now; the next change notice tries again
        if current.version == record.version:
            return
        if not self._dirty:
            self._record = current
            self._fill(current.values, current.references)
            return
        self.changed_bar.show_changed(*changed_by(self.services, current, self.locale()))

    def _reload(self) -> None:
        if self._record is not None:
            self.load(self._record.id)

    def _conflict(self, exc: ConflictError) -> bool:
        """Merge with their saved version: ask only about fields both of us changed.

        True when the merge needed no question and is saved; otherwise the dialog is open
        (and saves when accepted) or the user was told why nothing can be saved."""
        assert self._record is not None
        try:
            theirs = self.services.records.get(self.record_type.key, self._record.id)
        except NotFound:
            self._warn(self.tr("Someone else deleted this record after you opened it."))
            return False
        mine = {k: v for k, v in self._values().items() if v != self._baseline[k]}
        # Only what the form edits: "Modified" and the number change with every save.
        theirs_edited = {k: v for k, v in theirs.values.items() if k in self._baseline}
        plan = merge_plan(mine, self._record.values, theirs_edited)
        who, when = changed_by(self.services, theirs, self.locale())
        if not plan.clashes:
            if not self._save_merged(theirs, plan, {}):
                return False
            self.changed_bar.show_message(
                self.tr("Saved together with the changes %1 made at %2.")
                .replace("%1", who)
                .replace("%2", when)
            )
            return True
        currency = self.editors["currency"].value() if "currency" in self.editors else None
        texts = {
            name: (
                value_text(
                    self.services,
                    self.record_type.field(name),
                    theirs.values.get(name),
                    theirs.references,
                    theirs.values.get("currency"),
                ),
                editor_text(self.editors[name], self.record_type.field(name), mine[name], currency),
            )
            for name in plan.clashes
        }
        dialog = self.conflict_dialog = ConflictDialog(
            self.record_type, plan, texts, who, when, self
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._save_merged(theirs, plan, dialog.choices()))
        dialog.finished.connect(self._conflict_closed)
        dialog.open()
        return False

    def _conflict_closed(self) -> None:
        if self.conflict_dialog is not None:
            self.conflict_dialog.deleteLater()
            self.conflict_dialog = None

    def _save_merged(self, theirs: Record, plan: MergePlan, choices: dict[str, str]) -> bool:
        """Save my side of the merge on top of their version (which the form then shows)."""
        self._record = theirs
        values = plan.values_to_save(choices)
        if not values:  # everything of mine was already theirs, or I chose theirs
            self._fill(theirs.values, theirs.references)
            self.saved.emit(self.record_type.key, theirs.id)
            return True
        return self._store(values, theirs.version)

    def _delete_changed_record(self) -> bool:
        """Delete refused: someone saved the record since it was loaded. Ask, then delete
        their version (True when it is deleted)."""
        assert self._record is not None
        try:
            current = self.services.records.get(self.record_type.key, self._record.id)
        except NotFound:
            self._warn(self.tr("Someone else already deleted this record."))
            return False
        who, when = changed_by(self.services, current, self.locale())
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("%1 changed this record at %2; delete anyway?")
            .replace("%1", who)
            .replace("%2", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.services.records.delete(self.record_type.key, current.id, current.version)
        except DomainError as exc:
            self._warn(str(exc))
            return False
        return True
