"""Find vocabulary skills in text: one PhraseMatcher over the blank English tokenizer.

The curated skills vocabulary (`extract.gazetteers.load.load_skills()`) is compiled once per
process. Case-sensitive entries (short or ambiguous names: `R`, `Go`, `JAX`) match on the exact
token text (ORTH), all others on lower case (LOWER). Safe variants are generated for every alias:
the plural of the last word (`RNNs`, `Variational Autoencoders`), hyphen/space/joined spellings
(`Megatron LM` for `Megatron-LM`, `finetuning` for `fine-tuning`) and, for programming languages,
a trailing version number (`Python3`). Overlaps resolve to the longest match, then to an exact
alias over a generated variant, so `PyTorch XLA` beats `PyTorch` and `Bidirectional LSTM` beats
`LSTM`. A match whose text, exactly as written, is on the stop-list (`less`, `text`, `art` ...)
is dropped: the lower-case common word goes, the capitalized name ("Less") stays.

>>> m = build_matcher([Entry("PyTorch", "library", ("pytorch",)),
...                    Entry("PyTorch XLA", "library", ()),
...                    Entry("Recurrent Neural Network", "model", ("RNN",), case_sensitive=True)])
>>> [(s.canonical, s.text) for s in m.find("Trained RNNs in pytorch and PyTorch XLA.")]
[('Recurrent Neural Network', 'RNNs'), ('PyTorch', 'pytorch'), ('PyTorch XLA', 'PyTorch XLA')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from extract.skillvariants import plural, variants

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["SkillMatch", "SkillMatcher", "Entry", "build_matcher", "default_matcher",
           "find_skills", "lookup_skill", "skill_family", "family_of", "variants", "plural"]

#: categories whose aliases may carry a version suffix written onto the name (Python3, Java8)
_VERSIONED_CATEGORIES = frozenset({"language", "programming language", "programming-language"})
_VERSIONED_IN_TEXT = re.compile(r"(?<![\w+#.])([A-Za-z][A-Za-z+#]*?)v?\d{1,2}(?:\.\d+)*(?![\w+#])")
#: a version or depth written after a name: "v8", "11", " 2", "-3.5", "V3+"
_VERSION_SUFFIX = re.compile(r"[\s-]?[vV]?\d+(?:\.\d+)?\+?$")


class SkillEntryLike(Protocol):
    """What the matcher reads of a vocabulary row (`extract.gazetteers.load.SkillEntry`)."""

    canonical: str
    category: str
    aliases: Sequence[str]
    case_sensitive: bool


@dataclass(frozen=True)
class Entry:
    """A hand-built vocabulary row (tests, doctests); same fields the matcher reads."""

    canonical: str
    category: str
    aliases: tuple[str, ...] = ()
    case_sensitive: bool = False
    esco_uri: str = ""


@dataclass(frozen=True)
class SkillMatch:
    """One vocabulary skill found in a text: canonical name, category, [start, end) char span.

    `exact` is False when the text matched a generated variant (plural, hyphenation, version);
    `case_sensitive` is True when it matched a case-sensitive row, whose spellings (lower-case
    phrases included, "large transformers") are curated one by one.
    """

    canonical: str
    category: str
    start: int
    end: int
    text: str
    exact: bool = True
    case_sensitive: bool = False


@dataclass
class SkillMatcher:
    """A compiled vocabulary. Build it with `build_matcher`; call `find` on a Doc or a string."""

    entries: tuple[Any, ...]
    orth: Any  # spacy PhraseMatcher on ORTH (case-sensitive patterns)
    lower: Any  # spacy PhraseMatcher on LOWER
    keys: dict[int, tuple[int, bool]] = field(default_factory=dict)
    versioned: dict[str, int] = field(default_factory=dict)
    stoplist: frozenset[str] = frozenset()
    lookups: dict[str, SkillMatch | None] = field(default_factory=dict, repr=False)
    families: dict[str, str] = field(default_factory=dict)  # canonical -> family's canonical

    def find(self, doc: Doc | str, start: int = 0, end: int | None = None,
             text: str | None = None) -> list[SkillMatch]:
        """Non-overlapping matches inside the character range [start, end), in text order.

        `text` may give the Doc's text when the caller has it (saves rebuilding it).
        """
        if isinstance(doc, str):  # tokenize only the part asked for
            from extract.nlp import blank_nlp

            end = len(doc) if end is None else min(end, len(doc))
            if start >= end:
                return []
            found = self.find(blank_nlp().make_doc(doc[start:end]))
            return [replace(m, start=m.start + start, end=m.end + start) for m in found]
        if not len(doc):
            return []
        size = doc[-1].idx + len(doc[-1].text_with_ws)  # len(doc.text) without building it
        end = size if end is None else min(end, size)
        if start >= end:
            return []
        span = doc.char_span(start, end, alignment_mode="contract") if start or end < size \
            else doc[:]
        if span is None:
            return []
        cands: list[tuple[int, int, int, bool, bool]] = []  # (tok start, tok end, entry, exact, cs)
        for matcher, cs in ((self.orth, True), (self.lower, False)):
            for key, s, e in matcher(span):
                idx, exact = self.keys[key]
                cands.append((s, e, idx, exact, cs))
        cands += self._versioned(span, text)
        return self._resolve(doc, cands, text)

    def _versioned(self, span: Span, text: str | None) -> list[tuple[int, int, int, bool, bool]]:
        """Language names with a version glued on ("Python3"), found on the span's text."""
        out: list[tuple[int, int, int, bool, bool]] = []
        if not self.versioned:
            return out
        base = span.start_char
        part = span.text if text is None else text[base:span.end_char]
        for m in _VERSIONED_IN_TEXT.finditer(part):
            if len(m.group(1)) == 1 and len(m.group()) < 3:
                continue  # "C1", "B2": a language level or a grid cell, not C with a version
            idx = self.versioned.get(m.group(1).lower())
            sub = span.doc.char_span(base + m.start(), base + m.end()) if idx is not None else None
            if sub is not None and len(sub) == 1:
                out.append((sub.start, sub.end, idx, False, False))
        return out

    def _resolve(self, doc: Doc, cands: list[tuple[int, int, int, bool, bool]],
                 text: str | None = None) -> list[SkillMatch]:
        # longest first, then exact alias over a variant, then case-sensitive, then vocab order
        cands.sort(key=lambda c: (c[0] - c[1], not c[3], not c[4], c[0], c[2]))
        taken = bytearray(len(doc))  # 1 for each token already in a match
        out = []
        for s, e, idx, exact, cs in cands:
            if taken.find(1, s, e) >= 0:
                continue
            if text is None:
                span = doc[s:e]
                a, b, surface = span.start_char, span.end_char, span.text
            else:
                last = doc[e - 1]
                a, b = doc[s].idx, last.idx + len(last)
                surface = text[a:b]
            if surface in self.stoplist:
                continue
            taken[s:e] = b"\x01" * (e - s)
            entry = self.entries[idx]
            out.append(SkillMatch(entry.canonical, entry.category or "", a, b, surface, exact, cs))
        return sorted(out, key=lambda m: m.start)


def build_matcher(entries: Iterable[SkillEntryLike], stoplist: Iterable[str] = ()) -> SkillMatcher:
    """Compile vocabulary rows into a `SkillMatcher` (deterministic: rows in the given order)."""
    from spacy.matcher import PhraseMatcher

    from extract.nlp import blank_nlp

    nlp = blank_nlp()
    rows = tuple(entries)
    stop = frozenset(w.strip() for w in stoplist if w.strip())
    exact_forms: dict[str, set[int]] = {}
    for i, row in enumerate(rows):
        for a in _aliases(row):
            exact_forms.setdefault(a.lower(), set()).add(i)
    orth = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    keys: dict[int, tuple[int, bool]] = {}
    versioned: dict[str, int] = {}
    for i, row in enumerate(rows):
        cs = bool(row.case_sensitive)
        exact = sorted(_aliases(row))
        var = sorted({v for a in exact for v in variants(a)} - set(exact))
        # a variant that is another row's case-insensitive alias belongs to that row
        var = [v for v in var if not any(not rows[j].case_sensitive for j in
                                         exact_forms.get(v.lower(), set()) - {i})]
        for forms, is_exact in ((exact, True), (var, False)):
            if not forms:
                continue
            key = f"skill:{i}:{int(is_exact)}"
            keys[nlp.vocab.strings.add(key)] = (i, is_exact)
            (orth if cs else lower).add(key, list(nlp.tokenizer.pipe(forms)))
        if (row.category or "").lower() in _VERSIONED_CATEGORIES:
            for a in exact:
                if re.fullmatch(r"[A-Za-z][A-Za-z+#]*", a):
                    versioned.setdefault(a.lower(), i)
    categories = {row.canonical: row.category for row in rows}
    families = {row.canonical: fam for row in rows
                if (fam := family_of(row.canonical, categories)) is not None}
    return SkillMatcher(rows, orth, lower, keys, versioned, stop, families=families)


def family_of(name: str, categories: dict[str, str]) -> str | None:
    """The family of a versioned name: the name without its version or depth suffix, when that
    is another vocabulary name of the same category (`categories`: canonical -> category).

    >>> cats = {"YOLO": "ml-model", "YOLOv8": "ml-model", "GPT": "ml-model", "GPT-3.5": "ml-model",
    ...         "Inception v3": "ml-model", "Inception": "ml-model", "A100": "hardware"}
    >>> [family_of(n, cats) for n in ("YOLOv8", "GPT-3.5", "Inception v3", "A100", "YOLO")]
    ['YOLO', 'GPT', 'Inception', None, None]
    """
    m = _VERSION_SUFFIX.search(name)
    if m is None or m.start() < 2:
        return None
    base = name[:m.start()].rstrip(" -")
    return base if base != name and categories.get(base) == categories.get(name) else None


def _aliases(row: SkillEntryLike) -> set[str]:
    names = {row.canonical, *(row.aliases or ())}
    return {" ".join(n.split()) for n in names if n and n.strip()}


@lru_cache(maxsize=1)
def default_matcher() -> SkillMatcher:
    """The matcher over the project's curated vocabulary, built once per process."""
    from extract.gazetteers.load import load_skill_stoplist, load_skills

    return build_matcher(load_skills(), load_skill_stoplist())


def find_skills(doc_or_text: Doc | str, start: int = 0, end: int | None = None,
                matcher: SkillMatcher | None = None, text: str | None = None) -> list[SkillMatch]:
    """Vocabulary skills in `doc_or_text[start:end]` (default: the curated vocabulary); `text`
    is the Doc's text when the caller has it."""
    return (matcher or default_matcher()).find(doc_or_text, start, end, text)


def skill_family(canonical: str, matcher: SkillMatcher | None = None) -> str | None:
    """The broader skill a versioned vocabulary skill belongs to ("YOLOv8" -> "YOLO"), or None.

    A model version released as a model of its own stays its own skill; queries for the family
    with narrower skills find it through this name (`broader` attribute of the Skill).
    """
    return (matcher or default_matcher()).families.get(canonical)


def lookup_skill(name: str, matcher: SkillMatcher | None = None) -> SkillMatch | None:
    """The vocabulary entry when the whole of `name` is one skill, else None.

    >>> m = build_matcher([Entry("Apache Kafka", "tool", ("Kafka",))])
    >>> lookup_skill(" kafka ", m).canonical, lookup_skill("Kafka Streams", m)
    ('Apache Kafka', None)
    """
    text = name.strip()
    if not text:
        return None
    m = matcher or default_matcher()
    if text not in m.lookups:  # memo: the answer depends on the text and the vocabulary only
        found = m.find(text)
        whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(text)
        m.lookups[text] = found[0] if whole else None
    return m.lookups[text]
