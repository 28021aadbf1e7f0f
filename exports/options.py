"""Options every exporter may read (one model; exporters ignore what they do not use)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["ExportOptions", "DEFAULT_BASE_IRI"]

DEFAULT_BASE_IRI = "https://w3id.org/peoplegraph/id/"


class ExportOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: base of entity, fact and document IRIs in RDF outputs (`--base-iri`)
    base_iri: str = DEFAULT_BASE_IRI
    #: write emails and phone numbers in plain text (default: hashed email, no phone)
    include_contacts: bool = False
    #: HTML: draw only the neighbourhood of this entity (name or id) ...
    focus: str | None = None
    #: ... up to this many hops
    hops: int = 2
    #: HTML: refuse to draw more nodes than this whole (use focus)
    max_nodes: int = 3000
