"""Export of a list: files read back with the csv module, openpyxl and our vCard reader
(vobject's grammar), compared with what the records store."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
import vobject

from crm_desktop.errors import CannotWrite, DomainError
from crm_desktop.exchange.vcard.reading import read_vcards
from crm_desktop.exchange.vcard.writing import CARD_FIELDS
from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.records.export import export_fields, export_list
from crm_desktop.services.records.lists import ListQuery

#: what a contact stores, with the quirks a file format must survive
CONTACT = {
    "salutation": "Mr.",
    "first_name": "Văn Đức",
    "last_name": 'Nguyễn, "Jr"; Þór',
    "title": "Giám đốc",
    "department": "Bán hàng",
    "email": "duc@example.vn",
    "secondary_email": "duc.nguyen@example.org",
    "office_phone": "+84 28 3822 1234",
    "mobile_phone": "0912 345 678",
    "home_phone": "028 3822 0000",
    "birthday": dt.date(1980, 3, 22),
    "mailing_street": "12 Lê Lợi\nTầng 3",
    "mailing_city": "Hồ Chí Minh",
    "mailing_state": "HCM",
    "mailing_postal_code": "70000",
    "mailing_country": "Việt Nam",
    "lead_source": "Existing Customer",
    "do_not_call": True,
    "email_opt_out": False,
    "description": "Gọi lại thứ Hai, 9 giờ.\r\nNói tiếng Anh được.",
}


@pytest.fixture
def contact(services: Services) -> dict[str, object]:
    """A stored contact of an organization: its values as the record service reads them."""
    org = services.records.create("organizations", {"name": "Công ty Ánh Dương"})
    record = services.records.create("contacts", {**CONTACT, "organization_id": org.id})
    services.records.create("contacts", {"first_name": "Ann", "last_name": "Other"})
    values = dict(services.records.get("contacts", record.id).values)
    values["organization_id"] = "Công ty Ánh Dương"
    return values


def _one(query_type: str = "contacts") -> ListQuery:
    return ListQuery(query_type, column_filters=(Condition("first_name", "eq", "Văn Đức"),))


def test_csv_has_a_bom_labels_the_number_first_and_every_value(
    services: Services, contact: dict[str, object], tmp_path: Path
) -> None:
    target = tmp_path / "contacts.csv"
    result = export_list(services, _one(), target, "csv")
    assert result.records == 1 and not result.cancelled
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    specs = export_fields(services.registry.get("contacts"))
    assert rows[0] == [s.label for s in specs] and rows[0][0] == "Number"
    got = dict(zip([s.name for s in specs], rows[1], strict=True))
    for name, value in CONTACT.items():
        if isinstance(value, bool):
            assert got[name] == ("yes" if value else "no")
        else:
            assert got[name] == str(value), name
    assert got["number"] == contact["number"]
    assert got["organization_id"] == "Công ty Ánh Dương"
    modified = contact["modified_at"]
    assert isinstance(modified, dt.datetime)
    shown = dt.datetime.fromisoformat(got["modified_at"]).astimezone(dt.UTC)
    assert abs(shown - modified) < dt.timedelta(seconds=1)


def test_csv_of_the_visible_columns_in_the_list_order(
    services: Services, contact: dict[str, object], tmp_path: Path
) -> None:
    target = tmp_path / "names.csv"
    query = ListQuery("contacts", sort_field="last_name", descending=True)
    labels = {"last_name": "Họ", "first_name": "Tên"}
    export_list(services, query, target, "csv", fields=["last_name", "first_name"], labels=labels)
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["Number", "Họ", "Tên"]
    listed = [r.values for r in services.lists.page(query, 0, 10)]
    numbers = [values[0] for values in listed]
    assert [r[0] for r in rows[1:]] == numbers
    by_number = {r[0]: r[1:] for r in rows[1:]}
    assert by_number[str(contact["number"])] == [CONTACT["last_name"], CONTACT["first_name"]]


def test_xlsx_keeps_types_and_text(
    services: Services, contact: dict[str, object], tmp_path: Path
) -> None:
    target = tmp_path / "contacts.xlsx"
    export_list(services, _one(), target, "xlsx")
    sheet = openpyxl.load_workbook(target).worksheets[0]
    header, row = list(sheet.iter_rows(values_only=True))
    names = [s.name for s in export_fields(services.registry.get("contacts"))]
    got = dict(zip(names, row, strict=True))
    assert header[0] == "Number" and got["number"] == contact["number"]
    assert got["birthday"] == dt.datetime(1980, 3, 22)  # an Excel date
    assert got["do_not_call"] is True and got["email_opt_out"] is False
    assert got["mobile_phone"] == "0912 345 678"  # text, leading zero kept
    assert got["mailing_postal_code"] == "70000"
    assert got["description"] == str(CONTACT["description"]).replace("\r\n", "\n")
    assert got["organization_id"] == "Công ty Ánh Dương"


def test_vcard_round_trips_what_a_contact_stores(
    services: Services, contact: dict[str, object], tmp_path: Path
) -> None:
    target = tmp_path / "contacts.vcf"
    export_list(services, _one(), target, "vcf")
    text = target.read_text("utf-8")
    assert len(list(vobject.readComponents(text))) == 1  # a file vobject reads
    (card,) = read_vcards(target.read_bytes())
    for name in CARD_FIELDS:
        stored = contact[name]
        if name == "description":  # a vCard's lines end in LF once read
            stored = str(stored).replace("\r\n", "\n")
        assert card.values.get(name) == stored, name


def test_formats_belong_to_their_types(services: Services, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DomainError, match="Contacts can be exported as CSV, Excel"):
        export_list(services, ListQuery("contacts"), out / "x.ics", "ics")
    with pytest.raises(DomainError, match="Organizations"):
        export_list(services, ListQuery("organizations"), out / "x.vcf", "vcf")
    assert list(out.iterdir()) == []


def test_a_cancelled_export_leaves_no_file(services: Services, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for i in range(30):
        services.records.create("contacts", {"last_name": f"Person {i}"})
    target = tmp_path / "contacts.csv"
    seen: list[tuple[int, int]] = []
    result = export_list(
        services,
        ListQuery("contacts"),
        target,
        "csv",
        progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: bool(seen),
    )
    assert result.cancelled
    assert list(tmp_path.iterdir()) == []
    old = tmp_path / "old.csv"
    old.write_text("kept", "utf-8")
    again = export_list(services, ListQuery("contacts"), old, "xlsx", cancelled=lambda: True)
    assert again.cancelled
    assert [p.name for p in tmp_path.iterdir()] == ["old.csv"] and old.read_text("utf-8") == "kept"


@pytest.mark.sqlite_only
def test_the_database_is_never_written_over(services: Services, tmp_path: Path) -> None:
    assert services.db.path is not None
    before = services.db.path.stat().st_size
    with pytest.raises(CannotWrite, match="it is the file being read"):
        export_list(services, ListQuery("contacts"), services.db.path, "csv")
    assert services.db.path.stat().st_size == before
