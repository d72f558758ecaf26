"""The layout of ``extractors/``: one package per stage or family, small modules, short
import chains between siblings, and no family that reaches into another's extractor."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from support import ROOT
from support.code import imports_of

from aikg.extractors import PHASES, registered_extractors

EXTRACTORS = ROOT / "extractors"
FAMILIES = ("ai_dynamics", "chips", "deals", "mentions", "policy", "relations", "tables")
SHARED = ("document", "names", "text", "values")
# top-level modules: the registry, what the phases hand on, the one reconcile pass
TOP_LEVEL = {"__init__.py", "known.py", "reconcile.py"}
MAX_LINES = 400
MAX_CHAIN = 2


def _modules() -> dict[str, Path]:
    """Dotted name -> path of every code module (the rules data folder aside)."""
    out = {}
    for path in sorted(EXTRACTORS.rglob("*.py")):
        rel = path.relative_to(EXTRACTORS)
        if rel.parts[0] == "rules":
            continue
        parts = ["aikg", "extractors", *rel.with_suffix("").parts]
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


_imports = imports_of


def test_top_level_holds_packages_not_prefixed_modules() -> None:
    assert {p.name for p in EXTRACTORS.glob("*.py")} == TOP_LEVEL
    packages = {p.parent.name for p in EXTRACTORS.glob("*/__init__.py")} - {"rules"}
    assert packages == set(FAMILIES) | set(SHARED)


@pytest.mark.parametrize("name", sorted(_modules()))
def test_no_module_over_the_limit(name: str) -> None:
    lines = _modules()[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name}: {lines} lines"


@pytest.mark.parametrize("package", FAMILIES + SHARED)
def test_import_chains_between_siblings_are_short(package: str) -> None:
    """A module may import a sibling that imports a sibling, no deeper (the package's
    ``__init__``, its entry point, aside)."""
    mods = _modules()
    prefix = f"aikg.extractors.{package}."
    siblings = {m for m in mods if m.startswith(prefix) and "." not in m[len(prefix) :]}

    @cache
    def depth(module: str) -> int:
        deps = {d for d in _imports(mods[module]) if d in siblings and d != module}
        return max((1 + depth(d) for d in deps), default=0)

    worst = max(siblings, key=depth)
    assert depth(worst) <= MAX_CHAIN, worst


@pytest.mark.parametrize("family", FAMILIES)
def test_no_family_calls_another(family: str) -> None:
    """Helpers may be shared (chips reads table cells with ``tables.common``); another
    family's extractor, its package entry point, is never imported."""
    mods = _modules()
    others = {f"aikg.extractors.{f}" for f in FAMILIES if f != family}
    for name, path in mods.items():
        if name == f"aikg.extractors.{family}" or name.startswith(f"aikg.extractors.{family}."):
            imported = _imports(path)
            assert not imported & others, (name, imported & others)


def test_every_family_declares_its_phase_and_runs_in_phase_order() -> None:
    extractors = registered_extractors()
    assert [e.name for e in extractors] == [
        "ai_dynamics",
        "policy",
        "tables",
        "chips",
        "deal_tables",
        "deals",
        "relations",
        "units",
        "mentions",
    ]
    assert all(e.phase in PHASES for e in extractors)
    assert [PHASES.index(e.phase) for e in extractors] == sorted(
        PHASES.index(e.phase) for e in extractors
    )
