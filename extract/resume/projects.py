"""contributed-to: named open-source projects and products the resume subject built or worked on.

Found in bullets and sentences by the role the person states ("creator of X", "core contributor
to X and Y", "maintainer for owner/repo", "upstreaming ... to X, Y", "Developed X - a ...",
"Created X using ...", "released the 'X' dataset", "worked as an X developer", "collaborated on
X tool development"), and from Projects-section headings that name a product or a repository
(an owner/repo, a URL, "Open-Source", a coined name such as `FLU-TRACK`); research and course
project headings ("Noise Reduction in Sensor Arrays") are not projects. A project block is
dated by its own date line. Open-source projects are also technologies the person used: the
skills extractor makes the same Project entity the object of used-skill.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.context import DocContext, Line, Section, iter_lines
from extract.registry import register
from extract.resume.common import clean_markup, is_bullet, known_org, make_fact, strip_bullet
from extract.skillmatch import lookup_skill
from ontology import EntityType, Fact, Mention, Predicate, norm_name

__all__ = ["ProjectHit", "find_projects", "extract_projects", "NAME"]

NAME = "resume.projects.v1"

SKIP_SECTIONS = frozenset({"education", "courses", "interests", "skills", "awards", "patents",
                           "certifications", "references", "contact", "languages"})

#: a proper name: capitalized or mixed-case words (a lower-case joiner allowed inside)
_PROPER = r"(?:[A-Z0-9][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*)(?:\s+(?:[A-Z0-9][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*)){0,5}"
_REPO = re.compile(r"(?<![\w/.])(?:https?://)?(?:github\.com/|gitlab\.com/)?"
                   r"([A-Za-z0-9][\w.-]{0,38})/([A-Za-z0-9][\w.-]{1,99})(?![\w/])")
_KIND = (r"(?:open[- ]source\s+)?(?:library|framework|package|toolkit|tool|project|repository|repo|"
         r"sdk|api|platform|dataset|model|plugin|extension|engine|system|app|application|service)")
_LIST_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bas well as\b)\s*")
_TAIL_NOISE = re.compile(r"\s+(?:open[- ]source\s+)?(?:client\s+)?(?:librar(?:y|ies)|frameworks?|"
                         r"packages?|toolkit|sdk|client|"
                         r"tool development|tool|projects?|repositor(?:y|ies)|repos?|codebase|"
                         r"code base|development|plugin|extension)$", re.I)

_BUILD = (r"(?i:developed|built|created|designed|launched|wrote|delivered|architected|"
          r"implemented|shipped|authored|released)")
_APPOSITIVE = r"(?=\s+[-–—]\s+an?\b|,\s+an?\b|\s+\(an?\b)"

#: (pattern, the capture may list several names, the name must be coined or described)
_PATTERNS: list[tuple[re.Pattern[str], bool, bool]] = [
    # "Creator and lead maintainer of the open-source library Widgetry (WGT)"
    (re.compile(rf"\b(?:co-?)?(?:creator|author|founder|maintainer|inventor)\b(?:\s+and\s+(?:core\s+|"
                rf"lead\s+|main\s+)?(?:contributor|maintainer|developer))?\s+(?:of|for)\s+(?:the\s+)?"
                rf"(?P<oss>open[- ]source\s+)?(?:{_KIND}\s+)?(?P<names>.+)", re.I), True, False),
    # "Active contributor to the Gizmo library and the Sprocket CLI"
    (re.compile(r"\b(?:core\s+|active\s+|lead\s+|main\s+|major\s+|open[- ]source\s+)?"
                r"(?:contributor|committer|maintainer)s?\s+(?:to|of|for|on)\s+(?:the\s+)?"
                rf"(?P<oss>open[- ]source\s+)?(?:{_KIND}\s+)?(?P<names>.+)", re.I), True, False),
    # "Upstreamed several fixes and features to Gizmo, Sprocket and other ..."
    (re.compile(r"\b(?:upstream(?:ed|ing)?|contribut(?:ed|ing)|ported|merged)\b[^.;]{0,80}?\s+"
                r"(?:to|into)\s+(?:the\s+)?(?P<oss>open[- ]source\s+)?(?P<names>.+)", re.I), True,
     False),
    # "Contributed to the inference code of Widgetron-7B"
    (re.compile(r"\bcontribut\w*\s+(?:to|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:codebase|code base|"
                r"code|source code|repository|repo|development|implementation)\s+(?:of|for)\s+"
                r"(?:the\s+)?(?P<oss>)(?P<names>.+)", re.I), False, False),
    # "Lead maintainer for the owner/repo repository", "Open-sourced a tool in owner/repo"
    (re.compile(r"\b(?:open[- ]sourced|maintain(?:ed|ing|er))\b.*?\b(?:in|for|at|as|of)\s+(?P<oss>)"
                r"(?P<names>[\w.-]+/[\w.-]+)", re.I), False, False),
    # "Released the 'Nearly Dataset' dataset", "Open-sourced the “X” library"
    (re.compile(r"\b(?:released|published|open[- ]sourced|launched)\s+(?:the\s+|a\s+|an\s+)?"
                r"(?P<oss>)['\"‘“](?P<names>[^'\"’”]{2,60})['\"’”]", re.I), False, False),
    # "Delivered ... *widget-kit*": an emphasized package name after a build verb
    (re.compile(rf"\b{_BUILD}\b[^*`]{{0,60}}?(?P<oss>)[*`](?P<names>[a-z0-9]+(?:[-_.][a-z0-9]+)+)[*`]"),
     False, False),
    # "Worked as a Widget Studio developer"
    (re.compile(rf"\bas\s+(?:an?|the)\s+(?P<oss>)(?P<names>{_PROPER})\s+(?:developer|contributor|"
                r"maintainer|committer)\b"), False, False),
    # "Collaborated on Widget Search Connector tool development"
    (re.compile(rf"\b(?i:collaborated|worked|contributed)\s+(?i:on)\s+(?:the\s+)?(?P<oss>)"
                rf"(?P<names>{_PROPER})\s+(?:tool|system|platform|app|application|service|product|"
                r"library|framework|sdk|api)\b"), False, False),
    # "Optimized the Team's Offline Widget API", "Personalization of the Widget Builder API"
    (re.compile(r"\b(?i:built|developed|created|designed|optimi[sz]ed|maintained|owned|scaled|"
                r"improved|refactored|launched|shipped|rewrote|(?:personali[sz]ation|optimi[sz]ation|"
                r"development|redesign)\s+of)\s+(?:the\s+)?(?:[A-Z][\w ]{0,40}?['’]s\s+)?(?P<oss>)"
                r"(?P<names>(?:[A-Z][\w-]*\s+){1,5}(?:API|SDK|Service|Platform|Engine|Portal|"
                r"Dashboard|Bot))\b"), False, False),
    # "Developed Widgetron - a simulation engine", "Created WIDGET-AID using Assistant X"
    (re.compile(rf"\b{_BUILD}\s+(?:the\s+)?(?P<oss>)(?P<names>{_PROPER})"
                r"(?=\s+[-–—]\s+an?\b|,\s+an?\b|\s+\(an?\b|\s+using\b|\s+for\b|\s+to\b|\s+with\b|"
                r"\s+which\b|\s+that\b|\s*$|\s*[.;:])"), False, True),
]

#: headings of research or course work, never products ("... for GPT2", "Track 1 Challenge")
_RESEARCHY = re.compile(r"\b(?:for|of|in|on|using|with|via|to|from|by|towards?|based|"
                        r"challenge|competition|hackathon|thesis|study|analysis|survey|estimation|"
                        r"prediction|detection|classification|recognition|identification|"
                        r"correction|optimization|summarization|generation|tutoring)\b", re.I)
_STOPNAME = re.compile(r"^(?:a|an|the|our|my|his|her|their|new|several|multiple|various|"
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


def _coined(name: str) -> bool:
    """A made-up product name: internal capitals (eGo), caps with a hyphen or digit, a repo."""
    return bool(re.search(r"[a-z][A-Z]|^[A-Z]{2,}[-\d]|[A-Z]-[A-Z]|/", name)) or bool(
        re.fullmatch(r"[a-z0-9]+(?:[-_.][a-z0-9]+)+", name))


def _name_ok(name: str) -> bool:
    if not name or len(name) > 60 or _STOPNAME.match(name) or not re.search(r"[A-Za-z]", name):
        return False
    return not re.fullmatch(r"\d+[\w.%+]*", name)


def _canonical(raw: str) -> tuple[str, tuple[str, ...]]:
    """(name, aliases) of a project as written: repo part of owner/repo, acronym in parentheses,
    model-size suffix ("Widgetron-7B" -> "Widgetron"), the vocabulary's canonical name."""
    name = clean_markup(raw).strip(" '\"‘’“”*`.,;:")
    aliases: list[str] = []
    m = re.fullmatch(r"(.+?)\s*\(([A-Za-z][\w-]{1,15})\)", name)
    if m:
        name, acro = m.group(1).strip(), m.group(2)
        aliases.append(acro)
    m = _REPO.fullmatch(name)
    if m:
        aliases.append(f"{m.group(1)}/{m.group(2)}")
        name = m.group(2)
    m = re.fullmatch(r"([A-Za-z][\w]*?)-\d+(?:\.\d+)?[BMK]", name)
    if m:
        aliases.append(name)
        name = m.group(1)
    known = next((k for k in map(lookup_skill, (name, *aliases)) if k), None)
    if known and norm_name(known.canonical) != norm_name(name):
        aliases.append(name)
        name = known.canonical
    return name, tuple(dict.fromkeys(a for a in aliases if a != name))


def _names(text: str, start: int, raw: str, many: bool, loose: bool = False
           ) -> Iterator[tuple[str, int, int]]:
    """Names in a captured list ("vLLM, PyTorch XLA and other ...") with absolute spans."""
    raw = re.split(r"\s+(?:for|by|with|using|which|that|to|in|at|from|focusing|allowing|"
                   r"achiev\w*|lead\w*|helping|serving|resulting)\b|\s+[-–—]\s+|[.;:]\s|[.;:]$|"
                   r",\s+(?:an?|the|which|that|where|with)\s",
                   raw, maxsplit=1)[0]
    # "scikit-learn (docs and bug fixes)"; an acronym "(PEFT)" or a link target stays
    raw = re.sub(r"(?<!\])\s*\((?![A-Za-z][\w-]{1,15}\))[^()]*\)", "", raw)
    parts = _LIST_SPLIT.split(raw) if many else [raw]
    pos = start
    for part in parts:
        part = _TAIL_NOISE.sub("", re.sub(r"^(?:the|an?|our|its)\s+", "", part.strip()))
        i = text.find(part, pos) if part else -1
        if i < 0:
            continue
        pos = i + len(part)
        bare = part.strip("*`'\"")
        if not _name_ok(bare) or bare.lower().startswith(("other", "several", "many")):
            continue
        plain = clean_markup(bare)
        if not (bare[0].isupper() or _coined(bare) or lookup_skill(bare) or (
                loose and re.fullmatch(r"[a-z][a-z0-9_.-]{2,30}", plain))):
            continue
        yield part, i, i + len(part)


#: words one of which each pattern needs (lower case): a cheap test before each regex
_GATES: tuple[tuple[str, ...], ...] = (
    ("creator", "author", "founder", "maintainer", "inventor"),
    ("contributor", "committer", "maintainer"),
    ("upstream", "contribut", "ported", "merged"),
    ("contribut",),
    ("open-sourced", "open sourced", "maintain"),
    ("released", "published", "open-sourced", "open sourced", "launched"),
    ("*", "`"),
    (" as ",),
    (" on ",),
    ("api", "sdk", "service", "platform", "engine", "portal", "dashboard", "bot"),
    ("developed", "built", "created", "designed", "launched", "wrote", "delivered", "architected",
     "implemented", "shipped", "authored", "released"),
)
_OSS_LINE = re.compile(r"open[- ]source|\blibrar|\bframework|\brepositor|\bupstream|contributor|"
                       r"maintainer|committer", re.I)


def _line_hits(text: str, line: Line) -> Iterator[ProjectHit]:
    low = line.text.lower()
    todo = [n for n, gate in enumerate(_GATES) if any(g in low for g in gate)]
    if not todo:
        return
    body = strip_bullet(line.text) if is_bullet(line.text) else line.text.strip()
    off = line.start + line.text.find(body) if body else line.start
    oss_line = bool(_OSS_LINE.search(body))
    for n in todo:
        rx, many, strict = _PATTERNS[n]
        for m in rx.finditer(body):
            for part, s, e in _names(text, off + m.start("names"), m.group("names"), many, n < 2):
                name, aliases = _canonical(part)
                if not _name_ok(name) or known_org(name):
                    continue
                if strict and not (_coined(name) or re.match(_APPOSITIVE, text[e:line.end])):
                    continue
                if strict and lookup_skill(name):
                    continue  # "Developed LSTM models": a technology used, not a product
                yield ProjectHit(name, s, e, aliases, confidence=0.75,
                                 open_source=bool(m.group("oss")) or oss_line or "/" in part
                                 or text[s - 1:s] in ("*", "`"))


_NAMED_ITEM = re.compile(r"^(?P<name>(?:[A-Z][\w-]*\s+){1,5}[A-Z][\w-]*)\s*\((?P<acr>[A-Z]{2,6})\)\s*:")
_PRODUCTS = re.compile(r"\b(?:products?|systems?|applications?|apps|tools?|services?|platforms?)\b",
                       re.I)


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())


_ARTEFACT = (r"(?:library|framework|package|toolkit|tool|plugin|extension|sdk|api|app|application|"
             r"platform|dataset|data set|corpus|treebank|benchmark|robot|engine|simulator|compiler|"
             r"database|service|bot|assistant|system|model)")
#: "tablediff, an open-source library for ...", "Marlin, the shelf-scanning robot ..."
_APPOSED = re.compile(rf"(?:^|\s)(?P<name>[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*){{0,3}}|[a-z][\w.+#-]*),\s+"
                      rf"(?:a|an|the|our)\s+(?P<oss>open[- ]source\s+)?(?:[\w-]+\s+){{0,3}}?"
                      rf"{_ARTEFACT}s?\b")
_WORK_VERB = re.compile(r"\b(?:lead|led|leading|built|build|building|created?|creating|develop\w*|"
                        r"maintain\w*|wrote|written|design\w*|releas\w*|launch\w*|own\w*|"
                        r"architect\w*|ship\w*|author\w*)\b", re.I)
#: "typadapt: open-source PyTorch library for ... (creator and maintainer)"
_DESCRIBED = re.compile(rf"^(?P<name>[A-Za-z][\w.+#-]*(?:\s+[A-Za-z][\w.+#-]*){{0,3}})\s*[:–—]\s+"
                        rf"(?P<desc>.*\b{_ARTEFACT}s?\b.*)$", re.I)
_CONTRIB = re.compile(r"open[- ]source|creator|author|maintainer|contributor|released|developed|"
                      r"built|wrote|created|published", re.I)


def _apposed(text: str, line: Line) -> Iterator[ProjectHit]:
    """Named products introduced by an apposition, in a line that says the person built them."""
    body = strip_bullet(line.text) if is_bullet(line.text) else line.text
    if "," not in body or not _WORK_VERB.search(body):
        return
    off = line.start + line.text.find(body)
    for m in _APPOSED.finditer(body):
        name = m.group("name")
        first, _, rest = name.partition(" ")
        if rest and (_WORK_VERB.fullmatch(first) or first.lower().endswith("ed")):
            name = rest  # "Built Payout Hub, an ...": the sentence's verb is not in the name
        if not (name[0].isupper() or _coined(name) or re.fullmatch(r"[a-z][a-z0-9]{3,}", name)
                and m.group("oss")):
            continue
        if not _name_ok(name) or known_org(name) or lookup_skill(name) or _STOPNAME.match(name):
            continue
        s = off + m.end("name") - len(name)
        yield ProjectHit(name, s, s + len(name), confidence=0.7,
                         open_source=bool(m.group("oss")) or bool(re.search(
                             r"open[- ]source", body, re.I)))


def _described(text: str, line: Line) -> Iterator[ProjectHit]:
    """List items "name: what it is" naming an artefact the person made or released."""
    body = strip_bullet(line.text) if is_bullet(line.text) else ""
    m = _DESCRIBED.match(body) if ":" in body or "–" in body or "—" in body else None
    if not m or not _CONTRIB.search(m.group("desc")):
        return
    name = m.group("name")
    if not _name_ok(name) or known_org(name) or re.search(r"\b(?:skills?|tools?|languages?|"
                                                          r"frameworks?|technolog\w+)\b", name, re.I):
        return
    s = line.start + line.text.find(body)
    yield ProjectHit(name, s, s + len(name), confidence=0.7,
                     open_source=bool(re.search(r"open[- ]source", body, re.I)))


def _listed_products(lines: list[Line]) -> Iterator[ProjectHit]:
    """Items "Name (ACR): what it does" listed under a line that announces products/systems."""
    for n, line in enumerate(lines):
        body = strip_bullet(line.text) if is_bullet(line.text) else ""
        m = _NAMED_ITEM.match(body)
        if not m or "".join(w[0] for w in m.group("name").split()).upper() != m.group("acr"):
            continue
        parent = next((ln for ln in reversed(lines[:n]) if ln.stripped and
                       _indent(ln) < _indent(line)), None)
        if parent is None or not _PRODUCTS.search(parent.text):
            continue
        s = line.start + line.text.find(body)
        yield ProjectHit(m.group("name"), s, s + m.end("name"), (m.group("acr"),), confidence=0.7)


def _block_hits(lines: list[Line]) -> Iterator[ProjectHit]:
    """Projects-section headings that name a product or a repository, dated by their block."""
    from extract.dates import strip_dates

    for n, line in enumerate(lines):
        raw = line.text.strip()
        if not raw or is_bullet(line.text):
            continue
        head, ranges = strip_dates(clean_markup(raw))
        head = re.split(r"\s+[-–—|:]\s+|\s*[|(]\s*", head.strip(" |-–—,"))[0].strip()
        if not head or len(head.split()) > 10:
            continue
        block = lines[n + 1:]
        stop = next((k for k, ln in enumerate(block) if ln.text.strip() and not is_bullet(
            ln.text) and not strip_dates(clean_markup(ln.text))[1]), len(block))
        block = block[:stop]
        dated = ranges + [r for ln in block[:3] for r in strip_dates(clean_markup(ln.text))[1]]
        if not ranges and not any(is_bullet(ln.text) for ln in block):
            continue
        repo = sorted({m.group(0) for ln in block for m in _REPO.finditer(ln.text)
                       if not m.group(0).startswith("http")})
        oss = bool(re.search(r"open[- ]source|github|gitlab", head, re.I))
        if oss and len(repo) == 1:
            name, aliases = _canonical(repo[0])
            aliases = aliases + (head,)
        elif _REPO.search(head) or oss or _coined_head(head) or _product_head(head):
            name, aliases = _canonical(re.sub(r"\s*\bopen[- ]source\b\s*", " ", head).strip())
        else:
            continue
        i = line.text.find(head)
        s, e = (line.start + i, line.start + i + len(head)) if i >= 0 else (
            line.start + line.text.find(raw), line.start + line.text.find(raw) + len(raw))
        d = next((r for r in dated if r.end), dated[0] if dated else None)
        yield ProjectHit(name, s, e, aliases, d.start if d else None,
                         d.end if d else None, open_source=oss, confidence=0.8)


def _coined_head(head: str) -> bool:
    """A heading that is a coined name, alone or followed by capitalized words only."""
    first, *rest = head.split()
    return _coined(first) and not _RESEARCHY.search(head) and all(
        w[:1].isupper() or w[:1].isdigit() for w in rest)


def _product_head(head: str) -> bool:
    """A heading led by a known product/platform and made of names only ("X Dialog Runtime")."""
    if _RESEARCHY.search(head) or not re.fullmatch(r"(?:[A-Z][\w.+#-]*\s*){2,6}", head):
        return False
    words = head.split()
    return any(lookup_skill(" ".join(words[:k])) for k in range(1, len(words)))


def find_projects(ctx: DocContext) -> list[ProjectHit]:
    """One hit per project (merged by normalized name and alias), dated hits preferred."""
    return list(_find_projects(ctx.text, ctx.sections))


@lru_cache(maxsize=4)
def _find_projects(text: str, sections: tuple[Section, ...]) -> tuple[ProjectHit, ...]:
    """find_projects as a pure function of the text and its sections (memoized: the skills and
    projects extractors both ask)."""
    hits: list[ProjectHit] = []
    for sec in sections:
        if sec.name in SKIP_SECTIONS:
            continue
        lines = list(iter_lines(text, sec.start, sec.end))
        if sec.name == "projects":
            hits += _block_hits(lines)
        hits += _listed_products(lines)
        for line in lines:
            hits += _line_hits(text, line)
            hits += _apposed(text, line)
            hits += _described(text, line)
    merged: dict[str, ProjectHit] = {}
    keys: dict[str, str] = {}
    for h in hits:
        names = [norm_name(n) for n in (h.name, *h.aliases)]
        key = next((keys[n] for n in names if n in keys), names[0])
        old = merged.get(key)
        if old is None:
            merged[key] = h
        else:
            merged[key] = replace(old, aliases=tuple(dict.fromkeys(
                old.aliases + h.aliases + ((h.name,) if h.name != old.name else ()))),
                date_start=old.date_start or h.date_start, date_end=old.date_end or h.date_end,
                open_source=old.open_source or h.open_source)
        for n in names:
            keys.setdefault(n, key)
    return tuple(sorted(merged.values(), key=lambda h: (h.start, h.name)))


@register(NAME, kinds=("resume",))
def extract_projects(ctx: DocContext) -> list[Fact]:
    """contributed-to facts of the resume subject."""
    facts = []
    for h in find_projects(ctx):
        obj = Mention(type=EntityType.PROJECT, name=h.name,
                      attrs={"open_source": "true"} if h.open_source else {})
        facts.append(make_fact(ctx, Predicate.CONTRIBUTED_TO, obj, (h.start, h.end), NAME,
                               h.confidence, start=h.date_start, end=h.date_end))
    return facts
