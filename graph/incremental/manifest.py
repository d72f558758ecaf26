"""``DIR/manifest.json``: what a build folder was built from.

It records the inputs as given (files and folders; each also as an absolute path, so an
update run from another directory finds them), the files left out with ``--remove``, the
build options, and one row per document: its path, content hash, report id and whether it
was built, failed or was a copy of another. ``removed_reports`` lists the ids of reports
a build once held and no longer does, so that ``aikg load`` can take their facts out of
Neo4j.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from aikg.graph.outputs.graph_files import atomic_write
from aikg.schema import AikgError

__all__ = [
    "aikg_version",
    "MANIFEST",
    "MANIFEST_FORMAT",
    "DocumentRow",
    "Manifest",
    "ManifestError",
    "input_entry",
    "load_manifest",
    "resolve_inputs",
    "write_manifest",
]

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1
BUILT, FAILED, COPY = "built", "failed", "copy"


def aikg_version() -> str:
    """The installed aikg version ("unknown" outside an installation); the manifest and
    every cache entry record it, and an entry of another version is not used."""
    try:
        return version("aikg")
    except PackageNotFoundError:
        return "unknown"


class ManifestError(AikgError):
    """A build folder without a manifest aikg can read; the message is one line."""


@dataclass
class DocumentRow:
    path: str
    content_hash: str
    report_id: str = ""
    status: str = BUILT  # built, failed, copy (same content as an earlier path)


@dataclass
class Manifest:
    inputs: list[dict[str, str]]  # {"given": as typed, "absolute": resolved}
    options: dict[str, Any]
    documents: list[DocumentRow] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)  # absolute paths left out
    removed_reports: list[str] = field(default_factory=list)

    def report_ids(self) -> list[str]:
        return [d.report_id for d in self.documents if d.status == BUILT and d.report_id]


def input_entry(item: str | Path) -> dict[str, str]:
    """How an input is recorded: as given and as an absolute path."""
    return {"given": str(item), "absolute": os.path.abspath(item)}


def resolve_inputs(inputs: list[dict[str, str]]) -> list[str]:
    """The inputs to collect now: as given when that still names the same place from the
    current directory (so paths in the graph stay as they were), else absolute."""
    out = []
    for entry in inputs:
        given, absolute = entry["given"], entry["absolute"]
        out.append(given if os.path.abspath(given) == absolute else absolute)
    return out


def write_manifest(build_dir: Path, manifest: Manifest) -> Path:
    """Write ``DIR/manifest.json`` whole or not at all."""
    data = {"format": MANIFEST_FORMAT, "aikg": aikg_version(), **asdict(manifest)}
    path = Path(build_dir) / MANIFEST
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1))
    return path


def load_manifest(build_dir: Path) -> Manifest:
    """The manifest of a build folder, or :class:`ManifestError` saying why there is none."""
    path = Path(build_dir) / MANIFEST
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ManifestError(
            f"{build_dir}: no {MANIFEST} here; build it first with "
            f"`aikg build REPORTS... --out {build_dir}`"
        ) from None
    except (OSError, ValueError) as exc:
        raise ManifestError(f"{path}: cannot read the manifest: {exc}") from None
    if data.get("format") != MANIFEST_FORMAT:
        raise ManifestError(
            f"{path}: manifest format {data.get('format')!r} is not {MANIFEST_FORMAT}; "
            "build the folder again with `aikg build`"
        )
    try:
        return Manifest(
            inputs=[dict(e) for e in data["inputs"]],
            options=dict(data["options"]),
            documents=[DocumentRow(**row) for row in data["documents"]],
            excluded=list(data.get("excluded", [])),
            removed_reports=list(data.get("removed_reports", [])),
        )
    except (KeyError, TypeError) as exc:
        raise ManifestError(f"{path}: not a manifest aikg wrote ({exc})") from None
