"""Turtle, TriG, N-Triples and N-Quads written directly as text from `graph.rdf_map` values.

The text is byte-for-byte what pyoxigraph's serializers write for the same sorted quads (the
project's earlier path, kept in tests/exports/test_fast_writers.py as the reference), without
making a Python term object per quad:

- IRIs `<...>` as they are (every IRI is minted from checked ids, see graph.rdf); in Turtle and
  TriG `prefix:local` when a prefix matches (longest namespace first) and the local name is a
  PN_LOCAL, reserved characters escaped with a backslash as pyoxigraph does;
- string literals in double quotes, escaping `\\ " \\n \\r \\t \\b \\f` and as `\\uXXXX` the
  other C0 controls, DEL, U+FFFE and U+FFFF (RDF 1.1 N-Triples/Turtle ECHAR and UCHAR);
- typed literals `"v"^^<datatype>` (N-Triples) or `"v"^^xsd:gYear` (Turtle); xsd:boolean,
  integer, decimal and double with a lexical form Turtle accepts are written bare.
"""

from __future__ import annotations

import re

from graph.rdf import XSD
from graph.rdf_map import Graphs, Obj, Pairs

__all__ = ["escape_string", "local_name", "turtle_text", "trig_text", "ntriples_text",
           "nquads_text"]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = XSD + "string"

_ESCAPES = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"',
            0x5C: "\\\\"}
_TABLE = {c: _ESCAPES.get(c, f"\\u{c:04X}") for c in [*range(0x20), 0x7F, 0xFFFE, 0xFFFF, 0x22,
                                                       0x5C]}
_NEEDS_ESCAPE = re.compile("[\x00-\x1f\x7f\"\\\\\ufffe\uffff]")


def escape_string(value: str) -> str:
    """A quoted RDF string literal body: `"..."` with the escapes listed above."""
    if _NEEDS_ESCAPE.search(value) is None:
        return '"' + value + '"'
    return '"' + value.translate(_TABLE) + '"'


# -- Turtle local names (PN_LOCAL) ---------------------------------------------------------------
_BASE = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
         "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_U = _BASE + "_"
_CHARS = _U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLAIN_LOCAL = re.compile(f"[{_U}:0-9](?:[{_CHARS}:.]*[{_CHARS}:])?")
_FIRST = re.compile(f"[{_U}:0-9]")
_NEXT = re.compile(f"[{_CHARS}:]")
_ESCAPABLE = frozenset("_~.-!$&'()*+,;=/?#@%")


def local_name(value: str) -> str | None:
    """`value` as a Turtle PN_LOCAL (reserved characters backslash-escaped), None if it cannot be
    one (then the IRI is written in full)."""
    if _PLAIN_LOCAL.fullmatch(value):
        return value
    if not value:
        return None
    out = []
    last = len(value) - 1
    for i, c in enumerate(value):
        ok = _FIRST.fullmatch(c) if i == 0 else (_NEXT.fullmatch(c) or (c == "." and i < last))
        if ok:
            out.append(c)
        elif c in _ESCAPABLE:
            out.append("\\" + c)
        else:
            return None
    return "".join(out)


class _Turtle:
    """Turtle tokens of IRIs and literals under a prefix table (tokens of IRIs cached)."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.table = sorted(((ns, name) for name, ns in prefixes.items()),
                            key=lambda kv: -len(kv[0]))
        self.iris: dict[str, str] = {_RDF_TYPE: self._iri(_RDF_TYPE)}
        self.predicates: dict[str, str] = {_RDF_TYPE: "a"}
        self.objects: dict[Obj, str] = {}

    def _iri(self, value: str) -> str:
        for ns, name in self.table:
            if value.startswith(ns):
                local = value[len(ns):]
                if not local:
                    return name + ":"
                escaped = local_name(local)
                if escaped is not None:
                    return f"{name}:{escaped}"
        return "<" + value + ">"

    def iri(self, value: str) -> str:
        tok = self.iris.get(value)
        if tok is None:
            tok = self.iris[value] = self._iri(value)
        return tok

    def predicate(self, value: str) -> str:
        tok = self.predicates.get(value)
        if tok is None:
            tok = self.predicates[value] = self.iri(value)
        return tok

    def obj(self, o: Obj) -> str:
        kind, value, datatype = o
        if kind == 0:
            return self.iri(value)
        if not datatype or datatype == _XSD_STRING:
            return escape_string(value)
        if datatype in _BARE and _BARE[datatype].fullmatch(value):
            return value
        return escape_string(value) + "^^" + self.iri(datatype)

    def subjects(self, subjects: dict[str, Pairs], indent: str, out: list[str]) -> None:
        """Append each subject's block: predicates after ` ;`, objects after ` , `."""
        iri, predicate, obj, known = self.iri, self.predicate, self.obj, self.objects
        first: dict[str, str] = {}  # predicate -> " tok " after the subject
        then: dict[str, str] = {}  # predicate -> " ;\n\ttok " after another predicate
        more = " ;\n\t" + indent
        append = out.append
        for s in sorted(subjects):
            append(indent + iri(s))
            last = None
            for p, o in sorted(subjects[s]):
                if p == last:
                    append(" , ")
                elif last is None:
                    tok = first.get(p)
                    if tok is None:
                        tok = first[p] = " " + predicate(p) + " "
                    append(tok)
                    last = p
                else:
                    tok = then.get(p)
                    if tok is None:
                        tok = then[p] = more + predicate(p) + " "
                    append(tok)
                    last = p
                tok = known.get(o)
                if tok is None:
                    tok = known[o] = obj(o)
                append(tok)
            append(" .\n")


_BARE = {
    XSD + "boolean": re.compile(r"true|false"),
    XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
}


def _head(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in sorted(prefixes.items())) + "\n"


def turtle_text(union: dict[str, Pairs], prefixes: dict[str, str]) -> str:
    """Turtle: the prefixes sorted by name, a blank line, then subjects in order."""
    out: list[str] = []
    turtle_to(union, prefixes, out)
    return "".join(out)


def turtle_to(union: dict[str, Pairs], prefixes: dict[str, str], out) -> None:
    """`turtle_text` appended piece by piece to `out` (a list or an `exports.io.ChunkSink`)."""
    out.append(_head(prefixes))
    _Turtle(prefixes).subjects(union, "", out)


def trig_text(graphs: Graphs, prefixes: dict[str, str]) -> str:
    """TriG: the default graph's triples bare, then `name {` ... `}` per named graph."""
    t = _Turtle(prefixes)
    out = [_head(prefixes)]
    for g in sorted(graphs):
        if not graphs[g]:
            continue
        if not g:
            t.subjects(graphs[g], "", out)
            continue
        out.append(t.iri(g) + " {\n")
        t.subjects(graphs[g], "\t", out)
        out.append("}\n")
    return "".join(out)


class _NTerms:
    """N-Triples tokens: `<iri>` cached; literals escaped each time (they rarely repeat)."""

    def __init__(self) -> None:
        self.iris: dict[str, str] = {}

    def iri(self, value: str) -> str:
        tok = self.iris.get(value)
        if tok is None:
            tok = self.iris[value] = "<" + value + ">"
        return tok

    def obj(self, o: Obj) -> str:
        kind, value, datatype = o
        if kind == 0:
            return self.iri(value)
        if not datatype or datatype == _XSD_STRING:
            return escape_string(value)
        return escape_string(value) + "^^" + self.iri(datatype)


def _subject_key(s: str) -> str:
    # lines sort as text: "<s> ..." lines of one subject are contiguous and ordered by "s>"
    return s + ">"


def ntriples_text(union: dict[str, Pairs]) -> str:
    """N-Triples, one unique triple a line, lines sorted as text (subject by subject)."""
    t = _NTerms()
    iri, obj = t.iri, t.obj
    out = []
    for s in sorted(union, key=_subject_key):
        head = iri(s) + " "
        rest = sorted({iri(p) + " " + obj(o) + " .\n" for p, o in union[s]})
        out.append(head + head.join(rest))
    return "".join(out)


def nquads_text(graphs: Graphs) -> str:
    """N-Quads, one unique quad a line (no graph term in the default graph), lines sorted as
    text (subject by subject over all graphs)."""
    t = _NTerms()
    iri, obj = t.iri, t.obj
    by_subject: dict[str, set[str]] = {}
    for g, subjects in graphs.items():
        tail = (" " + iri(g) if g else "") + " .\n"
        for s, pairs in subjects.items():
            rest = by_subject.get(s)
            if rest is None:
                rest = by_subject[s] = set()
            rest.update(iri(p) + " " + obj(o) + tail for p, o in pairs)
    out = []
    for s in sorted(by_subject, key=_subject_key):
        head = iri(s) + " "
        out.append(head + head.join(sorted(by_subject[s])))
    return "".join(out)
