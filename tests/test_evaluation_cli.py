"""``kg eval`` / ``python -m kg.evaluation``: reads gold and predictions, prints the scores."""

from __future__ import annotations

import argparse
import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.evaluation.cli import add_eval_parser, main, run_eval

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed" / "article-2020-02-10-idlib.gold.json"
MUC_SAMPLE = Path(__file__).parent / "fixtures" / "evaluation" / "muc4_sample.corpus.jsonl"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_gold_against_itself_prints_a_perfect_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--gold", SEED, "--pred", SEED)
    assert code == 0
    assert "event F1" in out and "entity linking recall" in out
    rows = out.strip().splitlines()[2:]  # after the summary and the column heads
    figures = [re.split(r"\s{2,}", row.strip())[1] for row in rows]
    assert len(figures) > 15 and set(figures) == {"1.000"}


def test_json_output_with_details(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                  seed_doc: dict) -> None:
    pred = copy.deepcopy(seed_doc)
    pred["events"] = pred["events"][1:]  # drop evt-aleis
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text(json.dumps(pred) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "eval", "--gold", SEED, "--pred", pred_file, "--json",
                       "--explain")
    assert code == 0
    data = json.loads(out)
    assert data["events"]["recall"] == pytest.approx(2 / 3)
    assert [m["event"] for m in data["misses"]] == ["evt-aleis"]


def test_explain_lists_misses(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                              seed_doc: dict) -> None:
    pred = copy.deepcopy(seed_doc)
    pred["events"][0]["date"] = "2020-02-12"
    pred_file = tmp_path / "pred.json"
    pred_file.write_text(json.dumps(pred), encoding="utf-8")
    code, out, _ = run(capsys, "--gold", SEED, "--pred", pred_file, "--explain")
    assert code == 0
    assert "MISS  [dj-566899] evt-aleis" in out and "day precision allows 1" in out


def test_a_corpus_is_adapted_on_the_fly_and_can_be_written_out(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold_out = tmp_path / "gold.jsonl"
    code, out, _ = run(capsys, "--gold", MUC_SAMPLE, "--pred", SEED, "--write-gold", gold_out)
    assert code == 0 and "2 gold articles (2 without predictions)" in out
    code, out, _ = run(capsys, "--gold", MUC_SAMPLE, "--pred", gold_out, "--json")
    assert code == 0 and json.loads(out)["events"]["f1"] == 1.0


def test_a_directory_of_facts_is_read_and_other_files_skipped(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_doc: dict) -> None:
    (tmp_path / "a.json").write_text(json.dumps(seed_doc), encoding="utf-8")
    (tmp_path / "README.txt").write_text("notes, not facts", encoding="utf-8")
    code, out, _ = run(capsys, "--gold", SEED, "--pred", tmp_path, "--json")
    assert code == 0 and json.loads(out)["events"]["f1"] == 1.0


def test_predictions_must_be_facts(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--gold", SEED, "--pred", MUC_SAMPLE)
    assert code == 4 and "not a facts document" in err


def test_unreadable_input_is_reported_without_traceback(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    code, _, err = run(capsys, "--gold", tmp_path / "missing.json", "--pred", SEED)
    assert code == 4 and "no such file" in err and "Traceback" not in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "conflict-kg/facts@1", "article": {"id": "x"}}',
                      encoding="utf-8")
    code, _, err = run(capsys, "--gold", SEED, "--pred", broken)
    assert code == 4 and "entities" in err


def test_gazetteer_file_adds_restricted_linking_figures(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    qids = tmp_path / "qids.txt"
    qids.write_text("Q858 Syria\nQ43\n", encoding="utf-8")
    code, out, _ = run(capsys, "--gold", SEED, "--pred", SEED, "--gazetteer", qids, "--json")
    assert code == 0
    assert json.loads(out)["entity_linking_gazetteer"]["gold"] == 2


def test_the_eval_parser_plugs_into_a_parent_command_line(capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--store")
    parser = argparse.ArgumentParser(prog="kg", parents=[common])
    sub = parser.add_subparsers(dest="command", required=True)
    add_eval_parser(sub, [common])
    args = parser.parse_args(["--store", "s", "eval", "--gold", str(SEED), "--pred", str(SEED)])
    assert run_eval(args) == 0
    assert "event F1" in capsys.readouterr().out


def test_python_dash_m_kg_evaluation_runs() -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.evaluation", "--gold", str(SEED),
                           "--pred", str(SEED), "--json"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["events"]["f1"] == 1.0
