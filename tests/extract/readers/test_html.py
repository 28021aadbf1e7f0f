"""HTML reader: the main text only (no navigation, scripts, banners, footers), block elements
as lines, headings as section hints; the example bio page gives only the bio's facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import extract_document, read_document
from extract.readers.html import html_to_text
from ontology import norm_name

ROOT = Path(__file__).resolve().parents[3]
BIO = ROOT / "examples" / "bio_page.html"

#: named only in the page's navigation, banner, sidebar, form, footer or scripts
FURNITURE_ONLY = ("Rust", "Globex Corporation", "Google Analytics", "Kubernetes", "TensorFlow",
                  "Snowflake", "dbt", "Django", "Umbrella Corporation", "Kafka", "Mastodon",
                  "Brightline Events", "GridWeek 2024", "Speakers", "newsletter", "cookies")


@pytest.fixture(scope="module")
def bio():
    document = read_document(BIO)
    return document, extract_document(document)


def test_furniture_text_is_not_in_the_document(bio):
    document, _ = bio
    assert document.format == "html"
    for word in FURNITURE_ONLY:
        assert word not in document.text, word
    assert document.text.startswith("# Helga Marwick\n\nPrincipal Data Scientist at Quellstone")
    assert "company’s offshore wind farms" in document.text  # &rsquo; decoded
    assert "telemetry & why" in document.text                 # &amp; decoded


def test_furniture_words_are_in_the_raw_page():
    raw = BIO.read_text(encoding="utf-8")  # the test above is only meaningful if they are
    assert all(word in raw for word in FURNITURE_ONLY)


def test_bio_page_gives_only_the_bio_facts(bio):
    document, facts = bio
    keys = {(f.predicate.value, f.object.name) for f in facts}
    assert {("worked-at", "Quellstone Energy"), ("worked-at", "Northwind Logistics"),
            ("studied-at", "Fjordhavn University"), ("used-skill", "Python"),
            ("used-skill", "Apache Spark"), ("used-skill", "PyMC")} <= keys
    named = {norm_name(f.object.name) for f in facts}
    for word in FURNITURE_ONLY:
        assert norm_name(word) not in named, word
    assert {f.subject.name for f in facts if f.subject.type.value == "Person"} == {"Helga Marwick"}
    for f in facts:  # every piece of evidence is in the kept text
        assert document.text[f.provenance.start:f.provenance.end] == f.provenance.quote


def test_without_a_main_element_the_body_is_kept_less_its_furniture():
    html = """<body><div class="navbar"><a>Home</a><a>Rust jobs</a></div>
    <header><h1>Site name</h1></header>
    <div class="content"><h1>Jane Roe</h1><h2>Education</h2><ul><li>PhD, Physics</li>
    <li>BSc,<br>Chemistry</li></ul><p style="display: none">Hidden Kafka</p>
    <p hidden>Also hidden</p><div aria-hidden="true">Icon</div>
    <div role="dialog">Subscribe!</div></div>
    <footer>© 2024</footer></body>"""
    assert html_to_text(html) == "# Jane Roe\n\n## Education\n\n- PhD, Physics\n- BSc,\nChemistry"


def test_an_article_header_is_kept_and_a_single_article_is_the_content():
    html = """<header><nav>Menu</nav><p>Site banner text</p></header>
    <article><header><h1>Ada Park</h1><p>Staff Engineer</p></header><p>Ada builds things.</p>
    <footer>Tags: data</footer></article><p>Unrelated trailer</p>"""
    assert html_to_text(html) == "# Ada Park\n\nStaff Engineer\n\nAda builds things."


def test_tables_pre_and_entities():
    html = """<main><table><tr><th>Year</th><th>Award</th></tr>
    <tr><td>2019</td><td>Gold&nbsp;<b>Medal</b></td></tr></table>
    <pre>pip install   peoplegraph
  --help</pre><p>R&amp;D &lt;lead&gt; &#8211; caf&eacute;</p></main>"""
    assert html_to_text(html) == ("Year | Award\n2019 | Gold Medal\n\npip install   peoplegraph\n"
                                  "  --help\n\nR&D <lead> – café")


def test_unclosed_tags_and_stray_end_tags_do_not_lose_text():
    html = "<main><p>One<p>Two</span><ul><li>a<li>b</ul><div><script>x()</div>Three</main>"
    # an unclosed <script> swallows the rest as script text, as browsers do
    assert html_to_text(html) == "One\n\nTwo\n- a\n- b"


def test_declared_charset_is_used(tmp_path):
    path = tmp_path / "bio.html"
    path.write_bytes('<meta charset="iso-8859-1"><main><p>José Núñez</p></main>'.encode("latin-1"))
    doc = read_document(path)
    assert doc.text == "José Núñez\n" and doc.warnings == []


def test_furniture_is_named_by_whole_words_of_class_and_id():
    html = """<main><div class="social-links">Follow on Mastodon</div>
    <section class="social-impact"><p>Led a literacy programme.</p></section>
    <div id="related-posts">Other speakers</div><section class="related-work"><p>Prior art.</p>
    </section><div class="header-image"><p>Caption kept.</p></div></main>"""
    assert html_to_text(html) == "Led a literacy programme.\n\nPrior art.\n\nCaption kept."
