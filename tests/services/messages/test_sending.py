"""Messages to a segment through a real SMTP server on loopback: merge fields in every
language, opt-outs left out, a recipient the server refuses, a connection that drops
half way and the resume that sends nobody the same message twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.services import Services
from crm_desktop.services.mail.smtp import MailServerError, SmtpConnection
from crm_desktop.services.mail.types import MailServer
from crm_desktop.services.messages.send_log import UNKNOWN_FATE
from crm_desktop.services.messages.types import Audience, Channel, State, Template
from crm_desktop.services.records.lists import ListQuery
from tests.services.messages.conftest import SENDER
from tests.smtp_server import Mailbox

TEMPLATE = Template(
    subject="{first_name}, ưu đãi tháng 12",
    body="Xin chào {first_name} {last_name} ({organization}),\n{owner} gửi lời chào.",
    unsubscribe="Không muốn nhận thư? Trả lời “hủy” — {email}",
)
GETTERS = ["duc@example.vn", "joao@example.com.br", "gudrun@example.is"]


def test_each_recipient_gets_their_own_message_and_the_opted_out_none(
    services: Services,
    hot: Audience,
    smtp: tuple[Mailbox, MailServer],
    connection: SmtpConnection,
    tmp_path: Path,
) -> None:
    mailbox = smtp[0]
    price_list = tmp_path / "bảng giá.pdf"
    price_list.write_bytes(b"%PDF-1.4 price list")
    template = Template(
        TEMPLATE.subject, TEMPLATE.body, (price_list,), unsubscribe=TEMPLATE.unsubscribe
    )
    summary = services.messages().send_email(hot, template, connection, SENDER)

    assert sorted(mailbox.recipients()) == sorted(GETTERS)
    assert (summary.sent, summary.skipped, summary.failed) == (3, 3, 0)
    by_address = {to: message for _sender, to, message in mailbox.received}
    gudrun = by_address["gudrun@example.is"]
    assert gudrun["Subject"] == "Guðrún, ưu đãi tháng 12"
    assert gudrun["From"].addresses[0].display_name == "Công ty Ánh Dương"
    body = gudrun.get_body().get_content()
    assert "Xin chào Guðrún Jónsdóttir (Cà phê Đà Lạt)," in body
    assert "gửi lời chào" in body and "— gudrun@example.is" in body
    assert (
        by_address["joao@example.com.br"]
        .get_body()
        .get_content()
        .startswith("Xin chào João Conceição")
    )
    attachment = next(gudrun.iter_attachments())
    assert attachment.get_filename() == "bảng giá.pdf"
    assert attachment.get_content() == b"%PDF-1.4 price list"

    log = services.messages().log.deliveries(summary.run_id)
    skipped = {d.name: d.reason for d in log if d.state is State.SKIPPED}
    assert skipped == {
        "Trần Thị Lan": "e-mail opt-out",
        "Ana Sousa": "no messages",
        "Þór Ólafsson": "no e-mail address",
    }
    # Each message sent is an activity in the contact's history.
    sent = [d for d in log if d.state is State.SENT]
    given_names = {"Nguyễn Văn Đức": "Đức", "João Conceição": "João", "Guðrún Jónsdóttir": "Guðrún"}
    for delivery in sent:
        history = services.activity_history.page("contacts", delivery.record_id, 0, 10)
        subject = f"{given_names[delivery.name]}, ưu đãi tháng 12"
        assert [a.subject for a in history][:1] == [subject]


def test_the_server_refusing_one_recipient_fails_only_that_one(
    services: Services, hot: Audience, smtp: tuple[Mailbox, MailServer], connection: SmtpConnection
) -> None:
    mailbox = smtp[0]
    mailbox.refuse.add("joao@example.com.br")
    summary = services.messages().send_email(hot, TEMPLATE, connection, SENDER)
    assert sorted(mailbox.recipients()) == ["duc@example.vn", "gudrun@example.is"]
    assert (summary.sent, summary.failed) == (2, 1)
    failed = [
        d for d in services.messages().log.deliveries(summary.run_id) if d.state is State.FAILED
    ]
    assert [(d.address, d.reason) for d in failed] == [
        ("joao@example.com.br", "550 5.1.1 No such user here")
    ]


def test_a_dropped_connection_then_a_resume_sends_nobody_twice(
    services: Services, hot: Audience, smtp: tuple[Mailbox, MailServer]
) -> None:
    mailbox, server = smtp
    mailbox.drop_after = 1
    with SmtpConnection(server, None, timeout=5) as first, pytest.raises(MailServerError) as stop:
        services.messages().send_email(hot, TEMPLATE, first, SENDER)
    assert "closed the connection" in str(stop.value)
    assert len(mailbox.received) == 1

    with SmtpConnection(server, None, timeout=5) as again:
        resumed = services.messages().send_email(hot, TEMPLATE, again, SENDER)
    assert sorted(mailbox.recipients()) == sorted(GETTERS)  # each once
    assert (resumed.sent, resumed.sent_now, resumed.skipped) == (3, 2, 3)

    with SmtpConnection(server, None, timeout=5) as third:
        third_run = services.messages().send_email(hot, TEMPLATE, third, SENDER)
    assert third_run.sent_now == 0
    assert len(mailbox.received) == 3


def test_a_message_whose_fate_is_unknown_is_not_sent_again(
    services: Services, hot: Audience, connection: SmtpConnection, smtp: tuple[Mailbox, MailServer]
) -> None:
    """The program stopped between the line "sending" and the answer (a crash)."""
    messages = services.messages()
    run_id = messages.log.run_for(hot, Channel.EMAIL, TEMPLATE)
    first = messages.recipients.first(hot, Channel.EMAIL, 1)[0]
    messages.log.begin(run_id, first)

    summary = services.messages().send_email(hot, TEMPLATE, connection, SENDER)
    assert first.address not in smtp[0].recipients()
    assert summary.failed == 1 and summary.sent == 2
    line = next(d for d in messages.log.deliveries(run_id) if d.record_id == first.record_id)
    assert (line.state, line.reason) == (State.FAILED, UNKNOWN_FATE)


def test_cancel_stops_between_messages_and_the_rest_goes_later(
    services: Services, hot: Audience, smtp: tuple[Mailbox, MailServer], connection: SmtpConnection
) -> None:
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(smtp[0].received) >= 1

    summary = services.messages().send_email(hot, TEMPLATE, connection, SENDER, cancelled=cancelled)
    assert summary.cancelled and summary.sent == 1
    rest = services.messages().send_email(hot, TEMPLATE, connection, SENDER)
    assert sorted(smtp[0].recipients()) == sorted(GETTERS)
    assert not rest.cancelled and rest.sent_now == 2


def test_unknown_merge_fields_and_empty_messages_are_refused_before_sending(
    services: Services, hot: Audience, connection: SmtpConnection, smtp: tuple[Mailbox, MailServer]
) -> None:
    with pytest.raises(ValidationError, match=r"\{chuc_vu\}"):
        services.messages().send_email(hot, Template("x", "Chào {chuc_vu}"), connection, SENDER)
    with pytest.raises(DomainError, match="no text"):
        services.messages().send_email(hot, Template("x", "  "), connection, SENDER)
    assert smtp[0].received == []


def test_a_campaign_s_members_get_it_and_become_sent(
    services: Services, hot: Audience, connection: SmtpConnection, smtp: tuple[Mailbox, MailServer]
) -> None:
    campaign_id = services.records.create("campaigns", {"name": "Tết"}).id
    campaigns = services.campaigns()
    assert hot.segment is not None
    campaigns.add(campaign_id, hot.segment)
    lead = services.records.create(
        "leads", {"first_name": "Bình", "last_name": "Lê", "email": "binh@example.vn"}
    )
    campaigns.add(campaign_id, type(hot.segment)("leads", ids=(lead.id,)))

    audience = Audience(campaign_id=campaign_id, name="Tết")
    summary = services.messages().send_email(audience, TEMPLATE, connection, SENDER)
    assert sorted(smtp[0].recipients()) == sorted([*GETTERS, "binh@example.vn"])
    assert summary.sent == 4
    responses = {m.name: m.response for m in campaigns.page(campaign_id, 0, 20)}
    assert responses["Lê Bình"] == "Sent"
    assert responses["Trần Thị Lan"] == "Planned"  # opted out: nothing went
    [run] = services.messages().log.runs(campaign_id)
    assert (run.sent, run.skipped, run.finished) == (4, 3, True)
    assert services.lists.count(ListQuery("activities")) == 4
