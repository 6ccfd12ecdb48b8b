"""A list's count, and a quick-filtered list's count taken on a worker thread after its
first rows are painted.

Counting the matches of a common word reads every one of them (at a million contacts
"nguyen" matches 136,625: most of a second); the list counts the first
:data:`COUNTED_AT_ONCE`, paints its first rows and shows "more than" that while the rest
are counted. Each new filter stops the count of the one before it in the database, so
the counts of the words typed on the way do not queue up behind each other.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.records.query_stop import QueryStop
from crm_desktop.views.jobs import JobContext, Jobs

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import ListQuery

log = logging.getLogger(__name__)

#: the rows a quick-filtered list counts before its first paint: a screenful and a page
#: more (each is read at random from the table: 1,000 cost 25-35 ms at a million)
COUNTED_AT_ONCE = 200


class LaterCount(QObject):
    """The count of a list model's query; one later count at a time."""

    #: the whole count of the latest :meth:`first` that was not whole
    counted = Signal(int)
    #: that count could not be taken (a busy database ...); the message is for the user
    failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._jobs = Jobs(self)
        self._stop = QueryStop()
        self._number = 0
        #: a later count is under way: the list has more rows than :meth:`first` said
        self.waiting = False

    def stop(self) -> None:
        """Stop the later count under way, if any: its answer will not come."""
        self._stop.stop()
        self._number += 1

    def first(self, query: ListQuery) -> int:
        """The count of ``query``; of a quick-filtered list up to :data:`COUNTED_AT_ONCE`,
        the whole count then coming with :attr:`counted` when it has more. Stops the
        later count of the query before."""
        self.stop()
        self.waiting = False
        lists = self._services.lists
        if not query.quick:
            return lists.count(query)
        count = lists.count_upto(query, COUNTED_AT_ONCE)
        if count is not None:
            return count
        self.waiting = True
        number, stop = self._number, QueryStop()
        self._stop = stop

        def work(_context: JobContext) -> int | None:
            return lists.count_or_stop(query, stop)

        def done(count: int | None) -> None:
            if count is not None and number == self._number:
                self.waiting = False
                self.counted.emit(count)

        def problem(text: str) -> None:
            log.warning("cannot count %s: %s", query.record_type, text)
            if number == self._number:
                self.failed.emit(text)

        self._jobs.run(work, done, on_error=problem)
        return COUNTED_AT_ONCE
