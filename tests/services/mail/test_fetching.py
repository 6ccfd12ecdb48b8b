"""Fetching mail from a real IMAP server (Dovecot on loopback): the first fetch, the next
ones incremental, a renumbered folder, a dropped connection, wrong passwords."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from crm_desktop.models import Database
from crm_desktop.models.mail import MailMessage
from crm_desktop.services.mail.fetching import MailFetcher
from crm_desktop.services.mail.imap import LoginRefused, MailUnavailable
from crm_desktop.services.mail.mailbox import Mailbox
from crm_desktop.services.mail.types import MailServer
from tests.services.mail.dovecot import PASSWORD, Dovecot
from tests.services.mail.messages import PDF, message


def _stored_uids(db: Database) -> list[int]:
    with db.read() as session:
        return sorted(session.scalars(select(MailMessage.uid)).all())


def test_first_fetch_reads_headers_texts_and_lists_attachments(
    db: Database, dovecot: Dovecot, mailbox: MailServer
) -> None:
    user = mailbox.user_name
    dovecot.append(user, "INBOX",
        message("Báo giá tháng 12", html="<p>Gửi anh <b>báo giá</b></p>",
                attachment=("báo giá.pdf", PDF)),
        message("Привет", sender="Иван <ivan@example.ru>", text="Цены выросли.\n",
                charset="koi8-r", when=dt.datetime(2026, 12, 1, 7, 30, tzinfo=dt.UTC)),
    )  # fmt: skip
    dovecot.append(user, "Sent", message("Re: Báo giá", sender="Sales <sales@example.org>",
                                         to="hoa@anhduong.vn"))  # fmt: skip
    outcomes = MailFetcher(db).fetch(mailbox, PASSWORD)
    assert [(o.folder, o.new_messages, o.problem) for o in outcomes] == [
        ("INBOX", 2, None),
        ("Sent", 1, None),
    ]
    box = Mailbox(db)
    folders = box.folders(mailbox.keyring_user)
    assert [(f.name, f.messages) for f in folders] == [("INBOX", 2), ("Sent", 1)]
    newest, oldest = box.messages(folders[0].id, 0, 10)
    sender = (newest.subject, newest.from_name, newest.from_address)
    assert sender == ("Привет", "Иван", "ivan@example.ru")
    assert newest.sent_at == dt.datetime(2026, 12, 1, 7, 30, tzinfo=dt.UTC)
    assert box.message(newest.id).body_text.strip() == "Цены выросли."
    detail = box.message(oldest.id)
    assert detail.summary.subject == "Báo giá tháng 12"
    assert detail.summary.to_text == "Sales <sales@example.org>"
    assert detail.body_text.replace("\r\n", "\n") == "Chào anh,\nGửi anh báo giá.\n"
    assert "<b>báo giá</b>" in detail.body_html
    [pdf] = detail.attachments
    assert (pdf.file_name, pdf.mime_type) == ("báo giá.pdf", "application/pdf")
    assert oldest.has_attachments and not newest.has_attachments


def test_later_fetches_read_only_new_messages(
    db: Database, dovecot: Dovecot, mailbox: MailServer
) -> None:
    user = mailbox.user_name
    dovecot.append(user, "INBOX", *(message(f"Mail {n}", number=n) for n in range(3)))
    fetcher = MailFetcher(db)
    assert fetcher.fetch(mailbox, PASSWORD, ["INBOX"])[0].new_messages == 3
    assert fetcher.fetch(mailbox, PASSWORD, ["INBOX"])[0].new_messages == 0
    dovecot.append(user, "INBOX", *(message(f"Mail {n}", number=n) for n in range(3, 5)))
    assert fetcher.fetch(mailbox, PASSWORD, ["INBOX"])[0].new_messages == 2
    assert _stored_uids(db) == [1, 2, 3, 4, 5]


def test_a_renumbered_folder_is_fetched_again(
    db: Database, dovecot: Dovecot, mailbox: MailServer
) -> None:
    user = mailbox.user_name
    with dovecot.client(user) as client:
        client.create("Projects")
    dovecot.append(user, "Projects", message("Old 1"), message("Old 2"))
    fetcher = MailFetcher(db)
    assert fetcher.fetch(mailbox, PASSWORD, ["Projects"])[0].new_messages == 2
    with dovecot.client(user) as client:  # a new folder of the same name: new UIDVALIDITY
        client.delete("Projects")
        client.create("Projects")
    dovecot.append(user, "Projects", message("New 1"))
    [outcome] = fetcher.fetch(mailbox, PASSWORD, ["Projects"])
    assert (outcome.new_messages, outcome.refetched) == (1, True)
    with db.read() as session:
        assert session.scalars(select(MailMessage.subject)).all() == ["New 1"]


def test_a_dropped_connection_keeps_what_was_stored_and_the_next_fetch_resumes(
    db: Database, dovecot: Dovecot, mailbox: MailServer
) -> None:
    user = mailbox.user_name
    dovecot.append(user, "INBOX", *(message(f"Mail {n}", number=n) for n in range(5)))
    fetcher = MailFetcher(db, batch=2)

    def cut(done: int, _total: int, _folder: str) -> None:
        if done == 2:
            assert dovecot.drop_connections() >= 1

    [inbox] = fetcher.fetch(mailbox, PASSWORD, ["INBOX", "Sent"], progress=cut)
    assert inbox.new_messages == 0 and inbox.problem is not None
    assert inbox.problem.startswith("The connection to “127.0.0.1” was cut")
    assert _stored_uids(db) == [1, 2]  # the first batch was written
    [again, sent] = fetcher.fetch(mailbox, PASSWORD, ["INBOX", "Sent"])
    assert (again.new_messages, sent.new_messages) == (3, 0)
    assert _stored_uids(db) == [1, 2, 3, 4, 5]


def test_a_cancel_stops_between_batches(
    db: Database, dovecot: Dovecot, mailbox: MailServer
) -> None:
    dovecot.append(mailbox.user_name, "INBOX", *(message(f"M {n}", number=n) for n in range(4)))
    seen: list[int] = []
    MailFetcher(db, batch=2).fetch(
        mailbox, PASSWORD, ["INBOX"], progress=lambda d, _t, _f: seen.append(d),
        cancelled=lambda: bool(seen),
    )  # fmt: skip
    assert _stored_uids(db) == [1, 2]
    assert MailFetcher(db).fetch(mailbox, PASSWORD, ["INBOX"])[0].new_messages == 2


def test_wrong_password_unknown_folder_and_no_server_are_one_sentence(
    db: Database, dovecot: Dovecot, mailbox: MailServer
) -> None:
    with pytest.raises(LoginRefused) as refused:
        MailFetcher(db).fetch(mailbox, "wrong")
    assert str(refused.value) == (
        f"The mail server “127.0.0.1” refused the user name “{mailbox.user_name}” or its password."
    )
    [missing] = MailFetcher(db).fetch(mailbox, PASSWORD, ["Archive"])
    assert missing.problem == "There is no folder “Archive”."
    closed = MailServer("127.0.0.1", 1, mailbox.security, mailbox.user_name)
    with pytest.raises(MailUnavailable, match="refused the connection on port 1"):
        MailFetcher(db).fetch(closed, PASSWORD)
    with db.read() as session:
        assert session.scalar(select(func.count(MailMessage.id))) == 0
