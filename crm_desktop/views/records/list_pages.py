"""The pages of a list that a table model keeps: a small LRU cache, by the row each
page starts at.

Pages in a list's second half are counted from its end, so that the last screen is one
full page (read backwards by the list service), not a stub plus its neighbour. A page
can be "short": only its first rows were read (a new list shows its top quickly), the
rest are read when a row past them is wanted.
"""

from __future__ import annotations

from collections import OrderedDict

from crm_desktop.services.records.types import ListRow


class ListPages:
    def __init__(self, page_size: int, max_pages: int) -> None:
        self.page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        #: starts of cached pages that hold only their first rows
        self._short: set[int] = set()

    def __len__(self) -> int:
        return len(self._pages)

    def start_of(self, row: int, count: int) -> int:
        """The first row of the page holding ``row`` in a list of ``count`` rows."""
        size = self.page_size
        if row < count // 2:
            return row - row % size
        from_end = (count - 1 - row) // size
        return max(0, count - (from_end + 1) * size)

    def page(self, start: int, row: int) -> list[ListRow] | None:
        """The cached page at ``start`` if it holds ``row`` (made the most recent), else
        None: the page must be read."""
        page = self._pages.get(start)
        if page is None or (row - start >= len(page) and start in self._short):
            return None
        self._pages.move_to_end(start)
        return page

    def row_of(self, record_id: int) -> int | None:
        """The row of a record among the cached pages; None when not cached."""
        for start, page in self._pages.items():
            for i, list_row in enumerate(page):
                if list_row.id == record_id:
                    return start + i
        return None

    def store(self, start: int, page: list[ListRow], *, short: bool = False) -> None:
        self._pages[start] = page
        self._pages.move_to_end(start)
        if short:
            self._short.add(start)
        else:
            self._short.discard(start)
        while len(self._pages) > self._max_pages:
            evicted, _ = self._pages.popitem(last=False)
            self._short.discard(evicted)

    def forget(self) -> None:
        self._pages.clear()
        self._short.clear()
