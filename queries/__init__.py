"""The analyst query library: named, parameterised Cypher queries over the aikg graph in
Neo4j (``queries/*.cypher``), run from Python or with ``aikg query NAME``.

- :mod:`~aikg.queries.library`: reading the ``.cypher`` files and running a query.
- :mod:`~aikg.queries.formatting`: query rows as a table, JSON or CSV.
- :mod:`~aikg.queries.grass`: the Neo4j Browser stylesheet ``browser.grass``.
"""

from aikg.queries.formatting import format_query_list, format_rows
from aikg.queries.grass import (
    GRASS_PATH,
    grass_one_line,
    grass_stylesheet,
    write_grass_stylesheet,
)
from aikg.queries.library import (
    QUERY_DIR,
    Query,
    list_queries,
    load_query,
    parse_param,
    parse_query,
    query_values,
    run_query,
)

__all__ = [
    "GRASS_PATH",
    "QUERY_DIR",
    "Query",
    "format_query_list",
    "format_rows",
    "grass_one_line",
    "grass_stylesheet",
    "list_queries",
    "load_query",
    "parse_param",
    "parse_query",
    "query_values",
    "run_query",
    "write_grass_stylesheet",
]
