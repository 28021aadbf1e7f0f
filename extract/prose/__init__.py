"""Prose extractors for bios and articles: subject, patterns over the parse, boilerplate."""
