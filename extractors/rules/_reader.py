"""Reading one rules file: TOML and its word lists, validated against the declared keys
(``_declared.py``), with the examples of its patterns; and the record of which keys the
code reads (``Rules`` records every read).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from aikg.extractors.rules._declared import DECLARED
from aikg.extractors.rules._syntax import check_regex
from aikg.schema import AikgError

_META = ("examples", "not", "check", "flags")  # a pattern's keys that are not the rule
# The fields an entry of an array of tables may have besides its pattern and _META.
_RECORD_FIELDS = {
    "id", "fact", "kind", "directed", "roles", "group",  # deal frames
    "region", "office", "action", "tier", "scale",  # [pattern, value] pairs
    "currency", "qualifier",  # vague amounts
    "elided_parent",  # relation patterns
}  # fmt: skip
_CHECKS = ("search", "match", "fullmatch", "words", "frame", "subsidiary", "partner", "mutual")
_FLAGS = {"i": re.I, "m": re.M, "s": re.S, "x": re.X}
_READ: set[tuple[str, str]] = set()  # (file, dotted key) the code has read


class RulesError(AikgError, ValueError):
    """A rules file that does not hold what its family declares."""


@dataclass(frozen=True)
class Example:
    """The examples of one pattern: ``where`` is "family/lang.toml key[.sub][#n]"."""

    where: str
    pattern: str
    examples: tuple[str, ...]
    not_: tuple[str, ...]
    check: str
    flags: int
    record: Mapping[str, Any] | None = None  # a frame's other fields (id, roles ...)


def file_id(family: str, language: str | None) -> str:
    return f"{family}/{language or 'common'}"


def families() -> list[str]:
    """The rule families, with their files: ``["amounts/common", "amounts/en", ...]``."""
    return sorted(DECLARED)


def declared() -> set[tuple[str, str]]:
    """Every declared (file, dotted key)."""
    return {(f, spec.split("@")[0]) for f, keys in DECLARED.items() for spec in keys.split()}


def unread() -> set[tuple[str, str]]:
    """The declared keys no code has read so far in this process."""
    return declared() - _READ


def mark(file: str, key: str, whole: bool = False) -> None:
    """Record a read of ``key``; with ``whole``, a section's read stands for the keys
    inside it (a value built from the whole section)."""
    if (file, key) in _declared():
        _READ.add((file, key))
    elif whole:
        _READ.update((f, k) for f, k in _declared() if f == file and k.startswith(key + "."))


@cache
def _declared() -> frozenset[tuple[str, str]]:
    return frozenset(declared())


class Rules(Mapping[str, Any]):
    """One rules file (or a section of one): a read-only mapping that records reads."""

    def __init__(self, file: str, prefix: str, data: dict[str, Any]) -> None:
        self._file, self._prefix, self._data = file, prefix, data
        # keys whose read is recorded already: the extractors read some keys thousands
        # of times per report, and only the first read of each is news
        self._marked: set[str] = set()

    def _key(self, key: str) -> str:
        return f"{self._prefix}{key}"

    def __getitem__(self, key: str) -> Any:
        value = self._data[key]
        if key not in self._marked:
            self._marked.add(key)
            mark(self._file, self._key(key))
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Rules({self._file}{':' + self._prefix if self._prefix else ''})"

    def peek(self, key: str) -> Any:
        """A value without recording the read (for doctests and tools that only look)."""
        value = self._data[key]
        return value.plain() if isinstance(value, Rules) else value

    def plain(self) -> dict[str, Any]:
        """The whole file as plain dicts and lists (no read is recorded)."""
        return {k: self.peek(k) for k in self._data}


def text(family: str, name: str) -> str:
    return resources.files("aikg.extractors.rules").joinpath(family, name).read_text("utf-8")


def _word_file(family: str, name: str) -> list[str]:
    """A ``.txt`` list: one item a line; blank lines and ``#`` comments are skipped, and
    a comment may follow an item after white space (``Inc  # Zentrix Inc.``)."""
    out = []
    for line in text(family, name).splitlines():
        item = re.sub(r"(?:^|\s+)#.*$", "", line).strip()
        if item:
            out.append(item)
    return out


def _is_pattern(value: Any) -> bool:
    """A table that is one pattern: a regex (``re``) or words (``words``)."""
    return isinstance(value, dict) and ("re" in value or "words" in value)


class Reader:
    """Validate one TOML file against its declared keys and turn it into values."""

    def __init__(self, family: str, language: str | None) -> None:
        self.family, self.file = family, file_id(family, language)
        self.name = f"rules/{family}/{language or 'common'}.toml"
        specs = DECLARED.get(self.file)
        if specs is None:
            raise RulesError(f"no rules file {self.name}")
        self.keys: dict[str, str] = {}
        for spec in specs.split():
            key, _, check = spec.partition("@")
            self.keys[key] = check or "search"
        self.examples: list[Example] = []

    def fail(self, key: str, why: str) -> RulesError:
        return RulesError(f"{self.name}: {key}: {why}")

    def read(self) -> Rules:
        try:
            raw = tomllib.loads(text(self.family, self.name.rsplit("/", 1)[1]))
        except tomllib.TOMLDecodeError as err:
            raise RulesError(f"{self.name}: {err}") from err
        rules = self.section(raw, "")
        missing = [k for k in self.keys if not self._present(raw, k)]
        if missing:
            raise self.fail(missing[0], "declared but missing")
        return rules

    @staticmethod
    def _present(raw: dict[str, Any], key: str) -> bool:
        node: Any = raw
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return True

    def is_section(self, path: str) -> bool:
        return any(k.startswith(path + ".") for k in self.keys)

    def section(self, raw: dict[str, Any], prefix: str) -> Rules:
        out: dict[str, Any] = {}
        for key, value in raw.items():
            path = prefix + key
            if self.is_section(path) and isinstance(value, dict):
                out[key] = self.section(value, path + ".")
            elif path not in self.keys:
                raise self.fail(path, "unknown key (not declared in rules/_declared_*.py)")
            else:
                out[key] = self.value(path, value)
        return Rules(self.file, prefix, out)

    def value(self, path: str, value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"file"}:
            return self.words(path, _word_file(self.family, value["file"]))
        if _is_pattern(value):
            return self.pattern(path, value)
        if isinstance(value, dict) and value and all(map(_is_pattern, value.values())):
            return {name: self.pattern(f"{path}.{name}", v) for name, v in value.items()}
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return [self.record(f"{path}#{n}", v) for n, v in enumerate(value)]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return self.words(path, value)
        return value

    def words(self, path: str, words: list[str]) -> list[str]:
        seen = set()
        for word in words:
            if word in seen:
                raise self.fail(path, f"{word!r} listed twice")
            seen.add(word)
        return words

    def _check(self, path: str, spec: dict[str, Any]) -> tuple[str, int]:
        base = path.split("#")[0]
        while base not in self.keys and "." in base:  # a pattern inside a map of patterns
            base = base.rsplit(".", 1)[0]
        check = spec.get("check", self.keys.get(base, "search"))
        if check not in _CHECKS:
            raise self.fail(path, f"check {check!r} is none of {', '.join(_CHECKS)}")
        flags = 0
        for letter in spec.get("flags", ""):
            if letter not in _FLAGS:
                raise self.fail(path, f"unknown flag {letter!r}")
            flags |= _FLAGS[letter]
        return check, flags

    def pattern(self, path: str, spec: dict[str, Any], field: str = "") -> Any:
        """A pattern: ``re`` (a regex), or ``words`` (a list the code joins into an
        alternation: the examples run against the words joined by "|")."""
        field = field or ("re" if "re" in spec else "words")
        allowed = {field, *_META, *(_RECORD_FIELDS if "#" in path else ())}
        unknown = sorted(set(spec) - allowed)
        if unknown:
            raise self.fail(path, f"unknown field {unknown[0]!r}")
        value = spec[field]
        regex = "|".join(self.words(path, value)) if field == "words" else value
        for key in ("examples", "not"):
            items = spec.get(key)
            if not items or not all(isinstance(i, str) for i in items):
                raise self.fail(path, f"a pattern needs {key} = [strings]")
        check, flags = self._check(path, spec)
        if check not in ("frame", "subsidiary", "partner", "mutual", "words"):
            try:
                check_regex(regex, flags)
            except re.error as err:
                raise self.fail(path, f"bad regex: {err}") from err
        extra = {k: v for k, v in spec.items() if k not in (*_META, field)}
        self.examples.append(
            Example(
                f"{self.name.removeprefix('rules/')} {path}",
                regex,
                tuple(spec["examples"]),
                tuple(spec["not"]),
                check,
                flags,
                extra or None,
            )
        )
        return value

    def record(self, path: str, spec: dict[str, Any]) -> dict[str, Any]:
        """One entry of an array of tables: its pattern field ("re" or "regex") is checked
        like a pattern; the entry comes back without its examples."""
        field = "re" if "re" in spec else "regex" if "regex" in spec else ""
        if field:
            self.pattern(path, spec, field)
        return {k: v for k, v in spec.items() if k not in _META}
