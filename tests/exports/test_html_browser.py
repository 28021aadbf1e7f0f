"""graph.html in Debian's headless Chromium: what the page really draws, and that it runs no
injected script. Skipped when chromium is not installed (`make browser` installs it).

Each test runs Chromium once with `--dump-dom` and `--screenshot` together; the page script
writes its drawn node/edge counts into `#pg-status` (data attributes), which the test reads.
Screenshots go to test-artifacts/html/ (git-ignored); their paths are printed (pytest -s).
"""

from __future__ import annotations

import importlib.util
import json
import re
from contextlib import contextmanager
from pathlib import Path

import pytest

from exports import ExportOptions, run_exporter
from exports.html_browser import find_chromium, page_status, run_chromium
from graph import build_graph

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "html"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(find_chromium() is None,
                       reason="chromium is not installed: run `make browser` "
                              "(apt-get install -y chromium) to run the browser tests"),
]


def _unit():
    spec = importlib.util.spec_from_file_location("_pg_test_html", Path(__file__).with_name("test_html.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


UNIT = _unit()


def _open(kg, tmp_path: Path, name: str, options: ExportOptions | None = None,
          fragment: str = "") -> tuple[str, Path]:
    page = run_exporter("html", kg, tmp_path / name, options)[0]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"{name}.png"
    shot.unlink(missing_ok=True)
    dom = run_chromium(page.resolve().as_uri() + fragment, dump_dom=True, screenshot=shot,
                       budget_ms=5000)
    print(f"\nscreenshot: {shot}")
    assert shot.is_file() and shot.stat().st_size > 5000, "no screenshot was written"
    return dom, shot


def test_examples_page_draws_every_entity_and_fact(tmp_path, examples_kg):
    dom, _ = _open(examples_kg, tmp_path, "examples")
    st = page_status(dom)
    assert st is not None and st.ready, dom[-2000:]
    assert (st.nodes, st.edges) == (examples_kg.number_of_entities(), examples_kg.number_of_facts())
    assert st.stabilized, f"physics never stabilized: {st.text}"
    assert "layout done" in st.text
    # the legend the page built: one checkbox per entity type present
    types = sorted({e.type.value for e in examples_kg.entities()})
    assert sorted(re.findall(r'<input type="checkbox" data-type="([A-Za-z]+)"', dom)) == types


def _injected(dom: str) -> list[str]:
    """Signs that a payload ran or became markup (empty for a safe page)."""
    signs = []
    if "PWNED</title>" in dom or "<title>PeopleGraph explorer</title>" not in dom:
        signs.append("document.title was changed")
    if re.search(r"<[a-z]+[^>]*\sdata-pwned=", dom):
        signs.append("an injected script set data-pwned")
    if re.search(r"<img\b", dom):
        signs.append("extracted text became an <img> element")
    return signs


def test_the_injection_check_catches_a_raw_payload(tmp_path, hostile_kg):
    """Negative control: the same page with the payloads pasted in as markup is caught."""
    page = run_exporter("html", hostile_kg, tmp_path / "raw")[0]
    raw = "".join(UNIT.HOSTILE[:2])
    html = page.read_text(encoding="utf-8").replace('<ul id="pg-notes"></ul>',
                                                    f'<ul id="pg-notes"></ul>{raw}', 1)
    page.write_text(html, encoding="utf-8")
    dom = run_chromium(page.resolve().as_uri(), dump_dom=True, budget_ms=2000)
    assert "document.title was changed" in _injected(dom)
    assert "an injected script set data-pwned" in _injected(dom)


def test_hostile_page_runs_no_injected_script(tmp_path, hostile_kg):
    dom, _ = _open(hostile_kg, tmp_path, "hostile", fragment="#pg-selftest")
    assert _injected(dom) == []
    # the page's own script did run and drew everything
    st = page_status(dom)
    assert st is not None and st.ready
    assert (st.nodes, st.edges) == (hostile_kg.number_of_entities(), hostile_kg.number_of_facts())
    # every tooltip is in the DOM (self-test mode) and shows the hostile strings as text
    tips = dom.split('<div id="pg-selftest"', 1)[1]
    assert tips.count('<div class="pg-tip">') == st.nodes + st.edges
    assert "&lt;img src=x onerror=\"document.title='PWNED'" in tips
    assert "&lt;/script&gt;&lt;script&gt;document.title='PWNED'" in tips
    assert "&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt;" in tips
    assert "back\\slash \\u003c line\u2028sep\u2029end &lt;!-- &lt;script&gt;" in tips


def test_contacts_are_not_in_the_rendered_page(tmp_path):
    kg = build_graph(UNIT.sample_facts())
    dom, _ = _open(kg, tmp_path, "sample", fragment="#pg-selftest")
    st = page_status(dom)
    assert st is not None and (st.nodes, st.edges) == (7, 6)
    assert UNIT.EMAIL not in dom and "010-2345" not in dom
    assert "[contact hidden]" in dom and "github: adapark" in dom


def test_capped_page_says_so(tmp_path):
    kg = build_graph(UNIT.chain_facts(6))
    dom, _ = _open(kg, tmp_path, "capped", ExportOptions(max_nodes=3))
    st = page_status(dom)
    assert st is not None and (st.nodes, st.edges) == (3, 2)
    assert "of 11 entities" in st.text
    notes = dom.split('<ul id="pg-notes">', 1)[1].split("</ul>", 1)[0]
    assert "Too big to draw whole: 11 entities exceed the limit of 3." in notes


def test_empty_graph_page_says_so(tmp_path):
    from graph import KnowledgeGraph

    page = run_exporter("html", KnowledgeGraph(), tmp_path / "empty")[0]
    st = page_status(run_chromium(page.resolve().as_uri(), dump_dom=True, budget_ms=2000))
    assert st is not None and st.ready and st.stabilized and (st.nodes, st.edges) == (0, 0)
    assert "The graph is empty" in st.text


@pytest.mark.seeds
def test_seeds_page_draws_everything_and_no_contacts(tmp_path, seeds_dir):
    from extract import extract_document, read_document

    facts = [f for path in sorted(seeds_dir.iterdir()) if path.is_file() and not path.name.startswith(".")
             for f in extract_document(read_document(path))]
    kg = build_graph(facts)
    dom, _ = _open(kg, tmp_path, "seeds")
    st = page_status(dom)
    assert st is not None and st.ready, dom[-2000:]
    assert st.stabilized, f"physics never stabilized: {st.text}"
    assert (st.nodes, st.edges) == (kg.number_of_entities(), kg.number_of_facts())
    html = (tmp_path / "seeds" / "graph.html").read_text(encoding="utf-8")
    contacts = [v.split(":", 1)[-1] for e in kg.entities() for k, vs in e.identifiers.items()
                if k in ("email", "phone") for v in vs]
    assert not [c for c in contacts if c in html]


@pytest.fixture(scope="module")
def hostile_kg():
    return build_graph(UNIT.hostile_facts())


@pytest.fixture(scope="module")
def examples_kg():
    return UNIT.examples_graph()


@contextmanager
def _settled_page(kg, tmp_path: Path, name: str):
    """The exported page open in Chromium (DevTools), after its layout settled."""
    from exports.html_devtools import DevToolsPage

    page_file = run_exporter("html", kg, tmp_path / name)[0]
    with DevToolsPage(timeout_s=90) as page:
        page.navigate(page_file.resolve().as_uri())
        assert page.wait_for("(document.getElementById('pg-status')||{dataset:{}})"
                             ".dataset.stabilized === '1'"), "the page never settled"
        yield page


HOVER_JS = """(function(id){
  var net = window.pgNetwork, pos = net.canvasToDOM(net.getPositions([id])[id]);
  var r = document.getElementById('pg-network').getBoundingClientRect();
  return [r.left + pos.x, r.top + pos.y];
})(%s)"""
NODE_ID_JS = """(function(prefix){
  var d = JSON.parse(document.getElementById('pg-data').textContent);
  return d.nodes.filter(function(n){ return n.name.indexOf(prefix) === 0; })[0].id;
})(%s)"""
TIP_JS = """(function(){
  var t = document.querySelector('.pg-tooltip');
  return t && !t.hidden ? {text: t.textContent, elements: t.querySelectorAll('img,script,a,iframe').length}
                        : null;
})()"""


def test_hovering_a_node_shows_its_tooltip_as_plain_text(tmp_path, hostile_kg):
    with _settled_page(hostile_kg, tmp_path, "hover") as page:
        for payload in UNIT.HOSTILE[:3]:
            node = page.evaluate(NODE_ID_JS % json.dumps(payload[:12]))
            x, y = page.evaluate(HOVER_JS % json.dumps(node))
            tip = None
            for dx in (0, 1, -1, 2, -2, 0):      # a mouse moving over the node, a pixel at a time
                page.mouse_move(x + dx, y)
                if page.wait_for(TIP_JS, timeout_s=1):
                    tip = page.evaluate(TIP_JS)
                    if payload in tip["text"]:
                        break
            assert tip is not None, f"no tooltip for {payload[:20]!r}"
            assert tip["elements"] == 0
            assert payload in tip["text"] and "Person" in tip["text"] and "Evidence:" in tip["text"]
        assert page.evaluate("document.title") == "PeopleGraph explorer"
        assert page.evaluate("document.body.getAttribute('data-pwned')") is None


def test_search_selects_matches_and_type_filters_hide_nodes(tmp_path):
    kg = build_graph(UNIT.sample_facts())
    with _settled_page(kg, tmp_path, "search") as page:
        page.evaluate("var s=document.getElementById('pg-search'); s.value='INITECH';"
                      "s.dispatchEvent(new Event('input'))")
        assert page.wait_for("document.getElementById('pg-search-status').textContent !== ''")
        assert page.evaluate("document.getElementById('pg-search-status').textContent") == "1 match"
        names = page.evaluate("(function(){var d=JSON.parse(document.getElementById('pg-data')"
                              ".textContent), by={}; d.nodes.forEach(function(n){by[n.id]=n.name;});"
                              "return pgNetwork.getSelectedNodes().map(function(i){return by[i];});})()")
        assert names == ["Initech"]
        hidden = ("pgNetwork.body.data.nodes.get({filter: function(n){return n.hidden === true;}})"
                  ".length")
        assert page.evaluate(hidden) == 0
        page.evaluate("document.querySelector('input[data-type=Skill]').click()")
        assert page.evaluate(hidden) == 2
        page.evaluate("document.querySelector('input[data-type=Skill]').click()")
        assert page.evaluate(hidden) == 0
