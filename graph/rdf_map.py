"""The mapping of `graph.rdf` as plain values: graph -> subject -> {(predicate, object)}.

IRIs are str; an object is `(0, IRI, "")` or `(1, lexical value, datatype IRI or "" for
xsd:string)`, so that sorting (graph, subject, predicate, object) gives the documented order and
the text writers (exports.rdf_text) and the pyoxigraph terms (graph.rdf.kg_quads) share one
mapping. Rows are grouped by subject as they are made: sorting the subjects then each small
group is much cheaper than sorting one flat list of quads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import quote

from graph.rdf import (
    _ALSO,
    _ATTR_PROPS,
    _DATE_ATTRS,
    _EQUIVALENT_CLASS,
    _IDENTIFIER_PROPS,
    _ROLE_PREDICATES,
    FOAF,
    ORG,
    OWL,
    PG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
    _date_datatype,
    _decimal,
    document_iri,
    graph_iri,
    mbox_sha1sum,
)
from ontology import Entity, Fact, Predicate, iri

if TYPE_CHECKING:  # pragma: no cover
    from graph.kg import KnowledgeGraph

__all__ = ["Obj", "Pairs", "Graphs", "map_graphs", "union_graph"]

Obj = tuple[int, str, str]
#: one subject's (predicate, object) pairs
Pairs = set[tuple[str, Obj]]
#: graph IRI ("" = the default graph) -> subject IRI -> pairs
Graphs = dict[str, dict[str, Pairs]]

_TYPE = RDF + "type"
_INTEGER, _BOOLEAN, _DECIMAL = XSD + "integer", XSD + "boolean", XSD + "decimal"
_SAFE_ID = re.compile(r"[a-z0-9/-]+")
_PG_TYPES = {cls: (0, PG + cls, "") for cls in
             ("Assertion", "Role", "Evidence", "Document", "DocumentGraph")}
_IS_ASSERTION, _IS_EVIDENCE = (_TYPE, _PG_TYPES["Assertion"]), (_TYPE, _PG_TYPES["Evidence"])
_PREDICATE = {p: PG + p.slug for p in Predicate}
_SUBJECT, _PREDICATE_OF, _OBJECT = RDF + "subject", RDF + "predicate", RDF + "object"
_ROLE_OF, _ORG, _DERIVED, _EXTRACTOR = PG + "roleOf", PG + "org", PROV + "wasDerivedFrom", PG + "extractor"
_CONFIDENCE, _EVIDENCE, _SOURCE = PG + "confidence", PG + "evidence", PG + "source"
_START, _END, _QUOTE, _AUTHOR = PG + "startOffset", PG + "endOffset", PG + "quote", SCHEMA + "author"
_ROLE_TYPES = [(_TYPE, (0, c, "")) for c in
               (PG + "Role", SCHEMA + "OrganizationRole", ORG + "Membership")]


def _lit(value: str, datatype: str = "") -> Obj:
    return (1, value, datatype)


class _Mapper:
    """Maps entities, facts and documents to (subject IRI, pairs); `entity`, `fact` and
    `document` fill `graphs` with them (`graph.rdf_stream` uses the per-subject methods one
    subject at a time). Every id-derived IRI is cached (ids repeat across facts)."""

    def __init__(self, base: str, include_contacts: bool) -> None:
        self.base = base
        self.include_contacts = include_contacts
        self.graphs: Graphs = {}
        self._ids: dict[str, str] = {}
        self._docs: dict[str, tuple[str, str]] = {}

    def subjects(self, g: str) -> dict[str, Pairs]:
        found = self.graphs.get(g)
        if found is None:
            found = self.graphs[g] = {}
        return found

    def id_iri(self, ident: str) -> str:
        found = self._ids.get(ident)
        if found is None:
            found = self._ids[ident] = iri(self.base, ident)
        return found

    def doc_iris(self, doc: str) -> tuple[str, str]:
        """(document IRI, named graph IRI) of a document id."""
        found = self._docs.get(doc)
        if found is None:
            found = self._docs[doc] = (document_iri(self.base, doc), graph_iri(self.base, doc))
        return found

    # -- entities -------------------------------------------------------------------------------
    def entity(self, e: Entity) -> None:
        s, pairs = self.entity_pairs(e)
        _put(self.subjects(""), s, pairs)

    def entity_pairs(self, e: Entity) -> tuple[str, Pairs]:
        """An entity's IRI and its own pairs (in the default graph)."""
        s = self.id_iri(e.id)
        pairs: Pairs = set()
        add = pairs.add
        add((_TYPE, (0, PG + e.type.value, "")))
        if e.type in _EQUIVALENT_CLASS:
            add((_TYPE, (0, _EQUIVALENT_CLASS[e.type], "")))
        add((RDFS + "label", _lit(e.name or self._safe_label(e))))
        if e.name:
            add((SCHEMA + "name", _lit(e.name)))
        for alias in e.aliases:
            add((SKOS + "altLabel", _lit(alias)))
        for merged in e.merged_ids:
            if merged != e.id and _SAFE_ID.fullmatch(merged):
                add((OWL + "sameAs", (0, iri(self.base, merged), "")))
        for doc in {p.doc for p in e.provenance}:
            add((PROV + "wasDerivedFrom", (0, self.doc_iris(doc)[0], "")))
        if e.identifiers:
            self._identifiers(e, add)
        if e.attrs:
            self._attrs(e.attrs, add)
        return s, pairs

    @staticmethod
    def _safe_label(e: Entity) -> str:
        """A label for a nameless entity that never leaks a contact detail."""
        for kind in sorted(e.identifiers):
            if kind in _IDENTIFIER_PROPS and e.identifiers[kind]:
                return e.identifiers[kind][0]
        return f"{e.type.value} {e.id.rsplit('-', 1)[-1]}"

    def _identifiers(self, e: Entity, add) -> None:
        for kind, values in e.identifiers.items():
            for value in values:
                if kind == "email":
                    add((FOAF + "mbox_sha1sum", _lit(mbox_sha1sum(value))))
                    if self.include_contacts:
                        add(self._mbox(value))
                elif kind == "phone":
                    if self.include_contacts:
                        add((SCHEMA + "telephone", _lit(value)))
                elif kind in _IDENTIFIER_PROPS:
                    add((PG + _IDENTIFIER_PROPS[kind], _lit(value)))
                else:
                    add((PG + "identifier", _lit(f"{kind}:{value}")))

    @staticmethod
    def _mbox(address: str) -> tuple[str, Obj]:
        import pyoxigraph as ox

        target = "mailto:" + quote(address.strip(), safe="@.+-_~!$&'*=")
        try:
            ox.NamedNode(target)
        except ValueError:  # not an IRI even when quoted: keep it as text
            return (SCHEMA + "email", _lit(address))
        return (FOAF + "mbox", (0, target, ""))

    @staticmethod
    def _attrs(attrs: dict[str, str], add) -> None:
        for key, value in attrs.items():
            k = key.lower()
            if k in _DATE_ATTRS and _date_datatype(value):
                add((PG + "date", _lit(value, _date_datatype(value))))
            elif k in _ATTR_PROPS:
                add((PG + _ATTR_PROPS[k], _lit(value)))
            else:
                add((PG + "attribute", _lit(f"{key}: {value}")))

    # -- facts and documents --------------------------------------------------------------------
    def fact(self, f: Fact) -> None:
        g = self.doc_iris(f.provenance.doc)[1]
        subjects = self.subjects(g)
        s, direct = self.direct_pairs(f)
        _put(subjects, s, direct)
        if f.predicate is Predicate.AUTHORED:
            o, pair = self.author_pair(f)
            _put(subjects, o, {pair})
        _put(subjects, *self.assertion_pairs(f))
        _put(subjects, *self.evidence_pairs(f))

    def direct_pairs(self, f: Fact) -> tuple[str, Pairs]:
        """The fact's subject IRI and its direct pairs (`pg:pred o`, plus the `_ALSO` one)."""
        oo = (0, self.id_iri(f.object_id), "")
        predicate = f.predicate
        pairs = {(_PREDICATE[predicate], oo)}
        if predicate in _ALSO:
            pairs.add((_ALSO[predicate], oo))
        return self.id_iri(f.subject_id), pairs

    def author_pair(self, f: Fact) -> tuple[str, tuple[str, Obj]]:
        """An AUTHORED fact's object IRI and its `schema:author` pair."""
        return self.id_iri(f.object_id), (_AUTHOR, (0, self.id_iri(f.subject_id), ""))

    def assertion_pairs(self, f: Fact) -> tuple[str, Pairs]:
        """The fact's node `<base>fact/<hex>` and its pairs."""
        p = f.provenance
        so, oo = (0, self.id_iri(f.subject_id), ""), (0, self.id_iri(f.object_id), "")
        predicate = f.predicate
        fid = f.id  # "fact/<hex>", minted by ontology.fact_id: IRI-safe
        ev = self.base + "evidence/" + fid[5:]
        pairs = {_IS_ASSERTION, (_SUBJECT, so), (_PREDICATE_OF, (0, _PREDICATE[predicate], "")),
                 (_OBJECT, oo), (_DERIVED, (0, self.doc_iris(p.doc)[0], "")),
                 (_EXTRACTOR, (1, p.extractor, "")),
                 (_CONFIDENCE, (1, _decimal(p.confidence), _DECIMAL)), (_EVIDENCE, (0, ev, ""))}
        if predicate in _ROLE_PREDICATES:
            pairs.update(_ROLE_TYPES)
            pairs.add((_ROLE_OF, so))
            pairs.add((_ORG, oo))
        self._qualifiers(f, pairs.add)
        return self.base + fid, pairs

    def evidence_pairs(self, f: Fact) -> tuple[str, Pairs]:
        """The fact's evidence node `<base>evidence/<hex>` and its pairs."""
        p = f.provenance
        return self.base + "evidence/" + f.id[5:], {
            _IS_EVIDENCE, (_SOURCE, (0, self.doc_iris(p.doc)[0], "")),
            (_START, (1, str(p.start), _INTEGER)), (_END, (1, str(p.end), _INTEGER)),
            (_QUOTE, (1, p.quote, ""))}

    def _qualifiers(self, f: Fact, add) -> None:
        if f.title:
            add((PG + "title", _lit(f.title)))
        if f.start and _date_datatype(f.start):
            add((PG + "startDate", _lit(f.start, _date_datatype(f.start))))
        if f.end == "present":
            add((PG + "current", _lit("true", _BOOLEAN)))
        elif f.end and _date_datatype(f.end):
            add((PG + "endDate", _lit(f.end, _date_datatype(f.end))))
        if f.location:
            add((PG + "location", _lit(f.location)))
        if f.attrs:
            self._attrs(f.attrs, add)

    def document(self, doc: str) -> None:
        subjects = self.subjects("")
        for s, pairs in self.document_pairs(doc):
            _put(subjects, s, pairs)

    def document_pairs(self, doc: str) -> list[tuple[str, Pairs]]:
        """The document's IRI and its named graph's IRI, each with its pairs."""
        d, gr = self.doc_iris(doc)
        return [(d, {(_TYPE, _PG_TYPES["Document"]), (PG + "documentId", _lit(doc))}),
                (gr, {(_TYPE, _PG_TYPES["DocumentGraph"]), (PROV + "wasDerivedFrom", (0, d, ""))})]


def _put(subjects: dict[str, Pairs], s: str, pairs: Pairs) -> None:
    have = subjects.get(s)
    if have is None:
        subjects[s] = pairs
    else:
        have |= pairs


def map_graphs(kg: KnowledgeGraph, base: str, include_contacts: bool) -> Graphs:
    """Every quad of the graph, grouped (unsorted: callers sort). `base` must be checked."""
    m = _Mapper(base, include_contacts)
    for e in kg.entities():
        m.entity(e)
    docs = set()
    for f in kg.iter_facts():
        m.fact(f)
        docs.add(f.provenance.doc)
    for doc in docs:
        m.document(doc)
    return m.graphs


def union_graph(graphs: Graphs) -> dict[str, Pairs]:
    """subject -> pairs over all graphs (the input sets are not modified)."""
    union: dict[str, Pairs] = {}
    for subjects in graphs.values():
        for s, pairs in subjects.items():
            have = union.get(s)
            union[s] = pairs if have is None else have | pairs
    return union
