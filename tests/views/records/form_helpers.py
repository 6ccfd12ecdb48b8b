"""Driving a record form as a user does, and the message boxes it shows, for the form's tests."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.views.records.field_widgets import (
    ComboEditor,
    FieldEditor,
    LineEditor,
    TextEditor,
)
from crm_desktop.views.records.reference_edit import ReferenceEdit

B = QMessageBox.StandardButton


class Dialogs:
    """Stands in for QMessageBox: records what was asked and answers as the test says."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answer: Any = None
        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._static(kind))
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _static(self, kind: str) -> Any:
        def fake(parent: QWidget, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.asked.append((kind, text))
            if kind != "question":
                return B.Ok
            assert self.answer is not None, f"unexpected question: {text}"
            return self.answer

        return staticmethod(fake)

    def _exec(self, box: QMessageBox) -> Any:
        self.asked.append(("exec", box.text()))
        assert self.answer is not None, f"unexpected message box: {box.text()}"
        return self.answer


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key presses carrying ``text``: QTest.keyClicks asserts on anything beyond ASCII."""
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, editor: FieldEditor, text: str) -> None:
    """Replace an editor's text the way a user does: select all, type."""
    if isinstance(editor, TextEditor):
        editor.text.selectAll()
        type_text(qtbot, editor.text, text)
        return
    assert isinstance(editor, LineEditor)
    editor.line.selectAll()
    if text:
        type_text(qtbot, editor.line, text)
    else:
        qtbot.keyClick(editor.line, Qt.Key.Key_Delete)


def choose(editor: FieldEditor, value: Any) -> None:
    assert isinstance(editor, ComboEditor)
    editor.combo.setCurrentIndex(editor.combo.findData(value))


def link(qtbot: QtBot, editor: FieldEditor, text: str) -> None:
    """Type a name into a reference field and leave it: the exact match is linked."""
    assert isinstance(editor, ReferenceEdit)
    type_text(qtbot, editor.line, text)
    editor.resolve()
