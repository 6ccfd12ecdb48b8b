"""The Vietnamese, Brazilian Portuguese and Icelandic translations are really used by the
program: its window, Qt's own buttons, plural forms and a person's salutation."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from tests.translation_catalogs import ACCELERATOR, LANGUAGES, LOCALES, catalog_of


@pytest.fixture
def translated(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[list[QTranslator]]:
    """The program's translations for ``request.param`` (a language), removed afterwards."""
    language = getattr(request, "param", "vi")
    translators = app_module.install_translations(qapp, QLocale(LOCALES[language]))
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    assert QCoreApplication.translate("registry", "Leads") == "Leads"


def test_vietnamese_translation_is_loaded_and_used(translated: list[QTranslator]) -> None:
    files = [Path(t.filePath()).name for t in translated]
    assert "crm_desktop_vi.qm" in files
    assert QCoreApplication.translate("registry", "Leads") == "Khách hàng tiềm năng"
    assert QCoreApplication.translate("registry", "Sales orders") == "Đơn bán hàng"
    assert QCoreApplication.translate("picklist", "Closed Won") == "Thành công"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
    assert QCoreApplication.translate("MainWindow", "Database: %1") == "Cơ sở dữ liệu: %1"
    assert QCoreApplication.translate("validation", "Too long.") == "Quá dài."
    # what has no translation stays English
    assert QCoreApplication.translate("MainWindow", "No such text") == "No such text"


def test_a_refusal_is_told_in_vietnamese(
    translated: list[QTranslator], services: Services, tmp_path: Path
) -> None:
    """An error from the services, as the window shows it: in the user's language, filled."""
    from crm_desktop.errors import DomainError
    from crm_desktop.models import Database
    from crm_desktop.views.shell.crash import domain_error_text

    missing = tmp_path / "không có.sqlite3"
    with pytest.raises(DomainError) as refused:
        services.records.get("contacts", 987654)
    with pytest.raises(DomainError) as absent:
        Database.open(missing, create=False)
    assert domain_error_text(absent.value) == f"Không có tệp cơ sở dữ liệu nào tại “{missing}”."
    assert domain_error_text(refused.value) == "Liên hệ 987654 không tồn tại."  # the type too


def _tree_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    texts = []
    iterator = QTreeWidgetItemIterator(window.navigation)
    while item := iterator.value():
        texts.append(item.text(0))
        iterator += 1
    return texts


def _mnemonic(text: str) -> str | None:
    match = ACCELERATOR.search(text)
    return text[match.end()].casefold() if match else None


def _assert_unique_accelerators(actions: list[QAction], where: str) -> None:
    keys = [_mnemonic(a.text()) for a in actions if not a.isSeparator()]
    keys = [k for k in keys if k]
    assert len(keys) == len(set(keys)), f"{where}: {[a.text() for a in actions]}"


@pytest.mark.parametrize("translated", LANGUAGES, indirect=True)
def test_main_window_speaks_the_language(
    translated: list[QTranslator],
    qtbot: QtBot,
    services: Services,
    settings: QSettings,
    request: pytest.FixtureRequest,
) -> None:
    language = request.node.callspec.params["translated"]
    catalog = catalog_of(language)

    def tr(context: str, text: str) -> str:
        return catalog[(context, text)][0]

    services.records.create("leads", {"first_name": "Thị Hoa", "last_name": "Trần"})
    window = app_module.build_main_window(services, settings)
    qtbot.addWidget(window)
    window.show()
    texts = _tree_texts(window)
    expected = [tr("registry", "Sales"), tr("NavigationTree", "Recycle bin")]
    expected += [tr("registry", t.label) for t in services.registry]
    assert set(expected) <= set(texts), texts
    if tr("registry", "Leads") != "Leads":  # Brazilians say "Leads" too
        assert "Leads" not in texts
    if language == "vi":
        assert {"Bán hàng", "Khách hàng tiềm năng", "Tổ chức", "Liên hệ", "Thùng rác"} <= set(texts)

    window.show_type("leads")
    assert window.windowTitle() == tr("MainWindow", "%1 — %2 — CRM Desktop").replace(
        "%1", tr("registry", "Leads")
    ).replace("%2", services.db.path.name if services.db.path else services.db.label)
    menus = [a for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    titles = [a.text() for a in menus]
    assert tr("MainWindow", "&File") in titles and tr("MainWindow", "&Help") in titles
    _assert_unique_accelerators(menus, "menu bar")
    for action in menus:
        menu = action.menu()
        assert isinstance(menu, QMenu)
        _assert_unique_accelerators(menu.actions(), action.text())
    window.close()


@pytest.mark.parametrize("translated", ["vi", "is"], indirect=True)
def test_qts_own_buttons_speak_the_language_too(
    translated: list[QTranslator], qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    """Qt has no Vietnamese or Icelandic of its own: "Save your changes?" must not offer
    English buttons (the program's catalogs carry Qt's button texts)."""
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.views.qt_texts import STANDARD_BUTTONS, standard_button_texts

    language = request.node.callspec.params["translated"]
    texts = standard_button_texts()
    assert all(texts[t] != t for t in STANDARD_BUTTONS if t != "OK" or language == "vi")
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, "", "", buttons.Save | buttons.Discard | buttons.Cancel
    )
    qtbot.addWidget(box)
    shown = {box.button(b).text() for b in (buttons.Save, buttons.Discard, buttons.Cancel)}
    expected = {"vi": {"Lưu", "Không lưu", "Hủy"}, "is": {"Vista", "Henda", "Hætta við"}}
    assert shown == expected[language]


@pytest.mark.parametrize("translated", LANGUAGES, indirect=True)
def test_numbers_take_the_languages_plural_forms(translated: list[QTranslator], request) -> None:
    from crm_desktop.views.activities.reminders_dialog import ReminderPhrases

    language = request.node.callspec.params["translated"]
    phrases = ReminderPhrases()
    two_days = phrases.relative(
        dt.datetime(2026, 12, 3, tzinfo=dt.UTC), dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    )
    # Icelandic counts 21 in the singular, Portuguese in the plural.
    three_weeks_ago = phrases.relative(
        dt.datetime(2026, 11, 10, tzinfo=dt.UTC), dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    )
    expected = {
        "vi": ("2 ngày nữa", "21 ngày trước"),
        "pt_BR": ("em 2 dias", "há 21 dias"),
        "is": ("eftir 2 daga", "fyrir 21 degi"),
    }
    assert (two_days, three_weeks_ago) == expected[language]


def test_untranslated_plurals_read_as_english(qapp: QApplication) -> None:
    from crm_desktop.views.activities.reminders_dialog import ReminderPhrases

    phrases = ReminderPhrases()
    assert phrases.missed(1) == "1 reminder came due while CRM Desktop was closed."
    assert phrases.missed(3) == "3 reminders came due while CRM Desktop was closed."
    assert phrases.several(2) == "2 reminders"


def test_convert_lead_speaks_of_the_person_in_vietnamese(
    translated: list[QTranslator], qtbot: QtBot, services: Services
) -> None:
    from PySide6.QtWidgets import QLabel

    from crm_desktop.views.sales.convert_lead_dialog import ConvertLeadDialog

    lead = services.records.create(
        "leads", {"salutation": "Ms.", "first_name": "Thị Ly", "last_name": "Nguyễn"}
    )
    dialog = ConvertLeadDialog(services, lead)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Cô Nguyễn Thị Ly" in texts and not any("Ms." in t for t in texts)


def test_the_parts_of_a_form_speak_the_language(
    translated: list[QTranslator], qtbot: QtBot, services: Services
) -> None:
    from crm_desktop.views.records.record_form import RecordForm

    contract = RecordForm(services, "contracts")
    document = RecordForm(services, "documents")
    for form in (contract, document):
        qtbot.addWidget(form)
    renew = contract.parts[0]
    assert renew.action.text() == QCoreApplication.translate("support_forms", "Renew") != "Renew"
    versions = document.parts[0]
    assert versions.box.title() == QCoreApplication.translate("documents", "Versions") != "Versions"


def test_texts_are_translated_in_a_context_they_are_looked_up_in() -> None:
    """lupdate files ``form.tr("…")`` under the context "form", which no object has at run
    time (Qt looks it up under the object's class): such a text is never translated."""
    package = Path(__file__).resolve().parents[1] / "crm_desktop"
    calls = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\b(?!self\.)\w+\.tr\(", line)
    ]
    assert calls == []
