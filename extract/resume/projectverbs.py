"""More projects named by what the person did with them, one line at a time:

- a programme, scheme or product relaunched, launched, rebuilt or led ("Relaunched the Tidewell
  Perks programme in 2021": dated by a year right after it, as its end);
- the named work a lead role was for ("Design lead for Harbourside Stand replacement");
- a quoted name of a built thing ('the "Kite Two" e-scooter'), its kind maybe on the next line;
- a quoted name after a tool that built it ('Built the Tableau "Dock Radar" dashboard').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.context import Line
from extract.resume.common import is_bullet, known_org, strip_bullet
from extract.resume.projectnames import ProjectHit, name_ok

_LED = re.compile(
    r"\b(?i:re-?launched|launched|rebuilt|redesigned|ran|led)\s+the\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?i:programme|program|scheme|initiative|"
    r"dashboard|app|platform|portal)\b(?:\s+in\s+(?P<year>(?:19|20)\d{2})\b)?")
_TOOL_QUOTED = re.compile(
    r"\b(?i:built|created|designed|developed|launched|delivered)\s+(?i:the|an?)\s+"
    r"(?:[A-Z][\w.+-]*\s+){1,3}[\"“](?P<name>[A-Z][^\"”]{1,40})[\"”]\s+(?:[a-z][\w-]*\s+)?"
    r"(?i:dashboards?|apps?|tools?|reports?|models?|systems?|platforms?|services?|libraries|"
    r"library|bots?|portals?)\b")
#: "Design lead for Harbourside Stand replacement", "Lead designer for the Ferry App": the named
#: work a lead role was for (not an organisation: a client is no project)
_LEAD_FOR = re.compile(
    r"^(?:(?i:design|technical|project|engineering)\s+lead|(?i:lead)\s+(?i:engineer|designer|"
    r"architect|developer))\s+(?i:for|on)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4})"
    r"(?=\s+[a-z]|\s*[;,.(]|\s*$)")
_ORGISH = re.compile(r"\b(?:Ministry|Council|Department|Agency|Authority|Ltd|Inc|LLC|GmbH|Corporation|"
                     r"Company|Group|Bank|University|College|School|Hospital|Government|Team)\b")
#: 'the "Kite Two" e-scooter': a quoted name of a built thing (a vehicle, device or app)
_QUOTED_THING = re.compile(r"\bthe\s+[\"“](?P<name>[A-Z][^\"”]{1,30})[\"”](?P<after>\s+.*|\s*$)")
_THING = re.compile(r"^\s*(?:[\w-]+\s+)?(?:e-scooters?|scooters?|vehicles?|cars?|trucks?|buses|bus|"
                    r"e-bikes?|bikes?|three-wheelers?|robots?|drones?|devices?|handsets?|consoles?|"
                    r"satellites?|rockets?|apps?|wearables?|headsets?)\b", re.I)
_GATE = ("lead", "aunch", "built", "rebuilt", "redesign", "ran ", "led ", "created", "designed",
         "developed", "delivered")


def verb_hits(text: str, line: Line) -> Iterator[ProjectHit]:
    """Projects `line` names by a launch/lead verb or a quoted name after its tool."""
    if '"' in line.text or "“" in line.text:
        for m in _QUOTED_THING.finditer(line.text):
            after = m["after"] if m["after"].strip() else text[line.end:line.end + 40]
            if _THING.match(after) and name_ok(m["name"]):
                s = line.start + m.start("name")
                yield ProjectHit(m["name"], s, s + len(m["name"]), (), confidence=0.65)
    low = line.text.lower()
    if not any(g in low for g in _GATE):
        return
    body = strip_bullet(line.text) if is_bullet(line.text) else line.text.strip()
    lead = _LEAD_FOR.match(body)
    if lead and not _ORGISH.search(lead["name"]) and not known_org(lead["name"]):
        s = line.start + line.text.find(body) + lead.start("name")
        yield ProjectHit(lead["name"], s, s + len(lead["name"]), (), confidence=0.65)
    for pat in (_LED, _TOOL_QUOTED):
        for m in pat.finditer(line.text):
            name = m.group("name").strip()
            if not name_ok(name):
                continue
            year = m.groupdict().get("year")
            s = line.start + m.start("name")
            yield ProjectHit(name, s, s + len(name), (), None, year, confidence=0.7)
