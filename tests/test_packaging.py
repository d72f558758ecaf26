"""A regular (non-editable) install imports as ``aikg.*`` and carries its data files."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import ROOT


def test_a_regular_install_imports_with_rules_and_queries(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr
    probe = textwrap.dedent(
        """
        import aikg.graph, aikg.schema, aikg.extractors, aikg.queries
        from aikg.extractors.lexicon import lookup
        from aikg.queries.library import list_queries
        assert "site-packages" in aikg.schema.__file__, aikg.schema.__file__
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
