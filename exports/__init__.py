"""Exports: one module per format, registered by name (see `exports.registry`)."""

from exports.options import ExportOptions
from exports.registry import exporter_names, get_exporter, register_exporter, run_exporter

__all__ = ["ExportOptions", "exporter_names", "get_exporter", "register_exporter", "run_exporter"]
