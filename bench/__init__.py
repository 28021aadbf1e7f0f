"""Benchmarks and their data generators (run as modules: `python -m bench.gen`, ...).

Nothing here is imported by the library; benches print numbers and never run in the test suite's
timed assertions.
"""
