"""The import wizard: a CSV or vCard file into contacts, organizations, leads,
opportunities or products, page by page (file, columns, values, matching, preview,
import), through the import service (``Services.imports``).

The wizard holds what the pages chose; each page reads the file or the database only
on the wizard's :class:`~crm_desktop.views.jobs.Jobs`, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTemporaryDir
from PySide6.QtWidgets import QWidget, QWizard

from crm_desktop.exchange.csv.locale_values import DateOrder
from crm_desktop.exchange.csv.presets import ColumnMap
from crm_desktop.services.imports.plan import ImportPlan, MatchRule, OnMatch
from crm_desktop.views.jobs import Jobs

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.imports.service import FileLayout

#: the page ids, in their order
FILE, MAPPING, VALUES, MATCHING, PREVIEW, IMPORT = range(6)
#: the wizard's first size: the mapping and preview tables want room
START_SIZE = (980, 680)


class ImportWizard(QWizard):
    """File › Import…: one file, one record type, one import (a batch that can be undone)."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        open_list: Callable[[str], object] | None = None,
        calendar_import: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        from crm_desktop.views.imports.file_page import FilePage
        from crm_desktop.views.imports.import_page import ImportPage
        from crm_desktop.views.imports.mapping_page import MappingPage
        from crm_desktop.views.imports.matching_page import MatchingPage
        from crm_desktop.views.imports.preview_page import PreviewPage
        from crm_desktop.views.imports.values_page import ValuesPage

        self.setObjectName("import_wizard")
        self.services = services
        self.jobs = Jobs(self)
        self.open_list = open_list
        self.calendar_import = calendar_import
        #: what the pages chose
        self.path: Path | None = None
        self.record_type = "contacts"
        self.encoding: str | None = None
        self.separator: str | None = None
        self.layout: FileLayout | None = None
        self.column_map: ColumnMap | None = None
        self.value_map: dict[str, dict[str, str | None]] = {}
        self.match = MatchRule.EMAIL
        self.on_match = OnMatch.SKIP
        #: where the import writes its rejected rows, for the end page to save elsewhere
        self.scratch = QTemporaryDir()
        self.setWindowTitle(self.tr("Import records"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.values_page = ValuesPage(self)
        self.matching_page = MatchingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.mapping_page,
                self.values_page,
                self.matching_page,
                self.preview_page,
                self.import_page,
            )
        ):
            self.setPage(page_id, page)
        self.resize(*START_SIZE)

    # -- what the pages chose ---------------------------------------------------------------------
    def is_vcard(self) -> bool:
        return self.path is not None and ImportPlan(self.path).is_vcard

    def plan(self, rejects: Path | None = None) -> ImportPlan:
        """The import the pages describe (the file's dates, numbers and phones read the way
        the user's locale writes them where the file does not tell)."""
        assert self.path is not None
        locale = QLocale()
        return ImportPlan(
            self.path,
            record_type=self.record_type,
            encoding=self.encoding,
            separator=self.separator,
            column_map=None if self.is_vcard() else self.column_map,
            value_map={name: dict(values) for name, values in self.value_map.items() if values},
            match=self.match,
            on_match=self.on_match,
            default_region=_region(locale),
            date_order=_date_order(locale),
            decimal_mark=locale.decimalPoint() if locale.decimalPoint() in ",." else ".",
        )

    def rejects_file(self) -> Path:
        """Where the import writes the rejected rows (a folder of its own, removed with
        the wizard)."""
        return Path(self.scratch.path()) / "rejected.csv"

    # -- pages and closing ------------------------------------------------------------------------
    def nextId(self) -> int:
        current = self.currentId()
        if current == FILE and self.is_vcard():
            return MATCHING  # a vCard file has no columns to map, nor picklist values
        return super().nextId()

    def hand_to_calendar(self, path: Path) -> None:
        """An .ics file: the calendar import takes it (activities, not records)."""
        self.reject()
        if self.calendar_import is not None:
            self.calendar_import(path)

    def reject(self) -> None:
        """Cancel during the import cancels the import (it saves nothing) and keeps the
        wizard open to say so; elsewhere it closes the wizard."""
        if self.currentId() == IMPORT and self.import_page.running():
            self.import_page.cancel()
            return
        self.jobs.shutdown()
        super().reject()

    def done(self, result: int) -> None:
        self.jobs.shutdown()
        super().done(result)


def _region(locale: QLocale) -> str | None:
    """The user's country ("DE" of de_DE): phones without a country code are read there."""
    parts = locale.name().split("_")
    return parts[1] if len(parts) > 1 and len(parts[1]) == 2 else None


def _date_order(locale: QLocale) -> DateOrder:
    """The order the user's locale writes dates in (for columns whose values do not tell)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat).lstrip("'")
    if pattern[:1] in ("y", "Y"):
        return DateOrder.YMD
    if pattern[:1] == "M":
        return DateOrder.MDY
    return DateOrder.DMY
