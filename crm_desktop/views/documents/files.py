"""What the documents' views share: the local files of a drop, opening a kept file with
the system's program, and telling why a file could not be attached."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crm_desktop.errors import DomainError

if TYPE_CHECKING:
    from crm_desktop.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drag (folders and web addresses left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def choose_files(parent: QWidget) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(parent, _tr("Attach files"))
    return [Path(name) for name in names]


def open_document(
    parent: QWidget, services: Services, document_id: int, version: int | None = None
) -> bool:
    """Write the file to a temporary file and open it with the system's program."""
    try:
        path = services.documents.copy_to_temporary(document_id, version)
    except DomainError as exc:
        QMessageBox.warning(parent, _tr("Open document"), str(exc))
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.warning(
            parent,
            _tr("Open document"),
            _tr("No program on this computer opens “%1”.").replace("%1", path.name),
        )
        return False
    return True


def keep_each(parent: QWidget, paths: list[Path], keep: Callable[[Path], object]) -> int:
    """``keep`` each file; one sentence per file refused (too large, unreadable), the
    others kept all the same. Returns how many were kept."""
    kept, refused = 0, []
    for path in paths:
        try:
            keep(path)
            kept += 1
        except DomainError as exc:
            refused.append(str(exc))
    if refused:
        QMessageBox.warning(parent, _tr("Attach files"), "\n".join(refused))
    return kept


class FileDrops(QObject):
    """Takes the files dropped onto ``widget`` (and the children that take no drops) and
    hands them to ``dropped``; ``ready`` says whether a drop can be taken now."""

    def __init__(
        self,
        widget: QWidget,
        dropped: Callable[[list[Path]], None],
        ready: Callable[[], bool],
    ) -> None:
        super().__init__(widget)
        self._dropped, self._ready = dropped, ready
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDropEvent
        ):
            if self._ready() and dropped_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = dropped_files(event.mimeData())
            if self._ready() and files:
                event.acceptProposedAction()
                self._dropped(files)
                return True
        return False
