"""Extractors registered by versioned name ('resume.experience.v1') and document kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extract.context import DocContext
from ontology import Fact

__all__ = ["Extractor", "ExtractorSpec", "register", "registered", "get"]

Extractor = Callable[[DocContext], list[Fact]]


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    kinds: tuple[str, ...]
    func: Extractor
    order: int = 100


_REGISTRY: dict[str, ExtractorSpec] = {}


def register(name: str, *, kinds: tuple[str, ...] = ("resume",), order: int = 100):
    """Decorator: register `func` under a versioned name for the given document kinds."""

    def deco(func: Extractor) -> Extractor:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise ValueError(f"extractor name {name!r} is already registered")
        _REGISTRY[name] = ExtractorSpec(name, kinds, func, order)
        return func

    return deco


def registered(kind: str | None = None) -> list[ExtractorSpec]:
    """Registered extractors for a kind, in (order, name) order."""
    specs = [s for s in _REGISTRY.values() if kind is None or kind in s.kinds]
    return sorted(specs, key=lambda s: (s.order, s.name))


def get(name: str) -> ExtractorSpec:
    return _REGISTRY[name]
