"""The map opens in a real browser (headless Chromium), offline, and draws the graph."""

from __future__ import annotations

import shutil
import subprocess

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=20000",
]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    raise AssertionError("no Chromium on PATH: .ci/run installs Debian's chromium package")


def _run(args: list[str], tmp_path) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        timeout=240,
    )


def test_the_map_draws_in_chromium(seed_out, tmp_path):
    page = (seed_out / "map.html").resolve().as_uri()
    dom = _run(["--dump-dom", page], tmp_path).stdout.decode("utf-8", "replace")
    assert 'id="aikg-legend"' in dom
    assert 'class="vis-network"' in dom and "<canvas" in dom  # vis-network ran and drew
    shot = tmp_path / "map.png"
    _run([f"--screenshot={shot}", "--window-size=1200,800", page], tmp_path)
    assert shot.stat().st_size > 50_000  # a drawn graph, not a blank page
