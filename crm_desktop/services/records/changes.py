"""A plain callback hub: services announce what changed; views turn it into Qt signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    record_type: str
    ids: tuple[int, ...]
    #: "created", "updated", "deleted", "restored", or "external" (another process)
    kind: str


Listener = Callable[[Change], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns a function that removes it again."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
