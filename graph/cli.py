"""The ``aikg`` command line: it parses and calls; what it prints is formatted elsewhere.

Exit codes: 0 success; 1 some documents failed (the rest were built and written);
2 usage error; 3 nothing could be built or loaded (no readable document, no server).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILED = 1, 2, 3


def _err(message: str) -> None:
    click.echo(f"aikg: {message}", err=True)


def _loop_options(func):
    """The money-loop options that ``build`` and ``loops`` share."""
    func = click.option(
        "--group-units",
        is_flag=True,
        help="Count a unit's money as its group's (微软 Azure's as 微软's), following "
        "the SUBSIDIARY_OF links the reports state.",
    )(func)
    return click.option(
        "--include-tentative",
        is_flag=True,
        help="Count talks, plans and partnerships without money as money flows.",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="aikg")
def main() -> None:
    """Build a typed event knowledge graph of the AI industry from research reports.

    \b
    Typical session:
      aikg build reports/ --out out      # graph.json, map.html, cycles.json, ...
      aikg loops out                     # circular-financing loops, with evidence
      aikg rank out --projection company # who sits at the centre
      aikg load out                      # into Neo4j (NEO4J_URI, NEO4J_PASSWORD, ...)
      aikg query company_timeline --param company=NVIDIA

    Exit codes: 0 ok, 1 some documents failed (the rest were built),
    2 usage error, 3 nothing could be built or loaded.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder for graph.json, graph.graphml, cycles.json, centrality.json, "
    "map.html and report.md (created if missing).",
)
@click.option(
    "--max-loop-len",
    default=4,
    show_default=True,
    type=click.IntRange(2, 10),
    help="Longest money loop searched, in companies.",
)
@_loop_options
@click.option("--quiet", "-q", is_flag=True, help="No progress, only the summary line.")
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    max_loop_len: int,
    include_tentative: bool,
    group_units: bool,
    quiet: bool,
) -> None:
    """Build the graph from report files and folders (.pdf, .txt, .md).

    \b
    Example:
      aikg build ../shared/seeds --out out
    A file that cannot be read is reported on one line and skipped; the others are
    still built.
    """
    from aikg.graph import build as run_build
    from aikg.graph.outputs import write_outputs

    if out_dir.exists() and not out_dir.is_dir():
        _err(f"{out_dir}: --out must be a folder, and this is a file")
        sys.exit(EXIT_USAGE)
    try:  # before the build, so that a long build does not end in a write error
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _err(f"{out_dir}: cannot create the output folder: {exc.strerror or exc}")
        sys.exit(EXIT_USAGE)
    bar = None

    def progress(item: str, done: int, total: int) -> None:
        nonlocal bar
        if quiet or total == 0:
            return
        if bar is None:
            bar = click.progressbar(
                length=total,
                label="reading reports",
                file=sys.stderr,
                show_pos=True,
                item_show_func=lambda s: s,
            )
            bar.__enter__()
        bar.update(done - bar.pos, Path(item).name if item != "done" else "")
        if item == "done":
            bar.__exit__(None, None, None)

    result = run_build(
        inputs,
        max_loop_len=max_loop_len,
        include_tentative=include_tentative,
        group_units=group_units,
        progress=progress,
    )
    for error in result.errors:
        _err(str(error))
    for warning in result.warnings:
        _err(f"warning: {warning}")
    if not result.reports:
        _err("no document could be built")
        sys.exit(EXIT_FAILED)
    try:
        paths = write_outputs(result, out_dir)
    except OSError as exc:
        _err(f"{out_dir}: cannot write the outputs: {exc.strerror or exc}")
        sys.exit(EXIT_FAILED)
    click.echo(
        f"{result.summary()}; wrote {', '.join(p.name for p in paths.values())} to {out_dir}"
    )
    if result.errors:
        sys.exit(EXIT_PARTIAL)


def _load_build(build_dir: Path):
    from aikg.graph.outputs import BuildFolderError, load_build

    try:
        return load_build(build_dir)
    except BuildFolderError as exc:
        _err(str(exc))
        sys.exit(EXIT_FAILED)


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--company", "-c", help="Only loops through this company (name, alias or id).")
@click.option("--max-len", default=4, show_default=True, type=click.IntRange(2, 10))
@_loop_options
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

    G = _load_build(build_dir)
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

    G = _load_build(build_dir)
    if period:
        periods = centrality_by_period(G, (projection,), cumulative=True)["periods"]
        if period not in periods:
            _err(f"no report of period {period}; periods: {', '.join(periods) or 'none'}")
            sys.exit(EXIT_USAGE)
        result = periods[period]["centrality"]
    else:
        result = compute_centrality(G, projections=(projection,))
    click.echo(ranking_text(result, projection, measure, top))


def _neo4j_options(func):
    for option in reversed(
        [
            click.option(
                "--uri",
                envvar="NEO4J_URI",
                default="bolt://127.0.0.1:7687",
                show_default=True,
                help="bolt://, neo4j:// or neo4j+s:// (Aura).",
            ),
            click.option("--user", envvar="NEO4J_USERNAME", default="neo4j", show_default=True),
            click.option(
                "--password", envvar="NEO4J_PASSWORD", default=None, help="Or NEO4J_PASSWORD."
            ),
            click.option(
                "--database",
                envvar="NEO4J_DATABASE",
                default=None,
                help="Default: the server's default database.",
            ),
        ]
    ):
        func = option(func)
    return func


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@_neo4j_options
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1, 100_000))
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

    G = _load_build(build_dir)
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
        _err(str(exc))
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
@_neo4j_options
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

    if list_only or not name:
        click.echo(queries.format_query_list(queries.list_queries()))
        return
    try:
        queries.load_query(name)
    except KeyError as exc:
        _err(f"{str(exc).strip(chr(39) + chr(34))} (see `aikg query --list`)")
        sys.exit(EXIT_USAGE)
    try:
        parsed = dict(queries.parse_param(item) for item in params)
    except ValueError as exc:
        _err(f"--param {exc}")
        sys.exit(EXIT_USAGE)
    try:
        with connect(uri, user, password, database) as driver:
            rows = queries.run_query(driver, name, parsed, database)
    except (KeyError, ValueError) as exc:  # unknown query name, undeclared parameter
        _err(str(exc).strip("'\""))
        sys.exit(EXIT_USAGE)
    except Neo4jStoreError as exc:
        _err(str(exc))
        sys.exit(EXIT_FAILED)
    click.echo(queries.format_rows(rows, fmt))


@main.command("eval")
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--gold",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="A gold file of hand-labelled facts (see tests/gold/seeds.json).",
)
@click.option("--threshold", default=0.95, show_default=True, type=click.FloatRange(0, 1))
@click.option("--check", is_flag=True, help="Exit 1 when a category is below the threshold.")
def eval_cmd(build_dir: Path, gold: Path, threshold: float, check: bool) -> None:
    """Score a build against a gold file: recall and precision per category, the misses.

    \b
    Example:
      aikg build ../shared/seeds --out out && aikg eval out --gold tests/gold/seeds.json
    """
    from aikg.graph import evaluation

    try:
        gold_facts = evaluation.load_gold(gold)
    except evaluation.GoldError as exc:
        _err(str(exc))
        sys.exit(EXIT_USAGE)
    G = _load_build(build_dir)
    scores = evaluation.score(G, gold_facts)
    click.echo(evaluation.format_evaluation(scores, evaluation.junk_report(G), threshold))
    if check and evaluation.failures(scores, threshold):
        sys.exit(EXIT_PARTIAL)


@main.command("schema")
def schema_cmd() -> None:
    """Print the graph schema (labels, relationship types) as Markdown tables."""
    from aikg.schema import schema_markdown

    click.echo(schema_markdown())


if __name__ == "__main__":
    main()
