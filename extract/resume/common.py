"""Shared pieces of the resume extractors: line clean-up, bullets, and the evidence that tells a
job title from an organization from a place.

The vocabularies are the data files of `extract/gazetteers/` (job_titles.txt,
title_modifiers.txt, organizations.csv, places.csv); a small in-module floor keeps the rules
working when a file is missing.

>>> clean_markup("**Initech** | *Platform team*")
'Initech | Platform team'
>>> is_bullet("  • shipped it"), is_bullet("Initech, Austin, TX")
(True, False)
>>> title_score("Senior Data Engineer") > 0, title_score("Globex Corporation") > 0
(True, False)
>>> org_score("Globex Corporation") > org_score("Senior Data Engineer")
True
>>> is_place("Austin, TX"), is_place("Bengaluru, India"), is_place("Data Engineer")
(True, True, False)
>>> org_type("Northfield University").value, org_type("Initech Labs").value
('EducationalOrganization', 'Organization')
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import DocContext
from ontology import EntityType, Fact, Mention, Predicate, fold, norm_name
from ontology.checked import checked_fact

__all__ = ["clean_markup", "mark_gaps", "is_bullet", "strip_bullet", "title_score", "org_score", "is_place",
           "is_remote", "is_page_furniture", "org_type", "org_mention", "place_mention", "make_fact", "known_org",
           "title_words", "looks_like_skills", "is_page_marker", "peel_place", "split_title_org", "clean_title", "is_unit", "span_of",
           "ORG_CUES", "EDU_CUES"]

_BULLET = re.compile(r"^\s*(?:[-–•●▪◦∙·*+>o]\s+|[\u2190-\u2bff\U0001F300-\U0001FAFF]\ufe0f?\s*"
                     r"|[\ue000-\uf8ff]\s*"  # Word/PDF symbol-font bullets (U+F0B7, U+F0A7)
                     # Word-to-text Wingdings bullets read as Latin letters ("Ø  ", "§  ", "ü  ")
                     r"|[ØÚÞ§ü]\s+(?=\S)"
                     r"|\d{1,2}[.)]\s+|[a-z][.)]\s+|[ivx]{1,4}[.)]\s+)")


_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_UNDERSCORE = re.compile(r"(?<![\w])_(?=\S)|(?<=\S)_(?![\w])")
_MARKUP_CHARS = frozenset("#[<*_`")


@lru_cache(maxsize=1 << 16)
def clean_markup(s: str) -> str:
    """Drop markdown emphasis, heading marks, links, HTML tags and trailing commas."""
    if not _MARKUP_CHARS.isdisjoint(s):
        s = _HEADING_MARK.sub("", s)
        s = _MD_LINK.sub(r"\1", s)
        s = _HTML_TAG.sub("", s)
        s = _EMPHASIS.sub("", s)
        s = _UNDERSCORE.sub("", s)
    return " ".join(s.split()).strip(" ,;")


def mark_gaps(line: str) -> str:
    """Read the wide gaps and tabs of a PDF-to-text line as field separators.

    >>> mark_gaps("Globex Corp        Austin, TX")
    'Globex Corp | Austin, TX'
    >>> mark_gaps("Staff Accountant ............ 2019 - 2021")
    'Staff Accountant | 2019 - 2021'
    """
    line = _LEADER.sub(" | ", line) if "...." in line or "…" in line else line
    return re.sub(r"(?<=\S)(?:\t+| {3,})(?=\S)", " | ", line.strip())


#: dotted leaders to a right-hand column ('Director ........ 2019 – 2022')
_LEADER = re.compile(r"(?<=\S)\s*(?:\.\s?){4,}\s*(?=\S)|(?<=\S)\s*…{2,}\s*(?=\S)")


_PAGE = re.compile(r"(?i)^\s*(?:.{0,60}?\s+)?(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s+of\s+\d+)\s*$"
                   r"|^\s*-\s*\d{1,3}\s*-\s*$")


def is_page_marker(line: str) -> bool:
    """A page footer or running header of a PDF export ('Page 2 of 3', '- 2 -',
    'Jane Roe - CV    Page 1 of 2'): not part of any entry.

    >>> is_page_marker("Page 1 of 2"), is_page_marker("Jane Roe — Resume      Page 2 of 2")
    (True, True)
    >>> is_page_marker("Led 3 of 5 teams")
    False
    """
    return bool(_PAGE.match(line))


#: page furniture copied with a profile page (LinkedIn and the like): logo alt texts, "Show all",
#: endorsement counts, connection degrees, credential ids
_FURNITURE = re.compile(r"^\s*(?:(?i:show (?:all|credential)\b|see more\b|…\s*see more|credential id\b|"
                        r"endorsed by\b|\d+\s+endorsements?\b|passed linkedin\b|"
                        r"\d+\s+experiences?\s+(?:at|across)\b|.{0,80}\s+·\s+(?:1st|2nd|3rd)\b)|"
                        r"[A-Z0-9][\w&.,'-]*(?:\s+(?:(?:of|and|for|the|de)\s+)?[A-Z0-9&][\w&.,'-]*){0,6}\s+logo\s*$)")


def is_page_furniture(line: str) -> bool:
    """A line of a copied profile page that is interface, not content.

    >>> is_page_furniture("Globex logo"), is_page_furniture("Show all 12 skills →")
    (True, True)
    >>> is_page_furniture("12 endorsements"), is_page_furniture("Bank of America logo")
    (True, True)
    >>> is_page_furniture("Designed the logo")
    False
    """
    return bool(_FURNITURE.match(line))


@lru_cache(maxsize=1 << 16)
def is_bullet(line: str) -> bool:
    """A list item (dash, dot, star, number, letter or roman numeral marker, a symbol-font
    bullet); memoized: every extractor asks about the same lines."""
    return bool(_BULLET.match(line)) and not _BOLD_START.match(line)


_BOLD_START = re.compile(r"\s*\*\*")


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip()


# ---- vocabularies ------------------------------------------------------------------------

_TITLE_HEADS = """engineer engineers developer scientist manager intern internship analyst consultant
director lead architect researcher professor lecturer fellow postdoc assistant associate
president vp founder co-founder cofounder head officer specialist designer administrator
coordinator tutor teacher faculty instructor advisor adviser member staff owner partner principal
technician programmer editor writer chair chairman ceo cto cfo coo cio chief evangelist
strategist trainee apprentice student contractor freelancer volunteer supervisor executive
representative mentor scholar ta ra sde swe mts sre devops""".split()

_TITLE_MODS = """senior junior sr jr staff principal lead chief associate assistant software data
machine learning ml ai research applied science full stack backend back-end frontend front-end
graduate undergraduate summer visiting technical product project program team general
deputy vice executive distinguished solutions systems cloud security platform mobile web
teaching doctoral postdoctoral""".split()

ORG_CUES = frozenset("""inc incorporated ltd limited llc llp corp corporation co company gmbh ag
plc pvt private pte sa bv nv group holdings technologies technology tech systems solutions
software labs lab laboratory laboratories research r&d institute university college school
academy bank foundation partners consulting consultancy services networks studios studio
industries international global ventures capital center centre agency council ministry
department hospital clinic polytechnic union
s.r.l srl s.p.a spa s.a s.l sarl s.a.s sas oy ab asa aps kg se ltda pty bhd e.v k.k pllc lllp kgaa ohg
s.a.l fz-llc fzllc fze fzco dmcc w.l.l wll jsc s.a.e""".split())

#: legal forms that may follow the name after a comma ('Globex, Inc.', 'Acme, S.p.A.')
_LEGAL_TAIL = re.compile(r"(?i)^(?:inc|incorporated|ltd|limited|llc|llp|corp|corporation|co|plc|"
                         r"gmbh|ag|sa|s\.a|nv|bv|s\.r\.l|srl|s\.p\.a|spa|sarl|oy|ab|asa|se|pty"
                         r"|ltda|pvt\.?\s+ltd|private\s+limited|l\.l\.c|l\.p|lp|pllc|p\.l\.l\.c|pc|p\.c"
                         r"|lllp|kg|kgaa|ohg|e\.v|sas|bhd|sdn\.?\s+bhd|pte\.?\s+ltd|k\.k|a/s|aps"
                         # Gulf, Levant and Egyptian forms ('Acme FZ-LLC', 'Acme s.a.l.', 'Acme W.L.L.')
                         r"|s\.a\.l|fz-?llc|fze|fzco|w\.l\.l|wll|jsc|s\.a\.e"
                         # Mexican and Latin American forms ('S.A.B. de C.V.', 'S. de R.L. de C.V.')
                         r"|s\.?\s?a\.?(?:\s?b\.?)?\s+de\s+c\.?\s?v|s\.?\s+de\s+r\.?\s?l\.?(?:\s+de\s+c\.?\s?v)?"
                         r"|s\.?\s?a\.?\s?p\.?\s?i\.?(?:\s+de\s+c\.?\s?v)?)\.?$")

EDU_CUES = ("university", "college", "school", "polytechnic", "academy", "iit ", "institute of",
            "universit", "universidad", "hochschule", "école", "ecole", "escola", "escuela",
            "instituto", "faculdade", "facultad", "politecnico", "politécnico", "gymnasium")

_PLACE_FLOOR = """usa us u.s. u.s.a. uk u.k. india canada germany france china japan singapore
australia netherlands israel ireland spain italy brazil mexico switzerland sweden remote
california texas washington new york massachusetts illinois georgia ontario karnataka
maharashtra telangana bengaluru bangalore hyderabad chennai mumbai pune delhi noida gurgaon
london berlin paris toronto seattle austin boston chicago cupertino san jose san francisco
al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny
nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc""".split()


def _data_rows(name: str) -> list[dict[str, str]] | list[str]:
    """Rows of a gazetteer data file: dicts for .csv, non-comment lines for .txt ([] if absent)."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "gazetteers" / name
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    if name.endswith(".csv"):
        return list(csv.DictReader(text.splitlines()))
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _alias_list(row: dict[str, str]) -> list[str]:
    return [a for a in (row.get("aliases") or "").split("|") if a.strip()]


@lru_cache(maxsize=1)
def title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(head words, modifier words) of job titles, lower case, from the title vocabularies."""
    heads, mods = set(_TITLE_HEADS), set(_TITLE_MODS)
    for item in _data_rows("job_titles.txt"):
        words = fold(str(item)).split()
        if words:
            heads.add(words[-1])
    for item in _data_rows("title_modifiers.txt"):
        mods.update(w for w in fold(str(item)).split() if len(w) > 1 and w not in ("of", "and"))
    return frozenset(heads), frozenset(mods)


@lru_cache(maxsize=1)
def _orgs() -> dict[str, str]:
    """norm_name of each vocabulary organization name and alias -> its entity type value."""
    out: dict[str, str] = {}
    for row in _data_rows("organizations.csv"):
        assert isinstance(row, dict)
        for name in [row.get("canonical") or ""] + _alias_list(row):
            key = norm_name(name)
            if key:
                out.setdefault(key, (row.get("type") or "Organization").strip())
    return out


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    names = set(_PLACE_FLOOR)
    for row in _data_rows("places.csv"):
        assert isinstance(row, dict)
        names.update(fold(n) for n in [row.get("name") or ""] + _alias_list(row) if n.strip())
    return frozenset(names)


@lru_cache(maxsize=1)
def _cities_only() -> frozenset[str]:
    """Folded names that the gazetteer knows only as cities (not also a state or country)."""
    cities: set[str] = set()
    regions: set[str] = set()
    for row in _data_rows("places.csv"):
        assert isinstance(row, dict)
        names = [fold(n) for n in [row.get("name") or ""] + _alias_list(row) if n.strip()]
        (cities if (row.get("kind") or "").strip() == "city" else regions).update(names)
    return frozenset(cities - regions)


_WORD_RE = re.compile(r"[a-z0-9&+#.'-]+")


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(fold(s).replace("&", " & ").replace("r & d", "r&d"))


def looks_like_skills(text: str) -> bool:
    """Mostly vocabulary skills ('Python Kafka Docker'): a skill tag line, not a name."""
    if known_org(text):
        return False
    try:
        from extract.skillmatch import find_skills

        found = find_skills(text)
    except Exception:  # no vocabulary: nothing reads as a skill line
        return False
    covered = sum(m.end - m.start for m in found)
    return covered >= 0.5 * len(text.replace(" ", "")) and len(found) >= 2


def known_org(name: str) -> str | None:
    """Entity type value of a vocabulary organization, or None."""
    key = norm_name(clean_markup(name))
    return _orgs().get(key) if key else None


@lru_cache(maxsize=1 << 16)
def title_score(s: str) -> float:
    """How much `s` reads as a job title: a title head word, led by modifiers, scores high."""
    words = [w.strip(".,()") for w in _words(s)]
    if not words or len(words) > 12:
        return 0.0
    heads, mods = title_words()
    hits = [i for i, w in enumerate(words) if w in heads]
    if not hits:
        return 0.0
    score = 1.0 + 0.2 * sum(w in mods for w in words)
    if hits[0] == 0 and len(words) > 3 and words[1] not in ("of", "to", "for"):
        score -= 0.3
    return score - 0.5 * org_score(s, _from_title=True)


@lru_cache(maxsize=1 << 16)
def org_score(s: str, *, _from_title: bool = False) -> float:
    """How much `s` reads as an organization name (vocabulary, legal forms, cue words)."""
    c = clean_markup(s)
    if not c or len(c) > 90:
        return 0.0
    score = 2.0 if known_org(c) else 0.0
    words = [w.strip(".,()") for w in _words(c)]
    score += sum(1.0 for w in words if w in ORG_CUES)
    if re.search(r"\.(?:com|io|ai|org|net)\b", c, re.I):
        score += 1.0
    firm = bool(_FIRM.fullmatch(c))
    if firm:
        score += 0.5  # 'Harlan, Voss & Quimby LLP': a partnership of surnames
    public = bool(_PUBLIC_BODY.search(c))
    if public:
        score += 1.5  # 'Office of the State Comptroller', 'U.S. District Court for ...'
    if not _from_title:
        # a title word inside a public body names its holder ('Office of the Attorney General')
        if any(w in title_words()[0] for w in words) and not known_org(c) and not public:
            score -= 1.5
        if _CAPITALISED.fullmatch(c):
            score += 0.3
        if "," in c and not firm:
            if not _LEGAL_TAIL.match(c.rsplit(",", 1)[1].strip()):
                score -= 1.0
            elif not any(w in ORG_CUES for w in words):
                score += 1.0  # a legal form the cue words do not hold ('Acme, S.A. de C.V.')
        if _generic_only(c) or _UNIT_TAIL.search(c):
            score -= 1.0
    return score


#: a short run of capitalised words, joined by '&' or a small word ('Harlow & Penn', 'Bank of Leeds')
_CAPITALISED = re.compile(r"[A-Z][^\W_]*(?:[&.'-][^\W_]*)*(?:\s+(?:&\s+|(?:and|of|for|the|de|del|do|da|dos|das|du|des|der|di|van|von)\s+)?"
                          r"[A-Z0-9][^\W_]*(?:[&.'-][^\W_]*)*\.?){0,4}")


#: a firm named by its partners' surnames, with its legal form ('Harlan, Voss & Quimby LLP')
_FIRM = re.compile(r"[A-Z][\w'’.-]*(?:,\s+[A-Z][\w'’.-]*)+,?\s+(?:&|and)\s+[A-Z][\w'’.-]*"
                   r"\s+(?:LLP|L\.L\.P\.|LLC|PLLC|P\.?C\.?|LP|L\.P\.|Inc\.?|Ltd\.?|Co\.?)")
#: a public body named by its kind: offices, bureaus, ministries, courts
_PUBLIC_BODY = re.compile(r"(?i)^(?:the\s+)?(?:office|bureau|ministry|department|embassy|consulate"
                          r"|administration|commission|court)\s+(?:of|for)\s+(?:the\s+)?[A-Z]"
                          r"|\b(?:district|supreme|appeals|appellate|circuit|superior|bankruptcy"
                          r"|county|family|federal|tax|claims)\s+court\b|\bcourt\s+of\s+(?:appeals"
                          r"|justice|claims|international)\b")


#: a trailing unit word: a ward, unit, team or squad is where someone works inside an employer
_UNIT_TAIL = re.compile(r"(?i)\b(?:unit|ward|team|squad|desk)$")


def _generic_only(name: str) -> bool:
    """A name made only of area words ('Platform', 'Data Science', 'Search'): the area suffix
    of a title ('Software Engineer, Platform'), not an employer."""
    words = [w.strip(".,()") for w in _words(name)]
    if not words or len(words) > 3 or known_org(name) \
            or any(w in ORG_CUES and w not in _SCOPE for w in words):
        return False
    return all(w in _GENERIC or w in _SCOPE or w in title_words()[1] for w in words)


def is_remote(s: str) -> bool:
    return bool(re.search(r"\bremote\b|\bhybrid\b|\bon-?site\b", s, re.I))


@lru_cache(maxsize=1 << 16)
def is_place(s: str) -> bool:
    """A printed location: comma parts that are all known places, or a 'City, XX' pair."""
    c = clean_markup(s).strip("() ")
    if not c or len(c) > 60 or re.search(r"\d", c):
        return False
    places = _places()
    def known(w: str) -> bool:  # two-letter codes only in capitals ('IN', not 'in')
        return fold(w) in places and (len(w) > 2 or w.isupper())

    paren = re.fullmatch(r"([^()]+)\(([^()]+)\)?", c)
    if paren and known(paren.group(2).strip()) and not is_remote(paren.group(2)) \
            and title_score(paren.group(1)) <= 0:
        c = f"{paren.group(1).strip()}, {paren.group(2).strip()}"  # 'Milan (Italy)'
    parts = [p.strip() for p in re.split(r",|\s+/\s+", c) if p.strip()]

    def known_part(p: str) -> bool:  # 'Stockholm County', 'Greater Seattle Area'
        core = _ADMIN.sub(" ", p).strip()
        return bool(core) and (known(core) or (len(core.split()) <= 3
                                               and all(known(w) for w in core.split())))

    if all(known(p) or (len(p.split()) <= 3 and all(known(w) for w in p.split()))
           for p in parts):
        return True
    if len(parts) == 1 and _ADMIN.search(c) and known_part(c):
        return True  # 'Greater Boston Area', 'San Francisco Bay Area'

    def county(p: str) -> bool:  # 'Travis County': a capitalised name with an admin word
        return bool(_ADMIN.search(p) and re.fullmatch(r"(?:[A-Z][\w'-]*\s+){1,3}[A-Z][a-z]+", p))

    if len(parts) >= 3 and known(parts[-1]) and all(known_part(p) or county(p)
                                                     for p in parts[1:-1]) and (
            known_part(parts[0]) or (all(_ADMIN.search(p) for p in parts[1:-1])
                                     and org_score(parts[0]) < 1 and bool(
                re.fullmatch(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}", parts[0])))):
        return True  # 'Stockholm, Stockholm County, Sweden'; an unknown city needs a county
    if is_remote(c) and len(c.split()) <= 4 and all(
            is_remote(w) or known(w.strip("()")) or w.lower() in ("fully", "work", "from", "home")
            for w in c.replace(",", " ").split()):
        return True
    town = _TOWN_CODE.fullmatch(c) if len(parts) == 1 else None
    if town and town.group(2) in _REGION_CODES and org_score(town.group(1)) < 1 \
            and title_score(town.group(1)) <= 0:
        return True  # 'Ann Arbor MI', 'Peterborough ON': a town and its state without a comma
    # 'Smallville, Kansas': an unknown town before a region; before a city ('Acme, Paris')
    # the unknown part is the employer, not a district
    return len(parts) == 2 and known(parts[1]) and fold(parts[1]) not in _cities_only() \
        and org_score(parts[0]) < 1 and bool(_TOWN.fullmatch(parts[0]))


#: an unknown town's name: capitalised words, with the particles of place names
#: ('San Pedro de los Pinos', 'Stratford upon Avon')
_TOWN = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:de|del|la|las|los|el|do|da|dos|das|di|du|des|le|von"
                   r"|van|der|den|upon|on|sur|am|an)\s+){0,2}[A-Z][\w'-]*){0,2}")


#: a town and a two-letter state or province code without a comma ('Euclid OH')
_TOWN_CODE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+([A-Z]{2})")
_REGION_CODES = frozenset("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT
NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
AB BC MB NB NL NS NT NU ON PE QC SK YT""".split())


#: administrative words around a place name ('Stockholm County', 'Greater Boston Area')
_ADMIN = re.compile(r"(?i)\b(?:county|province|region|district|prefecture|oblast|canton|"
                    r"municipality|metropolitan|metro|greater|bay|area|state|governorate)\b")


def org_type(name: str) -> EntityType:
    """EducationalOrganization for universities, colleges, schools; else Organization."""
    known = known_org(name)
    if known:
        return EntityType(known) if known in EntityType._value2member_map_ else \
            EntityType.ORGANIZATION
    f = " " + fold(name) + " "
    if any(cue in f for cue in EDU_CUES) and not re.search(r"r&d|research institute", f):
        return EntityType.EDUCATIONAL_ORGANIZATION
    return EntityType.ORGANIZATION


def org_mention(name: str, etype: EntityType | None = None) -> Mention:
    return Mention(type=etype or org_type(name), name=clean_markup(name))


def place_mention(name: str) -> Mention:
    return Mention(type=EntityType.PLACE, name=clean_markup(name))


def make_fact(ctx: DocContext, predicate: Predicate, obj: Mention, span: tuple[int, int],
              extractor: str, confidence: float = 0.8, *, subject: Mention | None = None,
              **quals: object) -> Fact:
    """A fact of the resume subject (or `subject`) with provenance over `span`."""
    clean = {k: v for k, v in quals.items() if v not in (None, "", {})}
    prov = ctx.provenance(span[0], span[1], extractor, confidence)
    if clean.keys() <= _QUALIFIERS:  # the model's checks, by hand (ontology.checked): hot path
        return checked_fact(subject or ctx.subject, predicate, obj, prov, **clean)
    return Fact(subject=subject or ctx.subject, predicate=predicate, object=obj, provenance=prov,
                **clean)


_QUALIFIERS = frozenset({"title", "start", "end", "location", "attrs"})


def span_of(text: str, needle: str, start: int, end: int) -> tuple[int, int]:
    """Span of `needle` (case-insensitive) inside text[start:end], else the whole range."""
    i = text.lower().find(needle.lower(), start, end) if needle else -1
    return (i, i + len(needle)) if i >= 0 else (start, end)


_SEP = re.compile(r"\s+[-–—|]\s+|,\s*|\s+\(")


def peel_place(s: str) -> tuple[str, str | None]:
    """Split the longest trailing printed location off a header field.

    >>> peel_place("Staff Engineer - Payments, Acme Inc - Boston, USA")
    ('Staff Engineer - Payments, Acme Inc', 'Boston, USA')
    """
    s = s.strip()
    for m in _SEP.finditer(s):
        rest, place = s[:m.start()].strip(" ,|-–—"), s[m.end():].strip(" ()|-–—,")
        if rest and is_place(place):
            if place.count("(") > place.count(")"):
                place += ")"  # 'Milan (Italy)' keeps its closing parenthesis
            return rest, place
    return s, None


_TO = re.compile(r"\s+(?:at|@)\s+|\s*@\s*|\s+[-–—|]\s+|,\s+|\s+\(|\s+/\s+(?=[a-z])")


def split_title_org(s: str, bold: bool = False) -> tuple[str | None, str | None]:
    """(title, organization) of one header field, either order, by the best-scoring split.

    >>> split_title_org("Senior Analyst, (Contract), Initech Inc")
    ('Senior Analyst (Contract)', 'Initech Inc')
    >>> split_title_org("Initech Labs — Research Engineer")
    ('Research Engineer', 'Initech Labs')
    >>> split_title_org("Data Engineer at Globex")
    ('Data Engineer', 'Globex')
    """
    s = s.strip(" ,|-–—:")
    if not s:
        return None, None
    bonus = 0.5 if bold else 0.0
    # a comma inside the whole field loses a tie to a split at it ('Second in Department
    # (Chemistry), Hollins Park School': a title the vocabulary does not know, then the employer)
    whole = org_score(s) + bonus - (0.01 if ", " in s else 0.0)
    cands: list[tuple[float, str | None, str | None]] = [(title_score(s), s, None), (whole, None, s)]
    for m in _TO.finditer(s):
        left, right = s[:m.start()].strip(" ,"), s[m.end():].strip(" ,)")
        if not left or not right or _LEGAL_TAIL.match(right) or left.count("(") > left.count(")"):
            continue  # no split inside a parenthesis ('Apprentice (1st – 4th year)')
        if m.group(0).endswith("(") and not right[:1].isupper():
            continue  # a note, not an employer ('(1st – 4th year)', '(part-time)')
        if m.group(0).strip() in ("at", "@"):
            cands.append((title_score(left) + org_score(right) + 0.5, left, right))
            continue
        cands.append((title_score(left) + org_score(right), left, right))
        cands.append((org_score(left) + title_score(right) - 0.05, right, left))
        if m.group(0).strip() == "," and _generic_only(right):
            # an area suffix, not an employer ('HR Partner, Global Supply Chain'): the whole title
            cands.append((title_score(left) + org_score(right) + 0.01, s, None))
    score, title, org = max(cands, key=lambda c: c[0])
    if score <= 0:
        return None, None
    return clean_title(title), (clean_markup(org) or None) if org else None


def clean_title(title: str | None) -> str | None:
    """A title as printed, without markup, stray commas before a parenthesis or dangling marks."""
    if not title:
        return None
    t = re.sub(r",\s*\(", " (", clean_markup(title))
    return t.strip(" ,;:|-–—") or None


_GENERIC = frozenset("""data science research machine learning knowledge graph analytics
engineering software computer vision language natural processing ai ml deep signal platform
product products infrastructure systems security search ads core open source applied quantum
robotics intelligence artificial human computation computing information statistics mathematics
physics biology chemistry design web mobile cloud user profiling outcomes and of & the for in
development innovation advanced digital media services quality operations tools mining
crm loyalty marketing sales finance hr it qa ux ui seo erp payroll procurement logistics supply chain
treasury tax audit compliance legal customer insights growth lifecycle retention e-commerce ecommerce""".split())
#: scope words of an area suffix ('Global Supply Chain', 'International Sales')
_SCOPE = frozenset({"global", "international"})
_UNITS = frozenset("lab labs laboratory team group department dept division unit".split())


def is_unit(name: str) -> bool:
    """A team or lab named only with generic words ('Data Science Lab'): not an employer."""
    words = [w.strip(".,()") for w in _words(name)]
    return (bool(words) and any(w in _UNITS for w in words) and not known_org(name)
            and all(w in _UNITS or w in _GENERIC or w in title_words()[1] for w in words))
