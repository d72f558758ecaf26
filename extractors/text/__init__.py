"""Text shared by every stage: scripts, surface forms, sentences, paragraphs, patterns.

- :mod:`.script`: the one CJK pattern, Latin-script test, display width;
- :mod:`.surface`: the OCR slips, cleaned names and cells;
- :mod:`.sentences`: the one set of end marks and the sentence cut;
- :mod:`.lines`: hard-wrapped lines joined back into paragraphs;
- :mod:`.english`: English abbreviations (a period that ends no sentence);
- :mod:`.patterns`: regexes built from word lists.
"""

from aikg.extractors.text.english import is_abbreviation, is_abbreviation_word
from aikg.extractors.text.lines import Paragraph, join_lines, paragraph_sentences, paragraphs
from aikg.extractors.text.patterns import alternation, regex_words, word_alternation
from aikg.extractors.text.script import CJK, CJK_CLASS, CJK_RANGE, display_width, is_english
from aikg.extractors.text.sentences import (
    MARKS,
    Sentence,
    marked_pieces,
    pieces,
    prose_sentences,
    split_sentences,
)
from aikg.extractors.text.surface import clean_cell, clean_surface, fix_ocr

__all__ = [
    "CJK",
    "CJK_CLASS",
    "CJK_RANGE",
    "MARKS",
    "Paragraph",
    "Sentence",
    "alternation",
    "clean_cell",
    "clean_surface",
    "display_width",
    "fix_ocr",
    "is_abbreviation",
    "is_abbreviation_word",
    "is_english",
    "join_lines",
    "marked_pieces",
    "paragraph_sentences",
    "paragraphs",
    "pieces",
    "prose_sentences",
    "regex_words",
    "split_sentences",
    "word_alternation",
]
