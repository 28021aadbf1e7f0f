"""Name and identifier normalization for duplicate merging (pure functions, no data files).

Three keys per name, from loosest to strictest identity:

- `surface_key`: case, accents, zero-width characters and white space folded. Mentions with the
  same surface key are one pre-merge entity (a *trivial* grouping, never logged).
- `name_key`: what the `normalized-name` rule compares: punctuation dropped, '&' read as 'and',
  '.com' dropped, dotted initials joined (I.B.M. -> ibm); for organizations also legal forms
  (Inc, Ltd, Pvt, LLC, GmbH...) dropped and common abbreviations spelled out (Intl, Univ,
  Centre...); for persons honorifics and degree suffixes dropped.
- acronym keys (`short_forms` / `expansions`): 'IIT Delhi' and 'Indian Institute of Technology
  Delhi' both give ('iit', 'delhi', 'lead').

>>> surface_key("  Amazon.COM,  Inc. ")
'amazon.com, inc.'
>>> name_key("Amazon.com, Inc.", "org")
'amazon'
>>> name_key("Microsoft India (R&D) Pvt. Ltd.", "org")
'microsoft india r and d'
>>> name_key("I.B.M. Intl. Labs", "org")
'ibm international labs'
>>> name_key("Dr. Ada Park, PhD", "person")
'ada park'
>>> short_forms("IIT Delhi")
[('iit', 'delhi', 'lead')]
>>> ('iit', 'delhi', 'lead') in expansions(name_key("Indian Institute of Technology Delhi", "org"))
True
>>> norm_identifier("github", "https://www.GitHub.com/Ada-P/")
'github:ada-p'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ontology import LEGAL_SUFFIXES, EntityType, fold, norm_name

__all__ = ["family", "surface_key", "name_key", "compact_key", "short_forms", "expansions",
           "norm_identifier", "ABBREVIATIONS", "ACRONYM_STOPWORDS", "PERSON_AFFIXES"]

#: abbreviations spelled out in organization names (generic English, no one organization's)
ABBREVIATIONS = {
    "intl": "international", "univ": "university",
    "inst": "institute", "dept": "department", "natl": "national", "assoc": "association",
    "laboratories": "labs", "laboratory": "lab", "svcs": "services", "mgmt": "management",
    "ctr": "center", "cntr": "center", "centre": "center", "grp": "group",
    "mfg": "manufacturing", "engg": "engineering", "govt": "government",
    "technologies": "tech", "technology": "tech",
}

#: words an acronym skips ('Indian Institute of Technology' -> IIT)
ACRONYM_STOPWORDS = frozenset({"of", "and", "the", "for", "in", "at", "on", "de", "la", "du",
                               "der", "des", "y", "e", "a", "an", "to"})

#: honorifics and degree suffixes dropped from person names
PERSON_AFFIXES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir",
                            "phd", "md", "jr", "sr", "ii", "iii", "esq", "mba", "msc", "bsc"})

_ORG_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.EDUCATIONAL_ORGANIZATION})
_ACRONYM_TOKEN = re.compile(r"^[A-Z]{2,6}$")


def family(etype: EntityType | str) -> str:
    """Merge family of a type: organizations and educational organizations block together.

    >>> family(EntityType.EDUCATIONAL_ORGANIZATION), family("Skill")
    ('org', 'skill')
    """
    etype = EntityType(etype)
    if etype in _ORG_TYPES:
        return "org"
    return etype.value.lower()


def surface_key(name: str | None) -> str:
    """The trivial key: folded case, accents and white space (punctuation kept).

    Same as `ontology.fold`, with a fast path for printable ASCII.
    """
    if not name:
        return ""
    if name.isascii() and name.isprintable():
        return " ".join(name.split()).lower()
    return fold(name)


def _join_initials(tokens: list[str]) -> list[str]:
    """Join runs of two or more one-letter tokens: ['i', 'b', 'm', 'x1'] -> ['ibm', 'x1']."""
    out: list[str] = []
    run: list[str] = []
    for tok in tokens + [""]:
        if len(tok) == 1 and tok.isalpha():
            run.append(tok)
            continue
        if len(run) >= 2:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        if tok:
            out.append(tok)
    return out


@lru_cache(maxsize=1 << 18)
def name_key(name: str | None, fam: str) -> str:
    """The key the `normalized-name` rule compares, for a name of merge family `fam`."""
    if not name:
        return ""
    if fam == "person":
        toks = norm_name(name, drop_legal=False).split()
        while toks and toks[0] in PERSON_AFFIXES:
            toks = toks[1:]
        while toks and toks[-1] in PERSON_AFFIXES:
            toks = toks[:-1]
        return " ".join(toks)
    if fam == "org":
        toks = _join_initials(norm_name(name, drop_legal=False).split())
        toks = [ABBREVIATIONS.get(t, t) for t in toks]
        kept = [t for t in toks if t not in LEGAL_SUFFIXES]
        return " ".join(kept or toks)
    return " ".join(_join_initials(norm_name(name, drop_legal=False).split()))


def compact_key(key: str) -> str:
    """A name key without spaces ('tensor flow' and 'tensorflow' meet here).

    >>> compact_key("tensor flow")
    'tensorflow'
    """
    return key.replace(" ", "")


def _acronym(tokens: list[str]) -> str:
    """Initials of the content words ('indian institute of technology' -> 'iit')."""
    return "".join(t[0] for t in tokens if t not in ACRONYM_STOPWORDS)


@lru_cache(maxsize=1 << 16)
def short_forms(surface: str) -> list[tuple[str, str, str]]:
    """Acronym readings of a name written with an upper-case acronym first or last.

    Returns (acronym, rest, position) with position 'lead' ('IIT Delhi') or 'tail'
    ('Bidirectional LSTM'); the rest is the name key of the other words.

    >>> short_forms("Bidirectional LSTM"), short_forms("Acme Labs")
    ([('lstm', 'bidirectional', 'tail')], [])
    """
    words = re.findall(r"[^\W_]+", surface.replace(".", ""))
    if not words or len(words) > 6:
        return []
    found: list[tuple[str, str, str]] = []
    if _ACRONYM_TOKEN.match(words[0]):
        found.append((words[0].lower(), " ".join(w.lower() for w in words[1:]), "lead"))
    if len(words) > 1 and _ACRONYM_TOKEN.match(words[-1]):
        found.append((words[-1].lower(), " ".join(w.lower() for w in words[:-1]), "tail"))
    return found


def expansions(key: str, min_whole: int = 3) -> list[tuple[str, str, str]]:
    """Acronym readings a spelled-out name key can stand behind, in the shape of `short_forms`.

    Every split into an acronym part of two or more content words (letters only) and a rest;
    a whole-name acronym needs `min_whole` letters or more (two letters match too much).

    >>> expansions("amazon web services")
    [('aw', 'services', 'lead'), ('aws', '', 'lead'), ('ws', 'amazon', 'tail')]
    """
    toks = key.split()
    if len(toks) < 2 or len(toks) > 12:
        return []
    found: list[tuple[str, str, str]] = []
    for k in range(2, len(toks) + 1):
        head, rest = toks[:k], toks[k:]
        acr = _acronym(head)
        if len(acr) >= 2 and all(t.isalpha() for t in head) and (rest or len(acr) >= min_whole):
            found.append((acr, " ".join(rest), "lead"))
    for k in range(1, len(toks) - 1):
        rest, tail = toks[:k], toks[k:]
        acr = _acronym(tail)
        if len(acr) >= 2 and all(t.isalpha() for t in tail):
            found.append((acr, " ".join(rest), "tail"))
    return found


_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
_PROFILE_SITES = {"github": "github.com/", "linkedin": "linkedin.com/", "scholar": ""}


@lru_cache(maxsize=1 << 16)
def norm_identifier(kind: str, value: str) -> str | None:
    """'kind:value' comparable across documents, or None for an empty value.

    Emails lose case and 'mailto:'; URLs lose scheme, 'www.' and trailing '/'; handles lose '@';
    a GitHub or LinkedIn profile URL becomes the profile path.

    >>> norm_identifier("email", "mailto:Ada@Example.org")
    'email:ada@example.org'
    >>> norm_identifier("linkedin", "linkedin.com/in/ada-park/")
    'linkedin:in/ada-park'
    >>> norm_identifier("linkedin", "ada-park")
    'linkedin:in/ada-park'
    """
    v = fold(value).strip().strip("<>").strip()
    kind = kind.strip().lower()
    if kind == "email":
        v = v.removeprefix("mailto:")
    else:
        v = _SCHEME.sub("", v).rstrip("/")
        site = _PROFILE_SITES.get(kind)
        if site and v.startswith(site):
            v = v[len(site):]
        if kind == "linkedin" and "/" not in v:
            v = "in/" + v
        if kind == "github":
            v = v.split("/")[0]
        v = v.lstrip("@")
    return f"{kind}:{v}" if v else None
