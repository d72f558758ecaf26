"""The keys each rules file may hold: ``DECLARED["policy/en"]`` lists the keys of
``rules/policy/en.toml``, dotted inside a section (``table.columns``). ``key@check`` is
the default way the examples of that key's patterns are run (see ``rules/__init__.py``).

The keys themselves are in ``_declared_values.py`` and ``_declared_facts.py``. A key in
a file and not declared, or declared and not in the file, is an error when the file is
loaded; a key here that no code reads fails ``tests/extractors/rules``."""

from __future__ import annotations

from aikg.extractors.rules._declared_facts import FACT_KEYS
from aikg.extractors.rules._declared_values import VALUE_KEYS

# the keys are kept in two modules, one for the document and value families, one for
# the fact and name families, so that each stays short
DECLARED: dict[str, str] = {**VALUE_KEYS, **FACT_KEYS}


def keys(file: str, under: str = "", drop: str = "") -> str:
    """The declared keys of ``file`` (without their ``@check``), those of section
    ``under`` only (without the section's name), less the keys of ``drop``.

    >>> keys("chips/en", under="supply_chain")
    'stages chain_prefix_drop descriptor_split party_words'
    """
    out = []
    for spec in DECLARED[file].split():
        key = spec.partition("@")[0]
        if under:
            if not key.startswith(under + "."):
                continue
            key = key[len(under) + 1 :]
        elif "." in key:
            continue
        if key not in drop.split():
            out.append(key)
    return " ".join(out)
