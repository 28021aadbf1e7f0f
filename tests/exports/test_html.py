"""graph.html without a browser: self-contained, deterministic, escaped, private, focus and cap.

The page's structure is checked with the stdlib HTML parser: a fixed set of tags, no tag with a
src or href attribute, and the graph data only inside the JSON block (read back with json).
"""

from __future__ import annotations

import json
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from exports import ExportOptions, run_exporter
from exports.html import json_for_script, render_html
from exports.html_data import TYPE_STYLE, Redactor, page_data, select
from graph import KnowledgeGraph, build_graph
from ontology import ExportError, Fact, Mention, Provenance

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

HOSTILE = [
    "<img src=x onerror=\"document.title='PWNED';document.body.setAttribute('data-pwned','img')\">",
    "</script><script>document.title='PWNED';document.body.setAttribute('data-pwned','script')"
    "</script>",
    "see href=\"javascript:document.title='PWNED'\" <a href=\"javascript:alert(1)\">x</a>",
    "javascript:document.title='PWNED'",
    "Quote \" apostrophe ' back\\slash \\u003c line\u2028sep\u2029end <!-- <script>",
    "]]> &amp; &lt;b&gt; {{ nodes|safe }} @@DATA@@ ${x}",
]
EMAIL, PHONE = "ada.park@example.org", "+1 (555) 010-2345"


def _prov(doc: str, quote: str, start: int = 0) -> Provenance:
    return Provenance(doc=doc, start=start, end=start + len(quote), quote=quote, extractor="test.v1")


def sample_facts() -> list[Fact]:
    """Two people, a shared employer, skills, a school and a place (with contact details)."""
    ada = Mention(type="Person", name="Ada Park", identifiers={"email": EMAIL, "phone": PHONE,
                                                               "github": "adapark"})
    bob = Mention(type="Person", name="Bob Lee")
    org = Mention(type="Organization", name="Initech")
    uni = Mention(type="EducationalOrganization", name="Example University")
    facts = [
        Fact(subject=ada, predicate="worked-at", object=org, title="Engineer", start="2019-03",
             end="present", provenance=_prov("cv-ada", "Engineer, Initech", 10)),
        Fact(subject=ada, predicate="used-skill", object=Mention(type="Skill", name="Python"),
             provenance=_prov("cv-ada", "Python", 40)),
        Fact(subject=ada, predicate="studied-at", object=uni, start="2015",
             provenance=_prov("cv-ada", f"Example University; contact {EMAIL} {PHONE}", 60)),
        Fact(subject=bob, predicate="worked-at", object=org, provenance=_prov("bio-bob", "Initech")),
        Fact(subject=bob, predicate="used-skill", object=Mention(type="Skill", name="Rust"),
             provenance=_prov("bio-bob", "Rust", 20)),
        Fact(subject=org, predicate="located-in", object=Mention(type="Place", name="Springfield"),
             provenance=_prov("bio-bob", "Initech in Springfield", 30)),
    ]
    return facts


def hostile_facts() -> list[Fact]:
    facts = []
    for i, name in enumerate(HOSTILE):
        doc = f"doc{i} {name}"
        person = Mention(type="Person", name=f"{name} {i}", identifiers={"github": name})
        facts.append(Fact(subject=person, predicate="worked-at", title=name, provenance=_prov(doc, name),
                          object=Mention(type="Organization", name=f"Org {i} {name}")))
        facts.append(Fact(subject=person, predicate="used-skill", provenance=_prov(doc, name, 5),
                          object=Mention(type="Skill", name=f"{name} skill")))
    return facts


def chain_facts(n: int = 6) -> list[Fact]:
    """org0 part-of org1 part-of ... org{n-1}, plus a hub person who worked at org0."""
    facts = [Fact(subject=Mention(type="Organization", name=f"Zorg Unit {i}"), predicate="part-of",
                  object=Mention(type="Organization", name=f"Zorg Unit {i + 1}"),
                  provenance=_prov("chain", f"unit {i}", i)) for i in range(n - 1)]
    person = Mention(type="Person", name="Hub Person")
    for k in range(4):
        facts.append(Fact(subject=person, predicate="used-skill",
                          object=Mention(type="Skill", name=f"Skill {k}"),
                          provenance=_prov("chain", f"skill {k}", 100 + k)))
    facts.append(Fact(subject=person, predicate="worked-at",
                      object=Mention(type="Organization", name="Zorg Unit 0"),
                      provenance=_prov("chain", "Zorg Unit 0", 200)))
    return facts


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.data_blocks: list[str] = []
        self._in_data = False

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        self.tags.append((tag, d))
        self._in_data = tag == "script" and d.get("type") == "application/json"

    def handle_endtag(self, tag):
        self._in_data = False

    def handle_data(self, data):
        if self._in_data:
            self.data_blocks.append(data)


def parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    p.close()
    return p


def data_of(html: str) -> dict:
    blocks = parse(html).data_blocks
    assert len(blocks) == 1
    return json.loads(blocks[0])


def strip_data(html: str) -> str:
    """The page without the JSON block's content (what the browser parses as markup or code)."""
    head, rest = html.split('<script type="application/json" id="pg-data">', 1)
    return head + rest.split("</script>", 1)[1]


EXTERNAL = re.compile(r"""(?i)\b(?:src|href|action|srcset|poster)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)""")
EXPECTED_TAGS = {"html", "head", "meta", "title", "style", "body", "div", "h1", "input", "span",
                 "ul", "noscript", "script"}


@pytest.fixture(scope="module")
def sample_kg() -> KnowledgeGraph:
    return build_graph(sample_facts())


@pytest.fixture(scope="module")
def hostile_kg() -> KnowledgeGraph:
    return build_graph(hostile_facts())


def examples_graph() -> KnowledgeGraph:
    """The graph of the bundled examples/ (extraction as `peoplegraph build` does it)."""
    if not EXAMPLES.is_dir() or not any(EXAMPLES.iterdir()):
        pytest.skip("examples/ is empty")
    from extract import extract_document, read_document

    facts = [f for path in sorted(EXAMPLES.iterdir()) if path.is_file() and not path.name.startswith(".")
             for f in extract_document(read_document(path))]
    return build_graph(facts)


@pytest.fixture(scope="module")
def examples_kg() -> KnowledgeGraph:
    return examples_graph()


@pytest.mark.parametrize("which", ["sample", "hostile"])
def test_self_contained_with_a_fixed_structure(which, sample_kg, hostile_kg):
    html = render_html(sample_kg if which == "sample" else hostile_kg)
    assert not EXTERNAL.findall(html), EXTERNAL.findall(html)[:3]
    low = html.lower()
    assert "<link" not in low and "@import" not in low and not re.search(r"url\(\s*['\"]?(?:https?:)?//", low)
    tags = parse(html).tags
    assert {t for t, _ in tags} <= EXPECTED_TAGS
    assert not [(t, a) for t, a in tags if {"src", "href"} & set(a)]
    scripts = [a for t, a in tags if t == "script"]
    assert scripts == [{"type": "application/json", "id": "pg-data"}, {}, {}]


def test_examples_page_is_self_contained(examples_kg):
    html = render_html(examples_kg)
    assert not EXTERNAL.findall(html)
    assert not [(t, a) for t, a in parse(html).tags if {"src", "href"} & set(a)]


def test_byte_identical_across_exports_and_fact_order(tmp_path, sample_kg):
    a = run_exporter("html", sample_kg, tmp_path / "a")[0].read_bytes()
    b = run_exporter("html", build_graph(list(reversed(sample_facts()))), tmp_path / "b")[0]
    assert b.name == "graph.html"
    assert a == b.read_bytes()
    assert a == render_html(sample_kg).encode("utf-8")


def test_examples_export_is_byte_identical(tmp_path, examples_kg):
    a = run_exporter("html", examples_kg, tmp_path / "a")[0].read_bytes()
    b = run_exporter("html", examples_kg, tmp_path / "b")[0].read_bytes()
    assert a == b


def test_hostile_text_lives_only_in_the_escaped_json(hostile_kg):
    html = render_html(hostile_kg)
    block = parse(html).data_blocks[0]
    assert not re.search("[<>&\u2028\u2029]", block)
    page = strip_data(html)
    for marker in ("PWNED", "data-pwned", "alert(1)", "Org 0", "{{ nodes"):
        assert marker not in page
    data = json.loads(block)
    names = {n["name"] for n in data["nodes"]}
    # exact round trip (mention names have their whitespace, U+2028 included, collapsed)
    assert {" ".join(f"{h} {i}".split()) for i, h in enumerate(HOSTILE)} <= names
    quotes = {q for n in data["nodes"] for q, _ in n["quotes"]} | {e["quote"] for e in data["edges"]}
    assert set(HOSTILE) <= quotes
    assert {f"doc{i} {h}" for i, h in enumerate(HOSTILE)} <= {e["doc"] for e in data["edges"]}
    assert len(data["nodes"]) == hostile_kg.number_of_entities()
    assert len(data["edges"]) == hostile_kg.number_of_facts()


def test_json_for_script_escapes_and_round_trips():
    value = {"s": "</script>\u2028\u2029&<>'\"\\", "n": [1, None]}
    text = json_for_script(value)
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == value


def test_opaque_node_ids_in_sorted_entity_order(sample_kg):
    html = render_html(sample_kg)
    data = data_of(html)
    assert [n["id"] for n in data["nodes"]] == [f"n{i}" for i in range(sample_kg.number_of_entities())]
    by_name = {n["name"]: n for n in data["nodes"]}
    assert [by_name[e.name]["id"] for e in sample_kg.entities()] == [n["id"] for n in data["nodes"]]
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    for ent in sample_kg.entities():
        assert ent.id not in html


def test_nodes_edges_legend_and_tooltip_data(sample_kg):
    data = data_of(render_html(sample_kg))
    by_name = {n["name"]: n for n in data["nodes"]}
    assert by_name["Initech"]["degree"] == 3 and by_name["Initech"]["type"] == "Organization"
    assert by_name["Ada Park"]["degree"] == 3
    assert sorted(e["label"] for e in data["edges"]) == sorted(
        f.predicate.value for f in sample_kg.facts())
    work = [e for e in data["edges"] if e["label"] == "worked-at" and e["doc"] == "cv-ada"][0]
    assert (work["title"], work["start"], work["end"], work["quote"]) == (
        "Engineer", "2019-03", "present", "Engineer, Initech")
    assert ["Engineer, Initech", "cv-ada"] in by_name["Initech"]["quotes"]
    legend = {t["type"]: t for t in data["legend"]}
    assert {k: v["count"] for k, v in legend.items()} == {
        "EducationalOrganization": 1, "Organization": 1, "Person": 2, "Place": 1, "Skill": 2}
    assert all((t["color"], t["shape"]) == TYPE_STYLE[k][:2] for k, t in legend.items())
    assert len({c for c, _, _ in TYPE_STYLE.values()}) == len(TYPE_STYLE)   # one colour a type
    assert data["counts"] == {"nodes": 7, "edges": 6, "total_nodes": 7, "total_edges": 6,
                              "capped": False}
    assert data["notes"] == []


def test_contacts_hidden_by_default_and_shown_on_request(sample_kg):
    plain = render_html(sample_kg)
    assert EMAIL not in plain and "010-2345" not in plain
    data = data_of(plain)
    ada = [n for n in data["nodes"] if n["name"] == "Ada Park"][0]
    assert ada["identifiers"] == [["github", "adapark"]]
    quotes = [q for n in data["nodes"] for q, _ in n["quotes"]]
    assert "Example University; contact [contact hidden] [contact hidden]" in quotes
    full = render_html(sample_kg, ExportOptions(include_contacts=True))
    ada = [n for n in data_of(full)["nodes"] if n["name"] == "Ada Park"][0]
    assert ["email", EMAIL] in [[k, v.removeprefix("mailto:")] for k, v in ada["identifiers"]]
    assert EMAIL in full


def test_nameless_person_is_not_labelled_by_email():
    anon = Mention(type="Person", identifiers={"email": EMAIL}, key="anon:cv")
    kg = build_graph([Fact(subject=anon, predicate="used-skill", provenance=_prov("cv", "Go"),
                           object=Mention(type="Skill", name="Go"))])
    data = page_data(kg, ExportOptions())
    assert EMAIL not in json.dumps(data)
    person = [n for n in data["nodes"] if n["type"] == "Person"][0]
    assert person["label"] == "(unnamed Person)"
    shown = page_data(kg, ExportOptions(include_contacts=True))
    assert EMAIL in json.dumps(shown)


def test_redactor_keeps_years_and_dates():
    kg = build_graph(sample_facts())
    red = Redactor(kg, enabled=True)
    assert red("2015 - 2019, 2020-2021") == "2015 - 2019, 2020-2021"
    assert red("call +44 20 7946 0958 or x@y.io") == "call [contact hidden] or [contact hidden]"
    assert Redactor(kg, enabled=False)("x@y.io") == "x@y.io"


def test_focus_and_hops_draw_an_ego_graph():
    kg = build_graph(chain_facts(6))
    unit3 = [e for e in kg.entities() if e.name == "Zorg Unit 3"][0]
    sel = select(kg, ExportOptions(focus=unit3.id, hops=1))
    assert sorted(e.name for e in sel.entities) == ["Zorg Unit 2", "Zorg Unit 3", "Zorg Unit 4"]
    assert len(sel.facts) == 2 and sel.focus_id == unit3.id and not sel.capped
    by_name = select(kg, ExportOptions(focus="zorg  unit 3", hops=2))   # names are normalized
    assert len(by_name.entities) == 5
    data = page_data(kg, ExportOptions(focus="Hub Person", hops=1))
    assert sorted(n["name"] for n in data["nodes"]) == [
        "Hub Person", "Skill 0", "Skill 1", "Skill 2", "Skill 3", "Zorg Unit 0"]
    assert [n["name"] for n in data["nodes"] if n["focus"]] == ["Hub Person"]
    assert data["notes"] and "1 hop" in data["notes"][0]
    assert data["counts"]["total_nodes"] == kg.number_of_entities()


def test_unknown_focus_is_a_clear_error():
    kg = build_graph(chain_facts(3))
    with pytest.raises(ExportError, match="no entity named"):
        render_html(kg, ExportOptions(focus="Nobody At All"))


def test_too_big_draws_the_top_degree_part_says_so_and_warns(caplog):
    kg = build_graph(chain_facts(6))
    with caplog.at_level(logging.WARNING, logger="exports.html"):
        html = render_html(kg, ExportOptions(max_nodes=3))
    data = data_of(html)
    assert sorted(n["name"] for n in data["nodes"]) == ["Hub Person", "Zorg Unit 0", "Zorg Unit 1"]
    assert data["counts"]["capped"] and data["counts"]["nodes"] == 3
    assert data["counts"]["total_nodes"] == kg.number_of_entities() == 11
    assert any("Too big to draw whole" in n and "limit of 3" in n for n in data["notes"])
    assert any("Too big to draw whole" in r.getMessage() for r in caplog.records)
    assert all(e["from"] != e["to"] for e in data["edges"]) and len(data["edges"]) == 2
    # the focus entity is always kept under the cap
    low = [e for e in kg.entities() if e.name == "Zorg Unit 5"][0]
    focused = select(kg, ExportOptions(focus=low.id, hops=5, max_nodes=2))
    assert low in focused.entities and len(focused.entities) == 2


def test_examples_graph_is_drawn_whole(examples_kg):
    data = data_of(render_html(examples_kg))
    assert len(data["nodes"]) == examples_kg.number_of_entities() > 20
    assert len(data["edges"]) == examples_kg.number_of_facts()
    assert not data["notes"]


def test_layout_is_deterministic_and_keeps_neighbours_close():
    from exports.html_layout import layout

    kg = build_graph(chain_facts(8) + sample_facts())
    index = {e.id: i for i, e in enumerate(kg.entities())}
    edges = [(index[f.subject_id], index[f.object_id]) for f in kg.facts()]
    pos = layout(len(index), edges)
    assert pos == layout(len(index), edges)
    assert len(set(pos)) == len(pos)                          # no two nodes on one spot
    linked = {tuple(sorted(e)) for e in edges}

    def dist(a: int, b: int) -> float:
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5

    near = sum(dist(a, b) for a, b in linked) / len(linked)
    pairs = [(a, b) for a in range(len(pos)) for b in range(a + 1, len(pos)) if (a, b) not in linked]
    far = sum(dist(a, b) for a, b in pairs) / len(pairs)
    assert near < far / 2, (near, far)
    assert layout(0, []) == [] and len(layout(1, [])) == 1


def test_empty_graph_renders(tmp_path):
    html = render_html(KnowledgeGraph())
    data = data_of(html)
    assert data["nodes"] == [] and data["edges"] == [] and data["counts"]["nodes"] == 0


def test_same_bytes_from_another_process(tmp_path, sample_kg):
    import hashlib
    import os
    import subprocess
    import sys

    code = ("import hashlib, importlib.util, sys; sys.path.insert(0, sys.argv[1]);"
            "spec = importlib.util.spec_from_file_location('t', sys.argv[2]);"
            "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m);"
            "from graph import build_graph; from exports.html import render_html;"
            "print(hashlib.sha256(render_html(build_graph(m.sample_facts()[::-1])).encode()).hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), __file__], env=env,
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == hashlib.sha256(render_html(sample_kg).encode()).hexdigest()
