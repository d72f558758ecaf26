"""Drive Debian's headless Chromium like a person would, over the DevTools protocol.

Chromium is started with ``--remote-debugging-pipe``: it reads protocol messages
(JSON, each ended by a NUL byte) on file descriptor 3 and writes its own on 4, so no
websocket library and no downloaded browser are needed. :class:`Page` opens one file
with the network cut (offline emulation, and every non-file request recorded), collects
console errors and exceptions, evaluates JavaScript, types into the page and saves
screenshots. The tests of the maps and ``bench/bench_map.py`` use it.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--remote-debugging-pipe",
]


def _high_pipe() -> tuple[int, int]:
    """A pipe whose fds are above 9, so that putting them on 3 and 4 cannot clash."""
    low = os.pipe()
    high = tuple(fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in low)
    for fd in low:
        os.close(fd)
    return high


def chromium_path() -> str:
    """Debian's chromium (``.ci/run`` installs it); AssertionError if there is none."""
    for name in ("chromium", "chromium-browser"):
        if path := shutil.which(name):
            return path
    raise AssertionError("no Chromium on PATH: .ci/run installs Debian's chromium package")


class Page:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, width: int = 1400, height: int = 900, timeout: float = 120.0):
        self.width, self.height, self.timeout = width, height, timeout
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        self._next_id = 0
        self._buffer = b""

    def __enter__(self) -> Page:
        self._profile = tempfile.TemporaryDirectory(prefix="aikg-chromium-")
        to_browser_r, self._to_browser = _high_pipe()
        self._from_browser, from_browser_w = _high_pipe()
        # Chromium wants its ends of the pipes as fds 3 (commands in) and 4 (replies out).
        shell = f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}'
        args = [
            chromium_path(),
            *FLAGS,
            f"--user-data-dir={self._profile.name}",
            f"--window-size={self.width},{self.height}",
            "about:blank",
        ]
        self._proc = subprocess.Popen(
            ["/bin/bash", "-c", shell, *args],
            pass_fds=(to_browser_r, from_browser_w),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")
        self.send("Network.emulateNetworkConditions", offline=True, latency=0,
                  downloadThroughput=0, uploadThroughput=0)  # fmt: skip
        self.send("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height,
                  deviceScaleFactor=1, mobile=False)  # fmt: skip
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.call("Browser.close")
        except Exception:  # noqa: BLE001  (closing a browser that already went away)
            pass
        try:
            self._proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()

    # ------------------------------------------------------------------ protocol

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a browser-level command and wait for its result."""
        return self._roundtrip(method, params, session=None)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command to the page and wait for its result."""
        return self._roundtrip(method, params, session=self._session)

    def _roundtrip(self, method: str, params: dict, session: str | None) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._event(reply)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed its DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def _event(self, message: dict[str, Any]) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.console_errors.append(" ".join(str(a.get("value", a.get("description")))
                                                for a in params.get("args", [])))  # fmt: skip
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            self.console_errors.append(f"exception: {text}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.console_errors.append(f"log: {params['entry'].get('text')}")
        elif method == "Network.requestWillBeSent":
            self.requests.append(params.get("request", {}).get("url", ""))

    # ------------------------------------------------------------------ page actions

    def open(self, path: Path) -> None:
        """Navigate to a local file and wait for its load event."""
        self.send("Page.navigate", url=Path(path).resolve().as_uri())
        self.wait_for("document.readyState === 'complete'")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)  # fmt: skip
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r}: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def wait_for(self, condition: str, timeout: float | None = None) -> float:
        """Poll until a JavaScript condition holds; the seconds it took."""
        start = time.monotonic()
        limit = start + (timeout or self.timeout)
        while not self.evaluate(f"Boolean({condition})"):
            if time.monotonic() > limit:
                raise TimeoutError(f"the page never got to: {condition}")
            time.sleep(0.05)
        return time.monotonic() - start

    def type_text(self, selector: str, text: str) -> None:
        """Focus the element and type `text` into it as key events, then press Enter."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", text=text)
        enter = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
        self.send("Input.dispatchKeyEvent", type="keyDown", text="\r", **enter)
        self.send("Input.dispatchKeyEvent", type="keyUp", **enter)

    def screenshot(self, path: Path) -> Path:
        """Save what the page shows as a PNG."""
        data = self.send("Page.captureScreenshot", format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)

    def outside_requests(self) -> list[str]:
        """Requests the page made for anything but its own file or inline data."""
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:"))]
