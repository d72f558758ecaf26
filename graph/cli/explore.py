"""Verbs that read a build: ``loops``, ``rank``, ``schema``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from aikg.graph.cli.app import (
    EXIT_USAGE,
    err,
    load_build_or_exit,
    loop_options,
    main,
)


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--company", "-c", help="Only loops through this company (name, alias or id).")
@click.option("--max-len", default=4, show_default=True, type=click.IntRange(2, 10))
@loop_options
@click.option("--json", "as_json", is_flag=True, help="Print the loops as JSON.")
def loops(
    build_dir: Path,
    company: str | None,
    max_len: int,
    include_tentative: bool,
    group_units: bool,
    as_json: bool,
) -> None:
    """Print the circular-financing loops of a build, with amounts and evidence.

    \b
    Example:
      aikg loops out --company OpenAI --group-units
    """
    from aikg.graph.analysis import find_money_loops, loops_for_company
    from aikg.graph.outputs import loops_json, loops_text
    from aikg.graph.outputs.maps import find_nodes
    from aikg.schema import PARTY_LABELS

    G = load_build_or_exit(build_dir)
    known = [n for n in find_nodes(G, company or "") if G.nodes[n].get("label") in PARTY_LABELS]
    if company and not known:
        err(f"--company {company}: no company or organisation of that name or alias in {build_dir}")
        sys.exit(EXIT_USAGE)
    search = find_money_loops(
        G, max_len=max_len, include_tentative=include_tentative, group_units=group_units
    )
    found = search.loops if not company else loops_for_company(search.loops, company, G)
    click.echo(loops_json(found) if as_json else loops_text(found, search))


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--projection",
    "-p",
    default="company",
    show_default=True,
    type=click.Choice(["whole", "company", "money"]),
)
@click.option(
    "--measure",
    "-m",
    default="pagerank",
    show_default=True,
    type=click.Choice(["degree", "pagerank", "betweenness", "eigenvector"]),
)
@click.option("--top", "-n", default=15, show_default=True, type=click.IntRange(1, 10_000))
@click.option(
    "--period",
    help="Rank as of this report period (YYYY-MM): the reports of that period and earlier only.",
)
def rank(build_dir: Path, projection: str, measure: str, top: int, period: str | None) -> None:
    """Rank the entities of a build by a centrality measure on a projection.

    \b
    Example:
      aikg rank out --projection money --measure betweenness --top 5
      aikg rank out --period 2025-10    # who was central then
    """
    from aikg.graph.analysis import centrality_by_period, compute_centrality
    from aikg.graph.outputs import ranking_text

    G = load_build_or_exit(build_dir)
    if period:
        by_period = centrality_by_period(G, (projection,), cumulative=True, measures=(measure,))
        periods = by_period["periods"]
        if period not in periods:
            err(f"no report of period {period}; periods: {', '.join(periods) or 'none'}")
            sys.exit(EXIT_USAGE)
        result = periods[period]["centrality"]
    else:
        result = compute_centrality(G, projections=(projection,))
    click.echo(ranking_text(result, projection, measure, top, period=period))


@main.command("schema")
def schema_cmd() -> None:
    """Print the graph schema (labels, relationship types) as Markdown tables."""
    from aikg.schema import schema_markdown

    click.echo(schema_markdown())
