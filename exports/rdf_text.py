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
from collections.abc import Iterable, Iterator

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


#: IRI (and typed literal) tokens kept at most, then the cache starts again: objects such as
#: evidence nodes and mailto: IRIs are unique, so an unbounded cache would grow with the graph
_IRI_CACHE = 1 << 16


class _Turtle:
    """Turtle tokens of IRIs and literals under a prefix table (IRI and typed literal tokens
    cached, up to `_IRI_CACHE` each)."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.table = sorted(((ns, name) for name, ns in prefixes.items()),
                            key=lambda kv: -len(kv[0]))
        # the first namespace of the table a value starts with, in one regex match
        self.first_ns = re.compile("|".join(re.escape(ns) for ns, _ in self.table)).match
        self.names = {ns: name for ns, name in self.table}
        self.iris: dict[str, str] = {}
        self.typed: dict[Obj, str] = {}
        self.predicates: dict[str, str] = {_RDF_TYPE: "a"}

    def _iri(self, value: str) -> str:
        found = self.first_ns(value) if self.table else None
        if found is None:
            return "<" + value + ">"
        ns = found.group()
        local = value[len(ns):]
        if not local:
            return self.names[ns] + ":"
        escaped = local_name(local)
        if escaped is not None:
            return f"{self.names[ns]}:{escaped}"
        return self._iri_after(value)

    def _iri_after(self, value: str) -> str:
        """The table tried in order (a shorter namespace may still leave a local name)."""
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
            if len(self.iris) >= _IRI_CACHE:
                self.iris.clear()
            tok = self.iris[value] = self._iri(value)
        return tok

    def predicate(self, value: str) -> str:
        tok = self.predicates.get(value)
        if tok is None:
            tok = self.predicates[value] = self._iri(value)
        return tok

    def _typed(self, o: Obj) -> str:
        """A typed literal's token (cached like IRIs: offsets, dates, confidences repeat)."""
        tok = self.typed.get(o)
        if tok is None:
            _, value, datatype = o
            if datatype in _BARE and _BARE[datatype].fullmatch(value):
                tok = value
            else:
                tok = escape_string(value) + "^^" + self.iri(datatype)
            if len(self.typed) >= _IRI_CACHE:
                self.typed.clear()
            self.typed[o] = tok
        return tok

    def subjects(self, items: Iterable[tuple[str, Pairs]], indent: str, out) -> None:
        """Append each subject's block (`items` sorted by subject) as one string: predicates
        after ` ;`, objects after ` , `. Subject and string literal tokens are not cached (most
        are written once); object IRIs and typed literals are, up to `_IRI_CACHE` each."""
        iris, typed, make, predicate = self.iris, self.typed, self._iri, self.predicate
        iri, literal = self.iri, self._typed
        first: dict[str, str] = {}  # predicate -> " tok " after the subject
        then: dict[str, str] = {}  # predicate -> " ;\n\ttok " after another predicate
        more = " ;\n\t" + indent
        append = out.append
        for s, pairs in items:
            tok = iris.get(s)
            block = [indent, make(s) if tok is None else tok]
            add = block.append
            last = None
            for p, o in sorted(pairs):
                if p == last:
                    add(" , ")
                elif last is None:
                    tok = first.get(p)
                    if tok is None:
                        tok = first[p] = " " + predicate(p) + " "
                    add(tok)
                    last = p
                else:
                    tok = then.get(p)
                    if tok is None:
                        tok = then[p] = more + predicate(p) + " "
                    add(tok)
                    last = p
                kind, value, datatype = o
                if kind == 0:
                    tok = iris.get(value)
                    add(iri(value) if tok is None else tok)
                elif not datatype or datatype == _XSD_STRING:
                    add(escape_string(value))
                else:
                    tok = typed.get(o)
                    add(literal(o) if tok is None else tok)
            add(" .\n")
            append("".join(block))


_BARE = {
    XSD + "boolean": re.compile(r"true|false"),
    XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
}


def _head(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in sorted(prefixes.items())) + "\n"


def _sorted_items(subjects: dict[str, Pairs]) -> Iterator[tuple[str, Pairs]]:
    return ((s, subjects[s]) for s in sorted(subjects))


def turtle_text(union: dict[str, Pairs], prefixes: dict[str, str]) -> str:
    """Turtle: the prefixes sorted by name, a blank line, then subjects in order."""
    out: list[str] = []
    turtle_to(_sorted_items(union), prefixes, out)
    return "".join(out)


def turtle_to(items: Iterable[tuple[str, Pairs]], prefixes: dict[str, str], out) -> None:
    """`turtle_text` of the union given as `(subject, pairs)` items sorted by subject (e.g.
    `graph.rdf_stream.union_subjects`, made one at a time), appended subject by subject to `out`
    (a list or an `exports.io.ChunkSink`)."""
    out.append(_head(prefixes))
    _Turtle(prefixes).subjects(items, "", out)


def trig_text(graphs: Graphs, prefixes: dict[str, str]) -> str:
    """TriG: the default graph's triples bare, then `name {` ... `}` per named graph."""
    t = _Turtle(prefixes)
    out = [_head(prefixes)]
    for g in sorted(graphs):
        if not graphs[g]:
            continue
        if not g:
            t.subjects(_sorted_items(graphs[g]), "", out)
            continue
        out.append(t.iri(g) + " {\n")
        t.subjects(_sorted_items(graphs[g]), "\t", out)
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
