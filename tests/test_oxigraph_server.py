"""End to end against a real SPARQL endpoint: the `oxigraph` server on loopback.

graph.ttl is loaded over HTTP (Graph Store Protocol) and every ready query must give the
same answers as the embedded store.
"""

from __future__ import annotations

import importlib.util
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from exports import ExportOptions, run_exporter
from graph.sparql import ReadyQuery, from_json, open_store, run_query

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _load_sparql_tests():
    spec = importlib.util.spec_from_file_location("_pg_sparql_tests", ROOT / "tests/graph/test_sparql.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _oxigraph_binary() -> str:
    local = Path(sys.executable).with_name("oxigraph")
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the `oxigraph` server is not installed (pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url: str, data: bytes | None = None, method: str = "GET",
             headers: dict[str, str] | None = None, timeout: float = 30) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (loopback only)
        return resp.status, resp.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A running `oxigraph serve` on 127.0.0.1 (a free port), stopped at the end."""
    binary = _oxigraph_binary()
    data_dir = tmp_path_factory.mktemp("oxigraph-data")
    for _attempt in range(3):
        port = _free_port()
        proc = subprocess.Popen([binary, "serve", "--location", str(data_dir), "--bind",
                                 f"127.0.0.1:{port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                _request(base + "/query?query=ASK%7B%7D", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        if proc.poll() is None:
            break
    else:
        pytest.fail(f"oxigraph did not start: {proc.stderr.read().decode(errors='replace')}")
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def loaded(server, tmp_path_factory):
    """The sample graph's graph.ttl PUT into the server's default graph, plus the local store."""
    sparql_tests = _load_sparql_tests()
    out = tmp_path_factory.mktemp("out")
    [ttl] = run_exporter("turtle", sparql_tests.sample_kg(), out, ExportOptions())
    status, _ = _request(server + "/store?default", data=ttl.read_bytes(), method="PUT",
                         headers={"Content-Type": "text/turtle"})
    assert status in (200, 201, 204)
    return server, open_store(out), sparql_tests, open_store(sparql_tests.sample_kg())


def _remote(server: str, text: str):
    status, body = _request(server + "/query", data=text.encode("utf-8"), method="POST",
                            headers={"Content-Type": "application/sparql-query",
                                     "Accept": "application/sparql-results+json"})
    assert status == 200
    return from_json(body)


def test_server_listens_on_loopback_only(server):
    assert server.startswith("http://127.0.0.1:")


def test_graph_store_protocol_returns_the_loaded_triples(loaded):
    server, local, *_ = loaded
    status, body = _request(server + "/store?default", headers={"Accept": "application/n-triples"})
    assert status == 200
    assert len([ln for ln in body.decode().splitlines() if ln.strip()]) == len(local)


def test_ready_queries_give_the_same_answers_over_http(loaded):
    server, local, sparql_tests, dataset = loaded
    for name, params, cols, expected in sparql_tests.EXPECTED:
        q = ReadyQuery.load(sparql_tests.QUERIES / f"{name}.rq")
        text = q.bind(params)
        here = run_query(local, q.text, params, q.params)
        there = _remote(server, text)
        assert there.variables == here.variables, name
        assert there.rows == here.rows, (name, params)
        # and the same as the embedded store holding the named graphs (union default graph)
        assert run_query(dataset, q.text, params, q.params).rows == here.rows, (name, params)
        assert sparql_tests.values(there, *cols) == expected, (name, params)
