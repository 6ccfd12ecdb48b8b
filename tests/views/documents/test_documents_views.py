"""A record's Documents tab and form take dropped files; a document's form keeps versions;
files open with the system's program from a temporary copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.documents.related_page import DocumentsPage
from crm_desktop.views.records.record_form import RecordForm


def _drop(widget: QWidget, *paths: Path) -> bool:
    """Drag the files over ``widget`` and drop them; whether the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(5, 5), copy, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(5, 5), copy, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the program asked the system to open (nothing is opened for real)."""
    paths: list[Path] = []

    def open_url(url: QUrl) -> bool:
        paths.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return paths


def _form(qtbot: QtBot, services: Services, type_key: str) -> RecordForm:
    form = RecordForm(services, type_key)
    qtbot.addWidget(form)
    form.resize(800, 900)
    form.show()
    return form


def test_files_dropped_on_a_form_or_its_tab_are_attached_and_open(
    qtbot: QtBot, services: Services, tmp_path: Path, opened: list[Path]
) -> None:
    org = services.records.create("organizations", {"name": "Công ty Ánh Dương"})
    form = _form(qtbot, services, "organizations")
    assert form.related is not None
    page = next(p for p in form.related.pages if isinstance(p, DocumentsPage))
    first, second = tmp_path / "báo giá.pdf", tmp_path / "ảnh cửa hàng.jpg"
    first.write_bytes(b"%PDF-1.4 one")
    second.write_bytes(b"\xff\xd8\xff two")
    assert not _drop(form, first)  # a new organization: nothing to attach to yet
    form.load(org.id)
    assert _drop(form, first)
    assert _drop(page, second)
    assert page.count() == 2
    tab = form.related.tabText(form.related.indexOf(page))
    assert tab == "Documents (2)"

    page.table.selectRow(0)
    page.open_selected()
    assert len(opened) == 1 and opened[0].read_bytes() in (b"%PDF-1.4 one", b"\xff\xd8\xff two")


def test_attach_file_says_which_file_is_too_large(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = services.records.create("organizations", {"name": "Fiskur ehf."})
    services.documents.set_size_limit_mb(1)
    small, big = tmp_path / "lítið.txt", tmp_path / "stórt.bin"
    small.write_text("halló", encoding="utf-8")
    big.write_bytes(b"0" * (2 * 1024 * 1024))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(small), str(big)], ""))
    )
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warned.append(text))
    )
    form = _form(qtbot, services, "organizations")
    form.load(org.id)
    assert form.related is not None
    page = next(p for p in form.related.pages if isinstance(p, DocumentsPage))
    page.attach_button.click()
    assert page.count() == 1  # the small one is kept all the same
    assert warned == [
        "“stórt.bin” is 2.0 MB: files up to 1 MB can be attached "
        "(Settings › Support and documents)."
    ]


def test_a_document_s_form_lists_versions_and_takes_a_new_one_by_drop(
    qtbot: QtBot, services: Services, tmp_path: Path, opened: list[Path]
) -> None:
    org = services.records.create("organizations", {"name": "Irmãos Gonçalves"})
    path = tmp_path / "contrato.txt"
    path.write_text("v1", encoding="utf-8")
    document = services.documents.attach(path, "organizations", org.id)
    form = _form(qtbot, services, "documents")
    form.load(document.id)
    part = form.parts[0]
    assert part.versions.count() == 1
    newer = tmp_path / "contrato assinado.txt"
    newer.write_text("v2 assinado", encoding="utf-8")
    assert _drop(form, newer)
    assert part.versions.count() == 2
    assert "contrato assinado.txt" in part.versions.item(0).text()
    part.versions.setCurrentRow(1)
    part.open_button.click()
    assert opened[-1].name == "contrato.txt" and opened[-1].read_text(encoding="utf-8") == "v1"


def test_a_new_document_takes_its_file_and_is_saved_with_it(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Báo giá tháng 12.pdf"
    path.write_bytes(b"%PDF-1.4 offer")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], ""))
    )
    form = _form(qtbot, services, "documents")
    part = form.parts[0]
    assert part.new_button.isEnabled() and part.new_button.text() == "Choose file…"
    assert not part.open_button.isEnabled()
    with qtbot.waitSignal(form.saved):
        part.new_button.click()
    record_id = form.record_id()
    assert record_id is not None
    assert services.records.get("documents", record_id).values["title"] == "Báo giá tháng 12"
    assert services.documents.content(record_id) == (path.name, b"%PDF-1.4 offer")
    assert part.versions.count() == 1 and part.new_button.text() == "New version…"
    second = tmp_path / "brochure.txt"
    second.write_text("Ný útgáfa", encoding="utf-8")
    form.new_record()
    form.editors["title"].set_value("Bæklingur")
    assert _drop(form, second)
    dropped = form.record_id()
    assert dropped is not None and dropped != record_id
    assert services.records.get("documents", dropped).values["title"] == "Bæklingur"
