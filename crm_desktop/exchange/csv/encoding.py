"""Which encoding a text file is in, from its first bytes.

A byte-order mark decides. Without one, UTF-16 shows as a NUL byte beside nearly every
ASCII character (commas, digits, Latin letters), which a legacy encoding never has; then
strict UTF-8 is tried, because charset-normalizer can call short UTF-8 text something
else; only then charset-normalizer guesses among the legacy encodings.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

#: bytes looked at to decide the encoding and the separator
SAMPLE_SIZE = 64 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN_SIGNS = set("€£°§©®«»–—‘’‚“”„…•·")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
#: single-byte encodings charset-normalizer often names for Windows-1252 text: on a short
#: sample it cannot tell "Åsa" (Windows-1252) from "Ĺsa" (Windows-1250). Windows-1252 is
#: what Excel and Outlook write in the languages we ship, so it is chosen when it reads
#: the sample; a user of another one picks it in the wizard (or --encoding).
_WESTERN = {
    "latin_1",
    "iso8859_2",
    "iso8859_15",
    "cp1250",
    "cp1254",
    "cp1257",
    "mac_roman",
    "cp850",
}


@dataclass(frozen=True)
class DetectedEncoding:
    """The encoding a file was found to be in, and how it was found."""

    #: a Python codec name, ready for ``open(..., encoding=...)``
    encoding: str
    #: "bom", "utf-16 pattern", "utf-8", "guess" or "fallback"
    method: str
    #: True when a byte-order mark or a strict decode decided; False for a guess
    sure: bool


def detect_encoding(sample: bytes) -> DetectedEncoding:
    """The encoding of a file whose first bytes are ``sample``."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return DetectedEncoding(name, "bom", True)
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return DetectedEncoding(utf16, "utf-16 pattern", True)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: the sample may end inside a character
        decoder.decode(sample, final=False)
    except UnicodeDecodeError:
        pass
    else:
        return DetectedEncoding("utf-8", "utf-8", True)
    if _looks_western(sample):
        return DetectedEncoding("cp1252", "guess", False)
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        return DetectedEncoding("cp1252", "fallback", False)
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    if name in _WESTERN and _decodes(sample, "cp1252"):
        name = "cp1252"
    return DetectedEncoding(codecs.lookup(name).name, "guess", False)


def _utf16_without_bom(sample: bytes) -> str | None:
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    if odd_nuls > pairs * 0.3 and even_nuls < pairs * 0.05:
        return "utf-16-le"
    if even_nuls > pairs * 0.3 and odd_nuls < pairs * 0.05:
        return "utf-16-be"
    return None


def _looks_western(sample: bytes) -> bool:
    """Whether ``sample`` reads as Windows-1252 text in a Latin-script language: its
    non-ASCII characters are nearly all accented letters or common signs, each among
    ASCII letters ("João", "Müller", "Þórður"), not in long runs as the bytes of
    Shift_JIS or Big5 text are. charset-normalizer guesses badly on a short sample
    ("Nome,Cidade / João,São Paulo" came out as Big5)."""
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    others = [ch for ch in text if ord(ch) > 127]
    if not others:
        return True
    fitting = sum(1 for ch in others if ch in _WESTERN_SIGNS or (ch.isalpha() and ord(ch) >= 0xC0))
    longest_run = max(len(run) for run in _NON_ASCII_RUN.findall(text))
    return fitting >= 0.95 * len(others) and longest_run <= 3


def _decodes(sample: bytes, encoding: str) -> bool:
    try:
        sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
