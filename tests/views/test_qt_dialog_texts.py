"""Qt's own file and print dialogs speak Vietnamese and Icelandic through the program's
catalogues: their texts are Qt's exact source texts, the translation tool puts them in
every catalogue, and Qt's dialogs look them up there."""

from __future__ import annotations

import importlib
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from crm_desktop.views.qt_dialog_texts import qt_dialog_texts
from tests.translation_catalogs import FOLDER, ROOT

TOOL = ROOT / "packaging"


def _tool(name: str) -> ModuleType:
    """A module of packaging/ (the translation tool and the modules beside it)."""
    if str(TOOL) not in sys.path:
        sys.path.insert(0, str(TOOL))
    return importlib.import_module(name)


def test_the_texts_are_qts_own_source_texts(qapp: QApplication) -> None:
    """Qt finds a translation only for its exact text: each one is in Qt's own German
    catalogue, in the context given."""
    german = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert german.load("qtbase_de", folder)
    missing = [key for key in qt_dialog_texts() if not german.translate(*key)]
    assert not missing


def _marked(language: str, text: str) -> str:
    return f"[{language}] {text}"


@pytest.fixture(params=["vi", "is"])
def catalogue(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The program's catalogue of a language as the translation tool makes it, Qt's
    messages in it marked ("[vi] ..." in place of their translation, so that what a
    dialog shows tells where it came from), compiled and installed; the language."""
    language = request.param
    sources = _tool("translation_sources")
    files = _tool("translation_files")
    update = _tool("update_translations")
    ts_file = tmp_path / f"crm_desktop_{language}.ts"
    root = ET.parse(FOLDER / ts_file.name).getroot()
    package = ROOT / "crm_desktop" / "views"
    extras = sources.collect_extras([package / "qt_dialog_texts.py", package / "qt_texts.py"])
    files.merge(root, extras, ts_file, language)
    for context, message in files.messages(root):
        translation = message.find("translation")
        if context.startswith("Q") and translation is not None and message.get("numerus") != "yes":
            translation.text = _marked(language, message.findtext("source") or "")
            translation.attrib.pop("type", None)
    ts_file.write_text(files.serialize(root), encoding="utf-8")
    qm_file = tmp_path / f"crm_desktop_{language}.qm"
    update.lrelease(ts_file, qm_file)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    qapp.installTranslator(translator)
    yield language
    qapp.removeTranslator(translator)


def test_qts_file_dialog_and_message_box_ask_the_programs_catalogue(
    catalogue: str, qtbot: QtBot
) -> None:
    language = catalogue
    dialog = QFileDialog(None, "", "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt draws this one itself
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert _marked(language, "File &name:") in labels
    assert _marked(language, "Files of &type:") in labels
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    accept = box.button(QDialogButtonBox.StandardButton.Save) or box.buttons()[0]
    assert accept.text() == _marked(language, "&Save")

    message = QMessageBox(QMessageBox.Icon.Warning, "", "The file is locked.")
    message.setDetailedText("database is locked")
    qtbot.addWidget(message)
    details = [b for b in message.findChildren(QPushButton) if b.text().startswith(f"[{language}]")]
    assert [b.text() for b in details] == [_marked(language, "Show Details...")]
    assert QCoreApplication.translate("QPrintDialog", "Print") == _marked(language, "Print")
