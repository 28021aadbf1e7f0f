"""The kernel of types that crosses every package boundary (pydantic v2).

A `Fact` says subject -predicate-> object, where subject and object are `Mention`s as the text
gave them; graph building resolves mentions to `Entity` ids (filling `subject_id`/`object_id`).
Every fact carries `Provenance`: document, character span, quote, extractor, confidence.

>>> subj = Mention(type=EntityType.PERSON, name="Ada Park")
>>> org = Mention(type=EntityType.ORGANIZATION, name="Initech")
>>> prov = Provenance(doc="cv", start=0, end=7, quote="Initech", extractor="resume.experience.v1")
>>> f = Fact(subject=subj, predicate=Predicate.WORKED_AT, object=org, title="Engineer",
...          start="2019-03", end="present", provenance=prov)
>>> f.doc, f.id == Fact.model_validate(f.model_dump()).id
('cv', True)
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from ontology.names import fact_id, norm_name
from ontology.vocab import SIGNATURES, EntityType, Predicate

__all__ = ["Document", "Provenance", "Mention", "Fact", "Entity", "MergeRecord", "DATE_RE"]

#: the only shapes a start/end qualifier may take
DATE_RE = re.compile(r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2]))?|present)$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


class Document(_Model):
    """One input document after reading: its id (file stem), text and where it came from."""

    id: str
    text: str
    format: str = "txt"
    source: str = ""
    sha256: str = ""
    warnings: list[str] = Field(default_factory=list)


class Provenance(_Model):
    """Where a fact or mention came from: document, [start, end) character span, quote."""

    doc: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    extractor: str
    confidence: float = Field(default=0.9, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _span_order(self) -> Provenance:
        if self.end < self.start:
            raise ValueError(f"provenance span end {self.end} precedes start {self.start}")
        return self


class Mention(_Model):
    """An entity as one document names it.

    `identifiers` hold strong keys (email, phone, github, linkedin, website, handle, orcid...);
    `attrs` hold descriptive values (patent number, office, status; GPA; category ...).
    `key` overrides the merge key (a nameless subject gets 'anon:<doc>').
    """

    type: EntityType
    name: str | None = None
    identifiers: dict[str, str] = Field(default_factory=dict)
    attrs: dict[str, str] = Field(default_factory=dict)
    key: str | None = None

    @field_validator("name")
    @classmethod
    def _strip(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = " ".join(v.split())
        return v or None

    @model_validator(mode="after")
    def _named_or_keyed(self) -> Mention:
        if self.name is None and not self.identifiers and not self.key:
            raise ValueError(f"a {self.type.value} mention needs a name, an identifier or a key")
        return self


#: Fact fields that do not take part in its id (set when the graph resolves mentions)
_ID_NEUTRAL = frozenset({"subject_id", "object_id"})


class Fact(_Model):
    """subject -predicate-> object with role qualifiers and provenance."""

    subject: Mention
    predicate: Predicate
    object: Mention
    title: str | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    attrs: dict[str, str] = Field(default_factory=dict)
    provenance: Provenance
    subject_id: str | None = None
    object_id: str | None = None

    @field_validator("start", "end")
    @classmethod
    def _date_shape(cls, v: str | None) -> str | None:
        if v is not None and not DATE_RE.match(v):
            raise ValueError(f"date {v!r} is not YYYY, YYYY-MM or 'present'")
        return v

    @model_validator(mode="after")
    def _signature(self) -> Fact:
        subj_types, obj_types = SIGNATURES[self.predicate]
        if self.subject.type not in subj_types or self.object.type not in obj_types:
            raise ValueError(f"{self.predicate.value} does not relate {self.subject.type.value} "
                             f"to {self.object.type.value}")
        return self

    _id: str | None = PrivateAttr(default=None)

    def __setattr__(self, name: str, value: Any) -> None:
        if not name.startswith("_") and name not in _ID_NEUTRAL:
            object.__setattr__(self, "__pydantic_private__", {**(self.__pydantic_private__ or {}),
                                                              "_id": None})
        super().__setattr__(name, value)

    def set_ends(self, subject_id: str | None, object_id: str | None) -> None:
        """Fill in the entity ids (graph building): they take no part in the id, so the cached
        id stays; written straight into the fields (pydantic's setattr and the id reset cost
        more than the rest of adding a fact to a big graph)."""
        self.__dict__["subject_id"] = subject_id
        self.__dict__["object_id"] = object_id
        fields_set = self.__pydantic_fields_set__
        if "subject_id" not in fields_set or "object_id" not in fields_set:
            fields_set.update(("subject_id", "object_id"))

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Fact:
        copy = super().model_copy(update=update, deep=deep)
        if update and set(update) - _ID_NEUTRAL:
            copy._id = None
        return copy

    @property
    def doc(self) -> str:
        return self.provenance.doc

    @property
    def id(self) -> str:
        """Deterministic: the same statement from the same span always has the same id.

        Computed once and cached; changing a field (or copying with updates) recomputes it.
        """
        # through __pydantic_private__ directly: `self._id` goes through pydantic's slow
        # __getattr__ (a tenth of a big graph's build time went there)
        private = self.__pydantic_private__
        if private is None:
            object.__setattr__(self, "__pydantic_private__", private := {})
        ident = private.get("_id")
        if ident is None:
            ident = private["_id"] = self._compute_id()
        return ident

    def _compute_id(self) -> str:
        p = self.provenance
        return fact_id(p.doc, self.predicate.value, self.subject.type.value,
                       self.subject.key or norm_name(self.subject.name),
                       self.object.type.value, self.object.key or norm_name(self.object.name),
                       self.title, self.start, self.end, p.start, p.end, p.extractor)


class Entity(_Model):
    """A node of the graph: one real-world thing after merging."""

    id: str
    type: EntityType
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    identifiers: dict[str, list[str]] = Field(default_factory=dict)
    attrs: dict[str, str] = Field(default_factory=dict)
    provenance: list[Provenance] = Field(default_factory=list)
    merged_ids: list[str] = Field(default_factory=list)

    @property
    def label(self) -> str:
        """Display label: the name, else the first identifier, else the id."""
        if self.name:
            return self.name
        for k in sorted(self.identifiers):
            if self.identifiers[k]:
                return self.identifiers[k][0]
        return self.id


class MergeRecord(_Model):
    """One merge decision: `merged` ids became `kept`, by `rule`, on `evidence`."""

    kept: str
    merged: list[str]
    type: EntityType
    rule: str
    score: float = 1.0
    evidence: list[str] = Field(default_factory=list)

    def explain(self) -> str:
        ev = "; ".join(self.evidence) if self.evidence else "no detail"
        return f"{', '.join(self.merged)} -> {self.kept} by {self.rule} ({self.score:.2f}): {ev}"


def dump(model: BaseModel) -> dict[str, Any]:
    """JSON-ready dict with enums as values and no None-valued optional keys."""
    return model.model_dump(mode="json", exclude_none=True)
