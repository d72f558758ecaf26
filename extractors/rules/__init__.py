"""The extractors' rules as documented data, and the one loader that reads them.

Each family of rules has a folder with one TOML file per language, ``zh.toml`` and
``en.toml``, and ``common.toml`` for what holds in both (cell shapes, symbols, section
kinds): ``rules/policy/zh.toml``, ``rules/deals/en.toml``, ``rules/tables/common.toml``.
Comments beside each rule say why it is there.

- Regexes are TOML literal strings ('...' or '''...'''), so nothing is escaped twice.
- A pattern is a table ``{ re = '...', examples = [...], not = [...] }``: strings it must
  and must not match, run by ``tests/extractors/rules``. ``flags = "i"`` when the code
  ignores case; ``check`` when the code does not ``re.search``: ``match``, ``fullmatch``,
  ``words`` (a '|' list whose Latin words stand alone), ``frame`` (a deal frame over a
  masked sentence, run through the deal recogniser), ``subsidiary``, ``partner``,
  ``mutual`` (relation patterns with their slots). Header words the code joins into one
  alternation are ``{ words = [...], examples = ..., not = ... }``.
- A long word list is a ``.txt`` file beside the TOML (one item a line, ``#`` comments),
  named by ``key = { file = "x.txt" }``. Tables stay tables: ``names/aliases.tsv``,
  ``tables/rounds.tsv`` (:func:`table`).

:func:`load` reads one file, validates it against the keys ``_declared.py`` declares for
it (an unknown or a missing key is an error naming the file and the key) and returns a
read-only mapping. An extractor reads each language's file as such (``load("dates",
"zh")``, ``load("dates", "en")``, ``load("dates")`` for common.toml) and joins the words
of two languages in its own code only where one text may hold both, saying why there
(``values/amounts.py``, ``chips/tables.py``, ``ai_dynamics/rules.py``,
``names/rules.py``). :func:`compat` still gives the families not moved yet (sections,
deals) the dict their JSON file held, ``en_`` keys and all (``_compat.py``). Every read
of a declared key is recorded, so that :func:`unread` tells a test which keys no code
reads.

>>> load("policy", "en").peek("title_max_words")
10
>>> load("ai_dynamics", "en").peek("max_descriptor_words")
6
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from functools import cache
from typing import Any

from aikg.extractors.rules._compat import COMPAT
from aikg.extractors.rules._ops import Ref
from aikg.extractors.rules._reader import (
    Example,
    Reader,
    Rules,
    RulesError,
    declared,
    families,
    mark,
    text,
    unread,
)

__all__ = [
    "Example",
    "Rules",
    "RulesError",
    "compat",
    "declared",
    "examples",
    "families",
    "load",
    "table",
    "unread",
]

LANGUAGES = ("zh", "en")


@cache
def _loaded(family: str, language: str | None) -> tuple[Rules, tuple[Example, ...]]:
    reader = Reader(family, language)
    rules = reader.read()
    return rules, tuple(reader.examples)


def load(family: str, language: str | None = None) -> Rules:
    """The rules of one family and language ("zh", "en"; None: ``common.toml``)."""
    if language not in (None, *LANGUAGES):
        raise RulesError(f"unknown language {language!r} (zh, en or None)")
    return _loaded(family, language)[0]


def examples() -> list[Example]:
    """The examples of every pattern and frame of every rules file."""
    out: list[Example] = []
    for file in families():
        family, language = file.split("/")
        out.extend(_loaded(family, None if language == "common" else language)[1])
    return out


# --- the view the extractors read before TOML -----------------------------------------


class _Tracked(dict):
    """A plain dict (it compares and copies as one) that records the rules keys each of
    its keys comes from when it is read."""

    def __init__(self, values: dict[str, Any], origins: dict[str, tuple[Ref, ...]]) -> None:
        super().__init__(values)
        self._origins = origins

    def _touch(self, key: Any) -> None:
        for ref in self._origins.get(key, ()):
            mark(ref.file, ref.key, whole=True)

    def __getitem__(self, key: Any) -> Any:
        self._touch(key)
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._touch(key)
        return super().get(key, default)

    def _all(self) -> None:
        for key in dict.keys(self):
            self._touch(key)

    def __iter__(self) -> Iterator[Any]:
        self._all()
        return super().__iter__()

    def keys(self):  # type: ignore[override]
        self._all()
        return super().keys()

    def items(self):  # type: ignore[override]
        self._all()
        return super().items()

    def values(self):  # type: ignore[override]
        self._all()
        return super().values()


def _value(ref: Ref) -> Any:
    family, language = ref.file.split("/")
    node: Any = load(family, None if language == "common" else language)
    *sections, last = ref.key.split(".")
    for part in sections:
        node = node._data[part]
    return node.peek(last)


def _build(spec: dict[str, Any], track: bool) -> dict[str, Any]:
    values, origins = {}, {}
    for key, op in spec.items():
        if isinstance(op, dict):
            values[key] = _build(op, track)
            origins[key] = ()
        else:
            values[key] = copy.deepcopy(op.evaluate(_value))
            origins[key] = op.refs()
    return _Tracked(values, origins) if track else values


def compat(name: str, *, track: bool = True) -> dict[str, Any]:
    """The rules as ``rules/<name>.json`` held them (same keys, same values), built
    afresh on every call from the TOML files. Reads of its keys are recorded as reads of
    the TOML keys they come from (``track=False``: plain dicts, nothing recorded).

    >>> compat("sections", track=False)["heading_max_width"]
    90
    """
    if name not in COMPAT:
        raise RulesError(f"no compatibility view {name!r} (one of {', '.join(sorted(COMPAT))})")
    return _build(COMPAT[name], track)


@cache
def _table(name: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    family, file = name.split("/")
    rows = []
    for lineno, line in enumerate(text(family, file).splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append((lineno, tuple(line.split("\t"))))
    return tuple(rows)


def table(name: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The rows of a tab-separated table ("names/aliases.tsv", "tables/rounds.tsv"):
    (line number, cells as written), blank lines and ``#`` comment lines skipped. Read
    once per process.

    >>> table("tables/rounds.tsv")[0][1][1:]
    ('pre_ipo', 'equity')
    """
    return _table(name)
