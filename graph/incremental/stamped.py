"""JSON files a build keeps for the next update, stamped with their format and the aikg
version that wrote them: a file of another format or version is read as missing, so an
upgrade recomputes rather than trusts it.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "memo.json"
>>> write_stamped(path, 1, "0.1", {"a": 1})
>>> read_stamped(path, 1, "0.1"), read_stamped(path, 1, "0.2"), read_stamped(path, 2, "0.1")
({'format': 1, 'aikg': '0.1', 'a': 1}, None, None)
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

from aikg.graph.outputs.graph_files import atomic_write


def read_stamped(path: Path, fmt: int, version: str) -> dict[str, Any] | None:
    """The file's data, or None when it is missing, unreadable or of another format or
    aikg version."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != fmt or data.get("aikg") != version:
        return None
    return data


def write_stamped(path: Path, fmt: int, version: str, payload: dict[str, Any]) -> None:
    """Write ``payload`` with its stamp, atomically."""
    data = {"format": fmt, "aikg": version, **payload}
    atomic_write(path, json.dumps(data, ensure_ascii=False))


def read_pickled(path: Path, fmt: int, version: str) -> Any:
    """What :func:`write_pickled` kept in ``path``, or None when it is missing,
    unreadable or of another format or version (for data JSON would be slow to read
    back, made by this package in the build folder)."""
    try:
        data = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    if not isinstance(data, dict) or (data.get("format"), data.get("aikg")) != (fmt, version):
        return None
    return data.get("payload")


def write_pickled(path: Path, fmt: int, version: str, payload: Any) -> None:
    """Keep ``payload`` pickled with its stamp, atomically."""
    data = {"format": fmt, "aikg": version, "payload": payload}
    atomic_write(path, pickle.dumps(data, pickle.HIGHEST_PROTOCOL))
