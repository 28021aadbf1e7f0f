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
from typing import TYPE_CHECKING

from ontology import EntityType, ExportError, Predicate, iri, slugify, stable_hash

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

    from graph.kg import KnowledgeGraph
    from graph.rdf_map import Graphs

__all__ = ["PG", "PREFIXES", "DEFAULT_BASE_IRI", "prefixes", "kg_quads", "kg_triples", "kg_graphs",
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


def _decimal(x: float) -> str:
    text = f"{x:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def kg_graphs(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI, *,
              include_contacts: bool = False) -> Graphs:
    """Every quad as plain values grouped graph -> subject -> {(predicate, object)} (unsorted;
    see graph.rdf_map): what the text writers of exports.rdf serialize."""
    from graph.rdf_map import map_graphs

    return map_graphs(kg, check_base_iri(base_iri), include_contacts)


class _Terms:
    """Plain values -> pyoxigraph terms, one NamedNode per distinct IRI."""

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
    quad, term, default = t.ox.Quad, t.term, t.ox.DefaultGraph()
    out = []
    graphs = kg_graphs(kg, base_iri, include_contacts=include_contacts)
    for g in sorted(graphs):
        gn = t.iri(g) if g else default
        subjects = graphs[g]
        for s in sorted(subjects):
            sn = t.iri(s)
            out.extend(quad(sn, t.iri(p), term(o), gn) for p, o in sorted(subjects[s]))
    return out


def kg_triples(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI, *,
               include_contacts: bool = False) -> list[pyoxigraph.Triple]:
    """The union of all graphs as unique, sorted triples (for Turtle, N-Triples, JSON-LD)."""
    from graph.rdf_map import union_graph

    t = _Terms()
    triple, term = t.ox.Triple, t.term
    union = union_graph(kg_graphs(kg, base_iri, include_contacts=include_contacts))
    out = []
    for s in sorted(union):
        sn = t.iri(s)
        out.extend(triple(sn, t.iri(p), term(o)) for p, o in sorted(union[s]))
    return out
