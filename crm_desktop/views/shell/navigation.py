"""The navigation tree: record types by group, and the recycle bin under Admin."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from crm_desktop.registry import Registry
from crm_desktop.views import formatting, icons

ADMIN_GROUP = "Admin"
RECYCLE_BIN = "recycle_bin"
#: item data: a record type key, or RECYCLE_BIN; groups have none
TARGET_ROLE = Qt.ItemDataRole.UserRole


class _RoomyDelegate(QStyledItemDelegate):
    """Taller rows than a plain tree: this is the program's main menu, not a file list."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


class NavigationTree(QTreeWidget):
    """Emits :attr:`type_selected` or :attr:`recycle_bin_selected` as the current item moves.

    Arrow keys move between entries, so the list follows the keyboard as it does the mouse.
    """

    type_selected = Signal(str)
    recycle_bin_selected = Signal()
    #: a screen added with :meth:`add_entry` (its target key)
    screen_selected = Signal(str)

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(True)
        self.setItemDelegate(_RoomyDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Record types"))
        self._items: dict[str, QTreeWidgetItem] = {}
        self._screens: set[str] = set()
        self._groups: dict[str, QTreeWidgetItem] = {}
        groups = registry.groups()
        if ADMIN_GROUP not in (name for name, _ in groups):
            groups.append((ADMIN_GROUP, []))
        for group, types in groups:
            group_item = self._group_item(group)
            for record_type in types:
                label = formatting.registry_text(record_type.label)
                self._add(group_item, record_type.key, label, record_type.icon)
            if group == ADMIN_GROUP:
                self._add(group_item, RECYCLE_BIN, self.tr("Recycle bin"), icons.RECYCLE_BIN)
        self.expandAll()
        self.currentItemChanged.connect(self._on_current)

    def _group_item(self, group: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [formatting.registry_text(group)])
        # Groups are headings: not selectable, so keyboard moves skip them.
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self._groups[group] = item
        return item

    def add_entry(
        self, group: str, target: str, text: str, icon_name: str, *, first: bool = False
    ) -> None:
        """Another screen (a calendar, a board) in a group, after its record types or first.

        ``group`` is the untranslated group name of :attr:`Registry.GROUPS`.
        """
        group_item = self._groups.get(group)
        if group_item is None:
            group_item = self._group_item(group)
            # Groups keep the registry's order whenever one appears.
            order = [g for g in Registry.GROUPS if g in self._groups]
            self.takeTopLevelItem(self.indexOfTopLevelItem(group_item))
            self.insertTopLevelItem(order.index(group), group_item)
            group_item.setExpanded(True)
        self._add(group_item, target, text, icon_name, index=0 if first else None)
        self._screens.add(target)

    def _add(
        self,
        group: QTreeWidgetItem,
        target: str,
        text: str,
        icon_name: str,
        index: int | None = None,
    ) -> None:
        item = QTreeWidgetItem([text])
        if index is None:
            group.addChild(item)
        else:
            group.insertChild(index, item)
        item.setIcon(0, icons.icon(icon_name))
        item.setData(0, TARGET_ROLE, target)
        item.setToolTip(0, text)
        self._items[target] = item

    def targets(self) -> list[str]:
        """Record type keys, screens and RECYCLE_BIN in the order the tree shows them."""
        order = []
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            order.extend(group.child(j).data(0, TARGET_ROLE) for j in range(group.childCount()))
        return order

    def text_of(self, target: str) -> str:
        item = self._items.get(target)
        return item.text(0) if item is not None else ""

    def select(self, target: str) -> bool:
        """Make a record type (or RECYCLE_BIN) current; False when the tree has no such entry."""
        item = self._items.get(target)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        target = current.data(0, TARGET_ROLE) if current is not None else None
        if target == RECYCLE_BIN:
            self.recycle_bin_selected.emit()
        elif target in self._screens:
            self.screen_selected.emit(target)
        elif target:
            self.type_selected.emit(target)
