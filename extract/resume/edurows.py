"""Small readings of education lines used by `extract.resume.education`.

- `is_membership`: "MEMBER, Institute of Chartered Surveyors", "Fellow of the ..." lines that a
  memberships list printed under the qualifications heading leaves inside the section;
- `is_grade_note`: "MEAN GRADE B+", "Grade: A" (a school-leaving grade, never an institution);
- `is_certification`: a credential that is a certification, not a degree ("Professional Scrum
  Master I", "Certified ... Practitioner");
- `caps_name`: an ALL-CAPS name in title case for the institution tests ("KENYA HIGH SCHOOL");
- `clean_degree`: a degree title without a lower-case abbreviation gloss ("Master of Science
  (mgr inż.) in ..."), a study-mode note ("(part time)", ", part-time program", "- (part-time,
  evenings)", ", expected"), an English gloss or a concentration;
- `unit_of`: the university a school printed with it belongs to ("Escola Politécnica da
  Universidade de X" -> "Universidade de X"; "University of X School of Continuing Studies" ->
  "University of X").
"""

from __future__ import annotations

import re

__all__ = ["unit_pair", "credential_label", "is_cert_heading", "is_membership", "is_grade_note", "is_certification", "caps_name", "clean_degree",
           "unit_of"]

_MEMBER = re.compile(r"(?i)^\W*(?:(?:associate|affiliate|student|full|chartered)\s+)?"
                     r"(?:member|fellow|membership)\b\s*(?:,|of\b|-|–|:)")
_GRADE = re.compile(r"(?i)^(?:mean\s+|overall\s+|final\s+)?grade\s*[:\-]?\s*[A-F][+-]?$")
_CERT = re.compile(r"(?i)\bscrum\s+master\b|\bproduct\s+owner\b|\bcertified\b|\bcertification\b|"
                   r"\bpractitioner\b")
#: study-mode notes printed with a degree title ("(part time)", ", part-time program", ", expected")
_MODE_NOTE = re.compile(r"(?i)\s*\((?:part[- ]time|full[- ]time|online|evening|weekend|distance"
                        r"(?: learning)?)(?:\s+(?:program(?:me)?|study|studies))?\)|"
                        r"[\s,;]+(?:part[- ]time|full[- ]time|online|evening)\s+(?:program(?:me)?|study|studies)\b|"
                        r"[\s,;–—-]+(?:expected|anticipated|in progress)\s*$")
_LOWER_GLOSS = re.compile(r"\s*\((?=[^()]*\.\s*\))[^()A-Z]{2,20}\)")
_MODE_TAIL = re.compile(r"(?i)\s*[-–—,]?\s*\((?:part[- ]time|full[- ]time|online|evenings?|"
                        r"weekends?|distance)(?:\s+[\w -]{2,20})?(?:\s*[,/;]\s*[\w -]{2,20})*\)\s*$")
#: an English gloss of a degree printed in another language ("Grado en X (Bachelor's degree in X)")
_DEGREE_GLOSS = re.compile(r"(?i)(?<=\S)\s*\((?:[\w'’]+\s+)?(?:bachelor|master|doctor)(?:['’]s)?\b[^()]*\)\s*$")
#: a concentration or emphasis printed after the degree (the field of the degree is kept)
_CONCENTRATION = re.compile(r"(?i),\s*(?:with\s+(?:a\s+)?)?(?:concentration|emphasis)\s+(?:in|on)\s+[^,()]+$")
_UNI = r"(?:Universidade|Universidad|Università|Université|Universität|Universiteit|University)"
#: "Escola Politécnica da Universidade de São Paulo", "Faculty of Law of the University of X"
_UNIT_OF = re.compile(rf"^(?P<unit>(?:[A-Z][\w.'’-]*\s+){{0,5}}?(?:Escola|Escuela|Faculdade|Facultad|"
                      rf"Faculty|School|College|Institute|Instituto)\b.*?)\s+(?:da|de|del|do|of\s+the|of)"
                      rf"\s+(?P<uni>{_UNI}\b.+)$")
#: "University of Toronto School of Continuing Studies"
_UNI_UNIT = re.compile(rf"^(?P<uni>{_UNI}\s+of\s+(?:[A-Z][\w.'’-]*\s*){{1,3}}?)\s+(?P<unit>"
                       rf"(?:School|Faculty|College|Institute)\s+(?:of|for)\s+.+)$")


_CERT_HEAD = re.compile(r"(?i)^[#*\s]*(?:licen[cs]es?\s*(?:&|and)\s*)?certifications?"
                        r"(?:\s*(?:&|and)\s*licen[cs]es?)?[*:\s]*$")


def is_cert_heading(line: str) -> bool:
    """A certifications heading the section splitter left inside an education section."""
    return "ertific" in line and bool(_CERT_HEAD.match(line))


_CRED_LABEL = re.compile(r"(?i)^(?:additional\s+|professional\s+)?(?:qualification|course|"
                         r"certificate|programme|program)\s*:\s+(?=\S)")


def credential_label(chunk: str) -> str:
    """A chunk without a label naming the credential's kind ("Additional Qualification: X")."""
    m = _CRED_LABEL.match(chunk) if ":" in chunk else None
    return chunk[m.end():] if m else chunk


def is_membership(line: str) -> bool:
    return bool(_MEMBER.match(line))


def is_grade_note(chunk: str) -> bool:
    return bool(_GRADE.match(chunk.strip()))


def is_certification(title: str | None) -> bool:
    return bool(title) and bool(_CERT.search(title))


def caps_name(text: str) -> str:
    """ALL-CAPS text in title case (other text unchanged)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return text
    return " ".join(w if len(w) <= 2 and w.isalpha() and w not in ("OF", "IN", "DE", "DA") else
                    w.capitalize() if w.lower() not in ("of", "and", "the", "for", "in", "de", "da")
                    else w.lower() for w in text.split())


def clean_degree(title: str) -> str:
    out = _MODE_NOTE.sub("", title).strip(" ,;") or title
    out = _MODE_TAIL.sub("", _LOWER_GLOSS.sub("", out)).strip(" ,;-–—")
    out = _CONCENTRATION.sub("", _DEGREE_GLOSS.sub("", out)).strip(" ,;-–—")
    return out or title


def clean_school(name: str) -> str:
    """A school name without a study-mode note ("Harbour Design Academy (online)")."""
    return _MODE_TAIL.sub("", name).strip(" ,;-–—") or name


def unit_of(name: str) -> str | None:
    """The university that the school `name` names as its parent, or None."""
    m = _UNIT_OF.match(name) or _UNI_UNIT.match(name)
    if m is None or m["unit"].startswith(("University", "Universi")):
        return None
    return m["uni"].strip(" ,")


_UNIT_WORD = re.compile(r"\b(?:Institute|School|College|Faculty|Escola|Faculdade|Instituto)\b")
_UNI_WORD = re.compile(rf"^(?:The\s+)?{_UNI}\b|\b{_UNI}$")


def unit_pair(insts: list[str]) -> tuple[str, str] | None:
    """(unit, university) of "Northshore Institute of Music (NIM), University of X": a named
    institute or school printed before the university it belongs to."""
    if len(insts) != 2:
        return None
    unit, uni = insts
    if _UNI_WORD.search(uni) and _UNIT_WORD.search(unit) and not _UNI_WORD.search(unit) \
            and not unit.startswith(("School of", "College of", "Faculty of")):
        return unit, uni
    return None
