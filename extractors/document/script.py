"""Traditional Chinese script: folded once for reading, given back in the evidence.

Hong Kong and Taiwan notes and traditional-script reposts write "騰訊控股維持「買入」評級";
every reader and the alias list know the simplified words. :func:`simplified` folds the
characters of ``rules/text/zh_traditional.txt`` one for one (offsets stay), and the
document stage applies it to the whole text and every table cell (``normalise_text``).
:func:`in_report_script` then gives each fact's evidence back the report's own script:
a character that the report writes only in its traditional form is written so again.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from aikg.extractors.rules import load


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    lines = load("text", "zh")["traditional_chars"]
    return {ord(pair[0]): pair[1] for line in lines for pair in line.split()}


def simplified(text: str) -> str:
    """``text`` with its traditional characters in their simplified form, one for one.

    >>> simplified("騰訊控股維持「買入」評級，阿里巴巴集團發佈新模型")
    '腾讯控股维持「买入」评级，阿里巴巴集团发布新模型'
    >>> simplified("昇腾 910C 与 Gemini")
    '昇腾 910C 与 Gemini'
    """
    return text.translate(_table())


def traditional_forms(original: str) -> dict[int, str]:
    """The characters a report writes in traditional script only: for each simplified
    character that some traditional one of the report folds to and that the report
    never writes as it is, that traditional character (the first the report uses).

    >>> traditional_forms("騰訊發佈；騰訊的发言人") == {ord("腾"): "騰", ord("讯"): "訊",
    ...     ord("布"): "佈"}
    True
    """
    table = _table()
    out: dict[int, str] = {}
    written = set(original)
    for char in dict.fromkeys(original):
        folded = table.get(ord(char))
        if folded and folded not in written and ord(folded) not in out:
            out[ord(folded)] = char
    return out


def in_report_script(facts: list, original: str) -> list:
    """The facts with their evidence in the report's own script (see
    :func:`traditional_forms`); a report in simplified script is left as it is.

    >>> from aikg.schema import EntityFact, EntityRef, Evidence
    >>> fact = EntityFact(EntityRef("腾讯控股", "Company"), Evidence("r", "腾讯控股维持买入评级"))
    >>> [f.evidence.text for f in in_report_script([fact], "騰訊控股維持買入評級")]
    ['騰訊控股維持買入評級']
    >>> fact.entity.name
    '腾讯控股'
    """
    forms = traditional_forms(original)
    if not forms:
        return facts
    for fact in facts:
        evidence = getattr(fact, "evidence", None)
        if evidence is not None and hasattr(evidence, "text"):
            fact.evidence = replace(evidence, text=evidence.text.translate(forms))
    return facts
