"""Build, start, stop and check the aikg development Neo4j (see README.md beside this file).

Usage: python3 devtools/neo4j/launcher.py {build|start|stop|status|env|log}

Settings come from the environment (defaults in brackets):

    AIKG_NEO4J_HOME        instance folder: conf/, logs/, run/neo4j.pid [~/.cache/aikg/neo4j]
    AIKG_NEO4J_DATA        data folder [$AIKG_NEO4J_HOME/data]
    AIKG_NEO4J_BUILD_DIR   compiled jar and classpath [~/.cache/aikg/neo4j/build]
    AIKG_NEO4J_BOLT_PORT   Bolt port on 127.0.0.1 [7687]
    AIKG_NEO4J_HTTP_PORT   HTTP port for the Browser, 0 for none [7474]
    AIKG_NEO4J_PASSWORD    password of user neo4j [$NEO4J_PASSWORD, else aikg-dev-password]
    AIKG_NEO4J_HEAP        JVM heap [1g]
    AIKG_NEO4J_PAGECACHE   page cache [256m]
    AIKG_NEO4J_START_TIMEOUT  seconds to wait for Bolt [180]
    JAVA_HOME              Java 17+ to run with [java on PATH]

Only the standard library is needed; the official Python driver, when importable, is used
to check that the server accepts the password.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIN_CLASS = "aikg.neo4j.DevServer"
DEFAULT_PASSWORD = "aikg-dev-password"
CACHE = Path.home() / ".cache" / "aikg" / "neo4j"
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Dfile.encoding=UTF-8",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
]


class LauncherError(Exception):
    """A failure to report to the user, without a traceback."""


@dataclass(frozen=True)
class Settings:
    home: Path
    data: Path
    build: Path
    bolt_port: int
    http_port: int
    password: str
    heap: str
    pagecache: str
    start_timeout: float

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        home = Path(env.get("AIKG_NEO4J_HOME") or CACHE).expanduser().resolve()
        password = env.get("AIKG_NEO4J_PASSWORD") or env.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD
        return cls(
            home=home,
            data=Path(env.get("AIKG_NEO4J_DATA") or home / "data").expanduser().resolve(),
            build=Path(env.get("AIKG_NEO4J_BUILD_DIR") or CACHE / "build").expanduser().resolve(),
            bolt_port=int(env.get("AIKG_NEO4J_BOLT_PORT") or 7687),
            http_port=int(env.get("AIKG_NEO4J_HTTP_PORT") or 7474),
            password=password,
            heap=env.get("AIKG_NEO4J_HEAP") or "1g",
            pagecache=env.get("AIKG_NEO4J_PAGECACHE") or "256m",
            start_timeout=float(env.get("AIKG_NEO4J_START_TIMEOUT") or 180),
        )

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"


def log(message: str) -> None:
    print(f"neo4j: {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Holds an exclusive lock on `path` (concurrent starts and builds wait for each other)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def java_command() -> str:
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not Path(java).exists():
        raise LauncherError("java not found: install a JDK 17+ (apt-get install openjdk-17-jdk)")
    return java


def source_stamp() -> str:
    """A hash of everything the build reads, so a changed pom or class rebuilds once."""
    digest = hashlib.sha256()
    for path in [HERE / "pom.xml", *sorted((HERE / "src").rglob("*.java"))]:
        digest.update(str(path.relative_to(HERE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build(settings: Settings) -> Path:
    """Runs `mvn -q -B package` unless the cached build matches the sources; returns the jar."""
    jar = settings.build / "target" / "aikg-neo4j.jar"
    stamp_file = settings.build / "stamp"
    stamp = source_stamp()
    with locked(settings.build.parent / "build.lock"):
        if jar.exists() and stamp_file.exists() and stamp_file.read_text() == stamp:
            return jar
        mvn = shutil.which("mvn")
        if not mvn:
            raise LauncherError("mvn not found: install Apache Maven (apt-get install maven)")
        java_command()
        shutil.rmtree(settings.build / "lib", ignore_errors=True)
        stamp_file.unlink(missing_ok=True)
        log(f"building the Neo4j dev server with Maven into {settings.build} (first time only)")
        started = time.monotonic()
        proc = subprocess.run(
            [mvn, "-q", "-B", "-f", str(HERE / "pom.xml"), "package",
             f"-Daikg.neo4j.build={settings.build}"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )  # fmt: skip
        if proc.returncode != 0 or not jar.exists():
            tail = "\n".join(proc.stdout.splitlines()[-40:])
            raise LauncherError(f"Maven build failed (exit {proc.returncode}):\n{tail}")
        stamp_file.write_text(stamp)
        log(f"built in {time.monotonic() - started:.1f} s")
        return jar


def read_pid(settings: Settings) -> int | None:
    """The pid of this instance's server if it is alive, else None (stale files are removed)."""
    try:
        pid = int(settings.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        cmdline = []
    ours = MAIN_CLASS.encode() in cmdline and str(settings.home).encode() in cmdline
    if not ours:
        settings.pid_file.unlink(missing_ok=True)
        return None
    return pid


def port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def bolt_answers(port: int) -> bool:
    """True when a Bolt server on the port completes the version handshake."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2.0) as sock:
            # Magic preamble, then four proposed versions: 5.x ranges, 4.4, 4.x, 3.
            sock.sendall(
                bytes.fromhex("6060B017")
                + bytes.fromhex("00080805")
                + bytes.fromhex("00020404")
                + bytes.fromhex("00000004")
                + bytes.fromhex("00000003")
            )
            reply = sock.recv(4)
            return len(reply) == 4 and reply != b"\0\0\0\0"
    except OSError:
        return False


def check_auth(settings: Settings) -> bool:
    """True once a session with the password works; skipped without the Python driver.

    Raises LauncherError at once on a rejected password: retrying would only get the user
    locked out by the server's failed-attempts limit.
    """
    try:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError
    except ImportError:
        return True
    driver = GraphDatabase.driver(settings.uri, auth=("neo4j", settings.password))
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        raise LauncherError(
            "the server rejects the password for user neo4j: the data folder "
            f"{settings.data} was created with another one (delete it, or set "
            "AIKG_NEO4J_PASSWORD to the password it was created with)"
        ) from exc
    except Exception:  # still starting: try again
        return False
    finally:
        driver.close()
    return True


def tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace").splitlines()
    except OSError:
        return f"({path} is missing)"
    return "\n".join(text[-lines:])


def diagnostics(settings: Settings) -> str:
    return (
        f"--- {settings.console_log} ---\n{tail(settings.console_log)}\n"
        f"--- {settings.home / 'logs' / 'neo4j.log'} ---\n"
        f"{tail(settings.home / 'logs' / 'neo4j.log', 10)}"
    )


def start(settings: Settings) -> None:
    jar = build(settings)
    with locked(settings.home / "run" / "launcher.lock"):
        pid = read_pid(settings)
        if pid is not None:
            wait_until_ready(settings, pid)
            log(f"already running (pid {pid}) at {settings.uri}")
            return
        for port in (settings.bolt_port, settings.http_port):
            if port and port_open(port):
                raise LauncherError(f"port {port} on 127.0.0.1 is taken by another process")
        (settings.home / "logs").mkdir(parents=True, exist_ok=True)
        classpath = f"{jar}{os.pathsep}{settings.build / 'lib' / '*'}"
        command = [
            java_command(),
            f"-Xms{settings.heap}",
            f"-Xmx{settings.heap}",
            *JVM_FLAGS,
            "-cp",
            classpath,
            MAIN_CLASS,
            "--home", str(settings.home),
            "--data", str(settings.data),
            "--bolt-port", str(settings.bolt_port),
            "--http-port", str(settings.http_port),
            "--pagecache", settings.pagecache,
        ]  # fmt: skip
        env = {**os.environ, "AIKG_NEO4J_PASSWORD": settings.password}
        started = time.monotonic()
        with open(settings.console_log, "ab") as console:
            proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        settings.pid_file.write_text(f"{proc.pid}\n")
        try:
            wait_until_ready(settings, proc.pid, proc)
        except LauncherError:
            if proc.poll() is None:
                stop_pid(settings, proc.pid)
            raise
        http = f", Browser http://127.0.0.1:{settings.http_port}/browser/" * bool(
            settings.http_port
        )
        log(
            f"started (pid {proc.pid}) in {time.monotonic() - started:.1f} s at "
            f"{settings.uri}{http}; data in {settings.data}"
        )


def wait_until_ready(settings: Settings, pid: int, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + settings.start_timeout
    while True:
        exited = proc.poll() if proc is not None else None
        if exited is not None or not Path(f"/proc/{pid}").exists():
            raise LauncherError(
                f"Neo4j exited during start (code {exited}).\n{diagnostics(settings)}"
            )
        if bolt_answers(settings.bolt_port) and check_auth(settings):
            return
        if time.monotonic() > deadline:
            raise LauncherError(
                f"Neo4j did not answer on {settings.uri} within {settings.start_timeout:.0f} s."
                f"\n{diagnostics(settings)}"
            )
        time.sleep(0.5)


def stop_pid(settings: Settings, pid: int, timeout: float = 60.0) -> None:
    """SIGTERM (a clean shutdown), then SIGKILL if the process outlives the timeout."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                break
        time.sleep(0.2)
    if Path(f"/proc/{pid}").exists() and not _is_zombie(pid):
        log(f"pid {pid} ignored SIGTERM for {timeout:.0f} s; killing it")
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    settings.pid_file.unlink(missing_ok=True)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except (OSError, IndexError):
        return True


def stop(settings: Settings) -> None:
    with locked(settings.home / "run" / "launcher.lock"):
        pid = read_pid(settings)
        if pid is None:
            log("not running")
            return
        stop_pid(settings, pid)
        log(f"stopped (pid {pid})")


def status(settings: Settings) -> int:
    pid = read_pid(settings)
    if pid is None:
        print(f"stopped (home {settings.home})")
        return 3
    state = "running" if bolt_answers(settings.bolt_port) else "starting"
    print(f"{state} (pid {pid}) at {settings.uri}, data in {settings.data}")
    return 0 if state == "running" else 4


def main(argv: list[str]) -> int:
    commands = ("build", "start", "stop", "status", "env", "log")
    if len(argv) != 1 or argv[0] not in commands:
        print(f"usage: neo4j.sh {{{'|'.join(commands)}}}", file=sys.stderr)
        return 2
    settings = Settings.from_env()
    try:
        if argv[0] == "build":
            build(settings)
        elif argv[0] == "start":
            start(settings)
        elif argv[0] == "stop":
            stop(settings)
        elif argv[0] == "status":
            return status(settings)
        elif argv[0] == "env":
            print(f"export NEO4J_URI={shlex.quote(settings.uri)}")
            print("export NEO4J_USERNAME=neo4j")
            print(f"export NEO4J_PASSWORD={shlex.quote(settings.password)}")
        else:
            print(diagnostics(settings))
    except LauncherError as exc:
        log(f"error: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
