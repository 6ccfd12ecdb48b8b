"""Messages linked to the records whose addresses or domain they carry, shown in their
history; filed to any record; attachments read from the server when first opened."""

from __future__ import annotations

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.mail.fetching import MailFetcher
from crm_desktop.services.mail.mailbox import Mailbox
from crm_desktop.services.mail.messages import LinkedRecord
from crm_desktop.services.mail.types import MailServer
from tests.services.mail.dovecot import PASSWORD, Dovecot
from tests.services.mail.messages import PDF, message


def test_messages_are_linked_by_address_and_by_the_organization_s_domain(
    db: Database, services: Services, dovecot: Dovecot, mailbox: MailServer
) -> None:
    records = services.records
    anh_duong = records.create(
        "organizations", {"name": "Ánh Dương", "website": "https://www.anhduong.vn/lien-he"}
    )
    hoa = records.create("contacts", {"last_name": "Lê", "email": "Hoa@AnhDuong.vn",
                                      "organization_id": anh_duong.id})  # fmt: skip
    minh = records.create("contacts", {"last_name": "Minh", "secondary_email": "minh@mail.vn"})
    lead = records.create("leads", {"last_name": "Sigríður", "company": "Hekla",
                                    "email": "sigga@hekla.is"})  # fmt: skip
    records.create("contacts", {"last_name": "Gone", "email": "gone@example.org"})
    deleted = records.create("contacts", {"last_name": "Binned", "email": "ivan@example.ru"})
    records.delete("contacts", deleted.id, deleted.version)
    opportunity = records.create("opportunities", {"name": "Kho lạnh", "amount": "1200"})

    dovecot.append(mailbox.user_name, "INBOX",
        message("Báo giá", sender="Lê Thị Hoa <hoa@anhduong.vn>", cc="minh@mail.vn"),
        message("Kế toán", sender="ketoan@sales.anhduong.vn", number=1),
        message("Hello", sender="Sigga <SIGGA@hekla.is>", number=2),
        message("Spam", sender="Ivan <ivan@example.ru>", number=3),
    )  # fmt: skip
    MailFetcher(db).fetch(mailbox, PASSWORD, ["INBOX"])
    box = Mailbox(db)

    def subjects(record_type: str, record_id: int) -> list[str]:
        return sorted(m.subject for m in box.messages_of(record_type, record_id, 0, 50))

    assert subjects("contacts", hoa.id) == ["Báo giá"]
    assert subjects("contacts", minh.id) == ["Báo giá"]
    assert subjects("organizations", anh_duong.id) == ["Báo giá", "Kế toán"]
    assert subjects("leads", lead.id) == ["Hello"]
    assert subjects("contacts", deleted.id) == []
    assert box.count_of("organizations", anh_duong.id) == 2
    first = box.messages_of("contacts", hoa.id, 0, 1)[0]
    assert set(box.message(first.id).links) == {
        LinkedRecord("contacts", hoa.id, "address"),
        LinkedRecord("contacts", minh.id, "address"),
        LinkedRecord("organizations", anh_duong.id, "domain"),
    }

    box.file(first.id, "opportunities", opportunity.id)
    box.file(first.id, "opportunities", opportunity.id)  # twice is once
    assert subjects("opportunities", opportunity.id) == ["Báo giá"]
    assert LinkedRecord("opportunities", opportunity.id, "filed") in box.message(first.id).links


def test_an_attachment_is_read_from_the_server_when_first_opened_then_kept(
    db: Database, dovecot: Dovecot, mailbox: MailServer
) -> None:
    dovecot.append(mailbox.user_name, "INBOX",
                   message("Hợp đồng", attachment=("hợp đồng.pdf", PDF)))  # fmt: skip
    MailFetcher(db).fetch(mailbox, PASSWORD, ["INBOX"])
    box = Mailbox(db)
    inbox = box.folders(mailbox.keyring_user)[0]
    [summary] = box.messages(inbox.id, 0, 5)
    [attachment] = box.message(summary.id).attachments
    assert attachment.file_name == "hợp đồng.pdf"
    assert box.attachment(attachment.id, mailbox, PASSWORD) == PDF
    # kept: no server needed any more (a wrong password is not even tried)
    assert box.attachment(attachment.id, mailbox, "wrong") == PDF
