"""Open graph.html in Debian's headless Chromium (for tests and bench/html_bench.py).

Only the flags known to work here as root with no network are used (see the tech notes):
`--headless --no-sandbox --disable-gpu --disable-background-networking
--disable-component-update --disable-sync --no-first-run --user-data-dir=<fresh temp dir>`.
Nothing here is needed to export; it checks what a real browser makes of the page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["find_chromium", "run_chromium", "PageStatus", "page_status", "BASE_FLAGS",
           "FOREGROUND_FLAGS"]

BASE_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run")
#: a headless page otherwise counts as a background tab whose timers run about once a second
FOREGROUND_FLAGS = ("--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                    "--disable-backgrounding-occluded-windows")
_STATUS_RE = re.compile(r'<div id="pg-status"([^>]*)>', re.S)
_ATTR_RE = re.compile(r'\s(data-[a-z-]+)="([^"]*)"')


def find_chromium() -> str | None:
    """Path of a Chromium binary (Debian's `chromium` first), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(url: str, *, dump_dom: bool = False, screenshot: Path | None = None,
                 budget_ms: int | None = 5000, timeout_ms: int | None = None,
                 window: str = "1200,800", wall_timeout_s: float = 120.0) -> str:
    """Run headless Chromium once on `url`; the dumped DOM (or '') is returned.

    `budget_ms` is `--virtual-time-budget` (virtual time: timers run as fast as possible);
    `timeout_ms` is `--timeout` (real time) for measuring how long a page really takes.
    """
    exe = find_chromium()
    if exe is None:
        raise FileNotFoundError("chromium is not installed (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="pg-chromium-") as profile:
        cmd = [exe, *BASE_FLAGS, f"--user-data-dir={profile}", f"--window-size={window}"]
        if budget_ms is not None:
            cmd.append(f"--virtual-time-budget={int(budget_ms)}")
        if timeout_ms is not None:
            cmd.append(f"--timeout={int(timeout_ms)}")
        if screenshot is not None:
            cmd.append(f"--screenshot={Path(screenshot).resolve()}")
        if dump_dom:
            cmd.append("--dump-dom")
        cmd.append(url)
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=wall_timeout_s,
                              check=False)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        raise RuntimeError(f"chromium exited with {proc.returncode}: {tail}")
    return proc.stdout


@dataclass(frozen=True)
class PageStatus:
    """What the page script wrote into its status element (`data-*` attributes)."""

    ready: bool
    nodes: int | None
    edges: int | None
    stabilized: bool
    settle_ms: int | None
    text: str


def page_status(dom: str) -> PageStatus | None:
    """Parse the `#pg-status` element out of a dumped DOM (None when absent)."""
    m = _STATUS_RE.search(dom)
    if not m:
        return None
    attrs = dict(_ATTR_RE.findall(m.group(1)))
    end = dom.find("</div>", m.end())
    text = dom[m.end(): end if end >= 0 else m.end()]

    def num(key: str) -> int | None:
        v = attrs.get(key, "")
        return int(v) if v.isdigit() else None

    return PageStatus(ready=attrs.get("data-ready") == "1", nodes=num("data-nodes"),
                      edges=num("data-edges"), stabilized=attrs.get("data-stabilized") == "1",
                      settle_ms=num("data-settle-ms"), text=text)

