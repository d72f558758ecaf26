"""Run ``neo4j-admin database import full`` from the jars of the development Neo4j.

devtools/neo4j builds the server from Maven Central jars; the admin tool is among them
(``org.neo4j.cli.AdminTool`` with the import command of ``neo4j-import-tool``), so
the CSVs of ``aikg export --neo4j-import`` are imported with the same Neo4j version the
tests and benchmarks run. The store lands in ``HOME/data``, which the launcher serves
when started with ``AIKG_NEO4J_HOME=HOME``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ADMIN_TOOL = "org.neo4j.cli.AdminTool"


def build_dir() -> Path:
    """Where the launcher keeps the jars (``AIKG_NEO4J_BUILD_DIR``, as it reads it)."""
    default = Path.home() / ".cache" / "aikg" / "neo4j" / "build"
    return Path(os.environ.get("AIKG_NEO4J_BUILD_DIR") or default).expanduser()


def java() -> str:
    """The java the launcher would use: ``JAVA_HOME/bin/java``, else ``java`` on PATH."""
    home = os.environ.get("JAVA_HOME")
    found = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not found:
        raise RuntimeError("java not found: install a JDK 17+ (apt-get install openjdk-17-jdk)")
    return found


def admin_import(args_file: Path, home: Path, heap: str = "1g") -> subprocess.CompletedProcess:
    """Import the CSVs that ``args_file`` (``import.args``) names into ``home/data``."""
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").touch()
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    command = [
        java(),
        f"-Xmx{heap}",
        "-cp",
        str(build_dir() / "lib" / "*"),
        ADMIN_TOOL,
        "database",
        "import",
        "full",
        "neo4j",
        "--overwrite-destination",
        f"@{args_file}",
    ]
    return subprocess.run(
        command,
        env=env,
        cwd=home,  # the tool writes import.report into the working folder
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
