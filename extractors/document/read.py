"""Read reports from disk: PDF (pdfplumber, laid out by :mod:`.pdf.pages`), .txt and .md.

``read_document`` raises ``ReadError`` with a one-line reason; ``collect_paths`` expands
folders and gives what it cannot take as ``ReportError`` records. Nothing here interprets
the text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from aikg.schema import AikgError, Document, ReportError

SUFFIXES = (".pdf", ".txt", ".md")
# A report is some hundred thousand characters; a text many times longer is a dump, not a
# report, and the name matcher (spaCy) would need gigabytes for it in one piece.
MAX_TEXT_CHARS = 2_000_000


class ReadError(AikgError):
    """A document that cannot be read; the message is one line naming the reason."""


def collect_paths(inputs: Iterable[str | Path]) -> tuple[list[Path], list[ReportError]]:
    """Expand files and folders into report paths (sorted, de-duplicated).

    Returns the paths and the problems (a missing path, an unsupported file given by
    name), one ``ReportError`` each. Files of other kinds inside a folder are passed over
    silently.

    >>> collect_paths(["no/such/report.txt"])
    ([], [ReportError(path='no/such/report.txt', reason='no such file or folder')])
    """
    paths: list[Path] = []
    problems: list[ReportError] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = [p for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES]
            if not found:
                kinds = ", ".join(SUFFIXES)
                problems.append(ReportError(str(path), f"no report here (aikg reads {kinds})"))
            paths.extend(found)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                paths.append(path)
            else:
                reason = f"unsupported file type {path.suffix or '(none)'}"
                problems.append(ReportError(str(path), reason))
        else:
            problems.append(ReportError(str(path), "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for p in paths:
        if p.resolve() not in seen:
            seen.add(p.resolve())
            unique.append(p)
    return unique, problems


def report_id_for(path: Path, data: bytes) -> str:
    """A stable, readable report id: the file stem plus a short content hash.

    The same file always gets the same id, so re-building or loading a superset of
    reports never duplicates a report.

    >>> report_id_for(Path("notes/2025 Q3.txt"), b"text")
    '2025_Q3-372ea08c'
    """
    stem = re.sub(r"[^\w\-.]+", "_", path.stem)[:60]
    return f"{stem}-{hashlib.sha1(data).hexdigest()[:8]}"


def _checked_length(text: str) -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(
            f"text of {len(text):,} characters is over the limit of {MAX_TEXT_CHARS:,} "
            "characters a report may have; split the file"
        )
    return text


def read_document(path: str | Path) -> Document:
    """Read one report. Raises ``ReadError`` for anything unreadable or empty."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadError("file is empty")
    report_id = report_id_for(path, data)
    if path.suffix.lower() == ".pdf":
        return _read_pdf(path, data, report_id)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise ReadError("not UTF-8 or GB18030 text") from exc
    if "\x00" in text:
        raise ReadError("binary content in a text file")
    return Document(
        path=str(path),
        report_id=report_id,
        text=_checked_length(text),
        content_hash=hashlib.sha1(data).hexdigest(),
    )


def _read_pdf(path: Path, data: bytes, report_id: str) -> Document:
    # pdfplumber and pdfminer (half a second of imports) only when a PDF is read
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    from aikg.extractors.document.pdf import read_pages

    if not data.startswith(b"%PDF"):
        raise ReadError("not a PDF (no %PDF header)")
    try:
        with pdfplumber.open(path) as pdf:
            layout = read_pages(pdf.pages)
            page_count = len(pdf.pages)
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(f"damaged PDF: {type(exc).__name__}: {exc}".splitlines()[0]) from exc
    except Exception as exc:  # pdfminer raises many private exception types
        if type(exc).__module__.startswith(("pdfminer", "pdfplumber", "pypdfium2")):
            raise ReadError(f"damaged PDF: {type(exc).__name__}: {exc}".splitlines()[0]) from exc
        raise
    if not layout.text.strip():
        raise ReadError("PDF has no extractable text (scanned image?)")
    return Document(
        path=str(path),
        report_id=report_id,
        text=_checked_length(layout.text),
        pdf_tables=layout.tables,
        page_count=page_count,
        content_hash=hashlib.sha1(data).hexdigest(),
        line_pages=layout.line_pages,
        sidebar_text=layout.sidebar_text,
        running_heads=layout.running_heads,
    )
