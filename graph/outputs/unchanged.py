"""Write an output file only when its text changed.

An update rewrites every output of a build folder, but some come out as they were (the
loops when the new report closes none, report.md when nothing it lists moved, every file
of an update that read nothing). :func:`write_if_changed` compares the serialised text
with the file already there, piece by piece as the writer makes it, before anything is
written: when every byte is the same the file is left alone (its modification time too,
so a reader watching the folder sees only what changed); at the first difference the
file is written whole through a temporary file (:func:`atomic_write`), the pieces read
so far first. The file itself is the record: no digest is kept that could be stale, and a
file edited or truncated by hand is simply different.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

from aikg.graph.outputs.graph_files import atomic_write

__all__ = ["write_if_changed"]


def _encoded(text: str | bytes | Iterable[str | bytes]) -> Iterator[bytes]:
    pieces = [text] if isinstance(text, str | bytes) else text
    for piece in pieces:
        if piece:
            yield piece if isinstance(piece, bytes) else piece.encode("utf-8")


def write_if_changed(path: Path, text: str | bytes | Iterable[str | bytes]) -> bool:
    """Write ``text`` (as :func:`atomic_write` takes it) to ``path`` unless the file
    already holds exactly those bytes; returns whether it was written.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.json"
    >>> write_if_changed(p, ["{", '"a":1', "}"]), write_if_changed(p, '{"a":1}')
    (True, False)
    >>> write_if_changed(p, '{"a":2}'), write_if_changed(p, '{"a":2'), p.read_text()
    (True, True, '{"a":2')
    """
    pieces = _encoded(text)
    try:
        old = open(path, "rb")  # noqa: SIM115 (closed below, before any writing)
    except OSError:
        atomic_write(path, pieces)
        return True
    seen: list[bytes] = []
    with old:
        same = True
        for piece in pieces:
            seen.append(piece)
            if old.read(len(piece)) != piece:
                same = False
                break
        if same and not old.read(1):
            return False
    atomic_write(path, chain(seen, pieces))
    return True
