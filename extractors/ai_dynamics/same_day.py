"""Items dated by the item before them: "同日, X 推出 Y", "2. 同一天, Z 开源 W".

AI dailies and weekly newsletters list the news of one day item after item and date only
the first; an item that opens with "同日" (``same_day_lead``) takes the day of the item
above it in its section, which the package's ``extract`` then reads as the item's own
lead date (the way it reads the date of an event a paragraph refers back to).
"""

from __future__ import annotations

from aikg.extractors.ai_dynamics.dating import lead_date
from aikg.extractors.ai_dynamics.rules import rx
from aikg.extractors.ai_dynamics.units import Unit
from aikg.extractors.values.dates import DateValue

_ITEMS = ("paragraph", "news", "prose")


def same_day_anchors(
    units: list[Unit], period: str, anchors: dict[int, tuple[DateValue, str]]
) -> dict[int, tuple[DateValue, str]]:
    """``anchors`` with (day, "") added for each item that opens with "同日" and refers
    back to no event already: the day of the latest item before it in its section that
    states one (a run of "同日" items all take the first's day).

    >>> units = [Unit("paragraph", "", [("1. 3 月 2 日,甲公司发布 Zyra 3。", 1)], section=1),
    ...          Unit("paragraph", "", [("2. 同日,乙公司开源 Quill-2。", 2)], section=1),
    ...          Unit("paragraph", "", [("3. 同日,丙公司上线 Vexa 1.5。", 3)], section=1)]
    >>> {k: d.iso for k, (d, _) in same_day_anchors(units, "2031-03", {}).items()}
    {1: '2031-03-02', 2: '2031-03-02'}
    """
    out = dict(anchors)
    day: DateValue | None = None
    section = None
    for i, unit in enumerate(units):
        if unit.kind not in _ITEMS or not unit.sentences:
            continue
        if unit.section != section:
            day, section = None, unit.section
        title = unit.sentences[0][0]
        if rx(None, "same_day_lead").match(title):
            if day is not None and i not in out:
                out[i] = (day, "")
            continue
        own = lead_date(title, period) or unit.day
        day = own if own is not None and own.precision == "day" else day
    return out
