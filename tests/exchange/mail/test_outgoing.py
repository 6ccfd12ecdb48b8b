"""A written message's subject, quoted text and addresses as the wire takes them."""

from __future__ import annotations

import pytest

from crm_desktop.exchange.mail.outgoing import (
    addresses,
    appended_uid,
    forward_subject,
    joined,
    quoted,
    reply_subject,
)


def test_reply_and_forward_subjects_do_not_pile_up_prefixes() -> None:
    assert reply_subject("Báo giá") == "Re: Báo giá"
    assert reply_subject("RE: Aw: Báo giá") == "Re: Báo giá"
    assert reply_subject("Fwd: Re[2]: Tilboð") == "Re: Tilboð"
    assert forward_subject("Re: Orçamento") == "Fwd: Orçamento"
    assert reply_subject("Reunião") == "Re: Reunião"  # a word, not a prefix


def test_quoted_text_marks_every_line() -> None:
    assert quoted("Chào anh,\n\nGửi anh báo giá.\n") == "> Chào anh,\n>\n> Gửi anh báo giá."


def test_addresses_as_typed_with_names_commas_and_semicolons() -> None:
    typed = '"Lê, Thị Hoa" <hoa@anhduong.vn>; minh@mail.vn,\nSigga <sigga@hekla.is>'
    assert addresses(typed) == [
        ("Lê, Thị Hoa", "hoa@anhduong.vn"),
        ("", "minh@mail.vn"),
        ("Sigga", "sigga@hekla.is"),
    ]
    assert addresses("  ") == []
    assert joined(addresses(typed)) == (
        '"Lê, Thị Hoa" <hoa@anhduong.vn>, minh@mail.vn, Sigga <sigga@hekla.is>'
    )
    with pytest.raises(ValueError, match=r"^hoa@anhduong$"):
        addresses("minh@mail.vn, hoa@anhduong")


def test_the_uid_an_append_answer_gives() -> None:
    assert appended_uid([b"[APPENDUID 1733 12] Append completed."]) == (1733, 12)
    assert appended_uid([b"Append completed."]) is None
