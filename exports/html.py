"""graph.html: a self-contained interactive explorer (vis-network as shipped inside pyvis).

The page is one file with nothing fetched: vis-network's CSS and JS are read at export time from
the installed pyvis package (`pyvis/templates/lib/vis-9.1.2`) and inlined into the project
template `exports/templates/graph.html`, together with the page script `graph.js`.

Safety: pyvis's own template links Bootstrap from a CDN and has three script-injection paths
(tooltips via innerHTML when a title contains "href", a raw `heading`, raw node ids with
`select_menu`), so neither pyvis's template nor `Network.generate_html` is used. Graph data is a
JSON document inside `<script type="application/json">` with `<`, `>`, `&`, U+2028 and U+2029
escaped; the page reads it with `JSON.parse` and builds every element with `textContent`
(legend, notes, search results and its own hover tooltip; vis's title popup is not used).
Node ids are opaque (`n0`, `n1`, ...). See `exports.html_data` for what is drawn (focus/hops,
the `max_nodes` cap, contact redaction) and `exports.html_layout` for the starting positions
(computed here, so the browser only relaxes them briefly and then turns physics off).

Deterministic: the same graph and options give byte-identical HTML (sorted data, fixed layout
seed, no timestamps).
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from pathlib import Path

from exports.html_data import page_data
from exports.io import atomic_write_text
from exports.options import ExportOptions
from exports.registry import register_exporter
from graph.kg import KnowledgeGraph
from ontology import ExportError
from ontology.collector import paused_gc

__all__ = ["render_html", "write_html", "json_for_script", "VIS_VERSION"]

log = logging.getLogger(__name__)

VIS_VERSION = "9.1.2"
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_MARKER = re.compile(r"@@(VIS_CSS|VIS_JS|DATA|PAGE_JS)@@")
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(value: object) -> str:
    """JSON that is safe inside a `<script>` element: no `<`, `>`, `&`, U+2028/2029 literally.

    >>> json_for_script({"a": "</script><b>&\u2028"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group(0)], text)


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's (css, js) from the installed pyvis package, checked for inline safety."""
    try:
        import pyvis
    except ImportError as exc:  # pragma: no cover - pyvis is a core dependency
        raise ExportError("html export needs the pyvis package (it ships vis-network)",
                          hint="pip install pyvis==0.3.2") from exc
    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    try:
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"vis-network {VIS_VERSION} not found in the pyvis package at {lib}",
                          hint="install pyvis==0.3.2") from exc
    if re.search(r"</style", css, re.I) or re.search(r"</script|<!--", js, re.I):
        raise ExportError("vis-network assets cannot be inlined safely (closing tag inside)",
                          hint="pin pyvis==0.3.2")
    return css, js


@lru_cache(maxsize=1)
def _template() -> tuple[str, str]:
    html = (_TEMPLATES / "graph.html").read_text(encoding="utf-8")
    page_js = (_TEMPLATES / "graph.js").read_text(encoding="utf-8")
    return html, page_js


@paused_gc()  # page data is many small acyclic dicts and lists: collector passes were waste
def render_html(kg: KnowledgeGraph, options: ExportOptions | None = None) -> str:
    """The complete page as a string."""
    options = options or ExportOptions()
    data = page_data(kg, options)
    for note in data["notes"]:
        log.warning("html: %s", note)
    css, js = _vis_assets()
    html, page_js = _template()
    parts = {"VIS_CSS": css, "VIS_JS": js, "PAGE_JS": page_js, "DATA": json_for_script(data)}
    # one pass: inserted text is never scanned for markers again
    return _MARKER.sub(lambda m: parts[m.group(1)], html)


@register_exporter("html", "graph.html: a self-contained interactive explorer")
def write_html(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_text(Path(out_dir) / "graph.html", render_html(kg, options))]
