"""Turns the services' plain change callbacks into Qt signals.

Services publish a :class:`~crm_desktop.services.records.changes.Change` from whatever thread
wrote; emitting a signal lets Qt queue it to the GUI thread when that is another thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.registry import Registry
from crm_desktop.services.records.changes import Change, ChangeHub


class QtChangeHub(QObject):
    """Emits :attr:`changed` for every change, and :attr:`types_changed` for bursts of them.

    :attr:`types_changed` is coalesced by a zero-delay timer: an import or a lead
    conversion that writes many records costs each open list one re-count, not one per
    record. It names the changed types and the types that show their names (a contact
    list shows its organization's name, so renaming an organization makes it stale).
    """

    changed = Signal(object)  # Change
    types_changed = Signal(object)  # set[str]

    def __init__(self, hub: ChangeHub, registry: Registry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._stale: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        self.changed.connect(self._collect)
        self._unsubscribe = hub.subscribe(self._forward)
        # The hub outlives windows in tests and scripts; a deleted bridge must leave it.
        self.destroyed.connect(self._unsubscribe)

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)

    def _collect(self, change: Change) -> None:
        if change.record_type in self._registry:
            self._stale.add(change.record_type)
            self._stale.update(t.key for t, _f in self._registry.references_to(change.record_type))
            # Types that link to records of any type cache the linked record's name too.
            self._stale.update(
                t.key for t in self._registry if t.link_name and t.key != change.record_type
            )
        else:  # e.g. another program changed something we cannot tell
            self._stale.update(self._registry.keys())
        self._timer.start()

    def external(self, type_keys: set[str]) -> None:
        """Another program changed records of these types (see views/shell/live_refresh.py)."""
        for type_key in sorted(type_keys):
            self.changed.emit(Change(type_key, (), "external"))

    def flush(self) -> None:
        """Announce the types changed so far now, instead of on the next turn of the loop."""
        self._timer.stop()
        stale, self._stale = self._stale, set()
        if stale:
            self.types_changed.emit(stale)

    def close(self) -> None:
        self._unsubscribe()
