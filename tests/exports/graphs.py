"""Graphs the export tests share: hostile names no exporter may mangle, and a real build."""

from __future__ import annotations

from pathlib import Path

from graph import KnowledgeGraph, build_graph
from ontology import Fact, Mention, Provenance

__all__ = ["HOSTILE", "hostile_facts", "hostile_kg", "build_kg"]


#: names no exporter may mangle: quotes, backslashes, Cypher and CSV syntax, scripts, emoji
HOSTILE = ["O'Brien \"Bob\" Jr.", "Back\\slash\\", "} RETURN 1 //", "'}) DETACH DELETE n //",
           "a;b,c\"d", "`tick` $param {x}", "Zoë 名前 \U0001f600 \U0001f468\u200d\U0001f469",
           "\u05e9\u05dc\u05d5\u05dd \u0639\u0631\u0628\u064a \u202eRLO\u202c", "\\' \\\\' ''"]


def hostile_facts() -> list[Fact]:
    """People and organizations named by HOSTILE, with titles, quotes and attributes holding
    newlines, CR, tabs and the array delimiter; a part-of chain; identifiers and contacts."""
    facts = []
    for i, name in enumerate(HOSTILE):
        quote = f"{name}\n\tsecond line\r\nthird \\ 'q' \"dq\" \x1f"
        prov = Provenance(doc=f"doc'{i}\"\n", start=i, end=i + len(quote), quote=quote,
                          extractor="test.hostile.v1", confidence=0.5 + i / 100)
        person = Mention(type="Person", name=name, identifiers={
            "email": f"p{i}@example.org", "phone": "+1 555 0100", "github": f"gh'{name}"},
            attrs={"note": f"{name}\nmore", "weird key'\"": name, "name": "clash"})
        org = Mention(type="Organization", name=f"{name} Corp")
        facts.append(Fact(subject=person, predicate="worked-at", object=org, provenance=prov,
                          title=f"{name}\r\n'Lead'", location=name, start="2019-03",
                          end="present" if i % 2 else "2021", attrs={"team": name}))
        facts.append(Fact(subject=person, predicate="used-skill", provenance=prov,
                          object=Mention(type="Skill", name=f"{name} skill")))
        if i:
            facts.append(Fact(subject=org, predicate="part-of", provenance=prov,
                              object=Mention(type="Organization", name=f"{HOSTILE[i - 1]} Corp")))
    return facts


def hostile_kg() -> KnowledgeGraph:
    return build_graph(hostile_facts())


def build_kg(folder: Path, out: Path) -> KnowledgeGraph:
    """`peoplegraph build folder -o out` (graph.json only), loaded back as the CLI would."""
    from graph.store import load
    from peoplegraph.pipeline import BuildConfig, run_build

    result = run_build(BuildConfig(paths=[folder], out=out, outputs=("graph-json",)))
    assert result.inputs and not result.failed
    return load(out)
