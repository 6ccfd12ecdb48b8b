"""Moving an item of the calendar to another day or time (a drop in the week or day view).

A task moves its due date; a single activity moves through the calendar service; for an
occurrence of a repeating activity the user is asked first: only that occurrence moves
(the series skips that day and a single copy takes its place), and the question says how
to move the whole series. A move refused because someone else changed or deleted the
activity meanwhile is told in one sentence, and the calendar shows what is there now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from crm_desktop.errors import ConflictError, DomainError, NotFound
from crm_desktop.services.activities.occurrences import UTC
from crm_desktop.services.activities.types import TYPE_KEY
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.activities.calendar import CalendarService
    from crm_desktop.services.activities.occurrences import Occurrence
    from crm_desktop.services.activities.service import ActivityService

_tr = translator("calendar")


def _is_task(o: Occurrence) -> bool:
    # Tasks come to the calendar as all-day items without length on their due date.
    return o.kind == "Task" and o.all_day and o.start == o.end and not o.recurring


class OccurrenceMoving:
    """The part of :class:`CalendarScreen` that moves items (a mixin, so that the screen's
    module stays about what is shown)."""

    activities: ActivityService
    calendar: CalendarService
    zone_name: str
    #: the question about moving one occurrence of a series, while it is open
    move_question: QMessageBox | None
    moved: Any
    record_selected: Any

    # -- moving -----------------------------------------------------------------------------------
    def move(self, occurrence: Occurrence, local_start: dt.datetime) -> None:
        """Move an item to ``local_start`` (a drop in the week or day view)."""
        self.show_message("")
        if occurrence.all_day:
            new_start = dt.datetime.combine(local_start.date(), dt.time(), UTC)
        else:
            new_start = local_start.astimezone(UTC)
        if _is_task(occurrence):
            self._save(
                occurrence,
                lambda: self.activities.update(
                    occurrence.activity_id, occurrence.version, {"due_date": local_start.date()}
                ),
            )
            return
        if occurrence.recurring:
            self._ask_about_series(occurrence, new_start)
            return
        self._save(
            occurrence,
            lambda: self.calendar.move(
                occurrence.activity_id,
                occurrence.version,
                occurrence.start,
                new_start,
                zone_name=self.zone_name,
            ),
        )

    def _ask_about_series(self, occurrence: Occurrence, new_start: dt.datetime) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Move a repeating activity"))
        box.setText(
            _tr("“%1” repeats. Move only this occurrence?").replace("%1", occurrence.subject)
        )
        box.setInformativeText(
            _tr(
                "The series keeps its other days. To move every occurrence, change the "
                "start in the activity's form."
            )
        )
        only = box.addButton(_tr("Move this occurrence"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(only)

        def answered() -> None:
            self.move_question = None
            if box.clickedButton() is only:
                self._save(
                    occurrence,
                    lambda: self.calendar.move(
                        occurrence.activity_id,
                        occurrence.version,
                        occurrence.start,
                        new_start,
                        zone_name=self.zone_name,
                        only_this=True,
                    ),
                )
            box.deleteLater()

        box.finished.connect(answered)
        self.move_question = box
        box.open()

    def _save(self, occurrence: Occurrence, work: Callable[[], Any]) -> None:
        try:
            record = work()
        except ConflictError:
            self.show_message(
                _tr("Someone else changed “%1” meanwhile: it is shown as it is now.").replace(
                    "%1", occurrence.subject
                )
            )
        except NotFound:
            self.show_message(_tr("“%1” no longer exists.").replace("%1", occurrence.subject))
        except DomainError as exc:
            self.show_message(str(exc))
        else:
            self.refresh()
            self.moved.emit(record.id)
            self.record_selected.emit(TYPE_KEY, record.id)
            return
        self.refresh()
