"""What the window offers for the record on show: what the user's role does not allow
is not offered (and the services refuse it to anyone who asks anyway)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crm_desktop.services.access.rules import Access


@dataclass(frozen=True)
class Offered:
    new: bool
    save: bool
    delete: bool

    def show_on(self, window: Any) -> None:
        """Enable the window's New, Save and Delete actions as offered."""
        window.new_action.setEnabled(self.new)
        window.save_action.setEnabled(self.save)
        window.delete_action.setEnabled(self.delete)


def offered_actions(access: Access, form: Any) -> Offered:
    """New, Save and Delete for ``form`` (a record form, or None when none is on show)."""
    if form is None:
        return Offered(False, False, False)
    key = form.record_type.key
    saved = form.record_id() is not None
    return Offered(
        new=access.may(key, "create"),
        save=form.is_dirty() and access.may(key, "edit" if saved else "create"),
        delete=saved and access.may(key, "delete"),
    )
