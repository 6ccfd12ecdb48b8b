"""The wizard's matching page: how a row finds a record that exists already (by e-mail,
by phone number, by name and organization) and what a row that finds one does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWizardPage

from crm_desktop.registry import Kind
from crm_desktop.services.imports.plan import MatchRule, OnMatch

if TYPE_CHECKING:
    from crm_desktop.views.imports.wizard import ImportWizard


class MatchingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Records you have already"))
        self.setSubTitle(
            self.tr("How a row of the file finds a record that exists, and what it does then.")
        )
        self.rule_buttons = {
            MatchRule.EMAIL: QRadioButton(self.tr("The same &e-mail address")),
            MatchRule.PHONE: QRadioButton(
                self.tr("The same &phone number (compared as numbers, whatever the spacing)")
            ),
            MatchRule.NAME: QRadioButton(self.tr("The same &name and organization")),
        }
        self.action_buttons = {
            OnMatch.SKIP: QRadioButton(self.tr("&Skip the row: the record stays as it is")),
            OnMatch.FILL: QRadioButton(self.tr("&Fill the record's empty fields")),
            OnMatch.UPDATE: QRadioButton(
                self.tr("&Update every field the file gives (the import can be undone)")
            ),
            OnMatch.CREATE: QRadioButton(self.tr("&Create a new record anyway")),
        }
        layout = QVBoxLayout(self)
        for title, buttons in (
            (self.tr("A row matches a record with"), self.rule_buttons),
            (self.tr("When a row matches a record"), self.action_buttons),
        ):
            box = QGroupBox(title)
            group = QButtonGroup(box)
            inner = QVBoxLayout(box)
            for button in buttons.values():
                group.addButton(button)
                inner.addWidget(button)
            layout.addWidget(box)
        layout.addStretch(1)
        self.action_buttons[OnMatch.CREATE].toggled.connect(self._create_toggled)

    def initializePage(self) -> None:
        wizard = self.owner
        rtype = wizard.services.registry.get(wizard.record_type)
        kinds = {f.kind for f in rtype.fields}
        offered = {
            MatchRule.EMAIL: Kind.EMAIL in kinds,
            MatchRule.PHONE: Kind.PHONE in kinds,
            MatchRule.NAME: True,
        }
        for rule, button in self.rule_buttons.items():
            button.setVisible(offered[rule])
        if not offered[wizard.match]:
            wizard.match = MatchRule.EMAIL if offered[MatchRule.EMAIL] else MatchRule.NAME
        has_organization = any(
            f.reference == "organizations" for f in rtype.fields
        ) or rtype.has_field("company")
        self.rule_buttons[MatchRule.NAME].setText(
            self.tr("The same &name and organization")
            if has_organization
            else self.tr("The same &name")
        )
        self.rule_buttons[wizard.match].setChecked(True)
        self.action_buttons[wizard.on_match].setChecked(True)
        self._create_toggled(wizard.on_match is OnMatch.CREATE)

    def _create_toggled(self, create: bool) -> None:
        for button in self.rule_buttons.values():
            button.setEnabled(not create)

    def validatePage(self) -> bool:
        wizard = self.owner
        wizard.match = next(r for r, b in self.rule_buttons.items() if b.isChecked())
        wizard.on_match = next(a for a, b in self.action_buttons.items() if b.isChecked())
        return True
