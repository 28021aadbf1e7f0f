"""Word forms for the prose patterns (the pinned pipeline runs without a lemmatizer).

>>> sorted(forms("join"))
['join', 'joined', 'joining', 'joins']
>>> "began" in forms("begin") and "studied" in forms("study")
True
"""

from __future__ import annotations

from functools import cache

__all__ = ["forms", "is_form", "present_tense"]

_IRREGULAR = {
    "begin": ("began", "begun"), "spend": ("spent",), "hold": ("held",), "win": ("won",),
    "lead": ("led",), "build": ("built",), "write": ("wrote", "written"), "become": ("became",),
    "leave": ("left",), "be": ("is", "was", "were", "are", "been", "am", "'s", "’s", "'m", "’m"),
    "have": ("has", "had", "'ve", "’ve"), "get": ("got", "gotten"), "go": ("went", "gone"),
    "make": ("made",), "run": ("ran",), "take": ("took", "taken"), "give": ("gave", "given"),
    "teach": ("taught",), "co-write": ("co-wrote", "co-written"), "set": ("set",),
    "grow": ("grew", "grown"), "come": ("came",), "hire": ("hired",), "do": ("did", "done"),
    "bring": ("brought",), "rise": ("rose", "risen"), "say": ("said",), "tell": ("told",),
}
_DOUBLE = {"run", "win", "begin", "set", "plan", "ship", "get", "found", "co-found", "wrap", "step"}


def _regular(base: str) -> set[str]:
    out = {base}
    if base.endswith(("s", "sh", "ch", "x", "o")):
        out.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        out.add(base[:-1] + "ies")
    else:
        out.add(base + "s")
    if base.endswith("e"):
        out |= {base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        out |= {base[:-1] + "ied", base + "ing"}
    else:
        out |= {base + "ed", base + "ing"}
        if base in _DOUBLE and base not in ("found", "co-found"):
            out |= {base + base[-1] + "ing", base + base[-1] + "ed"}
    return out


@cache
def forms(*bases: str) -> frozenset[str]:
    """Every inflected form of the given base verbs (lower case)."""
    out: set[str] = set()
    for base in bases:
        out |= _regular(base)
        out |= set(_IRREGULAR.get(base, ()))
    return frozenset(out)


def is_form(tok, *bases: str) -> bool:
    """True when the token is an inflection of one of the base verbs."""
    return tok.lower_ in forms(*bases)


def present_tense(verb) -> bool:
    """Is the clause of this verb in the present (or present perfect) tense?

    'is', 'works', 'is helping', 'has been', 'has led' are present; 'was', 'worked' are not.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for tok in [*auxes, verb]:
        tense = tok.morph.get("Tense")
        if tok.tag_ in ("VBZ", "VBP") or (tok.lower_ in ("'s", "’s", "'ve", "’ve", "'m", "’m")):
            return True
        if tense == ["Past"] and tok.tag_ in ("VBD",):
            return False
    return False
