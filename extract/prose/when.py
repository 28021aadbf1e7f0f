"""Time expressions tied to a clause: "in 2012", "since March 2015", "from 2010 to 2014",
"until 2019", "for eight years now".

`clause_times(verb)` reads the verb's own clause (its subtree minus nested clauses) and returns
what it found; the pattern decides what "in 2012" means (a start for "joined", an end for
"graduated").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Times", "clause_times", "year_of"]

_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_RANGE = re.compile(r"^((?:19[5-9]|20[0-4])\d)[–—-]((?:19[5-9]|20[0-4])\d|present|now)$", re.I)
#: prepositions that name another period: 'after a postdoc at Y (2013-2016)'
_OTHER_TIME = frozenset({"after", "before", "following", "prior"})
_NESTED = frozenset({"relcl", "advcl", "ccomp", "conj", "acl", "parataxis", "csubj"})


@dataclass(frozen=True)
class Times:
    """Dates a clause states: after 'in', 'since', 'from'/'to', 'until', and 'now'."""

    at: str | None = None
    since: str | None = None
    until: str | None = None
    now: bool = False

    @property
    def empty(self) -> bool:
        return not (self.at or self.since or self.until or self.now)


def year_of(tokens: list[Token], k: int) -> str | None:
    """'YYYY' or 'YYYY-MM' for the year at tokens[k] (a month just before it gives the month)."""
    tok = tokens[k]
    if not _YEAR.match(tok.text):
        return None
    prev = tokens[k - 1].lower_.rstrip(".") if k > 0 else ""
    if prev in _MONTHS and tokens[k - 1].i == tok.i - 1:
        return f"{tok.text}-{_MONTHS[prev]:02d}"
    return tok.text


def _clause_tokens(verb: Token) -> list[Token]:
    skip: set[int] = set()
    for tok in verb.subtree:
        if tok is not verb and tok.dep_ in _NESTED and tok.i not in skip:
            skip.update(t.i for t in tok.subtree)
        elif tok.dep_ == "prep" and tok.lower_ in _OTHER_TIME and tok.i not in skip \
                and not any(_YEAR.match(c.text) for c in tok.children):
            # 'joined X in 2016 after a postdoc at Y (2013-2016)': the dates of what came before
            skip.update(t.i for t in tok.subtree)
    return [t for t in verb.subtree if t.i not in skip]


def clause_times(verb: Token) -> Times:
    """The dates of a verb's clause.

    'since Y' -> since; 'from Y1 to Y2' / 'between Y1 and Y2' / 'Y1-Y2' -> since + until;
    'until/till/through Y' -> until; 'in Y' (or a bare year) -> at; 'now', 'currently',
    'to date', 'to present' -> now.
    """
    toks = _clause_tokens(verb)
    at = since = until = None
    now = False
    for k, tok in enumerate(toks):
        low = tok.lower_
        if low in ("now", "currently", "presently", "present", "today") or \
                (low == "date" and k > 0 and toks[k - 1].lower_ == "to"):
            now = True
        rng = _RANGE.match(tok.text)
        if rng is not None:  # one token '2015–2020' (a parenthesis after the organization)
            since = since or rng.group(1)
            until = until or ("present" if rng.group(2).lower() in ("present", "now") else rng.group(2))
            continue
        y = year_of(toks, k)
        if y is None:
            continue
        back = [t.lower_ for t in toks[max(0, k - 3):k]]
        if "since" in back:
            since = since or y
        elif any(w in back for w in ("until", "till", "through", "to", "and", "-", "–")) and (since or at):
            until = y
            if since is None:
                since, at = at, None
        elif "from" in back or "between" in back:
            since = since or y
        elif at is None:
            at = y
    return Times(at=at, since=since, until=until, now=now)
