"""Marketing › Messages › New message, driven as a user would: e-mail to a saved filter
through a real SMTP server on loopback, the password asked for when no keyring keeps it,
and a Zalo walk that copies the text, opens the chat and records sent and skipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.mail.types import MailAccount, MailServer, Security
from crm_desktop.services.messages.types import Channel, State
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.views.bulk_messages.chat_walk import ChatWalk
from crm_desktop.views.bulk_messages.screen import MessagesScreen
from tests.smtp_server import Mailbox, loopback_smtp

pytestmark = pytest.mark.usefixtures("english_locale")

PEOPLE = (
    ("Đức", "duc@example.vn", "0912 345 678", {}),
    ("João", "joao@example.com.br", None, {}),
    ("Guðrún", "gudrun@example.is", "+354 555 1234", {"no_messages": True}),
)


@pytest.fixture
def customers(services: Services) -> None:
    for first, email, phone, flags in PEOPLE:
        services.records.create(
            "contacts",
            {"first_name": first, "last_name": "K", "email": email, "mobile_phone": phone,
             "department": "VIP", **flags},
        )  # fmt: skip
    services.filters.save("contacts", "Khách VIP", (Condition("department", "eq", "VIP"),))


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def screen(qtbot: QtBot, services: Services, customers: None) -> MessagesScreen:
    widget = MessagesScreen(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _boxes(qtbot: QtBot, parent: object) -> list[QMessageBox]:
    return [b for b in parent.findChildren(QMessageBox) if b.isVisible()]  # type: ignore[attr-defined]


def _write(screen: MessagesScreen, channel: Channel):  # type: ignore[no-untyped-def]
    dialog = screen.new_message()
    assert dialog.picker is not None
    dialog.picker.filter_combo.setCurrentIndex(dialog.picker.filter_combo.findText("Khách VIP"))
    dialog.channel.setCurrentIndex(dialog.channel.findData(channel))
    dialog.subject.setText("Chào {first_name}")
    dialog.body.setPlainText("Kính gửi {first_name},\nƯu đãi cho bạn.")
    dialog.refresh_preview()
    return dialog


def test_an_email_goes_to_the_saved_filter_with_the_password_asked_for(
    qtbot: QtBot,
    services: Services,
    screen: MessagesScreen,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        asked.append(label)
        return "đúng", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    with loopback_smtp(login=("shop", "đúng")) as (mailbox, port):
        server = MailServer("127.0.0.1", port, Security.NONE, "shop")
        services.save_mail_account(MailAccount("shop@example.vn", "Cửa hàng", None, server))
        dialog = _write(screen, Channel.EMAIL)
        assert dialog.count_label.text() == "3 recipients"
        assert dialog.preview_combo.itemText(2) == "Guðrún K — left out"
        monkeypatch.setattr("crm_desktop.views.bulk_messages.email_job.PACE_SECONDS", 0.0)
        dialog.send_button.click()
        qtbot.waitUntil(lambda: bool(_boxes(qtbot, dialog)), timeout=15_000)
        assert sorted(_recipients(mailbox)) == ["duc@example.vn", "joao@example.com.br"]
    assert "this computer has no keyring" in asked[0]
    [box] = _boxes(qtbot, dialog)
    assert "Sent: 2. Left out: 1. Failed: 0." in box.text()
    dialog.reject()
    qtbot.waitUntil(lambda: screen.runs.rowCount() == 1)
    assert screen.deliveries.rowCount() == 3
    assert services.lists.count(ListQuery("activities")) == 2


def _recipients(mailbox: Mailbox) -> list[str]:
    return mailbox.recipients()


def test_a_zalo_walk_copies_the_text_opens_the_chat_and_records_each_answer(
    qtbot: QtBot, services: Services, screen: MessagesScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(QUrl(url).toString()))
    )
    dialog = _write(screen, Channel.ZALO)
    dialog.send_button.click()
    walk = dialog.findChild(ChatWalk)
    assert walk is not None and walk.isVisible()
    assert walk.where.text() == "1 of 1: K Đức"  # João has no phone, Guðrún no messages
    walk.open_button.click()
    assert opened == ["https://zalo.me/0912345678"]
    assert QGuiApplication.clipboard().text() == "Kính gửi Đức,\nƯu đãi cho bạn.\n\n--\n" + (
        dialog.unsubscribe.text() + "\n"
    )
    walk.sent_button.click()
    assert not walk.isVisible()
    run_id = walk.run_id
    states = {d.name: (d.state, d.reason) for d in services.messages().log.deliveries(run_id)}
    assert states == {
        "K Đức": (State.SENT, None),
        "João K": (State.SKIPPED, "no phone number"),
        "Guðrún K": (State.SKIPPED, "no messages"),
    }
    [activity] = services.activity_history.page("contacts", 1, 0, 5)
    assert activity.subject.startswith("Zalo: ")

    dialog.send_button.click()  # the same message again: nobody is left
    assert not any(w.isVisible() for w in dialog.findChildren(ChatWalk))
    assert any("Everyone has been done" in b.text() for b in _boxes(qtbot, dialog))


def test_attachments_come_from_the_documents_kept_in_the_database_too(
    qtbot: QtBot, services: Services, screen: MessagesScreen
) -> None:
    company = services.records.create("organizations", {"name": "Công ty Ánh Dương"})
    price_list = b"%PDF-1.4 bang gia thang 12"
    services.documents.attach_bytes(price_list, "bảng giá.pdf", "organizations", company.id)
    services.documents.attach_bytes(b"other", "hợp đồng.pdf", "organizations", company.id)
    dialog = _write(screen, Channel.EMAIL)
    picker = dialog._attach_documents()
    assert picker.list.count() == 2
    picker.find.setText("bang gia")  # any word, accents ignored
    assert picker.list.count() == 1 and "bảng giá.pdf" in picker.list.item(0).text()
    picker.list.item(0).setSelected(True)
    picker.accept()
    assert dialog.attachments.count() == 1
    attached = Path(dialog.attachments.item(0).text())
    assert attached.name == "bảng giá.pdf" and attached.read_bytes() == price_list
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.ZALO))
    assert not dialog.documents_button.isEnabled()
