"""Atomic file writing, and publishing a whole set of outputs at once.

`atomic_write_bytes` writes to a temporary file beside the target, then renames it: a reader
sees the old file or the new one, never a part.

`staged_outputs(out)` goes further, for a set of files that belong together (facts.jsonl,
graph.json, graph.ttl, report.json ...). Exporters write into a staging folder *inside* OUT (so
the final renames never cross a file system, even when OUT is a mount point); only when every
one of them has succeeded are the files renamed into OUT, report.json last. A failure or an
interrupt before that point leaves OUT exactly as it was; a later build removes a staging folder
a killed build left behind. The rename loop takes milliseconds; report.json, renamed last,
records the SHA-256 of every output, so a reader can check that a set is whole.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     out = Path(d) / "out"
...     with staged_outputs(out) as stage:
...         _ = atomic_write_text(stage.dir / "a.txt", "new")
...         (out / "a.txt").exists()           # not yet visible
...     (out / "a.txt").read_text(), sorted(p.name for p in out.iterdir())
False
('new', ['a.txt'])
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO

__all__ = ["atomic_write_text", "atomic_write_bytes", "atomic_write_stream", "ChunkSink", "staged_outputs", "Staging",
           "dir_lock", "STAGING_PREFIX"]

#: name prefix of staging folders inside OUT (hidden, so builds never read them as input)
STAGING_PREFIX = ".staging-"
LOCK_NAME = ".lock"


@lru_cache(maxsize=1)
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _chmod_default(fd: int) -> None:
    """Give a temporary file the mode a plain `open()` would (mkstemp makes it private)."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o666 & ~_umask())


@contextmanager
def _atomic_file(path: str | Path, fsync: bool) -> Iterator[IO[bytes]]:
    """A temporary file beside `path`, renamed onto it when the block ends without error
    (removed otherwise): readers see the old file or the new one, never a part."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", suffix=".tmp", dir=path.parent)
    try:
        _chmod_default(fd)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_bytes(path: str | Path, data: bytes, *, fsync: bool = True) -> Path:
    """Write `data` to `path` so that readers see the old file or the new one, never a part.

    `fsync=False` skips flushing to disk (for caches that may be lost on a power cut).
    """
    with _atomic_file(path, fsync) as fh:
        fh.write(data)
    return Path(path)


class ChunkSink:
    """A list-like `append` target that writes what it is given to a binary file in chunks of
    about `size` characters, so a writer that appends millions of small strings never holds the
    whole output (nor its joined text and encoded bytes: three copies) in memory."""

    def __init__(self, fh: IO[bytes], size: int = 1 << 20) -> None:
        self.fh, self.size = fh, size
        self.parts: list[str] = []
        self.pending = 0

    def append(self, part: str) -> None:
        self.parts.append(part)
        self.pending += len(part)
        if self.pending >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.fh.write("".join(self.parts).encode("utf-8"))
            self.parts, self.pending = [], 0


def atomic_write_stream(path: str | Path, write: Callable[[ChunkSink], None], *,
                        fsync: bool = True) -> Path:
    """Like `atomic_write_text`, for a writer that appends text pieces to a `ChunkSink`: the
    file is the concatenation of the pieces in UTF-8, written as they come."""
    with _atomic_file(path, fsync) as fh:
        sink = ChunkSink(fh)
        write(sink)
        sink.flush()
    return Path(path)


def atomic_write_text(path: str | Path, text: str, *, fsync: bool = True) -> Path:
    """`atomic_write_bytes` of `text` in UTF-8."""
    return atomic_write_bytes(path, text.encode("utf-8"), fsync=fsync)


def _fsync_dir(path: Path) -> None:
    """Make renames inside `path` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Staging:
    """A staging folder inside OUT; `publish` moves its files into OUT."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.dir = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))

    def target(self, staged: Path) -> Path:
        """Where a staged file will be published."""
        return self.out / Path(staged).resolve().relative_to(self.dir.resolve())

    def publish(self, last: tuple[str, ...] = ("report.json",)) -> list[Path]:
        """Rename every staged file into OUT (names in `last` at the end); return targets."""
        staged = sorted((p for p in self.dir.rglob("*") if p.is_file()),
                        key=lambda p: (p.name in last, last.index(p.name) if p.name in last else 0,
                                       p.as_posix()))
        moved = []
        for src in staged:
            dst = self.target(src)
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
            moved.append(dst)
        _fsync_dir(self.out)
        return moved


def _remove_stale_staging(out: Path) -> None:
    for child in out.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(child, ignore_errors=True)


@contextmanager
def dir_lock(out: str | Path) -> Iterator[Path]:
    """Hold an exclusive lock on OUT (OUT/.lock) so two builds never write it at once.

    Raises `ExportError` when another process holds it. The lock dies with its process, so a
    killed build never leaves OUT locked. (Where `fcntl` is missing the lock is advisory only.)
    """
    from ontology import ExportError

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield out
        return
    with open(out / LOCK_NAME, "a+b") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise ExportError(f"another build is writing {out}", doc=str(out),
                              hint="wait for it to finish, or choose another output folder") from None
        try:
            yield out
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@contextmanager
def staged_outputs(out: str | Path) -> Iterator[Staging]:
    """Stage outputs inside OUT and publish them together when the block ends without error.

    On any exception (or KeyboardInterrupt) the staging folder is removed and OUT is unchanged.
    Staging folders left by a killed build are removed first; hold `dir_lock` when builds may
    run at once.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out)
    stage = Staging(out)
    try:
        yield stage
        stage.publish()
    finally:
        shutil.rmtree(stage.dir, ignore_errors=True)
