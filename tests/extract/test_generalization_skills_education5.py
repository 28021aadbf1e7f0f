"""Awards, skills lists and education lines of professions outside software: decorations lists,
quoted award names inside an issuer's line, honours in experience bullets, achievements sections,
and the skill and degree layouts of nursing, hospitality, legal, plant and data resumes
(fictional text)."""

from extract.pipeline import build_context
from extract.resume.awards import extract_awards
from tests.conftest import make_document


def awards_of(text: str) -> list[tuple[str, str | None]]:
    """(award name, start year) of every received-award fact of a resume text."""
    facts = extract_awards(build_context(make_document(text, "cv", "txt")))
    return [(f.object.name, f.start) for f in facts]


_HEAD = "Marisol T. Quenby\nmquenby@example.org\n\n"


def test_middle_dot_decorations_with_counts():
    text = _HEAD + ("HONORS\n"
                    "Army Commendation Medal (x2) · Army Good Conduct Medal (x4) · "
                    "National Defense Service Medal\n")
    assert awards_of(text) == [("Army Commendation Medal", None), ("Army Good Conduct Medal", None),
                               ("National Defense Service Medal", None)]


def test_quoted_award_name_inside_issuer_line():
    text = _HEAD + ("AWARDS\n"
                    'Crestline Dairy Cooperative "Plant Safety Champion" award, 2022\n'
                    '"Premio al Mérito Técnico" Grupo Ferrolux, 2019\n')
    assert awards_of(text) == [("Plant Safety Champion", "2022"), ("Premio al Mérito Técnico", "2019")]


def test_repeated_recognition_years_and_named_to_list():
    text = _HEAD + ("HONORS\n"
                    'Chambers Associate "Up and Coming" – 2020, 2021\n'
                    'Named to Crain\'s "Forty Under 40" (2023)\n')
    assert awards_of(text) == [("Up and Coming", "2020"), ("Up and Coming", "2021"),
                               ("Forty Under 40", "2023")]


def test_issuer_first_then_honour_and_nominated_by():
    text = _HEAD + ("AWARDS\n"
                    "2018\tOakridge Grocers – Associate of the Quarter (Q2)\n"
                    "Compassionate Care Award – St. Anselm Hospital, nominated by a patient, June 2020\n")
    assert awards_of(text) == [("Associate of the Quarter", "2018"), ("Compassionate Care Award", "2020")]


def test_achievements_section_gives_only_named_honours():
    text = _HEAD + ("KEY ACHIEVEMENTS\n"
                    "• Lifted fill rate from 91% to 97% across two distribution centres\n"
                    "• Project lead for the warehouse scanner rollout at Hamilton\n"
                    "• Regional Logistics Excellence Award, 2021\n")
    assert awards_of(text) == [("Regional Logistics Excellence Award", "2021")]


def test_honour_in_experience_bullet():
    text = _HEAD + ("EXPERIENCE\n"
                    "Line Cook -- Copper Kettle Diner, Ames IA          4/19 - 8/21\n"
                    " - Prep and grill station for 250 covers a night\n"
                    " - Employee of the Month, Feb '20\n"
                    " - Awards committee member; helped pick nominees\n")
    assert awards_of(text) == [("Employee of the Month", "2020")]
