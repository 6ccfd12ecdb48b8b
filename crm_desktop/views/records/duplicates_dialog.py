"""Find duplicates… (a list's Filter menu): the groups of likely duplicates of one type,
read on a worker thread and shown as they come, each with what its records share and a
Merge button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import Services
from crm_desktop.services.duplicates.types import DuplicateGroup, MergeResult
from crm_desktop.views import formatting
from crm_desktop.views.jobs import Job, JobContext, Jobs
from crm_desktop.views.records.duplicate_hint import reason_text
from crm_desktop.views.records.merge_dialog import MergeDialog

if TYPE_CHECKING:
    from crm_desktop.views.records.list_view import ListPanel

_ID = Qt.ItemDataRole.UserRole


class FindDuplicatesDialog(QDialog):
    """Groups of one type's likely duplicates; a group of the same records found for
    several reasons is one group saying each."""

    open_requested = Signal(str, int)
    #: the search ended (done, stopped or failed)
    finished_search = Signal()

    def __init__(self, services: Services, type_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_duplicates")
        self.services = services
        self.type_key = type_key
        plural = formatting.registry_text(services.registry.get(type_key).label).lower()
        self.setWindowTitle(self.tr("Duplicate %1").replace("%1", plural))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Records"), self.tr("Details")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 380)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(self._open_item)
        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Merge the records of the selected group into one"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.stop_button)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Double-click a record to open it."))
        hint.setEnabled(False)
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        self.resize(720, 520)
        self.jobs = Jobs(self)
        self.job: Job | None = None
        #: groups the worker found, in order; the GUI shows those past ``_shown``
        self._found: list[DuplicateGroup] = []
        self._shown = 0
        #: the records of a group -> its item (one item for the same records)
        self._items: dict[tuple[int, ...], QTreeWidgetItem] = {}

    # -- searching --------------------------------------------------------------------------------
    def start(self) -> Job:
        """Look for groups on a worker thread; they are shown as they come."""
        self.tree.clear()
        self._found, self._shown, self._items = [], 0, {}
        self.status.setText(self.tr("Looking for likely duplicates…"))
        self.progress.show()
        self.stop_button.show()
        finder, type_key, found = self.services.duplicates, self.type_key, self._found

        def work(context: JobContext) -> None:
            # Appended one by one: the GUI thread shows them at each progress report.
            for group in finder.find(type_key, context.progress, context.cancelled):
                found.append(group)

        self.job = self.jobs.run(
            work,
            lambda _none: self._ended(stopped=False),
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=lambda _none: self._ended(stopped=True),
        )
        return self.job

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self._show_found()

    def _ended(self, *, stopped: bool) -> None:
        self._show_found()
        self.progress.hide()
        self.stop_button.hide()
        count = self.tree.topLevelItemCount()
        if count:
            text = formatting.english_plural(
                self.tr("%n group(s) of likely duplicates", "", count), count
            )
        else:
            text = self.tr("No likely duplicates.")
        if stopped:
            text = self.tr("Stopped: %1").replace("%1", text)
        self.status.setText(text)
        self.finished_search.emit()

    def _failed(self, message: str) -> None:
        self._ended(stopped=True)
        self.status.setText(message)

    def _show_found(self) -> None:
        for group in self._found[self._shown :]:
            self._add(group)
        self._shown = len(self._found)

    def _add(self, group: DuplicateGroup) -> None:
        ids = tuple(r.id for r in group.records)
        shared = self.tr("%1: %2").replace("%1", reason_text(group.reason))
        shared = shared.replace("%2", group.key)
        item = self._items.get(ids)
        if item is not None:  # the same records, found again for another reason
            item.setText(0, f"{item.text(0)} · {shared}")
            return
        item = QTreeWidgetItem([shared, ""])
        for record in group.records:
            title = " ".join(p for p in (record.number, record.name) if p)
            child = QTreeWidgetItem([title, record.detail])
            child.setData(0, _ID, record.id)
            item.addChild(child)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)  # what the records share is often long
        item.setExpanded(True)
        self._items[ids] = item

    # -- acting on a group ------------------------------------------------------------------------
    def _group_of(self, item: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
        if item is None:
            return None
        return item.parent() or item

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self._group_of(self.tree.currentItem()) is not None)

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        record_id = item.data(0, _ID)
        if record_id is not None:
            self.open_requested.emit(self.type_key, int(record_id))

    def merge_dialog(self) -> MergeDialog | None:
        """The merge dialog of the selected group (opened by Merge…)."""
        group = self._group_of(self.tree.currentItem())
        if group is None:
            return None
        ids = [int(group.child(i).data(0, _ID)) for i in range(group.childCount())]
        dialog = MergeDialog(self.services, self.type_key, ids, self)
        dialog.merged.connect(self._merged)
        return dialog

    def merge_selected(self) -> None:
        dialog = self.merge_dialog()
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def _merged(self, result: MergeResult) -> None:
        """The merged records are gone from every group; a group of one goes too."""
        gone = set(result.merged_ids)
        for ids, item in list(self._items.items()):
            for i in reversed(range(item.childCount())):
                if int(item.child(i).data(0, _ID)) in gone:
                    item.removeChild(item.child(i))
            if item.childCount() < 2:
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
                del self._items[ids]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.shutdown()  # a search still running stops; its late groups are dropped
        super().closeEvent(event)


def find_duplicates(panel: ListPanel) -> FindDuplicatesDialog:
    """Open Find duplicates for a list (its Filter menu's entry); a record double-clicked
    is selected in the list, which shows it in the form beside it."""
    dialog = FindDuplicatesDialog(panel.services, panel.type_key, panel)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_requested.connect(lambda _type, record_id: panel.select_record(record_id))
    dialog.show()
    dialog.start()
    return dialog
