"""The subject of a resume: a Person mention with a name (when printed) and identifiers.

The name comes from the first lines of the header (a short line of capitalised words that is not
a job title, an organization or a heading). Identifiers come from the header and contact lines:
email, phone, github, linkedin, website, scholar, and a `handle` only when every handle-bearing
identifier agrees on it. A resume naming nobody and giving no identifier is keyed
``anon:<doc id>``.

>>> from ontology import Document
>>> m = detect_subject(Document(id="d", text="Jane Q. Roe\\njroe@example.org | github.com/jroe"), [])
>>> m.name, m.identifiers["github"], m.identifiers["handle"]
('Jane Q. Roe', 'jroe', 'jroe')
>>> detect_subject(Document(id="d", text="Software Engineer\\nAcme Inc"), []).key
'anon:d'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from extract.context import Line, Section, iter_lines
from ontology import Document, EntityType, Mention

__all__ = ["detect_subject", "find_identifiers", "find_name", "derive_handle"]

_EMAIL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_PHONE = re.compile(r"(?<![\w/-])(\+?\(?\d{1,4}\)?[\s.-]?(?:\(?\d{2,5}\)?[\s.-]?){2,4}\d{2,5})"
                    r"(?![\w/-])")
_GITHUB = re.compile(r"github\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w-]*/[\w-])", re.I)
_GITHUB_IO = re.compile(r"\b([A-Za-z0-9-]+)\.github\.io\b", re.I)
_LINKEDIN = re.compile(r"linkedin\.com/(?:in|pub)/([A-Za-z0-9_%-]+)", re.I)
_SCHOLAR = re.compile(r"scholar\.google\.[a-z.]+/citations\?(?:[^\s]*?&)?user=([\w-]+)", re.I)
_URL = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|org|net|io|me|dev|ai|co|"
                  r"info|xyz|site|page|app|tech|in|uk|de|fr|ca|us|eu)(?:/[^\s|,;)]*)?)", re.I)
_LABELLED = re.compile(r"^\s*(github|linkedin|twitter|x|gitlab|kaggle)\s*:\s*@?([A-Za-z0-9_-]+)\s*$",
                       re.I)
_SITE_LABEL = re.compile(r"\b(?:website|web|homepage|home page|portfolio|blog|site)\s*:", re.I)
_NOT_SITES = ("github.com", "linkedin.com", "scholar.google", "gmail.com", "twitter.com")

# words that make a line a job title, an organization or a heading rather than a name
_NOT_NAME = frozenset("""
resume curriculum vitae cv profile contact summary objective experience education skills
engineer engineering scientist science manager developer development intern internship analyst
consultant director lead architect researcher research professor student designer officer
specialist associate president founder cofounder head software data machine learning senior
junior principal staff technical technology technologies inc ltd llc corp university institute
college school labs lab group systems solutions services bank company email phone website
github linkedin address mobile tel portfolio page http https www ml ai applied member
""".split())

_PARTICLES = frozenset("de van von da di del della la le bin binti binte bint al el der den dos das do du ibn ter ten zu y e".split())


def _name_token(w: str) -> bool:
    """A word of a personal name: capitalised letters (any script), an initial or a particle."""
    core = w.replace("'", "").replace("’", "").replace("-", "").replace(".", "")
    return w.lower() in _PARTICLES or (core.isalpha() and w[0].isupper())


def _window(document: Document, sections: Sequence[Section]) -> list[Line]:
    """Lines where a name and contact details may be printed: the header and contact sections.

    When the header is the whole document (no headings), only its first 15 and last 8 non-empty
    lines are read, so a URL inside a job description is not taken for the person's own.
    """
    text = document.text
    spans = [(s.start, s.end) for s in sections if s.name in ("header", "contact")]
    if not sections:
        spans = [(0, len(text))]
    lines: list[Line] = []
    for start, end in spans:
        found = [ln for ln in iter_lines(text, start, end) if ln.stripped]
        if len(found) > 40:
            found = found[:15] + found[-8:]
        lines.extend(found)
    return lines


#: a left-column label printed before the name on the same line (Europass-style CVs)
_NAME_LABEL = re.compile(r"^(?:personal\s+(?:information|details|data)|name|full\s+name|"
                         r"(?:candidate|applicant)(?:'s)?(?:\s+(?:full\s+)?name)?|legal\s+name|"
                         r"preferred\s+name|"
                         r"(?:surname|last\s+name|family\s+name)\(?s?\)?\s*[/,]\s*(?:first|given)"
                         r"\s+name\(?s?\)?|(?:first|given)\s+name\(?s?\)?\s*[/,]\s*"
                         r"(?:surname|last\s+name|family\s+name)\(?s?\)?)"
                         r"(?:\s*:\s*|\s{3,}|\t+)(?=\S)", re.I)
#: post-nominal letters after a comma: degrees, licences, certifications ('RN, BSN, CCRN')
_POSTNOMINAL = re.compile(r"(?:,\s*(?:[A-Z]{2,6}(?:-[A-Z]{2,4})?(?:\s[A-Z]\.)?|Ph\.?\s?D\.?|M\.?D\.?"
                          r"|[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,5}|(?:[A-Z][a-z]?\.){2,4}|Jr\.?|Sr\.?"
                          r"|II|III|IV)(?:\s*\([A-Z]{1,3}\))?)+\s*$")


#: credentials after the name with any spacing ('Jane Roe  PMP', 'JANE ROE CPA (K), CISA')
_TRAILING_CREDENTIALS = re.compile(
    r"(?:(?:\s*,\s*|\s+)(?:CPA|CISA|CIA|CFE|CFA|CMA|MBA|Ph\.?D|PMP|PRINCE2|PSM|CSM|ITIL|ACCA|"
    r"ACA|CIMA|SHRM|PHR|SPHR|CISSP|CEng|FRCS|MRCP|Esq|OCT|RN|BSN|MSN|PE|P\.\s?Eng|CCNA|CCNP)"
    r"(?:\s*\([A-Z]{1,3}\))?\.?)+\s*$")
#: a nickname printed between the given name and the surname: 'ANNA "NAN" BERG', 'Li (Lee) Wu'
_NICKNAME = re.compile(r"(?<=\S)\s+(?:\"[^\"\s][^\"]{0,20}\"|“[^”]{1,20}”|‘[^’]{1,20}’"
                       r"|'[A-Za-z][^'\s]{0,19}'|\([A-Z][a-z]{1,15}\))(?=\s+\S)")
#: a label saying the surname comes first ('Surname(s) / First name(s)', 'Last name, First name')
_SURNAME_FIRST = re.compile(r"(?i)^\s*(?:surname|last\s+name|family\s+name)")
#: an ATS/HR export's labelled name ('Candidate: ROE, JANE'): surname first when inverted
_HR_LABEL = re.compile(r"(?i)^\s*(?:candidate|applicant)(?:'s)?(?:\s+(?:full\s+)?name)?\s*:")
#: post-nominal letters that an all-capitals 'NAME, XXX' line may end with (not a given name)
_POSTNOMINAL_WORDS = frozenset("""cpa cisa cia cfe cfa cma mba phd md do rn bsn msn np pa pe pmp jd
llm dds dmd esq ceng frcs mrcp acca aca cima shrm phr sphr csm cissp""".split())
#: an academic title printed before a (German-style) name: 'Dipl.-Ing.', 'Dr.-Ing.', 'Dr. rer. nat.'
_ACADEMIC_PREFIX = re.compile(r"^(?:(?:dipl|dr|mag|ing|bc|mgr)\.(?:\s?-\s?[a-z]{2,5}\.)?"
                              r"(?:\s?\((?:fh|th|uni)\))?(?:\s+(?:rer|med|phil|jur|oec)\.\s?"
                              r"(?:nat|pol|soc|techn|dent)?\.?)?\s+)+", re.I)
#: honorifics and professional styles printed before a name ('Dr.', 'Engr.', 'Arch.', 'Atty.')
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|mx|engr|eng|arch|atty|adv|rev|hon|capt|"
                        r"col|maj|lt|sgt|cdr|pharm|ca|cs|er)\.\s+|(?:dr|prof|mr|mrs|ms|mx)\s+)+",
                        re.I)
#: 'Résumé of', 'CV of' before the name
_DOC_OF = re.compile(r"(?i)^(?:r[ée]sum[ée]|cv|curriculum\s+vitae)\s+(?:of|for|[-–—:])\s+(?=\S)")
#: a record number after a labelled name ('(ID 4471)', '(#2231)', '(Ref: A-17)')
_RECORD_ID = re.compile(r"\s*\((?:[^()]*\d[^()]*)\)\s*$")
#: a line of single letters (or hyphens/apostrophes) separated by spaces, at least four of them
_LETTER_SPACED = re.compile(r"^[^\W\d_](?:(?: {1,3}|\t+)(?:[^\W\d_]|[-'’.]))"
                            r"{3,}\s*$")
#: the name again in another script or form, in brackets after it: '(高橋 健司)', '(Ha Nguyen)'
_OTHER_FORM = re.compile(r"\s*\((?:[^\W\d_]|[\s.'’-]){2,40}\)\s*$")
#: a surname in capitals before given names that are not: 'TAKAHASHI Kenji', 'DUPONT Jean-Luc'
_CAPS_SURNAME_FIRST = re.compile(r"^([^\W\d_a-z]{2,}(?:-[^\W\d_a-z]{2,})?)\s+"
                                 r"((?:[^\W\d_][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?\s*){1,2})$")
#: 'Surname, Given Names' as printed after such a label
_INVERTED = re.compile(r"^([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?),\s*([^\W\d_][\w'’.\s-]*)$")


def _unspace(s: str) -> str:
    """A design template's letter-spaced line ('A N N A   B E R G - L U N D') as words
    ('ANNA BERG-LUND'): single spaces join letters, wider gaps separate words."""
    if not _LETTER_SPACED.match(s):
        return s
    return " ".join(w.replace(" ", "") for w in re.split(r" {2,}|\t+", s.strip()))


def _clean_name_line(s: str) -> str:
    s = _unspace(re.sub(r"^#{1,6}\s+", "", s.strip()))
    surname_first = bool(_SURNAME_FIRST.match(s))
    hr = bool(_HR_LABEL.match(s))
    labelled = hr or bool(_NAME_LABEL.match(s))
    s = _NAME_LABEL.sub("", s)
    s = _DOC_OF.sub("", s)
    if labelled:
        s = _RECORD_ID.sub("", s)  # 'Roe, Jane (ID 4471)'
    if surname_first or labelled:
        first = re.split(r"\s{3,}|\t", s.strip())[0].strip()
        inv = _INVERTED.match(first)
        given = inv.group(2).strip() if inv else ""
        # an ATS label, or a surname in capitals before given names that are not
        # ('Full Name: ROE, Jane Marie'), says the surname comes first
        if inv and (surname_first or (hr or inv.group(1).isupper() and not given.isupper())
                    and re.sub(r"[^a-z]", "", given.lower()) not in _POSTNOMINAL_WORDS):
            s = f"{given} {inv.group(1)}"
    s = _NICKNAME.sub("", s)
    s = _OTHER_FORM.sub("", s)
    s = s.replace("**", "").replace("__", "").strip()
    inv_caps = _CAPS_SURNAME_FIRST.match(s)
    if inv_caps:  # 'TAKAHASHI Kenji' -> 'Kenji TAKAHASHI' (capitalised by the caller)
        s = f"{inv_caps.group(2).strip()} {inv_caps.group(1)}"
    s = re.split(r"\s+[|•·–—-]\s+|\s{3,}|\t", s)[0].strip(" ;")
    s = _POSTNOMINAL.sub("", s).strip(" ,")
    s = _TRAILING_CREDENTIALS.sub("", s).strip(" ,")
    s = _ACADEMIC_PREFIX.sub("", s)
    s = _HONORIFIC.sub("", s)
    return re.sub(r",?\s+(?:ph\.?\s?d|m\.?d|mba|cpa|pe|jr|sr|ii|iii)\.?$", "", s, flags=re.I)


def _capitalize(word: str) -> str:
    """'OKONKWO-BELL' -> 'Okonkwo-Bell', "O'BRIEN" -> "O'Brien"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())


def _as_name(text: str) -> str | None:
    """The line as a personal name (capitalised words, not a title, org, place or heading)."""
    cand = _clean_name_line(text)
    words = cand.split()
    core = [w for w in words[1:-1] if w.lower() in _PARTICLES]
    if not 2 <= len(words) - len(core) <= 4 or re.search(r"[\d@/:()]", cand):
        return None
    if any(w.lower().strip(".,") in _NOT_NAME for w in words):
        return None
    from extract.resume.common import is_place, org_score
    from extract.sections import section_name

    if section_name(cand) is not None or is_place(cand) or org_score(cand) >= 1 \
            or _job_title(words):
        return None
    if not all(_name_token(w) for w in words):
        return None
    # a name in capitals, or a surname in capitals among given names ('Jane Marie ROE')
    return " ".join(w.lower() if 0 < i < len(words) - 1 and w.lower() in _PARTICLES
                    and cand.isupper()
                    else _capitalize(w) if cand.isupper() or (w.isupper() and len(w) > 2) else w
                    for i, w in enumerate(words))


@lru_cache(maxsize=1)
def _multiword_titles() -> frozenset[str]:
    """Job titles of two or more words from the title vocabulary, folded ('account executive')."""
    from extract.resume.common import _data_rows
    from ontology import fold

    out = {" ".join(fold(str(t)).split()) for t in _data_rows("job_titles.txt")}
    return frozenset(t for t in out if " " in t)


def _job_title(words: list[str]) -> bool:
    """The words end with a job title of the vocabulary ('Enterprise Account Executive'), or
    are a title head word led by title modifiers: a headline, not a person."""
    from extract.resume.common import title_words
    from ontology import fold

    low = [fold(w).strip(".,") for w in words]
    titles = _multiword_titles()
    if any(" ".join(low[k:]) in titles for k in range(len(low) - 1)):
        return True
    heads, mods = title_words()
    return low[-1] in heads and all(w in mods or w in heads for w in low[:-1])


def find_name(lines: Sequence[Line]) -> tuple[str, Line] | None:
    """The person's name from the first non-empty header lines, with its line.

    A line labelled as the name ('Name:', Europass 'Surname(s) / First name(s)') anywhere in
    the header and contact block comes first; then the first name-like line of the top five,
    or of the top three lines of a personal-information block."""
    for ln in lines:
        if _NAME_LABEL.match(ln.text.strip()) and not ln.text.strip().lower().startswith(
                "personal"):
            cand = _as_name(ln.text)
            if cand:
                return cand, ln
    for ln in lines[:5]:
        cand = _as_name(ln.text)
        if cand:
            return cand, ln
    return None


def _letters(s: str) -> str:
    from ontology import fold

    return re.sub(r"[^a-z]", "", fold(s))


def name_matching_ids(document: Document, sections: Sequence[Section],
                      ids: dict[str, str]) -> tuple[str, Line] | None:
    """A name printed away from the top (a profile export puts contact and skill sidebars
    first) found because it spells the e-mail local part or the LinkedIn profile slug:
    'Jane Roe' for jane.roe@... or linkedin.com/in/janeroe-42. Only lines before the
    experience/education sections are read, and the whole name must be spelled out."""
    keys = [_letters(ids["email"].split("@", 1)[0])] if ids.get("email") else []
    if ids.get("linkedin"):
        keys.append(_letters(ids["linkedin"]))
    keys = [k for k in keys if len(k) >= 5]
    if not keys:
        return None
    stop = min([s.heading_start for s in sections if s.name in ("experience", "education")
                and s.heading_start is not None] or [len(document.text)])
    for n, ln in enumerate(iter_lines(document.text, 0, stop)):
        if n > 80:
            break
        if not ln.stripped:
            continue
        cand = _as_name(ln.text)
        if cand and len(_letters(cand)) >= 5 and any(k.startswith(_letters(cand)) for k in keys):
            return cand, ln
    return None


def _website(line: str) -> str | None:
    """A personal site on a contact line: a lower-case domain with a scheme, 'www', a label
    ('Website:') or on a line that also carries an email, a phone or '|' separators."""
    contact = bool(_EMAIL.search(line) or "|" in line or _SITE_LABEL.search(line))
    for m in _URL.finditer(_EMAIL.sub(" ", line)):
        url = m.group(1).rstrip("/.")
        host = url.split("/", 1)[0]
        if any(x in url.lower() for x in _NOT_SITES) or host != host.lower():
            continue
        if contact or re.match(r"(?:https?://|www\.)", m.group(0), re.I):
            return url
    return None


def find_identifiers(lines: Sequence[Line]) -> dict[str, str]:
    """Contact identifiers printed on these lines (first occurrence of each kind)."""
    ids: dict[str, str] = {}
    for ln in lines:
        s = ln.text
        patterns = (("email", _EMAIL), ("github", _GITHUB), ("linkedin", _LINKEDIN),
                    ("scholar", _SCHOLAR))
        for kind, rx in patterns:
            m = rx.search(s)
            if m and kind not in ids:
                ids[kind] = (m.group(0) if kind == "email" else m.group(1)).strip()
        lab = _LABELLED.match(s)
        if lab and lab.group(1).lower() in ("github", "linkedin") and lab.group(1).lower() not in ids:
            ids[lab.group(1).lower()] = lab.group(2)
        if "website" not in ids:
            site = _website(s)
            if site:
                ids["website"] = site
        if "phone" not in ids:
            for m in _PHONE.finditer(s):
                digits = re.sub(r"\D", "", m.group(1))
                if 8 <= len(digits) <= 15 and not re.fullmatch(r"(?:19|20)\d\d\D+(?:19|20)\d\d",
                                                                m.group(1).strip()):
                    ids["phone"] = m.group(1).strip()
                    break
    if "email" in ids:
        ids["email"] = ids["email"].lower()
    return ids


def derive_handle(ids: dict[str, str]) -> str | None:
    """A handle when every handle-bearing identifier (github, linkedin, a github.io website,
    the email local part) gives the same one and at least one of them is a profile URL.

    >>> derive_handle({"github": "jroe7", "email": "jroe7@example.org"})
    'jroe7'
    >>> derive_handle({"linkedin": "jane-roe", "email": "jroe7@example.org"}) is None
    True
    """
    cands: list[str] = []
    for kind in ("github", "linkedin"):
        if ids.get(kind):
            cands.append(ids[kind].lower())
    m = _GITHUB_IO.search(ids.get("website", ""))
    if m:
        cands.append(m.group(1).lower())
    if not cands:
        return None
    if ids.get("email"):
        cands.append(ids["email"].split("@", 1)[0].lower())
    return cands[0] if len(set(cands)) == 1 else None


def detect_subject(document: Document, sections: Sequence[Section]) -> Mention:
    """The resume's subject as a Person mention (name None when not printed)."""
    lines = _window(document, sections)
    found = find_name(lines)
    ids = find_identifiers(lines)
    handle = derive_handle(ids)
    if handle:
        ids["handle"] = handle
    if found is None:  # a personal-information block under a heading: its first lines
        for sec in sections:
            if sec.name == "contact" and found is None:
                top = [ln for ln in iter_lines(document.text, sec.start, sec.end) if ln.stripped]
                found = find_name(top[:3])
    if found is None and ids:
        found = name_matching_ids(document, sections, ids)
    name = found[0] if found else None
    if name is None and not ids:
        return Mention(type=EntityType.PERSON, key=f"anon:{document.id}")
    attrs = {}
    nick = _NICKNAME.search(found[1].text) if found else None
    if nick:  # 'ANNA "NAN" BERG': the nickname, for an alias ('Nan')
        attrs["nickname"] = _capitalize(nick.group(0).strip().strip("\"“”‘’'()"))
    return Mention(type=EntityType.PERSON, name=name, identifiers=ids, attrs=attrs)
