"""used-skill from resumes: lists, tag lines, bullets; a small in-test vocabulary."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extract.skillmatch as skillmatch
from extract.pipeline import build_context
from extract.resume.common import clean_markup
from extract.resume.skills import clean_line, extract_skills, split_items
from extract.skillmatch import Entry, build_matcher
from ontology import EntityType, Predicate
from tests.conftest import make_document

VOCAB = [
    Entry("Python", "programming-language", ("python",)),
    Entry("Java", "programming-language", ()),
    Entry("C++", "programming-language", ()),
    Entry("PyTorch", "library", ()),
    Entry("scikit-learn", "library", ("sklearn",)),
    Entry("TensorFlow", "library", ("Tensorflow",)),
    Entry("Apache Kafka", "platform", ("Kafka",)),
    Entry("Apache Spark", "framework", ("Spark",)),
    Entry("Amazon Web Services", "platform", ("AWS",), case_sensitive=True),
    Entry("Deep Learning", "field", ("deep learning",)),
    Entry("Machine Learning", "field", ("ML", "machine learning"), case_sensitive=True),
    Entry("Information Theory", "field", ()),
    Entry("Recommender Systems", "ml-technique", ("Recommender System",)),
    Entry("Embeddings", "ml-technique", ("embeddings",)),
    Entry("Quantization", "ml-technique", ("quantization",)),
    Entry("Continuous Batching", "ml-technique", ()),
    Entry("LSTM", "ml-model", (), case_sensitive=True),
    Entry("GPT-3", "ml-model", ()),
    Entry("Machine Translation", "task", ()),
    Entry("Caching", "practice", ()),
    Entry("Leadership", "soft-skill", ()),
    Entry("Microsoft Access", "database", ("Access",), case_sensitive=True),
    Entry("Widgetflow", "library", ()),
    Entry("Knowledge Graphs", "concept", ("knowledge graph", "Knowledge Graph")),
    Entry("Embedding Models", "concept", ("embedding model",)),
    Entry("Dimensionality Reduction", "concept", ()),
    Entry("PCA", "ml-technique", (), case_sensitive=True),
    Entry("Difference-in-Differences", "method", ()),
    Entry("pip", "tool", (), case_sensitive=True),
    Entry("Gizmonet", "ml-model", (), case_sensitive=True),
    Entry("Gizmonet-2", "ml-model", ("Gizmonet 2",)),
    Entry("Sprocket Transformer", "ml-model", ("Sprocket Transformers", "large sprocket transformers"),
          case_sensitive=True),
]


@pytest.fixture(autouse=True)
def small_vocabulary(monkeypatch):
    matcher = build_matcher(VOCAB, ["access"])
    monkeypatch.setattr(skillmatch, "default_matcher", lambda: matcher)


def _skills(text: str) -> list[tuple[str, str]]:
    ctx = build_context(make_document(text, "cv"))
    facts = extract_skills(ctx)
    for f in facts:
        assert f.predicate is Predicate.USED_SKILL and f.subject == ctx.subject
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]
    return [(f.object.name, f.provenance.quote) for f in facts]


HEAD = "Gil Example\ngil@example.org\n\n"


def test_skills_section_lists_canonical_names_and_items_as_written() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n- Built things\n\n"
                   "TECHNICAL SKILLS\n"
                   "- Programming Languages: Python, Java, C++\n"
                   "- $\\bullet$  Frameworks: PyTorch | sklearn | Gizmo Studio 3\n"
                   "- Interests: Information Theory, Chess\n")
    names = [n for n, _ in _skills(text)]
    assert names == ["Python", "Java", "C++", "PyTorch", "scikit-learn", "Gizmo Studio 3"]


def test_list_layouts_labels_phrases_and_spoken_languages() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n- Built things\n\n"
                   "SKILLS\n"
                   "Frameworks:\n"
                   "PyTorch, Gizmo Kit\n"
                   "**Databases:** Widgetbase, Kafka - 5 years\n"
                   "Tools\t\tSpark | Python (expert)\n"
                   "Proficient in Java and C++, strong communication skills\n"
                   "Languages: English, Hindi, Python\n"
                   "Java        Gizmo Kit        Kafka\n")
    names = [n for n, _ in _skills(text)]
    assert names == ["PyTorch", "Gizmo Kit", "Widgetbase", "Apache Kafka", "Apache Spark",
                     "Python", "Java", "C++", "Python", "Java", "Gizmo Kit", "Apache Kafka"]


def test_project_heading_with_a_list_of_named_technologies() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n- Built things\n\n"
                   "PROJECTS\nShop Front | Java, Kafka\n- Made a shop\n"
                   "Essay on Deep Learning\n- Wrote it\n")
    assert [n for n, _ in _skills(text)] == ["Java", "Apache Kafka"]


def test_courses_and_interests_sections_give_no_skills() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n- Wrote Java\n\n"
                   "COURSES\nMachine Learning, Information Theory\n\n"
                   "INTERESTS\nDeep Learning, Chess\n")
    assert [n for n, _ in _skills(text)] == ["Java"]


def test_tag_line_is_segmented_with_the_vocabulary() -> None:
    text = HEAD + ("EXPERIENCE\nData Engineer\nInitech, Springfield\n"
                   "Deep Learning AWS Cloud Recommender Systems Widget Forge TensorFlow PyGizmo\n"
                   "Python Kafka Spark Gizmo\n"
                   "- Shipped a feature\nJan 2020 - Jan 2021\n")
    got = _skills(text)
    assert [n for n, _ in got] == ["Deep Learning", "Amazon Web Services", "Recommender Systems",
                                   "Widget Forge", "TensorFlow", "PyGizmo", "Python",
                                   "Apache Kafka", "Apache Spark"]
    assert ("Amazon Web Services", "AWS Cloud") in got


@pytest.mark.parametrize("line", ["Machine Learning Engineer", "Knowledge Graph Team",
                                  "Deep Learning for Kafka users"])
def test_titles_and_phrases_are_not_tag_lines(line: str) -> None:
    text = HEAD + f"EXPERIENCE\n{line}\nInitech 2019 - 2021\n- Did work\n"
    assert _skills(text) == []


def test_bullets_named_technologies_and_cued_concepts() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n"
                   "- Streamed events with Kafka and Spark for machine translation and caching\n"
                   "- Implemented ML models and showed leadership\n"
                   "- Reduced latency using quantization, continuous batching and LSTM models\n"
                   "- Stored vector embeddings for search\n"
                   "- Built a UI just like GPT-3 for an Open-Access archive\n"
                   "- Patched the kafka-tools repo and wrote Spark-based jobs\n")
    assert [n for n, _ in _skills(text)] == ["Apache Kafka", "Apache Spark", "Machine Learning",
                                             "Quantization", "Continuous Batching", "LSTM",
                                             "Apache Spark"]


def test_field_in_a_role_title_or_heading_without_cue_is_not_a_skill() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n"
                   "- Hired machine learning engineers\n\n"
                   "PROJECTS\nGesture Lab\nInitech, 2018 - 2019\n- Made a glove\n"
                   "Lecture Notes using Deep Learning\nInitech, 2017 - 2018\n- Made notes\n")
    assert [n for n, _ in _skills(text)] == ["Deep Learning"]


def test_open_source_project_is_the_used_skill_object() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n"
                   "- Core contributor to the Widgetflow library\n"
                   "- Tuned pipelines built on Widgetflow and Python\n")
    ctx = build_context(make_document(text, "cv"))
    objs = [(f.object.type, f.object.name) for f in extract_skills(ctx)]
    assert objs.count((EntityType.PROJECT, "Widgetflow")) == 2
    assert (EntityType.SKILL, "Python") in objs
    assert (EntityType.SKILL, "Widgetflow") not in objs


@pytest.mark.parametrize("text, items", [
    ("Python, Go | AWS (EC2, S3); Hadoop/Spark etc.", ["Python", "Go", "AWS", "EC2", "S3",
                                                        "Hadoop", "Spark"]),
    ("Natural Language Processing (NLP), Java (advanced)", ["Natural Language Processing",
                                                            "Java"]),
    ("Kafka and Spark, R&D tools", ["Kafka", "Spark", "R&D tools"]),
])
def test_split_items(text: str, items: list[str]) -> None:
    got = split_items(text, 0, len(text))
    assert [i.text for i in got] == items
    assert all(text[i.start:i.end] == i.text for i in got)


def test_summary_focus_and_spoken_language_levels() -> None:
    text = HEAD + ("SUMMARY\nData scientist focused on deep learning and recommender systems, with "
                   "ten years of shipping models.\n\n"
                   "EXPERIENCE\nEngineer, Initech 2019 - 2021\n- Built things\n\n"
                   "SKILLS\nOther: Kafka, Spanish (native), English (C1)\n")
    assert [n for n, _ in _skills(text)] == ["Deep Learning", "Recommender Systems",
                                             "Apache Kafka"]


def test_the_persons_own_name_is_not_a_skill() -> None:
    text = ("Java Example\njava.example@example.org\n\nSUMMARY\nJava Example is an engineer who has "
            "spent ten years writing services for banks and shops.\n\n"
            "EXPERIENCE\nEngineer, Initech 2019 - 2021\n- Wrote Python services\n")
    assert [n for n, _ in _skills(text)] == ["Python"]


def test_deterministic() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n- Used Kafka, Spark and PyTorch\n"
                   "SKILLS\nPython, Java\n")
    assert _skills(text) == _skills(text)


@pytest.mark.seeds
def test_seed_resumes_evidence_is_exact_and_output_deterministic(seeds_dir, monkeypatch) -> None:
    """On the real seed resumes (read at run time, never copied): every used-skill, contributed-to,
    authored, patent and award fact quotes the document exactly and twice gives the same facts."""
    monkeypatch.undo()  # the curated vocabulary, not the small one
    from extract.resume.awards import extract_awards
    from extract.resume.bibliography import extract_publications
    from extract.resume.patents import extract_patents
    from extract.resume.projects import extract_projects

    extractors = (extract_skills, extract_projects, extract_publications, extract_patents,
                  extract_awards)
    seen = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        ctx = build_context(make_document(path.read_text(encoding="utf-8"), path.stem))
        if ctx.kind != "resume":
            continue
        facts = [f for fn in extractors for f in fn(ctx)]
        again = [f for fn in extractors for f in fn(ctx)]
        assert [f.id for f in facts] == [f.id for f in again]
        for f in facts:
            p = f.provenance
            assert p.quote == ctx.text[p.start:p.end] and p.quote.strip()
        seen += len(facts)
    assert seen > 0


def test_generic_notions_in_bullets_need_a_use_cue() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n"
                   "- Built user embedding models for promotions\n"
                   "- Profiled the Knowledge Graph of the shop\n"
                   "- Plotted clusters with PCA and dimensionality reduction techniques\n"
                   "- Linked records using a knowledge graph\n"
                   "- Applied dimensionality reduction to sensor data\n\n"
                   "SKILLS\nEmbedding Models, Knowledge Graphs\n")
    assert [n for n, _ in _skills(text)] == ["PCA", "Knowledge Graphs", "Dimensionality Reduction",
                                             "Embedding Models", "Knowledge Graphs"]


def test_methods_cued_by_a_study_and_package_install_counts_are_not_skills() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n"
                   "- Designed difference-in-differences studies of price changes\n"
                   "- Library with 2M monthly pip installs\n"
                   "- Packaged the tools for pip\n")
    assert [n for n, _ in _skills(text)] == ["Difference-in-Differences", "pip"]


def test_curated_lower_case_phrases_of_case_sensitive_rows_need_no_cue() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n"
                   "- Served large sprocket transformers to researchers\n")
    assert _skills(text) == [("Sprocket Transformer", "large sprocket transformers")]


def test_a_model_version_is_its_own_skill_with_its_family_as_broader() -> None:
    text = HEAD + ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n"
                   "- Replaced a Gizmonet detector with Gizmonet-2 on edge boards\n")
    ctx = build_context(make_document(text, "cv"))
    got = {f.object.name: f.object.attrs for f in extract_skills(ctx)}
    assert got == {"Gizmonet": {"category": "ml-model"},
                   "Gizmonet-2": {"category": "ml-model", "broader": "Gizmonet"}}


@given(st.text(alphabet=st.sampled_from(list("ab Z1,;.:-#[]()<>*_`/@\t\u00a0\u2003\n")) | st.characters(),
               max_size=40))
@settings(max_examples=300, deadline=None)
def test_clean_line_is_clean_markup(text: str) -> None:
    """The fast path of the prose reader gives what `clean_markup` gives, for any text."""
    assert clean_line(text) == clean_markup(text)
