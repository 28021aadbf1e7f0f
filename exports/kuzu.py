"""Load the graph into an embedded Cypher engine: Kùzu (`pip install 'peoplegraph[kuzu]'`).

Kùzu 0.11.3 is the project's last release, so callers use the small `GraphEngine` interface
(`create_schema`, `load`, `rows`, `close`) and `open_engine`; another embedded Cypher engine
can implement it without touching callers.

Schema (from `exports.cypher.property_graph`): a node table per entity type with `id` as the
primary key, a rel table per predicate with one FROM/TO pair per pair of types that
`ontology.vocab.SIGNATURES` allows, and the role and provenance properties as columns
(`STRING`, `STRING[]`, `INT64`, `DOUBLE`). Rows go in by bulk `COPY ... FROM (LOAD ...)` from
the neo4j-admin CSV files of `exports.neo4j_csv` written to a temporary folder, so Kùzu's own
CSV reader proves those files and no value is ever spliced into query text.

>>> from exports.cypher import property_graph
>>> from graph import KnowledgeGraph
>>> ddl = schema_statements(property_graph(KnowledgeGraph()))
>>> ddl[0]
'CREATE NODE TABLE `Award`(`id` STRING PRIMARY KEY, `name` STRING, `aliases` STRING[], `docs` STRING[], `merged_ids` STRING[])'
>>> [s for s in ddl if "`PART_OF`" in s][0][:86]
'CREATE REL TABLE `PART_OF`(FROM `EducationalOrganization` TO `EducationalOrganization`'
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Protocol

from exports.cypher import Column, Node, PropertyGraph, Rel, cypher_string, property_graph
from exports.neo4j_csv import ARRAY_DELIMITER, node_csv, rel_csv
from exports.options import ExportOptions
from graph.kg import KnowledgeGraph
from ontology import ExportError

__all__ = ["GraphEngine", "KuzuEngine", "open_engine", "schema_statements", "load_kuzu",
           "read_back", "KUZU_TYPES", "INSTALL_HINT"]

INSTALL_HINT = "pip install 'peoplegraph[kuzu]'"
KUZU_TYPES = {"string": "STRING", "string[]": "STRING[]", "long": "INT64", "double": "DOUBLE"}


class GraphEngine(Protocol):
    """What PeopleGraph needs from an embedded Cypher engine."""

    def create_schema(self, pg: PropertyGraph) -> None: ...

    def load(self, pg: PropertyGraph) -> dict[str, int]: ...

    def rows(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...


def _q(ident: str) -> str:
    return "`" + ident.replace("`", "``") + "`"


def _cols(columns: tuple[Column, ...]) -> str:
    return ", ".join(f"{_q(c.name)} {KUZU_TYPES[c.kind]}" for c in columns)


def schema_statements(pg: PropertyGraph) -> list[str]:
    """CREATE NODE/REL TABLE statements for every label and type of the vocabulary."""
    out = []
    for label, columns in pg.node_columns.items():
        out.append(f"CREATE NODE TABLE {_q(label)}({_q(columns[0].name)} "
                   f"{KUZU_TYPES[columns[0].kind]} PRIMARY KEY"
                   + "".join(f", {_cols((c,))}" for c in columns[1:]) + ")")
    for rtype, columns in pg.rel_columns.items():
        pairs = ", ".join(f"FROM {_q(a)} TO {_q(b)}" for a, b in pg.pairs[rtype])
        out.append(f"CREATE REL TABLE {_q(rtype)}({pairs}, {_cols(columns)})")
    return out


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def _load(path: Path, columns: tuple[Column, ...], extra: list[str], first: list[str]) -> str:
    """`LOAD WITH HEADERS (...) FROM file RETURN ...`: every field read as a string, then typed.

    `extra` names the special fields (before the properties, except a trailing 'label');
    `first` the ones returned before the properties (the FROM and TO ids of a relationship).
    """
    before = [x for x in extra if x != "label"]
    names = before + [f"c{i}" for i in range(len(columns))] + [x for x in extra if x == "label"]
    exprs = first + [_typed(f"c{i}", c.kind) for i, c in enumerate(columns)]
    return (f"LOAD WITH HEADERS ({', '.join(f'{_q(x)} STRING' for x in names)}) "
            f"FROM {cypher_string(str(path))} (header=true, parallel=false) "
            f"RETURN {', '.join(exprs)}")


def _typed(field: str, kind: str) -> str:
    if kind == "string[]":
        return f"string_split({field}, {cypher_string(ARRAY_DELIMITER)})"
    if kind in ("long", "double"):
        return f"CAST({field} AS {KUZU_TYPES[kind]})"
    return field


class KuzuEngine:
    """A Kùzu database at `path` (a file; None for in-memory)."""

    def __init__(self, path: str | Path | None = None) -> None:
        try:
            import kuzu
        except ImportError:
            raise ExportError("Kùzu is not installed", hint=INSTALL_HINT) from None
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = kuzu.Database(":memory:" if path is None else str(path))
        self.conn = kuzu.Connection(self.db)

    def execute(self, query: str, params: dict[str, Any] | None = None) -> None:
        self.conn.execute(query, params or {})

    def create_schema(self, pg: PropertyGraph) -> None:
        for stmt in schema_statements(pg):
            self.execute(stmt)

    def load(self, pg: PropertyGraph) -> dict[str, int]:
        """Bulk-insert every node and relationship; return counts per label and type as stored.

        The rows are written as neo4j-admin CSV files (`exports.neo4j_csv`, one per label and
        per relationship type and pair of labels) into a temporary folder, then copied with
        `COPY table FROM (LOAD WITH HEADERS (...) FROM file RETURN ...)`.
        """
        nodes: dict[str, list[Node]] = {}
        for n in pg.nodes:
            nodes.setdefault(n.label, []).append(n)
        rels: dict[tuple[str, str, str], list[Rel]] = {}
        for r in pg.rels:
            rels.setdefault((r.type, r.start_label, r.end_label), []).append(r)
        with tempfile.TemporaryDirectory(prefix="peoplegraph-kuzu-") as tmp:
            for i, (label, group) in enumerate(nodes.items()):
                columns = pg.node_columns[label]
                path = _write(Path(tmp) / f"n{i}.csv", node_csv(label, columns, group))
                self.execute(f"COPY {_q(label)} FROM ({_load(path, columns, ['label'], [])})")
            for i, ((rtype, a, b), members) in enumerate(rels.items()):
                columns = pg.rel_columns[rtype]
                path = _write(Path(tmp) / f"r{i}.csv", rel_csv(rtype, columns, members))
                load = _load(path, columns, ["s", "t", "type"], ["s", "t"])
                self.execute(f"COPY {_q(rtype)} FROM ({load}) (from='{a}', to='{b}')")
        counts = self.counts(pg)
        expected = _expected(pg)
        if counts != expected:
            missing = {k: (counts.get(k), v) for k, v in expected.items() if counts.get(k) != v}
            raise ExportError(f"Kùzu stored other counts than the graph has: {missing}",
                              hint="a relationship names a node that was not loaded")
        return counts

    def counts(self, pg: PropertyGraph) -> dict[str, int]:
        """Stored nodes per label and relationships per type (every table, zeros included)."""
        out = {}
        for label in pg.node_columns:
            out[label] = self.rows(f"MATCH (n:{_q(label)}) RETURN count(n) AS c")[0]["c"]
        for rtype in pg.rel_columns:
            out[rtype] = self.rows(f"MATCH ()-[r:{_q(rtype)}]->() RETURN count(r) AS c")[0]["c"]
        return out

    def rows(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query and return its rows as dicts keyed by column name."""
        result = self.conn.execute(query, params or {})
        if isinstance(result, list):  # several statements: the last one's rows
            result = result[-1]
        names = result.get_column_names()
        out = []
        while result.has_next():
            out.append(dict(zip(names, result.get_next(), strict=True)))
        return out

    def close(self) -> None:
        self.conn.close()
        self.db.close()


def read_back(engine: GraphEngine, pg: PropertyGraph) -> tuple[list[Node], list[Rel]]:
    """Every stored node and relationship with the columns of `pg` (absent values left out),
    sorted as `property_graph` sorts them: equal to (pg.nodes, pg.rels) after a faithful load."""
    nodes, rels = [], []
    for label, columns in pg.node_columns.items():
        cols = ", ".join(f"n.{_q(c.name)} AS c{i}" for i, c in enumerate(columns))
        for row in engine.rows(f"MATCH (n:{_q(label)}) RETURN {cols}"):
            props = _present({c.name: row[f"c{i}"] for i, c in enumerate(columns)})
            nodes.append(Node(props["id"], label, props))
    for rtype, columns in pg.rel_columns.items():
        cols = ", ".join(f"r.{_q(c.name)} AS c{i}" for i, c in enumerate(columns))
        query = (f"MATCH (a)-[r:{_q(rtype)}]->(b) RETURN a.`id` AS s, b.`id` AS t, "
                 f"label(a) AS sl, label(b) AS tl, {cols}")
        for row in engine.rows(query):
            props = _present({c.name: row[f"c{i}"] for i, c in enumerate(columns)})
            rels.append(Rel(rtype, row["s"], row["t"], row["sl"], row["tl"], props))
    return (sorted(nodes, key=lambda n: (n.label, n.id)),
            sorted(rels, key=lambda r: (r.type, r.props["id"])))


def _present(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v is not None and v != []}


def _expected(pg: PropertyGraph) -> dict[str, int]:
    out = {label: 0 for label in pg.node_columns} | {rtype: 0 for rtype in pg.rel_columns}
    for n in pg.nodes:
        out[n.label] += 1
    for r in pg.rels:
        out[r.type] += 1
    return out


def open_engine(path: str | Path | None = None, engine: str = "kuzu") -> GraphEngine:
    """An embedded Cypher engine by name (only 'kuzu' today)."""
    if engine != "kuzu":
        raise ExportError(f"no graph engine named {engine!r}", hint="use 'kuzu'")
    return KuzuEngine(path)


def load_kuzu(kg: KnowledgeGraph | PropertyGraph, db_path: str | Path,
              options: ExportOptions | None = None) -> dict[str, int]:
    """Create a new Kùzu database at `db_path` holding the graph; counts per label and type.

    Refuses an existing database file (delete it first: loading is not incremental).
    """
    if Path(db_path).exists():
        raise ExportError(f"{db_path} already exists", hint="remove it or choose another path")
    pg = kg if isinstance(kg, PropertyGraph) else property_graph(kg, options)
    engine = KuzuEngine(db_path)
    try:
        engine.create_schema(pg)
        return engine.load(pg)
    finally:
        engine.close()
