"""Drive headless Chromium over the DevTools protocol (`--remote-debugging-pipe`), stdlib only.

For what `--dump-dom` cannot do: real-time measurements (the bench) and real interaction
(hovering a node to open its tooltip in a test). One browser, one page, one session:

    with DevToolsPage() as page:
        page.navigate(url)
        page.wait_for("document.title === 'x'")
        page.evaluate("1 + 1")          # -> 2

Messages are JSON separated by NUL bytes on fds 3 (to the browser) and 4 (from it).
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import tempfile
import time
from typing import Any

from exports.html_browser import BASE_FLAGS, FOREGROUND_FLAGS, find_chromium

__all__ = ["DevToolsPage", "measure_settle", "process_tree_cpu_s"]


class DevToolsPage:
    """A headless Chromium with one page attached (a context manager)."""

    def __init__(self, window: str = "1200,800", timeout_s: float = 30.0) -> None:
        self.window, self.timeout_s = window, timeout_s
        self._id, self._buf, self.session = 0, b"", ""
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> DevToolsPage:
        exe = find_chromium()
        if exe is None:
            raise FileNotFoundError("chromium is not installed (apt-get install -y chromium)")
        self._profile = tempfile.TemporaryDirectory(prefix="pg-chromium-")
        to_r, self._w = os.pipe()          # we write commands; chromium reads fd 3
        self._r, from_w = os.pipe()        # chromium writes fd 4; we read

        def fds() -> None:                 # in the child: the ends become fds 3, 4 (inheritable)
            a, b = os.dup(to_r), os.dup(from_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        cmd = [exe, *BASE_FLAGS, *FOREGROUND_FLAGS, f"--user-data-dir={self._profile.name}",
               f"--window-size={self.window}", "--remote-debugging-pipe", "about:blank"]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, preexec_fn=fds, close_fds=False)
        os.close(to_r)
        os.close(from_w)
        try:
            targets = self.call("Target.getTargets", session=None)["targetInfos"]
            page = next(t for t in targets if t["type"] == "page")
            self.session = self.call("Target.attachToTarget", {"targetId": page["targetId"],
                                                               "flatten": True}, session=None)["sessionId"]
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.call("Browser.close", session=None, timeout_s=5)
        except Exception:  # noqa: BLE001 - best effort; the process is ended below anyway
            pass
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for fd in (self._w, self._r):
            try:
                os.close(fd)
            except OSError:
                pass
        self._profile.cleanup()

    def call(self, method: str, params: dict | None = None, *, session: str | None | bool = True,
             timeout_s: float | None = None) -> dict:
        """Send one command and return its result (events in between are dropped)."""
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session is True and self.session:
            msg["sessionId"] = self.session
        elif isinstance(session, str):
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + (timeout_s or self.timeout_s)
        while True:
            while b"\0" in self._buf:
                raw, self._buf = self._buf.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self._id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._r], [], [], left)[0]:
                raise TimeoutError(f"chromium did not answer {method} in time")
            chunk = os.read(self._r, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buf += chunk

    def navigate(self, url: str) -> None:
        self.call("Page.navigate", {"url": url})

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression in the page (exceptions raise)."""
        res = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in res:
            raise RuntimeError(f"page raised: {res['exceptionDetails'].get('text')}")
        return res.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout_s: float | None = None, poll_s: float = 0.05) -> bool:
        """Poll until the expression is truthy; False on timeout."""
        deadline = time.monotonic() + (timeout_s or self.timeout_s)
        while time.monotonic() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(poll_s)
        return False

    def mouse_move(self, x: float, y: float) -> None:
        self.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})


def process_tree_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) used so far by a process and its descendants (Linux /proc)."""
    try:
        tick = os.sysconf("SC_CLK_TCK")
        stats = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                        fields = fh.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                stats[int(entry)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    except (OSError, ValueError, AttributeError):
        return None
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen or p not in stats:
            continue
        seen.add(p)
        total += stats[p][1]
        todo.extend(c for c, (ppid, _) in stats.items() if ppid == p)
    return total / tick


STATUS_JS = ("(function(){var s=document.getElementById('pg-status');"
             "return s ? JSON.parse(JSON.stringify(s.dataset)) : null;})()")


def measure_settle(url: str, timeout_s: float = 30.0, window: str = "1200,800") -> dict:
    """Open `url` in real time and wait for `#pg-status[data-stabilized]`.

    Returns {'settled': bool, 'wall_s': seconds from navigate to seeing the flag, 'cpu_s': CPU
    seconds all Chromium processes used meanwhile (None off Linux), 'status': the status
    element's data attributes (camelCase keys)}.
    """
    with DevToolsPage(window=window, timeout_s=timeout_s) as page:
        pid = page.proc.pid if page.proc else 0
        cpu0 = process_tree_cpu_s(pid)
        t0 = time.perf_counter()
        page.navigate(url)
        settled = page.wait_for("(document.getElementById('pg-status')||{dataset:{}})"
                                ".dataset.stabilized === '1'", timeout_s=timeout_s)
        wall = time.perf_counter() - t0
        cpu1 = process_tree_cpu_s(pid)
        cpu = None if cpu0 is None or cpu1 is None else cpu1 - cpu0
        return {"settled": settled, "wall_s": wall, "cpu_s": cpu,
                "status": page.evaluate(STATUS_JS) or {}}
