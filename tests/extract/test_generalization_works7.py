"""Works and education shapes of ordinary resumes (holdout7 round): named projects inside
employment entries, project blocks, awards won more than once, degree lines. Fictional text."""

from __future__ import annotations

from extract.pipeline import build_context
from extract.resume.projects import extract_projects
from tests.conftest import make_document


def _ctx(body: str):
    return build_context(make_document("Rhona Quillfeather\nrhona.q@example.org\n\n" + body, "cv"))


def _projects(body: str) -> dict[str, tuple]:
    ctx = _ctx(body)
    out = {}
    for f in extract_projects(ctx):
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]
        out[f.object.name] = (f.start, f.end)
    return out


def test_dated_project_items_under_an_employer():
    got = _projects(
        "WORK HISTORY\n\n"
        "Pellmore Mutual, Leeds                                   Feb 2017 – to date\n"
        "Programme Manager (Feb 2017 – to date)\n\n"
        "  > Project Kestrel - move of the policy ledger to a hosted core system;\n"
        "    £3.2m, 20 FTE.  (Mar 2018 - Oct 2019)\n"
        "  > Broker Hub v3 - broker self-service quotes, 3 squads  (Q2-Q4 2021)\n"
        "  > Project Wren - retirement of the mainframe print run (May - Dec 2020)\n"
        "  > Intranet refresh, comms lead only (2019)\n"
        "  > Desk booking roll-out (Jan - Mar 2022) - 900 staff\n")
    assert got == {"Project Kestrel": ("2018-03", "2019-10"), "Broker Hub v3": ("2021", "2021"),
                   "Project Wren": ("2020-05", "2020-12")}


def test_project_blocks_with_client_and_role_lines():
    got = _projects(
        "PROFESSIONAL EXPERIENCE\n\n"
        "Vantrix Softech Pvt Ltd, Pune\t\t\tMar-2018 to Present\n"
        "Software Engineer\n\n"
        "Project #1 : TollMate – Highway Toll Reconciliation\t\t(Apr-2020 to Present)\n"
        "Client\t: A European motorway operator\n"
        "Role\t: Java Developer\n"
        "Team Size : 9\n\n"
        "Project : PayRelay – Vendor Payments Gateway\n"
        "Environment : Java 11, Spring Boot, PostgreSQL\n")
    assert got == {"TollMate": ("2020-04", "present"), "PayRelay": (None, None)}


def test_emphasized_or_quoted_names_after_a_build_verb():
    got = _projects(
        "EXPERIENCE\n\n"
        "**Learning Designer** — Corvane Learning, Halifax, NS\n"
        "*May 2020 – present*\n\n"
        "- Lead designer on **Reading the Room** (Rise, 2021) and **Grain Bin Safety Basics** "
        "(Storyline, 2022)\n"
        "- Built the **Tidewatch** booking portal with React\n"
        '- Shipped "Lumen", a sleep diary app for a clinic - 20k installs\n'
        "- Built **React** dashboards for the sales team\n")
    assert got == {"Reading the Room": (None, "2021"), "Grain Bin Safety Basics": (None, "2022"),
                   "Tidewatch": (None, None), "Lumen": (None, None)}


def test_open_source_items_with_the_persons_role():
    got = _projects(
        "OPEN SOURCE\n"
        "  * gradle-lintkit (author) - github.com/omarq/gradle-lintkit\n"
        "    Lint rules for build scripts (2020).\n"
        "  * Fernwood - contributor (github.com/fernwood/fernwood, 2 merged PRs)\n")
    assert got == {"gradle-lintkit": (None, "2020"), "Fernwood": (None, None)}


def _awards(body: str) -> list[tuple]:
    from extract.resume.awards import extract_awards

    ctx = _ctx(body)
    out = []
    for f in extract_awards(ctx):
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]
        out.append((f.object.name, f.start))
    return sorted(out, key=lambda x: (x[0], x[1] or ""))


def test_wingdings_bullets_and_an_award_won_twice():
    got = _awards("HONOURS & AWARDS\n\n"
                  "Ø  Spot Excellence Award – Q4 2021, Tessaly Infotech\n"
                  "Ø  Received \"Going the Extra Mile\" award twice at Orbicon (2015, 2016)\n")
    assert got == [("Going the Extra Mile", "2015"), ("Going the Extra Mile", "2016"),
                   ("Spot Excellence Award", "2021")]


def test_award_dates_listed_before_a_site_note_and_latin_honours():
    got = _awards("AWARDS\n"
                  "* Top Coach - Q2 2018 and Q4 2019 (Ortigas site)\n"
                  "* Magna Cum Laude, Ateneo Institute of Tomorrow, 2014\n")
    assert got == [("Top Coach", "2018"), ("Top Coach", "2019")]


def test_acronym_in_parentheses_stays_inside_an_award_name():
    got = _awards("AWARDS\n- NORTHERN AUDIT QUALITY (NAQ) AWARDS - ENGAGEMENT LEAD, 2020\n")
    assert got == [("NORTHERN AUDIT QUALITY (NAQ) AWARDS", "2020")]


def test_quoted_award_in_an_experience_bullet():
    got = _awards("EXPERIENCE\n\nDelivery Lead, Brackwater Insurance, Swansea   2019 – 2023\n"
                  "  * Brackwater \"Going Further\" award 2021 for the broker portal launch.\n")
    assert got == [("Going Further", "2021")]
