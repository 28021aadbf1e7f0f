"""Pausing Python's cyclic garbage collector around bulk work that makes no reference cycles.

Extraction, merging and queries allocate many small acyclic objects (pydantic models, tuples,
dicts); reference counting frees them, yet every 700 allocations the collector walks the young
objects, and on a process holding a big graph its passes can cost more than the work (most of a
big query's time; a third of a million-mention merge; a few percent of a resume's extraction). `paused_gc` pauses it for the
duration of a call or a `with` block and restores the previous state; nesting is fine.

>>> import gc
>>> with paused_gc():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Context manager (and decorator: `@paused_gc()`) pausing the cyclic collector."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
