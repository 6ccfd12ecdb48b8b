"""Writing mail in the window: Reply, Reply all and Forward in the mail screen's reader,
New mail on a contact's form with a template and the contact's documents, filing an
attachment as a document, a lead made from an unknown sender; sent through a real SMTP
server (aiosmtpd), kept in the Sent folder of a real IMAP server (Dovecot)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from crm_desktop.services import Services
from crm_desktop.services.mail import passwords
from crm_desktop.services.mail.accounts import save_account
from crm_desktop.services.mail.fetching import MailFetcher
from crm_desktop.services.mail.types import MailAccount, MailServer, Security
from crm_desktop.services.messages.types import Audience, Channel, Template
from crm_desktop.services.records.types import ListQuery
from crm_desktop.views.mail.compose import ComposeWindow
from crm_desktop.views.mail.form_action import new_mail
from crm_desktop.views.mail.reader_actions import name_values
from crm_desktop.views.mail.record_page import RecordMailPage
from crm_desktop.views.mail.screen import MailScreen
from crm_desktop.views.records.record_form import RecordForm
from crm_desktop.views.shell.main_window import MainWindow
from tests.services.mail.dovecot import PASSWORD, Dovecot
from tests.services.mail.messages import PDF, message
from tests.smtp_server import Mailbox as Received
from tests.smtp_server import free_port

pytestmark = pytest.mark.usefixtures("english_locale")
OWN = "ban-hang@congty.vn"


@pytest.fixture
def account(services: Services, mailbox: MailServer, smtp: tuple[Received, MailServer]) -> Services:
    """The user's account: the Dovecot mailbox, the loopback SMTP server; the IMAP
    password in the (test's own) keyring."""
    own = MailAccount(OWN, "Công ty Ánh Dương", incoming=mailbox, outgoing=smtp[1])
    save_account(services.db, services.access.user_id, own)
    assert passwords.remember_password(mailbox, PASSWORD)
    return services


@pytest.fixture
def screen(qtbot: QtBot, account: Services, dovecot: Dovecot, mailbox: MailServer) -> MailScreen:
    """The mail screen on two fetched messages: Hoa's (a contact) with a PDF, and one
    from someone no record has."""
    account.records.create("contacts", {"first_name": "Hoa", "last_name": "Lê",
                                        "email": "hoa@anhduong.vn"})  # fmt: skip
    dovecot.append(mailbox.user_name, "INBOX",
        message("Báo giá", to=f"Sales <{OWN}>, minh@anhduong.vn", cc="ke-toan@anhduong.vn",
                attachment=("báo giá.pdf", PDF)),
        message("Hỏi giá", sender="Trần Văn Nam <nam@moi.vn>", number=2,
                when=dt.datetime(2026, 11, 29, 8, 0, tzinfo=dt.UTC)),
    )  # fmt: skip
    MailFetcher(account.db).fetch(mailbox, PASSWORD)
    shown = MailScreen(account)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _choose(screen: MailScreen, subject: str) -> None:
    row = next(
        r for r in range(screen.model.rowCount()) if screen.model.index(r, 2).data() == subject
    )
    screen.table.selectRow(row)


def _send(qtbot: QtBot, compose: ComposeWindow, received: Received, count: int) -> None:
    """Send, and wait for the window to close (it is deleted then: nothing to keep)."""
    compose.send_button.click()
    qtbot.waitUntil(lambda: len(received.received) >= count and not isValid(compose),
                    timeout=20_000)  # fmt: skip


def test_reply_quotes_threads_sends_and_keeps_the_message_in_sent_and_history(
    qtbot: QtBot, screen: MailScreen, smtp: tuple[Received, MailServer], dovecot: Dovecot,
    mailbox: MailServer,
) -> None:  # fmt: skip
    _choose(screen, "Báo giá")
    original = screen.detail
    assert original is not None and screen.reader_actions.reply_action.isEnabled()
    assert not screen.reader_actions.create_action.isVisible()  # Hoa is a contact
    compose = screen.reader_actions.reply()
    assert compose is not None
    assert compose.to.text() == "Lê Thị Hoa <hoa@anhduong.vn>" and compose.cc.text() == ""
    assert compose.subject.text() == "Re: Báo giá"
    body = compose.body.toPlainText()
    assert "Lê Thị Hoa <hoa@anhduong.vn> wrote:\n> Chào anh,\n> Gửi anh báo giá." in body
    assert compose.record == ("contacts", 1)
    compose.body.setPlainText("Cảm ơn chị Hoa." + body)
    _send(qtbot, compose, smtp[0], 1)
    (_sender, to, email), = smtp[0].received  # fmt: skip
    assert to == "hoa@anhduong.vn" and email["In-Reply-To"] == original.message_id
    assert email.get_body(("plain",)).get_content().startswith("Cảm ơn chị Hoa.")
    assert screen.status.text() == "The message was sent."
    sent = next(screen.folders.topLevelItem(0).child(i) for i in range(2)
                if screen.folders.topLevelItem(0).child(i).text(0) == "Sent")  # fmt: skip
    assert sent.text(1) == "1"
    with dovecot.client(mailbox.user_name) as client:
        assert client.select('"Sent"', readonly=True)[1] == [b"1"]
    assert screen.services.mailbox().count_of("contacts", 1) == 2


def test_reply_all_leaves_the_user_out_and_forward_carries_the_attachment(
    qtbot: QtBot, screen: MailScreen, smtp: tuple[Received, MailServer]
) -> None:
    _choose(screen, "Báo giá")
    everyone = screen.reader_actions.reply(to_all=True)
    assert everyone is not None
    assert everyone.to.text() == "Lê Thị Hoa <hoa@anhduong.vn>, minh@anhduong.vn"
    assert everyone.cc.text() == "ke-toan@anhduong.vn"
    everyone.close()

    forward = screen.reader_actions.forward()
    assert forward is not None
    assert forward.subject.text() == "Fwd: Báo giá" and forward.to.text() == ""
    assert "---------- Forwarded message ----------\nFrom: Lê Thị Hoa" in forward.body.toPlainText()
    assert [forward.attachments.item(i).text() for i in range(forward.attachments.count())] == [
        "báo giá.pdf"
    ]
    forward.send_button.click()
    assert forward.problem.text() == "Write whom the message goes to."
    assert smtp[0].received == []
    forward.to.setText("Nam <nam@moi.vn>")
    _send(qtbot, forward, smtp[0], 1)
    (attachment,) = smtp[0].received[0][2].iter_attachments()
    assert (attachment.get_filename(), attachment.get_content()) == ("báo giá.pdf", PDF)


def test_a_server_that_is_away_is_told_in_one_sentence_and_the_draft_stays(
    qtbot: QtBot, screen: MailScreen, account: Services, mailbox: MailServer
) -> None:
    gone = MailServer("127.0.0.1", free_port(), Security.NONE, "")
    save_account(account.db, account.access.user_id,
                 MailAccount(OWN, "", incoming=mailbox, outgoing=gone))  # fmt: skip
    _choose(screen, "Hỏi giá")
    compose = screen.reader_actions.reply()
    assert compose is not None
    compose.body.setPlainText("Chào anh Nam")
    compose.send_button.click()
    assert compose.send_button.text() == "Sending…" and compose.body.isReadOnly()
    qtbot.waitUntil(lambda: compose.problem.isVisible(), timeout=20_000)
    assert compose.problem.text() == (
        f"The mail server 127.0.0.1:{gone.port} refused the connection: "
        "check the port and security."
    )
    assert compose.isVisible() and compose.send_button.isEnabled()
    assert compose.body.toPlainText() == "Chào anh Nam" and not compose.body.isReadOnly()
    assert compose.to.text() == "Trần Văn Nam <nam@moi.vn>"


def test_new_mail_from_a_contact_s_form_with_a_template_and_its_documents(
    qtbot: QtBot, account: Services, smtp: tuple[Received, MailServer]
) -> None:
    hoa = account.records.create("contacts", {"first_name": "Hoa", "last_name": "Lê",
                                              "email": "hoa@anhduong.vn"})  # fmt: skip
    account.documents.attach_bytes(PDF, "hợp đồng.pdf", "contacts", hoa.id)
    template = Template("Ưu đãi cho {first_name}", "Kính gửi {name},\nƯu đãi.")
    account.messages().log.run_for(Audience(name="Hot"), Channel.EMAIL, template)
    form = RecordForm(account, "contacts")
    qtbot.addWidget(form)
    form.load(hoa.id)
    compose = new_mail(form)
    assert compose is not None
    assert compose.to.text() == "Lê Hoa <hoa@anhduong.vn>"
    assert compose.template.count() == 2
    compose.template.setCurrentIndex(1)
    assert compose.subject.text() == "Ưu đãi cho Hoa"
    assert compose.body.toPlainText().startswith("Kính gửi Lê Hoa,\nƯu đãi.")
    picker = compose.attach_documents()
    assert picker.list.count() == 1 and picker.only_related.isChecked()
    picker.list.selectAll()
    picker.accept()
    assert compose.attachments.item(0).text() == "hợp đồng.pdf"
    page = next(p for p in form.related.pages if isinstance(p, RecordMailPage))
    assert page.count() == 0
    _send(qtbot, compose, smtp[0], 1)
    email = smtp[0].received[0][2]
    assert email["Subject"] == "Ưu đãi cho Hoa"
    assert [a.get_content() for a in email.iter_attachments()] == [PDF]
    assert page.count() == 1  # in the contact's history at once
    page.table.selectRow(0)
    again = page.reader_actions.reply()  # one's own message: to whom it went
    assert again is not None and again.to.text() == "Lê Hoa <hoa@anhduong.vn>"
    assert again.subject.text() == "Re: Ưu đãi cho Hoa" and again.record == ("contacts", hoa.id)
    assert not page.reader_actions.create_action.isVisible()
    _send(qtbot, again, smtp[0], 2)
    assert page.count() == 2


def test_filing_an_attachment_makes_it_a_document_of_the_record(
    qtbot: QtBot, screen: MailScreen
) -> None:
    services = screen.services
    organization = services.records.create("organizations", {"name": "Ánh Dương"})
    _choose(screen, "Hỏi giá")
    assert not screen.reader_actions.file_attachment_action.isEnabled()
    _choose(screen, "Báo giá")
    dialog = screen.reader_actions.file_attachment()
    assert dialog is not None and dialog.attachment.currentText() == "báo giá.pdf"
    dialog.choose_type("organizations")
    dialog.record.set_value(organization.id, "Ánh Dương")
    dialog.accept()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=20_000)  # closed and deleted
    (document,) = services.lists.page(ListQuery("documents"), 0, 10)
    assert services.documents.content(document.id) == ("báo giá.pdf", PDF)
    assert screen.status.text().startswith("The attachment is kept as the document ")


def test_an_unknown_sender_becomes_a_lead_and_the_message_is_filed_to_it(
    qtbot: QtBot, screen: MailScreen
) -> None:
    services = screen.services
    forms: dict[str, RecordForm] = {}

    def form_of(type_key: str) -> RecordForm:
        if type_key not in forms:
            forms[type_key] = RecordForm(services, type_key)
            qtbot.addWidget(forms[type_key])
        return forms[type_key]

    screen.reader_actions.form_of = form_of
    screen.new_requested.connect(lambda type_key, values: form_of(type_key).new_record(values))
    _choose(screen, "Hỏi giá")
    assert screen.reader_actions.create_action.isVisible()
    screen.reader_actions.create("leads")
    form = forms["leads"]
    assert form.editors["email"].value() == "nam@moi.vn"
    assert form.editors["last_name"].value() == "Trần"
    assert form.editors["first_name"].value() == "Văn Nam"
    assert form.save()
    lead_id = form.record_id()
    assert lead_id is not None
    assert services.mailbox().count_of("leads", lead_id) == 1
    _choose(screen, "Báo giá")
    _choose(screen, "Hỏi giá")
    assert not screen.reader_actions.create_action.isVisible()  # known now


def test_names_of_a_from_header() -> None:
    assert name_values("Trần Văn Nam", "nam@moi.vn") == {
        "first_name": "Văn Nam", "last_name": "Trần", "email": "nam@moi.vn"}  # fmt: skip
    assert name_values("João da Silva", "j@x.br")["last_name"] == "da Silva"
    assert name_values("Jónsdóttir, Guðrún", "g@x.is")["first_name"] == "Guðrún"
    assert name_values("", "sigga@hekla.is")["last_name"] == "sigga"


def test_in_the_window_contact_forms_have_new_mail_and_a_lead_is_made_from_a_sender(
    qtbot: QtBot, window: MainWindow, account: Services, dovecot: Dovecot, mailbox: MailServer
) -> None:
    hoa = account.records.create("contacts", {"last_name": "Lê", "email": "hoa@anhduong.vn"})
    dovecot.append(mailbox.user_name, "INBOX", message("Hỏi giá", sender="Nam <nam@moi.vn>"))
    MailFetcher(account.db).fetch(mailbox, PASSWORD)
    window.open_record("contacts", hoa.id)
    form = window.current_form()
    assert form is not None
    (button,) = [b for b in form.findChildren(QToolButton) if b.text() == "New mail"]
    button.click()
    (compose,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ComposeWindow)]
    assert compose.to.text() == "Lê <hoa@anhduong.vn>" and compose.record == ("contacts", hoa.id)
    compose.close()

    window.show_screen("mail")
    screen = window.screen_widget("mail")
    assert isinstance(screen, MailScreen)
    screen.table.selectRow(0)
    screen.reader_actions.create("leads")
    lead_form = window.current_form()
    assert lead_form is not None and lead_form.record_type.key == "leads"
    assert lead_form.editors["email"].value() == "nam@moi.vn"
    assert lead_form.save()
    lead_id = lead_form.record_id()
    assert lead_id is not None and account.mailbox().count_of("leads", lead_id) == 1
