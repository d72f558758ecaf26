"""Verbs that write a build in another tool's format: ``export``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from aikg.graph.cli.app import EXIT_FAILED, EXIT_USAGE, err, load_build_or_exit, main


@main.command("export")
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--neo4j-import",
    "neo4j_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder for neo4j-admin import CSVs and import.args (created if missing).",
)
def export_cmd(build_dir: Path, neo4j_dir: Path) -> None:
    """Write a build as CSV files for ``neo4j-admin database import full``.

    \b
    Example:
      aikg export out --neo4j-import csv
      neo4j-admin database import full neo4j --overwrite-destination @csv/import.args
    The tool fills a stopped, empty database far faster than `aikg load`; use it for a
    first load of a large graph, then `aikg load` (which also creates the constraints)
    to add to it.
    """
    from aikg.graph.neo4j.admin_import import export_admin_import

    if neo4j_dir.exists() and not neo4j_dir.is_dir():
        err(f"{neo4j_dir}: --neo4j-import must be a folder, and this is a file")
        sys.exit(EXIT_USAGE)
    G = load_build_or_exit(build_dir)
    try:
        files = export_admin_import(G, neo4j_dir)
    except ValueError as exc:
        err(f"{build_dir}: the graph breaks the schema: {exc}")
        sys.exit(EXIT_FAILED)
    except OSError as exc:
        err(f"{neo4j_dir}: cannot write the CSV files: {exc.strerror or exc}")
        sys.exit(EXIT_FAILED)
    click.echo(
        f"{files.node_rows} nodes in {len(files.nodes)} files, {files.relationship_rows} "
        f"relationships in {len(files.relationships)} files to {neo4j_dir}; run:\n"
        f"  neo4j-admin database import full neo4j --overwrite-destination @{files.args_file}"
    )
