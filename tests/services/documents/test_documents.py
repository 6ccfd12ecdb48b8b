"""Documents kept in the database: attaching, versions, the size limit, lead conversion.

Run on PostgreSQL too (``--database-url``): a file at the size limit goes in and comes back
byte for byte on both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import event

from crm_desktop.errors import NotFound
from crm_desktop.services import Services
from crm_desktop.services.documents.types import MB, CannotReadFile, FileTooLarge
from crm_desktop.services.records.lists import ListQuery


@pytest.fixture
def customer(services: Services) -> int:
    return services.records.create("organizations", {"name": "Công ty Hòa Bình"}).id


def test_a_file_at_the_size_limit_is_kept_and_read_back(
    services: Services, customer: int, tmp_path: Path
) -> None:
    data = os.urandom(1024) * (25 * 1024)  # exactly 25 MB, the default limit
    assert len(data) == 25 * MB
    path = tmp_path / "hợp đồng.bin"
    path.write_bytes(data)
    document = services.documents.attach(path, "organizations", customer, folder="Hợp đồng")
    assert document.number == "DOC-00001"
    values = document.values
    assert (values["title"], values["file_name"], values["size"]) == (
        "hợp đồng",
        path.name,
        len(data),
    )
    assert values["related_name"] == "Công ty Hòa Bình" and values["current_version"] == 1
    name, stored = services.documents.content(document.id)
    assert name == path.name and stored == data
    copy = services.documents.copy_to_temporary(document.id)
    assert copy.name == path.name and copy.read_bytes() == data

    path.write_bytes(data + b"x")
    with pytest.raises(FileTooLarge) as refused:
        services.documents.attach(path, "organizations", customer)
    assert str(refused.value) == (
        "“hợp đồng.bin” is 25.0 MB: files up to 25 MB can be attached "
        "(Settings › Support and documents)."
    )
    assert services.lists.count(ListQuery("documents")) == 1  # nothing of it kept


def test_a_new_file_is_the_next_version_and_the_old_ones_stay(
    services: Services, customer: int, tmp_path: Path
) -> None:
    first = tmp_path / "báo giá.txt"
    first.write_text("v1", encoding="utf-8")
    document = services.documents.attach(first, "organizations", customer, title="Báo giá")
    second = tmp_path / "báo giá (sửa).txt"
    second.write_text("version two", encoding="utf-8")
    newer = services.documents.add_version(document.id, second)
    assert newer.values["current_version"] == 2 and newer.values["file_name"] == second.name
    versions = services.documents.versions(document.id)
    assert [(v.version, v.file_name, v.size) for v in versions] == [
        (2, second.name, 11),
        (1, first.name, 2),
    ]
    assert services.documents.content(document.id) == (second.name, b"version two")
    assert services.documents.content(document.id, 1) == (first.name, b"v1")


def test_lists_never_read_the_files_bytes(
    services: Services, customer: int, tmp_path: Path
) -> None:
    path = tmp_path / "ảnh.png"
    path.write_bytes(b"\x89PNG" + b"0" * 5000)
    services.documents.attach(path, "organizations", customer)
    statements: list[str] = []
    listen = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(services.db.engine, "before_cursor_execute", listen)
    try:
        query = ListQuery("documents", conditions=())
        rows = services.lists.page(query, 0, 10)
        services.documents.versions(rows[0].id)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", listen)
    assert rows and statements
    assert not [s for s in statements if "document_contents" in s]


def test_bad_files_and_targets_are_one_sentence(
    services: Services, customer: int, tmp_path: Path
) -> None:
    with pytest.raises(CannotReadFile, match=r"“missing\.pdf” cannot be read"):
        services.documents.attach(tmp_path / "missing.pdf", "organizations", customer)
    with pytest.raises(CannotReadFile, match="is not a file"):
        services.documents.attach(tmp_path, "organizations", customer)
    path = tmp_path / "a.txt"
    path.write_text("a", encoding="utf-8")
    with pytest.raises(NotFound):
        services.documents.attach(path, "organizations", customer + 100)
    services.documents.set_size_limit_mb(1)
    path.write_bytes(b"0" * (MB + 1))
    with pytest.raises(FileTooLarge, match="files up to 1 MB"):
        services.documents.attach(path, "organizations", customer)


def test_a_lead_s_documents_move_with_its_conversion(services: Services, tmp_path: Path) -> None:
    lead = services.records.create(
        "leads", {"first_name": "Þórður", "last_name": "Guðjónsson", "company": "Fiskur ehf."}
    )
    path = tmp_path / "tilboð.pdf"
    path.write_bytes("%PDF-1.4 tilboð".encode())
    document = services.documents.attach(path, "leads", lead.id)
    result = services.conversion.convert(lead.id, lead.version)
    moved = services.records.get("documents", document.id).values
    assert (moved["related_type"], moved["related_id"]) == ("contacts", result.contact_id)
    assert moved["related_name"] == "Þórður Guðjónsson"
    assert services.documents.content(document.id)[1] == "%PDF-1.4 tilboð".encode()
