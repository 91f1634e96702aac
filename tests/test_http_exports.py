"""/exports/ and /dumps/releases/ over real HTTP from a real ``kg serve``, and the Python
snippets of docs/researchers.md run against it (so the guide stays true)."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from conftest import ROOT, SEED_FACTS, Served, kg_process

GUIDE = ROOT / "docs" / "researchers.md"
ACLED_SAMPLE = ROOT / "tests" / "fixtures" / "acled-sample.csv"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Served, Path, Path]]:
    tmp = tmp_path_factory.mktemp("exports")
    store, releases = tmp / "store", tmp / "releases"
    for args in (("ingest", SEED_FACTS), ("import", "--format", "acled-csv", ACLED_SAMPLE),
                 ("release", "--version", "1.0", "--out", releases, "--date", "2024-05-01")):
        done = kg_process(*args, store=store)
        assert done.returncode == 0, done.stderr
    done = kg_process("export", "--format", "acled-csv", "-o", tmp / "expected.csv",
                      store=store)
    assert done.returncode == 0, done.stderr
    served = Served(store, env={"KG_RELEASES_DIR": str(releases)})
    try:
        yield served, releases, tmp / "expected.csv"
    finally:
        served.stop()


def test_exports_are_the_cli_tables_with_caching_headers(site: tuple[Served, Path, Path]
                                                         ) -> None:
    served, _releases, expected = site
    r = requests.get(served.base + "/exports/events.csv", timeout=60)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/csv; charset=utf-8")
    assert r.content == expected.read_bytes()
    assert r.headers["ETag"].strip('"') == hashlib.sha256(r.content).hexdigest()
    assert int(r.headers["Content-Length"]) == len(r.content)
    again = requests.get(served.base + "/exports/events.csv", timeout=60,
                         headers={"If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304
    part = requests.get(served.base + "/exports/events.csv", timeout=60,
                        headers={"Range": "bytes=0-99"})
    assert part.status_code == 206 and part.content == r.content[:100]
    ged = requests.get(served.base + "/exports/events-ucdp-ged.csv", timeout=60)
    assert ged.status_code == 200 and ged.text.startswith("id,year,type_of_violence,")
    assert requests.get(served.base + "/exports/other.csv", timeout=60).status_code == 404
    index = requests.get(served.base + "/exports/", timeout=60).json()
    assert {e["name"] for e in index["exports"]} == {"events.csv", "events-ucdp-ged.csv"}


def test_releases_are_listed_and_served_unchanged(site: tuple[Served, Path, Path]) -> None:
    served, releases, _expected = site
    listing = requests.get(served.base + "/dumps/releases/", timeout=60).json()["releases"]
    assert [r["version"] for r in listing] == ["1.0"]
    assert listing[0]["date"] == "2024-05-01"
    for f in listing[0]["files"]:
        r = requests.get(f"{served.base}/dumps/releases/1.0/{f['name']}", timeout=60)
        assert r.status_code == 200, f["name"]
        assert r.content == (releases / "1.0" / f["name"]).read_bytes()
        assert hashlib.sha256(r.content).hexdigest() == f["sha256"]
        assert r.headers["ETag"].strip('"') == f["sha256"]
    url = f"{served.base}/dumps/releases/1.0/conflict-kg.nq.gz"
    whole = requests.get(url, timeout=60).content
    tail = requests.get(url, timeout=60, headers={"Range": f"bytes={len(whole) - 10}-"})
    assert tail.status_code == 206 and tail.content == whole[-10:]
    for bad in ("1.0/..%2F1.0%2Fevents.csv", "..%2F..%2Fstore/1.0", "1.0/nope.csv",
                "2.0/events.csv", "x/events.csv", "1.0/.%2e/SHA256SUMS"):
        assert requests.get(f"{served.base}/dumps/releases/{bad}", timeout=60
                            ).status_code == 404, bad


def guide_snippets() -> list[str]:
    return re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


def test_the_guide_has_python_snippets() -> None:
    snippets = guide_snippets()
    assert len(snippets) == 5
    assert all('BASE = "http://127.0.0.1:8000"' in s for s in snippets)


@pytest.mark.parametrize("index", range(5))
def test_guide_snippet_runs(index: int, site: tuple[Served, Path, Path]) -> None:
    served, _releases, _expected = site
    code = guide_snippets()[index].replace('BASE = "http://127.0.0.1:8000"',
                                           f'BASE = "{served.base}"')
    namespace: dict[str, object] = {}
    exec(compile(code, f"{GUIDE}#snippet{index + 1}", "exec"), namespace)
    # each snippet's result holds the data it promises
    if "events" in namespace:
        events = namespace["events"]
        assert len(events) == 9  # type: ignore[arg-type]
        assert str(events["event_date"].dtype).startswith("datetime64")  # type: ignore[index]
        # seed 21 + 20 + 0, sample 20 + 21
        assert namespace["deaths_by_type"]["Battles"] == 82  # type: ignore[index]
    if "ged" in namespace:
        assert len(namespace["ged"]) == 7  # type: ignore[arg-type]
    if "rows" in namespace:
        assert len(namespace["rows"]) == 8  # every event with a date and a place, once
    if "claims" in namespace:
        counts = {c["count"]["value"] for c in namespace["claims"]}  # type: ignore[attr-defined]
        assert counts >= {"101", "20", "8", "13"}
    if "latest" in namespace:
        assert namespace["latest"]["version"] == "1.0"  # type: ignore[index]


def test_guide_r_snippet_runs(site: tuple[Served, Path, Path], tmp_path: Path) -> None:
    """The R part of the guide, run by R itself (.ci/run installs Debian's r-base-core and
    r-cran-httr; where R cannot be installed the test is skipped, never faked)."""
    rscript = shutil.which("Rscript")
    if rscript is None:
        pytest.skip("R is not installed (.ci/run installs r-base-core and r-cran-httr)")
    served, _releases, _expected = site
    [code] = re.findall(r"```r\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    assert 'base <- "http://127.0.0.1:8000"' in code
    script = tmp_path / "guide.R"
    script.write_text(code.replace('base <- "http://127.0.0.1:8000"',
                                   f'base <- "{served.base}"')
                      + '\ncat(nrow(events), ncol(events), nrow(acled), names(acled)[1],'
                        ' class(acled$fatalities), "\\n")\n', encoding="utf-8")
    done = subprocess.run([rscript, "--vanilla", str(script)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    n_events, n_columns, n_rows, first, fatalities = done.stdout.split()
    assert (n_events, n_columns) == ("8", "3")  # every dated event: ?event ?date ?type
    assert (n_rows, first, fatalities) == ("9", "event_id_cnty", "integer")
