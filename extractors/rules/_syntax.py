"""Whether a rule's regex is one ``re`` accepts, without compiling it.

The rules reader checks every pattern of a file when it reads it, and the extractors
then compile the strings they need, most of them joined with others or wrapped; a
compile for the check alone cost a process about 0.3 s of CPU (its CJK character
ranges are the costly part: ``re`` builds a table of every character of a range), and
filled ``re``'s own cache of 512 patterns with entries nobody looks up again. Parsing is
the part of a compile that finds syntax errors and costs about a fifth of it; the one
error the compiler itself raises on a parsed pattern, a look-behind whose width is not
fixed, is checked here on the parse tree the same way.

>>> check_regex(r"(?<=美元)\\d+亿")
>>> check_regex(r"(?<=\\d+)亿")
Traceback (most recent call last):
...
re.error: look-behind requires fixed-width pattern
>>> check_regex(r"(?P<a>x")
Traceback (most recent call last):
...
re.error: missing ), unterminated subpattern at position 0
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Iterator
from typing import Any

try:  # the parser of the standard library's re (sre_parse before Python 3.11)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ASSERTS = (_c.ASSERT, _c.ASSERT_NOT)
_MAXCODE = (1 << (8 * _sre.CODESIZE)) - 1  # as re's compiler has it


def check_regex(regex: str, flags: int = 0) -> None:
    """Raise ``re.error`` where ``re.compile(regex, flags)`` would, without compiling."""
    _check_tree(_p.parse(regex, flags))


def _check_tree(tree: Any) -> None:
    for op, av in tree:
        if op in _ASSERTS and av[0] < 0:  # a look-behind, as re's compiler checks it
            lo, hi = av[1].getwidth()
            if lo > _MAXCODE:
                raise re.error("looks too much behind")
            if lo != hi:
                raise re.error("look-behind requires fixed-width pattern")
        for sub in _subpatterns(av):
            _check_tree(sub)


def _subpatterns(av: Any) -> Iterator[Any]:
    """The parse trees nested in one item's argument (groups, branches, repeats)."""
    if isinstance(av, _p.SubPattern):
        yield av
    elif isinstance(av, list | tuple):
        for item in av:
            yield from _subpatterns(item)
