"""``python -m aikg.graph.cli``."""

from aikg.graph.cli import main

main()
