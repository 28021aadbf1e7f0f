"""JSON Resume (jsonresume.org): a `.json` file with a "basics" or "work" key.

The reader renders the JSON as readable text, one line per field, named by its JSON path, in
the file's order (a blank line between top-level sections)::

    basics.name: Ada Park
    work[0].name: Initech
    work[0].position: Staff Engineer
    work[0].highlights[0]: Moved billing to Kafka

That text is the document (format ``"jsonresume"``), so every fact's evidence span points into
text a user can read, and `parse_rendered` gives the fields back with their spans for
`extract.jsonresume_facts`. Line breaks inside a value become spaces; null and empty values are
left out, and so are "$schema" and "meta".

>>> text = render_resume({"basics": {"name": "Ada Park"}, "work": [{"name": "Initech"}]})
>>> print(text)
basics.name: Ada Park
<BLANKLINE>
work[0].name: Initech
>>> [(f.path, f.value, text[f.start:f.end]) for f in parse_rendered(text)][1]
('work[0].name', 'Initech', 'work[0].name: Initech')
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.readers import register_reader
from extract.readers.text import decode_text
from ontology import InputError

__all__ = ["Field", "read_json_resume", "render_resume", "parse_rendered", "is_json_resume",
           "is_json_resume_file", "is_other_json_file", "split_path"]

_SKIP = frozenset({"$schema", "meta"})
_KEY = re.compile(r"[A-Za-z_$][A-Za-z0-9_$-]*")
_LINE = re.compile(r'^((?:[A-Za-z_$][A-Za-z0-9_$-]*|\["(?:[^"\\]|\\.)*"\])'
                   r'(?:\.[A-Za-z_$][A-Za-z0-9_$-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*): (.*)$')
_PART = re.compile(r'\.?([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


@dataclass(frozen=True)
class Field:
    """One rendered field: its JSON path ('work[0].name'), value as text and the [start, end)
    span of its whole line in the rendered text."""

    path: str
    value: str
    start: int
    end: int

    @property
    def parts(self) -> tuple[str | int, ...]:
        return split_path(self.path)


def split_path(path: str) -> tuple[str | int, ...]:
    """'work[0].highlights[1]' -> ('work', 0, 'highlights', 1).

    >>> split_path('basics.profiles[2].url')
    ('basics', 'profiles', 2, 'url')
    """
    out: list[str | int] = []
    for m in _PART.finditer(path):
        if m.group(1) is not None:
            out.append(m.group(1))
        elif m.group(2) is not None:
            out.append(int(m.group(2)))
        else:
            out.append(json.loads(m.group(3)))
    return tuple(out)


def _key(prefix: str, key: str) -> str:
    if _KEY.fullmatch(key):
        return f"{prefix}.{key}" if prefix else key
    return f"{prefix}[{json.dumps(key, ensure_ascii=False)}]"


def _scalar(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    text = " ".join(str(value).split())
    return text or None


def _walk(value: Any, path: str, out: list[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _walk(v, _key(path, str(k)), out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _walk(v, f"{path}[{i}]", out)
    else:
        text = _scalar(value)
        if text is not None:
            out.append(f"{path}: {text}")


def render_resume(data: dict[str, Any]) -> str:
    """The readable text of a JSON Resume (see the module docstring)."""
    blocks: list[str] = []
    for key, value in data.items():
        if key in _SKIP:
            continue
        lines: list[str] = []
        _walk(value, _key("", str(key)), lines)
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def parse_rendered(text: str) -> list[Field]:
    """The fields of a rendered JSON Resume with their line spans, in text order."""
    fields: list[Field] = []
    pos = 0
    for line in text.split("\n"):
        m = _LINE.match(line)
        if m:
            fields.append(Field(m.group(1), m.group(2), pos, pos + len(line)))
        pos += len(line) + 1
    return fields


def is_json_resume(data: Any) -> bool:
    """A JSON object with a "basics" or "work" key.

    >>> is_json_resume({"work": []}), is_json_resume({"name": "x"}), is_json_resume([1])
    (True, False, False)
    """
    return isinstance(data, dict) and ("basics" in data or "work" in data)


def is_json_resume_file(path: str | Path, max_bytes: int = 20_000_000) -> bool:
    """Whether a file parses as a JSON Resume: lets a folder walk skip other JSON files
    (package.json, a previous build's graph.json) instead of reporting them as failed."""
    try:
        p = Path(path)
        if p.stat().st_size > max_bytes:
            return False
        return is_json_resume(json.loads(decode_text(p.read_bytes(), str(p))[0]))
    except (OSError, ValueError, InputError):
        return False


def is_other_json_file(path: str | Path, max_bytes: int = 20_000_000) -> bool:
    """Whether a file is valid JSON of another kind than a JSON Resume (package.json, gold
    files, a build's graph.json): a folder walk passes it over. Invalid JSON, a file too big to
    check or one that cannot be read is not "other": it is attempted, and its error reported."""
    try:
        p = Path(path)
        if p.stat().st_size > max_bytes:
            return False
        return not is_json_resume(json.loads(decode_text(p.read_bytes(), str(p))[0]))
    except (OSError, ValueError, InputError):
        return False


@register_reader(".json")
def read_json_resume(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """Render a JSON Resume; raises `InputError` for invalid JSON or JSON of another kind."""
    raw, warnings = decode_text(data, str(path))
    try:
        parsed = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                         doc=str(path), hint="fix the JSON (a JSON Resume is read from .json "
                         "files)") from exc
    if not is_json_resume(parsed):
        raise InputError("a JSON file that is not a JSON Resume (no 'basics' or 'work' key)",
                         doc=str(path), hint="only JSON Resume files (jsonresume.org schema) are "
                         "read from .json; move other JSON files out of the input folders")
    return render_resume(parsed) + "\n", "jsonresume", warnings
