"""The KnowledgeGraph as RDF: a deterministic list of pyoxigraph quads (ontology/ontology.ttl).

Mapping (namespace `pg:` = https://w3id.org/peoplegraph/ontology#):

- an entity is `<base><entity id>`, typed `pg:<Type>` (plus its schema.org class when one is
  equivalent), with `rdfs:label` and `schema:name`, `skos:altLabel` aliases, `owl:sameAs` the ids
  merged into it, and `prov:wasDerivedFrom` every document that mentions it;
- an email is written as `foaf:mbox_sha1sum` (sha1 of "mailto:" + address) and a phone number is
  left out, unless `include_contacts` (then `foaf:mbox <mailto:...>` and `schema:telephone`);
- each fact is a node `<base>fact/<hash>` (an `rdf:Statement`; a job or a study is also a
  `pg:Role`, `schema:OrganizationRole` and `org:Membership` with `pg:roleOf`, `pg:org`,
  `pg:title`, `pg:startDate`/`pg:endDate` as xsd:gYear or xsd:gYearMonth, `pg:current true` for
  "present") plus the direct triple (`pg:workedAt`, `schema:worksFor` ...), all in the named graph
  `<base>graph/<doc>` of its document; the fact is `prov:wasDerivedFrom <base>document/<doc>` and
  has a `pg:evidence` node with `pg:startOffset`, `pg:endOffset` and `pg:quote`.

IRIs are made only from ids minted by `ontology.entity_id` / `ontology.iri`, so any name is safe;
text goes into literals, escaped by the serializer. No blank nodes: the output is deterministic.

>>> from ontology import Fact, Mention, Provenance
>>> from graph import build_graph
>>> p = Provenance(doc="cv", start=0, end=6, quote="Python", extractor="x.v1")
>>> kg = build_graph([Fact(subject=Mention(type="Person", name="Ada"), predicate="used-skill",
...                        object=Mention(type="Skill", name="Python"), provenance=p)])
>>> quads = kg_quads(kg, "https://example.org/")
>>> any(q.predicate.value == PG + "usedSkill" for q in quads)
True
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

from ontology import Entity, EntityType, ExportError, Fact, Predicate, iri, slugify, stable_hash

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

    from graph.kg import KnowledgeGraph

__all__ = ["PG", "PREFIXES", "DEFAULT_BASE_IRI", "prefixes", "kg_quads", "kg_triples",
           "document_iri", "graph_iri", "mbox_sha1sum", "check_base_iri"]

PG = "https://w3id.org/peoplegraph/ontology#"
DEFAULT_BASE_IRI = "https://w3id.org/peoplegraph/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"

#: vocabulary prefixes of every RDF output (`prefixes()` adds the id segments)
PREFIXES: dict[str, str] = {
    "pg": PG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS,
    "schema": SCHEMA, "foaf": FOAF, "org": ORG, "prov": PROV,
}

#: schema.org classes written next to pg: types (owl:equivalentClass in ontology.ttl)
_EQUIVALENT_CLASS = {
    EntityType.PERSON: SCHEMA + "Person", EntityType.ORGANIZATION: SCHEMA + "Organization",
    EntityType.EDUCATIONAL_ORGANIZATION: SCHEMA + "EducationalOrganization",
    EntityType.PLACE: SCHEMA + "Place", EntityType.PROJECT: SCHEMA + "Project",
}
#: extra standard triples written beside the direct pg: triple (subject, object) for simple queries
_ALSO = {
    Predicate.WORKED_AT: SCHEMA + "worksFor", Predicate.STUDIED_AT: SCHEMA + "alumniOf",
    Predicate.USED_SKILL: SCHEMA + "knowsAbout", Predicate.PART_OF: ORG + "subOrganizationOf",
}
_ROLE_PREDICATES = frozenset({Predicate.WORKED_AT, Predicate.STUDIED_AT})
#: identifier kinds written as pg:<kind> literals (email and phone are handled apart)
_IDENTIFIER_PROPS = {"github": "github", "linkedin": "linkedin", "orcid": "orcid",
                     "website": "website", "handle": "handle", "scholar": "scholar"}
#: attribute keys with their own property; others become pg:attribute "key: value"
_ATTR_PROPS = {"number": "number", "office": "office", "status": "status", "gpa": "gpa",
               "category": "category", "degree": "degree", "field": "field",
               "description": "description", "url": "url"}
_DATE_ATTRS = ("date", "year", "filed", "granted", "issued", "published")
_YEAR = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$")


#: id segments under the base that get a prefix of their own in Turtle and TriG
_SEGMENTS = {**{t.slug: t.slug for t in EntityType}, "fact": "fact", "evidence": "evidence",
             "document": "doc", "graph": "docgraph"}


def prefixes(base_iri: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """PREFIXES plus one prefix per id segment under the base ('person:', 'fact:', 'doc:' ...).

    >>> prefixes("https://example.org/")["person"]
    'https://example.org/person/'
    """
    return {**PREFIXES, **{name: base_iri + seg + "/" for seg, name in _SEGMENTS.items()}}


def check_base_iri(base_iri: str) -> str:
    """Return `base_iri` if it is an absolute IRI ending in '/' or '#', else raise ExportError."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(base_iri)
    except ValueError:
        raise ExportError(f"base IRI {base_iri!r} is not a valid absolute IRI",
                          hint="pass e.g. --base-iri https://example.org/people/") from None
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", base_iri) or not base_iri.endswith(("/", "#")):
        raise ExportError(f"base IRI {base_iri!r} must be absolute and end with '/' or '#'",
                          hint="pass e.g. --base-iri https://example.org/people/")
    return base_iri


def _doc_slug(doc: str) -> str:
    return f"{slugify(doc)}-{stable_hash('document', doc)}"


def document_iri(base_iri: str, doc: str) -> str:
    """IRI of a source document (safe for any document id)."""
    return iri(base_iri, f"document/{_doc_slug(doc)}")


def graph_iri(base_iri: str, doc: str) -> str:
    """IRI of the named graph that holds one document's facts."""
    return iri(base_iri, f"graph/{_doc_slug(doc)}")


def mbox_sha1sum(address: str) -> str:
    """FOAF mbox_sha1sum of an email address (trimmed and lower-cased first).

    >>> mbox_sha1sum("Ada@Example.org") == mbox_sha1sum(" ada@example.org")
    True
    """
    return hashlib.sha1(("mailto:" + address.strip().lower()).encode("utf-8")).hexdigest()


def _date_datatype(value: str) -> str | None:
    if _YEAR_MONTH.match(value):
        return XSD + "gYearMonth"
    if _YEAR.match(value):
        return XSD + "gYear"
    return None


class _Lit(NamedTuple):
    """A literal before it becomes a pyoxigraph term (datatype None = xsd:string)."""

    value: str
    datatype: str | None = None


#: a quad as plain values that sort as wanted: (graph IRI or "" for the default graph,
#: subject, predicate, object) with the object (0, IRI, "") or (1, lexical value, datatype or "")
Row = tuple[str, str, str, tuple[int, str, str]]


class _Writer:
    """Collects quads as plain tuples (IRIs as str, literals as _Lit): cheap to dedup and sort."""

    def __init__(self, base: str, include_contacts: bool) -> None:
        self.base = base
        self.include_contacts = include_contacts
        self.rows: set[Row] = set()
        self._iris: dict[tuple[str, str], str] = {}

    def iri(self, kind: str, ident: str) -> str:
        """Cached IRI of an id ('id'), a document ('doc') or a document's graph ('graph')."""
        key = (kind, ident)
        found = self._iris.get(key)
        if found is None:
            make = {"id": iri, "doc": document_iri, "graph": graph_iri}[kind]
            found = self._iris[key] = make(self.base, ident)
        return found

    @staticmethod
    def lit(value: str, datatype: str | None = None) -> _Lit:
        return _Lit(value, datatype)

    def add(self, graph: str, s: str, p: str, o: str | _Lit) -> None:
        obj = (0, o, "") if isinstance(o, str) else (1, o.value, o.datatype or "")
        self.rows.add((graph, s, p, obj))

    # -- pieces -------------------------------------------------------------------------------
    def entity(self, e: Entity, g) -> None:
        s = self.iri("id", e.id)
        self.add(g, s, RDF + "type", PG + e.type.value)
        if e.type in _EQUIVALENT_CLASS:
            self.add(g, s, RDF + "type", _EQUIVALENT_CLASS[e.type])
        label = e.name or self._safe_label(e)
        self.add(g, s, RDFS + "label", self.lit(label))
        if e.name:
            self.add(g, s, SCHEMA + "name", self.lit(e.name))
        for alias in e.aliases:
            self.add(g, s, SKOS + "altLabel", self.lit(alias))
        for merged in e.merged_ids:
            if merged != e.id and re.fullmatch(r"[a-z0-9/-]+", merged):
                self.add(g, s, OWL + "sameAs", iri(self.base, merged))
        for doc in sorted({p.doc for p in e.provenance}):
            self.add(g, s, PROV + "wasDerivedFrom", self.iri("doc", doc))
        self._identifiers(e, s, g)
        self._attrs(e.attrs, s, g)

    def _safe_label(self, e: Entity) -> str:
        """A label for a nameless entity that never leaks a contact detail."""
        for kind in sorted(e.identifiers):
            if kind in _IDENTIFIER_PROPS and e.identifiers[kind]:
                return e.identifiers[kind][0]
        return f"{e.type.value} {e.id.rsplit('-', 1)[-1]}"

    def _identifiers(self, e: Entity, s: str, g) -> None:
        for kind, values in sorted(e.identifiers.items()):
            for value in values:
                if kind == "email":
                    self.add(g, s, FOAF + "mbox_sha1sum", self.lit(mbox_sha1sum(value)))
                    if self.include_contacts:
                        self._mbox(s, value, g)
                elif kind == "phone":
                    if self.include_contacts:
                        self.add(g, s, SCHEMA + "telephone", self.lit(value))
                elif kind in _IDENTIFIER_PROPS:
                    self.add(g, s, PG + _IDENTIFIER_PROPS[kind], self.lit(value))
                else:
                    self.add(g, s, PG + "identifier", self.lit(f"{kind}:{value}"))

    def _mbox(self, s: str, address: str, g) -> None:
        import pyoxigraph as ox

        target = "mailto:" + quote(address.strip(), safe="@.+-_~!$&'*=")
        try:
            ox.NamedNode(target)
        except ValueError:  # not an IRI even when quoted: keep it as text
            self.add(g, s, SCHEMA + "email", self.lit(address))
        else:
            self.add(g, s, FOAF + "mbox", target)

    def _attrs(self, attrs: dict[str, str], s: str, g) -> None:
        for key, value in sorted(attrs.items()):
            k = key.lower()
            if k in _DATE_ATTRS and _date_datatype(value):
                self.add(g, s, PG + "date", self.lit(value, _date_datatype(value)))
            elif k in _ATTR_PROPS:
                self.add(g, s, PG + _ATTR_PROPS[k], self.lit(value))
            else:
                self.add(g, s, PG + "attribute", self.lit(f"{key}: {value}"))

    def fact(self, f: Fact) -> None:
        p = f.provenance
        g, doc = self.iri("graph", p.doc), self.iri("doc", p.doc)
        s, o = self.iri("id", f.subject_id), self.iri("id", f.object_id)
        pred = PG + f.predicate.slug
        self.add(g, s, pred, o)
        if f.predicate in _ALSO:
            self.add(g, s, _ALSO[f.predicate], o)
        if f.predicate is Predicate.AUTHORED:
            self.add(g, o, SCHEMA + "author", s)
        fid = f.id
        node = iri(self.base, fid)
        self.add(g, node, RDF + "type", PG + "Assertion")
        self.add(g, node, RDF + "subject", s)
        self.add(g, node, RDF + "predicate", pred)
        self.add(g, node, RDF + "object", o)
        if f.predicate in _ROLE_PREDICATES:
            for cls in (PG + "Role", SCHEMA + "OrganizationRole", ORG + "Membership"):
                self.add(g, node, RDF + "type", cls)
            self.add(g, node, PG + "roleOf", s)
            self.add(g, node, PG + "org", o)
        self._qualifiers(f, node, g)
        self.add(g, node, PROV + "wasDerivedFrom", doc)
        self.add(g, node, PG + "extractor", self.lit(p.extractor))
        self.add(g, node, PG + "confidence", self.lit(_decimal(p.confidence), XSD + "decimal"))
        ev = iri(self.base, "evidence/" + fid.split("/", 1)[1])
        self.add(g, node, PG + "evidence", ev)
        self.add(g, ev, RDF + "type", PG + "Evidence")
        self.add(g, ev, PG + "source", doc)
        self.add(g, ev, PG + "startOffset", self.lit(str(p.start), XSD + "integer"))
        self.add(g, ev, PG + "endOffset", self.lit(str(p.end), XSD + "integer"))
        self.add(g, ev, PG + "quote", self.lit(p.quote))

    def _qualifiers(self, f: Fact, node: str, g) -> None:
        if f.title:
            self.add(g, node, PG + "title", self.lit(f.title))
        if f.start and _date_datatype(f.start):
            self.add(g, node, PG + "startDate", self.lit(f.start, _date_datatype(f.start)))
        if f.end == "present":
            self.add(g, node, PG + "current", self.lit("true", XSD + "boolean"))
        elif f.end and _date_datatype(f.end):
            self.add(g, node, PG + "endDate", self.lit(f.end, _date_datatype(f.end)))
        if f.location:
            self.add(g, node, PG + "location", self.lit(f.location))
        self._attrs(f.attrs, node, g)

    def document(self, doc: str) -> None:
        g = ""
        d = document_iri(self.base, doc)
        self.add(g, d, RDF + "type", PG + "Document")
        self.add(g, d, PG + "documentId", self.lit(doc))
        gr = graph_iri(self.base, doc)
        self.add(g, gr, RDF + "type", PG + "DocumentGraph")
        self.add(g, gr, PROV + "wasDerivedFrom", d)


def _decimal(x: float) -> str:
    text = f"{x:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _rows(kg: KnowledgeGraph, base_iri: str, include_contacts: bool) -> set[Row]:
    w = _Writer(check_base_iri(base_iri), include_contacts)
    for e in kg.entities():
        w.entity(e, "")
    for doc in kg.documents():
        w.document(doc)
    for f in kg.facts():
        w.fact(f)
    return w.rows


class _Terms:
    """Row values -> pyoxigraph terms, one NamedNode per distinct IRI."""

    def __init__(self) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.nodes: dict[str, object] = {}

    def iri(self, value: str):
        node = self.nodes.get(value)
        if node is None:
            node = self.nodes[value] = self.ox.NamedNode(value)
        return node

    def term(self, obj: tuple[int, str, str]):
        kind, value, datatype = obj
        if kind == 0:
            return self.iri(value)
        if not datatype:
            return self.ox.Literal(value)
        return self.ox.Literal(value, datatype=self.iri(datatype))


def kg_quads(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI, *,
             include_contacts: bool = False) -> list[pyoxigraph.Quad]:
    """Every quad of the graph, unique and sorted: the default graph (entities, documents) first,
    then each document's named graph (its facts); within a graph by subject, predicate, object."""
    t = _Terms()
    default = t.ox.DefaultGraph()
    return [t.ox.Quad(t.iri(s), t.iri(p), t.term(o), t.iri(g) if g else default)
            for g, s, p, o in sorted(_rows(kg, base_iri, include_contacts))]


def kg_triples(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI, *,
               include_contacts: bool = False) -> list[pyoxigraph.Triple]:
    """The union of all graphs as unique, sorted triples (for Turtle, N-Triples, JSON-LD)."""
    t = _Terms()
    rows = {("", s, p, o) for _, s, p, o in _rows(kg, base_iri, include_contacts)}
    return [t.ox.Triple(t.iri(s), t.iri(p), t.term(o)) for _, s, p, o in sorted(rows)]
