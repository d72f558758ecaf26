"""Numbered lists of models ("发布多款新模型: 1) X; 2) Y") and glued scripts: the helpers
the paragraph reader (:mod:`aikg.extractors.ai_dynamics`) applies around
:func:`.releases.clause_releases`."""

from __future__ import annotations

from collections.abc import Iterator

from aikg.extractors.ai_dynamics.labels import NameHit
from aikg.extractors.ai_dynamics.releases import names_after
from aikg.extractors.ai_dynamics.rules import rx, zh


def _action(verb: str) -> str:
    return {**zh()["release_verbs"], **zh()["postfix_only_verbs"]}[verb]


def spaced(text: str) -> str:
    """``text`` with a space at each boundary of a glued Latin word and a Chinese
    character (``glued_latin_*`` of zh.toml), so that names are cut as in spaced text.

    >>> spaced("月之暗面Kimi K2.5上线，12月发布")
    '月之暗面 Kimi K2.5 上线，12月发布'
    """
    text = rx("zh", "glued_latin_before").sub(" ", text)
    return rx("zh", "glued_latin_after").sub(r"\1 ", text)


def list_intro(clause: str) -> str:
    """The action of a release verb that opens a numbered list of models ("发布多款新模型:
    1) X; 2) Y"), else "".

    >>> list_intro("11 月 18 日发布多款新模型"), list_intro("发布新模型 Zyra-3")
    ('release', '')
    """
    m = rx("zh", "list_intro").search(clause)
    return _action(m.group(1)) if m else ""


def listed_names(clause: str, context: str, local: str = "") -> list[NameHit]:
    """The model a numbered item of such a list names ("1) 旗舰推理模型 Zyra-Max, 总参数
    超万亿" -> Zyra-Max), else []: the item's first name, with its type phrase.

    >>> [h.name for h in listed_names("1) 旗舰推理模型 Zyra-Max", "")]
    ['Zyra-Max']
    >>> listed_names("总参数超万亿", "")
    []
    """
    m = rx("zh", "list_item").match(clause)
    return [as_model(h) for h in names_after(clause[m.end() :], context, local)[:1]] if m else []


def as_model(hit: NameHit) -> NameHit:
    """A name typed as a Model by its context (an item of a list of models)."""
    return NameHit(**{**hit.__dict__, "label": "Model", "category": "", "typed": True})


def timeline_pieces(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(index, text) of each line, a line that holds several dated timeline entries cut
    before each ("2025 年 2 月: X 发布 A2025 年 3 月: Y 发布 B": the reader joined lines
    that end without a full stop), so that every entry is read as one event.

    >>> [t for _, t in timeline_pieces(["2031 年 2 月: X 发布 A 2031 年 3 月 4 日: Y 开源 B"])]
    ['2031 年 2 月: X 发布 A ', '2031 年 3 月 4 日: Y 开源 B']
    """
    for i, line in enumerate(lines):
        starts = [m.start() for m in rx("zh", "timeline_inline").finditer(line)]
        if len(starts) < 2 or starts[0] > 4:
            yield i, line
            continue
        for a, b in zip(starts, [*starts[1:], len(line)], strict=True):
            yield i, line[a:b]
