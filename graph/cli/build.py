"""Verbs that make and score a build: ``build``, ``eval``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from aikg.graph.cli.app import (
    EXIT_FAILED,
    EXIT_PARTIAL,
    EXIT_USAGE,
    err,
    load_build_or_exit,
    loop_options,
    main,
)


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
@loop_options
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, None),
    default=None,
    help="Worker processes reading documents (default: the CPUs available; 1: in-process).",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    default=None,
    help="Read documents on this Dask distributed cluster instead (pip install "
    "'aikg[distributed]'; the workers must see the input paths).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress, only the summary line.")
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    max_loop_len: int,
    include_tentative: bool,
    group_units: bool,
    jobs: int | None,
    scheduler: str | None,
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
    from aikg.graph.incremental.rebuild import record_build
    from aikg.graph.outputs import write_outputs
    from aikg.graph.parallel import ExecutorError, default_jobs

    if out_dir.exists() and not out_dir.is_dir():
        err(f"{out_dir}: --out must be a folder, and this is a file")
        sys.exit(EXIT_USAGE)
    try:  # before the build, so that a long build does not end in a write error
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        err(f"{out_dir}: cannot create the output folder: {exc.strerror or exc}")
        sys.exit(EXIT_USAGE)
    if scheduler and "://" not in scheduler:
        err(f"--scheduler {scheduler}: expected a Dask address such as tcp://HOST:8786")
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

    try:
        result = run_build(
            inputs,
            max_loop_len=max_loop_len,
            include_tentative=include_tentative,
            group_units=group_units,
            progress=progress,
            jobs=jobs or default_jobs(),
            scheduler=scheduler,
            keep_assembly=True,  # for the next `aikg update` to go on from
        )
    except ExecutorError as exc:
        err(str(exc))
        sys.exit(EXIT_FAILED)
    for error in result.errors:
        err(str(error))
    for warning in result.warnings:
        err(f"warning: {warning}")
    if not result.reports:
        err("no document could be built")
        sys.exit(EXIT_FAILED)
    try:
        # the per-document cache and manifest.json that `aikg update` starts from
        record_build(
            out_dir,
            inputs,
            result,
            max_loop_len=max_loop_len,
            include_tentative=include_tentative,
            group_units=group_units,
        )
        paths = write_outputs(result, out_dir)
    except OSError as exc:
        err(f"{out_dir}: cannot write the outputs: {exc.strerror or exc}")
        sys.exit(EXIT_FAILED)
    click.echo(
        f"{result.summary()}; wrote {', '.join(p.name for p in paths.values())} to {out_dir}"
    )
    if result.errors:
        sys.exit(EXIT_PARTIAL)


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
        err(str(exc))
        sys.exit(EXIT_USAGE)
    G = load_build_or_exit(build_dir)
    scores = evaluation.score(G, gold_facts)
    click.echo(evaluation.format_evaluation(scores, evaluation.junk_report(G), threshold))
    if check and evaluation.failures(scores, threshold):
        sys.exit(EXIT_PARTIAL)
