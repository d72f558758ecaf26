"""Numbered lists of models ("发布多款新模型: 1) X; 2) Y"): the helpers the paragraph
reader (:mod:`aikg.extractors.ai_dynamics`) applies around
:func:`.releases.clause_releases`."""

from __future__ import annotations

from aikg.extractors.ai_dynamics.labels import NameHit
from aikg.extractors.ai_dynamics.rules import rx, verb_action


def list_intro(clause: str) -> str:
    """The action of a release verb that opens a numbered list of models ("发布多款新模型:
    1) X; 2) Y"), else "".

    >>> list_intro("11 月 18 日发布多款新模型"), list_intro("发布新模型 Zyra-3")
    ('release', '')
    """
    m = rx("zh", "list_intro").search(clause)
    return verb_action(m.group(1)) if m else ""


def list_item_rest(clause: str) -> str | None:
    """The text after a numbered item's number in a list of models ("1) 旗舰推理模型
    Zyra-Max, 总参数超万亿" -> "旗舰推理模型 Zyra-Max, 总参数超万亿"), else None.

    >>> list_item_rest("1) 旗舰推理模型 Zyra-Max"), list_item_rest("总参数超万亿")
    ('旗舰推理模型 Zyra-Max', None)
    """
    m = rx("zh", "list_item").match(clause)
    return clause[m.end() :] if m else None


def as_model(hit: NameHit) -> NameHit:
    """A name typed as a Model by its context (an item of a list of models)."""
    return NameHit(**{**hit.__dict__, "label": "Model", "category": "", "typed": True})
