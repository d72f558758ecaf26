"""Named, parameterised Cypher queries over the aikg graph in Neo4j (see library.py)."""

from aikg.queries.library import (
    Query,
    grass_stylesheet,
    list_queries,
    load_query,
    run_query,
)

__all__ = ["Query", "grass_stylesheet", "list_queries", "load_query", "run_query"]
