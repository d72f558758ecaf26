"""Verbs that talk to Neo4j: ``load``, ``query``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from aikg.graph.cli.app import (
    EXIT_FAILED,
    EXIT_USAGE,
    err,
    load_build_or_exit,
    main,
    neo4j_options,
)


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@neo4j_options
@click.option("--batch-size", default=5000, show_default=True, type=click.IntRange(1, 100_000))
def load(
    build_dir: Path,
    uri: str,
    user: str,
    password: str | None,
    database: str | None,
    batch_size: int,
) -> None:
    """Load a build into Neo4j: constraints first, then batched idempotent MERGEs.

    Loading twice, or loading a build of more reports, never duplicates anything.
    """
    from aikg.graph.neo4j import Neo4jStoreError, connect, ensure_schema, load_graph
    from aikg.graph.outputs.text import neo4j_failure_text

    G = load_build_or_exit(build_dir)
    try:
        with connect(uri, user, password, database) as driver:
            ensure_schema(driver, database)
            with click.progressbar(
                length=G.number_of_nodes() + G.number_of_edges(), label="loading", file=sys.stderr
            ) as bar:
                counts = load_graph(
                    G, driver, database, batch_size=batch_size, progress=lambda n: bar.update(n)
                )
    except Neo4jStoreError as exc:
        err(neo4j_failure_text(str(exc)))
        sys.exit(EXIT_FAILED)
    click.echo(f"loaded {counts} into {uri}")


@main.command()
@click.argument("name", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A query parameter (repeatable). Values are JSON if they parse, else text.",
)
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["table", "json", "csv"]),
)
@click.option("--list", "list_only", is_flag=True, help="List the library's queries.")
@neo4j_options
def query(
    name: str | None,
    params: tuple[str, ...],
    fmt: str,
    list_only: bool,
    uri: str,
    user: str,
    password: str | None,
    database: str | None,
) -> None:
    """Run a named query of the analyst library against Neo4j.

    \b
    Examples:
      aikg query --list
      aikg query company_timeline --param company=NVIDIA
      aikg query investments_in_period -p from=2024-01-01 -p to=2025-12-31 --format csv
    """
    from aikg import queries
    from aikg.graph.neo4j import Neo4jStoreError, connect
    from aikg.graph.outputs.text import neo4j_failure_text

    if list_only or not name:
        click.echo(queries.format_query_list(queries.list_queries()))
        return
    try:
        named = queries.load_query(name)
    except KeyError as exc:
        err(f"{str(exc).strip(chr(39) + chr(34))} (see `aikg query --list`)")
        sys.exit(EXIT_USAGE)
    try:
        parsed = dict(queries.parse_param(item) for item in params)
    except ValueError as exc:
        err(f"--param {exc}")
        sys.exit(EXIT_USAGE)
    try:
        queries.query_values(named, parsed)  # a bad value is a usage error, before connecting
    except ValueError as exc:
        err(f"{name}: {exc} (see `aikg query --list`)")
        sys.exit(EXIT_USAGE)
    try:
        with connect(uri, user, password, database) as driver:
            rows = queries.run_query(driver, name, parsed, database)
    except (KeyError, ValueError) as exc:  # unknown query name, undeclared parameter
        err(str(exc).strip("'\""))
        sys.exit(EXIT_USAGE)
    except Neo4jStoreError as exc:
        err(neo4j_failure_text(str(exc)))
        sys.exit(EXIT_FAILED)
    click.echo(queries.format_rows(rows, fmt))
