"""reStructuredText, AsciiDoc and Org-mode files, read as Markdown-like text of the same length.

Each line keeps its length, so every character offset still points at the same character of the
file: markup is blanked or swapped for its Markdown equivalent, never removed.

- reStructuredText: field lists (`:Title: X` -> ` Title: X`), directives and their option lines
  (`.. contents::`, `   :local:`) blanked, inline literals and roles (``x``, `x`_, :role:`x`) lose
  their marks; over/underlined titles already read as headings.
- AsciiDoc: `== Title` -> `## Title`, attribute lines (`:toc:`) and block delimiters blanked.
- Org-mode: `** Title` -> `## Title`, `#+KEYWORD:` lines blanked.

>>> to_markdown(":Title: Staff SRE\\n.. contents:: Sections\\n``slo-lint``", "rst")
' Title: Staff SRE\\n                      \\n  slo-lint  '
>>> to_markdown("== Experience\\n:toc:", "adoc")
'## Experience\\n     '
"""

from __future__ import annotations

import re
from pathlib import Path

from extract.readers import register_reader
from extract.readers.text import decode_text

__all__ = ["to_markdown", "read_markup_file"]

_RST_FIELD = re.compile(r"^(\s*):([^:\n`]{1,40}):(?=\s)", re.M)
_RST_DIRECTIVE = re.compile(r"^\.\.\s+[\w:-]*(?:::.*)?$|^\.\.\s*$", re.M)
_RST_OPTION = re.compile(r"^[ \t]+:[\w-]+:.*$", re.M)
_RST_ROLE = re.compile(r":[\w-]+:(?=`)")
_RST_LINK = re.compile(r"`([^`<\n]+?)\s*(<[^>\n]+>)?`__?")
_RST_LITERAL = re.compile(r"``([^`\n]+)``")
_ADOC_HEADING = re.compile(r"^(=+)(?=\s)", re.M)
_ADOC_ATTR = re.compile(r"^:[\w!-]+:.*$|^(?:-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,})\s*$|^\[[^\]\n]*\]\s*$",
                        re.M)
_ORG_HEADING = re.compile(r"^(\*+)(?=\s)", re.M)
_ORG_KEYWORD = re.compile(r"^#\+\w+:?.*$", re.M)

_FORMATS = {".rst": "rst", ".rest": "rst", ".adoc": "adoc", ".asciidoc": "adoc", ".org": "org"}


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def _rst(text: str) -> str:
    text = _RST_DIRECTIVE.sub(_blank, text)
    text = _RST_OPTION.sub(_blank, text)
    text = _RST_FIELD.sub(lambda m: m.group(1) + " " + m.group(2) + ":", text)
    text = _RST_ROLE.sub(_blank, text)
    text = _RST_LITERAL.sub(lambda m: "  " + m.group(1) + "  ", text)

    def link(m: re.Match) -> str:
        # `text <url>`_ -> " text  url    ": marks blanked, the address kept (a profile link
        # more often than not)
        whole = m.group(0)
        out = list(whole)
        out[0] = " "
        for i in range(len(whole) - 1, 0, -1):
            if whole[i] == "`":
                out[i:] = " " * (len(whole) - i)
                break
        if m.group(2):
            out[m.start(2) - m.start()] = " "
            out[m.end(2) - m.start() - 1] = " "
        return "".join(out)

    return _RST_LINK.sub(link, text)


def to_markdown(text: str, kind: str) -> str:
    """`text` in `kind` markup ('rst', 'adoc', 'org') as Markdown-like text of the same length."""
    if kind == "rst":
        return _rst(text)
    if kind == "adoc":
        text = _ADOC_ATTR.sub(_blank, text)
        return _ADOC_HEADING.sub(lambda m: "#" * len(m.group(1)), text)
    if kind == "org":
        text = _ORG_KEYWORD.sub(_blank, text)
        return _ORG_HEADING.sub(lambda m: "#" * len(m.group(1)), text)
    return text


@register_reader(*_FORMATS)
def read_markup_file(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """A lightweight-markup file: decoded, its markup turned into Markdown of the same length."""
    text, warnings = decode_text(data, str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return to_markdown(text, _FORMATS[path.suffix.lower()]), "md", warnings
