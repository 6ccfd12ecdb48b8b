"""Contacts written as vCard 4.0 and 3.0 read back with the same values."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crm_desktop.exchange.vcard.reading import VCardContact, read_vcard_file, read_vcards
from crm_desktop.exchange.vcard.writing import VERSIONS, fold, write_vcards

TEXT_FIELDS = (
    "first_name",
    "last_name",
    "organization_id",
    "department",
    "title",
    "email",
    "secondary_email",
    "office_phone",
    "mobile_phone",
    "home_phone",
    "mailing_street",
    "mailing_city",
    "mailing_state",
    "mailing_postal_code",
    "mailing_country",
    "description",
)


def _full_contact(photo: bytes) -> VCardContact:
    return VCardContact(
        values={
            "salutation": "Mr.",
            "first_name": "Văn Đức",
            "last_name": "Nguyễn",
            "organization_id": "Công ty ABC; chi nhánh 2, Hà Nội",
            "department": "Kinh doanh",
            "title": "Giám đốc\\Trưởng phòng",
            "email": "duc@example.vn",
            "secondary_email": "duc.nguyen@example.com",
            "office_phone": "+84 28 3822 1234",
            "mobile_phone": "+84 90 123 4567",
            "home_phone": "028 3822 9999",
            "mailing_street": "12 Lê Lợi\nTầng 3",
            "mailing_city": "Thành phố Hồ Chí Minh",
            "mailing_state": "Quận 1",
            "mailing_postal_code": "700000",
            "mailing_country": "Việt Nam",
            "birthday": date(1980, 3, 22),
            "description": "Gặp ở hội chợ; gọi lại: thứ Hai, 9 giờ.\r\nDòng hai" + " dài" * 40,
        },
        photo=photo,
        photo_type="image/png",
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_export_then_import_gives_the_same_values(version: str, pixel_png: bytes) -> None:
    contact = _full_contact(pixel_png)
    text = write_vcards([contact, VCardContact(values={"last_name": "Berg"})], version)
    first, second = read_vcards(text.encode("utf-8"))
    expected = dict(contact.values)
    expected["description"] = str(expected["description"]).replace("\r\n", "\n")
    assert first.values == expected
    assert (first.photo, first.photo_type) == (pixel_png, "image/png")
    assert first.extras == [] and first.problems == []
    assert second.values == {"last_name": "Berg"}


@pytest.mark.parametrize("version", VERSIONS)
def test_lines_end_in_crlf_and_fold_at_75_octets(version: str, pixel_png: bytes) -> None:
    text = write_vcards([_full_contact(pixel_png)], version)
    assert text.startswith(f"BEGIN:VCARD\r\nVERSION:{version}\r\n")
    assert text.endswith("END:VCARD\r\n")
    lines = text.split("\r\n")
    assert "\n" not in "".join(lines)
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert any(line.startswith(" ") for line in lines)


def test_the_two_versions_write_types_and_photos_their_own_way(pixel_png: bytes) -> None:
    v4 = write_vcards([_full_contact(pixel_png)], "4.0").replace("\r\n ", "")
    v3 = write_vcards([_full_contact(pixel_png)], "3.0").replace("\r\n ", "")
    assert "EMAIL;PREF=1:duc@example.vn" in v4 and "TEL;TYPE=cell:" in v4
    assert "PHOTO:data:image/png;base64,iVBOR" in v4
    assert "BDAY:19800322" in v4
    assert "EMAIL;TYPE=PREF:duc@example.vn" in v3 and "TEL;TYPE=CELL:" in v3
    assert "PHOTO;ENCODING=b;TYPE=PNG:iVBOR" in v3
    assert "BDAY:1980-03-22" in v3


def test_fold_never_cuts_a_character() -> None:
    line = "NOTE:" + "Đức " * 40
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert folded.replace("\r\n ", "") == line


@pytest.mark.parametrize(
    "name", ["android_21_qp.vcf", "iphone_30_crcrlf.vcf", "thunderbird_40_datauri.vcf"]
)
def test_cards_read_from_other_programs_survive_export_and_import(
    vcard_fixture: Callable[[str], Path], name: str
) -> None:
    for version in VERSIONS:
        cards = read_vcard_file(vcard_fixture(name))
        again = list(read_vcards(write_vcards(cards, version).encode("utf-8")))
        assert [c.values for c in again] == [c.values for c in cards]
        assert [c.photo for c in again] == [c.photo for c in cards]


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError):
        write_vcards([], "2.1")


_printable = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
    max_size=40,
).map(str.strip)


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({}, optional={f: _printable for f in TEXT_FIELDS}))
@example({"organization_id": ";"})  # its escaped ";" was once stripped as an empty part
@example({"organization_id": "Hoa; Sen", "department": "Kinh doanh"})
def test_any_text_survives_export_and_import(values: dict[str, str]) -> None:
    kept = {k: v for k, v in values.items() if v}
    expected = dict(kept)
    if "email" not in expected and "secondary_email" in expected:
        # a card's only address is its e-mail, whichever field it came from
        expected["email"] = expected.pop("secondary_email")
    for version in VERSIONS:
        (card,) = read_vcards(write_vcards([VCardContact(values=dict(kept))], version).encode())
        read = {k: v for k, v in card.values.items() if v}
        assert read == expected
