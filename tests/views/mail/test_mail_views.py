"""The mail screen, "File to record…" and a record's Mail tab, on mail fetched from a real
IMAP server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.mail import passwords
from crm_desktop.services.mail.accounts import save_account
from crm_desktop.services.mail.fetching import MailFetcher
from crm_desktop.services.mail.messages import FolderOutcome
from crm_desktop.services.mail.types import MailAccount, MailServer
from crm_desktop.views.mail.record_page import RecordMailPage
from crm_desktop.views.mail.refresher import MailRefresher
from crm_desktop.views.mail.screen import MailScreen
from tests.services.mail.dovecot import PASSWORD, Dovecot
from tests.services.mail.messages import PDF, message

pytestmark = pytest.mark.usefixtures("english_locale")

HTML = (
    '<p onclick="steal()">Gửi anh <b>báo giá</b></p><script>alert(1)</script>'
    '<img src="https://tracker.example/open.gif">'
)


@pytest.fixture
def fetched(services: Services, dovecot: Dovecot, mailbox: MailServer) -> Services:
    services.records.create("contacts", {"last_name": "Lê", "email": "hoa@anhduong.vn"})
    dovecot.append(mailbox.user_name, "INBOX",
        message("Báo giá", html=HTML, attachment=("báo giá.pdf", PDF)),
        message("Other", sender="someone@else.example", number=2),
    )  # fmt: skip
    MailFetcher(services.db).fetch(mailbox, PASSWORD)
    return services


def test_the_mail_screen_shows_folders_messages_and_a_clean_reader(
    qtbot: QtBot, fetched: Services
) -> None:
    screen = MailScreen(fetched)
    qtbot.addWidget(screen)
    screen.show()
    inbox = screen.folders.currentItem()
    assert (inbox.text(0), inbox.text(1)) == ("INBOX", "2")
    assert screen.model.rowCount() == 2
    subjects = {screen.model.index(r, 2).data() for r in range(2)}
    assert subjects == {"Báo giá", "Other"}
    row = next(r for r in range(2) if screen.model.index(r, 2).data() == "Báo giá")
    assert screen.model.index(row, 2).data(Qt.ItemDataRole.DecorationRole) is not None  # 📎
    assert screen.model.index(1 - row, 2).data(Qt.ItemDataRole.DecorationRole) is None
    screen.table.selectRow(row)
    body = screen.reader.body.toHtml()
    assert "báo giá" in screen.reader.body.toPlainText()
    assert "alert" not in body and "tracker.example" not in body and "steal" not in body
    assert "Images are not shown." in screen.reader.note.text()
    assert "báo giá.pdf" in screen.reader.note.text()
    assert "From: Lê Thị Hoa" in screen.reader.heading.text()


def test_file_to_record_and_the_record_s_mail_tab(qtbot: QtBot, fetched: Services) -> None:
    opportunity = fetched.records.create("opportunities", {"name": "Kho lạnh", "amount": "9"})
    screen = MailScreen(fetched)
    qtbot.addWidget(screen)
    screen.show()
    screen.table.selectRow(0)
    chosen = screen.model.row_at(0)
    assert chosen is not None
    dialog = screen.file_to_record()
    assert dialog is not None
    dialog.accept()
    assert dialog.problem.text() == "Choose a record to file the message to."
    dialog.choose_type("opportunities")
    dialog.record.set_value(opportunity.id, "Kho lạnh")
    dialog.accept()
    assert not dialog.isVisible()

    tab = next(t for t in fetched.registry.get("opportunities").related if t.page == "mail")
    page = RecordMailPage(fetched, tab)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.count_changed):
        page.set_record(opportunity.id)
    assert page.count() == 1
    page.table.selectRow(0)
    assert chosen.subject in page.reader.heading.text()

    contact_tab = next(t for t in fetched.registry.get("contacts").related if t.page == "mail")
    contact_page = RecordMailPage(fetched, contact_tab)
    qtbot.addWidget(contact_page)
    contact_page.set_record(1)
    assert contact_page.count() == 1  # the mail from the contact's address


def test_fetch_mail_brings_the_users_mailbox_in_the_background(
    qtbot: QtBot, services: Services, dovecot: Dovecot, mailbox: MailServer
) -> None:
    screen = MailScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.empty.isVisible()
    save_account(
        services.db,
        services.access.user_id,
        MailAccount("ban-hang@anhduong.vn", "Ánh Dương", incoming=mailbox, outgoing=None),
    )
    assert passwords.remember_password(mailbox, PASSWORD)
    dovecot.append(mailbox.user_name, "INBOX", message("Báo giá"), message("Hẹn gặp", number=2))
    job = screen.fetch()
    assert job is not None and not screen.fetch_action.isEnabled()
    qtbot.waitUntil(lambda: screen.refresher.job is None, timeout=20_000)
    assert screen.status.text() == "2 new message(s)"
    assert screen.fetch_action.isEnabled() and not screen.empty.isVisible()
    inbox = screen.folders.currentItem()
    assert (inbox.text(0), inbox.text(1)) == ("INBOX", "2")
    dovecot.append(mailbox.user_name, "INBOX", message("Cảm ơn", number=3))
    screen.fetch()
    qtbot.waitUntil(lambda: screen.refresher.job is None, timeout=20_000)
    assert screen.status.text() == "1 new message(s)"
    assert screen.folders.currentItem().text(1) == "3"


def test_fetch_mail_without_an_incoming_server_says_where_to_set_one(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        "crm_desktop.views.mail.screen.QMessageBox.information",
        lambda _parent, _title, text: told.append(text),
    )
    screen = MailScreen(services)
    qtbot.addWidget(screen)
    assert screen.fetch() is None
    assert told == [
        "Set up your incoming mail server first: Settings › Mail (or Tools › Mail account)."
    ]
    assert screen.fetch_action.isEnabled()


def test_the_window_fetches_the_mailbox_on_its_timer_with_the_kept_password(
    qtbot: QtBot, services: Services, dovecot: Dovecot, mailbox: MailServer
) -> None:
    refresher = MailRefresher(services, None, interval_ms=60_000, first_ms=10)
    fetched: list[list[FolderOutcome]] = []
    refresher.ended.connect(fetched.append)
    qtbot.wait(200)
    assert fetched == [] and refresher.job is None  # no account: nothing to fetch
    save_account(
        services.db,
        services.access.user_id,
        MailAccount("ban-hang@anhduong.vn", "Ánh Dương", incoming=mailbox, outgoing=None),
    )
    refresher.timer.start(10)
    qtbot.wait(200)
    assert fetched == [] and refresher.job is None  # no kept password: never asked for
    assert passwords.remember_password(mailbox, PASSWORD)
    dovecot.append(mailbox.user_name, "INBOX", message("Báo giá"))
    with qtbot.waitSignal(refresher.ended, timeout=20_000):
        refresher.timer.start(10)
    assert [(o.folder, o.new_messages) for o in fetched[-1]] == [("INBOX", 1), ("Sent", 0)]
    assert refresher.timer.isActive() and refresher.timer.interval() == 60_000
    refresher.shutdown()
