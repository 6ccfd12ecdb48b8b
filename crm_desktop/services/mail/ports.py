"""The usual port of each protection, for outgoing (SMTP) and incoming (IMAP) mail."""

from __future__ import annotations

from crm_desktop.services.mail.types import Security

SMTP_PORTS = {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}
IMAP_PORTS = {Security.SSL: 993, Security.STARTTLS: 143, Security.NONE: 143}
