"""The main window: navigation tree, the current list, the record form; menus and status bar.

Lists refresh from the change hub, through :class:`QtChangeHub`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QWidget,
)

from crm_desktop.views import formatting, icons
from crm_desktop.views.records.list_view import ListPanel
from crm_desktop.views.records.recycle_bin import RecycleBin
from crm_desktop.views.shell.menus import build_menus, show_about
from crm_desktop.views.shell.navigation import RECYCLE_BIN, NavigationTree
from crm_desktop.views.shell.page_stack import CurrentPageStack
from crm_desktop.views.shell.pane_layouts import (
    DEFAULT_LAYOUTS,
    RECORDS_LAYOUT,
    PaneLayouts,
    layout_of,
)
from crm_desktop.views.shell.qt_hub import QtChangeHub
from crm_desktop.views.shell.record_commands import RecordCommands
from crm_desktop.views.shell.rights import offered_actions
from crm_desktop.views.shell.screens import Screens
from crm_desktop.views.shell.start_up import after_first_paint
from crm_desktop.views.shell.status_bar import add_status_labels
from crm_desktop.views.shell.window_state import restore_window_state, save_window_state

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.views.activities.reminders import ReminderNotifier
    from crm_desktop.views.admin.database_actions import DatabaseActions
    from crm_desktop.views.admin.database_files import DatabaseFiles
    from crm_desktop.views.records.record_form import RecordForm
    from crm_desktop.views.road.actions import RoadActions
    from crm_desktop.views.shell.global_search import GlobalSearchBox
    from crm_desktop.views.shell.live_refresh import BusyStatus, LiveRefresh
    from crm_desktop.views.shell.parts import WindowPart
    from crm_desktop.views.shell.start_up import StartUp

log = logging.getLogger(__name__)


def _form_factory() -> Callable[[Services, str], RecordForm] | None:
    # The forms live in their own modules (and pull in the editors); without them the
    # window still lists records, which keeps the program usable while a form bug is fixed.
    try:
        from crm_desktop.views.records.form_factory import make_form
    except ImportError:
        log.exception("the record form cannot be loaded")
        return None
    return make_form


class MainWindow(Screens, RecordCommands, QMainWindow):
    # The parts the composition root (app.build_main_window) adds and the rest of the
    # program reaches; None while a part is left out (a test of the window alone).
    busy_status: BusyStatus | None = None
    live_refresh: LiveRefresh | None = None
    database_actions: DatabaseActions | None = None
    database_files: DatabaseFiles | None = None
    global_search: GlobalSearchBox | None = None
    reminders: ReminderNotifier | None = None
    start_up: StartUp | None = None
    road: RoadActions | None = None
    # The actions, menus and tool bar (views/shell/menus.py builds them); other parts add
    # their actions to the File and View menus.
    quit_action: QAction
    new_action: QAction
    save_action: QAction
    delete_action: QAction
    restore_action: QAction
    refresh_action: QAction
    filter_action: QAction
    about_action: QAction
    file_menu: QMenu
    view_menu: QMenu

    def __init__(
        self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.services = services
        # Without settings: the user's, under the names app.make_application gave Qt.
        self.settings = settings if settings is not None else QSettings()
        self.setWindowIcon(icons.app_icon())
        self._form_type = _form_factory()
        self._panels: dict[str, ListPanel] = {}
        self._forms: dict[str, RecordForm] = {}
        #: screens other than lists (a calendar...): key -> (widget, type of the side form)
        #: key -> (the screen's widget, or what builds it on first show; its form's type)
        self._screens: dict[str, tuple[QWidget | Callable[[], QWidget], str | None]] = {}
        #: (the new record's type, the type and id of the record it was begun from)
        self._return_to: tuple[str, str, int] | None = None
        self._current: str | None = None
        #: the type whose form is built after the first paint (see show_type)
        self._form_later: str | None = None
        #: the parts with work of their own, shut down before the window closes
        self._parts: list[WindowPart] = []
        self.hub = QtChangeHub(services.hub, services.registry, self)
        self.hub.types_changed.connect(self.refresh_types)

        self.navigation = NavigationTree(services.registry)
        self.navigation.setMinimumWidth(150)
        self.lists = CurrentPageStack()
        self.recycle_bin = RecycleBin(services, self.settings)
        self.recycle_bin.count_changed.connect(self._show_count)
        self.recycle_bin.current_changed.connect(lambda *_: self._update_actions())
        self.recycle_bin.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.lists.addWidget(self.recycle_bin)
        self.forms = CurrentPageStack()
        self.form_placeholder = QLabel()
        self.form_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_placeholder.setWordWrap(True)
        self.form_placeholder.setEnabled(False)
        self.forms.addWidget(self.form_placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.navigation, self.lists, self.forms):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes(list(DEFAULT_LAYOUTS[RECORDS_LAYOUT]))
        self.panes = PaneLayouts(self.splitter, self.forms)
        self.setCentralWidget(self.splitter)
        build_menus(self)
        add_status_labels(self)
        self.navigation.type_selected.connect(self.show_type)
        self.navigation.recycle_bin_selected.connect(self.show_recycle_bin)
        self.navigation.screen_selected.connect(self.show_screen)
        restore_window_state(self)

    # -- what is shown ----------------------------------------------------------------------------
    def current_view(self) -> str | None:
        """The record type key on show, RECYCLE_BIN, or None."""
        return self._current

    def panel(self, type_key: str) -> ListPanel:
        panel = self._panels.get(type_key)
        if panel is None:
            panel = ListPanel(self.services, type_key, self.settings)
            panel.current_changed.connect(self._on_current_changed)
            panel.record_activated.connect(lambda *_: self._focus_form())
            panel.count_changed.connect(self._show_count)
            panel.problem.connect(lambda text: self.statusBar().showMessage(text, 10_000))
            self._panels[type_key] = panel
            self.lists.addWidget(panel)
        return panel

    def form(self, type_key: str) -> RecordForm | None:
        """The record form of a type (made on first use); None without a form module."""
        if self._form_type is None:
            return None
        form = self._forms.get(type_key)
        if form is None:
            form = self._form_type(self.services, type_key)
            form.saved.connect(self._on_saved)
            form.deleted.connect(self._on_deleted)
            form.dirty_changed.connect(lambda *_: self._update_actions())
            form.open_record.connect(self.open_record)
            form.new_related.connect(self.new_related_record)
            self._forms[type_key] = form
            self.forms.addWidget(form)
            if type_key == self._form_later:  # needed before the first paint: shown now
                self._form_later = None
                self.forms.setCurrentWidget(form)
        return form

    def show_type(self, type_key: str, *, reread: bool = True) -> None:
        """Show a record type's list and form; ``reread``: the record on the form is read
        afresh (not when another record is about to be opened in it)."""
        self._return_to = None  # another record or list chosen: no way back to keep
        panel = self.panel(type_key)
        self._current = type_key
        self.lists.setCurrentWidget(panel)
        self.panes.show_form_pane()
        self.panes.use(layout_of(self.services.registry.get(type_key)))
        if self.isVisible() or type_key in self._forms or self._form_type is None:
            self._show_form(type_key, reread)
        else:
            # The first screen: its list is painted first, the (empty) form right after.
            self._form_later = type_key
            self.form_placeholder.setText("")
            self.forms.setCurrentWidget(self.form_placeholder)
            after_first_paint(self, lambda: self._current == type_key and self._show_form(type_key))
        label = formatting.registry_text(self.services.registry.get(type_key).label)
        self._set_title(label)
        self._select_in_tree(type_key)
        self._show_count()
        self._update_actions()

    def _show_form(self, type_key: str, reread: bool = False) -> None:
        self._form_later = None
        form = self.form(type_key)
        if form is None:
            self.form_placeholder.setText(self.tr("The record form is not available."))
            self.forms.setCurrentWidget(self.form_placeholder)
        else:
            self.forms.setCurrentWidget(form)
            record_id = form.record_id()
            if reread and record_id is not None and not form.is_dirty():
                # Figures other records give it (a project's progress from its tasks)
                # change without a new version of its own: read it afresh on coming back.
                form.load(record_id)
        self._update_actions()

    def show_recycle_bin(self) -> None:
        self._return_to = None
        self._current = RECYCLE_BIN
        self.lists.setCurrentWidget(self.recycle_bin)
        # Deleted records are not edited: the bin gets the form's room.
        self.panes.hide_form_pane()
        self._set_title(self.tr("Recycle bin"))
        self._select_in_tree(RECYCLE_BIN)
        self.recycle_bin.refresh()
        self._show_count()
        self._update_actions()

    def _set_title(self, view: str) -> None:
        """ "Contacts — office.sqlite3 — CRM Desktop": which database, when several are open."""
        db = self.services.db
        name = db.path.name if db.path is not None else db.label
        self.setWindowTitle(
            self.tr("%1 — %2 — CRM Desktop").replace("%1", view).replace("%2", name)
        )

    def _select_in_tree(self, target: str) -> None:
        # Quietly: the tree's signal is what called us, or a programmatic change did.
        self.navigation.blockSignals(True)
        self.navigation.select(target)
        self.navigation.blockSignals(False)

    def current_form(self) -> RecordForm | None:
        """The form on show on the right (None in the recycle bin or a screen without one)."""
        if self._current is None or self._current == RECYCLE_BIN:
            return None
        if self._current in self._screens:
            form_type = self._screens[self._current][1]
            return self.form(form_type) if form_type else None
        return self.form(self._current)

    def form_type_on_show(self) -> str | None:
        """The record type of the form on show (or to be shown once the window is painted),
        without building it; None in the recycle bin or a screen without a form."""
        if self._current is None or self._current == RECYCLE_BIN:
            return None
        if self._current in self._screens:
            return self._screens[self._current][1]
        return self._current

    def current_panel(self) -> ListPanel | None:
        """The list on show (None in the recycle bin or on a screen)."""
        return self._panels.get(self._current) if self._current else None

    def _show_count(self, *_: object) -> None:
        """Put the number of records in the list on show into the status bar."""
        known = True
        if self._current == RECYCLE_BIN:
            count = self.recycle_bin.count()
        elif self._current in self._panels:
            count = self._panels[self._current].count()
            known = self._panels[self._current].count_known()
        else:
            return
        if known:
            text = self.tr("%Ln record(s)", "", count)
        else:  # a quick filter's first rows are shown, the rest still being counted
            text = self.tr("more than %Ln record(s)", "", count)
        text = formatting.english_plural(text, count)
        self.count_label.setText(text)

    def _update_actions(self) -> None:
        # A form still to be built after the first paint offers no record actions yet.
        form = None if self._current == self._form_later else self.current_form()
        in_bin = self._current == RECYCLE_BIN
        offered_actions(self.services.access, form).show_on(self)
        self.restore_action.setEnabled(in_bin and self.recycle_bin.current_record_id() is not None)
        self.filter_action.setEnabled(self._current in self._panels)
        self.refresh_action.setEnabled(self._current is not None)

    # -- record actions ---------------------------------------------------------------------------
    def focus_filter(self) -> None:
        if self._current in self._panels:
            self._panels[self._current].focus_quick_filter()

    def refresh(self) -> None:
        """F5: re-read the list (other users' changes) and the record if it is not edited."""
        if self._current == RECYCLE_BIN:
            self.recycle_bin.refresh()
            return
        if self._current in self._screens:
            refresh = getattr(self.screen_widget(self._current), "refresh", None)
            if refresh is not None:
                refresh()
        elif self._current is not None:
            self.panel(self._current).refresh()
        if self._current is not None:
            form = self.current_form()
            if form is not None and not form.is_dirty() and form.record_id() is not None:
                form.load(form.record_id())

    def refresh_types(self, type_keys: set[str]) -> None:
        """Refresh the open lists of these record types (their records changed)."""
        for type_key in type_keys:
            if type_key in self._panels:
                self._panels[type_key].refresh()
        if self.recycle_bin.type_key() in type_keys:
            self.recycle_bin.refresh()

    # -- parts, settings and closing --------------------------------------------------------------
    def save_settings(self) -> None:
        """Remember the window as it is now (see views/shell/window_state.py)."""
        save_window_state(self)

    def add_part(self, part: WindowPart) -> None:
        """A part to shut down with the window (see :meth:`shutdown_parts`)."""
        self._parts.append(part)

    def shutdown_parts(self) -> None:
        """Stop every part's own work: the window closes or leaves its database."""
        parts, self._parts = self._parts, []
        for panel in self._panels.values():  # a quick filter's count under way
            panel.table.record_model().stop_counting()
        for part in reversed(parts):  # the last added may lean on the first
            part.shutdown()

    def confirm_discard(self) -> bool:
        """Ask about every form's unsaved changes (save, discard or cancel); True when the
        window may close."""
        return all(form.maybe_discard() for form in self._forms.values())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.save_settings()
        self.hub.close()
        event.accept()

    def about(self) -> None:
        show_about(self)
