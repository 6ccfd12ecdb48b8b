"""Help › Getting started (a salesperson's day with the program) and Help › Keyboard
shortcuts, whose list is read from the window's actions when it opens, so that it names
the keys that really work, in the user's language and the platform's spelling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.views.qt_texts import translator

_tr = translator("help")


def plain(text: str) -> str:
    """A menu text as a sentence: without its "&" mnemonic and trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def keys_text(action: QAction) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


def shortcut_sections(window: Any) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(command, keys)]) for every action of ``window`` that has keys, in the
    order of the menu bar; actions in no menu (the search box's Ctrl+K) under "Window"."""
    sections: dict[str, list[tuple[str, str]]] = {}
    seen: set[int] = set()

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)
            elif action.shortcuts() and action.text() and id(action) not in seen:
                seen.add(id(action))
                sections.setdefault(title, []).append((plain(action.text()), keys_text(action)))

    for entry in window.menuBar().actions():
        if entry.menu() is not None:
            walk(entry.menu(), plain(entry.text()))
    others = sorted(
        (plain(a.text() or a.toolTip()), keys_text(a))
        for a in window.findChildren(QAction)
        if a.shortcuts() and (a.text() or a.toolTip()) and id(a) not in seen
        if not any(isinstance(o, QMenu) for o in a.associatedObjects())
    )
    if others:
        sections[_tr("Window")] = list(dict.fromkeys(others))
    # The line table's keys are its own (not actions): its buttons' tool tips say them too.
    sections[_tr("Quote and order lines")] = [
        (_tr("Add a line below the current one"), _native("Ins")),
        (_tr("Delete the selected lines"), _native("Del")),
        (_tr("Move the selected lines up"), _native("Ctrl+Up")),
        (_tr("Move the selected lines down"), _native("Ctrl+Down")),
    ]
    return list(sections.items())


def _with_close_button(dialog: QDialog, content: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for title, rows in shortcut_sections(window):
            heading = QTreeWidgetItem(self.tree, [title])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for command, keys in rows:
                QTreeWidgetItem(self.tree, [command, keys])
        _with_close_button(self, self.tree)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str]]:
        """(command, keys) as listed (section headings have no keys)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item.text(1)]


class GuideDialog(QDialog):
    """A few paragraphs: a salesperson's day with the program."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.guide())
        _with_close_button(self, self.text)
        self.resize(620, 460)

    def guide(self) -> str:
        paragraphs = [
            self.tr(
                "<h2>A salesperson's day with CRM Desktop</h2><p><b>Morning.</b> The "
                "calendar (under Activities) shows today's calls and meetings; reminders "
                "pop up when they are due. Ctrl+K searches everything at once: a name, an "
                "e-mail address, a phone number, a quote number.</p>"
            ),
            self.tr(
                "<p><b>A new lead.</b> Someone called: Record › New (Ctrl+N) in Leads, type "
                "the name and phone, Ctrl+S. When the lead is real, <i>Convert lead</i> "
                "makes the organization, the contact and an opportunity of it in one step.</p>"
            ),
            self.tr(
                "<p><b>Following a deal.</b> On an opportunity, move the stage as the talks "
                "go; the history keeps each step. <i>Log a call</i> on a contact keeps what "
                "was said, and a follow-up activity with a reminder makes sure you call back."
                "</p>"
            ),
            self.tr(
                "<p><b>The quote.</b> <i>Create quote</i> on the opportunity fills the "
                "customer and addresses; add lines (Ins), pick products by typing part of "
                "their name, and watch the totals. Print, PDF and E-mail are on the quote's "
                "form; your company details and logo come from Tools › Settings. When the "
                "customer accepts, <i>Convert to sales order</i>.</p>"
            ),
            self.tr(
                "<p><b>Evening.</b> Filters (Ctrl+F) and saved filters find what is left "
                "to do. Deleted something by mistake? The recycle bin gives it back. The "
                "Database menu makes a backup; a colleague sharing the same file sees your "
                "changes within seconds.</p>"
            ),
        ]
        return "".join(paragraphs)


class HelpActions(QObject):
    """The two Help entries of one window, owned by it: their slots live as long as it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.guide_action = QAction(_tr("Getting s&tarted"), window)
        self.guide_action.setObjectName("guide_action")
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(_tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setObjectName("shortcuts_action")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        #: the dialogs open now (tests read them)
        self.guide: GuideDialog | None = None
        self.shortcuts: ShortcutsDialog | None = None

    def show_guide(self) -> GuideDialog:
        """The guide, beside the window (not modal: it can stay open while one works)."""
        if self.guide is None:
            self.guide = GuideDialog(self.window)
            self._keep(self.guide, "guide")
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def show_shortcuts(self) -> ShortcutsDialog:
        """The list of keys, made anew each time: the window's actions may have changed."""
        if self.shortcuts is not None:
            self.shortcuts.close()
        self.shortcuts = ShortcutsDialog(self.window, self.window)
        self._keep(self.shortcuts, "shortcuts")
        self.shortcuts.show()
        return self.shortcuts

    def _keep(self, dialog: QDialog, name: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(
            lambda *_: getattr(self, name) is dialog and setattr(self, name, None)
        )


def install_help(window: Any) -> HelpActions:
    """Help › Getting started (F1) and Help › Keyboard shortcuts (Ctrl+/), above About."""
    actions = HelpActions(window)
    help_menu = next(o for o in window.about_action.associatedObjects() if isinstance(o, QMenu))
    help_menu.insertAction(window.about_action, actions.guide_action)
    help_menu.insertAction(window.about_action, actions.shortcuts_action)
    help_menu.insertSeparator(window.about_action)
    return actions
