"""Compare: decide whether two blocked candidates are one thing, with a score.

Near-duplicates ('Soflines' / 'Softlines', 'Tensorflw' / 'TensorFlow') merge only when it is
safe: the same number of words, exactly one word differs, by one edit (insert, delete, replace or
swap two neighbours) after its first letter, its digits unchanged (Python2 is not Python3). The
score is the similarity of the differing word, 1 - 1/length (shared generic words such as
'University of' say nothing), and must be >= 0.85: seven letters or more ('Lab' / 'Labs' and
'Mongo' / 'Mango' stay apart). Clustering also checks
the two clusters (`Edge.minor`, `Edge.dominance`): the rarer spelling may have at most three
mentions, and unless both occur in one document the other must have three times as many (a typo
is rare, the name it corrupts is common; two established names one letter apart are two things,
and a typo never bridges two established clusters). Anything else ('Acme Labs' / 'Acme
Lab Systems', 'Amazon' / 'Amazon India', 'Lumsen' / 'Tumsen') is a conflicting token.

>>> near_duplicate("soflines", "softlines"), near_duplicate("tensorflw", "tensorflow")
(0.8889, 0.9)
>>> [near_duplicate(a, b) for a, b in [("mongo", "mango"), ("acme labs", "acme lab systems"),
...     ("python2 tools", "python3 tools"), ("lumsen logistics", "tumsen logistics")]]
[None, None, None, None]
"""

from __future__ import annotations

__all__ = ["one_edit_apart", "near_duplicate", "THRESHOLD", "DOMINANCE", "RARE"]

#: lowest similarity of the differing word (one edit in 7 letters)
THRESHOLD = 0.85
#: across documents, how many times more mentions the kept spelling's cluster must have
DOMINANCE = 3
#: most mentions the rarer spelling's cluster may have (a typo is rare)
RARE = 3


def one_edit_apart(x: str, y: str) -> bool:
    """True when x and y differ by exactly one insertion, deletion, replacement or swap of two
    neighbouring letters (optimal-string-alignment distance 1), in linear time.

    >>> [one_edit_apart("tensorflw", "tensorflow"), one_edit_apart("form", "from"),
    ...  one_edit_apart("abc", "abc"), one_edit_apart("abcd", "badc")]
    [True, True, False, False]
    """
    lx, ly = len(x), len(y)
    if x == y or abs(lx - ly) > 1:
        return False
    i = 0
    while i < min(lx, ly) and x[i] == y[i]:
        i += 1
    if lx == ly:
        return x[i + 1:] == y[i + 1:] or (i + 1 < lx and x[i] == y[i + 1] and x[i + 1] == y[i]
                                          and x[i + 2:] == y[i + 2:])
    return x[i:] == y[i + 1:] if lx < ly else x[i + 1:] == y[i:]


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def near_duplicate(a: str, b: str) -> float | None:
    """The score of two name keys when their names are safe near-duplicates, else None
    (the cluster checks are the caller's: see the module docstring)."""
    ta, tb = a.split(), b.split()
    if a == b or len(ta) != len(tb):
        return None
    diff = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    if len(diff) != 1:
        return None
    x, y = diff[0]
    if x[0] != y[0] or _digits(x) != _digits(y):
        return None
    if not one_edit_apart(x, y):
        return None
    score = round(1 - 1 / max(len(x), len(y)), 4)
    return score if score >= THRESHOLD else None
