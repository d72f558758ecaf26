"""The aikg command line on a build of the seed reports."""

from __future__ import annotations

import json

from click.testing import CliRunner

from aikg.graph.cli import main


def _run(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_help_teaches_every_verb():
    out = _run("--help").output
    for verb in ("build", "loops", "rank", "load", "query", "eval", "schema"):
        assert verb in out
    assert "Exit codes" in out
    assert "Example" in _run("build", "--help").output


def test_loops_lists_the_money_loops_with_amounts(seed_out):
    out = _run("loops", str(seed_out)).output
    assert "NVIDIA → OpenAI → Oracle" in out
    assert "1000 亿美元" in out
    only = _run("loops", str(seed_out), "--company", "甲骨文", "--json").output
    loops = json.loads(only)
    assert loops and all("Oracle" in loop["names"] for loop in loops)


def test_rank_by_projection_measure_and_period(seed_out):
    out = _run("rank", str(seed_out), "--projection", "money", "--measure", "pagerank").output
    assert "NVIDIA" in out.splitlines()[1] + out.splitlines()[2] + out.splitlines()[3]
    early = _run("rank", str(seed_out), "--period", "2024-12", "-n", "50").output
    assert "NVIDIA" not in early  # the deals about NVIDIA come from a 2025 report
    bad = _run("rank", str(seed_out), "--period", "1999-01")
    assert bad.exit_code == 2 and "periods:" in bad.output


def test_missing_build_folder_is_a_clear_error(tmp_path):
    result = _run("loops", str(tmp_path))
    assert result.exit_code == 3
    assert "no graph.json here" in result.output


def test_eval_scores_a_build_against_the_gold(seed_out):
    from support import SEEDS_GOLD

    out = _run("eval", str(seed_out), "--gold", str(SEEDS_GOLD))
    assert "recall" in out.output and "junk names: 0 of" in out.output


def test_unknown_query_is_a_usage_error_before_any_connection():
    result = _run("query", "no_such_query", "--uri", "bolt://127.0.0.1:9")
    assert result.exit_code == 2
    assert "no query 'no_such_query'" in result.output
