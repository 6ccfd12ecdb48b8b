"""The part of the record form about other users' saves: reloading, merging, deleting.

A save refused with :class:`ConflictError` is merged (:func:`merge_plan`) with the version
someone else saved: the form shows their version with my side of the merge on top and saves
that. Forms with more than fields (a quote's lines, an activity's invitees) take part through
the hooks at the end of :class:`SharedEditing`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.errors import ConflictError, DomainError, NotFound
from crm_desktop.registry import RecordType
from crm_desktop.services.records.types import Record
from crm_desktop.views.records.conflict_dialog import (
    ChangedElsewhereBar,
    ConflictDialog,
    MergeItem,
    MergePlan,
    Saved,
    changed_by,
    editor_text,
    merge_plan,
    value_text,
)
from crm_desktop.views.records.reference_edit import ReferenceEdit

if TYPE_CHECKING:
    from crm_desktop.services import Services


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
        """Merge with their saved version: ask only about what both of us changed.

        True when the merge needed no question and is saved; otherwise the dialog is open
        (and saves when accepted) or the user was told why nothing was saved."""
        assert self._record is not None
        try:
            theirs = self._their_version()
        except NotFound:
            self._warn(self.tr("Someone else deleted this record after you opened it."))
            return False
        except DomainError as error:  # busy or unreadable: nothing merged, nothing lost
            self._warn(str(error))
            return False
        mine = {
            k: v for k, v in self._values().items() if k in self.editors and v != self._baseline[k]
        }
        # Only what the form edits: "Modified" and the number change with every save.
        theirs_edited = {k: v for k, v in theirs.values.items() if k in self._baseline}
        plan = merge_plan(mine, self._record.values, theirs_edited, self._merge_items(theirs))
        who, when = changed_by(self.services, theirs, self.locale())
        if not plan.asks():
            if not self._save_merged(theirs, plan, {}, who, when):
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
        dialog.accepted.connect(
            lambda: self._save_merged(theirs, plan, dialog.choices(), who, when)
        )
        # Bound to this dialog: saving the merge may meet a third save and open another.
        dialog.finished.connect(lambda: self._conflict_closed(dialog))
        dialog.open()
        return False

    def _conflict_closed(self, dialog: ConflictDialog) -> None:
        dialog.deleteLater()
        if self.conflict_dialog is dialog:
            self.conflict_dialog = None

    def _save_merged(
        self, theirs: Saved, plan: MergePlan, choices: dict[str, str], who: str, when: str
    ) -> bool:
        """Put the merge into the form, then save it as an edit of their version.

        The form first shows their version, which becomes what its edits are compared
        with; then my fields that only I changed, the clashes I chose mine for and the
        items whose side is mine. A refused save (a rule the merged values break, a busy
        database, a deleted reference) leaves exactly that merge on screen, unsaved:
        corrected and saved again, it saves the merge, and what I chose theirs for stays
        theirs."""
        values = plan.values_to_save(choices)
        mine_items = plan.mine_items(choices)
        references = {**theirs.references, **self._reference_texts(values)}
        self._show_version(theirs)
        if values or mine_items:
            baseline = self._baseline
            self._show_merge(theirs, {**theirs.values, **values}, references, mine_items)
            self._baseline = baseline
            self._set_dirty(self._values() != baseline)
        if not self._dirty:  # everything of mine was already theirs, or I chose theirs
            assert theirs.id is not None
            self.saved.emit(self.record_type.key, theirs.id)
            return True
        if self.save():
            return True
        if self.conflict_dialog is None or not self.conflict_dialog.isVisible():
            self.changed_bar.show_message(
                self.tr("Merged with the changes %1 made at %2, but not saved yet.")
                .replace("%1", who)
                .replace("%2", when)
            )
        return False

    def _reference_texts(self, values: Mapping[str, Any]) -> dict[str, str]:
        """The names my reference editors show for ``values`` (kept over a refill)."""
        return {
            name: editor.line.text()
            for name in values
            if isinstance(editor := self.editors.get(name), ReferenceEdit)
        }

    # -- what a form with more than fields overrides ----------------------------------------------
    def _their_version(self) -> Saved:
        """The record as stored now (a form with more than fields reads that too)."""
        assert self._record is not None
        return self.services.records.get(self.record_type.key, self._record.id)

    def _merge_items(self, theirs: Saved) -> list[MergeItem]:
        """What the form merges whole beside its fields (nothing for a plain record)."""
        return []

    def _show_version(self, theirs: Saved) -> None:
        """Show ``theirs`` as if just loaded: the form's edits are compared with it."""
        assert isinstance(theirs, Record)
        self._record = theirs
        self._fill(theirs.values, theirs.references)

    def _show_merge(
        self,
        theirs: Saved,
        values: dict[str, Any],
        references: dict[str, str],
        mine_items: list[MergeItem],
    ) -> None:
        """Fill the editors with the merged ``values`` and my side of ``mine_items``."""
        self._fill(values, references)

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
