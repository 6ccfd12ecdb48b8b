"""The generic record form on real services: round trips, validation, dirty guard, conflicts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.errors import NotFound
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.records.field_widgets import (
    CheckEditor,
    ComboEditor,
    DateEditor,
    FieldEditor,
    LineEditor,
    NumberEditor,
    ReadOnlyEditor,
    TextEditor,
)
from crm_desktop.views.records.record_form import RecordForm
from crm_desktop.views.records.reference_edit import ReferenceEdit
from crm_desktop.views.sales import convert_lead_dialog
from crm_desktop.views.sales.convert_lead_dialog import LeadConversionBar

pytestmark = pytest.mark.usefixtures("english_locale")

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


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def make_form(qtbot: QtBot, services: Services) -> Any:
    def make(type_key: str) -> RecordForm:
        form = RecordForm(services, type_key)
        qtbot.addWidget(form)
        form.resize(700, 900)
        form.show()
        return form

    return make


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


# -- every field kind round-trips -----------------------------------------------------------------
def test_organization_round_trip(qtbot: QtBot, services: Services, make_form: Any) -> None:
    parent = services.records.create("organizations", {"name": "Tập đoàn Đại Phát"}).id
    form = make_form("organizations")
    e = form.editors
    type_into(qtbot, e["name"], "Công ty TNHH Đại Phát Hà Nội")
    choose(e["org_type"], "Customer")
    choose(e["industry"], "Food & Beverage")
    link(qtbot, e["parent_id"], "Tập đoàn Đại Phát")
    type_into(qtbot, e["tax_id"], "0101234567")
    type_into(qtbot, e["annual_revenue"], "1234.56")
    type_into(qtbot, e["employees"], "1,250")
    type_into(qtbot, e["phone"], "+84 24 3826 1234")
    type_into(qtbot, e["email"], "info@daiphat.vn")
    type_into(qtbot, e["website"], "https://daiphat.vn")
    assert isinstance(e["do_not_call"], CheckEditor)
    qtbot.keyClick(e["do_not_call"].check, Qt.Key.Key_Space)
    type_into(qtbot, e["billing_street"], "12 Phố Huế")
    type_into(qtbot, e["billing_city"], "Hà Nội")
    type_into(qtbot, e["latitude"], "21.0285")
    type_into(qtbot, e["description"], "Nhà phân phối\nmiền Bắc")
    assert form.is_dirty()

    with qtbot.waitSignal(form.saved) as saved:
        assert form.save()
    record_id = form.record_id()
    assert record_id is not None
    assert saved.args == ["organizations", record_id]
    assert not form.is_dirty()

    values = services.records.get("organizations", record_id).values
    assert values["name"] == "Công ty TNHH Đại Phát Hà Nội"
    assert values["org_type"] == "Customer"
    assert values["industry"] == "Food & Beverage"
    assert values["parent_id"] == parent
    assert values["annual_revenue"] == Decimal("1234.56")
    assert isinstance(values["annual_revenue"], Decimal)
    assert values["employees"] == 1250
    assert values["phone"] == "+84 24 3826 1234"
    assert values["email"] == "info@daiphat.vn"
    assert values["website"] == "https://daiphat.vn"
    assert values["do_not_call"] is True
    assert values["email_opt_out"] is False
    assert values["billing_city"] == "Hà Nội"
    assert values["description"] == "Nhà phân phối\nmiền Bắc"
    assert values["owner_id"] == services.users.current().id

    again = make_form("organizations")
    again.load(record_id)
    assert again.editors["annual_revenue"].value() == Decimal("1234.56")
    assert isinstance(again.editors["annual_revenue"], NumberEditor)
    assert again.editors["annual_revenue"].line.text() == "1,234.56"
    assert again.editors["latitude"].value() == Decimal("21.0285")
    assert again.editors["parent_id"].value() == parent
    assert isinstance(again.editors["parent_id"], ReferenceEdit)
    assert again.editors["parent_id"].line.text() == "Tập đoàn Đại Phát"
    assert again.editors["org_type"].value() == "Customer"
    assert again.editors["description"].value() == "Nhà phân phối\nmiền Bắc"
    assert again.title.text() == "Công ty TNHH Đại Phát Hà Nội"
    assert values["number"] in again.subtitle.text()
    assert not again.is_dirty()


def test_contact_round_trip_with_date_and_reference(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    org = services.records.create("organizations", {"name": "Đông Á Bank"}).id
    form = make_form("contacts")
    e = form.editors
    choose(e["salutation"], "Mr.")
    type_into(qtbot, e["first_name"], "Nguyễn Văn")
    type_into(qtbot, e["last_name"], "Đức")
    link(qtbot, e["organization_id"], "dong a bank")
    type_into(qtbot, e["birthday"], "3/14/1990")
    type_into(qtbot, e["mobile_phone"], "0912 345 678")
    choose(e["lead_source"], "Trade Show")
    assert form.title.text() == "Nguyễn Văn Đức"  # the header follows the name as typed
    assert form.save()

    record = services.records.get("contacts", form.record_id() or 0)
    assert record.values["birthday"] == dt.date(1990, 3, 14)
    assert record.values["organization_id"] == org
    assert record.values["salutation"] == "Mr."
    assert record.values["lead_source"] == "Trade Show"
    again = make_form("contacts")
    again.load(record.id)
    assert again.editors["birthday"].value() == dt.date(1990, 3, 14)
    assert isinstance(again.editors["birthday"], DateEditor)
    assert again.editors["birthday"].line.text() == "3/14/1990"
    assert "Modified" in again.subtitle.text()


def test_opportunity_round_trip(qtbot: QtBot, services: Services, make_form: Any) -> None:
    form = make_form("opportunities")
    e = form.editors
    type_into(qtbot, e["name"], "Phần mềm kế toán 2025")
    type_into(qtbot, e["amount"], "1234.56")
    choose(e["currency"], "EUR")
    type_into(qtbot, e["expected_close_date"], "2025-12-31")
    choose(e["sales_stage"], "Negotiation/Review")
    type_into(qtbot, e["probability"], "35")  # the user overrides the stage's 80
    assert form.save()
    values = services.records.get("opportunities", form.record_id() or 0).values
    assert values["amount"] == Decimal("1234.56")
    assert values["currency"] == "EUR"
    assert values["expected_close_date"] == dt.date(2025, 12, 31)
    assert values["sales_stage"] == "Negotiation/Review"
    assert values["probability"] == 35
    assert values["weighted_amount"] == Decimal("432.10")


# -- validation -----------------------------------------------------------------------------------
def test_required_field_shows_message_and_does_not_save(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    form = make_form("contacts")
    form.show()
    qtbot.waitExposed(form)
    type_into(qtbot, form.editors["first_name"], "Thị Mai")
    type_into(qtbot, form.editors["email"], "mai@example.vn")
    with qtbot.assertNotEmitted(form.saved):
        assert not form.save()
    message = form.error_labels["last_name"]
    assert message.isVisible()
    assert message.text() == "This field is required."
    assert form.focusWidget() is form.editors["last_name"].focusProxy()
    assert services.lists.count(ListQuery("contacts")) == 0
    assert form.editors["first_name"].value() == "Thị Mai"  # nothing typed is lost
    assert form.editors["email"].value() == "mai@example.vn"
    type_text(qtbot, form.editors["last_name"].focusProxy(), "Trần")
    assert not message.isVisible()  # editing the field clears its message
    assert form.save()
    assert services.lists.count(ListQuery("contacts")) == 1


def test_tab_order_follows_the_layout(qtbot: QtBot, make_form: Any) -> None:
    form = make_form("contacts")
    qtbot.waitExposed(form)
    form.activateWindow()
    order = ["first_name", "last_name", "title", "department", "organization_id"]
    form.editors[order[0]].setFocus()
    for name in order[:-1]:
        assert form.focusWidget() is form.editors[name].focusProxy(), name
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert isinstance(form.editors["organization_id"], ReferenceEdit)
    assert form.focusWidget() is form.editors["organization_id"].line


def test_invalid_email_shows_its_message(qtbot: QtBot, services: Services, make_form: Any) -> None:
    form = make_form("contacts")
    form.show()
    type_into(qtbot, form.editors["last_name"], "Lê")
    type_into(qtbot, form.editors["email"], "le at example")
    type_into(qtbot, form.editors["birthday"], "31/31/2020")
    assert not form.save()
    assert form.error_labels["email"].text() == "Not a valid email address."
    assert form.error_labels["birthday"].text() == "Not a valid date."
    assert not form.error_labels["last_name"].isVisible()
    assert form.editors["email"].value() == "le at example"
    assert form.editors["birthday"].value() == "31/31/2020"
    assert form.record_id() is None


def test_a_name_too_long_is_refused_at_the_field(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    """A pasted name longer than its column is not cut silently: the form says so under
    the field, keeps the text, and saves nothing until it is shortened."""
    form = make_form("contacts")
    form.show()
    long_name = "Nguyễn " * 20  # 140 characters; a last name holds 120
    form.editors["last_name"].line.setText(long_name)  # what a paste does
    type_into(qtbot, form.editors["email"], "x" * 250 + "@hoasen.vn")
    with qtbot.assertNotEmitted(form.saved):
        assert not form.save()
    assert form.error_labels["last_name"].text() == (
        "Too long: at most 120 characters (this is 139)."
    )
    assert form.error_labels["email"].text() == "Too long: at most 254 characters (this is 260)."
    assert form.editors["last_name"].value() == long_name.strip()
    assert services.lists.count(ListQuery("contacts")) == 0
    type_into(qtbot, form.editors["last_name"], "Nguyễn")
    type_into(qtbot, form.editors["email"], "huong@hoasen.vn")
    assert form.save()


def test_unresolved_reference_is_an_error(qtbot: QtBot, make_form: Any) -> None:
    form = make_form("contacts")
    form.show()
    type_into(qtbot, form.editors["last_name"], "Phạm")
    editor = form.editors["organization_id"]
    assert isinstance(editor, ReferenceEdit)
    type_text(qtbot, editor.line, "No such company")
    assert not form.save()
    assert form.error_labels["organization_id"].text() == "Choose a record from the list."


def test_update_sends_only_changed_values(services: Services, make_form: Any, qtbot: QtBot) -> None:
    contact = services.records.create("contacts", {"last_name": "Võ", "title": "Giám đốc"})
    form = make_form("contacts")
    form.load(contact.id)
    sent: list[dict[str, Any]] = []
    update = services.records.update

    def spy(type_key: str, record_id: int, version: int, values: dict[str, Any]) -> Any:
        sent.append(values)
        return update(type_key, record_id, version, values)

    services.records.update = spy  # type: ignore[method-assign]
    type_into(qtbot, form.editors["department"], "Kinh doanh")
    assert form.save()
    assert sent == [{"department": "Kinh doanh"}]
    assert services.records.get("contacts", contact.id).version == contact.version + 1


# -- dirty tracking and the unsaved-changes guard -------------------------------------------------
def test_dirty_tracking(qtbot: QtBot, services: Services, make_form: Any) -> None:
    contact = services.records.create("contacts", {"last_name": "Hoàng"})
    form = make_form("contacts")
    form.load(contact.id)
    assert not form.is_dirty()
    with qtbot.waitSignal(form.dirty_changed) as became:
        type_into(qtbot, form.editors["title"], "Kế toán")
    assert became.args == [True]
    qtbot.keyClick(form.editors["title"].focusProxy(), Qt.Key.Key_Escape)  # nothing undone
    assert form.editors["title"].value() == "Kế toán"
    assert form.is_dirty()
    with qtbot.waitSignal(form.dirty_changed) as back:
        type_into(qtbot, form.editors["title"], "")  # typed back to what was loaded
    assert back.args == [False]


def test_maybe_discard(qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs) -> None:
    contact = services.records.create("contacts", {"last_name": "Bùi"})
    form = make_form("contacts")
    form.load(contact.id)
    assert form.maybe_discard()  # clean: no question
    assert dialogs.asked == []

    type_into(qtbot, form.editors["title"], "Trưởng phòng")
    dialogs.answer = B.Cancel
    assert not form.maybe_discard()
    assert form.is_dirty()
    assert form.editors["title"].value() == "Trưởng phòng"

    dialogs.answer = B.Discard
    assert form.maybe_discard()
    assert not form.is_dirty()
    assert form.editors["title"].value() is None

    type_into(qtbot, form.editors["title"], "Trưởng phòng")
    dialogs.answer = B.Save
    assert form.maybe_discard()
    assert services.records.get("contacts", contact.id).values["title"] == "Trưởng phòng"
    assert [kind for kind, _ in dialogs.asked] == ["question"] * 3


def test_maybe_discard_save_that_fails_stays(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    contact = services.records.create("contacts", {"last_name": "Bùi"})
    form = make_form("contacts")
    form.load(contact.id)
    type_into(qtbot, form.editors["email"], "broken")
    dialogs.answer = B.Save
    assert not form.maybe_discard()
    assert form.error_labels["email"].text() == "Not a valid email address."


# -- concurrent edits -----------------------------------------------------------------------------
def test_conflict_keeps_typed_text(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    contact = services.records.create("contacts", {"last_name": "Đặng"})
    mine, theirs = make_form("contacts"), make_form("contacts")
    mine.load(contact.id)
    theirs.load(contact.id)
    type_into(qtbot, theirs.editors["title"], "Their title")
    assert theirs.save()

    type_into(qtbot, mine.editors["title"], "My title")
    assert not mine.save()  # refused: the merge dialog asks about the title
    assert mine.conflict_dialog is not None and mine.conflict_dialog.isVisible()
    assert list(mine.conflict_dialog.plan.clashes) == ["title"]
    assert mine.editors["title"].value() == "My title"
    assert mine.is_dirty()
    assert services.records.get("contacts", contact.id).values["title"] == "Their title"

    mine.conflict_dialog.reject()  # Cancel: still nothing lost, nothing saved
    assert mine.editors["title"].value() == "My title"
    assert mine.is_dirty()
    assert services.records.get("contacts", contact.id).values["title"] == "Their title"


def test_saving_a_deleted_record_says_so(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    contact = services.records.create("contacts", {"last_name": "Ngô"})
    form = make_form("contacts")
    form.load(contact.id)
    services.records.delete("contacts", contact.id, contact.version)
    type_into(qtbot, form.editors["title"], "Still here")
    assert not form.save()
    assert dialogs.asked[-1][0] == "warning"
    assert form.editors["title"].value() == "Still here"


def test_delete_moves_to_recycle_bin(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    contact = services.records.create("contacts", {"last_name": "Lý"})
    form = make_form("contacts")
    form.load(contact.id)
    dialogs.answer = B.No
    assert not form.delete()
    services.records.get("contacts", contact.id)
    dialogs.answer = B.Yes
    with qtbot.waitSignal(form.deleted) as deleted:
        assert form.delete()
    assert deleted.args == ["contacts", contact.id]
    assert form.record_id() is None
    with pytest.raises(NotFound):
        services.records.get("contacts", contact.id)


# -- behaviour of particular record types ---------------------------------------------------------
def test_stage_prefills_probability_and_weighted_amount(qtbot: QtBot, make_form: Any) -> None:
    form = make_form("opportunities")
    e = form.editors
    assert e["sales_stage"].value() == "Prospecting"  # the default stage
    type_into(qtbot, e["amount"], "2000")
    choose(e["sales_stage"], "Proposal/Price Quote")
    assert e["probability"].value() == 65
    assert isinstance(e["weighted_amount"], ReadOnlyEditor)
    assert e["weighted_amount"].label.text() == "1,300.00 USD"
    type_into(qtbot, e["probability"], "50")
    assert e["weighted_amount"].label.text() == "1,000.00 USD"
    choose(e["currency"], "VND")
    assert e["weighted_amount"].label.text() == "1,000 VND"


def test_copy_billing_to_shipping(qtbot: QtBot, make_form: Any) -> None:
    form = make_form("organizations")
    e = form.editors
    for part, text in (("street", "1 Lê Lợi"), ("city", "Huế"), ("country", "Việt Nam")):
        type_into(qtbot, e[f"billing_{part}"], text)
    type_into(qtbot, e["shipping_postal_code"], "99999")
    button = next(b for b in form.findChildren(QPushButton) if "→ shipping" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert e["shipping_street"].value() == "1 Lê Lợi"
    assert e["shipping_city"].value() == "Huế"
    assert e["shipping_country"].value() == "Việt Nam"
    assert e["shipping_postal_code"].value() is None
    form.copy_address("shipping_", "billing_")
    assert e["billing_city"].value() == "Huế"


def test_related_tabs_of_an_organization(qtbot: QtBot, services: Services, make_form: Any) -> None:
    org = services.records.create("organizations", {"name": "Viettel"}).id
    other = services.records.create("organizations", {"name": "FPT"}).id
    for last in ("An", "Bình"):
        services.records.create("contacts", {"last_name": last, "organization_id": org})
    services.records.create("contacts", {"last_name": "Elsewhere", "organization_id": other})
    form = make_form("organizations")
    assert form.related is not None
    assert form.related.isHidden()  # a new record has nothing related yet
    form.load(org)
    assert not form.related.isHidden()
    page = form.related.pages[0]
    assert form.related.tabText(0) == "Contacts (2)"
    assert page.model is not None
    names = {page.model.index(r, page.model.column_of("last_name") or 0).data() for r in range(2)}
    assert names == {"An", "Bình"}

    with qtbot.waitSignal(form.open_record) as opened:
        page.table.doubleClicked.emit(page.model.index(0, 0))
    assert opened.args[0] == "contacts"
    assert opened.args[1] in {page.model.record_id(0), page.model.record_id(1)}

    with qtbot.waitSignal(form.new_related) as new:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert new.args == ["contacts", {"organization_id": org}]

    # A contact saved anywhere else shows up in the tab.
    services.records.create("contacts", {"last_name": "Cường", "organization_id": org})
    qtbot.waitUntil(lambda: form.related is not None and form.related.tabText(0) == "Contacts (3)")


def test_new_related_record_is_prefilled(qtbot: QtBot, services: Services, make_form: Any) -> None:
    org = services.records.create("organizations", {"name": "Vinamilk"}).id
    form = make_form("contacts")
    form.new_record({"organization_id": org})
    assert isinstance(form.editors["organization_id"], ReferenceEdit)
    assert form.editors["organization_id"].line.text() == "Vinamilk"
    assert form.is_dirty()  # the link is unsaved work already
    type_into(qtbot, form.editors["last_name"], "Tô")
    assert form.save()
    assert services.records.get("contacts", form.record_id() or 0).values["organization_id"] == org


def test_reference_open_button_opens_the_record(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    org = services.records.create("organizations", {"name": "Masan"}).id
    contact = services.records.create("contacts", {"last_name": "Hà", "organization_id": org})
    form = make_form("contacts")
    form.load(contact.id)
    editor = form.editors["organization_id"]
    assert isinstance(editor, ReferenceEdit)
    with qtbot.waitSignal(form.open_record) as opened:
        qtbot.mouseClick(editor.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["organizations", org]


def test_converted_lead_is_read_only(qtbot: QtBot, services: Services, make_form: Any) -> None:
    lead = services.records.create("leads", {"last_name": "Mai", "company": "Hoa Sen"})
    form = make_form("leads")
    form.load(lead.id)
    lead_bar = form.findChild(LeadConversionBar)
    assert lead_bar is not None
    assert not lead_bar.button.isHidden()
    assert lead_bar.badge.isHidden()
    services.conversion.convert(lead.id, lead.version)
    form.load(lead.id)
    assert lead_bar.button.isHidden()
    assert not lead_bar.badge.isHidden()
    assert "Converted" in lead_bar.badge.text()
    assert isinstance(form.editors["last_name"], LineEditor)
    assert form.editors["last_name"].line.isReadOnly()
    assert form.save()  # nothing to save, nothing raised


def test_a_converted_lead_links_to_what_it_became(
    qtbot: QtBot, services: Services, make_form: Any
) -> None:
    lead = services.records.create(
        "leads", {"first_name": "Thu", "last_name": "Trang", "company": "Sao Mai"}
    )
    result = services.conversion.convert(lead.id, lead.version, opportunity={})
    form = make_form("leads")
    form.load(lead.id)
    lead_bar = form.findChild(LeadConversionBar)
    assert lead_bar is not None
    links = lead_bar.links
    assert links.isVisible()
    assert links.text() == (
        f'Became: Organization: <a href="organizations:{result.organization_id}">Sao Mai</a>'
        f' · Contact: <a href="contacts:{result.contact_id}">Thu Trang</a>'
        f' · Opportunity: <a href="opportunities:{result.opportunity_id}">Sao Mai</a>'
    )
    status = form.editors["lead_status"]
    assert isinstance(status, ComboEditor) and status.combo.currentText() == "Converted"
    for type_key, record_id in [
        ("organizations", result.organization_id),
        ("contacts", result.contact_id),
        ("opportunities", result.opportunity_id),
    ]:
        with qtbot.waitSignal(form.open_record) as opened:
            links.linkActivated.emit(f"{type_key}:{record_id}")  # what a click on it does
        assert opened.args == [type_key, record_id]
    form.load(services.records.create("leads", {"last_name": "Mai"}).id)
    assert not lead_bar.links.isVisible()


def test_convert_button_converts_and_opens_the_contact(
    qtbot: QtBot, services: Services, make_form: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead = services.records.create(
        "leads", {"first_name": "Thu", "last_name": "Trang", "company": "Sao Mai"}
    )
    form = make_form("leads")
    form.load(lead.id)

    def run(dialog: convert_lead_dialog.ConvertLeadDialog) -> int:
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(convert_lead_dialog.ConvertLeadDialog, "exec", run)
    lead_bar = form.findChild(LeadConversionBar)
    assert lead_bar is not None
    with qtbot.waitSignal(form.open_record) as opened:
        qtbot.mouseClick(lead_bar.button, Qt.MouseButton.LeftButton)
    assert opened.args[0] == "contacts"
    contact = services.records.get("contacts", opened.args[1])
    assert contact.values["last_name"] == "Trang"
    assert services.records.get("leads", lead.id).values["converted"] is True
    assert not lead_bar.badge.isHidden()  # the form reloaded the converted lead


@pytest.mark.parametrize(
    "type_key", ["leads", "organizations", "contacts", "opportunities", "products"]
)
def test_every_type_builds_and_saves_new(
    qtbot: QtBot, services: Services, make_form: Any, type_key: str
) -> None:
    form = make_form(type_key)
    record_type = services.registry.get(type_key)
    for name in record_type.title_fields:
        if record_type.field(name).required:
            type_into(qtbot, form.editors[name], "Tên")
    assert form.save(), [label.text() for label in form.error_labels.values() if label.text()]
    assert form.record_id() is not None
    number = services.records.get(type_key, form.record_id() or 0).number
    assert number
    assert number in form.subtitle.text()


def test_a_record_started_with_values_can_be_saved_as_it_is(
    qtbot: QtBot, services: Services, make_form: Any, dialogs: Dialogs
) -> None:
    """ "Plan a visit" fills in a new visit: saving it unchanged must be possible, and
    leaving it asks (it is unsaved work), as with anything typed."""
    org = services.records.create("organizations", {"name": "Lundi hf."})
    form = make_form("contacts")
    form.new_record({"last_name": "Jónsdóttir", "organization_id": org.id})
    assert form.is_dirty()
    dialogs.answer = B.Cancel
    assert not form.maybe_discard()
    assert form.save()
    assert not form.is_dirty()
    saved = services.records.get("contacts", form.record_id())
    assert saved.values["last_name"] == "Jónsdóttir"
    form.new_record()  # without values: nothing to save yet
    assert not form.is_dirty()
