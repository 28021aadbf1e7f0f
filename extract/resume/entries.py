"""Items of a resume section (one per publication, patent or award), shared by the extractors of
`extract.resume.bibliography`, `extract.resume.patents` and `extract.resume.awards`.

An item is a heading followed by bullets (heading-per-item layout), or a bullet or line with its
continuation lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.context import DocContext
from extract.resume.common import is_bullet

__all__ = ["Entry", "entries", "YEAR"]

#: a year 19xx/20xx standing alone
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")

#: a line that is itself a reference (a quoted title, or authors with a year in parentheses)
_REFERENCE_LIKE = re.compile(r"[\"“][^\"”]{8,}[\"”]|\((?:19|20)\d{2}\)")


@dataclass(frozen=True)
class Entry:
    """One item of a section: its title line span and the [start, end) span of all its text."""

    head_start: int
    head_end: int
    start: int
    end: int
    heading: bool  # a heading followed by bullets (heading-per-item layout)


def entries(ctx: DocContext, names: tuple[str, ...]) -> list[Entry]:
    """Items of the named sections: heading blocks, or bullets/lines with their continuations."""
    out: list[Entry] = []
    for sec in ctx.sections_named(*names):
        lines = [ln for ln in ctx.lines(sec) if ln.stripped]
        for n, ln in enumerate(lines):
            bullet = is_bullet(ln.text)
            nxt = lines[n + 1] if n + 1 < len(lines) else None
            prev = lines[n - 1].text.rstrip() if n else ""
            lead = ln.text.lstrip()[:1]
            cont = not bullet and n and not prev.lstrip().startswith(("#", "**")) and (
                ln.text[:1] in " \t" or (not out[-1].heading and not prev.endswith((".", ")", "!"))
                                         and lead not in "#*" and (not lead.isupper() or not (
                                             nxt is not None and is_bullet(nxt.text)))))
            if cont and out:
                out[-1] = Entry(out[-1].head_start, out[-1].head_end, out[-1].start, ln.end,
                                out[-1].heading)
                continue
            if bullet and out and out[-1].heading and out[-1].end >= lines[n - 1].end:
                out[-1] = Entry(out[-1].head_start, out[-1].head_end, out[-1].start, ln.end, True)
                continue
            heading = not bullet and nxt is not None and is_bullet(nxt.text) and not (
                _REFERENCE_LIKE.search(nxt.text) or ln.text.lstrip().startswith(("(", "[")))
            out.append(Entry(ln.start, ln.end, ln.start, ln.end, heading))
    return out
