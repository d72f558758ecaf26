"""Dates of AI news: the day a paragraph opens with, and the release dates tables give."""

from __future__ import annotations

import re
from collections.abc import Iterator

from aikg.extractors.ai_dynamics.rules import en, rx, zh
from aikg.extractors.names.lexicon import name_key
from aikg.extractors.text.script import CJK_CLASS
from aikg.extractors.values.dates import DateValue, find_dates, weekday_dates
from aikg.schema import SegmentedReport


def lead_date(title: str, period: str) -> DateValue | None:
    """The day date a paragraph title starts with or states; an item number before it
    ("1) 智谱: 2 月 11 日上线 X", ``item_number``) is no number the title opens with.

    >>> lead_date("1) 甲公司: 2 月 11 日上线 Zyra-5", "2031-02").iso
    '2031-02-11'
    >>> lead_date("2031 年甲公司营收增长, 3 月 2 日发布 X", "2031-03") is None
    True
    """
    title = rx("zh", "item_number").sub("", title, count=1)
    for start, _, value in find_dates(title, period):
        if value.precision == "day" and (start <= 4 or not re.match(r"\s*\d", title)):
            return value
    return None


def day_heading(text: str, period: str, published: str = "") -> DateValue | None:
    """The day a heading or line that states only a day gives ("2 月 11 日", "**2月11日
    (周三)**", "📅 2031.02.11", ``day_heading_rest``), else None: digests and timelines put
    the day over the items of that day, which then state none. The report's own day
    (``published``: the cover's date line of a weekly) dates no item.

    >>> day_heading("### 2月11日(周三)", "2031-02").iso, day_heading("2月11日,甲公司发布 X", "")
    ('2031-02-11', None)
    >>> day_heading("2031 年 2 月 11 日", "2031-02", "2031-02-11") is None
    True
    """
    days = [(s, e, v) for s, e, v in find_dates(text, period) if v.precision == "day"]
    if len(days) != 1:
        return None
    start, end, value = days[0]
    rest = text[:start] + text[end:]
    own = value.iso == published  # the cover's date, not a day over items
    return value if rx("zh", "day_heading_rest").fullmatch(rest) and not own else None


def opening_day(sentence: str, period: str) -> DateValue | None:
    """The day date a sentence opens with (within its first five characters: "2 月 16
    日除夕, ...", "除夕(2 月 16 日) ..."), else None: a later sentence of a paragraph that
    opens so tells a release of another day than the paragraph's.

    >>> opening_day("除夕(2月16日)甲公司开源 Zyra-5", "2031-02").iso
    '2031-02-16'
    >>> opening_day("该模型此前于 1 月 5 日发布预览版", "2031-02") is None
    True
    """
    for start, _, value in find_dates(sentence, period):
        return value if value.precision == "day" and start <= 4 else None
    return None


def model_key(name: str) -> str:
    """A model name compared loosely: a leading Chinese brand, case, spaces, hyphens and
    dots aside ("通义万相 Zyra2.5-preview" and "Zyra 2.5 Preview" coincide).

    >>> model_key("通义万相 Zyra2.5-preview") == model_key("Zyra 2.5 Preview")
    True
    """
    key = name_key("Model", name)
    key = re.sub(rf"^{CJK_CLASS}+(?=[a-z])", "", key)
    return re.sub(r"[\s\-_.]", "", key)


def table_release_dates(report: SegmentedReport) -> dict[str, DateValue]:
    """Release dates that tables of the report give models (a "Model" column beside a
    "Release Date" one), keyed by ``model_key``."""
    out: dict[str, DateValue] = {}
    for table in report.tables:
        header = table.header
        model = [k for k, h in enumerate(header) if rx(None, "model_column").search(h)]
        when = [k for k, h in enumerate(header) if rx(None, "release_date_column").search(h)]
        if not model or not when:
            continue
        for row in table.rows[1:]:
            if max(model[0], when[0]) >= len(row):
                continue
            dates = find_dates(row[when[0]], report.meta.period)
            if dates and row[model[0]].strip():
                out.setdefault(model_key(row[model[0]]), dates[0][2])
    return out


def model_shaped(name: str) -> bool:
    """Whether a name reads as a model by its shape: a version token ("Gemini 3",
    "MiniMax-M2", "K2", "Qwen3-VL"), not a bare size.

    >>> [model_shaped(n) for n in ["Gemini 3", "MiniMax-M2", "Qwen3-VL", "Composer", "7B"]]
    [True, True, True, False, False]
    >>> model_shaped("混元 2.0"), model_shaped("好物节双 11")
    (True, False)
    """
    tokens = re.split(r"[\s\-_]+", name.strip())
    sized = all(rx(None, "measure_token").match(t) for t in tokens)
    latin = re.search("[A-Za-z]", name) or re.search(r"\d\.\d", name)  # not "双 11"
    return bool(latin) and not sized and any(re.search(r"\d", t) for t in tokens)


def clause_date(clause: str, fallback: DateValue | None, period: str) -> DateValue | None:
    """The date a clause states for its own event, else ``fallback`` (the sentence's):
    a day or month date ("此前 9 月 22 日已开源 X"), or a bare day that takes the month of
    ``fallback`` ("随后在 14 日开源 Y"). Years alone and plans are no event dates.

    >>> d = DateValue("2031-10-09", "day")
    >>> clause_date("随后在 14 日开源 Ring-2", d, "2031-10").iso
    '2031-10-14'
    >>> clause_date("此前 9 月 22 日已开源 X", d, "2031-10").iso, clause_date("开源 Y", d, "").iso
    ('2031-09-22', '2031-10-09')
    """
    if rx("zh", "plan_words").search(clause):
        return fallback
    for _, _, value in find_dates(clause, period):
        if value.precision != "year":
            return value
    day = rx("zh", "bare_day").search(clause)
    if day and fallback and fallback.precision == "day" and 1 <= int(day.group(1)) <= 31:
        return DateValue(f"{fallback.iso[:8]}{int(day.group(1)):02d}", "day")
    return fallback


def stated_day(clause: str, period: str, published: str) -> DateValue | None:
    """The day a clause of a dated news paragraph states for its own event ("此前阶跃星辰的
    X 已于上周一(12月1日)上线", "此前 9 月 22 日已开源 Y", "Z 于上周五开源"), else None: a
    clause that says when its release happened is dated so, not by its paragraph's lead
    day. A plan's date is a target, no event date.

    >>> stated_day("此前 9 月 22 日已开源 X", "2031-10", "").iso
    '2031-09-22'
    >>> stated_day("Z 于上周五开源", "2031-11", "2031-11-06").iso, stated_day("开源 Y", "", "")
    ('2031-10-31', None)
    """
    if rx("zh", "plan_words").search(clause):
        return None
    days = [v for _, _, v in find_dates(clause, period, published) if v.precision == "day"]
    return days[0] if days else None


def chip_like(name: str, text: str) -> bool:
    """Whether a name stands for a chip or a device in ``text``: a chip word in it or
    right beside it ("推理卡 QY-S2", "JX-680 加速卡", "the Zyra-9 accelerator"), a device
    word right after it ("Zyra Box 2 桌面超算", ``device_words``), or a chip it carries
    ("Zyra 17e, 搭载 A19 芯片", ``carries_chip``).

    >>> chip_like("QY-S2", "甲公司发布第二代云端推理卡 QY-S2,采用 7nm 工艺")
    True
    >>> chip_like("Zyra-3", "甲公司发布推理模型 Zyra-3")
    False
    >>> chip_like("Zyra-V 1.5", "甲公司开源视频模型 Zyra-V 1.5,显卡可跑")
    False
    >>> chip_like("Zyra 17e", "发布 Zyra 17e,搭载 A19 芯片"), chip_like("Box 2", "Box 2 桌面超算")
    (True, True)
    """
    at = text.find(name)
    if at < 0:
        return bool(rx(None, "chip_words").search(name))
    before = re.split(r"[,;。:]", text[max(0, at - 8) : at])[-1]  # its own phrase only:
    after = re.split(r"[,;。:]", text[at + len(name) : at + len(name) + 6])[0]  # "…, 单卡可跑"
    device = rx(None, "device_words").match(text[at + len(name) :])
    carried = rx(None, "carries_chip").match(text[at + len(name) :])
    return bool(rx(None, "chip_words").search(before + name + after) or device or carried)


def hit_date(sentence: str, name: str, fallback: DateValue | None, published: str):
    """The date an English sentence gives the release of ``name``: a date or weekday
    in the words after the name up to the next clause ("X (Nov 5), and Y on Monday"),
    a weekday being the last one on or before the report's ``published`` day; else a
    date in the name's own clause before it ("..., and followed up on Dec 16 with Y");
    else ``fallback``.

    >>> d = DateValue("2031-11-05", "day")
    >>> s = "Kaleida unveiled Prism-7 (Nov 5), and Harrow launched Sparrow-S1 on Monday."
    >>> hit_date(s, "Sparrow-S1", d, "2031-11-08").iso, hit_date(s, "Prism-7", d, "").iso
    ('2031-11-03', '2031-11-05')
    >>> s = "Kaleida released Prism-7 on Dec 11, and followed up on Dec 16 with Prism Image."
    >>> hit_date(s, "Prism Image", d, "2031-12-19").iso
    '2031-12-16'
    """
    at = sentence.find(name)
    if at < 0:
        return fallback
    tail = re.split(r",\s*and\s|;|\.\s", sentence[at + len(name) :], maxsplit=1)[0]
    head = re.split(r",\s*and\s|;|\.\s", sentence[:at])[-1] if at else ""
    for _, _, value in find_dates(tail, published[:7]):
        if value.precision == "day":
            return value
    days = weekday_dates(tail, published)
    if days:
        return days[0][2]
    own = [v for _, _, v in find_dates(head, published[:7]) if v.precision == "day"]
    return own[-1] if own and head != sentence[:at] else fallback


def relative_day(clause: str, published: str) -> DateValue | None:
    """The day a daily digest's relative word names against its ``published`` day
    ("今天", "昨日", ``relative_days``), a weekday ("上周五", "本周三": ``weekday_dates``),
    or a bare day with a time of day ("27 日晚", ``bare_day_time``: the latest such day on
    or before the published one), else None.

    >>> relative_day("智谱今天开源了 X", "2031-11-28").iso
    '2031-11-28'
    >>> relative_day("X 昨日推出 Y", "2031-12-01").iso
    '2031-11-30'
    >>> relative_day("腾讯 27 日晚发布 X", "2031-11-28").iso, relative_day("今天", "2031-11")
    ('2031-11-27', None)
    >>> relative_day("X 已于上周五开源", "2031-11-06").iso
    '2031-10-31'
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published or ""):
        return None
    from datetime import date, timedelta

    pub = date.fromisoformat(published)
    for word, shift in zh()["relative_days"].items():
        if word in clause:
            return DateValue((pub + timedelta(days=shift)).isoformat(), "day")
    weekdays = weekday_dates(clause, published)
    if weekdays:
        return weekdays[0][2]
    m = rx("zh", "bare_day_time").search(clause)
    if not m or not 1 <= int(m.group(1)) <= 31:
        return None
    day, month = int(m.group(1)), pub.replace(day=1)
    if day > pub.day:  # "30 日晚" in a brief of the 2nd: the month before
        month = (month - timedelta(days=1)).replace(day=1)
    try:
        return DateValue(month.replace(day=day).isoformat(), "day")
    except ValueError:
        return None


def shifted(sentence: str, last: DateValue | None) -> DateValue | None:
    """The day a sentence's shift word puts after the paragraph's ``last`` day ("A week
    later", "次日", ``relative_offsets``), else None.

    >>> shifted("A week later Zentrix introduced Zyra 3.", DateValue("2031-11-18", "day")).iso
    '2031-11-25'
    >>> shifted("一周后,某公司开源了 Y", DateValue("2031-11", "month"))
    """
    if last is None or last.precision != "day":
        return None
    from datetime import date, timedelta

    text = sentence.lower()
    words = {**zh()["relative_offsets"], **en()["relative_offsets"]}
    shift = next((n for word, n in words.items() if word in text), None)
    if shift is None:
        return None
    return DateValue((date.fromisoformat(last.iso) + timedelta(days=shift)).isoformat(), "day")


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
