"""The command line reads well: aligned tables, readable amounts, clear usage errors."""

from __future__ import annotations

from click.testing import CliRunner

from aikg.graph.analysis import find_money_loops
from aikg.graph.cli import main
from aikg.graph.outputs.text import display_width
from aikg.queries import format_rows

CLOSED_PORT = "bolt://127.0.0.1:9"  # nothing listens there


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_tables_align_cjk_cut_long_cells_and_read_amounts():
    rows = [
        {"company": "英伟达", "amount": 1.0e11, "currency": "USD", "note": "x" * 80},
        {"company": "OpenAI", "amount": 6.6e9, "currency": "USD", "note": "short"},
        {"company": "阿里巴巴", "amount": 5.0e10, "currency": "CNY", "note": None},
    ]
    lines = format_rows(rows, "table").splitlines()
    amount_end = display_width(lines[0].split("currency")[0].rstrip())
    assert [display_width(line.split("  USD")[0].split("  CNY")[0]) for line in lines[2:]] == [
        amount_end
    ] * 3  # the currency column starts at the same column on every row
    assert "$100bn" in lines[2] and "$6.6bn" in lines[3] and "500 亿元" in lines[4]
    assert lines[2].endswith("…") and display_width(lines[2]) <= display_width(lines[1])
    assert format_rows(rows, "json").count("100000000000.0") == 1  # JSON keeps the number


def test_rank_says_which_period_it_shows(seed_out):
    out = _run("rank", str(seed_out), "--period", "2025-10", "-n", "3").output
    assert "period: 2025-10 (reports of 2025-10 and earlier)" in out
    assert "rank  name" in out


def test_loops_for_an_unknown_company_is_a_usage_error(seed_out):
    result = _run("loops", str(seed_out), "--company", "Nobody Inc")
    assert result.exit_code == 2
    assert "--company Nobody Inc: no company or organisation" in result.output
    assert _run("loops", str(seed_out), "--company", "英伟达").exit_code == 0


def test_the_bottleneck_counts_a_vague_amount_as_its_lower_bound(seed_result):
    search = find_money_loops(seed_result.graph)
    loop = next(lp for lp in search.loops if set(lp.names) == {"NVIDIA", "OpenAI", "Oracle"})
    vague = [f for h in loop.hops for f in h.flows if f.get("amount_text") == "数十亿美元"]
    assert vague and vague[0]["amount"] is None  # the seed gives no figure for it
    neck = loop.bottleneck
    assert neck["lower_bound"] is True and neck["amount_usd"] == 1e9
    assert (loop.names[neck["hop"]], loop.names[(neck["hop"] + 1) % 3]) == ("Oracle", "NVIDIA")
    assert "bottleneck ≥ $1.0bn (Oracle → NVIDIA)" in loop.summary


def test_query_list_shows_parameters_and_defaults():
    out = _run("query", "--list").output
    assert "company_timeline\n" in out and "    --param company=NVIDIA" in out
    assert "    --param from=1900-01-01" in out
    assert "    --param report=...  (required)" in out


def test_bad_query_values_are_usage_errors_naming_the_parameter():
    bad = _run("query", "investments_in_period", "-p", "from=garbage", "--uri", CLOSED_PORT)
    assert bad.exit_code == 2
    assert "investments_in_period: from='garbage': expected a date YYYY-MM-DD" in bad.output
    missing = _run("query", "report_provenance", "--uri", CLOSED_PORT)
    assert missing.exit_code == 2 and "report is required" in missing.output


def test_an_unreachable_neo4j_says_how_to_start_one():
    result = _run("query", "company_timeline", "--uri", CLOSED_PORT)
    assert result.exit_code == 3
    assert "Neo4j is unreachable" in result.output
    assert "devtools/neo4j/neo4j.sh start" in result.output


def test_a_folder_without_reports_names_the_file_types(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "notes.docx").write_bytes(b"not a report")
    result = _run("build", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert f"{folder}: no report here (aikg reads .pdf, .txt, .md)" in result.output
