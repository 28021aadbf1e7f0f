"""PeopleGraph ontology: entity types, predicates, the pydantic kernel, ids and errors.

Importing this package does no work beyond defining types; it imports no heavy library.
"""

from ontology.errors import (
                             ConfigError,
                             ExportError,
                             ExtractionError,
                             GraphError,
                             InputError,
                             PeopleGraphError,
                             QueryError,
)
from ontology.models import DATE_RE, Document, Entity, Fact, Mention, MergeRecord, Provenance
from ontology.names import (
                             LEGAL_SUFFIXES,
                             clean_text,
                             entity_id,
                             fact_id,
                             fold,
                             iri,
                             norm_name,
                             slugify,
                             stable_hash,
)
from ontology.vocab import DATED_PREDICATES, SIGNATURES, EntityType, Predicate

__all__ = [
    "EntityType", "Predicate", "SIGNATURES", "DATED_PREDICATES",
    "Document", "Provenance", "Mention", "Fact", "Entity", "MergeRecord", "DATE_RE",
    "LEGAL_SUFFIXES", "clean_text", "fold", "norm_name", "slugify", "stable_hash", "entity_id",
    "fact_id", "iri",
    "PeopleGraphError", "InputError", "ExtractionError", "GraphError", "ExportError",
    "QueryError", "ConfigError",
]
