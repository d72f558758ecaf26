"""Chip specs English prose and bullets state beside a chip's name.

Notes and spec roundups write a chip's specs as a run of figures after its name: after a
colon or a dash ("B300: 288GB HBM3e, 8 TB/s, 1,400W"), in parentheses ("the TS-2 (5nm,
900 TFLOPS FP16, 450W)"), in an appositive ("Trainium3, a 3nm part with 144GB of
HBM3e"). Each figure goes to the nearest chip named before it in its sentence, and to
none when a comparison word ("versus", "than", "2x the") or a system stands between:
a rack, server or pod ("GB300 NVL72", "DGX B300") has the figures after it, and a chip
named in a comparison states none. A chip is one the alias list holds (its maker from
the list) or a part-shaped name ("MI450X", "Orca-4", "TPU v8p") right after its maker or
before a run of figures, or one the text calls a chip ("the TX-1 inference chip").
Patterns: ``rules/chips/en.toml`` "stated".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from aikg.extractors.chips.specs import common, en, is_chip_name, quantity
from aikg.extractors.names.lexicon import known_mentions
from aikg.extractors.tables.common import is_name
from aikg.extractors.text.script import is_english
from aikg.extractors.text.sentences import prose_sentences
from aikg.extractors.text.surface import clean_surface
from aikg.schema import EntityFact, EntityRef, Evidence, Fact, RelationFact, SegmentedReport


@dataclass
class Anchor:
    """A chip (or a system) named in a sentence, and the figures given to it."""

    start: int
    end: int
    chip: str
    maker: str
    stands_for_chip: bool = True  # False: a system or a chip named in a comparison
    props: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Figure:
    """One spec figure: where it is, its property ("" for none) and its value."""

    start: int
    end: int
    key: str
    value: float | None


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    """The single patterns of ``stated``, compiled."""
    stated = en()["stated"]
    names = (
        "part", "not_part", "system_after", "system_before", "possessive", "maker_verb",
        "anaphora", "maker_gap", "bullet_head", "opener", "chip_word_after", "subject_its",
    )  # fmt: skip
    out = {name: re.compile(stated[name]) for name in names}
    out["comparison"] = re.compile(stated["comparison"], re.I)
    return out


@lru_cache(maxsize=1)
def _spec_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(property, pattern) of each spec figure, in the order tried."""
    out = []
    for spec in en()["stated"]["specs"]:
        out.append(("" if spec["kind"] == "none" else spec["kind"], re.compile(spec["re"])))
    return out


def figures(sentence: str) -> list[Figure]:
    """The spec figures of a sentence in reading order; an earlier pattern keeps what it
    matched.

    >>> [(f.key, f.value) for f in figures("B300: 288GB HBM3e, 2.5 PFLOPS FP16, 1,400W")]
    [('', None), ('fp16_tflops', 2500.0), ('power_w', 1400.0)]
    >>> [(f.key, f.value) for f in figures("built on TSMC N3P, 20 PFLOPS FP4")]
    [('process_nm', 3.0), ('', None)]
    """
    taken: list[Figure] = []
    for key, pattern in _spec_patterns():
        for m in pattern.finditer(sentence):
            if any(m.start() < f.end and f.start < m.end() for f in taken):
                continue
            taken.append(Figure(m.start(), m.end(), key, _value(m) if key else None))
    return sorted(taken, key=lambda f: f.start)


def _value(m: re.Match[str]) -> float | None:
    """The figure's value in the schema's unit: the first number group that matched."""
    number = next(v for k, v in m.groupdict().items() if k.startswith("v") and v)
    return quantity(number + (m.groupdict().get("u") or ""))


def anchors(sentence: str, parts: dict[str, str] | None = None) -> list[Anchor]:
    """The chips and systems a sentence names, in reading order; ``parts``, the part
    names (and makers) the report tied to a maker before, are chips wherever they stand.

    >>> found = anchors("The GB300 NVL72 rack and AMD Instinct MI450X: 2nm")
    >>> [(a.chip, a.maker, a.stands_for_chip) for a in found]
    [('GB300', 'NVIDIA', False), ('Instinct MI450X', 'AMD', True)]
    """
    known = [
        (start, end, alias)
        for start, end, alias, _ in known_mentions(sentence)
        if alias.label in ("Chip", "Company")
    ]
    found: list[Anchor] = [
        Anchor(start, end, alias.canonical, alias.parent or "")
        for start, end, alias in known
        if alias.label == "Chip"
    ]
    companies = [
        (start, end, alias.canonical) for start, end, alias in known if alias.label == "Company"
    ]
    for m in _rules()["part"].finditer(sentence):
        start, end, chip = m.start("chip"), m.end("chip"), m.group("chip")
        if any(start < a.end + 2 and a.start < end for a in found):
            continue  # the alias list's chip, or a variant written after it ("H100 SXM5")
        if _rules()["not_part"].match(chip) or not is_chip_name(chip):
            continue
        maker = _maker_before(sentence, start, companies) or (parts or {}).get(chip, "")
        if (
            maker
            or _opens_figures(sentence, start, end)
            or _rules()["chip_word_after"].match(sentence[end:])
        ):
            found.append(Anchor(start, end, chip, maker or _bullet_maker(sentence[:start])))
    found.sort(key=lambda a: a.start)
    for before, anchor in zip([None, *found], found, strict=False):
        lead = sentence[before.end if before else 0 : anchor.start]
        if (
            _rules()["system_after"].match(sentence[anchor.end :])
            or _rules()["system_before"].search(sentence[: anchor.start])
            or _rules()["comparison"].search(lead)
        ):
            anchor.stands_for_chip = False
    return found


def is_part(text: str) -> bool:
    """Whether a text is a chip's part name: one the alias list holds, or part-shaped
    and nothing else ("Orca-4", not "HBM3E" or "FY26").

    >>> is_part("Orca-4"), is_part("B300"), is_part("HBM3E"), is_part("Kelpie")
    (True, True, False, False)
    """
    known = known_mentions(text)
    if len(known) == 1 and known[0][2].label == "Chip" and known[0][3] == text:
        return True
    m = _rules()["part"].fullmatch(text)
    return bool(m) and not _rules()["not_part"].match(text) and is_chip_name(text)


def _maker_before(sentence: str, start: int, companies: list[tuple[int, int, str]]) -> str:
    """The maker written right before a part: a known company ("AMD Instinct MI450X",
    "Google's TPU v8p"), a capitalised name before "'s", the subject of a verb of
    making ("Tarn Systems unveiled the TX-1") or a sentence's opening name before "its"
    ("Tarn Systems said its TX-1"); "" if none.

    >>> _maker_before("Tarn Systems unveiled the TX-1", 26, [])
    'Tarn Systems'
    """
    head = sentence[:start]
    for _, c_end, name in companies:
        if c_end <= start and _rules()["maker_gap"].fullmatch(head[c_end:]):
            return name
    for rule in ("possessive", "maker_verb", "subject_its"):
        m = _rules()[rule].search(head)
        if m and is_name(clean_surface(m.group("maker"))):
            return clean_surface(m.group("maker"))
    return ""


def _bullet_maker(head: str) -> str:
    """The name a bullet opens with before its part ("- Kelpie Compute Orca-4: ..."), if
    it reads as a name.

    >>> _bullet_maker("- Kelpie Compute "), _bullet_maker("New ")
    ('Kelpie Compute', '')
    """
    m = _rules()["bullet_head"].match(head)
    maker = clean_surface(m.group("maker") or "") if m else ""
    return maker if maker and is_name(maker) else ""


def _opens_figures(sentence: str, start: int, end: int) -> bool:
    """Whether a part opens its sentence (a bullet, maybe after its maker's words) and a
    colon, dash or parenthesis of figures follows it ("TS-2: 5nm, 450W", "TS-2 (5nm)").

    >>> _opens_figures("- TS-2: 5nm, 450W", 2, 6), _opens_figures("We like TS-2: 5nm", 8, 12)
    (True, False)
    """
    if not _rules()["bullet_head"].match(sentence[:start]):
        return False
    m = _rules()["opener"].match(sentence[end:])
    return bool(m) and any(f.start < _FIGURE_REACH for f in figures(sentence[end + m.end() :]))


# A run of figures starts within this many characters of its opener ("TS-2 — built on
# 5nm" is one; a colon before a sentence of other news is none).
_FIGURE_REACH = 40


def assign(
    sentence: str, before: Anchor | None = None, parts: dict[str, str] | None = None
) -> list[Anchor]:
    """The chips and systems of a sentence with the figures each is given (a chip with
    none, a system or a compared chip states no spec); ``before``, the chip the
    sentence before named, when this one goes on about it ("The chip draws 300W").

    >>> [(a.chip, a.props) for a in stating(assign("Orca-4 (4nm, 600W) beats the H100's 700W"))]
    [('Orca-4', {'process_nm': 4.0, 'power_w': 600.0})]
    >>> [(a.chip, a.props) for a in assign("It draws 300W.", Anchor(0, 0, "TX-1", "Tarn"))]
    [('TX-1', {'power_w': 300.0})]
    """
    found = anchors(sentence, parts)
    carried = _rules()["anaphora"].match(sentence)
    if not found and before is not None and carried:
        found = [Anchor(0, carried.end(), before.chip, before.maker)]
    comparison = _rules()["comparison"]
    for figure in figures(sentence):
        before = [a for a in found if a.end <= figure.start]
        if not before or comparison.search(sentence[before[-1].end : figure.start]):
            continue
        anchor = before[-1]
        if figure.key and figure.value is not None and figure.key not in anchor.props:
            anchor.props[figure.key] = figure.value
    return found


def stating(found: list[Anchor]) -> list[Anchor]:
    """The chips that state a spec of their own."""
    return [a for a in found if a.stands_for_chip and a.props]


def stated_chips(report: SegmentedReport) -> Iterator[Fact]:
    """Chips whose specs English prose and bullets state, with DESIGNS by the maker
    (English sentences of any report: a Chinese report quotes English spec lines too)."""
    table_row = re.compile(common()["flat_row"], re.I)
    parts: dict[str, str] = {}  # part -> maker, once the report has tied them
    for section in report.sections:
        if section.kind == "disclaimer":
            continue
        previous: Anchor | None = None  # carried over the lines of one paragraph
        for i, line in enumerate(section.lines):
            if not line.strip() or "\t" in line or line.lstrip().startswith(("|", "<")):
                previous = None
                continue
            if table_row.match(line):
                continue
            for sentence in prose_sentences(line):
                if not is_english(sentence.text):
                    previous = None
                    continue
                where = f"line {section.line_of(i)}"
                found = assign(sentence.text, previous, parts)
                for anchor in stating(found):
                    evidence = Evidence(report.meta.report_id, sentence.text, where)
                    yield from _facts(anchor, evidence)
                parts.update((a.chip, a.maker) for a in found if a.stands_for_chip and a.maker)
                previous = _only_chip(found)


def _only_chip(found: list[Anchor]) -> Anchor | None:
    """The one chip a sentence names (its figures, if any, then belong to it), kept for
    the next sentence; a sentence naming no chip or several carries none.

    >>> _only_chip([Anchor(0, 4, "TX-1", "Tarn")]).chip, _only_chip([])
    ('TX-1', None)
    """
    chips = [a for a in found if a.stands_for_chip]
    return chips[0] if len(chips) == 1 else None


def _facts(anchor: Anchor, evidence: Evidence) -> list[Fact]:
    ref = EntityRef(anchor.chip, "Chip")
    facts: list[Fact] = [EntityFact(ref, evidence, dict(anchor.props))]
    if anchor.maker:
        facts.append(RelationFact("DESIGNS", EntityRef(anchor.maker, "Company"), ref, evidence))
    return facts
