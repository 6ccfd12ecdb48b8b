"""What the main window asks of the parts the composition root adds to it.

A part (live refresh, the Database menu, global search, reminders, …) is built by
``app.build_main_window`` with what it needs passed to its constructor, and reaches the
window only through the window's public, typed interface. The window holds the parts
the rest of the program reaches as typed attributes, and the parts that have work to
stop in a list it shuts down before it closes.
"""

from __future__ import annotations

from typing import Protocol


class WindowPart(Protocol):
    """A part with work of its own going on (timers, threads, a database watcher)."""

    def shutdown(self) -> None:
        """Stop for good: the window closes, or moves to another database. Nothing of the
        part may look at the window's database afterwards."""
