"""Printing to a PDF file ("Print to File" in the print dialog): the documents' own PDFs
are written, one after the other in one file, with their text, fonts and links as
ReportLab made them; painting their pages onto Qt's PDF printer would make a file of
pictures, with no text to search or copy."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from crm_desktop.services.output_file import replacing


def write_pdfs(target: Path, pdfs: Sequence[bytes], reads: Iterable[Path] = ()) -> int:
    """Write ``pdfs`` into ``target`` as one PDF, safely (see services/output_file.py:
    never over a database or a file being read, never half written); the pages written."""
    writer = PdfWriter()
    for data in pdfs:
        writer.append(PdfReader(io.BytesIO(data)))
    with replacing(target, reads=reads) as partial, partial.open("wb") as out:
        writer.write(out)
    return len(writer.pages)
