"""Extraction: readers, sections, the date grammar, gazetteers and extractors.

Public surface (imports nothing heavy; spaCy loads on first use):

- `read_document(path)` -> `ontology.Document`
- `extract_document(document)` -> list of `ontology.Fact`
"""

from extract.pipeline import extract_document
from extract.readers import read_document

__all__ = ["read_document", "extract_document"]
