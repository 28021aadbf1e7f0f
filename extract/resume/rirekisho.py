"""Studies in a chronological history table (Japanese rirekisho, translated):

    2010/04      Entered Kestrel Prefectural University, Faculty of Science
    2014/03      Graduated from Kestrel Prefectural University (Bachelor of Science)
    2014/04      Entered Kestrel Prefectural University, Graduate School of Science
    2016/03      Completed the Master's Program (Master of Science)

An `Entered`/`Enrolled in`/`Admitted to` row opens a study (start = its month); the next
`Graduated from`/`Completed` row closes it (end), naming the school again or not; a degree in
parentheses on that row is the title. A school printed with its faculty is the school, as in
the education section. `studies(text)` gives (school, title, start, end, span of the row that
names the school)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_ROW = re.compile(r"(?m)^[ \t]*(?P<y>(?:19|20)\d{2})[/.-](?P<m>\d{1,2})\s+(?P<verb>Entered|Enrolled in|"
                  r"Admitted to|Graduated from|Graduated|Completed|Withdrew from)\b[ \t]*(?P<rest>.*)$")
_DEGREE = re.compile(r"\((?P<d>[^()]*\b(?:Bachelor|Master|Doctor|Diploma|Associate)\b[^()]*)\)")
_SUB_UNIT = re.compile(r",\s*(?:(?:Graduate\s+)?School|Faculty|College|Department|Division)\s+of\b.*$")


def _school(rest: str) -> str:
    s = _DEGREE.sub("", rest)
    s = _SUB_UNIT.sub("", s)
    s = re.sub(r"^(?:the\s+)?", "", s.strip(" ,."))
    return s.strip(" ,.")


def studies(text: str) -> Iterator[tuple[str, str | None, str, str | None, tuple[int, int]]]:
    if "Entered" not in text and "Enrolled" not in text and "Admitted" not in text:
        return
    open_: tuple[str, str, tuple[int, int]] | None = None
    for m in _ROW.finditer(text):
        when = f"{m['y']}-{int(m['m']):02d}"
        verb = m["verb"]
        if verb in ("Entered", "Enrolled in", "Admitted to"):
            if open_ is not None:
                yield open_[0], None, open_[1], None, open_[2]
            name = _school(m["rest"])
            open_ = (name, when, (m.start("rest"), m.end("rest"))) if name[:1].isupper() else None
            continue
        if open_ is None or verb == "Withdrew from":
            open_ = None
            continue
        deg = _DEGREE.search(m["rest"])
        yield open_[0], deg["d"].strip() if deg else None, open_[1], when, open_[2]
        open_ = None
    if open_ is not None:
        yield open_[0], None, open_[1], None, open_[2]
