"""received-award from resumes ("resume.awards.v1").

One received-award per instance ("Winner of X Awards for A (2021), B (2015)" gives two, title =
what it was for, start = year), "Best Paper Award, ACL 2021" lines of an awards section, and
prizes won in hackathons or competitions anywhere in the resume; exam ranks are not awards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.context import DocContext
from extract.registry import register
from extract.resume.awardevents import event_win
from extract.resume.bibliography import work_context
from extract.resume.common import clean_markup, is_bullet, make_fact, strip_bullet
from extract.resume.entries import YEAR as _YEAR
from extract.resume.entries import entries
from ontology import EntityType, Fact, Mention, Predicate

__all__ = ["extract_awards", "AWD"]

AWD = "resume.awards.v1"

_AWARD_WORD = r"(?:awards?|prizes?|medals?|fellowships?|scholarships?|honou?rs?|trophy|trophies)"
#: "Winner of Innovation Awards for A (2021), B (2015)" / "Received the X Award (2019)"
_WON = re.compile(rf"\b(?:winner\s+of|won|received|awarded|recipient\s+of|honou?red\s+with|"
                  rf"earned|bagged|secured|conferred)\s+(?:the\s+|an?\s+|\d+\s+|two\s+|three\s+)?"
                  rf"(?P<name>(?:[A-Z][\w'’&.-]*\s+){{0,6}}{_AWARD_WORD})\b", re.I)
#: "Won the first prize in the X hackathon (in 2023)"; in an awards section the verb may be left out
_PRIZE_CORE = (r"(?:the\s+|a\s+)?(?P<name>(?:first|second|third|1st|2nd|3rd|grand|top|best)\s+"
               r"(?:prize|place|position|rank)|(?:gold|silver|bronze)\s+medal|runner[- ]?up)\s+"
               r"(?:in|at|of|for)\s+(?:the\s+|a\s+|an\s+)?(?P<event>[^,.;()]{3,80}?(?:hackathon|"
               r"competition|challenge|contest|olympiad|championship|ideathon|datathon|cup|cook-?off|"
               r"jam)s?)\b")
_PRIZE = re.compile(r"\b(?:won|winner\s+of|winning|secured|bagged|awarded|received|got)\s+"
                    + _PRIZE_CORE, re.I)
#: a word _PRIZE or _WON needs (a cheap test before them on every line of a resume)
_WIN_WORDS = ("won", "winn", "secured", "bagged", "awarded", "received", "got", "recipient",
              "honor", "honour", "earned", "conferred")
_PRIZE_NOUN = re.compile(r"\b" + _PRIZE_CORE, re.I)
_NOT_AWARD = re.compile(r"\b(?:all india rank|rank(?:ed)?\s+(?:#\s?)?\d|percentile|dean['’]?s['’]?\s+(?:honou?rs?\s+)?list(?!\s+(?:scholarship|award|prize|medal))|"
                        r"(?-i:AIR|JEE|GATE|SAT|GRE|CAT)|(?:semi-?)?finalists?|shortlisted|"
                        r"nominated(?!\s+by)|nominee|(?:summa\s+|magna\s+)?cum\s+laude)\b", re.I)
#: credentials and funding listed beside awards: certifications, licences, belts, grants,
#: fellowships ("AWS Certified ... – Associate", "Engineer in Training (EIT)", "Green Belt")
_NOT_HONOUR = re.compile(r"\b(?:certified|certifications?|certificates?|accredit\w*|licen[cs]e[ds]?|"
                         r"belt|in training|grants?|fellowships?|funding|funded)\b|[£$€]\s?\d", re.I)
_RANK_ONLY = re.compile(r"(?:(?:first|second|third|1st|2nd|3rd|grand|top)\s+(?:prize|place|position)"
                        r"(?:\s+overall)?|winner|winners|runner[- ]?up|finalist|top\s+(?:performer|"
                        r"seller|producer)s?|(?:gold|silver|bronze)\s+medal)", re.I)
#: a leading year column ("2018    Best Paper Award, UAI")
_LEAD_YEAR = re.compile(r"^\s*(?:FY\s?|Q[1-4]\s+)?(?:19|20)\d{2}(?:\s*[-–—]\s*(?:(?:19|20)?\d{2}|"
                        r"present))?\s*[:|,–—-]?\s+")
#: dates only: "Q3 2016 and Q2 2017", "2019, 2021", "FY2023"
_DATES_ONLY = re.compile(r"\s*(?:(?:Q[1-4]|H[12]|FY)?\s?(?:19|20)\d{2}\s*(?:,|and|&)?\s*)+\.?", re.I)
#: a line that ends one award item: a year or a date at its end ("— FY2023", "(2019)")
_ENDS_DATED = re.compile(r"(?:19|20)\d{2}\)?\s*\.?\s*(?:\([^()]*\)\s*)?$")
#: "for <Capitalized Field>" after an award's name, not a titled work with its year
_FOR_FIELD = re.compile(r"\s+for\s+((?:[A-Z][\w'’&-]*)(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’&-]*){0,4})"
                        r"(?=\s*(?:[,.;]|\s[-–—]\s|$))")
#: an award word right after a quoted name: the whole line part is the name ('X "Y" Award')
_AWARD_AFTER = re.compile(r"[\"”]\s+(?:Awards?|Prizes?|Medals?|Trophy)\b")  # capitalized: part of it
#: a training or fellowship heading: only its lines that name an honour are awards
_TRAINING_HEAD = re.compile(r"\b(?:training|courses?|fellowships?|workshops?)\b", re.I)
#: a word that names an honour ("Employee of the Quarter", "Achievement Medal", "Rising Stars")
_HONOUR_WORD = re.compile(r"\b(?:awards?|prizes?|medals?|ribbons?|trophy|trophies|cups?|"
                          r"commendations?|citations?|stars?|honou?rs?|recognitions?|"
                          r"(?:employee|associate|rookie|nurse|sailor|volunteer|player|salesperson|"
                          r"agent|manager|engineer|teacher)\s+of\s+the\s+(?:month|quarter|year)|"
                          r"(?-i:[A-Z]\w+\s+of\s+the\s+(?:Month|Quarter|Year)))\b", re.I)
#: a named honour in an experience bullet: "Employee of the Month, Aug '19", "Navy and Marine
#: Corps Achievement Medal (2019)", "Gold medal, *Kaggle competition* (2020)"
_BULLET_HONOUR = re.compile(r"\b(?:(?:employee|associate|rookie|nurse|sailor|volunteer|salesperson|"
                            r"agent|star|performer|engineer)\s+of\s+the\s+(?:month|quarter|year)|"
                            r"(?-i:[A-Z][\w&'’-]*)(?:\s+(?:(?:and|of|the|for)\s+)*(?-i:[A-Z][\w&'’-]*)){0,6}"
                            r"\s+(?:medal|ribbon|commendation))\b", re.I)
#: an achievements section (accomplishments with numbers, not honours)
_ACHIEVEMENTS = re.compile(r"\b(?:achievements?|accomplishments?|highlights?|impact)\b", re.I)
_HONOURS_HEAD = re.compile(r"\b(?:awards?|honou?rs?|recognitions?|decorations?|prizes?)\b", re.I)
#: the lead-in of a recognition list ("Named to Law360 ...", "Selected for ...")
_NAMED_TO = re.compile(r"^(?:named|selected|listed|inducted)\s+(?:to|for|into|in|as)\s+(?:the\s+)?|"
                       r"^(?:recipient of|received|awarded|winner of)\s+(?:the\s+)?", re.I)
#: a quoted award name inside an issuer's line: PepsiCo "Excellence Award", "Premio ..." Org
_QUOTED = re.compile(r"[\"“]([^\"”]{3,80})[\"”]")
#: a count note after a repeated award ("(x3)", "(3x)")
_COUNT = re.compile(r"\s*\((?:x\s?\d+|\d+\s?x)\)|\s+(?:[x×]\s?\d|\d\s?[x×])(?=\s|$)", re.I)
#: a two-digit year after an apostrophe ("Aug '19")
_SHORT_YEAR = re.compile(r"['’](\d{2})\b")
#: items side by side on one line of an awards section ("Medal (x2) · Ribbon (x2)")
_SIDE_BY_SIDE = re.compile(r"\s[·•]\s")
#: two or more dates of one award: "(2017, 2018)", "Q3 2019 and Q1 2020"
_YEAR_LIST = re.compile(r"(?:(?:Q[1-4]|H[12]|FY)\s?)?(?:19|20)\d{2}(?:\s*(?:,|and|&)\s*"
                        r"(?:(?:Q[1-4]|H[12]|FY)\s?)?(?:19|20)\d{2})+", re.I)
#: a line that opens with a bullet glyph of any font ("Ø  ", "§  ", "➢ "; a Wingdings bullet
#: exported as a lone non-ASCII letter)
_GLYPH = re.compile(r"^\s*(?:[^\w\s\"“'(\[]|[^\x00-\x7f](?=\s))\s+\S")
#: where an awards line is cut into parts; an acronym in parentheses inside a name is kept
#: ("Annual Reporting (AnRe) Awards - ...")
_PART_SPLIT = re.compile(r"\s*(?:,|\s(?:--|[-–—|])\s|\((?![A-Za-z]{2,8}\)\s+[A-Z])|:)\s*")
#: a quoted name before a lower-case award word: '"Going the Extra Mile" award'
_QUOTED_AWARD = re.compile(r"[\"“]([A-Z][^\"”]{2,60})[\"”]\s+(?:award|prize|trophy)\b")
#: a year closing an award part ("Young Engineer of the Year 2019")
_TRAIL_YEAR = re.compile(r"\s*\(?(?:Q[1-4]\s+)?(?:19|20)\d{2}\)?\s*$")
_INSTANCE = re.compile(r"(?P<t>[^,;()]+?)\s*\((?P<y>(?:19|20)\d{2})\)")


def _award_name(raw: str) -> str:
    name = clean_markup(raw).strip(" .,;:")
    return re.sub(rf"({_AWARD_WORD[3:-1]})$", lambda m: _singular(m.group(1)), name, flags=re.I)


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies"):
        return word[:-3] + ("y" if word[-3:].islower() else "Y")
    return word[:-1] if low.endswith("s") and not low.endswith("ss") else word


def _instances(ctx: DocContext, s: int, e: int) -> Iterator[tuple[str, str | None, int, int]]:
    """(title, year, start, end) of the works an award was given for: text[s:e] starts right
    after the award's name (" (note) at Org for "A" (2021), B (2015) and C (2012)")."""
    lead = re.match(r"\s*(?:\([^)]*\)\s*)?(?:at\s+[\w.&' ]+?\s+)?for\s+", ctx.text[s:e])
    if not lead:
        return
    s += lead.end()
    for m in _INSTANCE.finditer(ctx.text[s:e]):
        title = re.sub(r"^\s*(?:and|&)\s+", "", m.group("t").strip()).strip(" \"“”'")
        if title:
            a = s + m.start() + m.group(0).find(title)
            yield title, m.group("y"), a, s + m.end()


def _award_line(ctx: DocContext, s: int, e: int, in_section: bool) -> list[Fact]:
    text = ctx.text[s:e]
    if _NOT_AWARD.search(text) or _NOT_HONOUR.search(re.split(r"\s[-–—]\s+for\b", text)[0]):
        return []
    out: list[Fact] = []
    m = _PRIZE.search(text) or (_PRIZE_NOUN.search(text) if in_section else None)
    if m:
        name = f"{m.group('name')} in {m.group('event')}"
        year = _YEAR.search(text[m.end():]) or _YEAR.search(text)
        award = Mention(type=EntityType.AWARD, name=name)
        return [make_fact(ctx, Predicate.RECEIVED_AWARD, award, (s + m.start("name"),
                          s + m.end("event")), AWD, 0.8, start=year.group(1) if year else None)]
    m = event_win(text)
    if m:  # "Won the internal Brightfield Hack Week 2021": the event is the honour
        year = _YEAR.search(text[m.end():]) or _YEAR.search(text)
        return [make_fact(ctx, Predicate.RECEIVED_AWARD, Mention(type=EntityType.AWARD,
                          name=m.group("name")), (s + m.start("name"), s + m.end("name")), AWD,
                          0.75, start=year.group(1) if year else None)]
    m = _WON.search(text)
    if m and m.group("name").split()[0][:1].isupper():
        field = _FOR_FIELD.match(text, m.end())
        full = _award_name(m.group("name")) + (f" for {field.group(1)}" if field else "")
        award = Mention(type=EntityType.AWARD, name=full)
        rest = s + (field.end() if field else m.end())
        found = list(_instances(ctx, rest, e))
        for title, year, a, b in found:
            out.append(make_fact(ctx, Predicate.RECEIVED_AWARD, award, (a, b), AWD, 0.85,
                                 title=title, start=year))
        if not out:
            year = _YEAR.search(text)
            out.append(make_fact(ctx, Predicate.RECEIVED_AWARD, award, (s + m.start("name"),
                                 s + m.end("name")), AWD, 0.8, start=year.group(1) if year else None))
        return out
    if not in_section:
        return []
    body = clean_markup(strip_bullet(text) if is_bullet(text) else text)
    if _GLYPH.match(body):
        body = body.lstrip()[1:].lstrip()
    lead = _LEAD_YEAR.match(body)
    body = body[lead.end():] if lead else body
    body = _COUNT.sub("", body)
    parts = [p.strip(" .") for p in _PART_SPLIT.split(body) if p.strip(" .")]
    if not parts:
        return []
    name = parts[0]
    quoted = _QUOTED.search(body)
    if quoted and quoted.start() < len(body) // 2 + 8 and _AWARD_AFTER.match(body, quoted.end() - 1) \
            and quoted.end() < len(parts[0]) + body.find(parts[0]) + 1:
        name = re.sub(r"[\"“”]", "", parts[0]).strip()  # 'ICON "Going Beyond" Award': all of it
    elif quoted and quoted.start() < len(body) // 2 + 8:  # the award named inside its issuer's line
        name = quoted.group(1).strip(" ,.")
    elif not _HONOUR_WORD.search(name):  # "Org – Employee of the Quarter (Q3)": the honour part
        name = next((q for q in (_TRAIL_YEAR.sub("", p) for p in parts[1:])
                     if _HONOUR_WORD.search(q) and not _YEAR.search(q)), name)
    name = _NAMED_TO.sub("", name).strip()
    if _RANK_ONLY.fullmatch(name) and len(parts) > 1 and not _YEAR.fullmatch(parts[1]):
        name = f"{name}, {parts[1]}"
    name = re.sub(r"\s*\b(?:19|20)\d{2}\b\s*$", "", name)
    if len(name.split()) < 2 or len(name) > 90:
        return []
    year = _YEAR.search(lead.group(0)) if lead else _YEAR.search(body)
    if year is None:
        short = _SHORT_YEAR.search(body)
        year = re.match(r"(\d+)", "20" + short.group(1)) if short else None
    years = [year.group(1)] if year else [None]
    tail = body[body.find(parts[-1]):] if len(parts) > 1 else ""
    after = body[body.find(name) + len(name):] if name in body else ""
    many = re.match(r"[\"”\s]*(?:[-–—,:]\s*(.*)|\((.*)\))\s*$", after)
    if many and many.group(1) is None:
        many = re.match(r"[\"”\s]*\((.*)\)\s*$", after)  # "X" (2017, 2019)
    if many and _DATES_ONLY.fullmatch(many.group(1)):  # "X" – 2021, 2022, 2023
        tail = many.group(1)
    if _DATES_ONLY.fullmatch(tail):  # "— Q3 2016 and Q2 2017": received once a year
        years = list(dict.fromkeys(_YEAR.findall(tail))) or years
    elif (listed := _YEAR_LIST.search(after)) is not None:  # "twice (2017, 2019)"
        years = list(dict.fromkeys(_YEAR.findall(listed.group(0))))
    i = text.find(name)
    span = (s + i, s + i + len(name)) if i >= 0 else (s, e)
    return [make_fact(ctx, Predicate.RECEIVED_AWARD, Mention(type=EntityType.AWARD, name=name),
                      span, AWD, 0.75, start=y) for y in years]


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """An awards entry split into its items: a line flush with the entry's first line starts a
    new item when it opens with a year or the line before ends with one (one award a line,
    no full stops: "Rookie of the Year, Initech — 2018" / "Top Seller, ... — 2019")."""
    lines = text[start:end].split("\n")
    indent = len(lines[0]) - len(lines[0].lstrip())
    a = pos = start
    for k, ln in enumerate(lines):
        if k and ln.strip() and len(ln) - len(ln.lstrip()) <= indent and (
                _LEAD_YEAR.match(ln) or _ENDS_DATED.search(lines[k - 1]) or _GLYPH.match(ln)):
            yield a, pos - 1
            a = pos
        pos += len(ln) + 1
    yield a, end


@register(AWD, kinds=("resume",))
def extract_awards(ctx: DocContext) -> list[Fact]:
    """received-award facts: the awards section, and prizes won anywhere else."""
    ctx = work_context(ctx)
    facts: list[Fact] = []
    # an achievements section ("KEY ACHIEVEMENTS") lists results, not honours: only its lines
    # that name an honour count
    results = [(sec.start, sec.end) for sec in ctx.sections_named("awards")
               if (_ACHIEVEMENTS.search(sec.heading or "") or _TRAINING_HEAD.search(sec.heading or ""))
               and not _HONOURS_HEAD.search(sec.heading or "")]
    for e in entries(ctx, ("awards",)):
        if e.heading:
            facts += _award_line(ctx, e.head_start, e.head_end, True)
            continue
        only_named = any(a <= e.start < b for a, b in results)
        for a, b in _items(ctx.text, e.start, e.end):
            for x, y in _side_by_side(ctx.text, a, b):
                if only_named and not _HONOUR_WORD.search(ctx.text[x:y]):
                    continue
                facts += _award_line(ctx, x, y, True)
    for sec in ctx.sections:
        if sec.name in ("awards", "courses", "skills", "publications", "patents"):
            continue
        for ln in ctx.lines(sec):
            low = ln.text.lower()  # the verbs _PRIZE and _WON need, tested before them
            if any(w in low for w in _WIN_WORDS) and (_PRIZE.search(ln.text) or
                                                       _WON.search(ln.text) or event_win(ln.text)):
                facts += _award_line(ctx, ln.start, ln.end, False)
            elif sec.name in ("experience", "projects", "other", "summary") and is_bullet(ln.text):
                facts += _bullet_honour(ctx, ln.start, ln.end)
    return facts


def _side_by_side(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """An awards line cut at middle dots between items ("Medal (x2) · Ribbon (x2)")."""
    if not _SIDE_BY_SIDE.search(text, a, b):
        return [(a, b)]
    out, pos = [], a
    for m in _SIDE_BY_SIDE.finditer(text, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return [(x, y) for x, y in out if text[x:y].strip()]


def _bullet_honour(ctx: DocContext, s: int, e: int) -> list[Fact]:
    """A named honour inside an experience or projects bullet ("Employee of the Month, Aug '19",
    "Achievement Medal (2019)"), the year printed after it."""
    text = ctx.text[s:e]
    low = text.lower()
    q = _QUOTED_AWARD.search(text) if "award" in low or "prize" in low else None
    if q is not None and not _NOT_AWARD.search(text):  # 'Acme "Going the Extra Mile" award 2021'
        year = _YEAR.search(text, q.end())
        return [make_fact(ctx, Predicate.RECEIVED_AWARD, Mention(type=EntityType.AWARD,
                          name=q.group(1).strip()), (s + q.start(1), s + q.end(1)), AWD, 0.7,
                          start=year.group(1) if year else None)]
    if "medal" not in low and "ribbon" not in low and "commendation" not in low and (
            " of the " not in low):
        return []  # a cheap test before the pattern
    m = _BULLET_HONOUR.search(text)
    if m is None or _NOT_AWARD.search(text) or re.match(r"\s*(?:winners?|nominees?|recipients?)\b",
                                                        text[m.end():], re.I):
        return []
    name = clean_markup(m.group(0)).strip()
    rest = text[m.end():]
    year = _YEAR.search(rest) or _SHORT_YEAR.search(rest)
    start = year.group(1) if year is None or len(year.group(1)) == 4 else f"20{year.group(1)}"
    return [make_fact(ctx, Predicate.RECEIVED_AWARD, Mention(type=EntityType.AWARD, name=name),
                      (s + m.start(), s + m.end()), AWD, 0.7, start=start if year else None)]
