"""Name normalization and deterministic ids/IRIs.

Ids are `<type-slug>/<readable-slug>-<10 hex of sha1(key)>`: stable across runs, safe in any IRI,
and readable. The key is what merging decided identifies the entity (see graph.merge).

>>> norm_name("Amazon.com, Inc.")
'amazon'
>>> norm_name("Microsoft India (R&D) Pvt. Ltd.")
'microsoft india r and d'
>>> entity_id(EntityType.ORGANIZATION, "amazon")
'organization/amazon-85867e1c43'
>>> iri("https://example.org/pg/", "organization/amazon-85867e1c43")
'https://example.org/pg/organization/amazon-85867e1c43'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ontology.vocab import EntityType

__all__ = ["LEGAL_SUFFIXES", "fold", "norm_name", "slugify", "stable_hash", "entity_id",
           "fact_id", "iri", "clean_text"]

#: legal-form tokens dropped when comparing organization names
LEGAL_SUFFIXES = frozenset({
    "inc", "incorporated", "ltd", "limited", "pvt", "private", "llc", "llp", "lp", "corp",
    "corporation", "co", "company", "gmbh", "ag", "plc", "sa", "sas", "sarl", "bv", "nv", "ab",
    "oy", "as", "spa", "srl", "pty", "kk", "kg", "pte", "the",
})

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Remove zero-width and bidi control characters and collapse white space.

    >>> clean_text("Ac\\u200bme\\u202e  Corp ")
    'Acme Corp'
    """
    text = _CONTROL.sub("", text.translate(_ZERO_WIDTH))
    return " ".join(text.split())


def fold(text: str) -> str:
    """Unicode-fold: NFKD, strip accents, casefold.

    >>> fold("Zürich")
    'zurich'
    """
    if text.isascii() and text.isprintable():  # the common case: nothing to strip or decompose
        return " ".join(text.split()).casefold()
    text = unicodedata.normalize("NFKD", clean_text(text))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 17)
def norm_name(name: str | None, *, drop_legal: bool = True) -> str:
    """Comparison key for a name: folded, '&' read as 'and', '.com' and legal forms dropped."""
    if not name:
        return ""
    s = fold(name).replace("&", " and ")
    s = re.sub(r"\.com\b", "", s)
    toks = re.findall(r"[a-z0-9+#]+", s)
    if drop_legal and len(toks) > 1:
        kept = [t for t in toks if t not in LEGAL_SUFFIXES]
        toks = kept or toks
    return " ".join(toks)


def slugify(text: str, max_len: int = 48) -> str:
    """ASCII slug of letters, digits and single hyphens.

    >>> slugify("C++ / Säo Paulo!")
    'c-sao-paulo'
    """
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s[:max_len].rstrip("-") or "x"


def stable_hash(*parts: object, length: int = 10) -> str:
    """Hex digest of the parts, order-sensitive and stable across runs and machines."""
    h = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def entity_id(etype: EntityType, key: str, label: str | None = None) -> str:
    """Deterministic id for an entity of `etype` identified by `key` (readable part from label)."""
    return f"{etype.slug}/{slugify(label or key)}-{stable_hash(etype.value, key)}"


def fact_id(*parts: object) -> str:
    """Deterministic id for a fact from its identifying parts."""
    return f"fact/{stable_hash(*parts, length=16)}"


def iri(base: str, ident: str) -> str:
    """IRI of an id under `base` (ids are already IRI-safe)."""
    if not re.fullmatch(r"[a-z0-9/-]+", ident):
        raise ValueError(f"id {ident!r} is not IRI-safe; mint it with entity_id()")
    return base if not ident else (base if base.endswith(("/", "#")) else base + "/") + ident
