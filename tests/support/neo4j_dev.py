"""Pytest fixtures for tests against a real Neo4j, started by devtools/neo4j/neo4j.sh.

Import them in a conftest.py (or a test module)::

    from support.neo4j_dev import empty_neo4j, neo4j_driver, neo4j_server  # noqa: F401

* ``neo4j_server`` (session): a :class:`DevNeo4j` running on free loopback ports with a
  temporary data folder, stopped at the end. Started once per test run, however many
  modules import the fixtures. There is no skip: without Java or Maven it fails loudly.
* ``neo4j_driver`` (session): a driver from ``aikg.graph.neo4j.connect``.
* ``empty_neo4j`` (function): that driver, after deleting every node and relationship
  (and restarting the server if a test left it stopped).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from aikg.graph.neo4j import connect
from support import ROOT

REPO = ROOT
LAUNCHER = REPO / "devtools" / "neo4j" / "neo4j.sh"
TEST_PASSWORD = "aikg-test-password"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class DevNeo4j:
    """One server instance managed through the project's launcher."""

    home: Path
    bolt_port: int
    http_port: int
    password: str = TEST_PASSWORD
    user: str = "neo4j"
    log: list[str] = field(default_factory=list)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/browser/"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "AIKG_NEO4J_HOME": str(self.home),
            "AIKG_NEO4J_BOLT_PORT": str(self.bolt_port),
            "AIKG_NEO4J_HTTP_PORT": str(self.http_port),
            "AIKG_NEO4J_PASSWORD": self.password,
            "AIKG_NEO4J_HEAP": os.environ.get("AIKG_NEO4J_HEAP", "768m"),
            # The launcher checks the password with the driver of this interpreter.
            "PYTHON": sys.executable,
        }

    def launcher(self, command: str, timeout: float = 900) -> subprocess.CompletedProcess:
        """Runs ``neo4j.sh COMMAND`` for this instance (no stdin, output captured)."""
        started = time.monotonic()
        proc = subprocess.run(
            ["bash", str(LAUNCHER), command],
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        self.log.append(
            f"{command}: exit {proc.returncode} in {time.monotonic() - started:.1f} s\n"
            f"{proc.stdout}{proc.stderr}"
        )
        return proc

    def start(self) -> None:
        proc = self.launcher("start")
        if proc.returncode != 0:
            pytest.fail(f"neo4j.sh start failed:\n{proc.stdout}{proc.stderr}", pytrace=False)

    def stop(self) -> None:
        proc = self.launcher("stop", timeout=120)
        if proc.returncode != 0:
            pytest.fail(f"neo4j.sh stop failed:\n{proc.stdout}{proc.stderr}", pytrace=False)

    def pid(self) -> int | None:
        try:
            return int((self.home / "run" / "neo4j.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def kill(self) -> None:
        """SIGKILL, as a crash would: no clean shutdown, the pid file stays behind."""
        pid = self.pid()
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + 30
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.1)

    def running(self) -> bool:
        return self.launcher("status", timeout=60).returncode == 0

    def connect(self, **driver_options: Any) -> Driver:
        return connect(self.uri, self.user, self.password, **driver_options)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][:1]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _require_tools() -> None:
    missing = [tool for tool in ("java", "mvn", "bash") if shutil.which(tool) is None]
    if missing and not (os.environ.get("JAVA_HOME") and missing == ["java"]):
        pytest.fail(
            f"Neo4j tests need {', '.join(missing)} on PATH (JDK 17+ and Apache Maven): "
            "install them (apt-get install openjdk-17-jdk maven); these tests never skip",
            pytrace=False,
        )


_SHARED: dict[str, Any] = {"server": None, "users": 0}


def _shutdown_at_exit() -> None:
    server = _SHARED["server"]
    if server is not None and server.pid() is not None:
        server.launcher("stop", timeout=120)


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[DevNeo4j]:
    """A running dev Neo4j on free loopback ports, with a temporary data folder."""
    if _SHARED["server"] is None:
        _require_tools()
        home = Path(tempfile.mkdtemp(prefix="aikg-neo4j-test-"))
        server = DevNeo4j(home=home, bolt_port=free_port(), http_port=free_port())
        server.start()
        _SHARED["server"] = server
        atexit.register(_shutdown_at_exit)
    _SHARED["users"] += 1
    try:
        yield _SHARED["server"]
    finally:
        _SHARED["users"] -= 1
        if _SHARED["users"] == 0:
            server = _SHARED["server"]
            _SHARED["server"] = None
            server.launcher("stop", timeout=120)
            shutil.rmtree(server.home, ignore_errors=True)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: DevNeo4j) -> Iterator[Driver]:
    """A driver for `neo4j_server` (it reconnects by itself after a restart)."""
    driver = neo4j_server.connect()
    try:
        yield driver
    finally:
        driver.close()


def wipe(driver: Driver) -> None:
    """Deletes every node and relationship (constraints and indexes stay)."""
    driver.execute_query("MATCH (n) DETACH DELETE n")


@pytest.fixture
def empty_neo4j(neo4j_server: DevNeo4j, neo4j_driver: Driver) -> Driver:
    """The session driver on an empty database (the server restarted if it was stopped)."""
    if neo4j_server.pid() is None or not _alive(neo4j_server.pid() or 0):
        neo4j_server.start()
    wipe(neo4j_driver)
    return neo4j_driver
