"""The ``kg`` command line with ``--store http://…``: the same outputs as with a directory."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from conftest import SEED_FACTS, free_port, kg_process, mutated


def test_ingest_stats_dump_query_validate_match_embedded(kg, remote_url: str,
                                                         tmp_path: Path) -> None:
    embedded = tmp_path / "embedded"
    for where in (embedded, remote_url):
        r = kg("ingest", SEED_FACTS, store=where)
        assert r.code == 0, r.err
        assert "stored: 1" in r.out
    assert "unchanged: 1" in kg("ingest", SEED_FACTS, store=remote_url).out
    for args in (("stats", "--json"), ("dump", "--format", "nquads"),
                 ("dump", "--format", "turtle"),
                 ("query", "SELECT ?e ?d WHERE { ?e a ckg:Battle ; ckg:date ?d } ORDER BY ?d"),
                 ("query", "ASK { ?e a ckg:Event }", "--format", "json"),
                 ("query", "DESCRIBE ?e WHERE { ?e a ckg:Battle }", "--format", "ntriples"),
                 ("validate",)):
        local, remote = kg(*args, store=embedded), kg(*args, store=remote_url)
        assert (remote.code, remote.err) == (local.code, local.err), args
        assert remote.out.replace(remote_url, "STORE") == local.out.replace(str(embedded),
                                                                            "STORE"), args
        assert local.out.strip()


def test_load_a_dump_into_the_remote_store(kg, remote_url: str, tmp_path: Path) -> None:
    embedded = tmp_path / "embedded"
    assert kg("ingest", SEED_FACTS, store=embedded).code == 0
    dump = tmp_path / "dump.nq.gz"
    assert kg("dump", "--gzip", "-o", dump, store=embedded).code == 0
    r = kg("load", dump, store=remote_url)
    assert r.code == 0, r.err
    assert kg("dump", store=remote_url).out == kg("dump", store=embedded).out


def test_malformed_query_is_exit_4_with_the_position(kg, remote_url: str) -> None:
    r = kg("query", "SELECT ?e WHERE {\n ?e a }", store=remote_url)
    assert r.code == 4
    assert "malformed SPARQL: error at 2:" in r.err  # the user's line, not the prologue's


def test_unreachable_store_is_exit_3_without_traceback(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    r = kg_process("ingest", SEED_FACTS, store=url,  # type: ignore[arg-type]
                   env={**os.environ, "KG_STORE_RETRIES": "0"})
    assert r.returncode == 3
    assert "cannot reach the SPARQL store" in r.stderr and "Traceback" not in r.stderr


def test_endpoint_flags_override_the_derived_ones(kg, remote_url: str) -> None:
    r = kg("--store-query-url", remote_url + "nothing-here", "stats", store=remote_url)
    assert r.code == 3 and "nothing-here" in r.err
    r = kg("--store-query-url", remote_url + "query", "stats", store=remote_url + "elsewhere/")
    assert r.code == 3 and "KG_STORE_GSP_URL" in r.err  # still derived from the wrong root
    assert kg("stats", store=remote_url).code == 0


def test_killed_ingest_resumes_to_the_same_store(seed_doc, remote_url: str,
                                                 tmp_path: Path) -> None:
    """kill -9 midway through a 1,000-article batch written to the remote engine; the re-run
    ends with the very dataset an uninterrupted run gives (here: on the embedded store)."""
    n = 1000
    batch = tmp_path / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        for i in range(n):
            doc = mutated(seed_doc, lambda d, i=i: d["article"].update(id=f"gen-{i:04d}"))
            fh.write(json.dumps(doc) + "\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "--store", remote_url, "ingest", str(batch)],
        stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    seen = 0
    for line in proc.stderr:
        if line.startswith("stored"):
            seen += 1
            if seen >= n // 2:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    stored = json.loads(kg_process("stats", "--json", store=remote_url).stdout)  # type: ignore[arg-type]
    assert seen <= stored["articles"] < n
    assert stored["events"] == 5 * stored["articles"]  # no half-written article

    resumed = kg_process("ingest", batch, "-q", "--json", store=remote_url)  # type: ignore[arg-type]
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["unchanged"] == stored["articles"]  # nothing written twice
    assert summary["stored"] == n - stored["articles"]

    embedded = tmp_path / "uninterrupted"
    assert kg_process("ingest", batch, "-q", "-j", "2", store=embedded).returncode == 0
    dumps = [kg_process("dump", store=where).stdout  # type: ignore[arg-type]
             for where in (remote_url, embedded)]
    assert dumps[0] == dumps[1] and dumps[0].count("\n") > n * 100


def test_store_union_setting_is_checked(remote_url: str) -> None:
    """A mistyped KG_STORE_UNION fails at once with the choices (exit 4, like the other
    settings), --store-union is an argparse choice (exit 2), and a valid flag is used: 'native'
    in front of the plain test engine is refused once it holds data (the fix named)."""
    r = kg_process("stats", store=remote_url,  # type: ignore[arg-type]
                   env={**os.environ, "KG_STORE_UNION": "always"})
    assert r.returncode == 4 and "KG_STORE_UNION='always'" in r.stderr and "native" in r.stderr
    r = kg_process("--store-union", "always", "stats", store=remote_url)  # type: ignore[arg-type]
    assert r.returncode == 2 and "--store-union" in r.stderr
    assert kg_process("ingest", SEED_FACTS, store=remote_url).returncode == 0  # type: ignore[arg-type]
    r = kg_process("--store-union", "native", "query", "ASK { ?s ?p ?o }",
                   store=remote_url)  # type: ignore[arg-type]
    assert r.returncode == 3 and "KG_STORE_UNION=native" in r.stderr
    r = kg_process("--store-union", "parameter", "query", "ASK { ?s ?p ?o }",
                   store=remote_url)  # type: ignore[arg-type]
    assert r.returncode == 0 and "true" in r.stdout
