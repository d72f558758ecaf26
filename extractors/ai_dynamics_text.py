"""The AI dynamics rules, sentences, and the layout of English sections.

``rules()`` loads ``rules/ai_dynamics.json`` and ``rx(key)`` compiles one of its
patterns; ``join_lines`` rejoins hard-wrapped lines. Sentences end at 。;!? and, in
English text (no Chinese character in it), at a full stop before a capitalised word that
no abbreviation ("Mar.", "Inc.", "U.S.") holds.
In a section most of whose lines are English, an item mark ("- ", "1. "), a leading date
or a capital after a finished sentence opens a paragraph, and "Zentrix Labs: released X"
is a company subheading (``ai_dynamics_layout`` cuts sections into units).
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from aikg.extractors.dates import find_dates, lead_span
from aikg.extractors.english import is_abbreviation_word
from aikg.schema import Section

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_END = re.compile(r"[。;!?！？]")
_LATIN_END = re.compile(r"[A-Za-z0-9.\-+]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(]")
_EN_END = re.compile(r"(?<=[A-Za-z0-9)\"”'%])[.!?](?=[\"”']?\s+[\"“(]?[A-Z0-9])")


@lru_cache(maxsize=1)
def rules() -> dict:
    """The AI dynamics rules (``rules/ai_dynamics.json``)."""
    raw = resources.files("aikg.extractors").joinpath("rules/ai_dynamics.json").read_text("utf-8")
    return json.loads(raw)


@cache
def rx(key: str) -> re.Pattern[str]:
    """The compiled regex stored under ``key`` in the rules."""
    return re.compile(rules()[key])


def is_english(text: str) -> bool:
    """Whether a text is written in a Latin script: letters and no Chinese character.

    >>> is_english("On March 4, Zentrix released Zyra 2."), is_english("3 月 4 日,发布 Zyra")
    (True, False)
    """
    return bool(re.search("[A-Za-z]{2}", text)) and not _CJK.search(text)


def join_lines(parts: list[str]) -> str:
    """Join hard-wrapped pieces: a space between Latin ends, nothing between CJK ones.

    >>> join_lines(["推出 Hunyuan-Large 大", "模型,发布 Siri", "Apple Intelligence"])
    '推出 Hunyuan-Large 大模型,发布 Siri Apple Intelligence'
    """
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        latin_end = _LATIN_END.search(out) or (out[-1:] in ",;:" and is_english(out[-30:]))
        if out and latin_end and _LATIN_START.match(part):
            out += " "
        out += part
    return out


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    word = re.search(r"[A-Za-z.]+$", text[:dot])
    if not word:
        return False
    token = word.group(0)
    # A single-letter initial ("J. Smith") too, beside the shared list.
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", token)) or is_abbreviation_word(
        token.rstrip(".")
    )


def _english_ends(text: str) -> list[int]:
    """Offsets just after each English sentence end of ``text``.

    >>> _english_ends("Zentrix Inc. released Zyra 2. The U.S. Department cheered.")
    [29, 58]
    """
    ends = [m.end() for m in _EN_END.finditer(text) if not _abbreviation(text, m.start())]
    return [*ends, len(text)] if text.strip() and (not ends or ends[-1] < len(text)) else ends


def split_sentences(text: str, line: int = 0) -> list[tuple[str, int]]:
    """Sentences of ``text`` (split after 。;!?, and after an English full stop in English
    pieces), each with the given line.

    >>> split_sentences("发布 A。推出 B;")
    [('发布 A。', 0), ('推出 B;', 0)]
    >>> [s for s, _ in split_sentences("Mar. 4: Zentrix released Zyra 2. It is fast.")]
    ['Mar. 4: Zentrix released Zyra 2.', 'It is fast.']
    """
    pieces, start = [], 0
    for m in _CJK_END.finditer(text):
        pieces.append(text[start : m.end()])
        start = m.end()
    pieces.append(text[start:])
    out = []
    for piece in pieces:
        cuts = _english_ends(piece) if is_english(piece) else [len(piece)]
        begin = 0
        for cut in cuts:
            if piece[begin:cut].strip():
                out.append((piece[begin:cut].strip(), line))
            begin = cut
    return out


def english_company_line(text: str, name: str, rest: str) -> tuple[str, str] | None:
    """An English subheading "Zentrix Labs: released X, launched Y": one sentence, a
    capitalised name before the colon, and no date ("Mar. 20: ...")."""
    if len(text) > rules()["subheading_max_chars_en"] or len(split_sentences(text)) > 1:
        return None
    if not rx("en_company_heading").fullmatch(name) or find_dates(name, "2000-12"):
        return None
    return name, rest


def english_heading(line: str) -> bool:
    """Whether an English line is a bare capitalised name ("Veltro Systems"), a heading.

    >>> english_heading("Veltro Systems"), english_heading("Veltro released Zyra 2.")
    (True, False)
    """
    text = line.strip()
    short = len(text.split()) <= 5 and not re.search(r"[.!?:;,]$", text)
    return (
        short and bool(rx("en_company_heading").fullmatch(text)) and not find_dates(text, "2000-12")
    )


def verb_first(text: str) -> bool:
    """Whether an English item opens with a verb ("Released Zyra 2 on March 4.").

    >>> verb_first("Released Zyra 2."), verb_first("Island Labs released Zyra 2.")
    (True, False)
    """
    word = re.match(r"\s*([A-Za-z][\w\-]*)", text)
    return bool(word and re.match(rules()["en_agent_verbs"], word.group(1).lower()))


def english_section(section: Section) -> bool:
    """Whether most lines of a section are English."""
    lines = [line for line in section.lines if line.strip()]
    return 2 * sum(is_english(line) for line in lines) > len(lines)


def english_opens(line: str, bare: str, pending: list[tuple[str, int]]) -> bool:
    """Whether an English line opens a paragraph: an item mark, a leading date, or a
    capital after a finished sentence (else it continues a hard-wrapped one)."""
    if not pending or bare != line.strip() or lead_span(bare):
        return True
    return bool(re.search(r"[.!?:][\"”')]?$", pending[-1][0]) and re.match(r"[A-Z0-9\"“(]", bare))
