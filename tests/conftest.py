"""Shared fixtures: the seed reports, one build of them for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import SEEDS
from support.neo4j_dev import empty_neo4j, neo4j_driver, neo4j_server  # noqa: F401


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert SEEDS.is_dir(), f"the seed reports are missing: {SEEDS}"
    return SEEDS


@pytest.fixture(scope="session")
def seed_result(seeds_dir):
    """The pipeline run once on the five seed reports."""
    from aikg.graph import build

    return build([seeds_dir])


@pytest.fixture(scope="session")
def seed_out(seed_result, tmp_path_factory) -> Path:
    """A build folder with every output file written from the seed build."""
    from aikg.graph.outputs import write_outputs

    out = tmp_path_factory.mktemp("seed-build")
    write_outputs(seed_result, out)
    return out


@pytest.fixture(scope="session")
def seed_pdf_folder(tmp_path_factory):
    """A folder of PDFs rendered from the seed texts at test time."""
    from support.pdfgen import seed_pdfs

    folder = tmp_path_factory.mktemp("seed-pdfs")
    paths = seed_pdfs(folder)
    assert len(paths) == len(list(SEEDS.glob("*.txt")))
    return folder


@pytest.fixture(scope="session")
def seed_pdf_result(seed_pdf_folder):
    """The pipeline run on the seeds' PDFs."""
    from aikg.graph import build

    return build([seed_pdf_folder])
