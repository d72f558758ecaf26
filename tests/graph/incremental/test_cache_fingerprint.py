"""A cached document's facts are reused only when the rules and code that made them are
the ones installed: an entry stamped by other rules is read again."""

from __future__ import annotations

import json
import shutil

from planted import aikg

from aikg.graph.incremental.cache import CACHE_DIR
from aikg.graph.incremental.fingerprint import extraction_fingerprint


def test_entries_of_other_rules_are_read_again(seeds_dir, tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for prefix in ("001", "004"):
        [path] = seeds_dir.glob(f"{prefix}_*.txt")
        shutil.copy(path, reports / path.name)
    build = tmp_path / "build"
    assert aikg("build", reports, "--out", build, "-q").exit_code == 0
    entries = [p for p in (build / CACHE_DIR).glob("*.json") if len(p.stem) == 40]
    assert len(entries) == 2
    for entry in entries:
        data = json.loads(entry.read_text("utf-8"))
        version, fingerprint = data["aikg"].rsplit("+", 1)
        assert fingerprint == extraction_fingerprint()
        data["aikg"] = f"{version}+{'0' * 12}"  # as the rules before an edit stamped it
        entry.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    again = aikg("update", build, "-q")
    assert again.exit_code == 0, again.stderr
    assert "read 2, reused 0" in again.stdout
    settled = aikg("update", build, "-q")
    assert "read 0, reused 2" in settled.stdout
