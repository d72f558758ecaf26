"""Read reports from disk: PDF (pdfplumber: text and ruled tables), .txt and .md.

``read_document`` raises ``ReadError`` with a one-line reason; ``collect_paths`` expands
folders. Nothing here interprets the text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from aikg.schema import AikgError, Document, Table

SUFFIXES = (".pdf", ".txt", ".md")
# A report is some hundred thousand characters; a text many times longer is a dump, not a
# report, and the name matcher (spaCy) would need gigabytes for it in one piece.
MAX_TEXT_CHARS = 2_000_000


class ReadError(AikgError):
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


def _join_cell_lines(cell: str | None) -> str:
    """A ruled-table cell's text on one line.

    A cell wrapped inside its column comes back as several lines. The break is read as
    a space only between two Latin characters (a line can only break there at a space);
    next to Chinese text it was a break inside the run, so the lines join directly.
    """
    lines = [ln.strip() for ln in (cell or "").split("\n")]
    out = ""
    for line in lines:
        if not line:
            continue
        if out and out[-1].isascii() and line[0].isascii():
            out += " "
        out += line
    return out


_CAPTION_BAND = 36.0  # points above a table searched for its caption line


@dataclass
class _Ruled:
    """A ruled table as found on one page."""

    table: Table
    top: float
    bottom: float
    page_height: float
    captioned: bool  # some text sits just above it


def _text_outside(page, ruled_tables: list) -> str:
    """The page's text without the characters inside its ruled tables.

    The tables are read as tables; left in the running text, their rows would be read a
    second time as sentences.
    """
    boxes = [t.bbox for t in ruled_tables]
    if not boxes:
        return page.extract_text() or ""

    def outside(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    return page.filter(outside).extract_text() or ""


def _inside(page, box: tuple[float, float, float, float]) -> tuple | None:
    """``box`` clipped to the page, or None when nothing of it is on the page.

    A table wider than the page, a bleed or a rotated chart reaches past the page box;
    pdfplumber refuses to crop to such a box, and the text inside the page is still wanted.
    """
    left, top, right, bottom = page.bbox
    clipped = (max(box[0], left), max(box[1], top), min(box[2], right), min(box[3], bottom))
    return clipped if clipped[0] < clipped[2] and clipped[1] < clipped[3] else None


def _page_tables(page, number: int, ruled_tables: list | None = None) -> list[_Ruled]:
    """The ruled tables of a page, top to bottom, each captioned by the line above it."""
    found = []
    if ruled_tables is None:
        ruled_tables = page.find_tables()
    ruled_tables = sorted(ruled_tables, key=lambda t: (t.bbox[1], t.bbox[0]))
    for ruled in ruled_tables:
        rows = [[_join_cell_lines(c) for c in r] for r in ruled.extract()]
        rows = [r for r in rows if any(r)]
        if len(rows) < 2:
            continue
        x0, top, x1, bottom = ruled.bbox
        # the band stops at a table above, whose last row is no caption
        ceiling = max(
            [top - _CAPTION_BAND, 0.0]
            + [
                t.bbox[3]
                for t in ruled_tables
                if t.bbox[3] <= top and t.bbox[0] < x1 and t.bbox[2] > x0
            ]
        )
        band = _inside(page, (x0, ceiling, x1, top))
        above = (page.within_bbox(band).extract_text() or "").split("\n") if band else []
        above = [ln.strip() for ln in above if ln.strip()]
        table = Table(rows=rows, caption=above[-1] if above else "", page=number, source="pdf")
        found.append(_Ruled(table, top, bottom, float(page.height), bool(above)))
    return found


def _continues(previous: _Ruled | None, ruled: _Ruled, first_on_page: bool) -> bool:
    """Whether a page's first table goes on with the previous page's last table.

    It does when nothing sits just above it (no caption), the previous page's last
    table ran into the lower part of that page, and both have the same columns.
    """
    return (
        previous is not None
        and first_on_page
        and not ruled.captioned
        and ruled.table.page == previous.table.page + 1
        and previous.bottom > previous.page_height * 0.75
        and len(ruled.table.rows[0]) == len(previous.table.rows[0])
    )


def _read_pdf(path: Path, data: bytes, report_id: str) -> Document:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.startswith(b"%PDF"):
        raise ReadError("not a PDF (no %PDF header)")
    pages_text: list[str] = []
    tables: list[Table] = []
    try:
        with pdfplumber.open(path) as pdf:
            previous: _Ruled | None = None  # the last table fragment read
            for number, page in enumerate(pdf.pages, 1):
                ruled_tables = page.find_tables()
                pages_text.append(_text_outside(page, ruled_tables))
                for index, ruled in enumerate(_page_tables(page, number, ruled_tables)):
                    if previous is not None and _continues(previous, ruled, index == 0):
                        merged = tables[-1]
                        rows = ruled.table.rows
                        if rows[0] == merged.rows[0]:
                            rows = rows[1:]  # the header, repeated on the new page
                        merged.rows.extend(rows)
                    else:
                        tables.append(ruled.table)
                    previous = ruled
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
        path=str(path),
        report_id=report_id,
        text=_checked_length(text),
        pdf_tables=tables,
        page_count=page_count,
        content_hash=hashlib.sha1(data).hexdigest(),
    )
