"""JSON files a build keeps for the next update, stamped with their format and the aikg
version that wrote them: a file of another format or version is read as missing, so an
upgrade recomputes rather than trusts it.

The pickles a build keeps (its graph builder, the changes index) are sealed: unpickling
runs code, and build folders are shared, so a pickle is read only when it carries the
HMAC of this user's key (``$XDG_CACHE_HOME/aikg/pickle.key``, made on first use, mode
0600). A folder from another machine or user, or a file changed since, reads as missing
and the update takes the full path: slower, never unsafe.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "memo.json"
>>> write_stamped(path, 1, "0.1", {"a": 1})
>>> read_stamped(path, 1, "0.1"), read_stamped(path, 1, "0.2"), read_stamped(path, 2, "0.1")
({'format': 1, 'aikg': '0.1', 'a': 1}, None, None)
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import secrets
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


def _key() -> bytes | None:
    """This user's sealing key, made on first use; None when it cannot be kept."""
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "aikg"
    path = home / "pickle.key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_bytes(32))
        return path.read_bytes()
    except FileExistsError:  # another process made it first
        return path.read_bytes()
    except OSError:
        return None


def seal(data: bytes) -> bytes:
    """``data`` behind the HMAC of this user's key (32 zero bytes when there is none,
    which :func:`unseal` never accepts)."""
    key = _key()
    mac = hmac.new(key, data, hashlib.sha256).digest() if key else bytes(32)
    return mac + data


def unseal(blob: bytes) -> bytes | None:
    """The data :func:`seal` sealed with this user's key, or None.

    >>> unseal(seal(b"kept")), unseal(b"x" * 32 + b"kept")
    (b'kept', None)
    """
    key = _key()
    if key is None or len(blob) < 32:
        return None
    mac, data = blob[:32], blob[32:]
    return data if hmac.compare_digest(mac, hmac.new(key, data, hashlib.sha256).digest()) else None


def load_sealed(path: Path) -> Any:
    """The object sealed in ``path`` by :func:`dump_sealed`, or None when the file is
    missing, unreadable or not sealed with this user's key (then nothing is unpickled)."""
    try:
        data = unseal(path.read_bytes())
        return None if data is None else pickle.loads(data)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def dump_sealed(path: Path, payload: Any) -> None:
    """Keep ``payload`` pickled and sealed, atomically."""
    atomic_write(path, seal(pickle.dumps(payload, pickle.HIGHEST_PROTOCOL)))


def read_pickled(path: Path, fmt: int, version: str) -> Any:
    """What :func:`write_pickled` kept in ``path``, or None when it is missing,
    unreadable, not sealed with this user's key, or of another format or version (for
    data JSON would be slow to read back, made by this package in the build folder)."""
    data = load_sealed(path)
    if not isinstance(data, dict) or (data.get("format"), data.get("aikg")) != (fmt, version):
        return None
    return data.get("payload")


def write_pickled(path: Path, fmt: int, version: str, payload: Any) -> None:
    """Keep ``payload`` pickled with its stamp, atomically."""
    dump_sealed(path, {"format": fmt, "aikg": version, "payload": payload})
