"""Units named after their owner: 阿里云, 谷歌 DeepMind, 微软 Azure.

A unit's name that is a listed company's name followed by a unit word states whom the
unit belongs to; each sentence that writes such a name gives a ``SUBSIDIARY_OF``
relationship (``basis`` "name") with that sentence as evidence. The unit words live in
``rules/units/``. Unit names come from the alias list only; the extractor runs last
(phase ``linking``) so that its links are not taken for names the tables typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.known import Known
from aikg.extractors.names.lexicon import Alias, known_mentions, lookup
from aikg.extractors.rules import load
from aikg.extractors.text.sentences import marked_pieces
from aikg.extractors.text.surface import clean_surface
from aikg.schema import EntityRef, Evidence, Fact, RelationFact, SegmentedReport

PHASE = "linking"


@lru_cache(maxsize=1)
def _unit_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(load("units", "zh")["unit_words"]), tuple(load("units", "en")["unit_words"])


def owner_named_in(surface: str) -> Alias | None:
    """The listed company a unit's own name names as its owner, if any.

    The name states the tie: 阿里云 is 阿里's cloud, Google DeepMind is Google's lab. A
    Chinese remainder must be a unit word (so 京东方 is not 京东's), a Latin one must
    follow a space.

    >>> owner_named_in("阿里云").canonical
    'Alibaba'
    >>> owner_named_in("谷歌 DeepMind").canonical
    'Alphabet'
    >>> owner_named_in("京东方") is None, owner_named_in("Intellifusion") is None
    (True, True)
    """
    name = clean_surface(surface)
    cjk_units, latin_units = _unit_words()
    for cut in range(len(name) - 1, 0, -1):
        head, rest = name[:cut].rstrip(), name[cut:].strip()
        if not rest or not head:
            continue
        spaced = name[cut - 1] == " " or name[cut] == " "
        if rest in cjk_units or (spaced and rest in latin_units):
            owner = lookup(head, "Company")
            if owner and owner != lookup(name, "Company"):
                return owner
    return None


def extract(report: SegmentedReport, known: Known | None = None) -> Iterator[Fact]:
    """``SUBSIDIARY_OF`` for every unit a sentence names with its owner's name, once per
    unit and sentence (``known`` is not needed: unit names come from the alias list).

    >>> from aikg.schema import ReportMeta, Section
    >>> r = SegmentedReport(ReportMeta("r"), [Section("prose", "", ["阿里云收入增长。"], 3)],
    ...                     [], "")
    >>> [(f.source.name, f.target.name) for f in extract(r)]
    [('阿里云', 'Alibaba')]
    """
    seen: set[tuple[str, str]] = set()
    for section in report.sections:
        if section.kind in ("disclaimer", "toc"):
            continue
        for index, line in enumerate(section.lines):
            for _, sentence in marked_pieces(line):
                for _, _, entry, surface in known_mentions(sentence):
                    owner = owner_named_in(surface) if entry.label == "Company" else None
                    if owner is None or (surface, sentence) in seen:
                        continue
                    seen.add((surface, sentence))
                    yield RelationFact(
                        "SUBSIDIARY_OF",
                        EntityRef(clean_surface(surface), "Company"),
                        EntityRef(owner.canonical, owner.label),
                        Evidence(
                            report.meta.report_id,
                            sentence.strip(),
                            f"line {section.line_of(index)}",
                        ),
                        {"basis": "name"},
                    )
