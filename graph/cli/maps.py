"""The verb that draws a build: ``map``, a focused map as its own HTML file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from aikg.graph.cli.app import EXIT_FAILED, EXIT_USAGE, err, load_build_or_exit, main


@main.command("map")
@click.argument("build_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--company", "-c", help="Centre on this company (name, alias or id).")
@click.option("--hops", default=2, show_default=True, type=click.IntRange(1, 6),
              help="How far from --company to draw.")  # fmt: skip
@click.option("--money", is_flag=True, help="Only the money flows; loops in red.")
@click.option("--since", metavar="YYYY[-MM[-DD]]", help="Only facts dated from then on.")
@click.option("--until", metavar="YYYY[-MM[-DD]]", help="Only facts dated up to then.")
@click.option("--labels", metavar="L1,L2", help="Only these labels (e.g. Company,Chip).")
@click.option("--top", default=None, type=click.IntRange(1, 100_000),
              help="At most this many nodes, the most central (default 10,000).")  # fmt: skip
@click.option("--out", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="The HTML file (default: named after the view, in BUILD_DIR).")  # fmt: skip
def map_cmd(
    build_dir: Path,
    company: str | None,
    hops: int,
    money: bool,
    since: str | None,
    until: str | None,
    labels: str | None,
    top: int | None,
    out: Path | None,
) -> None:
    """Draw a build as an interactive map: one self-contained HTML file that opens
    offline, with a search box, tooltips and the legend.

    \b
    Examples:
      aikg map out --company 英伟达 --hops 2
      aikg map out --money                  # the money flows, loops highlighted
      aikg map out --since 2025-09 --until 2025-12
      aikg map out --labels Company,Chip --out chips.html
    """
    from aikg.graph.analysis import find_money_loops
    from aikg.graph.outputs.maps import MAX_NODES, MapView, map_data, map_page

    G = load_build_or_exit(build_dir)
    names = tuple(part.strip() for part in (labels or "").split(",") if part.strip())
    view = MapView(company, hops, money, since, until, names, top or MAX_NODES)
    loops = find_money_loops(G)
    try:
        data = map_data(G, view, loops)
    except ValueError as exc:
        err(str(exc))
        sys.exit(EXIT_USAGE)
    if not data["nodes"]:
        err(f"nothing to draw for {view.describe()} in {build_dir}")
        sys.exit(EXIT_FAILED)
    path = out or build_dir / view.file_name()
    try:
        path.write_text(map_page(data, f"aikg map: {view.describe()}"), encoding="utf-8")
    except OSError as exc:
        err(f"{path}: cannot write the map: {exc.strerror or exc}")
        sys.exit(EXIT_FAILED)
    shown = f"{len(data['nodes']):,} nodes, {len(data['edges']):,} edges"
    click.echo(f"wrote {path} ({shown})")
    for note in data["notes"]:
        click.echo(f"note: {note}")
