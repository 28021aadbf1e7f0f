"""Facts and provenance built with the model validators' checks done by hand: for extraction's
hot path, which makes about a hundred facts a resume.

`Fact(...)` runs pydantic's general validation (a schema walk per model) and its private-attribute
set-up; here the same rules are checked directly and the instance is filled in, which costs a
fifth as much. The result equals the validated model (`==`, `model_dump()`, `id`); a value the
model would refuse raises `ValueError` (pydantic's `ValidationError` is one too).

>>> from ontology import EntityType, Fact, Mention, Predicate, Provenance
>>> p = checked_provenance("cv", 0, 7, "Initech", "resume.experience.v1", 0.8)
>>> s, o = Mention(type=EntityType.PERSON, name="Ada Park"), Mention(type="Organization", name="Initech")
>>> f = checked_fact(s, Predicate.WORKED_AT, o, p, title="Engineer", start="2019-03")
>>> f == Fact(subject=s, predicate="worked-at", object=o, provenance=p.model_copy(),
...           title="Engineer", start="2019-03")
True
>>> checked_fact(o, Predicate.WORKED_AT, s, p)
Traceback (most recent call last):
ValueError: worked-at does not relate Organization to Person
"""

from __future__ import annotations

from typing import Any

from ontology.models import DATE_RE, Fact, Mention, Provenance
from ontology.vocab import SIGNATURES, Predicate

__all__ = ["checked_provenance", "checked_fact", "trusted"]

_PROV_FIELDS = set(Provenance.model_fields)
_FACT_FIELDS = set(Fact.model_fields)


def _new(cls: type, values: dict[str, Any], fields: set[str], private: dict | None) -> Any:
    m = cls.__new__(cls)
    object.__setattr__(m, "__dict__", values)
    # every field is given: one shared set (pydantic only ever adds names that are in it)
    object.__setattr__(m, "__pydantic_fields_set__", fields)
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", private)
    return m


def trusted(cls: type, values: dict[str, Any], fields: set[str], fact_id: str | None = None) -> Any:
    """An instance of `cls` (Fact, Mention, Provenance) holding `values` with no check at all,
    like pydantic's `model_construct` at a fifth of its cost: for values that were valid when
    first made (facts read back from the cache). `values` must give every field; `fields` is
    the set of field names, shared by every instance (pydantic only adds names in it).
    `fact_id`: a Fact's id when it is known (computed where the fact was made)."""
    return _new(cls, values, fields, {"_id": fact_id} if cls is Fact else None)


def checked_provenance(doc: str, start: int, end: int, quote: str, extractor: str,
                       confidence: float = 0.9) -> Provenance:
    """`Provenance(doc=..., ...)`, checked by hand (types, 0 <= start <= end, 0 <= confidence <= 1)."""
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        raise ValueError(f"provenance span [{start!r}, {end!r}) is not two ordered offsets >= 0")
    if not (isinstance(doc, str) and isinstance(quote, str) and isinstance(extractor, str)):
        raise ValueError("provenance doc, quote and extractor must be strings")
    if type(confidence) is not float and (isinstance(confidence, bool) or not isinstance(
            confidence, int | float)) or not 0.0 <= confidence <= 1.0:
        raise ValueError(f"confidence {confidence!r} is not a number in [0, 1]")
    return _new(Provenance, {"doc": doc, "start": start, "end": end, "quote": quote,
                             "extractor": extractor, "confidence": float(confidence)},
                _PROV_FIELDS, None)


def _opt_str(name: str, v: object) -> None:
    if v is not None and not isinstance(v, str):
        raise ValueError(f"{name} {v!r} is not a string")


def checked_fact(subject: Mention, predicate: Predicate | str, obj: Mention,
                 provenance: Provenance, *, title: str | None = None, start: str | None = None,
                 end: str | None = None, location: str | None = None,
                 attrs: dict[str, str] | None = None) -> Fact:
    """`Fact(subject=..., ...)`, checked by hand: the signature of the predicate, date shapes,
    string fields and attributes, as the model's validators do."""
    pred = predicate if type(predicate) is Predicate else Predicate(predicate)
    if not isinstance(subject, Mention) or not isinstance(obj, Mention) or \
            not isinstance(provenance, Provenance):
        raise ValueError("a fact needs Mention subject and object and a Provenance")
    subj_types, obj_types = SIGNATURES[pred]
    if subject.type not in subj_types or obj.type not in obj_types:
        raise ValueError(f"{pred.value} does not relate {subject.type.value} to {obj.type.value}")
    for _field, v in (("start", start), ("end", end)):
        if v is not None and (not isinstance(v, str) or not DATE_RE.match(v)):
            raise ValueError(f"date {v!r} is not YYYY, YYYY-MM or 'present'")
    _opt_str("title", title)
    _opt_str("location", location)
    if attrs is None:
        attrs = {}
    elif not isinstance(attrs, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in attrs.items()):
        raise ValueError(f"attrs {attrs!r} is not a dict of strings")
    return _new(Fact, {"subject": subject, "predicate": pred, "object": obj, "title": title,
                       "start": start, "end": end, "location": location, "attrs": attrs,
                       "provenance": provenance, "subject_id": None, "object_id": None},
                _FACT_FIELDS, {"_id": None})
