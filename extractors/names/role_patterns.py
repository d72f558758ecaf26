"""Role patterns over masked sentences (:func:`aikg.extractors.names.mentions.mask`: company
mentions as ``⟨i⟩``, other mentions as ``⟦i⟧``).

A role pattern is a regex with slots: ``{A}`` a company mention or an anaphor (its
group ``A``, or ``A_ana``), ``{A?}`` the same or nothing, ``{As}`` a list of mentions,
and gaps ``{g}`` (a few characters, no comma), ``{G}``, ``{W}`` (wider). The deal frames
and the relation patterns are such patterns.
"""

from __future__ import annotations

import re

from aikg.extractors.text.patterns import word_alternation

_LIST_SEP = r"\s*(?:、|,|，|和|及|与|以及|, and|and|&)\s*"
_GAPS = {"{g}": "[^⟨⟩,，;；]{0,12}?", "{G}": "[^⟨⟩]{0,40}?", "{W}": "[^⟨⟩]{0,70}?"}


def expand(pattern: str, anaphors: list[str], any_mention: str = "") -> str:
    """Turn a role pattern with {A}, {A?}, {As}, {g} ... into a Python regex; slots whose
    letter is in ``any_mention`` also take chips, models and products (⟦i⟧).

    >>> m = re.fullmatch(expand("{A}{g}向{Bs}", ["其"]), "其将向⟨1⟩、⟨2⟩")
    >>> m.group("A_ana"), m.group("Bs")
    ('其', '⟨1⟩、⟨2⟩')
    """
    ana = word_alternation(anaphors)
    for macro, regex in _GAPS.items():
        pattern = pattern.replace(macro, regex)

    def slot(m: re.Match[str]) -> str:
        name, mod = m.group(1), m.group(2)
        o, c = ("[⟨⟦]", "[⟩⟧]") if name in any_mention else ("⟨", "⟩")
        if mod == "s":
            return rf"(?P<{name}s>{o}\d+{c}(?:{_LIST_SEP}{o}\d+{c})*)"
        body = rf"(?:{o}(?P<{name}>\d+){c}|(?P<{name}_ana>{ana}))"
        return body + ("?" if mod == "?" else "")

    return re.sub(r"\{([A-Z])([s?]?)\}", slot, pattern)
