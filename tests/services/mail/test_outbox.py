"""Sending a message the user wrote through a real SMTP server (aiosmtpd on loopback),
kept in the Sent folder of a real IMAP server (Dovecot) and in the database, linked to
the customers' records at once and not stored again when the Sent folder is fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.services import Services
from crm_desktop.services.mail.fetching import MailFetcher
from crm_desktop.services.mail.messages import Draft, DraftAttachment
from crm_desktop.services.mail.outbox import SENT_FOLDER
from crm_desktop.services.mail.types import MailAccount, MailServer
from tests.services.mail.dovecot import PASSWORD, Dovecot
from tests.services.mail.messages import PDF, message
from tests.smtp_server import Mailbox as Received


def _account(smtp: tuple[Received, MailServer], incoming: MailServer | None) -> MailAccount:
    return MailAccount("ban-hang@congty.vn", "Công ty Ánh Dương", incoming, smtp[1])


def _sent_on_server(dovecot: Dovecot, user: str) -> list[bytes]:
    with dovecot.client(user) as connection:
        connection.select(f'"{SENT_FOLDER}"', readonly=True)
        _status, data = connection.uid("SEARCH", "ALL")
        found = []
        for uid in (data[0] or b"").split():
            _status, answer = connection.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
            found.append(next(p[1] for p in answer if isinstance(p, tuple)))
        return found


def test_a_reply_goes_out_is_kept_in_sent_and_in_the_customers_history_once(
    services: Services,
    dovecot: Dovecot,
    mailbox: MailServer,
    smtp: tuple[Received, MailServer],
    tmp_path: Path,
) -> None:
    hoa = services.records.create("contacts", {"last_name": "Lê", "email": "hoa@anhduong.vn"})
    deal = services.records.create("opportunities", {"name": "Kho lạnh", "amount": "9"})
    offer = tmp_path / "báo giá.pdf"
    offer.write_bytes(PDF)
    draft = Draft(
        to="Lê Thị Hoa <hoa@anhduong.vn>",
        cc="ke-toan@anhduong.vn",
        subject="Re: Báo giá",
        body="Chào chị Hoa,\nGửi chị báo giá mới.\n\n> Gửi anh báo giá.\n",
        attachments=(DraftAttachment(offer.name, path=offer),),
        in_reply_to="<0.42@test.example>",
        records=(("opportunities", deal.id),),
    )
    sent = services.outbox().send(draft, _account(smtp, mailbox), None, PASSWORD)

    assert sent.not_kept is None
    received = smtp[0].received
    assert sorted(to for _f, to, _m in received) == ["hoa@anhduong.vn", "ke-toan@anhduong.vn"]
    email = received[0][2]
    assert email["In-Reply-To"] == "<0.42@test.example>"
    assert email["References"] == "<0.42@test.example>"
    assert email["Subject"] == "Re: Báo giá"
    assert "Gửi chị báo giá mới." in email.get_body(("plain",)).get_content()
    assert [a.get_filename() for a in email.iter_attachments()] == ["báo giá.pdf"]
    on_server = _sent_on_server(dovecot, mailbox.user_name)
    assert len(on_server) == 1 and email["Message-ID"].encode() in on_server[0]

    box = services.mailbox()
    assert box.count_of("contacts", hoa.id) == 1  # by its address, at once
    assert box.count_of("opportunities", deal.id) == 1  # written on its form
    detail = box.message(sent.id)
    assert detail.summary.folder == SENT_FOLDER and detail.summary.is_read
    assert detail.attachments[0].kept and detail.attachments[0].file_name == "báo giá.pdf"
    assert box.attachment(detail.attachments[0].id, None, None) == PDF

    outcomes = MailFetcher(services.db).fetch(mailbox, PASSWORD)
    assert [(o.folder, o.new_messages) for o in outcomes] == [("INBOX", 0), (SENT_FOLDER, 0)]
    sent_folder = next(f for f in box.folders() if f.name == SENT_FOLDER)
    assert sent_folder.messages == 1
    assert box.count_of("contacts", hoa.id) == 1


def test_a_forward_takes_the_fetched_attachment_from_the_server(
    services: Services,
    dovecot: Dovecot,
    mailbox: MailServer,
    smtp: tuple[Received, MailServer],
) -> None:
    dovecot.append(mailbox.user_name, "INBOX", message("Báo giá", attachment=("q.pdf", PDF)))
    MailFetcher(services.db).fetch(mailbox, PASSWORD)
    box = services.mailbox()
    original = box.message(box.messages(box.folders()[0].id, 0, 1)[0].id)
    assert not original.attachments[0].kept
    draft = Draft(
        to="minh@mail.vn",
        cc="",
        subject="Fwd: Báo giá",
        body="Xem bên dưới.",
        attachments=(DraftAttachment("q.pdf", mail_attachment_id=original.attachments[0].id),),
    )
    services.outbox().send(draft, _account(smtp, mailbox), None, PASSWORD)
    email = smtp[0].received[0][2]
    (attachment,) = list(email.iter_attachments())
    assert (attachment.get_filename(), attachment.get_content()) == ("q.pdf", PDF)
    assert "In-Reply-To" not in email


def test_without_an_incoming_server_the_message_is_kept_in_the_database_only(
    services: Services, smtp: tuple[Received, MailServer]
) -> None:
    lead = services.records.create("leads", {"last_name": "Sigríður", "email": "sigga@hekla.is"})
    outbox = services.outbox()
    account = _account(smtp, None)
    first = outbox.send(Draft("sigga@hekla.is", "", "Hello", "Hæ"), account, None, None)
    second = outbox.send(Draft("sigga@hekla.is", "", "Again", "Hæ"), account, None, None)
    assert first.not_kept == "There is no incoming mail server to keep it in your Sent folder."
    assert len(smtp[0].received) == 2
    box = services.mailbox()
    assert box.count_of("leads", lead.id) == 2
    assert {m.subject for m in box.messages_of("leads", lead.id, 0, 10)} == {"Hello", "Again"}
    assert first.id != second.id


def test_a_refusal_or_a_wrong_address_sends_and_stores_nothing(
    services: Services, smtp: tuple[Received, MailServer]
) -> None:
    outbox = services.outbox()
    account = _account(smtp, None)
    with pytest.raises(ValidationError) as wrong:
        outbox.send(Draft("hoa@anhduong.vn; not an address", "", "Hi", "Hi"), account, None, None)
    assert wrong.value.errors == {"to": "“not an address” is not an e-mail address."}
    with pytest.raises(ValidationError) as nobody:
        outbox.send(Draft("", "", "Hi", "Hi"), account, None, None)
    assert nobody.value.errors == {"to": "Write whom the message goes to."}
    smtp[0].refuse.add("gone@anhduong.vn")
    with pytest.raises(DomainError, match=r"refused the message: gone@anhduong\.vn: 550"):
        outbox.send(Draft("hoa@anhduong.vn, gone@anhduong.vn", "", "Hi", "Hi"), account, None, None)
    assert smtp[0].received == []
    assert services.mailbox().folders() == []


def test_an_attachment_filed_to_a_record_becomes_a_document(
    services: Services, dovecot: Dovecot, mailbox: MailServer
) -> None:
    dovecot.append(mailbox.user_name, "INBOX", message("Hợp đồng", attachment=("hđ.pdf", PDF)))
    MailFetcher(services.db).fetch(mailbox, PASSWORD)
    organization = services.records.create("organizations", {"name": "Ánh Dương"})
    box = services.mailbox()
    detail = box.message(box.messages(box.folders()[0].id, 0, 1)[0].id)
    document = box.file_attachment(
        detail.attachments[0].id, services.documents, "organizations", organization.id,
        mailbox, PASSWORD,
    )  # fmt: skip
    assert document.values["related_type"] == "organizations"
    assert services.documents.content(document.id) == ("hđ.pdf", PDF)
    assert box.message(detail.summary.id).attachments[0].kept
