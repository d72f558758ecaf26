"""Documents: reading reports from disk and segmenting them; nothing here extracts facts.

- :mod:`.read`: PDF (pdfplumber: text and ruled tables), ``.txt`` and ``.md`` to a
  ``Document``; folders expanded, problems as ``ReportError`` records;
- :mod:`.normalise`: width folding, OCR slips, hard-wrapped lines reflowed;
- :mod:`.headings`: which lines open a section, and of what kind;
- :mod:`.meta`: title, broker, period and language;
- :mod:`.segment`: a ``Document`` to a ``SegmentedReport`` (metadata, sections, tables).
"""

from aikg.extractors.document.read import (
    MAX_TEXT_CHARS,
    SUFFIXES,
    ReadError,
    collect_paths,
    read_document,
)
from aikg.extractors.document.segment import segment

__all__ = ["MAX_TEXT_CHARS", "SUFFIXES", "ReadError", "collect_paths", "read_document", "segment"]
