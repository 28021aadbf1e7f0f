"""SPARQL over the graph with an embedded Oxigraph store (pyoxigraph, imported when used).

- `open_store(source)`: a KnowledgeGraph, a build folder (OUT) or an RDF file, loaded into an
  in-memory store. From OUT it loads the richest file there: graph.nq, graph.trig, graph.ttl,
  graph.nt, else it maps graph.json itself.
- `run_query(store, text, params)`: SELECT, ASK, CONSTRUCT or DESCRIBE; the default graph is the
  union of all graphs, and the prefixes of `graph.rdf.PREFIXES` (pg:, schema:, rdfs: ...) are
  predeclared. Results come back as a `QueryResult`, written with `to_json` (SPARQL 1.1 JSON
  results), `to_csv` (SPARQL 1.1 CSV) or read back with `from_json`.
- Parameters: `$name` in a query is a SPARQL variable until `bind_params` replaces it by a string
  literal (escaped, so a value can never change the query). Ready queries (`.rq` files) declare
  their parameters in header comments, see `ReadyQuery.parse`.

>>> from graph.kg import KnowledgeGraph
>>> r = run_query(open_store(KnowledgeGraph()), 'SELECT ?x WHERE { BIND($v AS ?x) }', {"v": 'a"b'})
>>> r.variables, [t.value for t in r.rows[0]]
(['x'], ['a"b'])
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.kg import KnowledgeGraph
from graph.rdf import DEFAULT_BASE_IRI, PREFIXES, kg_quads
from ontology import QueryError

__all__ = ["open_store", "run_query", "bind_params", "QueryResult", "ReadyQuery", "Param",
           "to_json", "to_csv", "from_json", "term_text", "RDF_FILES"]

#: files of a build folder that `open_store` loads, best first (format names of pyoxigraph)
RDF_FILES = (("graph.nq", "N_QUADS"), ("graph.trig", "TRIG"), ("graph.ttl", "TURTLE"),
             ("graph.nt", "N_TRIPLES"))
_SUFFIX_FORMAT = {".nq": "N_QUADS", ".trig": "TRIG", ".ttl": "TURTLE", ".nt": "N_TRIPLES",
                  ".jsonld": "JSON_LD"}
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def open_store(source: KnowledgeGraph | str | Path, base_iri: str = DEFAULT_BASE_IRI):
    """An in-memory pyoxigraph Store holding `source` (see the module doc)."""
    import pyoxigraph as ox

    store = ox.Store()
    if isinstance(source, KnowledgeGraph):
        store.bulk_extend(kg_quads(source, base_iri))
        return store
    path = Path(source)
    if path.is_dir():
        found = next(((path / name, fmt) for name, fmt in RDF_FILES if (path / name).is_file()), None)
        if found is None:
            from graph.store import load

            store.bulk_extend(kg_quads(load(path), base_iri))
            return store
        path, fmt = found
    elif path.suffix in _SUFFIX_FORMAT and path.is_file():
        fmt = _SUFFIX_FORMAT[path.suffix]
    else:
        raise QueryError(f"{path} is neither a build folder nor an RDF file (.nq .trig .ttl .nt .jsonld)",
                         hint="run `peoplegraph build DOCS -o OUT` and query OUT")
    try:
        store.bulk_load(path=str(path), format=getattr(ox.RdfFormat, fmt))
    except SyntaxError as exc:
        raise QueryError(f"{path} is not valid RDF: {exc}", hint="rebuild it") from None
    return store


@dataclass
class QueryResult:
    """Materialized results: `kind` is 'select', 'ask' or 'graph' (CONSTRUCT/DESCRIBE triples,
    as rows of subject, predicate, object)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None


def bind_params(text: str, params: dict[str, str] | None, declared: dict[str, Param] | None = None) -> str:
    """Replace `$name` by the string literal of params[name] (escaped); unknown or missing names
    raise QueryError when `declared` is given; undeclared `$x` stay variables.

    >>> bind_params('SELECT * { ?s ?p $v }', {"v": 'x" } DROP ALL #'})
    'SELECT * { ?s ?p "x\\\\" } DROP ALL #" }'
    """
    params = dict(params or {})
    if declared is not None:
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise QueryError(f"unknown parameter(s) {', '.join(unknown)}",
                             hint=f"this query takes: {', '.join(sorted(declared)) or 'none'}")
        for name, spec in declared.items():
            if name not in params:
                if spec.default is None:
                    raise QueryError(f"parameter {name!r} is required ({spec.help})",
                                     hint=f"add --param {name}=VALUE")
                params[name] = spec.default
    return _PARAM.sub(lambda m: _literal(params[m.group(1)]) if m.group(1) in params else m.group(0),
                      text)


def _literal(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out) + '"'


def run_query(store, text: str, params: dict[str, str] | None = None,
              declared: dict[str, Param] | None = None) -> QueryResult:
    """Run SPARQL `text` (with `$params` bound) on `store`, union default graph, PREFIXES known."""
    import pyoxigraph as ox

    bound = bind_params(text, params, declared)
    try:
        res = store.query(bound, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}", hint="check the query text") from None
    except OSError as exc:  # evaluation errors
        raise QueryError(f"SPARQL evaluation failed: {exc}") from None
    if isinstance(res, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        return QueryResult(kind="select", variables=names,
                           rows=[tuple(sol[n] for n in names) for sol in res])
    triples = sorted(((t.subject, t.predicate, t.object) for t in res),
                     key=lambda t: tuple(str(x) for x in t))
    return QueryResult(kind="graph", variables=["subject", "predicate", "object"], rows=triples)


def _term_json(term) -> dict[str, str]:
    kind = type(term).__name__
    if kind == "NamedNode":
        return {"type": "uri", "value": term.value}
    if kind == "BlankNode":
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (one line a binding, keys sorted)."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    rows = [{v: _term_json(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows]
    body = ",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)
    head = json.dumps({"vars": result.variables}, ensure_ascii=False)
    return f'{{"head": {head}, "results": {{"bindings": [\n{body}\n]}}}}\n'


def from_json(data: str | bytes | dict) -> QueryResult:
    """Read SPARQL 1.1 JSON results (e.g. from an HTTP endpoint) into a QueryResult."""
    import pyoxigraph as ox

    doc = json.loads(data) if isinstance(data, (str, bytes)) else data
    if "boolean" in doc:
        return QueryResult(kind="ask", boolean=bool(doc["boolean"]))

    def term(t: dict[str, str] | None):
        if t is None:
            return None
        if t["type"] == "uri":
            return ox.NamedNode(t["value"])
        if t["type"] == "bnode":
            return ox.BlankNode(t["value"])
        if "xml:lang" in t:
            return ox.Literal(t["value"], language=t["xml:lang"])
        dt = t.get("datatype")
        return ox.Literal(t["value"], datatype=ox.NamedNode(dt)) if dt else ox.Literal(t["value"])

    names = list(doc["head"]["vars"])
    rows = [tuple(term(b.get(n)) for n in names) for b in doc["results"]["bindings"]]
    return QueryResult(kind="select", variables=names, rows=rows)


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results: a header of variable names, then plain values."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow(["" if t is None else t.value for t in row])
    return buf.getvalue()


def term_text(term, prefixes: dict[str, str] | None = None) -> str:
    """Short display text: an IRI as prefix:local when a prefix fits, a literal's value."""
    if term is None:
        return ""
    if type(term).__name__ == "NamedNode":
        best = max(((n, ns) for n, ns in (prefixes or {}).items() if term.value.startswith(ns)),
                   key=lambda kv: len(kv[1]), default=None)
        return f"{best[0]}:{term.value[len(best[1]):]}" if best else term.value
    return term.value


@dataclass(frozen=True)
class Param:
    """A declared parameter: `default` None means required."""

    name: str
    default: str | None
    help: str = ""


@dataclass(frozen=True)
class ReadyQuery:
    """A ready query (.rq) with header comments:

    # title: Who has a skill
    # about: one line (repeatable) saying what it returns
    # param: skill -- help text              (required)
    # param: org = -- help text              (optional, default "")
    """

    name: str
    title: str
    about: str
    params: dict[str, Param]
    text: str

    @classmethod
    def parse(cls, name: str, text: str) -> ReadyQuery:
        """
        >>> q = ReadyQuery.parse("x", "# title: X\\n# param: a -- the a\\n# param: b = 1 -- the b\\nASK {}")
        >>> q.params["a"].default, q.params["b"].default, q.title
        (None, '1', 'X')
        """
        title, about, params = name, [], {}
        for line in text.splitlines():
            m = re.match(r"^#\s*(title|about|param):\s?(.*)$", line)
            if not m:
                continue
            key, val = m.groups()
            if key == "title":
                title = val.strip()
            elif key == "about":
                about.append(val.strip())
            else:
                spec, _, help_text = val.partition("--")
                pname, eq, default = spec.partition("=")
                pname = pname.strip()
                params[pname] = Param(pname, default.strip() if eq else None, help_text.strip())
        return cls(name, title, " ".join(about), params, text)

    @classmethod
    def load(cls, path: str | Path) -> ReadyQuery:
        path = Path(path)
        return cls.parse(path.stem, path.read_text(encoding="utf-8"))

    def bind(self, params: dict[str, str] | None = None) -> str:
        """The query text with its parameters bound (defaults filled, unknown names refused)."""
        return bind_params(self.text, params, self.params)
