"""What a cached document's facts depend on besides the document: the extraction code,
its rules and the schema.

A cache entry is stamped with the aikg version and this fingerprint, so an update after
a rule or code change (an editable install, where the version stays the same) reads the
documents again instead of reusing facts the old rules made.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Iterable
from pathlib import Path

__all__ = ["SOURCE_SUFFIXES", "extraction_fingerprint", "extraction_roots", "modules_digest"]

# the files that decide what a document yields: code, rules, word lists, alias tables
SOURCE_SUFFIXES = (".py", ".toml", ".tsv", ".txt")


def extraction_roots() -> list[Path]:
    """The package folders whose files decide a document's facts (extractors, schema),
    found without importing them (an update that reads no document loads no extractor)."""
    specs = (importlib.util.find_spec(name) for name in ("aikg.extractors", "aikg.schema"))
    return [Path(next(iter(spec.submodule_search_locations))) for spec in specs if spec]


def extraction_fingerprint(roots: Iterable[Path] | None = None) -> str:
    """A 12-hex-digit digest of the source and rule files under ``roots`` (by default
    :func:`extraction_roots`): their paths relative to their root and their bytes.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> _ = (root / "zh.toml").write_text("re = 'a'")
    >>> before = extraction_fingerprint([root])
    >>> _ = (root / "zh.toml").write_text("re = 'b'")
    >>> len(before), before == extraction_fingerprint([root])
    (12, False)
    """
    digest = hashlib.sha1()
    for root in extraction_roots() if roots is None else roots:
        files = sorted(
            p
            for p in Path(root).rglob("*")
            if p.suffix in SOURCE_SUFFIXES and "__pycache__" not in p.parts and p.is_file()
        )
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def modules_digest(seed: str, modules: Iterable[str]) -> str:
    """A 16-hex-digit digest of ``seed`` (a version stamp) and the source of the named
    modules, found without importing them: the stamp of a cache that the code of those
    modules makes (a kept builder, kept outputs).

    >>> len(modules_digest("1.0", ["aikg.graph.incremental.fingerprint"]))
    16
    >>> modules_digest("1.0", []) == modules_digest("1.1", [])
    False
    """
    digest = hashlib.sha1(seed.encode())
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec and spec.origin:
            digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()[:16]
