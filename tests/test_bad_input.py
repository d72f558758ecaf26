"""Inputs and calls a new user gets wrong, or that real files bring: each gives one clear
line naming the file and the reason, a meaningful exit code, and loses nothing else."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from support import SEEDS, SEEDS_GOLD

GOLD = SEEDS_GOLD


def _aikg(*args: str, umask: int | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "aikg.graph.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )


def _one_error_line(proc: subprocess.CompletedProcess) -> str:
    """The only line on stderr, which must be ``aikg: ...`` (no traceback)."""
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("aikg: "), proc.stderr
    return lines[0]


@pytest.fixture(scope="module")
def one_seed(seeds_dir, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("one-seed")
    seed = sorted(seeds_dir.glob("*.txt"))[1]
    (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


# ------------------------------------------------------------------- wide-table PDFs


@pytest.fixture(scope="module")
def wide_table_result(tmp_path_factory):
    """The seeds rendered with every table 1.6 times the frame's width: past both edges."""
    from support.pdfgen import seed_pdfs

    from aikg.graph import build

    folder = tmp_path_factory.mktemp("wide-pdfs")
    seed_pdfs(folder, table_scale=1.6)
    return folder, build([folder])


def test_a_table_wider_than_the_page_is_read_not_called_damaged(tmp_path):
    from support.pdfgen import text_to_pdf

    from aikg.extractors.document import read_document

    text = "表 1:示例\n\n公司\t代码\t评级\n甲乙科技\t688001.SH\t买入\n丙丁智能\t0001.HK\t增持\n"
    pdf = text_to_pdf(text, tmp_path / "wide.pdf", table_scale=2.0)
    doc = read_document(pdf)
    assert [t.rows for t in doc.pdf_tables] == [
        [
            ["公司", "代码", "评级"],
            ["甲乙科技", "688001.SH", "买入"],
            ["丙丁智能", "0001.HK", "增持"],
        ]
    ]


def test_wide_table_pdfs_build_to_the_same_facts_as_their_text(wide_table_result, seed_result):
    from support.pdf_scope import printed_gold

    from aikg.graph.evaluation import load_gold, score

    folder, wide_result = wide_table_result
    assert not wide_result.errors, wide_result.errors
    gold = load_gold(GOLD)
    # the gold's excluded line ranges, found again on the PDFs' own lines
    wide = score(wide_result.graph, printed_gold(gold, SEEDS, folder))
    text = score(seed_result.graph, gold)
    for category, scores in text.items():
        found = {json.dumps(g, sort_keys=True) for g, _ in scores["matched"]}
        found_wide = {json.dumps(g, sort_keys=True) for g, _ in wide[category]["matched"]}
        assert found_wide == found, (category, sorted(found - found_wide)[:3])
        assert wide[category]["fp"] == scores["fp"], category


# ------------------------------------------------------------------------- the CLI


def test_out_naming_a_file_is_a_usage_error_before_the_build(one_seed, tmp_path):
    target = tmp_path / "taken"
    target.write_text("keep me")
    proc = _aikg("build", str(one_seed), "--out", str(target))
    assert proc.returncode == 2
    line = _one_error_line(proc)
    assert str(target) in line and "folder" in line
    assert target.read_text() == "keep me"
    assert proc.stdout == ""  # nothing was built


@pytest.mark.parametrize(
    "content, reason",
    [
        (None, "cannot read the gold file"),
        ("", "the gold file is empty"),
        ("{not json", "not JSON"),
        ('{"nodes": [], "edges": []}', "not a gold file"),
    ],
)
def test_a_gold_file_that_cannot_be_scored_is_one_line_and_exit_2(
    seed_out, tmp_path, content, reason
):
    gold = tmp_path / "gold.json"
    if content is not None:
        gold.write_text(content)
    proc = _aikg("eval", str(seed_out), "--gold", str(gold), "--check")
    assert proc.returncode == 2, proc.stdout
    line = _one_error_line(proc)
    assert str(gold) in line and reason in line
    assert "recall" not in proc.stdout  # no empty table


def test_a_gold_file_with_a_bad_item_names_it(seed_out, tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"reports": {"r": ""}, "deals": [{"report": "r", "payer": "A"}]}))
    proc = _aikg("eval", str(seed_out), "--gold", str(gold))
    assert proc.returncode == 2
    assert "deals[0]: no payee (and 1 more)" in _one_error_line(proc)


def test_outputs_are_readable_like_any_file_the_user_writes(one_seed, tmp_path):
    out = tmp_path / "out"
    proc = _aikg("build", str(one_seed), "--out", str(out), "-q", umask=0o022)
    assert proc.returncode == 0, proc.stderr
    files = [p for p in out.rglob("*") if p.is_file()]  # cache/ and manifest.json too
    modes = {str(p.relative_to(out)): stat.S_IMODE(p.stat().st_mode) for p in files}
    outputs = {"graph.json", "graph.graphml", "cycles.json", "centrality.json", "report.md",
               "centrality_by_period.json", "map.html", "manifest.json"}  # fmt: skip
    assert outputs <= set(modes)
    assert any(name.startswith("cache/") for name in modes)  # facts, memo, period results
    assert modes == dict.fromkeys(modes, 0o644)


# ------------------------------------------------------------------------ documents


def test_the_same_report_under_two_names_is_read_once(one_seed, tmp_path):
    from aikg.graph import build

    seed = next(one_seed.iterdir())
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / f"copy of {seed.name}").write_bytes(seed.read_bytes())
    proc = _aikg("build", str(folder), "--out", str(tmp_path / "out"), "-q")
    assert proc.returncode == 0, proc.stderr
    assert "1 documents" in proc.stdout
    notes = [ln for ln in proc.stderr.splitlines() if "same content" in ln]
    first, copy = folder / seed.name, folder / f"copy of {seed.name}"  # in sorted order
    assert notes == [f"aikg: warning: {copy}: same content as {first}; read once"]
    once, twice = build([one_seed]).graph, build([folder]).graph
    assert once.number_of_edges() == twice.number_of_edges()
    evidence = lambda G: sorted(len(d.get("evidence_texts", [])) for *_, d in G.edges(data=True))  # noqa: E731
    assert evidence(once) == evidence(twice)


def test_a_text_over_the_size_limit_is_one_line_naming_the_limit(one_seed, tmp_path):
    from aikg.extractors.document import MAX_TEXT_CHARS

    folder = tmp_path / "mixed"
    folder.mkdir()
    seed = next(one_seed.iterdir())
    (folder / seed.name).write_bytes(seed.read_bytes())
    huge = folder / "dump.txt"
    huge.write_text("英伟达与 OpenAI 合作。" * 400_000)  # 6 million characters on one line
    proc = _aikg("build", str(folder), "--out", str(tmp_path / "out"), "-q")
    assert proc.returncode == 1
    line = _one_error_line(proc)
    assert line.startswith(f"aikg: {huge}: text of 6,000,000 characters")
    assert f"{MAX_TEXT_CHARS:,}" in line
    assert "1 documents" in proc.stdout  # the other report is built


def test_names_are_found_in_a_text_longer_than_spacy_takes_at_once():
    from aikg.extractors.names import known_mentions

    filler = "行业景气度持续回升。" * 25_000  # 250,000 characters: three matching windows
    text = filler[:99_998] + "英伟达" + filler[:100_000] + "腾讯控股" + filler[:40_000]
    found = [(start, surface) for start, _, _, surface in known_mentions(text)]
    assert found == [(99_998, "英伟达"), (200_001, "腾讯控股")]
