"""Surface forms: the OCR slips of PDF-to-text conversion, and names and cells cleaned.

The slips are fixed once for the whole text by the segmenter (``normalise_text``) and
again in every surface form an extractor or the resolver compares (``clean_surface``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# "Al" for "AI" is the commonest PDF-to-text slip in these reports.
OCR_SLIPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("OpenAl"), "OpenAI"),
    (re.compile(r"(?<![A-Za-z])Al(?![a-z])"), "AI"),
)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def fix_ocr(text: str) -> str:
    """``text`` with the OCR slips fixed.

    >>> fix_ocr("OpenAl 的 Al 芯片, Algorithm")
    'OpenAI 的 AI 芯片, Algorithm'
    """
    if "Al" not in text:  # every slip has these letters: most texts need no pass
        return text
    for pattern, repl in OCR_SLIPS:
        text = pattern.sub(repl, text)
    return text


# The same cells and names are cleaned by every extractor that reads them (a table's
# cells some twenty times per report): cleaning is pure, so each short text is cleaned
# once per process (a whole text is not kept).
_CACHED_CHARS = 2_000


def clean_surface(text: str) -> str:
    """Normalise a surface form: NFKC width folding, OCR slips, collapsed whitespace.

    >>> clean_surface("OpenAl  （美国）")
    'OpenAI (美国)'
    """
    return _clean_kept(text) if len(text) <= _CACHED_CHARS else _clean(text)


@lru_cache(maxsize=65_536)
def _clean_kept(text: str) -> str:
    """:func:`_clean`, kept per text."""
    return _clean(text)


def _clean(text: str) -> str:
    """:func:`clean_surface`, uncached."""
    text = fix_ocr(unicodedata.normalize("NFKC", text))
    text = text.replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def clean_cell(text: str) -> str:
    """A table cell without markup tags and with collapsed whitespace.

    >>> clean_cell("<b>箅</b> 力(FP16) ")
    '箅 力(FP16)'
    """
    text = text or ""
    return _cell_kept(text) if len(text) <= _CACHED_CHARS else clean_surface(_TAG.sub("", text))


@lru_cache(maxsize=65_536)
def _cell_kept(text: str) -> str:
    """:func:`clean_cell`, kept per text."""
    return clean_surface(_TAG.sub("", text))
