"""Projects named in bullets and sentences, by the role the person states.

"creator of X", "core contributor to X and Y", "maintainer for owner/repo", "upstreaming ... to X,
Y", "Developed X - a ...", "Created X using ...", "released the 'X' dataset", "worked as an X
developer", "collaborated on X tool development", "X, an open-source library ..." and list items
"x: open-source library for ... (creator)". `sentence_hits` gives the hits of one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.context import Line
from extract.resume.common import clean_markup, is_bullet, known_org, strip_bullet
from extract.resume.projectnames import STOPNAME, ProjectHit, canonical_name, coined, name_ok
from extract.resume.projectverbs import verb_hits
from extract.skillmatch import lookup_skill

__all__ = ["sentence_hits"]

#: a proper name: capitalized or mixed-case words (a lower-case joiner allowed inside)
_PROPER = r"(?:[A-Z0-9][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*)(?:\s+(?:[A-Z0-9][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*)){0,5}"
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
    # "Released the 'Nearly Dataset' dataset", "Open-sourced the “X” library", "Built "Tidewater", an
    # internal toolkit"
    (re.compile(r"\b(?:released|published|open[- ]sourced|launched|built|developed|created|designed|"
                r"wrote|shipped|architected|co-developed|co-created)\s+(?:the\s+|a\s+|an\s+)?"
                r"(?P<oss>)['\"‘“](?P<names>[^'\"’”]{2,60})['\"’”]", re.I), False, False),
    # "Delivered ... *widget-kit*": an emphasized package name after a build verb
    (re.compile(rf"\b{_BUILD}\b[^*`]{{0,60}}?(?P<oss>)[*`](?P<names>[a-z0-9]+(?:[-_.][a-z0-9]+)+)[*`]"),
     False, False),
    # "shipped the *Glow* neural filter", "co-developed the Night Owl capture mode": a named
    # feature or product the line says the person built (its kind in lower case after the name)
    (re.compile(r"\b(?:co-?)?(?i:developed|built|created|designed|launched|shipped|delivered|"
                r"architected|implemented|released)\s+the\s+(?P<oss>)(?P<names>\*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\*|"
                r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:[a-z][\w-]*\s+){0,2}(?:mode|feature|filter|app|"
                r"tool|toolkit|platform|system|service|product|pipeline|engine|plugin|extension|"
                r"dashboard|portal|library|assistant|bot|network)\b"), False, False),
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
    # "Led the rebuild of the Widget Editor", "owned the redesign of Gadget Hub"
    (re.compile(r"\b(?i:led|owned|drove|ran|headed)\s+(?:the\s+)?(?i:re-?build|rewrite|redesign|"
                r"re-?architecture|development|launch|migration)\s+of\s+(?:the\s+)?(?P<oss>)"
                rf"(?P<names>{_PROPER})(?=\s+(?:that|which|for|to|from|used|in|on|at|with)\b|\s*[,.;:(]|\s*$)"),
     False, False),
    # "Developed Widgetron - a simulation engine", "Created WIDGET-AID using Assistant X"
    (re.compile(rf"\b{_BUILD}\s+(?:the\s+)?(?P<oss>)(?P<names>{_PROPER})"
                r"(?=\s+[-–—]\s+an?\b|,\s+an?\b|\s+\(an?\b|\s+using\b|\s+for\b|\s+to\b|\s+with\b|"
                r"\s+which\b|\s+that\b|\s*$|\s*[.;:])"), False, True),
]

def _names(text: str, start: int, raw: str, many: bool, loose: bool = False
           ) -> Iterator[tuple[str, int, int]]:
    """Names in a captured list ("vLLM, PyTorch XLA and other ...") with absolute spans."""
    raw = re.split(r"\s+(?:for|by|with|using|which|that|to|in|at|from|focusing|allowing|"
                   r"achiev\w*|lead\w*|helping|serving|resulting)\b|\s+[-–—]\s+|[.;:]\s|[.;:]$|"
                   r",\s+(?:an?|the|which|that|where|with)\s",
                   raw, maxsplit=1)[0]
    # "scikit-learn (docs and bug fixes)"; an acronym "(PEFT)" or a link target stays
    raw = re.sub(r"(?<!\])\s*\((?![A-Za-z][\w-]{1,15}\))[^()]*\)", "", raw)
    raw = re.sub(r"\s*\([^()]*$", "", raw)  # a note whose parenthesis closes on the next line
    parts = _LIST_SPLIT.split(raw) if many else [raw]
    pos = start
    for part in parts:
        part = _TAIL_NOISE.sub("", re.sub(r"^(?:the|an?|our|its)\s+", "", part.strip()))
        i = text.find(part, pos) if part else -1
        if i < 0:
            continue
        pos = i + len(part)
        bare = part.strip("*`'\"")
        if not name_ok(bare) or bare.lower().startswith(("other", "several", "many")):
            continue
        plain = clean_markup(bare)
        if not (bare[0].isupper() or coined(bare) or lookup_skill(bare) or (
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
    ("released", "published", "open-sourced", "open sourced", "launched", "built", "developed",
     "created", "designed", "wrote", "shipped", "architected"),
    ("*", "`"),
    ("developed", "built", "created", "designed", "launched", "shipped", "delivered", "architected",
     "implemented", "released"),
    (" as ",),
    (" on ",),
    ("api", "sdk", "service", "platform", "engine", "portal", "dashboard", "bot"),
    ("rebuild", "re-build", "rewrite", "redesign", "architecture", "development", "launch",
     "migration"),
    ("developed", "built", "created", "designed", "launched", "wrote", "delivered", "architected",
     "implemented", "shipped", "authored", "released"),
)


def _gate_index(gates: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], dict[str, frozenset[int]]]:
    """One scan for every gate word: a pattern finding, at each position, the longest gate word
    that starts there, and for each word the gates one of whose words it contains (a shorter word
    at the same position is a prefix of the longest, so its gates are counted too)."""
    words = sorted({w for gate in gates for w in gate}, key=lambda w: (-len(w), w))
    of = {w: frozenset(n for n, gate in enumerate(gates) if any(g in w for g in gate)) for w in words}
    return re.compile("(?=(" + "|".join(map(re.escape, words)) + "))"), of


_GATE_RX, _GATE_OF = _gate_index(_GATES)


def _open_gates(low: str) -> list[int]:
    """Indices of the patterns whose gate words occur in the lower-cased line, in order."""
    found: set[int] = set()
    for m in _GATE_RX.finditer(low):
        found |= _GATE_OF[m.group(1)]
    return sorted(found)


_OSS_LINE = re.compile(r"open[- ]source|\blibrar|\bframework|\brepositor|\bupstream|contributor|"
                       r"maintainer|committer", re.I)


def _line_hits(text: str, line: Line, bullet: bool) -> Iterator[ProjectHit]:
    """Projects named by the role the line states (`_PATTERNS`); `bullet`: the line is one."""
    todo = _open_gates(line.text.lower())
    if not todo:
        return
    body = strip_bullet(line.text) if bullet else line.text.strip()
    off = line.start + line.text.find(body) if body else line.start
    oss_line = bool(_OSS_LINE.search(body))
    for n in todo:
        rx, many, strict = _PATTERNS[n]
        for m in rx.finditer(body):
            for part, s, e in _names(text, off + m.start("names"), m.group("names"), many, n < 2):
                name, aliases = canonical_name(part)
                if not name_ok(name) or known_org(name):
                    continue
                if strict and not (coined(name) or re.match(_APPOSITIVE, text[e:line.end])):
                    continue
                if strict and lookup_skill(name):
                    continue  # "Developed LSTM models": a technology used, not a product
                if m.group(0).lower().startswith(("ported", "migrat")) and lookup_skill(name):
                    continue  # "ported the jobs to PySpark": moved onto a technology
                yield ProjectHit(name, s, e, aliases, confidence=0.75,
                                 open_source=bool(m.group("oss")) or oss_line or "/" in part
                                 or text[s - 1:s] in ("*", "`"))


_ARTEFACT = (r"(?:library|framework|package|toolkit|tool|plugin|extension|sdk|api|app|application|product|"
             r"platform|dataset|data set|corpus|treebank|benchmark|robot|engine|simulator|compiler|"
             r"database|service|bot|assistant|system|model)")
#: "tablediff, an open-source library for ...", "Marlin, the shelf-scanning robot ..."
_APPOSED = re.compile(rf"(?:^|\s)(?P<name>[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*){{0,3}}|[a-z][\w.+#-]*),\s+"
                      rf"(?:a|an|the|our|[A-Z][\w&.-]*['’]s)\s+(?P<oss>open[- ]source\s+)?(?:[\w-]+\s+){{0,3}}?"
                      rf"{_ARTEFACT}s?\b")
#: what every apposition needs (a cheap test before `_APPOSED`)
_APPOSED_HINT = re.compile(r",\s+(?:a|an|the|our|[A-Z][\w&.-]*['’]s)\s")
_WORK_VERB = re.compile(r"\b(?:lead|led|leading|built|build|building|created?|creating|develop\w*|"
                        r"maintain\w*|wrote|written|design\w*|releas\w*|launch\w*|own\w*|"
                        r"architect\w*|ship\w*|author\w*)\b", re.I)
#: "typadapt: open-source PyTorch library for ... (creator and maintainer)"
_DESCRIBED = re.compile(rf"^(?P<name>[A-Za-z][\w.+#-]*(?:\s+[A-Za-z][\w.+#-]*){{0,3}})\s*[:–—]\s+"
                        rf"(?P<desc>.*\b{_ARTEFACT}s?\b.*)$", re.I)
_CONTRIB = re.compile(r"open[- ]source|creator|author|maintainer|contributor|released|developed|"
                      r"built|wrote|created|published", re.I)


def _apposed(text: str, line: Line, bullet: bool) -> Iterator[ProjectHit]:
    """Named products introduced by an apposition, in a line that says the person built them."""
    if not _APPOSED_HINT.search(line.text):
        return
    body = strip_bullet(line.text) if bullet else line.text
    if "," not in body or not _WORK_VERB.search(body):
        return
    off = line.start + line.text.find(body)
    for m in _APPOSED.finditer(body):
        name = m.group("name")
        first, _, rest = name.partition(" ")
        if rest and (_WORK_VERB.fullmatch(first) or first.lower().endswith("ed")):
            name = rest  # "Built Payout Hub, an ...": the sentence's verb is not in the name
        if not (name[0].isupper() or coined(name) or re.fullmatch(r"[a-z][a-z0-9]{3,}", name)
                and m.group("oss")):
            continue
        if not name_ok(name) or known_org(name) or lookup_skill(name) or STOPNAME.match(name):
            continue
        s = off + m.end("name") - len(name)
        yield ProjectHit(name, s, s + len(name), confidence=0.7,
                         open_source=bool(m.group("oss")) or bool(re.search(
                             r"open[- ]source", body, re.I)))


#: "the reconciliation platform ("Ledgerline")", "the tax-filing product (Widget Tax)": a name
#: given in parentheses to the artefact the line says the person built, led or owned
_NAMED_ARTEFACT = re.compile(rf"\b{_ARTEFACT}s?\s+\((?P<q>[\"“]?)(?P<name>[A-Z][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*)"
                             r"{0,3})[\"”]?\)")


def _named_artefact(text: str, line: Line, bullet: bool) -> Iterator[ProjectHit]:
    if "(" not in line.text or not _WORK_VERB.search(line.text):
        return
    for m in _NAMED_ARTEFACT.finditer(line.text):
        name = m.group("name")
        if not m.group("q") and (re.fullmatch(r"[A-Z0-9]{2,6}s?", name) or " " not in name
                                 and not coined(name)):
            continue  # "(CMS)", "(Kotlin)": an acronym or a technology, not a product name
        if not name_ok(name) or known_org(name) or lookup_skill(name):
            continue
        s = line.start + m.start("name")
        yield ProjectHit(name, s, s + len(name), confidence=0.7)


def _described(text: str, line: Line, bullet: bool) -> Iterator[ProjectHit]:
    """List items "name: what it is" naming an artefact the person made or released."""
    body = strip_bullet(line.text) if bullet else ""
    m = _DESCRIBED.match(body) if ":" in body or "–" in body or "—" in body else None
    if not m or not _CONTRIB.search(m.group("desc")):
        return
    name = m.group("name")
    if not name_ok(name) or known_org(name) or re.search(r"\b(?:skills?|tools?|languages?|"
                                                          r"frameworks?|technolog\w+)\b", name, re.I):
        return
    s = line.start + line.text.find(body)
    yield ProjectHit(name, s, s + len(name), confidence=0.7,
                     open_source=bool(re.search(r"open[- ]source", body, re.I)))


def sentence_hits(text: str, line: Line) -> Iterator[ProjectHit]:
    """Projects the line names with a stated role, an apposition or a "name: description" item."""
    bullet = is_bullet(line.text)
    yield from _line_hits(text, line, bullet)
    yield from _apposed(text, line, bullet)
    yield from _described(text, line, bullet)
    yield from _named_artefact(text, line, bullet)
    yield from verb_hits(text, line)
