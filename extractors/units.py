"""Units named after their owner: 阿里云, 谷歌 DeepMind, 微软 Azure.

A unit's name that is a listed company's name followed by a unit word states whom the
unit belongs to; each sentence that writes such a name gives a ``SUBSIDIARY_OF``
relationship (``basis`` "name") with that sentence as evidence. The unit words live in
``rules/units.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from aikg.extractors.lexicon import Alias, clean_surface, known_mentions, lookup
from aikg.schema import EntityRef, Evidence, Fact, RelationFact, SegmentedReport

_SENTENCE_END = re.compile(r"(?<=[。;；!?！？])")


@lru_cache(maxsize=1)
def _unit_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = resources.files("aikg.extractors").joinpath("rules/units.json").read_text("utf-8")
    rules = json.loads(raw)
    return tuple(rules["cjk_unit_words"]), tuple(rules["latin_unit_words"])


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


def extract(report: SegmentedReport) -> Iterator[Fact]:
    """``SUBSIDIARY_OF`` for every unit a sentence names with its owner's name, once per
    unit and sentence.

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
            for sentence in filter(str.strip, _SENTENCE_END.split(line)):
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
