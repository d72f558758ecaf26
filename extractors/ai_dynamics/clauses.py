"""Clauses of a Chinese news sentence as the release reader sees them: where a sentence
splits, which clause only dates the ones after it, and the launch-event and base-model
wordings read as a plain release verb (rules in ``rules/ai_dynamics/zh.toml``)."""

from __future__ import annotations

import re

from aikg.extractors.ai_dynamics.rules import rx
from aikg.extractors.values.dates import DateValue

_SPLIT = re.compile(r"[,;:](?!\s*(?:以及|及|和)\s*\S)")


def clauses_of(sentence: str) -> list[str]:
    """The clauses of a sentence: cut at commas, semicolons and colons, but not at a colon
    that follows a model's type word and introduces its name (``type_colon``).

    >>> clauses_of("12 月 19 日, 甲公司发布了最新一代基座大模型: Zyra-4。")
    ['12 月 19 日', ' 甲公司发布了最新一代基座大模型: Zyra-4。']
    >>> clauses_of("甲公司发布多款新模型: 1) Zyra-4")
    ['甲公司发布多款新模型', ' 1) Zyra-4']
    """
    kept = {m.start() + m.group(0).index(":") for m in rx("zh", "type_colon").finditer(sentence)}
    out, start = [], 0
    for m in _SPLIT.finditer(sentence):
        if m.start() in kept:
            continue
        out.append(sentence[start : m.start()])
        start = m.end()
    return out + [sentence[start:]]


def as_release_clause(clause: str) -> str:
    """A clause with a launch event read as its release verb ("X 举行 … 的 Y 升级发布会" ->
    "X 发布 Y", ``launch_event``) and a base-model modifier dropped ("推出基于 A 打造的
    模型 B" -> "推出模型 B", ``built_on_modifier``).

    >>> as_release_clause("甲公司举行主题为“向前”的灵犀大模型 V5.0 升级发布会")
    '甲公司发布 灵犀大模型 V5.0'
    >>> as_release_clause("乙公司又推出基于 Zyra-4 打造的图像生成模型 Zyra Image")
    '乙公司又推出图像生成模型 Zyra Image'
    """
    clause = rx("zh", "launch_event").sub(lambda m: f"发布 {m.group('name').strip()}", clause)
    return rx("zh", "built_on_modifier").sub("", clause)


def date_only(clause: str) -> bool:
    """Whether a clause states nothing but a date ("19 日凌晨", ``date_clause``): it dates
    the clauses after it.

    >>> date_only(" 19 日凌晨"), date_only("19 日凌晨发布 Zyra")
    (True, False)
    """
    return bool(rx("zh", "date_clause").match(clause))


def day_of(clause: str, last: DateValue | None) -> DateValue | None:
    """The day a date-only clause with a bare day states ("19 日凌晨"), in the month of the
    sentence's ``last`` day date, else None.

    >>> day_of("19 日凌晨", DateValue("2031-12-18", "day")).iso
    '2031-12-19'
    >>> day_of("12 月 19 日", DateValue("2031-12-18", "day")) is None
    True
    """
    m = re.match(r"\D*?(\d{1,2})\s*日", clause)
    if not m or "月" in clause or not last or last.precision != "day":
        return None
    day = int(m.group(1))
    return DateValue(f"{last.iso[:8]}{day:02d}", "day") if 1 <= day <= 31 else None


def days_later(sentence: str, last: DateValue | None) -> DateValue | None:
    """The day a sentence's "N 天后" puts after the paragraph's ``last`` day (``day_offset``),
    else None.

    >>> days_later("2 天后, 乙公司又推出 Zyra", DateValue("2031-12-30", "day")).iso
    '2032-01-01'
    >>> days_later("三天后, 乙公司又上线了 Zyra", DateValue("2031-12-01", "day")).iso
    '2031-12-04'
    """
    from datetime import date, timedelta

    m = rx("zh", "day_offset").search(sentence)
    if not m or not last or last.precision != "day":
        return None
    n = m.group(1)
    days = int(n) if n.isdigit() else "一二三四五六七八九十".find(n) + 1 or 2  # 两 = 2
    return DateValue((date.fromisoformat(last.iso) + timedelta(days=days)).isoformat(), "day")
