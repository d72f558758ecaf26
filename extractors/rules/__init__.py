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
``names/rules.py``, ``deals/frames.py``, ``document/headings.py``). Every read
of a declared key is recorded, so that :func:`unread` tells a test which keys no code
reads.

>>> load("policy", "en").peek("title_max_words")
10
>>> load("ai_dynamics", "en").peek("max_descriptor_words")
6
"""

from __future__ import annotations

from functools import cache

from aikg.extractors.rules._reader import (
    Example,
    Reader,
    Rules,
    RulesError,
    declared,
    families,
    text,
    unread,
)

__all__ = [
    "Example",
    "Rules",
    "RulesError",
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
