"""Read reports from disk: PDF (pdfplumber: text and ruled tables), .txt and .md.

``read_document`` raises ``ReadError`` with a one-line reason; ``collect_paths`` expands
folders. Nothing here interprets the text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from aikg.schema import Document, Table

SUFFIXES = (".pdf", ".txt", ".md")


class ReadError(Exception):
    """A document that cannot be read; the message is one line naming the reason."""


def collect_paths(inputs: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Expand files and folders into report paths (sorted, de-duplicated).

    Returns the paths and one-line problems (a missing path, an unsupported file given
    by name). Files of other kinds inside a folder are passed over silently.
    """
    paths: list[Path] = []
    problems: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            paths.extend(p for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                paths.append(path)
            else:
                problems.append(f"{path}: unsupported file type {path.suffix or '(none)'}")
        else:
            problems.append(f"{path}: no such file or folder")
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
    """
    stem = re.sub(r"[^\w\-.]+", "_", path.stem)[:60]
    return f"{stem}-{hashlib.sha1(data).hexdigest()[:8]}"


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
    return Document(path=str(path), report_id=report_id, text=text)


def _read_pdf(path: Path, data: bytes, report_id: str) -> Document:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.startswith(b"%PDF"):
        raise ReadError("not a PDF (no %PDF header)")
    pages_text: list[str] = []
    tables: list[Table] = []
    try:
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                pages_text.append(page.extract_text() or "")
                for rows in page.extract_tables():
                    cleaned = [[(c or "").replace("\n", " ").strip() for c in r] for r in rows]
                    cleaned = [r for r in cleaned if any(r)]
                    if len(cleaned) >= 2:
                        tables.append(Table(rows=cleaned, page=number, source="pdf"))
            page_count = len(pdf.pages)
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(f"damaged PDF: {type(exc).__name__}: {exc}".splitlines()[0]) from exc
    except Exception as exc:  # pdfminer raises many private exception types
        if type(exc).__module__.startswith(("pdfminer", "pdfplumber", "pypdfium2")):
            raise ReadError(f"damaged PDF: {type(exc).__name__}: {exc}".splitlines()[0]) from exc
        raise
    text = "\n\n".join(pages_text)
    if not text.strip():
        raise ReadError("PDF has no extractable text (scanned image?)")
    return Document(
        path=str(path), report_id=report_id, text=text, pdf_tables=tables, page_count=page_count
    )
