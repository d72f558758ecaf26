"""Reading the project's own code for the layout tests."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path


@cache
def imports_of(path: Path) -> frozenset[str]:
    """The modules a Python file imports, and ``module.name`` for each name it takes from
    one (a ``from a.b import c`` gives ``a.b`` and ``a.b.c``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return frozenset(found)
