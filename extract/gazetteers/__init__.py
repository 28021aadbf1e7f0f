"""Curated vocabularies (data files) and their loaders."""
