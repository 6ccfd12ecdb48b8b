"""The TrueType fonts every printed document embeds.

ReportLab's built-in Helvetica (and its bundled Vera) has no glyphs for Vietnamese letters
such as "ễ" or "Đ" nor Icelandic "Þ": they print as black boxes. DejaVu Sans covers
Vietnamese, Portuguese and Icelandic; ReportLab embeds the subset a document uses.
The font files ship in ``crm_desktop/resources/fonts`` with their licence.
"""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

#: the names documents use in ReportLab styles
REGULAR = "CRMSans"
BOLD = "CRMSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def font_dir() -> Path:
    # The package ships as plain files (wheel, PyInstaller one-folder).
    return Path(str(resources.files("crm_desktop") / "resources" / "fonts"))


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold fonts with ReportLab once; returns their names."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(font_dir() / file_name)))
        # <b> inside a Paragraph switches to the bold face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
