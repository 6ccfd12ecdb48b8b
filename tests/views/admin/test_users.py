"""The login dialog, the users' settings pages, and what a staff member sees in the window:
their own records and the shared ones, in the lists, the search and the related tabs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.users import MAX_WRONG_PASSWORDS, login
from crm_desktop.views.admin.login_dialog import LAST_USER_KEY, LoginDialog, PasswordDialog
from crm_desktop.views.admin.rights_page import RightsPage
from crm_desktop.views.admin.user_dialogs import AddUserDialog
from crm_desktop.views.admin.users_page import UsersPage
from crm_desktop.views.shell.main_window import MainWindow
from crm_desktop.workspace import Workspace
from tests.conftest import OFFICE_PASSWORD, AsUser

pytestmark = pytest.mark.usefixtures("quick_hashes")


def _dialog(qtbot: QtBot, db: Database, settings: QSettings) -> LoginDialog:
    dialog = LoginDialog(str(db.label), lambda n, p: login(db, n, p), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_login_dialog_says_what_is_wrong_and_remembers_the_name(
    qtbot: QtBot, db: Database, office: Services, settings: QSettings
) -> None:
    dialog = _dialog(qtbot, db, settings)
    assert dialog.username.text() == ""
    qtbot.keyClicks(dialog.username, "an")
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text() == "The user name or the password is wrong."
    assert dialog.password.text() == ""  # typed again, not corrected
    qtbot.keyClicks(dialog.password, OFFICE_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user_id == login(db, "an", OFFICE_PASSWORD)
    assert settings.value(LAST_USER_KEY) == "an"
    assert OFFICE_PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
    again = _dialog(qtbot, db, settings)
    assert again.username.text() == "an"


def test_the_login_dialog_tells_of_the_lockout(
    qtbot: QtBot, db: Database, office: Services, settings: QSettings
) -> None:
    dialog = _dialog(qtbot, db, settings)
    dialog.username.setText("binh")
    for _ in range(MAX_WRONG_PASSWORDS):
        dialog.password.setText("wrong")
        dialog.try_login()
    assert "waits a minute" in dialog.message.text()
    dialog.password.setText(OFFICE_PASSWORD)
    dialog.try_login()
    assert dialog.isVisible() and "waits a minute" in dialog.message.text()


def test_opening_an_office_database_asks_who_is_there(
    qtbot: QtBot,
    db: Database,
    office: Services,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = str(db.path)
    office.records.create("contacts", {"last_name": "Trần"})
    office.office.set_private("contacts", True)
    db.close()
    answers = iter([None, "chi"])

    def exec_(dialog: LoginDialog) -> int:
        name = next(answers)
        if name is None:
            return QDialog.DialogCode.Rejected
        dialog.username.setText(name)
        dialog.password.setText(OFFICE_PASSWORD)
        dialog.try_login()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    workspace = Workspace(tmp_path / "backups", settings)
    assert workspace.open(target) is False  # cancelled: nothing opened
    assert workspace.window is None
    assert workspace.problem == "Nobody logged in: the database was not opened."
    assert workspace.open(target) is True
    window = workspace.window
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.services.users.current().username == "chi"
        assert window.panel("contacts").count() == 0  # the administrator's, private
        settings_action = window.findChild(type(window.save_action), "settings_action")
        assert settings_action is not None and not settings_action.isVisible()
    finally:
        workspace.close()


# -- what a staff member sees in the window -----------------------------------------------------
@pytest.fixture
def staff_window(
    qtbot: QtBot, office: Services, as_user: AsUser, settings: QSettings, tmp_path: Path
) -> MainWindow:
    """an's window; contacts private; an organization with a contact of an and one of chi."""
    office.office.set_private("contacts", True)
    org = office.records.create("organizations", {"name": "Công ty Đức Thành"})  # shared
    for name in ("an", "chi"):
        services = as_user(name)
        services.records.create(
            "contacts", {"last_name": f"Nguyễn {name}", "organization_id": org.id}
        )
    window = app_module.build_main_window(as_user("an"), settings, backups=tmp_path / "b")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_a_staff_member_sees_no_record_of_anothers_private_type(
    qtbot: QtBot, staff_window: MainWindow
) -> None:
    window = staff_window
    window.show_type("contacts")
    panel = window.panel("contacts")
    model = panel.table.record_model()
    assert panel.count() == 1
    assert model.index(0, model.column_of("last_name") or 0).data() == "Nguyễn an"

    box = window.global_search
    assert box is not None
    with qtbot.waitSignal(box.searched, timeout=5000):
        qtbot.keyClicks(box, "nguyen")
    hits = [box.results.item(r).text() for r in range(box.results.rowCount())]
    assert any("Nguyễn an" in hit for hit in hits)
    assert not any("Nguyễn chi" in hit for hit in hits)

    window.show_type("organizations")
    organizations = window.panel("organizations")
    assert organizations.count() == 1  # shared
    form = window.form("organizations")
    assert form is not None
    organization = organizations.table.record_model().record_id(0)
    assert organization is not None
    form.load(organization)
    assert form.related is not None
    assert form.related.tabText(0) == "Contacts (1)"
    page = form.related.pages[0]
    assert page.model is not None
    assert page.model.index(0, page.model.column_of("last_name") or 0).data() == "Nguyễn an"
    assigned = form.editors["owner_id"].combo  # type: ignore[attr-defined]
    offered = {assigned.itemText(i) for i in range(assigned.count())}
    assert {"sales", "Bảo Trần", "an", "chi"} <= offered  # users and groups


def test_what_the_role_does_not_allow_is_not_offered(
    qtbot: QtBot, office: Services, as_user: AsUser, settings: QSettings, tmp_path: Path
) -> None:
    reader = office.office.add_role("Reader", "staff")
    office.office.set_rights(reader, "contacts", ["view", "export"])
    office.office.set_rights(reader, "organizations", ["view", "create", "edit"])
    office.users.add_user("dung", OFFICE_PASSWORD, "Reader")
    window = app_module.build_main_window(as_user("dung"), settings, backups=tmp_path / "b")
    qtbot.addWidget(window)
    window.show()
    window.show_type("contacts")
    assert not window.new_action.isEnabled()
    window.show_type("organizations")
    assert window.new_action.isEnabled()
    # Export is a right of its own: the list does not offer what the role may not do.
    assert window.panel("contacts").export_action.isVisible()
    assert not window.panel("organizations").export_action.isVisible()


# -- the administrator's pages ------------------------------------------------------------------
def test_the_users_page_turns_logins_on_and_adds_a_user(
    qtbot: QtBot, services: Services, db: Database
) -> None:
    services.records.create("contacts", {"last_name": "Lê"})
    page = UsersPage(services)
    qtbot.addWidget(page)
    page.resize(720, 480)
    page.show()
    assert page.stack.currentWidget() is page.single
    page.username.setText("boss")
    page.full_name.setText("Bảo Trần")
    page.password.setText("a secret")
    page.again.setText("a secret")
    qtbot.mouseClick(page.turn_on, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.office
    boss = Services.build(db, user_id=login(db, "boss", "a secret"))
    contact = boss.lists.page(ListQuery("contacts"), 0, 1)[0]
    assert boss.records.get("contacts", contact.id).references["owner_id"] == "Bảo Trần"

    admin_page = UsersPage(boss)
    qtbot.addWidget(admin_page)
    admin_page.resize(720, 480)
    admin_page.show()
    dialog = AddUserDialog(boss, admin_page)
    qtbot.addWidget(dialog)
    dialog.username.setText("an")
    dialog.full_name.setText("An Nguyễn")
    dialog.password.setText("an's")
    dialog.again.setText("an's")
    dialog.try_add()
    assert dialog.result() == QDialog.DialogCode.Accepted
    admin_page.reload()
    rows = {
        admin_page.table.item(r, 0).text(): admin_page.table.item(r, 2).text()
        for r in range(admin_page.table.rowCount())
    }
    assert rows == {"boss": "Administrator", "an": "Staff"}
    names = [admin_page.table.item(r, 0).text() for r in range(2)]
    admin_page.table.selectRow(names.index("an"))
    qtbot.mouseClick(admin_page.active_button, Qt.MouseButton.LeftButton)
    assert "Disabled" in {admin_page.table.item(r, 4).text() for r in range(2)}


def test_the_rights_page_saves_each_tick(qtbot: QtBot, office: Services) -> None:
    page = RightsPage(office)
    qtbot.addWidget(page)
    page.resize(760, 620)
    page.show()
    page.private_boxes["leads"].setChecked(True)
    assert office.office.private_types() == {"leads"}
    page.role.setCurrentIndex(page.role.findText("Staff"))
    row = [t.key for t in page.types].index("contacts")
    page.table.item(row, 3).setCheckState(Qt.CheckState.Unchecked)  # delete
    staff = next(r for r in office.office.roles() if r.name == "Staff")
    assert staff.rights["contacts"] == {"view", "create", "edit", "export"}


def test_a_user_changes_their_own_password(
    qtbot: QtBot, db: Database, as_user: AsUser, settings: QSettings, tmp_path: Path
) -> None:
    window = app_module.build_main_window(as_user("an"), settings, backups=tmp_path / "b")
    qtbot.addWidget(window)
    action = window.findChild(type(window.save_action), "password_action")
    assert action is not None
    action.trigger()
    dialog = window.findChild(PasswordDialog)
    assert dialog is not None and dialog.current is not None
    dialog.current.setText(OFFICE_PASSWORD)
    dialog.new.setText("new one")
    dialog.again.setText("another")
    dialog.try_save()
    assert dialog.message.text() == "The two new passwords differ."
    dialog.again.setText("new one")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert login(db, "an", "new one")
