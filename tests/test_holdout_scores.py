"""Scores of a real build of each held-out set (tests/fixtures/holdout*) against its gold.

Each held-out set is fictional documents in layouts the extractors were not written against,
written by someone who had not read the extractors; see each set's gold/*.json (and README.md)
for the annotation calls.
- holdout (8): LinkedIn PDF export, two-column PDF text, nurse resume, Europass CV, competencies
  grid, speaker bio, faculty page, press release.
- holdout2 (12): Word-to-PDF text, two-column PDF, speaker bio, sales resume, academic CV,
  Europass CV, Markdown table resume, new-grad resume, one-liner resume, press release,
  mechanical-engineer resume, LinkedIn copy-paste. First score: core F1 0.557.
- holdout3 (10): ATS export, USAJobs federal resume, functional resume, German CV, GitHub
  profile README, team page (3 people), Wikipedia-style bio, people-moves column (7 people),
  one-line-per-role PDF resume, CPA CV. First score: core F1 0.537.
- holdout4 (10): plain-text SWE resume, Markdown PM resume, design-template PDF text (spaced
  capitals, underscore rules), UK teacher CV, consultant resume, Indian resume, speaker bio,
  faculty profile, LinkedIn About, promotions news post (2 people). First score: core F1 0.619.
- holdout5 (12): nurse resume, executive resume (dotted leaders, acquisitions), lawyer CV,
  research-scientist CV (patents, arXiv), Word-table resume (tabs), Navy veteran resume,
  hospitality resume (seasonal jobs), conference speakers page (4 people), cover letter, founder
  profile, Mexican resume (Spanish months), compact ML-engineer resume. First score: core F1
  0.663 (worked_at 0.370); after one round of general fixes 0.899 (worked_at 0.947), which also
  moved holdout4 from 0.856 to 0.876.
- holdout6 (12): clinical-research pharmacist, private-equity resume, architect CV (projects
  table), journalist (bylines), PDF with broken wraps, French-translated CV (French dates), game
  developer, lab people page (5 people), alumni obituary, freelancer, Nigerian resume (ALL CAPS,
  post-nominals), SRE resume in reStructuredText. First score: core F1 0.393 (the .rst file had
  no reader); after one round of general fixes 0.785 (worked_at 0.756).
- holdout7 (12): ordinary resumes from India, Germany, US (two-column PDF), UK, Brazil,
  Philippines, Kenya, Canada, Poland, a LinkedIn copy (Singapore), a blog post announcing three
  hires, a speaker bio. First score: core F1 0.610 (worked_at 0.522); after one round of general
  fixes 0.913 (worked_at 0.980). That round did not move holdout8 (0.416 before and after).
- holdout8 (12): five PDF-to-text resume exports with extraction damage (two columns
  interleaved line by line, column after column, headings glued to their first line, odd
  bullet glyphs, lost ligatures), a conference programme with three bios, a book author blurb,
  a podcast guest intro, a seminar announcement, a translated Japanese rirekisho, a UAE and a
  Vietnamese resume. First score: core F1 0.416 (worked_at 0.400); after one round of general
  fixes 0.889 (worked_at 0.943).
- holdout9 (12): five PDF-to-text exports (Canva template with icon glyphs, LaTeX academic CV,
  Word-table compliance resume, aircraft technician, chef), a leadership-team page (4 people),
  a faculty profile, a keynote bio, a LinkedIn copy, a career changer, an army-to-civilian
  resume, a Romanian resume with Roman-numeral months. First score: core F1 0.564 (worked_at
  0.376), the same as the code at the start of the session that fixed holdout7 and holdout8
  (0.561): those rounds did not transfer. Its floor guards regressions; it has not been used
  for fixes.

The floors are the scores reached when a set was first used to improve the extractors, minus
about 0.03: they catch regressions on unseen layouts, they are not targets (once a set has been
used for fixes it no longer measures generalization honestly; a new set does).

Only the documents are built (not the gold JSON files or README beside them). Skipped when
../shared/eval/score.py is not here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SCORER

#: set -> (documents, core F1 floor, worked_at F1 floor); reached, in order: holdout core 0.830
#: worked_at 0.881; holdout2 core 0.894 worked_at 0.989; holdout3 core 0.836 worked_at 0.820;
#: holdout4 core 0.856 worked_at 0.929; holdout5 core 0.899 worked_at 0.947; holdout6 core 0.785 worked_at 0.756;
#: holdout7 core 0.913 worked_at 0.980; holdout8 core 0.889 worked_at 0.943;
#: holdout9 first contact (not used for fixes yet) core 0.564 worked_at 0.376
SETS = {"holdout": (8, 0.80, 0.85), "holdout2": (12, 0.86, 0.95), "holdout3": (10, 0.80, 0.79),
        "holdout4": (10, 0.82, 0.90), "holdout5": (12, 0.87, 0.91),
        "holdout6": (12, 0.75, 0.72), "holdout7": (12, 0.88, 0.95),
        "holdout8": (12, 0.86, 0.91), "holdout9": (12, 0.53, 0.34)}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request, tmp_path_factory) -> tuple[str, dict]:
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not here")
    name = request.param
    folder = ROOT / "tests" / "fixtures" / name
    n_docs = SETS[name][0]
    docs = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".rst")
                  and p.name != "README.md")
    assert len(docs) == n_docs and len(list((folder / "gold").glob("*.json"))) == n_docs
    out = tmp_path_factory.mktemp(f"{name}_build")
    proc = subprocess.run([sys.executable, "-m", "peoplegraph", "build", *map(str, docs), "-o",
                           str(out), "--outputs", "facts-jsonl,graph-json", "--no-cache"],
                          capture_output=True, text=True, timeout=900)
    facts = out / "facts.jsonl"
    assert facts.is_file(), proc.stderr[-2000:]
    ids = {json.loads(line)["doc"] for line in facts.read_text(encoding="utf-8").splitlines()}
    assert ids == {p.stem for p in docs}  # document ids are the stems the gold files use
    res = subprocess.run([sys.executable, str(SCORER), "--pred", str(facts), "--gold",
                          str(folder / "gold"), "--json"], capture_output=True, text=True,
                         timeout=300, check=True)
    return name, json.loads(res.stdout)


def test_core_f1_on_unseen_layouts_holds_its_floor(scored) -> None:
    name, scores = scored
    assert scores["core"]["f1"] >= SETS[name][1], (name, scores["core"])


def test_worked_at_f1_on_unseen_layouts_holds_its_floor(scored) -> None:
    name, scores = scored
    assert scores["predicates"]["worked_at"]["f1"] >= SETS[name][2], \
        (name, scores["predicates"]["worked_at"])
