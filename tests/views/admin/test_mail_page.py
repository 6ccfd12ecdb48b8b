"""Settings › Mail: the account saved per user, the password only in the keyring (a
file keyring here), and "Test connection" against a real SMTP server on loopback."""

from __future__ import annotations

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.mail.types import KEYRING_SERVICE, Security
from crm_desktop.views.admin.settings_dialog import SettingsDialog
from tests.file_keyring import file_keyring  # noqa: F401 - the fixture
from tests.smtp_server import free_port, loopback_smtp

pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def dialog(
    qtbot: QtBot,
    services: Services,
    file_keyring: PlaintextKeyring,  # noqa: F811
) -> SettingsDialog:
    widget = SettingsDialog(services)
    qtbot.addWidget(widget)
    widget.open()
    widget.tabs.setCurrentWidget(widget.mail)
    qtbot.waitExposed(widget)
    return widget


def test_the_account_is_saved_and_its_password_kept_in_the_keyring(
    services: Services, dialog: SettingsDialog
) -> None:
    page = dialog.mail
    assert "kept in this computer's keyring" in page.keyring_note.text()
    page.address.setText("lan@anhduong.vn")
    page.outgoing.host.setText("smtp.anhduong.vn")
    page.outgoing.security.setCurrentIndex(page.outgoing.security.findData(Security.STARTTLS))
    assert page.outgoing.port.value() == 587  # the protection's usual port
    page.outgoing.user_name.setText("lan")
    page.outgoing.password.setText("mật khẩu")
    assert page.save()
    assert page.saved.text() == "Saved."

    account = services.mail_account()
    assert account is not None and account.outgoing is not None
    assert (account.address, account.outgoing.port, account.incoming) == (
        "lan@anhduong.vn",
        587,
        None,
    )
    assert keyring.get_password(KEYRING_SERVICE, account.outgoing.keyring_user) == "mật khẩu"

    page.reload()
    page._read_passwords()
    assert page.outgoing.password.text() == "mật khẩu"


def test_a_wrong_address_is_shown_and_nothing_saved(
    services: Services, dialog: SettingsDialog
) -> None:
    dialog.mail.address.setText("không phải địa chỉ")
    assert not dialog.mail.save()
    assert dialog.mail.address_problem.text() == "Not an e-mail address."
    assert services.mail_account() is None


def test_test_connection_says_what_is_wrong_or_that_it_works(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    page = dialog.mail
    page.outgoing.host.setText("127.0.0.1")
    page.outgoing.security.setCurrentIndex(page.outgoing.security.findData(Security.NONE))
    page.outgoing.port.setValue(free_port())
    page.test_outgoing()
    qtbot.waitUntil(page.test_button.isEnabled, timeout=10_000)
    assert "refused the connection" in page.test_result.text()

    with loopback_smtp(login=("lan", "đúng")) as (_mailbox, port):
        page.outgoing.port.setValue(port)
        page.outgoing.user_name.setText("lan")
        page.outgoing.password.setText("sai")
        page.test_outgoing()
        qtbot.waitUntil(page.test_button.isEnabled, timeout=10_000)
        assert "did not accept the user name or password" in page.test_result.text()
        page.outgoing.password.setText("đúng")
        page.test_outgoing()
        qtbot.waitUntil(page.test_button.isEnabled, timeout=10_000)
        assert page.test_result.text() == "The connection works."
