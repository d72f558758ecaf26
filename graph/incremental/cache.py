"""Per-document results cached by content hash inside the build folder.

``DIR/cache/<sha1 of the file>.json`` holds what :func:`aikg.graph.pipeline.
process_document` made of one file (its report metadata and facts), with the cache format
and the aikg version and extraction fingerprint (:mod:`.fingerprint`: code, rules,
schema) that wrote it. An entry is used only when all match and it was made
from the same path (the path is part of the report id and of every piece of evidence);
anything else is a miss and the document is read again.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from aikg.graph.incremental.fingerprint import extraction_fingerprint
from aikg.graph.incremental.manifest import aikg_version
from aikg.graph.incremental.serial import SerialError, outcome_from_json, outcome_to_json
from aikg.graph.incremental.stamped import read_stamped, write_stamped
from aikg.graph.pipeline import DocumentOutcome

__all__ = ["CACHE_DIR", "CACHE_FORMAT", "DocumentCache", "file_hash"]

CACHE_DIR = "cache"
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
CACHE_FORMAT = 1


def file_hash(path: str | Path) -> str:
    """The sha1 of a file's bytes, as :class:`aikg.schema.Document` ``content_hash`` has it.

    Raises OSError when the file cannot be read.
    """
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


class DocumentCache:
    """The cache folder of one build folder."""

    def __init__(self, build_dir: str | Path) -> None:
        self.folder = Path(build_dir) / CACHE_DIR
        # a rule edit changes the facts though the version stays (an editable install)
        self.version = f"{aikg_version()}+{extraction_fingerprint()}"

    def _entry(self, content_hash: str) -> Path:
        return self.folder / f"{content_hash}.json"

    def get(self, content_hash: str, path: str) -> DocumentOutcome | None:
        """The cached outcome of ``path`` with this content, or None (a miss)."""
        data = read_stamped(self._entry(content_hash), CACHE_FORMAT, self.version)
        if data is None:
            return None
        try:
            outcome = outcome_from_json(data["outcome"])
        except (KeyError, SerialError):
            return None
        if outcome.path != path or outcome.content_hash != content_hash:
            return None
        return outcome

    def holds(self, content_hash: str) -> bool:
        """Whether an entry of this content with this format and version is there, told
        from the head of the file alone (an update that continues the kept assembly,
        :mod:`.assembly`, reads no facts, but takes only documents the cache holds)."""
        head = json.dumps({"format": CACHE_FORMAT, "aikg": self.version})[:-1] + ","
        try:
            with self._entry(content_hash).open("rb") as fh:
                return fh.read(len(head.encode())) == head.encode()
        except OSError:
            return False

    def put(self, outcome: DocumentOutcome) -> None:
        """Store an outcome that has facts (failures are not cached: they are retried)."""
        if outcome.report is None or not outcome.content_hash:
            return
        payload = {"outcome": outcome_to_json(outcome)}
        write_stamped(self._entry(outcome.content_hash), CACHE_FORMAT, self.version, payload)

    def prune(self, keep: set[str]) -> int:
        """Delete the entries of contents no longer in the build; returns how many."""
        removed = 0
        for entry in self.folder.glob("*.json"):
            # document entries are named by their sha1; other files (the centrality memo)
            # are not documents
            if _SHA1.match(entry.stem) and entry.stem not in keep:
                entry.unlink(missing_ok=True)
                removed += 1
        return removed
