"""What the tests (and the benchmarks) share: where things are, PDF rendering of reports
(:mod:`support.pdfgen`) and the real Neo4j the suite starts (:mod:`support.neo4j_dev`)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The five seed reports, in ../shared/seeds beside the clone (as CI lays them out).
SEEDS = ROOT.parent / "shared" / "seeds"
SEEDS_GOLD = ROOT / "tests" / "gold" / "seeds.json"
