"""The ``aikg`` command group and what its verbs share: exit codes, error lines, options.

Each verb lives in the module of its kind (``build``, ``explore``, ``store``); this one
only holds the group they register on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


def err(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    click.echo(f"aikg: {message}", err=True)


def loop_options(func):
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


def load_build_or_exit(build_dir: Path):
    from aikg.graph.outputs import BuildFolderError, load_build

    try:
        return load_build(build_dir)
    except BuildFolderError as exc:
        err(str(exc))
        sys.exit(EXIT_FAILED)


def neo4j_options(func):
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
