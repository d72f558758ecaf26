"""A pdfplumber page's objects (``page.objects``: chars, lines, rects, curves ...) made
with less work per object, the same dicts pdfplumber makes.

pdfplumber turns every pdfminer layout object into a dict by passing each attribute
through ``resolve_all`` (which resolves PDF object references inside lists and dicts)
and a ``filter``/``map`` of closures; on a text page this conversion is about a fifth of
the reading. Most attributes are plain numbers, strings or flags, which ``resolve_all``
returns as they are: :func:`page_objects` passes those straight through and gives
everything else to pdfplumber's own functions, so each dict has the same keys, in the
same order, with the same values (``tests/extractors/document/test_pdf_objects.py``
compares them with pdfplumber's on PDFs of every layout the corpus tests print).
"""

from __future__ import annotations

from typing import Any

from pdfminer.layout import LTChar, LTContainer, LTCurve, LTTextContainer
from pdfplumber.page import ALL_ATTRS, fix_fontname_bytes, lt_pat, normalize_unicode
from pdfplumber.utils import resolve_all, resolve_and_decode

# values resolve_all gives back unchanged (exact types: nothing to resolve inside them)
_PLAIN = frozenset({float, int, str, bool, type(None)})


def page_objects(page) -> dict[str, list[dict[str, Any]]]:
    """The page's objects by kind, as pdfplumber's ``Page.parse_objects`` makes them.

    Set as the page's parsed objects (``page._objects``, where pdfplumber keeps them
    once made), every pdfplumber method that reads the page then uses them.
    """
    objects: dict[str, list[dict[str, Any]]] = {}
    kinds: dict[type, str] = {}
    # what pdfplumber reads from the page for every object, read once
    frame = (page.height, *page.mediabox[:2], page.initial_doctop)
    for obj in _layout_objects(page, page.layout._objs):
        kind = kinds.get(type(obj))
        if kind is None:
            kind = kinds[type(obj)] = lt_pat.sub("", type(obj).__name__).lower()
        if kind == "anno":
            continue
        objects.setdefault(kind, []).append(_object(page, obj, kind, frame))
    return objects


def _layout_objects(page, layout_objects: list):
    """Every layout object, containers before their children (``iter_layout_objects``)."""
    for obj in layout_objects:
        if isinstance(obj, LTContainer):
            if page.pdf.laparams is not None:
                yield obj
            yield from _layout_objects(page, obj._objs)
        else:
            yield obj


def _resolved(value: Any) -> Any:
    """``resolve_all(value)``: a plain value, or a tuple of plain values (a char's
    matrix, a colour), is its own resolution."""
    if type(value) in _PLAIN:
        return value
    if type(value) is tuple and all(type(v) in _PLAIN for v in value):
        return value  # resolve_all would make an equal tuple
    return resolve_all(value)


def _object(page, obj, kind: str, frame: tuple[float, ...]) -> dict[str, Any]:
    """One object's dict, as pdfplumber's ``Page.process_object`` makes it; ``frame`` is
    the page's height, the mediabox's left and top, and the page's top in the document."""
    attr = {k: _resolved(v) for k, v in obj.__dict__.items() if k in ALL_ATTRS}
    attr["object_type"] = kind
    attr["page_number"] = page.page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            attr[cs] = resolve_and_decode(getattr(obj, cs).name)
    if isinstance(obj, (LTChar, LTTextContainer)):
        text = obj.get_text()
        norm = page.pdf.unicode_norm
        attr["text"] = normalize_unicode(norm, text) if norm is not None else text
    if isinstance(obj, LTChar):
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):  # rare byte-encoded font names
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
    elif isinstance(obj, LTCurve):
        attr["pts"] = list(map(page.point2coord, attr["pts"]))
        attr["path"] = [(cmd, *map(page.point2coord, pts)) for cmd, *pts in obj.original_path]
        attr["dash"] = obj.dashing_style
    height, mb_x0, mb_top, doctop = frame
    if "y0" in attr:
        attr["top"] = (height - attr["y1"]) + mb_top
        attr["bottom"] = (height - attr["y0"]) + mb_top
        attr["doctop"] = doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr
