"""A regular (non-editable) install imports as ``aikg.*`` and carries its data files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

from support import ROOT


def _venv_seeing_our_dependencies(venv: Path) -> Path:
    """A new venv whose only extra packages are those of the venv running the tests.

    ``--system-site-packages`` would show the base interpreter's packages instead, which
    on a fresh machine has none of aikg's dependencies. The running venv's site folders
    are appended by a ``.pth`` file; its editable install of aikg is not activated (a
    ``.pth`` file only runs inside a site folder), so the regular install is what imports.
    """
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "aikg_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return python


def _source_copy(target: Path) -> Path:
    """The files a distribution is built from, copied: setuptools writes ``build/`` into
    the tree it builds, and stale files there would go into later wheels."""
    target.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    for name in ("graph", "extractors", "schema", "queries"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_a_regular_install_imports_with_rules_and_queries(tmp_path):
    venv = tmp_path / "venv"
    python = _venv_seeing_our_dependencies(venv)
    source = _source_copy((tmp_path / "source").resolve())
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr
    probe = textwrap.dedent(
        """
        import sys
        import aikg.graph, aikg.schema, aikg.extractors, aikg.queries
        import aikg.graph.analysis, aikg.graph.evaluation, aikg.graph.neo4j, aikg.graph.outputs
        from aikg.extractors.names import lookup
        from aikg.queries import list_queries
        assert aikg.schema.__file__.startswith(sys.prefix), aikg.schema.__file__
        assert lookup("9988.HK").canonical == "Alibaba"
        assert len(list_queries()) >= 8
        print("ok", aikg.graph.build.__module__)
        """
    )
    run = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok aikg.graph.pipeline"
    cli = subprocess.run(
        [str(venv / "bin" / "aikg"), "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert cli.returncode == 0 and "build" in cli.stdout
