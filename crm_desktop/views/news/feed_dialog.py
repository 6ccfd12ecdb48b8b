"""Adding a feed, or changing its title, folder and organization."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.reference_edit import ReferenceEdit

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.news.service import NewsService
    from crm_desktop.services.news.types import Feed

_tr = translator("news")


class FeedDialog(QDialog):
    """A new subscription (``feed`` None) or the settings of one; saves on OK."""

    def __init__(
        self, services: Services, news: NewsService, feed: Feed | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.news = news
        self.feed = feed
        self.setWindowTitle(_tr("Add a feed") if feed is None else _tr("Feed"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://example.com/news.rss")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(_tr("The feed's own title"))
        self.folder = QComboBox(self)
        self.folder.setEditable(True)
        self.folder.addItems(["", *news.folders()])
        self.organization = ReferenceEdit(services, "organizations", self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4161a")
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(_tr("Address"), self.url)
        form.addRow(_tr("Title"), self.title)
        form.addRow(_tr("Folder"), self.folder)
        form.addRow(_tr("Organization"), self.organization)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if feed is not None:
            self.url.setText(feed.url)
            self.url.setReadOnly(True)
            self.title.setText(feed.title if feed.title != feed.url else "")
            self.folder.setCurrentText(feed.folder)
            self.organization.set_value(feed.organization_id, feed.organization_name)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        """Save; a refusal is shown in the dialog, which stays open."""
        try:
            if self.feed is None:
                self.feed = self.news.add_feed(
                    self.url.text(),
                    title=self.title.text(),
                    folder=self.folder.currentText(),
                    organization_id=self.organization.value(),
                )
            else:
                self.news.edit_feed(
                    self.feed.id,
                    title=self.title.text(),
                    folder=self.folder.currentText(),
                    organization_id=self.organization.value(),
                )
        except DomainError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        super().accept()
