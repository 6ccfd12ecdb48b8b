"""Convert a lead into a contact, with an organization and an opportunity if wanted.

Everything is created by one call of :meth:`LeadConversion.convert`, in one transaction:
the dialog only collects the choices and shows what the service says about them.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import ConflictError, DomainError, ValidationError
from crm_desktop.services.sales.types import AlreadyConverted
from crm_desktop.views.formatting import addressed_name, registry_text
from crm_desktop.views.palette import follow_style, success_badge_style
from crm_desktop.views.qt_texts import translated_errors
from crm_desktop.views.records.field_row import FieldRow
from crm_desktop.views.records.field_widgets import FieldEditor
from crm_desktop.views.records.reference_edit import ReferenceEdit

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import Record
    from crm_desktop.services.sales.types import ConversionResult

#: opportunity fields the dialog asks for
OPPORTUNITY_FIELDS = ("name", "amount", "currency", "expected_close_date", "sales_stage")


class ConvertLeadDialog(QDialog):
    def __init__(self, services: Services, lead: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.lead = lead
        self.result_ids: ConversionResult | None = None
        values = lead.values
        leads = services.registry.get("leads")
        company = (values.get("company") or "").strip()
        # The salutation is a picklist value: shown in the user's language ("Cô", not "Ms.").
        person = addressed_name(leads, values)
        self.setWindowTitle(self.tr("Convert lead"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Converting makes a contact of <b>%1</b>, and if you wish an organization and "
                "an opportunity. The lead is then marked converted and can no longer be edited."
            ).replace("%1", html.escape(leads.display_name(values))),
            self,
        )
        intro.setWordWrap(True)

        org_box = QGroupBox(self.tr("Organization"), self)
        self.create_org = QRadioButton(self.tr("Create a new organization:"), org_box)
        self.company_label = QLabel(company or self.tr("(the lead has no company)"), org_box)
        self.link_org = QRadioButton(self.tr("Link to an existing organization:"), org_box)
        self.org_edit = ReferenceEdit(services, "organizations", org_box)
        self.no_org = QRadioButton(self.tr("No organization"), org_box)
        self.org_hint = QLabel(org_box)
        self.org_hint.setWordWrap(True)
        self.org_hint.hide()
        group = QButtonGroup(self)
        for button in (self.create_org, self.link_org, self.no_org):
            group.addButton(button)
        org_form = QFormLayout(org_box)
        org_form.addRow(self.create_org, self.company_label)
        org_form.addRow(self.link_org, self.org_edit)
        org_form.addRow(self.no_org)
        org_form.addRow(self.org_hint)
        self.create_org.setEnabled(bool(company))
        (self.create_org if company else self.no_org).setChecked(True)
        self.org_edit.changed.connect(self._org_typed)
        if company:
            self._suggest_existing(company)

        contact_box = QGroupBox(self.tr("Contact"), self)
        # Always made: the contact is what the lead becomes. Shown so nobody has to wonder.
        self.create_contact = QCheckBox(self.tr("Create contact:"), contact_box)
        self.create_contact.setChecked(True)
        self.create_contact.setEnabled(False)
        contact_row = QHBoxLayout(contact_box)
        contact_row.addWidget(self.create_contact)
        contact_row.addWidget(QLabel(person, contact_box), 1)

        self.opp_box = QGroupBox(self.tr("Create opportunity"), self)
        self.opp_box.setCheckable(True)
        self.opp_box.setChecked(False)
        self.rows: dict[str, FieldRow] = {}
        opp_form = QFormLayout(self.opp_box)
        opp_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        opportunities = services.registry.get("opportunities")
        defaults = {
            **services.records.new_values("opportunities"),
            "name": company or leads.display_name(values),
        }
        for name in OPPORTUNITY_FIELDS:
            row = self.rows[name] = FieldRow(services, opportunities.field(name), self.opp_box)
            row.editor.set_value(defaults.get(name))
            opp_form.addRow(row.label, row.cell)
        self.editors: dict[str, FieldEditor] = {n: r.editor for n, r in self.rows.items()}

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Convert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(org_box)
        layout.addWidget(contact_box)
        layout.addWidget(self.opp_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _suggest_existing(self, company: str) -> None:
        """An organization of the same name probably is the lead's company: offer to link it."""
        matches = [
            m
            for m in self.services.search.lookup("organizations", company, 5)
            if m.name.casefold() == company.casefold()
        ]
        if matches:
            self.org_edit.choose(matches[0].id, matches[0].name)
            self.link_org.setChecked(True)
            self.org_hint.setText(self.tr("An organization of this name exists already."))
            self.org_hint.show()

    def _org_typed(self) -> None:
        if self.org_edit.line.hasFocus():
            self.link_org.setChecked(True)

    def organization_choice(self) -> Literal["new"] | int | None:
        if self.create_org.isChecked():
            return "new"
        if self.link_org.isChecked():
            return self.org_edit.value()
        return None

    def opportunity_values(self) -> dict[str, Any] | None:
        if not self.opp_box.isChecked():
            return None
        return {name: editor.value() for name, editor in self.editors.items()}

    def accept(self) -> None:
        """Check the choices, convert in one call, and close on success."""
        if self.link_org.isChecked() and (
            self.org_edit.value() is None or self.org_edit.input_error()
        ):
            self._warn(self.tr("Choose the organization to link, or another option."))
            self.org_edit.setFocus()
            return
        opportunity = self.opportunity_values()
        if opportunity is not None and not self._check_opportunity(opportunity):
            return
        try:
            self.result_ids = self.services.conversion.convert(
                self.lead.id,
                self.lead.version,
                organization=self.organization_choice(),
                opportunity=opportunity,
            )
        except ValidationError as exc:
            errors = translated_errors(exc.errors)
            if set(errors) <= set(self.editors) and opportunity is not None:
                self._show_errors(errors)
            else:  # the lead's own values do not make a valid contact or organization
                self._warn("\n".join(errors.values()))
            return
        except ConflictError:
            self._warn(
                self.tr(
                    "Someone else changed this lead after you opened it. Close this "
                    "window, look at the lead again and convert it then."
                )
            )
            return
        except AlreadyConverted:
            self._warn(self.tr("Someone else has converted this lead already."))
            return
        except DomainError as exc:
            self._warn(str(exc))
            return
        super().accept()

    def _check_opportunity(self, values: dict[str, Any]) -> bool:
        local = {n: m for n, e in self.editors.items() if (m := e.input_error())}
        checkable = {k: v for k, v in values.items() if k not in local}
        found = self.services.records.validate("opportunities", checkable, new=True)
        errors = {k: v for k, v in translated_errors(found).items() if k in self.editors}
        if errors or local:
            self._show_errors({**errors, **local})
            return False
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        """``errors``: translated messages by field name."""
        bad = [name for name in self.rows if name in errors]
        for name, row in self.rows.items():
            row.show_error(errors.get(name))
        if bad:
            self.editors[bad[0]].setFocus()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Convert lead"), text)


def convert_lead(parent: QWidget, services: Services, lead: Record) -> ConversionResult | None:
    """Ask how to convert ``lead`` and do it; the new records' ids, or None if cancelled."""
    dialog = ConvertLeadDialog(services, lead, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_ids
        return None
    finally:
        dialog.deleteLater()


class LeadConversionBar(QWidget):
    """In a lead's header: the "Convert lead…" button, or a badge saying it was converted."""

    #: the lead was converted; the :class:`ConversionResult` names the new records
    converted = Signal(object)
    #: a link to a record the lead became was clicked: (record type, id)
    open_requested = Signal(str, int)

    def __init__(
        self,
        services: Services,
        prepare: Callable[[], Record | None],
        parent: QWidget | None = None,
    ) -> None:
        """``prepare`` returns the lead as stored (saving pending edits), or None to stop."""
        super().__init__(parent)
        self.services = services
        self.prepare = prepare
        self.badge = QLabel(self.tr("Converted: read-only"), self)
        self.badge.setToolTip(
            self.tr("This lead has become a contact and can no longer be edited.")
        )
        follow_style(self.badge, success_badge_style)
        self.button = QPushButton(self.tr("Convert lead…"), self)
        self.button.clicked.connect(self.convert)
        #: "Became: Organization: X · Contact: Y · Opportunity: Z", each a link opening
        #: the record; the form shows it under its title, where a line has room
        self.links = QLabel()
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.setWordWrap(True)
        self.links.linkActivated.connect(self._link_activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.badge)
        layout.addWidget(self.button)
        self.set_lead(None)

    def set_lead(self, lead: Record | None) -> None:
        done = lead is not None and bool(lead.values.get("converted"))
        self.badge.setVisible(done)
        self.button.setVisible(lead is not None and not done)
        became = self.services.conversion.converted_to(lead.id) if lead and done else []
        registry = self.services.registry
        links = [
            f"{html.escape(registry_text(registry.get(r.record_type).singular))}: "
            f'<a href="{r.record_type}:{r.id}">{html.escape(r.name or f"#{r.id}")}</a>'
            for r in became
        ]
        self.links.setText(self.tr("Became: %1").replace("%1", " · ".join(links)))
        self.links.setVisible(bool(links))

    def _link_activated(self, link: str) -> None:
        type_key, _, record_id = link.partition(":")
        self.open_requested.emit(type_key, int(record_id))

    def convert(self) -> None:
        lead = self.prepare()
        if lead is None:
            return
        result = convert_lead(self, self.services, lead)
        if result is not None:
            self.converted.emit(result)
