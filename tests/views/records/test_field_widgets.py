"""Field editors: parsing what users type, one editor per kind, the reference field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services import Services
from crm_desktop.views.records.field_row import create_editor
from crm_desktop.views.records.field_widgets import (
    CheckEditor,
    ComboEditor,
    DateEditor,
    LineEditor,
    NumberEditor,
    ReadOnlyEditor,
    TextEditor,
    editable_decimal,
    parse_date,
    parse_decimal,
)
from crm_desktop.views.records.reference_edit import ReferenceEdit

pytestmark = pytest.mark.usefixtures("english_locale")
EN = QLocale("en_US")
DE = QLocale("de_DE")
VI = QLocale("vi_VN")


# -- parsing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("1234.56", EN, Decimal("1234.56")),
        ("1,234.56", EN, Decimal("1234.56")),
        (" 1,234,567 ", EN, Decimal("1234567")),
        ("-12.5", EN, Decimal("-12.5")),
        ("12,5", EN, Decimal("12.5")),
        ("0.1", EN, Decimal("0.1")),
        ("1.234,56", DE, Decimal("1234.56")),
        ("1234,56", DE, Decimal("1234.56")),
        ("1234.56", DE, Decimal("1234.56")),
        ("1.000.000", VI, Decimal("1000000")),
        ("", EN, None),
        ("   ", EN, None),
    ],
)
def test_parse_decimal(text: str, locale: QLocale, expected: Decimal | None) -> None:
    result = parse_decimal(text, locale)
    assert result == expected
    if expected is not None:
        assert isinstance(result, Decimal)
        assert str(result) == str(expected)


@pytest.mark.parametrize("text", ["abc", "1,23,4", "1.2.3", "12-3", "--1", ".", "1e5"])
def test_parse_decimal_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text, EN)


def test_editable_decimal_keeps_every_significant_digit() -> None:
    assert editable_decimal(Decimal("1234.5600"), 2, EN) == "1,234.56"
    assert editable_decimal(Decimal("0.1250"), 2, EN) == "0.125"
    assert editable_decimal(Decimal("1000000.0000"), 0, EN) == "1,000,000"
    assert editable_decimal(Decimal("-5"), 2, DE) == "-5,00"
    for value in ("1234.56", "0.0001", "98765432.1"):
        assert parse_decimal(editable_decimal(Decimal(value), 2, DE), DE) == Decimal(value)


def test_parse_date() -> None:
    assert parse_date("3/14/2025", EN) == dt.date(2025, 3, 14)
    assert parse_date("2025-03-14", EN) == dt.date(2025, 3, 14)
    assert parse_date("3/14/25", EN) == dt.date(2025, 3, 14)
    assert parse_date("14.03.2025", DE) == dt.date(2025, 3, 14)
    assert parse_date("", EN) is None
    with pytest.raises(ValueError):
        parse_date("14/3/2025", EN)
    with pytest.raises(ValueError):
        parse_date("someday", EN)


# -- editors ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "cls"),
    [
        (Kind.TEXT, LineEditor),
        (Kind.EMAIL, LineEditor),
        (Kind.PHONE, LineEditor),
        (Kind.URL, LineEditor),
        (Kind.MULTILINE, TextEditor),
        (Kind.INTEGER, NumberEditor),
        (Kind.PERCENT, NumberEditor),
        (Kind.MONEY, NumberEditor),
        (Kind.DECIMAL, NumberEditor),
        (Kind.DATE, DateEditor),
        (Kind.DATETIME, ReadOnlyEditor),
        (Kind.BOOL, CheckEditor),
        (Kind.CHOICE, ComboEditor),
        (Kind.CURRENCY, ComboEditor),
        (Kind.USER, ComboEditor),
    ],
)
def test_one_editor_per_kind(qtbot: QtBot, services: Services, kind: Kind, cls: type) -> None:
    editor = create_editor(services, FieldSpec("f", "F", kind, choices=("A", "B")))
    qtbot.addWidget(editor)
    assert type(editor) is cls
    editor.set_value(None)
    assert editor.value() in (None, False)


def test_reference_and_read_only_editors(qtbot: QtBot, services: Services) -> None:
    spec = FieldSpec("org", "Org", Kind.REFERENCE, reference="organizations")
    editor = create_editor(services, spec)
    qtbot.addWidget(editor)
    assert isinstance(editor, ReferenceEdit)
    number = create_editor(services, FieldSpec("n", "N", read_only=True))
    qtbot.addWidget(number)
    assert isinstance(number, ReadOnlyEditor)
    number.set_value("CON-00042")
    assert number.label.text() == "CON-00042"
    assert number.value() == "CON-00042"


def test_text_over_its_limit_is_kept_whole_and_refused(qtbot: QtBot, services: Services) -> None:
    """Pasted text longer than the field holds is not cut: it stays, with a message."""
    editor = create_editor(services, FieldSpec("t", "T", max_length=5))
    qtbot.addWidget(editor)
    assert isinstance(editor, LineEditor)
    qtbot.keyClicks(editor.line, "abcdefgh")
    assert editor.value() == "abcdefgh"
    assert editor.input_error() == "Too long: at most 5 characters (this is 8)."
    qtbot.keyClick(editor.line, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.line, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.line, Qt.Key.Key_Backspace)
    assert editor.value() == "abcde" and editor.input_error() is None


def test_money_editor_gives_decimal_never_float(qtbot: QtBot, services: Services) -> None:
    editor = create_editor(services, FieldSpec("m", "M", Kind.MONEY))
    qtbot.addWidget(editor)
    assert isinstance(editor, NumberEditor)
    qtbot.keyClicks(editor.line, "1234.56")
    assert editor.value() == Decimal("1234.56")
    assert isinstance(editor.value(), Decimal)
    assert editor.input_error() is None
    editor.set_value(Decimal("1234.5600"))
    assert editor.line.text() == "1,234.56"
    editor.line.setText("12.3.4")
    assert editor.value() == "12.3.4"  # kept as typed ...
    assert editor.input_error() == "Not a number."  # ... and reported


def test_number_editor_refuses_letters(qtbot: QtBot, services: Services) -> None:
    editor = create_editor(services, FieldSpec("m", "M", Kind.DECIMAL))
    qtbot.addWidget(editor)
    assert isinstance(editor, NumberEditor)
    qtbot.keyClicks(editor.line, "1x2")
    assert editor.line.text() == "12"


def test_integer_editor(qtbot: QtBot, services: Services) -> None:
    editor = create_editor(services, FieldSpec("i", "I", Kind.INTEGER))
    qtbot.addWidget(editor)
    assert isinstance(editor, NumberEditor)
    qtbot.keyClicks(editor.line, "1,200")
    assert editor.value() == 1200
    assert type(editor.value()) is int
    editor.line.setText("12.5")
    assert editor.input_error() == "Not a whole number."
    editor.line.clear()
    assert editor.value() is None


@pytest.mark.qt_log_ignore("This plugin does not support")  # popups under offscreen
def test_date_editor_types_and_picks(qtbot: QtBot, services: Services) -> None:
    editor = create_editor(services, FieldSpec("d", "D", Kind.DATE))
    qtbot.addWidget(editor)
    assert isinstance(editor, DateEditor)
    qtbot.keyClicks(editor.line, "3/14/2025")
    assert editor.value() == dt.date(2025, 3, 14)
    editor.set_value(dt.date(1990, 1, 2))
    assert editor.line.text() == "1/2/1990"
    editor.line.setText("13/13/2025")
    assert editor.input_error() == "Not a valid date."
    editor.show_calendar()
    assert editor.calendar is not None
    editor.calendar.clicked.emit(QDate(2024, 2, 29))
    assert editor.value() == dt.date(2024, 2, 29)
    assert not editor.calendar.isVisible()
    editor.line.clear()  # the clear button does this
    assert editor.value() is None
    assert editor.input_error() is None


def test_choice_shows_translation_and_stores_english(qtbot: QtBot, services: Services) -> None:
    spec = FieldSpec("c", "C", Kind.CHOICE, choices=("Hot", "Cold"))
    editor = create_editor(services, spec)
    qtbot.addWidget(editor)
    assert isinstance(editor, ComboEditor)
    assert editor.combo.count() == 3  # the empty entry first: the field is optional
    assert editor.value() is None
    editor.combo.setCurrentIndex(2)
    assert editor.value() == "Cold"
    editor.set_value("Retired value")  # no longer a choice: kept, not lost
    assert editor.value() == "Retired value"


def test_required_choice_has_no_empty_entry(qtbot: QtBot, services: Services) -> None:
    spec = FieldSpec("c", "C", Kind.CURRENCY, required=True, choices=("USD", "VND"))
    editor = create_editor(services, spec)
    qtbot.addWidget(editor)
    assert isinstance(editor, ComboEditor)
    assert [editor.combo.itemText(i) for i in range(editor.combo.count())] == ["USD", "VND"]
    editor.set_value(None)  # a required field without a value shows blank, not a guess
    assert editor.value() is None
    editor.set_value("VND")
    assert editor.value() == "VND"


def test_user_combo_lists_users(qtbot: QtBot, services: Services) -> None:
    editor = create_editor(services, FieldSpec("owner_id", "Owner", Kind.USER, required=True))
    qtbot.addWidget(editor)
    assert isinstance(editor, ComboEditor)
    me = services.users.current()
    editor.set_value(me.id)
    assert editor.combo.currentText() == me.full_name
    assert editor.value() == me.id


def test_bool_and_multiline(qtbot: QtBot, services: Services) -> None:
    check = create_editor(services, FieldSpec("b", "B", Kind.BOOL))
    text = create_editor(services, FieldSpec("t", "T", Kind.MULTILINE))
    qtbot.addWidget(check)
    qtbot.addWidget(text)
    assert isinstance(check, CheckEditor)
    assert isinstance(text, TextEditor)
    check.set_value(True)
    assert check.value() is True
    text.set_value("one\ntwo")
    assert text.value() == "one\ntwo"
    assert text.text.tabChangesFocus()


# -- the reference field ---------------------------------------------------------------------------
@pytest.fixture
def organizations(services: Services) -> dict[str, int]:
    names = ("Công ty Đại Phát", "Đông Á Bank", "Acme")
    return {n: services.records.create("organizations", {"name": n}).id for n in names}


@pytest.mark.qt_log_ignore("This plugin does not support")  # popups under offscreen
def test_reference_lookup_while_typing(
    qtbot: QtBot, services: Services, organizations: dict[str, int]
) -> None:
    edit = ReferenceEdit(services, "organizations")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.line.setFocus()
    qtbot.keyClicks(edit.line, "dai")  # no accents typed: still found
    assert edit.timer.isActive()  # debounced: nothing asked yet
    qtbot.waitUntil(lambda: edit.model.rowCount() == 1)
    number = services.records.get("organizations", organizations["Công ty Đại Phát"]).number
    assert edit.model.item(0).text() == f"Công ty Đại Phát — {number}"
    assert edit.value() is None
    assert edit.input_error() == "Choose a record from the list."
    popup = edit.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    with qtbot.waitSignal(edit.changed):
        popup.setCurrentIndex(edit.completer.completionModel().index(0, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.value() == organizations["Công ty Đại Phát"]
    assert edit.line.text() == "Công ty Đại Phát"
    assert edit.input_error() is None
    assert edit.open_button.isEnabled()
    with qtbot.waitSignal(edit.open_requested) as opened:
        qtbot.mouseClick(edit.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["organizations", organizations["Công ty Đại Phát"]]


@pytest.mark.qt_log_ignore("This plugin does not support")  # popups under offscreen
def test_reference_completion_tells_same_named_contacts_apart(
    qtbot: QtBot, services: Services
) -> None:
    org = services.records.create("organizations", {"name": "Công ty Hoa Sen"}).id
    ids = [
        services.records.create(
            "contacts",
            {"first_name": "Thị Hương", "last_name": "Nguyễn", "organization_id": org,
             "email": email},
        ).id
        for email in ("huong.nt@hoasen.vn", "huong.nguyen@gmail.com")
    ]  # fmt: skip
    edit = ReferenceEdit(services, "contacts")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.line.setFocus()
    qtbot.keyClicks(edit.line, "huong nguyen")
    qtbot.waitUntil(lambda: edit.model.rowCount() == 2)
    texts = [edit.model.item(row).text() for row in range(2)]
    numbers = [services.records.get("contacts", i).number for i in reversed(ids)]
    assert texts == [
        f"Nguyễn Thị Hương — Công ty Hoa Sen · huong.nguyen@gmail.com · {numbers[0]}",
        f"Nguyễn Thị Hương — Công ty Hoa Sen · huong.nt@hoasen.vn · {numbers[1]}",
    ]
    popup = edit.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.width() >= popup.sizeHintForColumn(0)  # the details are not cut off
    edit.line.setText("thi huong nguyen")
    edit.resolve()  # the whole name names two people: neither is linked by a guess
    assert edit.value() is None
    with qtbot.waitSignal(edit.changed):
        popup.setCurrentIndex(edit.completer.completionModel().index(1, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.value() == ids[0]
    assert edit.line.text() == "Nguyễn Thị Hương"  # the field shows the name alone


def test_reference_exact_name_links_on_leaving(
    qtbot: QtBot, services: Services, organizations: dict[str, int]
) -> None:
    edit = ReferenceEdit(services, "organizations")
    qtbot.addWidget(edit)
    edit.line.setText("acme")
    edit.resolve()
    assert edit.value() == organizations["Acme"]
    assert edit.line.text() == "Acme"


def test_reference_shows_name_and_clears(
    qtbot: QtBot, services: Services, organizations: dict[str, int]
) -> None:
    edit = ReferenceEdit(services, "organizations")
    qtbot.addWidget(edit)
    edit.set_value(organizations["Đông Á Bank"])  # display name fetched by id
    assert edit.line.text() == "Đông Á Bank"
    assert edit.value() == organizations["Đông Á Bank"]
    edit.line.setFocus()
    edit.line.selectAll()
    with qtbot.waitSignal(edit.changed):
        qtbot.keyClick(edit.line, Qt.Key.Key_Delete)
    assert edit.value() is None
    assert edit.input_error() is None
    assert not edit.open_button.isEnabled()
