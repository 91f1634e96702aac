"""The disk cache of the gazetteer's derived structures (kg/gazetteer/cache.py).

What it must never do is change an answer: the structures read back equal the ones built, in
the same order, and ``kg extract`` writes the same bytes with the cache off, cold and warm.
Then: a damaged file is rebuilt, any change to the data or the code gives another file, an
unusable cache directory only costs the time, concurrent writers never expose half a file,
old files are pruned. Every test of the cache uses its own temporary directory.
"""

from __future__ import annotations

import hashlib
import marshal
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg import config
from kg.gazetteer import cache as derived
from kg.gazetteer import lookup
from kg.gazetteer.lookup import DEFAULT_ACTORS, DEFAULT_PATH, Gazetteer
from kg.gazetteer.records import write_gazetteer

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "data" / "seed" / "article-2020-02-10-idlib.json"
#: names linked with and without the cache: places, actors, acronyms, fuzzy, designators
NAMES = [("Aleppo", "place"), ("Saraqib", "place"), ("Idlib province", "place"),
         ("Syria", "country"), ("Hayat Tahrir al-Sham", "armed_group"), ("HTS", None),
         ("Baghdad", "place"), ("Lebanon", None), ("Kinshasa", "place"), ("Alepo", "place"),
         ("Syrian Arab Army", "state_force"), ("Nowhereville", "place")]


def _tiny_records(name: str = "Testville") -> list[dict[str, Any]]:
    return [{"id": "Q1", "qid": "Q1", "kind": "country", "level": "country",
             "name": "Testland", "names": ["Republic of Testland"], "country": "Q1"},
            {"id": "gn:1", "qid": None, "kind": "place", "level": "locality", "name": name,
             "names": [], "country": "Q1", "lat": 1.5, "lon": 2.25, "pop": 1000}]


def _tiny_gazetteer(path: Path, name: str = "Testville") -> Path:
    write_gazetteer(path, {"builder": "test"}, _tiny_records(name))
    return path


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache directory for this test, and no gazetteer loaded in this process yet."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    monkeypatch.setattr(Gazetteer, "_cache", {})
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _assert_same_structure(built: Any, read: Any) -> None:
    """Equal, and in the same order wherever order is observable (dict keys, lists)."""
    assert type(read) is type(built)
    assert read == built
    if isinstance(built, dict):
        assert list(read) == list(built)


def _assert_same_gazetteer(built: Gazetteer, read: Gazetteer) -> None:
    for name in Gazetteer._STATE:
        _assert_same_structure(getattr(built, name), getattr(read, name))
    assert [list(r) for r in read.records] == [list(r) for r in built.records]
    for name, kind in NAMES:
        assert read.link(name, kind) == built.link(name, kind), name
    assert list(read.names()) == list(built.names())
    assert read._links and read._fuzzies  # the memos start empty and work


# ---------------------------------------------------------------- configuration


def test_the_cache_directory_comes_from_the_environment(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "mine"))
    assert config.cache_dir() == tmp_path / "mine"
    for off in ("off", "OFF", " off "):
        monkeypatch.setenv("KG_CACHE_DIR", off)
        assert config.cache_dir() is None
        assert not derived.enabled()
        assert derived.fingerprint("gazetteer", files=[DEFAULT_PATH]) is None
    monkeypatch.delenv("KG_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert config.cache_dir() == tmp_path / "xdg" / "conflict-kg"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # ignored, as XDG says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert config.cache_dir() == tmp_path / "home" / ".cache" / "conflict-kg"
    monkeypatch.setenv("KG_CACHE_DIR", "")  # empty: the default
    assert config.cache_dir() == tmp_path / "home" / ".cache" / "conflict-kg"


# ---------------------------------------------------------------- the shipped gazetteer


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The shipped gazetteer and name matcher built cold into an empty cache directory, then
    read back warm with every way of building them disabled."""
    from kg.extract import nlp

    folder = tmp_path_factory.mktemp("shipped") / "cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_CACHE_DIR", str(folder))
        mp.delenv("KG_GAZETTEER", raising=False)
        mp.setattr(Gazetteer, "_cache", {})
        cold = Gazetteer.load()
        cold_matcher = nlp.gazetteer_matcher.__wrapped__()
        written = {p.name: p.read_bytes() for p in folder.iterdir()}

        def no_building(*_args: Any, **_kw: Any) -> Any:
            raise AssertionError("built although the cache holds it")

        mp.setattr(Gazetteer, "_cache", {})
        mp.setattr(lookup, "read_gazetteer", no_building)
        mp.setattr(Gazetteer, "_build_index", no_building)
        mp.setattr(nlp, "_build_gazetteer_matcher", no_building)
        warm = Gazetteer.load()
        warm_matcher = nlp.gazetteer_matcher.__wrapped__()
    yield {"folder": folder, "cold": cold, "warm": warm, "written": written,
           "cold_matcher": cold_matcher, "warm_matcher": warm_matcher}


def test_a_cold_load_writes_one_file_per_structure(shipped: dict[str, Any]) -> None:
    names = sorted(shipped["written"])
    assert len(names) == 2
    assert names[0].startswith("gazetteer-") and names[1].startswith("name-matcher-")
    assert all(n.endswith(".marshal") for n in names)
    assert shipped["cold"].fingerprint == names[0].removeprefix("gazetteer-").removesuffix(
        ".marshal")
    assert not [n for n in _files(shipped["folder"]) if n.endswith(".tmp")]


def test_the_gazetteer_read_from_the_cache_is_the_one_built(shipped: dict[str, Any]) -> None:
    assert shipped["warm"] is not shipped["cold"]
    assert shipped["warm"].fingerprint == shipped["cold"].fingerprint
    _assert_same_gazetteer(shipped["cold"], shipped["warm"])


def test_the_name_matcher_read_from_the_cache_is_the_one_built(shipped: dict[str, Any]) -> None:
    from kg.extract.nlp import load_nlp

    cold, warm = shipped["cold_matcher"], shipped["warm_matcher"]
    assert len(cold) > 40_000
    _assert_same_structure(cold._phrases, warm._phrases)
    _assert_same_structure(cold._lengths, warm._lengths)
    doc = load_nlp().tokenizer(
        "Shelling hit Saraqib, Deir ez-Zor and south Lebanon; Guinea-Bissau and "
        "Côte d'Ivoire voted, St. Kitts abstained, SYRIAN forces entered Maarat al-Numan.")
    assert warm(doc) == cold(doc) and len(cold(doc)) >= 6


def test_reading_does_not_rewrite_the_files(shipped: dict[str, Any]) -> None:
    folder = shipped["folder"]
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == shipped["written"]


def test_the_fingerprints_cover_the_code_that_shapes_the_structures() -> None:
    from kg.extract import nlp

    gazetteer_code = {p.name for p in derived.module_files(*lookup.GAZETTEER_CODE)}
    assert {"lookup.py", "normalize.py", "records.py", "actors.py",
            "cache.py"} <= gazetteer_code
    matcher_code = {p.name for p in derived.module_files(*nlp.MATCHER_CODE)}
    assert {"name_matcher.py", "nlp.py"} <= matcher_code
    for path in derived.module_files(*lookup.GAZETTEER_CODE, *nlp.MATCHER_CODE):
        assert path.is_file() and path.suffix == ".py"


# ---------------------------------------------------------------- outputs of `kg extract`


def _kg_extract(out: Path, cache: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KG_GAZETTEER",)}
    env["KG_CACHE_DIR"] = cache
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(
        os.pathsep)
    return subprocess.run([sys.executable, "-m", "kg", "extract", str(SEED_ARTICLE), "-o",
                           str(out)], capture_output=True, text=True, timeout=600, cwd=ROOT,
                          env=env)


def test_kg_extract_writes_the_same_bytes_off_cold_warm_and_unwritable(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    runs = {"off": "off", "cold": str(folder), "warm": str(folder),
            "unwritable": str(blocker / "cache")}
    outputs = {}
    for name, cache in runs.items():
        r = _kg_extract(tmp_path / f"{name}.jsonl", cache)
        assert r.returncode == 0, (name, r.stderr)
        assert r.stderr == "", (name, r.stderr)  # never a word to the user about the cache
        outputs[name] = (tmp_path / f"{name}.jsonl").read_bytes()
        if name == "cold":
            written = _files(folder)
            assert len(written) == 2, written
    assert b'"events"' in outputs["off"]
    assert outputs["cold"] == outputs["off"]
    assert outputs["warm"] == outputs["off"]
    assert outputs["unwritable"] == outputs["off"]
    assert _files(folder) == written  # warm: read, not written again
    assert blocker.read_text() == "not a directory"  # (the unwritable run left it be)


# ---------------------------------------------------------------- invalidation


def test_changing_the_data_gives_a_new_fingerprint(tmp_path: Path, cache_dir: Path) -> None:
    places = tmp_path / "places.jsonl.gz"
    actors = tmp_path / "actors.csv"
    places.write_bytes(DEFAULT_PATH.read_bytes())
    actors.write_bytes(DEFAULT_ACTORS.read_bytes())
    sources = derived.module_files(*lookup.GAZETTEER_CODE)

    def fp(files: list[Path | None], srcs: list[Path] = sources) -> str | None:
        return derived.fingerprint("gazetteer", files=files, code=derived.code_digests(srcs))

    first = fp([places, actors])
    assert first is not None and len(first) == 64
    assert fp([places, actors]) == first            # a function of the bytes alone
    assert fp([DEFAULT_PATH, DEFAULT_ACTORS]) == first  # (not of where they are)
    seen = {first}
    raw = bytearray(places.read_bytes())
    raw[len(raw) // 2] ^= 1                          # one bit of the places file
    places.write_bytes(bytes(raw))
    seen.add(fp([places, actors]))
    places.write_bytes(DEFAULT_PATH.read_bytes())
    assert fp([places, actors]) == first
    actors.write_bytes(DEFAULT_ACTORS.read_bytes() + b"\n")  # one byte of the actors file
    seen.add(fp([places, actors]))
    seen.add(fp([places, None]))                     # no actors file at all
    assert fp([places, tmp_path / "missing.csv"]) == fp([places, None])
    seen.add(derived.fingerprint("name-matcher", files=[places, actors],
                                 code=derived.code_digests(sources)))
    edited = tmp_path / "lookup.py"                  # one character of a module's source
    edited.write_text(sources[0].read_text(encoding="utf-8") + "#", encoding="utf-8")
    seen.add(fp([places, actors], [edited, *sources[1:]]))
    seen.add(derived.fingerprint("gazetteer", files=[places, actors],
                                 code=derived.code_digests(sources), extra=["spacy 0.0"]))
    assert len(seen) == 7 and None not in seen
    assert fp([places, actors], [tmp_path / "gone.py"]) is None  # unreadable: no caching
    assert fp([places, actors]) == derived.fingerprint(
        "gazetteer", files=[places, actors], code=lookup.GAZETTEER_CODE_DIGESTS)


def test_a_changed_gazetteer_file_is_never_answered_from_the_cache(
        tmp_path: Path, cache_dir: Path) -> None:
    places = _tiny_gazetteer(tmp_path / "places.jsonl.gz", "Testville")
    first = Gazetteer.load(places, actors=False)
    assert first.link("Testville", "place") is not None
    assert len(_files(cache_dir)) == 1
    Gazetteer._cache.clear()
    _tiny_gazetteer(places, "Otherburg")             # same path, new content
    second = Gazetteer.load(places, actors=False)
    assert second.fingerprint != first.fingerprint
    assert second.link("Otherburg", "place") is not None
    assert second.link("Testville", "place") is None
    assert len(_files(cache_dir)) == 2
    Gazetteer._cache.clear()
    _tiny_gazetteer(places, "Testville")             # back again: the first file serves
    third = Gazetteer.load(places, actors=False)
    assert third.fingerprint == first.fingerprint
    _assert_same_gazetteer(first, third)


# ---------------------------------------------------------------- damage and failures


def _framed(head: bytes, body: bytes) -> bytes:
    """A file with an intact header and checksum around ``body``."""
    return head + hashlib.sha256(body).digest() + body


def _damaged(raw: bytes) -> dict[str, bytes]:
    head = raw[:raw.index(b"\n") + 1]
    return {
        "empty": b"",
        "truncated": raw[:len(raw) * 2 // 3],
        "one bit flipped": raw[:-10] + bytes([raw[-10] ^ 0x40]) + raw[-9:],
        "garbage": os.urandom(len(raw)),
        "other header": raw.replace(b"derived cache", b"derived cachE", 1),
        # an intact checksum, but the body is not marshal data, or not what was written
        "undecodable": _framed(head, b"\x00\xffjunk"),
        "truncated marshal": _framed(head, marshal.dumps({"a": [1] * 99})[:-5]),
        "wrong shape": _framed(head, marshal.dumps([1, 2])),
        "wrong keys": _framed(head, marshal.dumps({"a": 1})),
    }


def test_a_damaged_file_is_rebuilt_and_replaced(cache_dir: Path) -> None:
    builds = []

    def build() -> dict[str, Any]:
        builds.append(1)
        return {"index": {"aleppo": [(0, 1)], "idlib": [(2, 0)]}, "keys": ["aleppo", "idlib"],
                "city": {"aleppo"}, "pop": 1.5}

    def restore(state: Any) -> dict[str, Any]:
        return {"index": state["index"], "keys": state["keys"], "city": state["city"],
                "pop": state["pop"]}

    key = "ab" * 32

    def cached() -> Any:
        value, digest = derived.cached("test", lambda: key, build, dict, restore)
        assert digest == key
        return value

    first = cached()
    assert builds == [1]
    (path,) = cache_dir.iterdir()
    good = path.read_bytes()
    assert cached() == first and builds == [1]
    for why, bad in _damaged(good).items():
        path.write_bytes(bad)
        before = len(builds)
        assert cached() == first, why
        assert len(builds) == before + 1, why          # rebuilt …
        assert derived.load("test", key) == first, why  # … and written afresh
        assert cached() == first, why
        assert len(builds) == before + 1, why
    path.chmod(0o000)  # unreadable (root reads anyway: then it is simply a hit)
    try:
        assert cached() == first
    finally:
        path.chmod(0o644)


def test_inputs_changed_during_a_build_are_neither_stored_nor_vouched_for(
        cache_dir: Path) -> None:
    """A data file rewritten while it was read: what was built matches neither fingerprint."""
    keys = iter(["ab" * 32, "cd" * 32])
    value, digest = derived.cached("test", lambda: next(keys), lambda: [1], list, list)
    assert value == [1] and digest is None
    assert _files(cache_dir) == []
    value, digest = derived.cached("test", lambda: None, lambda: [2], list, list)
    assert value == [2] and digest is None and _files(cache_dir) == []


def test_code_is_fingerprinted_as_it_was_imported(tmp_path: Path, cache_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Editing a module under a running process (``kg serve`` loads the gazetteer on its first
    extraction) must not give what the old code builds the new code's fingerprint: the
    fingerprint takes the code as imported, not the files as they are at load time."""
    from kg.extract import nlp

    code = derived.module_files(*lookup.GAZETTEER_CODE)
    assert derived.code_digests(code) == lookup.GAZETTEER_CODE_DIGESTS  # nobody edited them
    matcher_code = derived.module_files(*nlp.MATCHER_CODE)
    assert derived.code_digests(matcher_code) == nlp.MATCHER_CODE_DIGESTS
    places = _tiny_gazetteer(tmp_path / "places.jsonl.gz")
    imported = Gazetteer.load(places, actors=False).fingerprint
    Gazetteer._cache.clear()
    monkeypatch.setattr(lookup, "GAZETTEER_CODE_DIGESTS",  # as if lookup.py had been other
                        ("lookup.py 0000", *lookup.GAZETTEER_CODE_DIGESTS[1:]))
    assert Gazetteer.load(places, actors=False).fingerprint not in (imported, None)
    assert derived.code_digests(code) != lookup.GAZETTEER_CODE_DIGESTS  # files not re-read
    module = tmp_path / "lookup.py"
    module.write_text("CODE = 1\n", encoding="utf-8")
    before = derived.code_digests([module])
    module.write_text("CODE = 2\n", encoding="utf-8")
    assert derived.code_digests([module]) != before
    assert derived.code_digests([tmp_path / "gone.py"]) is None


def test_a_damaged_gazetteer_file_is_rebuilt(tmp_path: Path, cache_dir: Path) -> None:
    places = _tiny_gazetteer(tmp_path / "places.jsonl.gz")
    built = Gazetteer.load(places, actors=False)
    (path,) = cache_dir.iterdir()
    good = path.read_bytes()
    assert derived.load("gazetteer", built.fingerprint) is not None
    for why, bad in _damaged(good).items():
        path.write_bytes(bad)
        assert derived.load("gazetteer", built.fingerprint) is None or why.startswith("wrong")
        Gazetteer._cache.clear()
        again = Gazetteer.load(places, actors=False)
        _assert_same_gazetteer(built, again)
        assert Gazetteer._from_state(derived.load("gazetteer", built.fingerprint)), why


def test_an_unwritable_cache_directory_only_costs_time(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    places = _tiny_gazetteer(tmp_path / "places.jsonl.gz")
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    monkeypatch.setattr(Gazetteer, "_cache", {})
    reference = Gazetteer.load(places, actors=False)
    assert reference.fingerprint is None
    blocker = tmp_path / "file"
    blocker.write_text("x")
    targets = [blocker / "cache"]                      # cannot be created, even by root
    if os.geteuid() != 0:                              # root writes into read-only dirs
        ro = tmp_path / "read-only"
        ro.mkdir(mode=0o555)
        targets.append(ro)
    for target in targets:
        monkeypatch.setenv("KG_CACHE_DIR", str(target))
        Gazetteer._cache.clear()
        got = Gazetteer.load(places, actors=False)
        assert got.fingerprint is not None
        _assert_same_gazetteer(reference, got)
        assert not derived.save("test", "cd" * 32, [1])
        assert derived.load("test", "cd" * 32) is None
    assert not (blocker / "cache").exists()


def test_old_files_of_a_kind_are_pruned(cache_dir: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    keep = derived.KEEP
    monkeypatch.setattr(derived, "KEEP", 100)          # no pruning while setting up
    keys = [f"{i:064x}" for i in range(keep + 3)]
    assert derived.save("other", "ef" * 32, ["kept"])
    for n, key in enumerate(keys):
        assert derived.save("test", key, [n])
        path = cache_dir / f"test-{key}.marshal"
        os.utime(path, (1_000_000 + n, 1_000_000 + n))  # written in this order, long ago
    monkeypatch.setattr(derived, "KEEP", keep)
    assert derived.load("test", keys[1]) == [1]         # used again: the newest now
    stale = cache_dir / ".test-0123.99.beef.tmp"      # a killed writer's leftover
    stale.write_bytes(b"x")
    os.utime(stale, (1_000_000, 1_000_000))
    fresh = cache_dir / ".test-4567.98.cafe.tmp"      # a writer busy right now
    fresh.write_bytes(b"x")
    assert derived.save("test", "99" * 32, ["new"])
    left = _files(cache_dir)
    assert f"test-{'99' * 32}.marshal" in left
    assert f"test-{keys[1]}.marshal" in left and f"test-{keys[-1]}.marshal" in left
    assert len([n for n in left if n.startswith("test-")]) == keep
    assert f"other-{'ef' * 32}.marshal" in left        # other kinds are left alone
    assert stale.name not in left and fresh.name in left


# ---------------------------------------------------------------- concurrency


def _writer(folder: str, rounds: int) -> None:
    os.environ["KG_CACHE_DIR"] = folder
    value = {"names": [f"name {i}" for i in range(100_000)], "n": 7}
    for _ in range(rounds):
        assert derived.save("race", "12" * 32, value)


def test_concurrent_writers_never_expose_half_a_file(cache_dir: Path) -> None:
    """Once a file is there, a reader always finds a whole one, however many workers
    (``kg extract -j N``) rewrite it meanwhile: a rename replaces it in one step."""
    expected = {"names": [f"name {i}" for i in range(100_000)], "n": 7}
    _writer(str(cache_dir), 1)
    ctx = multiprocessing.get_context("spawn")
    writers = [ctx.Process(target=_writer, args=(str(cache_dir), 15)) for _ in range(3)]
    for w in writers:
        w.start()
    reads = 0
    while any(w.is_alive() for w in writers) or reads == 0:
        assert derived.load("race", "12" * 32) == expected, f"read {reads}"
        reads += 1
    for w in writers:
        w.join()
        assert w.exitcode == 0
    assert derived.load("race", "12" * 32) == expected
    assert _files(cache_dir) == [f"race-{'12' * 32}.marshal"]  # and no temporary file left


def test_files_are_marshal_data_behind_a_checksum(cache_dir: Path) -> None:
    """No pickle: loading a file cannot run code; the body's SHA-256 guards it."""
    assert derived.save("test", "aa" * 32, {"x": (1, 2.5, None, "é")})
    raw = (cache_dir / f"test-{'aa' * 32}.marshal").read_bytes()
    head, _, rest = raw.partition(b"\n")
    assert head == f"conflict-kg derived cache {derived.FORMAT} test {'aa' * 32}".encode()
    digest, body = rest[:32], rest[32:]
    assert hashlib.sha256(body).digest() == digest
    assert marshal.loads(body) == {"x": (1, 2.5, None, "é")}
