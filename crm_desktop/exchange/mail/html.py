"""A message's HTML made safe to show: Ammonia's allow-list (nh3) keeps the formatting and
drops scripts, styles, forms and event handlers; images are dropped too (those from the
web would tell the sender that the message was read; those inside the message are parts
the reader does not fetch)."""

from __future__ import annotations

import nh3

_TAGS = nh3.ALLOWED_TAGS - {"img"}


def safe_html(html: str) -> str:
    """``html`` cleaned for showing; links stay (they open in the browser when clicked)."""
    return nh3.clean(
        html, tags=_TAGS, link_rel="noopener noreferrer", url_schemes={"http", "https", "mailto"}
    )


def has_images(html: str) -> bool:
    """Whether the message has images (they are not shown)."""
    return "<img" in html.lower()
