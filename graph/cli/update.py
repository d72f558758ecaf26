"""Verbs that keep a build alive: ``update`` (new, changed and removed reports) and
``changes`` (what the last update changed)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from aikg.graph.cli.app import EXIT_FAILED, EXIT_PARTIAL, EXIT_USAGE, err, main


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@click.argument("new_reports", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--remove",
    "remove",
    multiple=True,
    type=click.Path(path_type=Path),
    metavar="PATH",
    help="Take a report (or an input folder) out of the build, with its facts "
    "(repeatable). The file itself is left alone.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress, only the summary line.")
def update(build_dir: Path, new_reports: tuple[Path, ...], remove: tuple[Path, ...], quiet: bool):
    """Update a build folder in place with new, changed and removed reports.

    \b
    The reports of the build are the inputs it was built from (files and folders, as
    recorded in BUILD_DIR/manifest.json), plus NEW_REPORTS, less --remove:
      - a file new in an input folder, or named in NEW_REPORTS, is added;
      - a file whose content changed is read again and replaces its old facts;
      - a file no longer on disk, or named with --remove, leaves with its facts;
        facts another report also states stay, with that report's evidence.
    Only new or changed documents are read; the others come from BUILD_DIR/cache.
    Every output is rewritten, and changes.json says what changed (`aikg changes`).

    \b
    Examples:
      aikg update out reports/2026-07/           # add next month's reports
      aikg update out                            # pick up edits and deletions
      aikg update out --remove reports/old.pdf   # withdraw one report
    """
    from aikg.graph.incremental.rebuild import UpdateError, update_build
    from aikg.schema import AikgError

    def progress(item: str, done: int, total: int) -> None:
        if not quiet and item != "done":
            click.echo(f"[{done + 1}/{total}] {Path(item).name}", err=True)

    try:
        outcome = update_build(build_dir, new_reports, remove, progress=progress)
    except UpdateError as exc:
        err(str(exc))
        sys.exit(EXIT_USAGE)
    except AikgError as exc:  # no build here, or no manifest
        err(str(exc))
        sys.exit(EXIT_FAILED)
    except OSError as exc:
        err(f"{build_dir}: cannot write the outputs: {exc.strerror or exc}")
        sys.exit(EXIT_FAILED)
    result = outcome.result
    for error in result.errors:
        err(str(error))
    for warning in result.warnings:
        err(f"warning: {warning}")
    changes = outcome.changes
    click.echo(
        f"{result.summary()}; read {len(outcome.read)}, reused {len(outcome.reused)} "
        f"from the cache; {len(changes['added_reports'])} reports added, "
        f"{len(changes['removed_reports'])} removed; wrote {len(outcome.paths)} files "
        f"to {build_dir} (see `aikg changes {build_dir}`)"
    )
    if result.errors:
        sys.exit(EXIT_PARTIAL)


@main.command("changes")
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print changes.json as it is.")
def changes_cmd(build_dir: Path, as_json: bool) -> None:
    """Print what the last `aikg update` of a build folder changed.

    New entities and facts, facts removed, status changes, new and broken money loops,
    the biggest centrality movers, each with the report that brought it.
    """
    from aikg.graph.incremental.changes import changes_text
    from aikg.graph.incremental.rebuild import CHANGES

    path = build_dir / CHANGES
    try:
        changes = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        err(f"{path}: no such file; `aikg update {build_dir}` writes it")
        sys.exit(EXIT_FAILED)
    except (OSError, ValueError) as exc:
        err(f"{path}: cannot read it: {exc}")
        sys.exit(EXIT_FAILED)
    click.echo(
        json.dumps(changes, ensure_ascii=False, indent=1) if as_json else changes_text(changes)
    )
