"""Names of projects: the hit record and how a name as written becomes a project's name.

Shared by `extract.resume.projects` (Projects-section headings) and `extract.resume.projectcues`
(projects named in sentences).

>>> canonical_name("Widgetron-7B"), canonical_name("acme/widget-kit")
(('Widgetron', ('Widgetron-7B',)), ('widget-kit', ('acme/widget-kit',)))
>>> coined("eGo"), coined("FLU-TRACK"), coined("Noise Reduction")
(True, True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.resume.common import clean_markup
from extract.skillmatch import lookup_skill
from ontology import norm_name

__all__ = ["ProjectHit", "REPO", "STOPNAME", "coined", "name_ok", "canonical_name"]

#: an owner/repo name, with or without the GitHub/GitLab URL
REPO = re.compile(r"(?<![\w/.])(?:https?://)?(?:github\.com/|gitlab\.com/)?"
                  r"([A-Za-z0-9][\w.-]{0,38})/([A-Za-z0-9][\w.-]{1,99})(?![\w/])")

#: a phrase led by a determiner or pronoun is not a name
STOPNAME = re.compile(r"^(?:a|an|the|our|my|his|her|their|new|several|multiple|various|"
                      r"this|that|these|it|end|in|on|internal|I|we)\b", re.I)


@dataclass(frozen=True)
class ProjectHit:
    """A project the person contributed to: name, aliases, evidence span, dates, open-source."""

    name: str
    start: int
    end: int
    aliases: tuple[str, ...] = ()
    date_start: str | None = None
    date_end: str | None = None
    open_source: bool = False
    confidence: float = 0.7


def coined(name: str) -> bool:
    """A made-up product name: internal capitals (eGo), caps with a hyphen or digit, a repo."""
    return bool(re.search(r"[a-z][A-Z]|^[A-Z]{2,}[-\d]|[A-Z]-[A-Z]|/", name)) or bool(
        re.fullmatch(r"[a-z0-9]+(?:[-_.][a-z0-9]+)+", name))


def name_ok(name: str) -> bool:
    """A plausible project name: short, has a letter, not a number or a determiner phrase."""
    if not name or len(name) > 60 or STOPNAME.match(name) or not re.search(r"[A-Za-z]", name):
        return False
    return not re.fullmatch(r"\d+[\w.%+]*", name)


def canonical_name(raw: str) -> tuple[str, tuple[str, ...]]:
    """(name, aliases) of a project as written: repo part of owner/repo, acronym in parentheses,
    model-size suffix ("Widgetron-7B" -> "Widgetron"), the vocabulary's canonical name."""
    name = clean_markup(raw).strip(" '\"‘’“”*`.,;:")
    aliases: list[str] = []
    m = re.fullmatch(r"(.+?)\s*\(([A-Za-z][\w-]{1,15})\)", name)
    if m:
        name, acro = m.group(1).strip(), m.group(2)
        aliases.append(acro)
    m = REPO.fullmatch(name)
    if m:
        aliases.append(f"{m.group(1)}/{m.group(2)}")
        name = m.group(2)
    m = re.fullmatch(r"([A-Za-z][\w]*?)-\d+(?:\.\d+)?[BMK]", name)
    if m:
        aliases.append(name)
        name = m.group(1)
    known = next((k for k in map(lookup_skill, (name, *aliases)) if k), None)
    if known and not known.exact and norm_name(known.canonical) + "s" == norm_name(name):
        known = None  # "Darts" is a name of its own, not the plural of a language
    if known and norm_name(known.canonical) != norm_name(name):
        aliases.append(name)
        name = known.canonical
    return name, tuple(dict.fromkeys(a for a in aliases if a != name))
