"""The ``aikg`` command line: it parses and calls; what it prints is formatted elsewhere.

Exit codes: 0 success; 1 some documents failed (the rest were built and written);
2 usage error; 3 nothing could be built or loaded (no readable document, no server).
"""

from aikg.graph.cli import (  # noqa: F401  (each registers its verbs)
    build,
    explore,
    export,
    maps,
    store,
    update,
)
from aikg.graph.cli.app import EXIT_FAILED, EXIT_PARTIAL, EXIT_USAGE, main

__all__ = ["EXIT_FAILED", "EXIT_PARTIAL", "EXIT_USAGE", "main"]
