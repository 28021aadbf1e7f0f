"""reStructuredText, AsciiDoc and Org-mode resumes: read as Markdown of the same length, so the
extractors find their roles and skills and every span still indexes the file's characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import extract_document, read_document
from extract.readers.markup import to_markdown

RST = """\
===============
Ines Vasquez Lu
===============

:Role: Platform Engineer
:Email: ines.vlu@example.org
:GitHub: `ivlu <https://github.com/ivlu>`_

.. contents:: Sections
   :local:

Experience
==========

Tollbridge Analytics -- Porto
-----------------------------

:Title: Senior Platform Engineer
:Period: Mar 2021 -- Present

* Ran the Kubernetes fleet with Terraform and ``helmfile``; built dashboards in Grafana.

Quarry Mobile -- Lisbon
-----------------------

:Title: DevOps Engineer
:Period: Jan 2017 -- Feb 2021

* Moved CI to GitLab CI and deployed services on AWS.

Skills
======

Python, Go, PostgreSQL, Prometheus
"""

ADOC = """\
= Ines Vasquez Lu
:toc:

== Experience

=== Tollbridge Analytics, Porto
Senior Platform Engineer, Mar 2021 - Present

* Ran the Kubernetes fleet with Terraform.

== Skills

Python, Go, PostgreSQL
"""

ORG = """\
#+TITLE: Ines Vasquez Lu
* Experience
** Tollbridge Analytics, Porto
Senior Platform Engineer, Mar 2021 - Present
- Ran the Kubernetes fleet with Terraform.
* Skills
Python, Go, PostgreSQL
"""


@pytest.mark.parametrize("kind,text", [("rst", RST), ("adoc", ADOC), ("org", ORG)])
def test_markup_keeps_every_line_length(kind: str, text: str) -> None:
    out = to_markdown(text, kind)
    assert [len(x) for x in out.split("\n")] == [len(x) for x in text.split("\n")]
    assert out != text


@pytest.mark.parametrize("suffix,text", [(".rst", RST), (".adoc", ADOC), (".org", ORG)])
def test_markup_resumes_give_roles_and_skills(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"ines{suffix}"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "md" and len(doc.text) == len(text)
    facts = extract_document(doc)
    jobs = {(f.object.name, f.title, f.start) for f in facts if f.predicate.value == "worked-at"}
    assert ("Tollbridge Analytics", "Senior Platform Engineer", "2021-03") in jobs
    skills = {f.object.name for f in facts if f.predicate.value == "used-skill"}
    assert {"Python", "Go", "PostgreSQL"} <= skills
    for f in facts:
        assert doc.text[f.provenance.start:f.provenance.end] == f.provenance.quote
    job = next(f for f in facts if f.predicate.value == "worked-at" and f.start == "2021-03")
    # the same offsets read the file itself: markup was blanked in place, nothing removed
    assert "Tollbridge Analytics" in text[max(0, job.provenance.start - 40):job.provenance.end + 40]
