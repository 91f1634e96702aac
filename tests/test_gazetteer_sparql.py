"""``build_from_sparql`` against a real ``oxigraph serve`` loaded with a Wikidata-shaped fixture."""

from __future__ import annotations

import io
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from conftest import stop_process
from kg.gazetteer import Gazetteer, build_from_sparql
from kg.gazetteer.__main__ import main as gazetteer_main
from kg.gazetteer.records import read_gazetteer

FIXTURE = Path(__file__).parent / "fixtures" / "gazetteer" / "wikidata-mini.ttl"
SYRIA, IDLIB_GOV, ALEPPO_GOV, ALEPPO, IDLIB, SARAQIB = (
    "Q858", "Q233218", "Q214064", "Q41183", "Q504657", "Q1895761")


def _oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).parent / "oxigraph"
    return str(beside_python) if beside_python.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _answers(base: str) -> bool:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph HTTP server on a free loopback port, loaded with the fixture."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary (PyPI package 'oxigraph') is not installed")
    location = tmp_path_factory.mktemp("oxigraph")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([binary, "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not _answers(base):
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(f"oxigraph serve exited with {proc.returncode}: {err}")
            if time.monotonic() > deadline:
                pytest.fail("oxigraph serve did not answer within 30 s")
            time.sleep(0.2)
        req = urllib.request.Request(f"{base}/store?default", data=FIXTURE.read_bytes(),
                                     method="POST", headers={"Content-Type": "text/turtle"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            assert resp.status in (200, 201, 204)
        yield f"{base}/query"
    finally:
        stop_process(proc)
        if proc.stderr:
            proc.stderr.close()


@pytest.fixture(scope="module")
def sparql_build(endpoint: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sparql") / "syria.jsonl.gz"
    build_from_sparql(endpoint, [SYRIA], out)
    return out


def test_sparql_build_has_places_hierarchy_and_coordinates(sparql_build: Path) -> None:
    header, records = read_gazetteer(sparql_build)
    assert header["builder"] == "kg.gazetteer.build_from_sparql"
    recs = {r["id"]: r for r in records}
    assert set(recs) == {SYRIA, IDLIB_GOV, ALEPPO_GOV, ALEPPO, IDLIB, SARAQIB}  # no Turkey
    syria = recs[SYRIA]
    assert (syria["kind"], syria["level"], syria["country"]) == ("country", "country", SYRIA)
    assert "Syrian Arab Republic" in syria["names"] and "سوريا" in syria["ar"]
    gov = recs[IDLIB_GOV]
    assert (gov["level"], gov["country"], gov["admin1"]) == ("admin1", SYRIA, IDLIB_GOV)
    assert (gov["lat"], gov["lon"]) == pytest.approx((35.78763, 36.67972))
    assert gov["gn"] == 169387 and "Idlib Province" in gov["names"]
    aleppo = recs[ALEPPO]
    assert (aleppo["level"], aleppo["country"], aleppo["admin1"]) == \
        ("locality", SYRIA, ALEPPO_GOV)
    assert (aleppo["lat"], aleppo["lon"]) == pytest.approx((36.20369, 37.17262))
    assert aleppo["pop"] == 1602264 and aleppo["gn"] == 170063
    assert {"Halab", "Haleb"} <= set(aleppo["names"]) and aleppo["ar"] == ["حلب"]


def test_sparql_build_uses_statement_coordinates_and_skips_deprecated(sparql_build: Path) -> None:
    recs = {r["id"]: r for r in read_gazetteer(sparql_build)[1]}
    assert (recs[ALEPPO_GOV]["lat"], recs[ALEPPO_GOV]["lon"]) == pytest.approx((36.2218,
                                                                              37.64075))


def test_sparql_build_walks_p131_chains_to_admin1(sparql_build: Path) -> None:
    recs = {r["id"]: r for r in read_gazetteer(sparql_build)[1]}
    assert recs[SARAQIB]["admin1"] == IDLIB_GOV
    assert recs[SARAQIB]["lat"] is None                     # no coordinates in the fixture


def test_sparql_build_is_deterministic(endpoint: str, sparql_build: Path,
                                       tmp_path: Path) -> None:
    again = tmp_path / "again.jsonl.gz"
    build_from_sparql(endpoint, [SYRIA], again)
    assert again.read_bytes() == sparql_build.read_bytes()


def test_sparql_build_links(sparql_build: Path) -> None:
    gaz = Gazetteer.load(sparql_build, actors=False)
    for name, qid in (("Aleppo", ALEPPO), ("Idlib province", IDLIB_GOV),
                      ("province of Idlib", IDLIB_GOV), ("Syria", SYRIA)):
        cand = gaz.link(name, "place", {SYRIA})
        assert cand is not None and cand.qid == qid, name


def test_sparql_cli(endpoint: str, tmp_path: Path) -> None:
    out = tmp_path / "cli.jsonl.gz"
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = gazetteer_main(["build", "--from-sparql", endpoint, "--country", SYRIA,
                               "-o", str(out), "--no-actors"])
    assert code == 0
    assert json.loads(buf.getvalue())["counts"]["total"] == 6


def test_sparql_rejects_bad_country(endpoint: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        build_from_sparql(endpoint, ["Syria"], tmp_path / "x.jsonl.gz")
