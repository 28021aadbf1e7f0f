"""Skills: domain lines, headings a skills list runs into, star counts, spaced-capital names,
and tools of design, product and teaching work (fictional text)."""

from extract.context import Line
from extract.resume.skilllists import list_body
from extract.resume.skills import _SPACED_LETTERS, _USERS_AFTER
from extract.skillmatch import lookup_skill


def test_industries_line_is_not_a_skill_list():
    text = "Industries: Aviation, Public sector, Insurance"
    assert list_body(Line(text, 0, len(text)), True) is None
    text2 = "Tools: Miro, Productboard"
    assert list_body(Line(text2, 0, len(text2)), True) is not None


def test_star_count_after_host_name():
    assert _USERS_AFTER.match(", ~1.2k stars)")
    assert _USERS_AFTER.match(" stars")
    assert not _USERS_AFTER.match(" Actions for CI")


def test_spaced_capital_name_is_not_skill_letters():
    assert _SPACED_LETTERS.fullmatch("T O M A S Z   R E C K")
    assert not _SPACED_LETTERS.fullmatch("Python, R, C")


def test_design_product_teaching_tools_known():
    for name in ("Productboard", "Maze", "Signavio", "Google Classroom", "Moodle",
                 "Extent Reports", "Style Dictionary", "Amplitude"):
        assert lookup_skill(name) is not None, name
    assert lookup_skill("Selenium WebDriver").canonical == "Selenium WebDriver"
