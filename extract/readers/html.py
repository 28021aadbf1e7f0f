"""HTML (a bio page, a profile, an exported resume): the main text only, as lines.

Standard library `html.parser`, one pass. What is dropped: script, style, noscript, template,
svg, iframe, forms and their controls, `<nav>`, `<aside>`, `<footer>`, a page-level `<header>`
(one inside `<article>`/`<main>` is the article's own and kept), hidden elements, landmark roles
(navigation, banner, contentinfo, complementary, search, dialog) and boxes whose class or id names
boilerplate (cookie/consent banners, menus, breadcrumbs, share bars, newsletters, sidebars, ads).
When the page marks its main content (`<main>`, `role="main"`, else a single `<article>`), only
that is kept.

Block elements become lines, `<br>` a line break, headings ``#``-prefixed lines by level
(``## Education``, which `extract.sections` recognises), list items ``- item``, table rows their
cells joined by `` | ``; `<pre>` keeps its spacing; entities are decoded.

>>> html_to_text("<nav>Home | Skills: Rust</nav><main><h1>Ada Park</h1><p>Ada&nbsp;leads "
...              "<b>data</b> work.</p><script>var x = 'Kafka';</script></main>")
'# Ada Park\\n\\nAda leads data work.'
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from extract.readers import register_reader
from extract.readers.text import decode_text

__all__ = ["read_html", "html_to_text"]

_DROP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object",
                   "embed", "canvas", "form", "button", "select", "textarea", "input", "label",
                   "nav", "aside", "footer", "dialog", "head", "title", "menu", "audio", "video",
                   "map"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl",
                    "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre",
                    "figure", "figcaption", "address", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
                    "details", "summary", "body", "html", "caption", "center", "fieldset"})
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                    "alertdialog", "menu", "menubar", "toolbar", "tooltip", "alert"})
#: class/id words that name page furniture rather than content
_FURNITURE = frozenset({
    "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "cookie",
    "cookies", "consent", "gdpr", "sidebar", "share", "sharing", "newsletter", "subscribe",
    "subscription", "advert", "advertisement", "ads", "ad", "promo", "popup", "modal", "skip",
    "comments", "comment", "footer", "masthead", "toolbar", "signup",
})
#: two-word furniture names whose single words may be content ('social-impact', 'related-work')
_FURNITURE_PAIRS = re.compile(r"(?:^|[^a-z])(?:social[-_ ]?(?:links?|icons?|share|media|buttons?|bar)"
                              r"|related[-_ ]?(?:posts?|articles?|content|stories|links))(?:$|[^a-z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_furniture(tag: str, attrs: dict[str, str], in_content: bool) -> bool:
    if tag in _DROP or (tag == "header" and not in_content):
        return True
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true" \
            or _HIDDEN_STYLE.search(attrs.get("style", "")):
        return True
    if attrs.get("role", "").lower() in _ROLES or attrs.get("aria-modal", "").lower() == "true":
        return True
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
    return any(w in _FURNITURE for w in re.split(r"[^a-z0-9]+", names)) \
        or bool(_FURNITURE_PAIRS.search(names))


class _Extractor(HTMLParser):
    """Collects text blocks, each tagged with the main-content containers it sits in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, starts a dropped subtree)
        self.dropped = 0                          # depth of dropped subtrees we are inside
        self.main = 0
        self.article = 0
        self.pre = 0
        self.blocks: list[tuple[str, str, bool, bool]] = []  # (kind, text, in main, in article)
        self.parts: list[str] = []
        self.prefix = ""
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    # --- block assembly -------------------------------------------------------------------
    def _flush(self, kind: str = "p") -> None:
        raw = "".join(self.parts)
        self.parts = []
        if self.pre:
            text = raw.strip("\n")
        else:  # collapse white space; a <br> (U+2028 here) is a line break
            lines = (" ".join(part.split()) for part in raw.split("\u2028"))
            text = "\n".join(ln for ln in lines if ln)
        if text:
            if self.prefix.startswith("#"):
                kind = "h"
            elif self.prefix == "- ":
                kind = "li"
            self.blocks.append((kind, self.prefix + text, self.main > 0, self.article > 0))
        self.prefix = ""

    def _open(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "br":
            self.parts.append("\n" if self.pre else "\u2028")
            return
        if tag in ("td", "th") and self.row is not None:
            self.cell = []
            return
        if tag == "tr":
            self._flush()
            self.row = []
            return
        if tag in _BLOCK and self.cell is None:
            self._flush()
            if tag in _HEADINGS:
                self.prefix = "#" * _HEADINGS[tag] + " "
            elif tag == "li":
                self.prefix = "- "
        if tag == "main" or attrs.get("role", "").lower() == "main":
            self.main += 1
        if tag == "article":
            self.article += 1
        if tag == "pre":
            self.pre += 1

    def _close(self, tag: str, attrs_role: bool) -> None:
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
            return
        if tag == "tr" and self.row is not None:
            line = " | ".join(c for c in self.row if c)
            self.row = None
            if line:
                self.parts = [line]
                self._flush("row")
            return
        if tag in _BLOCK and self.cell is None:
            self._flush()
        if tag == "main" or attrs_role:
            self.main = max(0, self.main - 1)
        if tag == "article":
            self.article = max(0, self.article - 1)
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    # --- HTMLParser callbacks ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if self.dropped:
            if tag not in _VOID:
                self.stack.append((tag, False))
            return
        if _is_furniture(tag, a, self.main > 0 or self.article > 0):
            if tag not in _VOID:
                self.stack.append((tag, True))
                self.dropped += 1
            return
        self._open(tag, a)
        if tag not in _VOID:
            role_main = tag != "main" and a.get("role", "").lower() == "main"
            self.stack.append((tag + ("#main" if role_main else ""), False))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.dropped and tag == "br":
            self._open(tag, {})

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):  # close up to the matching open tag
            if self.stack[i][0].split("#")[0] == tag:
                break
        else:
            return  # a stray end tag
        while len(self.stack) > i:
            name, drops = self.stack.pop()
            if drops:
                self.dropped -= 1
            elif not self.dropped:
                self._close(name.split("#")[0], name.endswith("#main"))

    def handle_data(self, data: str) -> None:
        if self.dropped:
            return
        (self.cell if self.cell is not None else self.parts).append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str) -> str:
    """The main text of an HTML page (see the module docstring)."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    blocks = parser.blocks
    if any(b[2] for b in blocks):
        blocks = [b for b in blocks if b[2]]
    elif any(b[3] for b in blocks):
        blocks = [b for b in blocks if b[3]]
    lines: list[str] = []
    prev = ""
    for kind, text, _, _ in blocks:  # a blank line around headings and between paragraphs
        if lines and (kind in ("h", "p") or prev == "h"):
            lines.append("")
        lines.extend(text.split("\n"))
        prev = kind
    return "\n".join(ln.rstrip() for ln in lines).strip("\n")


def _charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


@register_reader(".html", ".htm", ".xhtml")
def read_html(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """Main text of an HTML file (declared charset, else UTF-8, else cp1252 with a warning)."""
    charset = _charset(data)
    warnings: list[str] = []
    if charset and charset not in ("utf-8", "utf8") and not data.startswith(b"\xef\xbb\xbf"):
        try:
            html = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            html, warnings = decode_text(data, str(path))
    else:
        html, warnings = decode_text(data, str(path))
    return html_to_text(html) + "\n", "html", warnings
