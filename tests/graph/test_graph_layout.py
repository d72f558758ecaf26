"""The layout of ``graph/`` and ``queries/``: the build stages as modules, analyses,
outputs, Neo4j and evaluation as packages whose ``__init__`` exposes their entry points,
small modules, short import chains between siblings, and a CLI that only parses and
calls."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest
from support import ROOT
from support.code import imports_of

GRAPH = ROOT / "graph"
# the build stages stay modules; the rest (the CLI too, one module per kind of verb)
# are packages
TOP_LEVEL = {"__init__.py", "pipeline.py", "resolve.py", "assemble.py", "parallel.py"}
TOP_LEVEL |= {"preload.py"}  # what the process pool's fork server imports to start warm
PACKAGES = ("analysis", "outputs", "neo4j", "evaluation", "cli", "incremental")
MAX_LINES = 400
MAX_CHAIN = 2
# one entry point each package must expose from its __init__
ENTRY_POINTS = {
    "aikg.graph.analysis": ("find_money_loops", "LoopSearch", "compute_centrality"),
    "aikg.graph.outputs": ("write_outputs", "load_build", "loops_text", "ranking_text"),
    "aikg.graph.neo4j": ("connect", "ensure_schema", "load_graph", "Neo4jStoreError"),
    "aikg.graph.evaluation": ("load_gold", "score", "junk_report", "format_evaluation"),
    "aikg.queries": ("list_queries", "run_query", "format_rows", "grass_stylesheet"),
    "aikg.graph.cli": ("main",),
}


def _folders() -> dict[str, Path]:
    """Dotted package name -> folder, for graph/, its packages and queries/."""
    out = {"aikg.graph": GRAPH, "aikg.queries": ROOT / "queries"}
    out.update({f"aikg.graph.{p}": GRAPH / p for p in PACKAGES})
    return out


def _modules() -> dict[str, Path]:
    return {
        f"{package}.{path.stem}": path
        for package, folder in _folders().items()
        for path in sorted(folder.glob("*.py"))
        if path.name != "__init__.py"
    }


_imports = imports_of


def test_graph_holds_the_stage_modules_and_one_package_per_concern():
    assert {p.name for p in GRAPH.glob("*.py")} == TOP_LEVEL
    assert {p.parent.name for p in GRAPH.glob("*/__init__.py")} == set(PACKAGES)


@pytest.mark.parametrize("name", sorted(_modules()))
def test_no_module_over_the_limit(name: str) -> None:
    lines = _modules()[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name}: {lines} lines"


@pytest.mark.parametrize("package", sorted(_folders()))
def test_import_chains_between_siblings_are_short(package: str) -> None:
    """A module may import a sibling that imports a sibling, no deeper."""
    mods = _modules()
    siblings = {m for m in mods if m.rsplit(".", 1)[0] == package}

    @cache
    def depth(module: str) -> int:
        deps = {d for d in _imports(mods[module]) if d in siblings and d != module}
        return max((1 + depth(d) for d in deps), default=0)

    worst = max(siblings, key=depth)
    assert depth(worst) <= MAX_CHAIN, worst


@pytest.mark.parametrize("package", sorted(ENTRY_POINTS))
def test_each_package_exposes_its_entry_points(package: str) -> None:
    module = __import__(package, fromlist=["__all__"])
    for name in ENTRY_POINTS[package]:
        assert name in module.__all__ and hasattr(module, name), (package, name)


def test_the_cli_formats_nothing_itself():
    """Output is formatted beside what it formats; the CLI has no helpers of its own
    beyond option groups, error lines and reading a build folder (all in ``app.py``)."""
    helpers = set()
    for path in (GRAPH / "cli").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers |= {
            (path.name, n.name)
            for n in tree.body
            if isinstance(n, ast.FunctionDef)
            and not any(
                isinstance(d, ast.Call) and getattr(d.func, "attr", "") == "command"
                for d in n.decorator_list
            )
        }
    shared = {"main", "err", "loop_options", "neo4j_options", "load_build_or_exit"}
    assert helpers == {("app.py", name) for name in shared}


def test_queries_have_one_cli_and_the_gold_no_default():
    assert not any(
        isinstance(n, ast.FunctionDef) and n.name == "main"
        for n in ast.parse((ROOT / "queries" / "library.py").read_text("utf-8")).body
    )
    assert "DEFAULT_GOLD" not in (GRAPH / "evaluation" / "gold.py").read_text("utf-8")


def test_doctests_run_once_through_doctest_modules():
    """The packages' docstring examples are collected by ``--doctest-modules``; a test
    that runs ``doctest.testmod`` on them again would run them twice."""
    for path in (ROOT / "tests" / "graph").rglob("*.py"):
        if path.resolve() != Path(__file__).resolve():
            text = path.read_text(encoding="utf-8")
            assert "import doctest" not in text and "testmod(" not in text, path
